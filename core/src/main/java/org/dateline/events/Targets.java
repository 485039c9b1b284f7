package org.dateline.events;

import java.util.List;
import org.dateline.actors.ActorIndex;

/**
 * Targets found by a pattern's frames: the mentions, the place a place frame named, whether the
 * mentions act on each other in pairs ("talks between A, B and C"), whether they were taken over
 * from the main clause, and, for pairs between two sides, the mentions of the first side ("talks
 * between Iran and the United States, Russia and China": Iran meets each of the others, who do
 * not meet one another); empty when every mention pairs with every other.
 */
record Targets(List<ActorIndex.Span> spans, String place, boolean pairs, boolean inherited,
    List<ActorIndex.Span> firstSide) {

  Targets(List<ActorIndex.Span> spans, String place, boolean pairs) {
    this(spans, place, pairs, false, List.of());
  }

  Targets(List<ActorIndex.Span> spans, String place, boolean pairs, boolean inherited) {
    this(spans, place, pairs, inherited, List.of());
  }

  /** Whether two mentions of a pairs list stand on opposite sides (always, when there are no sides). */
  boolean opposed(ActorIndex.Span a, ActorIndex.Span b) {
    if (firstSide.isEmpty()) {
      return true;
    }
    return onFirstSide(a) != onFirstSide(b);
  }

  private boolean onFirstSide(ActorIndex.Span x) {
    return firstSide.stream().anyMatch(f -> f.actor().id().equals(x.actor().id()));
  }

  static Targets none() {
    return new Targets(List.of(), null, false);
  }
}
