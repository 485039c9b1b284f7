package org.dateline.events;

import java.util.List;
import org.dateline.actors.ActorIndex;

/**
 * Targets found by a pattern's frames: the mentions, the place a place frame named, whether the
 * mentions act on each other in pairs ("talks between A, B and C"), and whether they were taken
 * over from the main clause.
 */
record Targets(List<ActorIndex.Span> spans, String place, boolean pairs, boolean inherited) {

  Targets(List<ActorIndex.Span> spans, String place, boolean pairs) {
    this(spans, place, pairs, false);
  }

  static Targets none() {
    return new Targets(List.of(), null, false);
  }
}
