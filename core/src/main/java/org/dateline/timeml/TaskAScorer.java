package org.dateline.timeml;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.model.Timex;

/**
 * Scores system timexes against gold TIMEX3s in the manner of TempEval-3 Task A. Matching is
 * one-to-one: each gold timex takes the unused system timex that overlaps it most (an exact span
 * first). Diagnostics list misses, spurious timexes and wrong values for the verbose report.
 */
public final class TaskAScorer {

  public record Result(TaskAScore score, List<String> diagnostics) {}

  public Result score(String id, List<TimemlTimex> gold, List<Timex> predicted) {
    boolean[] used = new boolean[predicted.size()];
    int strict = 0;
    int relaxed = 0;
    int value = 0;
    int type = 0;
    List<String> notes = new ArrayList<>();
    for (TimemlTimex g : gold) {
      int best = -1;
      int bestOverlap = 0;
      for (int p = 0; p < predicted.size(); p++) {
        Timex t = predicted.get(p);
        if (used[p]) {
          continue;
        }
        int overlap = Math.min(g.end(), t.end()) - Math.max(g.start(), t.start());
        if (overlap <= 0) {
          continue;
        }
        boolean exact = t.start() == g.start() && t.end() == g.end();
        int score = exact ? Integer.MAX_VALUE : overlap;
        if (score > bestOverlap) {
          best = p;
          bestOverlap = score;
        }
      }
      if (best < 0) {
        notes.add("missed    \"" + g.text() + "\" " + g.type() + " " + g.value());
        continue;
      }
      used[best] = true;
      Timex t = predicted.get(best);
      relaxed++;
      boolean exact = t.start() == g.start() && t.end() == g.end();
      if (exact) {
        strict++;
      }
      boolean valueOk = Objects.equals(g.value(), t.value());
      boolean typeOk = Objects.equals(g.type(), t.type().name());
      value += valueOk ? 1 : 0;
      type += typeOk ? 1 : 0;
      if (!exact) {
        notes.add("span      \"" + g.text() + "\" got \"" + t.text() + "\"");
      }
      if (!valueOk || !typeOk) {
        notes.add("value     \"" + g.text() + "\" gold " + g.type() + " " + g.value() + ", got \"" + t.text()
            + "\" " + t.type() + " " + t.value());
      }
    }
    for (int p = 0; p < predicted.size(); p++) {
      if (!used[p]) {
        Timex t = predicted.get(p);
        notes.add("spurious  \"" + t.text() + "\" " + t.type() + " " + t.value());
      }
    }
    return new Result(new TaskAScore(id, strict, relaxed, value, type, predicted.size(), gold.size()), notes);
  }
}
