package org.dateline.events;

import java.util.List;
import java.util.Set;
import org.dateline.actors.ActorIndex;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

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

  /** Defying norms or laws (CAMEO 128): a crowd's defiance is of its own state's rules. */
  private static final String DEFIANCE = "128";

  /** How far after "against" its object may start ("against the government of X", "against the United States"). */
  private static final int AGAINST_REACH = 4;

  private final TargetFinder targets;
  private final List<Token> tokens;
  private final ActorIndex index;

  OpposedState(TargetFinder targets, List<Token> tokens, ActorIndex index) {
    this.targets = targets;
    this.tokens = tokens;
    this.index = index;
  }

  /**
   * The country mention a source's act is against when the clause names no target, or no
   * targets: only for a protest, a unilateral ceasefire (RETREAT 0871) or defiance (REJECT 128), by non-state actors
   * of one known country the article names.
   */
  Targets of(String type, String cameo, List<ActorIndex.Span> sources, Sentence s, int trigger) {
    boolean aimed = "PROTEST".equals(type) || "RETREAT".equals(type) && "0871".equals(cameo)
        || "REJECT".equals(type) && DEFIANCE.equals(cameo); // "protesters defied a curfew": their state's
    ActorIndex.Span state = aimed ? stateOf(sources) : null;
    if (state == null) {
      return Targets.none();
    }
    ActorIndex.Span against = "PROTEST".equals(type) ? againstLater(s, trigger) : null;
    return new Targets(List.of(against != null ? against : state), null, false, true);
  }

  /**
   * What the rest of the sentence says a protest is against, past the clause the target frames
   * read ("demonstrators marched through the capital, chanting against the United States"), or null.
   */
  private ActorIndex.Span againstLater(Sentence s, int trigger) {
    for (int k = trigger + 1; k < s.endToken(); k++) {
      if (!tokens.get(k).is("against")) {
        continue;
      }
      for (int j = k + 1; j < s.endToken() && j <= k + AGAINST_REACH; j++) {
        ActorIndex.Span m = index.at(j);
        if (m != null) {
          return ActorIndex.isParticipant(m.actor()) ? m : null;
        }
      }
      return null;
    }
    return null;
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
