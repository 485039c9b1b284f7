package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.actors.ActorIndex;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * Resolves phrases that point back at what the article already told: a group of parties ("both
 * sides", "the two countries", "the three European governments") to the parties just named, and
 * an event ("condemned the strikes", "welcomed the agreement", "rejected the accusation", "in
 * response to the protests") to the actors of the event it names.
 */
final class References {

  /** Head nouns of a counted group of parties. */
  private static final Set<String> GROUP_HEADS = Set.of("sides", "countries", "governments", "nations", "states",
      "parties", "neighbors", "neighbours", "capitals", "powers", "rivals", "leaders", "militaries", "armies",
      "ministers", "presidents", "premiers", "envoys", "delegations", "men", "women");
  private static final Map<String, Integer> COUNTS = Map.of("both", 2, "two", 2, "three", 3, "four", 4, "five", 5,
      "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);
  /** How far after a counted group its parties may be named when none were named before ("six world powers"). */
  private static final int NAMED_AFTER_CHARS = 500;
  /** Types whose two sides are the parties of a conflict ("both sides" of a war). */
  private static final Set<String> CONFLICT = Set.of("ASSAULT", "COERCE");
  private static final Set<String> JOINT = Set.of("AGREE", "CONSULT", "COOPERATE");
  /** Acts a denial answers. */
  private static final Set<String> HOSTILE = Set.of("ACCUSE", "SANCTION", "COERCE", "ASSAULT", "THREATEN");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  /** "the country", "the nation": the last country named. */
  private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "emirate", "kingdom", "republic", "sultanate",
      "principality"); // "overran the emirate": the country last named

  /** Types whose target may be the actors of an earlier event the object names ("condemned the strikes"). */
  private static final Set<String> ANSWERING_TYPES = Set.of("ACCUSE", "SUPPORT", "REJECT", "PROTEST", "CONCEDE");
  private static final Set<String> DENYING = Set.of("deny", "reject", "dismiss", "rebuff");

  private final List<Token> tokens;
  private final Arguments args;
  private final ActorIndex index;
  private final EventLexicon lexicon;
  private final List<Draft> drafts;
  private final ActReferences acts;
  private final List<Sentence> sentences;

  /** {@code drafts}: the article's events coded so far (read as they grow). */
  References(List<Token> tokens, List<Sentence> sentences, Arguments args, EventLexicon lexicon,
      ImplicitArguments implicit, List<Draft> drafts) {
    this.tokens = tokens;
    this.sentences = sentences;
    this.args = args;
    this.index = args.index();
    this.lexicon = lexicon;
    this.drafts = drafts;
    this.acts = new ActReferences(tokens, sentences, args, lexicon, implicit, drafts);
  }

  // ------------------------------------------------------------------ targets by reference

  /**
   * A counted group where a frame's target would be ("called on both sides to", "recalled its
   * envoys to the three countries"), or "the country" for a place frame ("toward the country's
   * coast": the last country named, other than the source).
   */
  Targets groupTargets(Sentence s, int after, EventLexicon.Pattern p, List<ActorIndex.Span> sources) {
    List<ActorIndex.Span> group = after < s.endToken() && p.targets().contains("obj") ? groupAt(after, s, sources) : List.of();
    if (group.isEmpty() && p.targets().contains("obj")) {
      group = theCountryAt(after, s, sources); // "the fund lent the country $57 billion"
    }
    for (String frame : p.targets()) {
      if (!group.isEmpty()) {
        break;
      }
      if (!frame.equals("obj") && !frame.equals("between") && !frame.equals("that") && !frame.equals("next")
          && !frame.equals("answer") && !frame.equals("again")) {
        String prep = frame.contains(">") ? frame.substring(0, frame.indexOf('>')) : frame;
        int at = args.findPreposition(prep, after, s, 8);
        group = at < 0 ? List.of() : groupAt(at + 1, s);
        if (group.isEmpty() && at >= 0 && frame.contains(">")) {
          group = theCountryAt(at + 1, s, sources);
        }
      }
    }
    if (group.isEmpty() && p.targets().contains("between")) {
      int at = args.findPreposition("between", after, s, 8);
      group = at < 0 ? List.of() : groupAt(at + 1, s); // "mediated between the two governments"
      return group.size() < 2 ? Targets.none() : new Targets(group, null, true);
    }
    return group.isEmpty() ? Targets.none() : new Targets(group, null, false);
  }

  /**
   * Targets a clause answers: an earlier event its object names ("condemned the strikes"
   * targets who struck; "resigned in response to the protests" those who protested), and for a
   * denial with no one named, whoever last acted on the denier ("Peru denied any role").
   */
  Targets answeredTargets(Sentence s, int verb, int after, EventLexicon.Pattern p, List<ActorIndex.Span> sources) {
    if (!ANSWERING_TYPES.contains(p.type()) && !p.targets().contains("answer") && !p.targets().contains("victim")) {
      return Targets.none();
    }
    int named = objectNounAt(after, s, p);
    List<ActorIndex.Span> parties = p.targets().contains("obj") ? partiesOfEventAt(after, s, sources, named) : List.of();
    if (parties.isEmpty()) {
      parties = inResponseTo(after, s, sources);
    }
    if (parties.isEmpty() && p.targets().contains("obj")) {
      parties = acts.doersOfObjectAt(after, named, s, p.type(), sources); // "condemned the launch", "criticized it"
    }
    String lemma = lexicon.verbLemma(tokens.get(verb).text());
    boolean deniedAct = lemma != null && DENYING.contains(lemma) && after < s.endToken()
        && tokens.get(after).text().endsWith("ing"); // "denies giving the group weapons"
    if (parties.isEmpty() && (lemma != null && DENYING.contains(lemma) || p.onlyNegated() || p.targets().contains("answer"))
        && !sources.isEmpty() && after < s.endToken()
        && (!"VERB".equals(tokens.get(after).pos()) && !tokens.get(after).is("to") || deniedAct
            || p.needsObject() && p.targets().contains("answer"))) { // "vowed to retaliate"
      parties = lastActorOn(sources, tokens.get(verb).start());
      if (parties.isEmpty() && "THREATEN".equals(p.type())) {
        parties = lastActorOnStateOf(sources, tokens.get(verb).start()); // "13 U.S. soldiers were killed ... Biden vowed to retaliate"
      }
    }
    if (parties.isEmpty() && p.targets().contains("victim") && !sources.isEmpty()) {
      parties = lastActedOnBy(sources, tokens.get(verb).start()); // "Baku apologised": to whom it had wronged
    }
    return new Targets(parties, null, false, true);
  }

  /** Where a pattern's object noun stands after the verb ("called the move illegal": "illegal"), or the sentence's end. */
  private int objectNounAt(int after, Sentence s, EventLexicon.Pattern p) {
    for (int k = after; !p.objectNouns().isEmpty() && k < s.endToken() && k <= after + 12; k++) {
      if (p.objectNouns().contains(lower(k))) {
        return k;
      }
    }
    return s.endToken();
  }

  // ------------------------------------------------------------------ groups

  /** The parties a counted group phrase starting at {@code k} stands for ("both sides to ..."), or empty. */
  List<ActorIndex.Span> groupAt(int k, Sentence s) {
    return groupAt(k, s, List.of());
  }

  /** {@code speakers}: who refers to the group; no act of theirs gives its parties ("commended X and urged both parties"). */
  private List<ActorIndex.Span> groupAt(int k, Sentence s, List<ActorIndex.Span> speakers) {
    int j = k;
    if (j < s.endToken() && (tokens.get(j).is("the") || tokens.get(j).is("all"))) {
      j++;
    }
    Integer n = j < s.endToken() ? COUNTS.get(lower(j)) : null;
    if (n == null && j > k && tokens.get(k).is("the") && j + 1 < s.endToken() && lower(j).equals("leaders")
        && !tokens.get(j + 1).is("of") && !"NOUN".equals(tokens.get(j + 1).pos())) {
      // "urged the leaders to ...": uncounted, only the two persons last named together
      return lastCoordinatedPersons(2, tokens.get(k).start());
    }
    if (n == null) {
      return List.of();
    }
    for (int h = j + 1; h < s.endToken() && h <= j + 5; h++) {
      if (GROUP_HEADS.contains(lower(h))) {
        return resolve(n, lower(h), tokens.get(k).start(), speakers);
      }
      String pos = tokens.get(h).pos();
      if (!"ADJ".equals(pos) && !"NOUN".equals(pos) && !"PROPN".equals(pos) && !"VERB".equals(pos)
          && !tokens.get(h).is("-") && index.at(h) == null) {
        return List.of();
      }
    }
    return List.of();
  }

  /**
   * The parties of a counted group phrase that is the subject of {@code verb} ("the two
   * governments, which ..., said"): the phrase ends right before the verb or before a relative
   * clause set off by commas.
   */
  List<ActorIndex.Span> groupSubjectOf(int verb, Sentence s) {
    int k = verb - 1;
    if (k < s.firstToken()) {
      return List.of();
    }
    while (k > s.firstToken() && ("ADV".equals(tokens.get(k).pos()) || "AUX".equals(tokens.get(k).pos()))) {
      k--;
    }
    if (tokens.get(k).is(",")) {
      int open = k - 1;
      while (open > s.firstToken() && !tokens.get(open).is(",")) {
        open--;
      }
      if (open + 1 < k && (tokens.get(open + 1).is("which") || tokens.get(open + 1).is("who"))) {
        k = open - 1;
      }
    }
    if (k > s.firstToken() && (tokens.get(k - 1).is("each") || tokens.get(k - 1).is("either"))
        && GROUP_HEADS.contains(lower(k) + "s")) {
      return resolve(2, lower(k) + "s", tokens.get(k - 1).start()); // "each government blamed the other"
    }
    if (k < s.firstToken() || !GROUP_HEADS.contains(lower(k))) {
      return List.of();
    }
    for (int start = k - 1; start >= s.firstToken() && start >= k - 4; start--) {
      if (COUNTS.containsKey(lower(start))) {
        int from = start > s.firstToken() && (tokens.get(start - 1).is("the") || tokens.get(start - 1).is("all"))
            ? start - 1 : start;
        List<ActorIndex.Span> group = groupAt(from, s);
        // "Iran and six world powers reached a deal ... talks between Iran and the United States, Russia,
        // China, Britain, France and Germany": a larger group of subjects first counted, then named
        return group.isEmpty() && COUNTS.get(lower(start)) > 2
            ? nextCoordination(COUNTS.get(lower(start)), tokens.get(from).start()) : group;
      }
    }
    return List.of();
  }

  /** Heads that count persons, and heads that count countries (or bodies of a country). */
  private static final Set<String> PERSON_HEADS = Set.of("leaders", "ministers", "presidents", "premiers", "envoys", "men",
      "women");
  private static final Set<String> COUNTRY_HEADS = Set.of("countries", "governments", "nations", "states", "capitals",
      "neighbors", "neighbours", "militaries", "armies", "delegations");

  private List<ActorIndex.Span> resolve(int n, String head, int beforeChar) {
    return resolve(n, head, beforeChar, List.of());
  }

  private List<ActorIndex.Span> resolve(int n, String head, int beforeChar, List<ActorIndex.Span> speakers) {
    if (PERSON_HEADS.contains(head)) {
      List<ActorIndex.Span> persons = lastCoordinatedPersons(n, beforeChar);
      if (!persons.isEmpty()) {
        return persons; // "X of A and Y of B met ... the two ministers": the persons, not their countries
      }
    }
    if (STATE_HEADS.contains(head)) {
      // "spoke with Israel's prime minister and with Lebanon's ..., and both governments": the
      // countries of the persons just listed, when they were told after any list of actors
      List<ActorIndex.Span> persons = lastCoordinatedPersons(n, beforeChar);
      List<ActorIndex.Span> listed = lastCoordination(n, beforeChar);
      if (!persons.isEmpty() && (listed.isEmpty() || persons.get(0).start() > listed.get(listed.size() - 1).start())) {
        List<ActorIndex.Span> countries = new ArrayList<>();
        for (ActorIndex.Span p : persons) {
          ActorIndex.Span c = countryMention(p.actor().country());
          if (c == null) {
            countries.clear();
            break;
          }
          countries.add(c);
        }
        if (distinct(countries) == n) {
          return countries;
        }
      }
    }
    List<ActorIndex.Span> found = new ArrayList<>();
    for (ActorIndex.Span x : resolveAny(n, head, beforeChar, speakers)) {
      boolean person = x.actor().kind() == ActorKind.PERSON;
      if (COUNTRY_HEADS.contains(head) && person) {
        x = countryMention(x.actor().country()); // "A and B ... the two governments": their countries
      }
      if (x == null || PERSON_HEADS.contains(head) && !person || COUNTRY_HEADS.contains(head) && x.actor().country() == null) {
        return List.of(); // "the two leaders" are two persons; "both countries" two countries
      }
      found.add(x);
    }
    return found;
  }

  private List<ActorIndex.Span> resolveAny(int n, String head, int beforeChar, List<ActorIndex.Span> speakers) {
    if (n == 2) {
      // "both countries", "the two sides": the parties of the conflict the story is about, if it told
      // one, unless two others were named since ("talks between A and B ... the two governments")
      List<ActorIndex.Span> sides = lastDyad(beforeChar, true);
      if (STATE_HEADS.contains(head) && sides.stream().anyMatch(x -> !isStateSide(x.actor()))) {
        sides = List.of(); // "both governments" after a war of Israel and Hezbollah: not the armed group
      }
      List<ActorIndex.Span> named = lastCoordination(n, beforeChar);
      if (!sides.isEmpty() && !named.isEmpty() && named.get(0).start() > lastDyadTrigger(beforeChar, true)
          && afterBetween(named.get(0).start())) {
        return named;
      }
      if (!sides.isEmpty()) {
        return sides;
      }
      if (head.equals("sides") || head.equals("parties") || head.equals("rivals")) {
        return lastDyad(beforeChar, false, speakers);
      }
    }
    // "both governments" counts states, or people who speak for one, not "the OSCE's chairman, X"
    List<ActorIndex.Span> listed = STATE_HEADS.contains(head)
        ? lastCoordination(n, beforeChar, a -> isStateSide(a) && a.country() != null) : lastCoordination(n, beforeChar);
    if (!listed.isEmpty()) {
      return listed;
    }
    if (n == 2 && (STATE_HEADS.contains(head) || head.equals("neighbours") || head.equals("neighbors"))) {
      // "Russia cut its links with Georgia ... urged both governments": the two states of the last dispute
      return lastStateDispute(beforeChar, speakers);
    }
    return n == 2 ? lastDyad(beforeChar, true) : List.of();
  }

  /**
   * The first list of exactly {@code n} parties that starts within {@link #NAMED_AFTER_CHARS} after
   * {@code fromChar}, leaving out parties named in the group's own sentence (its partner: "Iran and
   * six world powers ... between Iran and ..."). Empty when there is none.
   */
  private List<ActorIndex.Span> nextCoordination(int n, int fromChar) {
    int k = 0;
    while (k < tokens.size() && tokens.get(k).start() < fromChar) {
      k++;
    }
    java.util.Set<String> partners = new java.util.HashSet<>();
    for (Sentence own : sentences) {
      if (own.firstToken() <= k && k < own.endToken()) {
        for (ActorIndex.Span span : index.outerIn(own.firstToken(), own.endToken())) {
          partners.add(span.actor().id());
        }
      }
    }
    for (List<ActorIndex.Span> list : coordinations(k, fromChar + NAMED_AFTER_CHARS, partners)) {
      if (distinct(list) == n) {
        return List.copyOf(list);
      }
    }
    return List.of();
  }

  private static final Set<String> STATE_HEADS = Set.of("governments", "states", "nations", "countries", "capitals");

  /** A state, a state body or a person (who may speak for one): what "both governments" can count. */
  private static boolean isStateSide(Actor a) {
    return a.kind() == ActorKind.COUNTRY || a.kind() == ActorKind.PERSON || ActorIndex.isStateBody(a);
  }

  /** The first mention of the country with this code, or null. */
  private ActorIndex.Span countryMention(String code) {
    for (int k = 0; code != null && k < tokens.size(); k++) {
      ActorIndex.Span span = index.at(k);
      if (span != null && span.actor().kind() == ActorKind.COUNTRY && code.equals(span.actor().country())) {
        return span;
      }
    }
    return null;
  }

  /** The source and target of the latest event told before {@code beforeChar} (of a conflict, if asked). */
  private List<ActorIndex.Span> lastDyad(int beforeChar, boolean conflict) {
    return lastDyad(beforeChar, conflict, List.of());
  }

  /** The latest dyad, as above, passing over the acts of {@code speakers}, who are no party of the group they name. */
  private List<ActorIndex.Span> lastDyad(int beforeChar, boolean conflict, List<ActorIndex.Span> speakers) {
    for (int d = drafts.size() - 1; d >= 0; d--) {
      Draft e = drafts.get(d);
      if (speakers.stream().anyMatch(x -> e.sources().contains(x.actor()) || e.targets().contains(x.actor()))) {
        continue;
      }
      if (conflict && !CONFLICT.contains(e.type()) || tokens.get(e.trigger()).start() >= beforeChar
          || THIRD_PARTY_CODES.contains(e.cameo())) {
        continue; // a mediator or host is no side
      }
      ActorIndex.Span a = index.firstMentionOf(e.sources().get(0));
      ActorIndex.Span b = index.firstMentionOf(e.targets().get(0));
      if (a != null && b != null && !a.actor().id().equals(b.actor().id())) {
        return List.of(a, b);
      }
    }
    return List.of();
  }

  /** Types of a dispute between states: what "both governments" may count the sides of. */
  private static final Set<String> DISPUTE = Set.of("ACCUSE", "REJECT", "THREATEN", "SANCTION", "COERCE", "ASSAULT",
      "MOBILIZE", "PROTEST");

  /** The two states of the latest hostile act of one state on another, passing over {@code speakers}' acts; empty if none. */
  private List<ActorIndex.Span> lastStateDispute(int beforeChar, List<ActorIndex.Span> speakers) {
    for (int d = drafts.size() - 1; d >= 0; d--) {
      Draft e = drafts.get(d);
      if (!DISPUTE.contains(e.type()) || tokens.get(e.trigger()).start() >= beforeChar
          || speakers.stream().anyMatch(x -> e.sources().contains(x.actor()) || e.targets().contains(x.actor()))) {
        continue;
      }
      ActorIndex.Span a = index.firstMentionOf(e.sources().get(0));
      ActorIndex.Span b = index.firstMentionOf(e.targets().get(0));
      if (a != null && b != null && !a.actor().id().equals(b.actor().id())
          && a.actor().kind() == ActorKind.COUNTRY && b.actor().kind() == ActorKind.COUNTRY) {
        return List.of(a, b);
      }
    }
    return List.of();
  }

  /** Whether a list starts right after "between" ("talks between the United States and Iran"). */
  private boolean afterBetween(int start) {
    int k = start - 1;
    if (k >= 0 && tokens.get(k).is("the")) {
      k--;
    }
    return k >= 0 && tokens.get(k).is("between");
  }

  /** Codes of a third party's part in others' meeting: mediating, hosting. */
  private static final Set<String> THIRD_PARTY_CODES = Set.of("045", "043");

  /** The token where the event {@link #lastDyad} would take its sides from was told, or -1. */
  private int lastDyadTrigger(int beforeChar, boolean conflict) {
    for (int d = drafts.size() - 1; d >= 0; d--) {
      Draft e = drafts.get(d);
      if (!(conflict && !CONFLICT.contains(e.type()) || tokens.get(e.trigger()).start() >= beforeChar)) {
        return e.trigger();
      }
    }
    return -1;
  }

  /** The latest list of exactly {@code n} participants ("A, B and C") before {@code beforeChar}. */
  private List<ActorIndex.Span> lastCoordination(int n, int beforeChar) {
    return lastCoordination(n, beforeChar, a -> true);
  }

  /** {@link #lastCoordination(int, int)} of a list whose every member passes {@code fits}. */
  private List<ActorIndex.Span> lastCoordination(int n, int beforeChar, java.util.function.Predicate<Actor> fits) {
    List<List<ActorIndex.Span>> lists = coordinations(0, beforeChar, Set.of());
    for (int g = lists.size() - 1; g >= 0; g--) {
      if (distinct(lists.get(g)) == n && lists.get(g).stream().allMatch(x -> fits.test(x.actor()))) {
        return List.copyOf(lists.get(g));
      }
    }
    return List.of();
  }

  /**
   * The lists of parties joined by "and" or commas ("A, B and C") from token {@code fromToken} up to
   * {@code toChar}, in text order; a party in {@code leftOut} joins a list without being counted in it.
   */
  private List<List<ActorIndex.Span>> coordinations(int fromToken, int toChar, Set<String> leftOut) {
    List<List<ActorIndex.Span>> lists = new ArrayList<>();
    List<ActorIndex.Span> group = new ArrayList<>();
    int lastEnd = -1;
    for (int k = fromToken; k < tokens.size() && tokens.get(k).start() < toChar; k++) {
      ActorIndex.Span span = index.at(k);
      if (span == null || span.start() != k || !ActorIndex.isParticipant(span.actor())) {
        continue;
      }
      if (!(lastEnd >= 0 && onlySeparators(lastEnd, k))) {
        if (!group.isEmpty()) {
          lists.add(group);
        }
        group = new ArrayList<>();
      }
      if (!leftOut.contains(span.actor().id())) {
        group.add(span);
      }
      lastEnd = span.end();
      k = span.end() - 1;
    }
    if (!group.isEmpty()) {
      lists.add(group);
    }
    return lists;
  }


  /**
   * The latest list of exactly {@code n} persons before {@code beforeChar}, their countries told
   * with them set aside ("A's X and B's Y", "X of A and Y of B").
   */
  private List<ActorIndex.Span> lastCoordinatedPersons(int n, int beforeChar) {
    List<ActorIndex.Span> found = List.of();
    List<ActorIndex.Span> group = new ArrayList<>();
    int lastEnd = -1;
    for (int k = 0; k < tokens.size() && tokens.get(k).start() < beforeChar; k++) {
      ActorIndex.Span span = index.at(k);
      if (span == null || span.start() != k || !ActorIndex.isParticipant(span.actor())) {
        continue;
      }
      k = span.end() - 1;
      if (span.actor().kind() != ActorKind.PERSON) {
        boolean ownsOrDescribes = span.end() < tokens.size() && (lower(span.end()).equals("'s")
            || lower(span.end()).equals("’s")) || span.start() > 0 && lower(span.start() - 1).equals("of");
        if (!ownsOrDescribes) {
          group = new ArrayList<>();
          lastEnd = -1;
        }
        continue;
      }
      boolean joined = lastEnd >= 0 && personsJoined(lastEnd, span.start());
      if (!joined) {
        group = new ArrayList<>();
      }
      group.add(span);
      lastEnd = span.end();
      if (distinct(group) == n) {
        found = List.copyOf(group);
      }
    }
    return found;
  }

  /** Between two persons only separators and the countries or titles told with them. */
  private boolean personsJoined(int from, int to) {
    boolean and = false;
    int titleWords = 0;
    for (int k = from; k < to; k++) {
      String w = lower(k);
      ActorIndex.Span span = index.at(k);
      String pos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
      if (w.equals("and") || w.equals("&")) {
        and = true;
      } else if (and && (w.equals("with") || w.equals("to")) && lower(k - 1).equals("and")) {
        continue; // "spoke with X and with Y"
      } else if (span == null && and && (pos.equals("NOUN") || pos.equals("ADJ")) && ++titleWords <= 4) {
        continue; // "and with Lebanon's caretaker prime minister, Y": the title told with the person
      } else if (span == null && !w.equals(",") && !w.equals("the") && !w.equals("'s") && !w.equals("’s")
          && !w.equals("of")) {
        return false;
      }
    }
    return and;
  }

  private boolean onlySeparators(int from, int to) {
    boolean and = false;
    for (int k = from; k < to; k++) {
      String w = lower(k);
      if (w.equals("and") || w.equals("&")) {
        and = true;
      } else if (!w.equals(",") && !w.equals("the")) {
        return false;
      }
    }
    return and || to - from == 1 && tokens.get(from).is(",");
  }

  private static int distinct(List<ActorIndex.Span> group) {
    return (int) group.stream().map(g -> g.actor().id()).distinct().count();
  }

  /** "the country" at {@code k}: the last country named before it that is not one of {@code sources}, or empty. */
  List<ActorIndex.Span> theCountryAt(int k, Sentence s, List<ActorIndex.Span> sources) {
    if (k + 1 >= s.endToken() || !tokens.get(k).is("the") || !COUNTRY_NOUNS.contains(lower(k + 1))
        || index.at(k + 1) != null || k + 2 < s.endToken() && "NOUN".equals(tokens.get(k + 2).pos())) {
      return List.of();
    }
    for (int j = k - 1; j >= 0; j--) {
      ActorIndex.Span span = index.at(j);
      if (span != null && span.actor().kind() == ActorKind.COUNTRY
          && sources.stream().noneMatch(x -> same(x.actor(), span.actor()))) {
        return List.of(span);
      }
    }
    return List.of();
  }

  // ------------------------------------------------------------------ events

  /**
   * The actors of an earlier event that a definite noun phrase at {@code k} names ("the
   * strikes", "the naval deployment", "the agreement"): the latest event of the noun's type told
   * before, preferring one told with the same word; its sources, and for an agreement or a
   * meeting both sides. Empty when the phrase names no event or none was told.
   */
  List<ActorIndex.Span> partiesOfEventAt(int k, Sentence s, List<ActorIndex.Span> sources) {
    return partiesOfEventAt(k, s, sources, s.endToken());
  }

  /**
   * "The truce was brokered by X", "The talks were hosted by Y": the parties of the agreement or
   * meeting the passive's definite subject names, told before or in this sentence; empty otherwise.
   */
  List<ActorIndex.Span> partiesOfPassiveSubject(int verb, Sentence s, List<ActorIndex.Span> sources) {
    int k = org.dateline.actors.SubjectFinder.beforeAuxiliaries(tokens, s, verb);
    if (k == s.firstToken() && lower(k).equals("it")) {
      // "A and B signed a declaration on Friday. It was brokered by X": the agreement told before
      Draft e = lastJoint(tokens.get(k).start());
      return e == null || s.index() - e.sentence() > 3 ? List.of() : partiesOfDraft(e);
    }
    if (k <= s.firstToken()) {
      return List.of();
    }
    if (index.at(k) != null) {
      return partiesAfterJointNoun(k, s); // "The talks between A and B were mediated by X"
    }
    List<EventLexicon.Pattern> nouns = lexicon.nounPatterns(tokens.get(k).text());
    if (nouns.isEmpty() || !JOINT.contains(nouns.get(0).type())) {
      return List.of();
    }
    int start = k;
    while (start > s.firstToken() && ("ADJ".equals(tokens.get(start - 1).pos()) || "NOUN".equals(tokens.get(start - 1).pos()))) {
      start--;
    }
    if (start <= s.firstToken() || !DEFINITE.contains(lower(start - 1))) {
      return List.of();
    }
    return partiesOfEventAt(start - 1, s, sources, k + 1);
  }

  /**
   * The parties named after a meeting or agreement noun that ends at {@code last}: "the talks
   * between A and B", "the deal with C"; empty unless the list is the noun's own.
   */
  private List<ActorIndex.Span> partiesAfterJointNoun(int last, Sentence s) {
    int k = last;
    while (k > s.firstToken() && k > last - 12) {
      ActorIndex.Span span = index.at(k);
      if (span != null) {
        k = span.start() - 1;
      } else if (tokens.get(k).is("and") || tokens.get(k).is(",") || tokens.get(k).is("the")) {
        k--;
      } else {
        break;
      }
    }
    if (k <= s.firstToken() || !tokens.get(k).is("between") && !tokens.get(k).is("with") && !tokens.get(k).is("among")) {
      return List.of();
    }
    List<EventLexicon.Pattern> nouns = lexicon.nounPatterns(tokens.get(k - 1).text());
    if (nouns.isEmpty() || !JOINT.contains(nouns.get(0).type())) {
      return List.of();
    }
    List<ActorIndex.Span> parties = args.listAt(k + 1, s);
    return !parties.isEmpty() && parties.get(parties.size() - 1).end() == last + 1 ? parties : List.of();
  }

  /**
   * For a statement about "X's arrest" or "X's removal": who did the act to X, the statement's
   * true target; empty when X did it or nothing earlier tells it. For a request of "X's release":
   * who holds X.
   */
  List<ActorIndex.Span> doersOfActOn(Targets targets, Sentence s, String type, List<ActorIndex.Span> sources) {
    if (targets.spans().size() != 1) {
      return List.of();
    }
    if ("REQUEST".equals(type)) {
      return acts.holdersOf(targets.spans().get(0), s, sources); // "called for Suu Kyi's release": to her jailers
    }
    return ANSWERING_TYPES.contains(type) ? acts.doersOfActOn(targets.spans().get(0), s, sources) : List.of();
  }

  /**
   * "U.S. forces raided the port. The raid drew criticism from Algeria": the doers of the earlier
   * act that the verb's definite subject names; empty when the subject is no such noun phrase.
   */
  List<ActorIndex.Span> doersOfSubjectAct(int verb, Sentence s, String type, List<ActorIndex.Span> sources) {
    int k = org.dateline.actors.SubjectFinder.beforeAuxiliaries(tokens, s, verb);
    k = beforeRelativeClause(k, s); // "The talks, which opened in Pretoria on Oct. 25, were mediated by X"
    while (k > s.firstToken() && index.at(k) == null
        && ("NOUN".equals(tokens.get(k).pos()) || "ADJ".equals(tokens.get(k).pos()))) {
      k--;
    }
    if (k == verb - 1 || index.at(k) != null || !DEFINITE.contains(lower(k))) {
      return List.of();
    }
    List<ActorIndex.Span> parties = partiesOfEventAt(k, s, sources, verb);
    return parties.isEmpty() ? acts.doersOfObjectAt(k, verb, s, type, sources) : parties;
  }

  /** Before a relative clause set off by commas that ends at {@code k} (", which ... ,"), else {@code k}. */
  private int beforeRelativeClause(int k, Sentence s) {
    if (k <= s.firstToken() || !tokens.get(k).is(",")) {
      return k;
    }
    for (int j = k - 1; j > s.firstToken() && j >= k - 20; j--) {
      if (tokens.get(j).is(",")) {
        return j + 1 < k && (tokens.get(j + 1).is("which") || tokens.get(j + 1).is("who")) ? j - 1 : k;
      }
    }
    return k;
  }

  /** {@code end}: where the phrase ends at the latest ("called the accusations baseless": before "baseless"). */
  private List<ActorIndex.Span> partiesOfEventAt(int k, Sentence s, List<ActorIndex.Span> sources, int end) {
    if (k >= s.endToken() || !DEFINITE.contains(lower(k))) {
      return List.of();
    }
    for (int h = k + 1; h < end && h <= k + 4; h++) {
      if (index.at(h) != null) {
        return List.of(); // "the Russian strikes" names its own actor
      }
      List<EventLexicon.Pattern> nouns = lexicon.nounPatterns(tokens.get(h).text());
      Set<String> referred = lexicon.referenceTypes(tokens.get(h).text());
      boolean last = h + 1 >= end || !"NOUN".equals(tokens.get(h + 1).pos());
      if (!nouns.isEmpty() && last) {
        Set<String> types = new java.util.HashSet<>(referred == null ? Set.of() : referred);
        types.add(nouns.get(0).type()); // "the raid": an attack, or a police raid told as coercion
        return partiesOf(types, lower(h), tokens.get(k).start(), sources);
      }
      if (referred != null && last) {
        List<ActorIndex.Span> answered = answeredByOwnSide(s, tokens.get(k).start(), sources);
        return !answered.isEmpty() ? answered // "Peru recalled its envoy from Chile. Its minister called the move void"
            : partiesOf(referred, lower(h), tokens.get(k).start(), sources); // "the move", "the new measures"
      }
      String pos = tokens.get(h).pos();
      if (!"ADJ".equals(pos) && !"NOUN".equals(pos)) {
        return List.of();
      }
    }
    return List.of();
  }

  /**
   * When the speaker's side has just answered someone (the latest event before, in the same
   * paragraph, is its own hostile act), "the move" it condemns is that someone's: the targets of
   * its answer. Empty otherwise.
   */
  private List<ActorIndex.Span> answeredByOwnSide(Sentence s, int beforeChar, List<ActorIndex.Span> sources) {
    for (int d = drafts.size() - 1; d >= 0; d--) {
      Draft e = drafts.get(d);
      if (tokens.get(e.trigger()).start() >= beforeChar) {
        continue;
      }
      // "a court sentenced the mayor ... the mayor called the ruling political": an act done to the speaker
      // himself is no move of his side's, though its doer is of his country
      boolean onSpeaker = e.targets().stream().anyMatch(a -> sources.stream().anyMatch(x -> x.actor().id().equals(a.id())));
      if (!HOSTILE.contains(e.type()) || e.sources().stream().noneMatch(a -> sameSide(sources, a)) || onSpeaker
          || sentences.get(e.sentence()).paragraph() != s.paragraph()) {
        return List.of();
      }
      List<ActorIndex.Span> out = new ArrayList<>();
      for (Draft other : drafts) {
        if (other.trigger() == e.trigger() && other.sentence() == e.sentence()) {
          for (Actor a : other.targets()) {
            ActorIndex.Span span = index.firstMentionOf(a);
            if (span != null && out.stream().noneMatch(x -> x.actor().id().equals(a.id()))) {
              out.add(span);
            }
          }
        }
      }
      return out;
    }
    return List.of();
  }

  /**
   * The parties of the meeting or agreement a reduced passive describes ("talks in Doha
   * mediated by X", "The talks, hosted by X,"): those the noun was coded with, the parties of the
   * earlier event a definite noun names, or else the joint subjects of the clause it follows
   * ("A and B agreed ... after talks mediated by X"). Empty when the participle follows no such noun.
   */
  List<ActorIndex.Span> partiesOfNounBefore(int participle, Sentence s, List<ActorIndex.Span> sources) {
    int k = participle - 1;
    if (k > s.firstToken() && tokens.get(k).is(",")) {
      k--;
    }
    for (int steps = 0; k > s.firstToken() && steps < 6 && lexicon.nounPatterns(tokens.get(k).text()).isEmpty(); steps++) {
      ActorIndex.Span place = index.at(k);
      boolean placePhrase = place != null || tokens.get(k).is("in") || tokens.get(k).is("at")
          || "PROPN".equals(tokens.get(k).pos());
      if (!placePhrase) {
        return List.of();
      }
      k = place != null ? place.start() - 1 : k - 1;
    }
    List<EventLexicon.Pattern> nouns = lexicon.nounPatterns(tokens.get(k).text());
    if (nouns.isEmpty() || !JOINT.contains(nouns.get(0).type()) || index.at(k) != null) {
      return List.of();
    }
    List<ActorIndex.Span> out = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.sentence() == s.index() && d.trigger() == k) {
        for (Actor a : d.sources()) {
          addMention(out, a);
        }
        for (Actor a : d.targets()) {
          addMention(out, a);
        }
      }
    }
    int start = k;
    while (start > s.firstToken() && ("ADJ".equals(tokens.get(start - 1).pos()) || "NUM".equals(tokens.get(start - 1).pos()))) {
      start--;
    }
    if (out.isEmpty() && start > s.firstToken() && DEFINITE.contains(lower(start - 1))) {
      out.addAll(partiesOfEventAt(start - 1, s, sources));
    }
    if (out.isEmpty()) {
      int main = args.verbWithSubjectBefore(start, s);
      List<ActorIndex.Span> joint = main < 0 ? List.of() : args.subjectsOf(main, s);
      if (joint.size() >= 2) {
        out.addAll(joint);
      }
    }
    out.removeIf(x -> sources.stream().anyMatch(y -> y.actor().id().equals(x.actor().id())));
    return out;
  }

  private void addMention(List<ActorIndex.Span> out, Actor a) {
    ActorIndex.Span span = index.firstMentionOf(a);
    if (span != null && out.stream().noneMatch(x -> x.actor().id().equals(a.id()))) {
      out.add(span);
    }
  }

  /** "in response to the protests": the parties of the event the phrase names, or empty. */
  List<ActorIndex.Span> inResponseTo(int from, Sentence s, List<ActorIndex.Span> sources) {
    for (int k = from; k + 3 < s.endToken() && k < from + 12; k++) {
      if (tokens.get(k).is("in") && tokens.get(k + 1).is("response") && tokens.get(k + 2).is("to")) {
        return partiesOfEventAt(k + 3, s, sources);
      }
      if (tokens.get(k).is(";") || "SCONJ".equals(tokens.get(k).pos())) {
        return List.of();
      }
    }
    return List.of();
  }

  /** The first mentions of a draft's sources and targets, each actor once. */
  private List<ActorIndex.Span> partiesOfDraft(Draft e) {
    List<Actor> actors = new ArrayList<>(e.sources());
    actors.addAll(e.targets());
    return firstMentions(actors);
  }

  /** The first mention of each actor that has one, each actor once, in the order given. */
  private List<ActorIndex.Span> firstMentions(List<Actor> actors) {
    List<ActorIndex.Span> out = new ArrayList<>();
    for (Actor a : actors) {
      ActorIndex.Span span = index.firstMentionOf(a);
      if (span != null && out.stream().noneMatch(x -> x.actor().id().equals(a.id()))) {
        out.add(span);
      }
    }
    return out;
  }

  /** The latest meeting, agreement or cooperation told before {@code beforeChar}, or null. */
  private Draft lastJoint(int beforeChar) {
    for (int d = drafts.size() - 1; d >= 0; d--) {
      Draft e = drafts.get(d);
      if (JOINT.contains(e.type()) && tokens.get(e.trigger()).start() < beforeChar) {
        return e;
      }
    }
    return null;
  }

  /** {@code types}: the types of event the phrase may name ("*": any but joint ones). */
  private List<ActorIndex.Span> partiesOf(Set<String> types, String word, int beforeChar, List<ActorIndex.Span> sources) {
    Draft onSpeaker = null;
    Draft same = null;
    Draft sameType = null;
    for (int d = drafts.size() - 1; d >= 0 && onSpeaker == null; d--) {
      Draft e = drafts.get(d);
      boolean fits = types.contains(e.type()) || types.contains("*") && !JOINT.contains(e.type());
      if (!fits || tokens.get(e.trigger()).start() >= beforeChar) {
        continue;
      }
      if (lexicon.joiningWords(lower(e.trigger())) != null) {
        continue; // "X joined the strikes": "the strikes" condemned are the ones told first
      }
      String type = e.type();
      if (!JOINT.contains(type) && e.sources().stream().anyMatch(a -> sameSide(sources, a))) {
        continue; // Peru condemning "the deployment" answers another's, not its own
      }
      if (sameType == null) {
        sameType = e;
      }
      if (same == null && stem(lower(e.trigger())).equals(stem(word))) {
        same = e;
      }
      if (!JOINT.contains(type) && e.targets().stream().anyMatch(a -> sameSide(sources, a))) {
        onSpeaker = e; // "Peru rejected the accusation": the one made against Peru
      }
    }
    Draft e = onSpeaker != null ? onSpeaker : same != null ? same : sameType;
    if (e == null && types.stream().anyMatch(JOINT::contains)) {
      e = lastJoint(beforeChar); // "signed a truce ... The talks were mediated by X": the talks that led to it
    }
    if (e == null) {
      return List.of();
    }
    List<Actor> actors = new ArrayList<>(e.sources());
    if (JOINT.contains(e.type())) {
      actors.addAll(e.targets());
      for (Draft other : drafts) {
        // "Peru praised the talks" it took part in: no one else is answered
        boolean sameEvent = other.trigger() == e.trigger() && other.sentence() == e.sentence();
        if (sameEvent && (other.sources().stream().anyMatch(a -> sameSide(sources, a))
            || other.targets().stream().anyMatch(a -> sameSide(sources, a)))) {
          return List.of();
        }
      }
    }
    return firstMentions(actors);
  }

  /**
   * "Israel struck Iran ... Two generals had been killed": who carried out the latest attack, told
   * in this sentence or the two before, on these victims or on their country; empty if none.
   */
  List<ActorIndex.Span> attackerOf(List<ActorIndex.Span> victims, Sentence s) {
    for (int d = drafts.size() - 1; d >= 0; d--) {
      Draft e = drafts.get(d);
      if (e.sentence() < s.index() - 2) {
        break;
      }
      if (!"ASSAULT".equals(e.type()) || e.sentence() > s.index()) {
        continue;
      }
      boolean onThem = e.targets().stream().anyMatch(t -> victims.stream().anyMatch(v -> v.actor().id().equals(t.id())
          || t.kind() == ActorKind.COUNTRY && t.country() != null && t.country().equals(v.actor().country())));
      boolean byThem = e.sources().stream().anyMatch(a -> sameSide(victims, a));
      if (onThem && !byThem) {
        List<ActorIndex.Span> out = new ArrayList<>();
        for (Actor a : e.sources()) {
          addMention(out, a);
        }
        return out;
      }
    }
    return List.of();
  }

  /** The same actor, or one of the same country. */
  private static boolean sameSide(List<ActorIndex.Span> side, Actor a) {
    return side.stream().anyMatch(x -> x.actor().id().equals(a.id())
        || x.actor().country() != null && x.actor().country().equals(a.country()));
  }

  /**
   * Whom {@code actors} last acted against before {@code beforeChar}: the targets of their latest
   * hostile act ("Baku apologised", after "Azerbaijan's forces shot down a Russian helicopter": to
   * Russia); empty when they did no such act.
   */
  List<ActorIndex.Span> lastActedOnBy(List<ActorIndex.Span> actors, int beforeChar) {
    Draft e = latestHostileBefore(beforeChar, d -> doneBy(d, actors));
    return e == null ? List.of() : e.targetSpans();
  }

  /**
   * Who last acted on one of {@code actors}: the sources of the latest event told before {@code
   * beforeChar} that targeted one of them ("Pakistan denied any role" answers India's measures).
   */
  List<ActorIndex.Span> lastActorOn(List<ActorIndex.Span> actors, int beforeChar) {
    // a person's denial answers what was done to that person, a country's what was done to it or its people
    Draft e = latestHostileBefore(beforeChar, d -> d.targets().stream().anyMatch(t -> actors.stream()
        .anyMatch(a -> a.actor().id().equals(t.id()) || a.actor().kind() != ActorKind.PERSON && same(a.actor(), t)))
        && !doneBy(d, actors));
    return e == null ? List.of() : firstMentions(e.sources());
  }

  /** Whoever last acted against the country the persons among {@code actors} serve: a leader threatens for his state. */
  private List<ActorIndex.Span> lastActorOnStateOf(List<ActorIndex.Span> actors, int beforeChar) {
    Set<String> states = new java.util.HashSet<>();
    for (ActorIndex.Span a : actors) {
      if (a.actor().kind() == ActorKind.PERSON && a.actor().country() != null) {
        states.add(a.actor().country());
      }
    }
    if (states.isEmpty()) {
      return List.of();
    }
    Draft e = latestHostileBefore(beforeChar, d -> d.targets().stream().anyMatch(t -> t.kind() == ActorKind.COUNTRY
        && states.contains(t.country())) && !doneBy(d, actors));
    return e == null ? List.of() : firstMentions(e.sources());
  }

  /** The latest hostile event told before {@code beforeChar} that {@code fits}, or null. */
  private Draft latestHostileBefore(int beforeChar, java.util.function.Predicate<Draft> fits) {
    for (int d = drafts.size() - 1; d >= 0; d--) {
      Draft e = drafts.get(d);
      if (tokens.get(e.trigger()).start() < beforeChar && HOSTILE.contains(e.type()) && fits.test(e)) {
        return e;
      }
    }
    return null;
  }

  private static boolean doneBy(Draft e, List<ActorIndex.Span> actors) {
    return e.sources().stream().anyMatch(t -> actors.stream().anyMatch(a -> same(a.actor(), t)));
  }

  private static boolean same(Actor a, Actor b) {
    return a.id().equals(b.id()) || a.country() != null && a.country().equals(b.country())
        && (a.kind() == ActorKind.COUNTRY || b.kind() == ActorKind.COUNTRY);
  }

  private static String stem(String w) {
    return w.length() > 5 ? w.substring(0, 5) : w;
  }

  private String lower(int k) {
    return tokens.get(k).text().toLowerCase(Locale.ROOT);
  }
}
