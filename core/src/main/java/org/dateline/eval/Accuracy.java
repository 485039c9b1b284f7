package org.dateline.eval;

/** Correct out of total, for attributes judged over matched pairs (speaker, role, country). */
public record Accuracy(int correct, int total) {

  public static final Accuracy ZERO = new Accuracy(0, 0);

  public Accuracy plus(Accuracy o) {
    return new Accuracy(correct + o.correct, total + o.total);
  }

  public double value() {
    return total == 0 ? 1 : (double) correct / total;
  }

  @Override
  public String toString() {
    return String.format("%.3f  (%d/%d)", value(), correct, total);
  }
}
