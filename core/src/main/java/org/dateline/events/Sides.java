package org.dateline.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.actors.ActorIndex;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;
import org.dateline.text.Token;

/**
 * Which side an actor stands on, as the coder's rules ask it: a state's own bodies, places and
 * forces (a state does not act on itself), regions and loose groupings (which break no
 * relations and host no visit), armed groups and private people (no state's envoys). Static
 * helpers on actors and their mentions, kept apart from the rules that use them.
 */
final class Sides {

  private Sides() {}

  private static final java.util.regex.Pattern DIPLOMATIC_ROLE =
      java.util.regex.Pattern.compile("(?i).*(ambassador|envoy|charg|consul|diplomat|attach).*");

  static boolean isArmedGroup(Actor a) {
    return a.kind() == ActorKind.GROUP && ("OPP".equals(a.sector()) || "MIL".equals(a.sector()));
  }

  /** People who are no state's envoys: a group named by what it is, or a person without a diplomatic role. */
  static boolean isPrivatePerson(Actor a) {
    return a.kind() == ActorKind.GROUP && a.sector() != null && !"GOV".equals(a.sector()) && !"MIL".equals(a.sector())
        || a.kind() == ActorKind.PERSON && (a.role() == null || !DIPLOMATIC_ROLE.matcher(a.role()).matches())
        && !"GOV".equals(a.sector());
  }

  /**
   * A state body (a ministry, the army, the police) does not act on its own country, nor a state
   * or its body on a place inside it ("the soldiers pulled out of the square"): no act between sides.
   */
  static boolean ownState(List<Actor> sources, Actor target) {
    if (target.country() == null) {
      return false;
    }
    if (target.kind() == ActorKind.LOCATION) {
      return sources.stream().anyMatch(x -> (x.kind() == ActorKind.COUNTRY || ActorIndex.isStateBody(x))
          && target.country().equals(x.country()));
    }
    return target.kind() == ActorKind.COUNTRY && sources.stream().anyMatch(
        x -> ActorIndex.isStateBody(x) && target.country().equals(x.country()));
  }

  private static final Set<String> FORCES = Set.of("troops", "soldiers", "officers", "police", "forces",
      "peacekeepers", "marines", "paratroopers", "contingent", "battalion", "battalions", "gendarmes");

  /** A mention of a body of armed or police forces ("Kenyan police officers", "Russian troops"), not of a person. */
  static boolean namesForces(List<Token> tokens, ActorIndex index, ActorIndex.Span span) {
    boolean forceOfCountry = span.actor().kind() == org.dateline.model.ActorKind.COUNTRY && span.end() - span.start() > 1;
    if ((ActorIndex.isStateBody(span.actor()) || forceOfCountry) && isForcesWord(tokens, span.end() - 1)) {
      return true; // "Kenyan police officers", the country's mention
    }
    // "soldiers of the relief mission": the forces are the body's through "of"
    int of = span.start() - 1;
    if (of > 0 && tokens.get(of).is("the")) {
      of--;
    }
    if (of > 0 && tokens.get(of).is("of") && isForcesWord(tokens, of - 1)) {
      return true;
    }
    // "Soldiers and police from Australia, Fiji and Tonga landed": a country named after the forces it sends
    for (int k = span.start() - 1; k >= 0 && k >= span.start() - 12; k--) {
      String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
      if (w.equals("from")) {
        if (isForcesWord(tokens, k - 1)) {
          return true;
        }
        break;
      }
      if (!w.equals(",") && !w.equals("and") && index.at(k) == null) {
        break;
      }
    }
    Actor a = span.actor();
    if (a.kind() != ActorKind.COUNTRY && !ActorIndex.isStateBody(a) && !"MIL".equals(a.sector())) {
      return false;
    }
    // "Japanese troops", "Australian-led peacekeepers": the name only qualifies the forces after it
    int next = span.end();
    if (next + 2 < tokens.size() && tokens.get(next).is("-")
        && Set.of("led", "backed", "commanded").contains(tokens.get(next + 1).text().toLowerCase(Locale.ROOT))) {
      next += 2;
    }
    return isForcesWord(tokens, next);
  }

  private static boolean isForcesWord(List<Token> tokens, int i) {
    return i >= 0 && i < tokens.size() && FORCES.contains(tokens.get(i).text().toLowerCase(Locale.ROOT));
  }

  private static final Set<String> STATES_NOUNS = Set.of("countries", "nations", "states", "governments", "capitals");

  /**
   * "from seven South American countries": an adjective that only qualifies a group of states
   * (and may read as one country's: "American") names none of them.
   */
  static boolean modifiesCountries(List<Token> tokens, ActorIndex.Span span) {
    return span.end() < tokens.size() && "ADJ".equals(tokens.get(span.end() - 1).pos())
        && STATES_NOUNS.contains(tokens.get(span.end()).text().toLowerCase(Locale.ROOT));
  }

  /** A region or loose grouping named by its adjective ("Latin American countries", "the West"). */
  static boolean isRegion(Actor a) {
    return a.kind() == ActorKind.GROUP && a.country() == null;
  }

  /**
   * A state does not sanction, expel or recall from its own side: "Russia ordered Russian troops
   * out of the town" is a withdrawal, not an expulsion. The target is the sources' country or one
   * of its state bodies.
   */
  static boolean ownSide(List<Actor> sources, Actor target) {
    boolean stateSide = target.kind() == ActorKind.COUNTRY || ActorIndex.isStateBody(target);
    return stateSide && target.country() != null
        && sources.stream().anyMatch(x -> x.kind() != ActorKind.PERSON || x.sector() != null)
        && sources.stream().anyMatch(x -> target.country().equals(x.country()));
  }

  static boolean containsActor(List<Actor> list, Actor a) {
    for (Actor x : list) {
      if (x.id().equals(a.id())) {
        return true;
      }
    }
    return false;
  }
}
