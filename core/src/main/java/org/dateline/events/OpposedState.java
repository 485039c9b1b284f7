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
 * aims at its government by their nature: protests and ceasefires declared alone (an armed
 * group's attack told without target is not: armed groups strike abroad too). Conversely, the
 * state of their country is who coerced such actors in a passive without agent ("protesters
 * were detained").
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
   * targets: only for a protest or a unilateral ceasefire (RETREAT 0871), by non-state actors
   * of one known country the article names.
   */
  Targets of(String type, String cameo, List<ActorIndex.Span> sources) {
    boolean aimed = "PROTEST".equals(type) || "RETREAT".equals(type) && "0871".equals(cameo);
    ActorIndex.Span state = aimed ? stateOf(sources) : null;
    return state == null ? Targets.none() : new Targets(List.of(state), null, false, true);
  }

  /**
   * Who coerced non-state actors when a passive names no agent ("more than 100 protesters were
   * detained", "the rebels' leaders were arrested"): the state of their country; else no one.
   */
  List<ActorIndex.Span> coercer(String type, List<ActorIndex.Span> coerced) {
    ActorIndex.Span state = "COERCE".equals(type) ? stateOf(coerced) : null;
    return state == null ? List.of() : List.of(state);
  }

  /** The article's mention of the one country all these non-state actors belong to, or null. */
  private ActorIndex.Span stateOf(List<ActorIndex.Span> actors) {
    String country = null;
    for (ActorIndex.Span s : actors) {
      Actor a = s.actor();
      boolean nonState = a.kind() != ActorKind.COUNTRY && a.kind() != ActorKind.LOCATION && a.sector() != null
          && NON_STATE.contains(a.sector());
      if (!nonState || a.country() == null || country != null && !country.equals(a.country())) {
        return null;
      }
      country = a.country();
    }
    return country == null ? null : targets.countryMention(country);
  }
}
