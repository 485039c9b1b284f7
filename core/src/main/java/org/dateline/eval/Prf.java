package org.dateline.eval;

/** Counts of a matching task and the precision, recall and F1 they give. Immutable; add to sum. */
public record Prf(int truePositives, int predicted, int gold) {

  public static final Prf ZERO = new Prf(0, 0, 0);

  public Prf plus(Prf o) {
    return new Prf(truePositives + o.truePositives, predicted + o.predicted, gold + o.gold);
  }

  public double precision() {
    return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) truePositives / predicted;
  }

  public double recall() {
    return gold == 0 ? (predicted == 0 ? 1 : 0) : (double) truePositives / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format("P %.3f  R %.3f  F1 %.3f  (%d/%d pred, %d gold)",
        precision(), recall(), f1(), truePositives, predicted, gold);
  }
}
