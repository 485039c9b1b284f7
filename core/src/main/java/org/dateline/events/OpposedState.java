package org.dateline.events;

import java.util.List;
import java.util.Set;
import org.dateline.actors.ActorIndex;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;

/**
 * Whom a non-state group's act is aimed at when its clause names no one: the state of the
 * group's own country ("protesters rallied in central Belgrade" protest against Serbia's
 * government; "thousands poured into the streets to protest against the result", a result no
 * actor; "the rebels declared a ceasefire" toward the state they fight). Only for acts a group
 * aims at its government by their nature: protests, and ceasefires and withdrawals declared
 * alone.
 */
final class OpposedState {

  /** Sectors of actors outside the state: the opposition and civil society. */
  private static final Set<String> NON_STATE = Set.of("OPP", "CVL");

  private final TargetFinder targets;

  OpposedState(TargetFinder targets) {
    this.targets = targets;
  }

  /**
   * The country mention a source's act is against when the clause names no target, or no
   * targets: only for a protest, or a unilateral ceasefire (RETREAT 0871), by non-state actors
   * of one known country the article names.
   */
  Targets of(String type, String cameo, List<ActorIndex.Span> sources) {
    boolean aimed = "PROTEST".equals(type) || "RETREAT".equals(type) && "0871".equals(cameo);
    if (!aimed || sources.isEmpty()) {
      return Targets.none();
    }
    String country = null;
    for (ActorIndex.Span s : sources) {
      Actor a = s.actor();
      boolean nonState = a.kind() != ActorKind.COUNTRY && a.kind() != ActorKind.LOCATION && NON_STATE.contains(a.sector());
      if (!nonState || a.country() == null || country != null && !country.equals(a.country())) {
        return Targets.none();
      }
      country = a.country();
    }
    ActorIndex.Span state = targets.countryMention(country);
    return state == null ? Targets.none() : new Targets(List.of(state), null, false, true);
  }
}
