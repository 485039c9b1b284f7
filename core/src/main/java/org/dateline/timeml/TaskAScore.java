package org.dateline.timeml;

import org.dateline.eval.Prf;

/**
 * TempEval-3 Task A figures for one document or a sum of documents: extraction with exact spans
 * (strict) and with overlapping spans (relaxed), and the {@code value} and {@code type} attribute
 * F1 as the TempEval-3 scorer computes them: attributes counted over relaxed matches, precision
 * over all system timexes and recall over all gold ones (so attribute F1 = relaxed F1 x accuracy).
 */
public record TaskAScore(String id, int strictMatches, int relaxedMatches, int valueCorrect, int typeCorrect,
    int predicted, int gold) {

  public static TaskAScore empty(String id) {
    return new TaskAScore(id, 0, 0, 0, 0, 0, 0);
  }

  public TaskAScore plus(TaskAScore o) {
    return new TaskAScore(id, strictMatches + o.strictMatches, relaxedMatches + o.relaxedMatches,
        valueCorrect + o.valueCorrect, typeCorrect + o.typeCorrect, predicted + o.predicted, gold + o.gold);
  }

  public Prf strict() {
    return new Prf(strictMatches, predicted, gold);
  }

  public Prf relaxed() {
    return new Prf(relaxedMatches, predicted, gold);
  }

  public Prf value() {
    return new Prf(valueCorrect, predicted, gold);
  }

  public Prf type() {
    return new Prf(typeCorrect, predicted, gold);
  }

  /** Value accuracy over relaxed matches. */
  public double valueAccuracy() {
    return relaxedMatches == 0 ? 0 : (double) valueCorrect / relaxedMatches;
  }

  /** Type accuracy over relaxed matches. */
  public double typeAccuracy() {
    return relaxedMatches == 0 ? 0 : (double) typeCorrect / relaxedMatches;
  }

  /** The figures as table lines, F1 in percent as TempEval-3 reports them. */
  public String format() {
    return String.format(
        "  strict   P %5.1f  R %5.1f  F1 %5.1f%n  relaxed  P %5.1f  R %5.1f  F1 %5.1f%n"
            + "  value F1 %5.1f  type F1 %5.1f  (value accuracy %5.1f, type accuracy %5.1f; %d system, %d gold)%n",
        100 * strict().precision(), 100 * strict().recall(), 100 * strict().f1(),
        100 * relaxed().precision(), 100 * relaxed().recall(), 100 * relaxed().f1(),
        100 * value().f1(), 100 * type().f1(), 100 * valueAccuracy(), 100 * typeAccuracy(), predicted, gold);
  }
}
