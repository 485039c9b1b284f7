package org.dateline.eval;

import java.util.Arrays;
import java.util.function.BiPredicate;
import java.util.List;

/**
 * Maximum one-to-one matching between gold and predicted items (Kuhn's augmenting paths; the
 * lists are small). Candidates are tried in list order, so callers list better candidates first.
 */
final class BipartiteMatching {

  private BipartiteMatching() {}

  /** For each gold index, the matched predicted index or -1. */
  static <G, P> int[] match(List<G> gold, List<P> predicted, BiPredicate<G, P> compatible) {
    boolean[][] ok = new boolean[gold.size()][predicted.size()];
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        ok[g][p] = compatible.test(gold.get(g), predicted.get(p));
      }
    }
    int[] predToGold = new int[predicted.size()];
    Arrays.fill(predToGold, -1);
    for (int g = 0; g < gold.size(); g++) {
      augment(g, ok, predToGold, new boolean[predicted.size()]);
    }
    int[] goldToPred = new int[gold.size()];
    Arrays.fill(goldToPred, -1);
    for (int p = 0; p < predToGold.length; p++) {
      if (predToGold[p] >= 0) {
        goldToPred[predToGold[p]] = p;
      }
    }
    return goldToPred;
  }

  private static boolean augment(int g, boolean[][] ok, int[] predToGold, boolean[] seen) {
    for (int p = 0; p < predToGold.length; p++) {
      if (ok[g][p] && !seen[p]) {
        seen[p] = true;
        if (predToGold[p] < 0 || augment(predToGold[p], ok, predToGold, seen)) {
          predToGold[p] = g;
          return true;
        }
      }
    }
    return false;
  }

  static int count(int[] goldToPred) {
    int n = 0;
    for (int p : goldToPred) {
      if (p >= 0) {
        n++;
      }
    }
    return n;
  }
}
