package org.dateline.benchmark;

/** Wall-clock timing of a benchmark pass, the way both comparisons report it. */
final class Timing {

  private Timing() {}

  /**
   * Seconds of the fastest of {@code rounds} timed passes after {@code warmup} untimed ones: the
   * fastest pass is the least disturbed by other work on the machine.
   */
  static double fastestPass(int rounds, int warmup, Runnable pass) {
    for (int k = 0; k < warmup; k++) {
      pass.run();
    }
    long bestNanos = Long.MAX_VALUE;
    for (int k = 0; k < rounds; k++) {
      long t0 = System.nanoTime();
      pass.run();
      bestNanos = Math.min(bestNanos, System.nanoTime() - t0);
    }
    return bestNanos / 1e9;
  }
}
