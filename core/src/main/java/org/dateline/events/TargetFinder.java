package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.actors.ActorIndex;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * Finds the targets of a trigger in one article by a pattern's frames: the object, the object of
 * a preposition, "between A and B", the subject of a "that" clause, the country of a place, the
 * first actor after the verb ({@code next}, for user dictionaries); also where an event happened.
 */
final class TargetFinder {

  /** Tags of the words of a short noun phrase that names no actor ("the situation"). */
  private static final Set<String> SHORT_PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN");

  /** Prepositions the tagger sometimes calls subordinators ("the efforts of/SCONJ X"). */
  private static final Set<String> PREPOSITIONS = Set.of("of", "for", "with", "in", "on", "to", "by", "from", "about");

  private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "them", "this", "that");

  /** How far after the verb its "that" may come: "demanded in a radio address on Monday that ...". */
  private static final int THAT_REACH = 8;

  private final List<Token> tokens;
  private final String articleText;
  private final List<Actor> actors;
  private final Arguments args;
  private final EventLexicon lexicon;

  /** The country the story is filed from (ISO alpha-3), or null. */
  private final String filedFrom;

  TargetFinder(List<Token> tokens, String text, List<Actor> actors, Arguments args, EventLexicon lexicon, String filedFrom) {
    this.filedFrom = filedFrom;
    this.tokens = tokens;
    this.articleText = text;
    this.actors = actors;
    this.args = args;
    this.lexicon = lexicon;
  }

  /**
   * The targets after {@code after} by the pattern's frames, tried in order; a noun's reach is
   * shorter than a verb's.
   */
  Targets find(Sentence s, int after, EventLexicon.Pattern p, boolean noun) {
    int reach = noun ? 3 + amountPhraseLength(after, s) + timeAdjunctLength(after, s) : 14;
    for (String frame : p.targets()) {
      if (frame.endsWith(">org")) {
        // "withdrew from the bloc", "quit ECOWAS": the frame counts only when it names international bodies
        Targets found = find(s, after, p.withTargets(List.of(frame.substring(0, frame.length() - ">org".length()))), noun);
        if (!found.spans().isEmpty() && found.spans().stream().allMatch(x -> isInternationalBody(x.actor()))) {
          return found;
        }
        continue;
      }
      if (frame.equals("obj")) {
        after = pastHedge(after, s); // "struck what it said were bases of X": the object is the bases
        after = pastCountBound(after, s); // "expelled about 100 Russian diplomats"
        boolean pronounObject = after < s.endToken() && "PRON".equals(tokens.get(after).pos())
            && args.index().at(after) == null && OBJECT_PRONOUNS.contains(tokens.get(after).text().toLowerCase(Locale.ROOT));
        if (pronounObject) {
          continue; // "called it a violation of X's resolutions": the object is "it", not X
        }
        ActorIndex.Span counterpart = counterpartNamedByRelation(after, s);
        if (counterpart != null) {
          return new Targets(List.of(counterpart), null, false); // "accusing its neighbour", "backed its NATO ally"
        }
        if ("REJECT".equals(p.type()) && after < s.endToken() && "VERB".equals(tokens.get(after).pos())
            && tokens.get(after).text().endsWith("ing")) {
          continue; // "denies giving the group weapons": an act denied, answered to its accuser
        }
        // "Canada expelled four and Ukraine 13": Ukraine is the next clause's subject
        List<ActorIndex.Span> gapped = args.gappedSubjects(after, s);
        if (after < s.endToken() && (!"ADP".equals(tokens.get(after).pos()) || args.index().at(after) != null)) {
          List<ActorIndex.Span> objects = personAfterNationality(args.listAt(after, s), s).stream()
              .filter(o -> !gapped.contains(o)).toList();
          // "burned down its embassy, a senior official said": past a comma is another phrase;
          // "welcomed the end of Israel's aggression": the one whose act ends is not the object
          if (!objects.isEmpty() && objects.get(0).start() <= after + 6
              && (!hasComma(after, objects.get(0).start()) || examplesAfterComma(after, objects.get(0).start()))
              && !endOfBefore(after, objects.get(0).start())) {
            return new Targets(objects, null, false);
          }
          if (!objects.isEmpty() && isApposition(after, objects.get(0), s)) {
            return new Targets(List.of(objects.get(0)), null, false); // "arrested the former army commander, Gen. X,"
          }
          // "called the situation in Zimbabwe a disgrace": a state of affairs named wrong blames the state it is in
          int in = lexicon.namesLikeCall(p.lemma()) ? inAfterNounPhrase(after, s) : -1;
          if (in >= 0) {
            List<ActorIndex.Span> places = args.listAt(in + 1, s);
            if (!places.isEmpty() && places.get(0).start() == in + 1 && places.get(0).actor().kind() == ActorKind.COUNTRY) {
              return new Targets(List.of(places.get(0)), null, false);
            }
          }
          // "condemned an attack by X": the object is an act, its agent the target
          int by = agentOfNominalObject(s, after);
          if (by >= 0) {
            List<ActorIndex.Span> agents = args.listAt(by + 1, s);
            if (!agents.isEmpty()) {
              return new Targets(agents, null, false);
            }
          }
        }
      } else if (frame.equals("ousted")) {
        Targets ousted = oustedLeader(s, after);
        if (!ousted.spans().isEmpty()) {
          return ousted;
        }
      } else if (frame.equals("border")) {
        Targets across = borderTarget(s, after);
        if (!across.spans().isEmpty()) {
          return across;
        }
      } else if (frame.equals("inf")) {
        Targets acted = infinitiveTarget(s, after);
        if (!acted.spans().isEmpty()) {
          return acted;
        }
      } else if (frame.equals("answer") || frame.equals("again")) {
        continue; // resolved against the article's earlier events (References.answeredTargets, SanctionHistory.again)
      } else if (frame.equals("next")) {
        Targets next = nextActor(s, after);
        if (!next.spans().isEmpty()) {
          return next;
        }
      } else if (frame.equals("between")) {
        int at = args.findPreposition("between", after, s, reach);
        if (at >= 0) {
          List<ActorIndex.Span> all = args.listAt(at + 1, s);
          return new Targets(all, null, true, false, firstSideOf(all));
        }
      } else if (frame.equals("that")) {
        int at = args.findPreposition("that", after, s, THAT_REACH);
        if (at >= 0) {
          List<ActorIndex.Span> who = args.listAt(at + 1, s);
          if (!who.isEmpty()) {
            return new Targets(who, null, false); // "demanded that A, B and C resign": each of them
          }
        }
      } else if (frame.endsWith(">place")) {
        String prep = frame.substring(0, frame.indexOf('>'));
        int at = args.findPreposition(prep, after, s, reach);
        ActorIndex.Span place = at < 0 ? null : args.placeAt(at + 1, s);
        if (place != null) {
          String text = articleText.substring(tokens.get(place.start()).start(),
              tokens.get(place.end() - 1).end());
          if (place.actor().kind() == ActorKind.COUNTRY) {
            return new Targets(List.of(place), text, false);
          }
          // a place inside a country: the visit is to that country, when the article names it
          ActorIndex.Span country = countryOf(place.actor());
          if (country != null) {
            return new Targets(List.of(country), text, false);
          }
          if ("RETREAT".equals(p.type()) && place.actor().kind() == ActorKind.LOCATION && place.actor().country() != null) {
            // "withdraw from southern Lebanon" in an article that names no Lebanon: the place, in its country
            return new Targets(List.of(place), text, false);
          }
        }
      } else {
        // "sanctions on Wednesday on Rosneft": a preposition that names a time is passed over
        int from = after;
        for (int tries = 0; tries < 2; tries++) {
          int at = args.findPreposition(frame, from, s, reach + (from - after));
          if (at < 0) {
            break;
          }
          List<ActorIndex.Span> objects = args.listAt(at + 1, s);
          if (!objects.isEmpty() && presidingRoleAfter(objects.get(objects.size() - 1), s) == null
              && !modifyAnEventNoun(objects, s) && !(frame.equals("on") && forBefore(after, at))) {
            return new Targets(repeatedPreposition(objects, frame, s), null, false);
          }
          from = at + 1;
        }
      }
    }
    return Targets.none();
  }

  /**
   * Whether a "for" stands between the verb's object and a later "on": "blames X for the assault
   * on Mumbai" puts "on" inside what X is blamed for, not on whom ("blamed the attack on X").
   */
  private boolean forBefore(int after, int on) {
    for (int k = after; k < on; k++) {
      if (tokens.get(k).is("for")) {
        return true;
      }
    }
    return false;
  }

  /** Past the words bounding a count that opens the object ("about 100 diplomats": from "100"). */
  private int pastCountBound(int after, Sentence s) {
    int k = after;
    while (k < s.endToken() && k < after + 3 && lexicon.isCountBound(tokens.get(k).text())) {
      k++;
    }
    return k > after && k < s.endToken() && "NUM".equals(tokens.get(k).pos()) ? k : after;
  }

  /**
   * "agreed ... with Russian and French mediation": names modifying a noun of another act are
   * that act's doers, not the preposition's object.
   */
  /** The "in" after a short noun phrase that names no actor ("the situation in"), or -1. */
  private int inAfterNounPhrase(int from, Sentence s) {
    int k = from;
    while (k < s.endToken() && k < from + 4 && args.index().at(k) == null
        && SHORT_PHRASE_TAGS.contains(String.valueOf(tokens.get(k).pos()))) {
      k++;
    }
    return k > from && k < s.endToken() && "NOUN".equals(tokens.get(k - 1).pos()) && tokens.get(k).is("in") ? k : -1;
  }

  private boolean modifyAnEventNoun(List<ActorIndex.Span> objects, Sentence s) {
    int next = objects.get(objects.size() - 1).end();
    return next < s.endToken() && "NOUN".equals(tokens.get(next).pos())
        && lexicon.nounPatterns(tokens.get(next).text()).stream().anyMatch(q -> !q.userDictionary());
  }

  /**
   * "sent troops to the border with Haiti", "towards the borders of Poland and Lithuania", "near
   * Finland's border": the state across the border the clause names, up to the clause's end.
   */
  private Targets borderTarget(Sentence s, int after) {
    for (int k = after; k < s.endToken() && k <= after + 12; k++) {
      Token t = tokens.get(k);
      if (t.is(";") || t.is("that") || t.is("which") || t.is("who") || "SCONJ".equals(t.pos())) {
        break;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      if (!BORDER_NOUNS.contains(w)) {
        continue;
      }
      if (k + 2 < s.endToken() && (tokens.get(k + 1).is("with") || tokens.get(k + 1).is("of"))) {
        List<ActorIndex.Span> across = args.listAt(k + 2, s);
        if (!across.isEmpty()) {
          return new Targets(across, null, false);
        }
      }
      int owner = k - 1;
      while (owner > after && "ADJ".equals(tokens.get(owner).pos())) {
        owner--; // "Finland's eastern border"
      }
      if (owner > after && (tokens.get(owner).is("'s") || tokens.get(owner).is("’s")) && args.index().at(owner - 1) != null) {
        return new Targets(List.of(args.index().at(owner - 1)), null, false);
      }
      ActorIndex.Span adjective = args.index().at(k - 1); // "the Cambodian border"
      if (adjective != null && adjective.actor().kind() == ActorKind.COUNTRY) {
        return new Targets(List.of(adjective), null, false);
      }
    }
    return Targets.none();
  }

  private static final Set<String> BORDER_NOUNS = Set.of("border", "borders", "frontier", "frontiers");

  /**
   * "spoke with X and with Y", "sanctions on A and on B": the list after a preposition goes on
   * where "and" repeats it.
   */
  private List<ActorIndex.Span> repeatedPreposition(List<ActorIndex.Span> objects, String preposition, Sentence s) {
    List<ActorIndex.Span> out = objects;
    int end = objects.get(objects.size() - 1).end();
    while (end + 2 < s.endToken() && tokens.get(end).is("and") && tokens.get(end + 1).is(preposition)) {
      List<ActorIndex.Span> more = args.listAt(end + 2, s);
      if (more.isEmpty()) {
        break;
      }
      out = new java.util.ArrayList<>(out);
      out.addAll(more);
      end = more.get(more.size() - 1).end();
    }
    return out;
  }

  /**
   * An organization or grouping of states (a bloc, an alliance, a U.N. agency: sector IGO, or a
   * code that is no country's), which states join, leave and are suspended from.
   */
  static boolean isInternationalBody(Actor a) {
    if (a.kind() != ActorKind.ORGANIZATION && a.kind() != ActorKind.GROUP) {
      return false;
    }
    return "IGO".equals(a.sector()) || a.sector() == null && a.country() != null && !a.country().matches("[A-Z]{3}(-.*)?");
  }

  /**
   * "threatened to impose tariffs on Colombia", "vowed to drive Peru out": the first participant
   * the infinitive right after the verb acts on, up to the clause's end; a country's name that only
   * modifies a noun ("the Serb entity") is passed over.
   */
  private Targets infinitiveTarget(Sentence s, int after) {
    if (after + 1 >= s.endToken() || !tokens.get(after).is("to") || !"VERB".equals(tokens.get(after + 1).pos())) {
      return Targets.none();
    }
    for (int k = after + 2; k < s.endToken() && k <= after + 14; k++) {
      Token t = tokens.get(k);
      if (t.is(";") || t.is(",") || t.is("that") || t.is("which") || t.is("who") || t.is("if") || t.is("unless")
          || "SCONJ".equals(t.pos()) && !PREPOSITIONS.contains(t.text().toLowerCase(Locale.ROOT))) {
        break;
      }
      ActorIndex.Span span = args.index().at(k);
      if (span != null && span.start() == k) {
        boolean modifier = span.end() < s.endToken()
            && ("NOUN".equals(tokens.get(span.end()).pos()) || "PROPN".equals(tokens.get(span.end()).pos()));
        if (ActorIndex.isParticipant(span.actor()) && !modifier) {
          List<ActorIndex.Span> list = args.listAt(k, s);
          return new Targets(list.isEmpty() ? List.of(span) : list, null, false);
        }
        k = span.end() - 1;
      }
    }
    return Targets.none();
  }

  /**
   * The participants named in the "that" clause after a verb, in order, up to the clause's end
   * ("warned that Peru would hold Chile responsible": Peru, Chile); empty without such a clause.
   */
  List<ActorIndex.Span> thatClauseActors(Sentence s, int after) {
    int at = args.findPreposition("that", after, s, THAT_REACH);
    if (at < 0) {
      return List.of();
    }
    List<ActorIndex.Span> out = new java.util.ArrayList<>();
    for (int k = at + 1; k < s.endToken(); k++) {
      Token t = tokens.get(k);
      if (t.is(";") || t.is("that") || t.is("which") || t.is("who") || t.is("but")) {
        break;
      }
      ActorIndex.Span span = args.index().at(k);
      if (span != null && span.start() == k) {
        if (ActorIndex.isParticipant(span.actor())) {
          out.add(span);
        }
        k = span.end() - 1;
      }
    }
    return out;
  }

  /**
   * "with X as a witness", "with X as host": the role (presiding-roles.tsv) that the words after
   * a mention give it in others' act, or null. Such an actor is no party "with" whom the act is done.
   */
  EventLexicon.Pattern presidingRoleAfter(ActorIndex.Span mention, Sentence s) {
    int k = mention.end();
    if (k >= s.endToken() || !tokens.get(k).is("as")) {
      return null;
    }
    k++;
    if (k < s.endToken() && "DET".equals(tokens.get(k).pos())) {
      k++;
    }
    return k < s.endToken() ? lexicon.presidingRole(tokens.get(k).text()) : null;
  }

  /**
   * The role a "with X as ..." phrase after {@code after} gives an actor in the act told before
   * it, and that actor; null when the clause has none.
   */
  ActorIndex.Span presidingActor(Sentence s, int after) {
    int at = args.findPreposition("with", after, s, 14);
    if (at < 0) {
      return null;
    }
    List<ActorIndex.Span> objects = args.listAt(at + 1, s);
    return !objects.isEmpty() && presidingRoleAfter(objects.get(objects.size() - 1), s) != null
        ? objects.get(objects.size() - 1) : null;
  }

  /**
   * The first actor after the verb in its clause, as object or prepositional object ("left for
   * Madrid", "acted against Peru", "believes Chile and Peru can agree"), with
   * whatever is coordinated with it; a place stands for its country.
   */
  private Targets nextActor(Sentence s, int after) {
    for (int k = after; k < s.endToken() && k < after + 14; k++) {
      ActorIndex.Span span = args.index().at(k);
      if (span != null && span.start() == k) {
        if (ActorIndex.isParticipant(span.actor())) {
          List<ActorIndex.Span> list = args.listAt(k, s);
          return new Targets(list.isEmpty() ? List.of(span) : list, null, false);
        }
        ActorIndex.Span country = span.actor().kind() == ActorKind.LOCATION ? countryOf(span.actor()) : null;
        String text = articleText.substring(tokens.get(span.start()).start(), tokens.get(span.end() - 1).end());
        if (country != null) {
          return new Targets(List.of(country), text, false);
        }
        if (span.actor().country() != null) {
          return new Targets(List.of(span), text, false);
        }
        k = span.end() - 1;
        continue;
      }
      Token t = tokens.get(k);
      String w = t.text().toLowerCase(Locale.ROOT);
      String before = k > after ? tokens.get(k - 1).pos() : "";
      boolean insideNounPhrase = "DET".equals(before) || "ADJ".equals(before); // "the affected villages"
      String nextPos = k + 1 < s.endToken() ? tokens.get(k + 1).pos() : "";
      // "letters sent by Peru", "the pipeline running into Chile", "a fishing trip"
      boolean reducedRelative = "NOUN".equals(before) && ("ADP".equals(nextPos) || "NOUN".equals(nextPos));
      boolean complementizer = w.equals("that") && k + 1 < s.endToken() // "hopes that Peru will"
          && (args.index().at(k + 1) != null || tokens.get(k + 1).is("the") && args.index().at(k + 2) != null);
      boolean subordinator = "SCONJ".equals(t.pos()) && !PREPOSITIONS.contains(w); // not a mistagged "of"
      if (k > after && Arguments.isVerb(t) && !insideNounPhrase && !reducedRelative && !"AUX".equals(t.pos())
          || w.equals(";") || w.equals(",") || w.equals("which") || w.equals("who") || subordinator && k > after
          || w.equals("that") && k > after && !complementizer) {
        break;
      }
    }
    return Targets.none();
  }

  /**
   * Whom a coup told without "from X" ousts: the persons a verb of holding or removing acts on
   * later in its sentence ("seized power, detaining X and Y", "took over and dismissed X").
   */
  private Targets oustedLeader(Sentence s, int after) {
    for (int k = after; k < s.endToken() && k < after + 25; k++) {
      Token t = tokens.get(k);
      if (!Arguments.isVerb(t) || !lexicon.holdsOrRemovesLeader(t.text())) {
        continue;
      }
      int reach = k + 6;
      List<ActorIndex.Span> persons = args.listAt(k + 1, s).stream()
          .filter(o -> o.actor().kind() == ActorKind.PERSON && o.start() <= reach).toList();
      if (!persons.isEmpty()) {
        return new Targets(persons, null, false);
      }
    }
    return Targets.none();
  }

  private static final Set<String> ENDINGS = Set.of("end", "halt", "cessation", "ending");

  /** "the end of", "the halt of" between the verb and its first actor. */
  private boolean endOfBefore(int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (ENDINGS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)) && tokens.get(k + 1).is("of")) {
        return true;
      }
    }
    return false;
  }

  /** The country of the place named after "in" in the clause, as a target. */
  Targets placeTargets(Sentence s, int after) {
    int at = -1;
    for (String preposition : PLACE_PREPOSITIONS) {
      int found = args.findPreposition(preposition, after, s, 10);
      at = found >= 0 && (at < 0 || found < at) ? found : at;
    }
    for (int k = after; at >= 0 && k < at; k++) {
      if (tokens.get(k).is("from")) {
        return Targets.none(); // "launched drones from positions in Darfur": where they came from, not what they hit
      }
    }
    List<ActorIndex.Span> places = new ArrayList<>();
    for (int k = at + 1; at >= 0 && k < s.endToken(); ) {
      List<ActorIndex.Span> found = placesAt(k, s);
      if (found.isEmpty() || !isPlaceOfACountry(found.get(0).actor())) {
        break;
      }
      places.add(found.get(0));
      k = found.get(0).end();
      // "army posts in Burkina Faso and Mali": each place listed
      if (k + 1 < s.endToken() && (tokens.get(k).is("and") || tokens.get(k).is(","))) {
        k++;
      } else {
        break;
      }
    }
    if (places.isEmpty()) {
      return Targets.none();
    }
    ActorIndex.Span first = places.get(0);
    String text = articleText.substring(tokens.get(first.start()).start(), tokens.get(first.end() - 1).end());
    return new Targets(places, text, false);
  }

  /** Where an attack lands: "sites across Iran", "a refinery in Russia's Volgograd region". */
  private static final List<String> PLACE_PREPOSITIONS = List.of("in", "across", "inside", "throughout");

  private static boolean isPlaceOfACountry(Actor a) {
    return a.kind() == ActorKind.COUNTRY || a.kind() == ActorKind.LOCATION && a.country() != null;
  }

  /** Mentions after a locative preposition, places included ("in the Gaza Strip"). */
  private List<ActorIndex.Span> placesAt(int from, Sentence s) {
    int k = from;
    while (k < s.endToken() && (tokens.get(k).is("the") || "ADJ".equals(tokens.get(k).pos()))) {
      k++;
    }
    ActorIndex.Span span = args.index().at(k);
    return span != null && span.start() == k ? List.of(span) : List.of();
  }

  /** The article's first mention of the country with this code, or null. */
  ActorIndex.Span countryMention(String code) {
    for (Actor a : actors) {
      if (a.kind() == ActorKind.COUNTRY && code != null && code.equals(a.country())) {
        return args.index().firstMentionOf(a);
      }
    }
    return null;
  }

  /** The article's mention of the country a place is in, standing for that country. */
  ActorIndex.Span countryOf(Actor place) {
    if (place.kind() != ActorKind.LOCATION || place.country() == null) {
      return null;
    }
    for (Actor a : actors) {
      if (a.kind() == ActorKind.COUNTRY && place.country().equals(a.country())) {
        return args.index().firstMentionOf(a);
      }
    }
    return null;
  }

  /** "in Geneva", "at the Elysee Palace": the first place named after the trigger in its clause. */
  String locationIn(Sentence s, int after) {
    for (String prep : List.of("in", "at")) {
      int at = args.findPreposition(prep, after, s, 12);
      if (at >= 0) {
        ActorIndex.Span place = args.placeAt(at + 1, s);
        if (place != null && (place.actor().kind() == ActorKind.LOCATION || place.actor().kind() == ActorKind.COUNTRY)) {
          return articleText.substring(tokens.get(place.start()).start(), tokens.get(place.end() - 1).end());
        }
      }
    }
    return null;
  }

  /** Prepositions inside an amount ("of about 1 billion dollars", "of more than 200 ..."). */
  private static final Set<String> APPROXIMATORS = Set.of("than", "about", "around", "over", "under", "up");
  private static final Set<String> AMOUNT_TAGS = Set.of("NUM", "ADV", "ADJ", "NOUN", "SYM", "DET", "ADP", "PUNCT");
  private static final Set<String> APPOSITION_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN");

  /**
   * "a disbursement of about 1 billion dollars to Pakistan": the length of an "of" phrase that
   * measures the noun (an amount, no actor), which the noun's target comes after; 0 otherwise.
   */
  /** Openers of a short time adjunct right after a noun ("talks that evening with X", "talks on Monday with X"). */
  private static final Set<String> TIME_OPENERS = Set.of("that", "the", "on", "this", "same", "next", "following");

  /** How many tokens a time adjunct right after a noun takes ("that evening", "on Monday", "the same day"); 0 for none. */
  private int timeAdjunctLength(int at, Sentence s) {
    int k = at;
    while (k < s.endToken() && k < at + 3 && TIME_OPENERS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
      k++;
    }
    return k < s.endToken() && (VerbGroup.allTimeWords(tokens, k, k + 1) || tokens.get(k).is("day")) ? k + 1 - at : 0;
  }

  private int amountPhraseLength(int at, Sentence s) {
    if (at >= s.endToken() || !tokens.get(at).is("of")) {
      return 0;
    }
    boolean number = false;
    int k = at + 1;
    for (; k < s.endToken() && k <= at + 7; k++) {
      Token t = tokens.get(k);
      String pos = t.pos() == null ? "" : t.pos();
      if (args.index().at(k) != null || !AMOUNT_TAGS.contains(pos)
          || "ADP".equals(pos) && !APPROXIMATORS.contains(t.text().toLowerCase(Locale.ROOT)) || "PUNCT".equals(pos) && !t.is("$")) {
        break;
      }
      number |= "NUM".equals(pos);
    }
    return number ? k - at : 0;
  }

  /**
   * "expelled the Kenyan activist Boniface Mwangi": a nationality before a common noun and a
   * person's name only describes the person, who is the object.
   */
  private List<ActorIndex.Span> personAfterNationality(List<ActorIndex.Span> objects, Sentence s) {
    if (objects.isEmpty()) {
      return objects;
    }
    ActorIndex.Span first = objects.get(0);
    boolean adjective = first.actor().kind() == ActorKind.COUNTRY && first.length() == 1
        && !tokens.get(first.start()).text().equalsIgnoreCase(first.actor().name())
        && "ADJ".equals(tokens.get(first.start()).pos()) | "PROPN".equals(tokens.get(first.start()).pos());
    if (!adjective) {
      return objects;
    }
    int k = first.end();
    while (k < s.endToken() && k < first.end() + 3 && "NOUN".equals(tokens.get(k).pos()) && args.index().at(k) == null) {
      k++;
    }
    ActorIndex.Span person = k > first.end() ? args.index().at(k) : null;
    return person != null && person.start() == k && person.actor().kind() == ActorKind.PERSON ? args.listAt(k, s) : objects;
  }

  /**
   * A person named in apposition to the object noun phrase: "the former army commander, Gen. X,"
   * — a short phrase of nouns and modifiers, one comma, the name, then the clause goes on.
   */
  private boolean isApposition(int from, ActorIndex.Span name, Sentence s) {
    int comma = name.start() - 1;
    if (name.actor().kind() != ActorKind.PERSON || comma <= from || comma > from + 6 || !tokens.get(comma).is(",")) {
      return false;
    }
    boolean noun = false;
    for (int k = from; k < comma; k++) {
      String pos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
      boolean owner = k == from && ImplicitArguments.POSSESSIVES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT));
      if (!APPOSITION_TAGS.contains(pos) && !owner || tokens.get(k).is(",")) {
        return false; // "dismissed his vice president, X," as "the former army commander, Gen. X,"
      }
      noun |= pos.equals("NOUN");
    }
    if (!noun) {
      return false;
    }
    // "arrested the commander, X said": a name that goes on to a verb is a new clause's subject
    int next = name.end();
    return next >= s.endToken() || !Arguments.isVerb(tokens.get(next)) && !"AUX".equals(tokens.get(next).pos());
  }

  /** "what it said were", "what Israel called": past a speaker's hedge on the object, or {@code after} itself. */
  private int pastHedge(int after, Sentence s) {
    if (after >= s.endToken() || !tokens.get(after).is("what")) {
      return after;
    }
    for (int k = after + 1; k < s.endToken() && k <= after + 6; k++) {
      String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
      if (w.equals("were") || w.equals("was") || w.equals("are") || w.equals("is")) {
        boolean said = tokens.get(k - 1).is("said") || tokens.get(k - 1).is("says");
        return said && k + 1 < s.endToken() ? k + 1 : after;
      }
      if (w.equals("called") || w.equals("calls") || w.equals("described")) {
        return k + 1 < s.endToken() && tokens.get(k + 1).is("as") ? k + 2 : k + 1;
      }
    }
    return after;
  }

  /**
   * "Algeria cut ties with Morocco, accusing its neighbour", "The United States backed its NATO
   * ally": the country the object names by its relation to the subject's is the country the story
   * is filed from, unless that is the subject's; else the latest country told before, other than
   * the one that opens the sentence (the subject's) and a name in the phrase itself ("NATO").
   * Null when the object is no such phrase.
   */
  private ActorIndex.Span counterpartNamedByRelation(int after, Sentence s) {
    if (after + 1 >= s.endToken() || !(tokens.get(after).is("its") || tokens.get(after).is("their"))) {
      return null;
    }
    int k = after + 1;
    ActorIndex.Span modifier = args.index().at(k);
    if (modifier != null && modifier.start() == k) {
      k = modifier.end();
    }
    if (k >= s.endToken() || !lexicon.isRelationNoun(tokens.get(k).text())) {
      return null;
    }
    List<ActorIndex.Span> here = args.index().outerIn(s.firstToken(), after);
    Actor subject = here.isEmpty() ? null : here.get(0).actor();
    ActorIndex.Span home = countryMention(filedFrom);
    if (home != null && home.start() < after && (subject == null || !filedFrom.equals(subject.country()))
        && (modifier == null || !home.actor().id().equals(modifier.actor().id()))) {
      return home; // "Australia stood ready to support its Pacific neighbour" in a story from Port Vila
    }
    List<ActorIndex.Span> before = args.index().outerIn(0, after);
    for (int j = before.size() - 1; j >= 0; j--) {
      Actor a = before.get(j).actor();
      if (a.kind() == ActorKind.COUNTRY && (subject == null || !a.id().equals(subject.id()))
          && (modifier == null || !a.id().equals(modifier.actor().id()))
          && (subject == null || subject.country() == null || !subject.country().equals(a.country()))) {
        return before.get(j);
      }
    }
    return null;
  }

  /** "criticized several countries, including X and Y": the actors named as examples of an object that names none. */
  private boolean examplesAfterComma(int from, int to) {
    int comma = -1;
    for (int k = from; k < to; k++) {
      if (tokens.get(k).is(",")) {
        if (comma >= 0 || args.index().at(k - 1) != null) {
          return false;
        }
        comma = k;
      }
    }
    int k = comma + 1;
    return comma >= 0 && k + 1 < tokens.size() && (tokens.get(k).is("including")
        || tokens.get(k).is("such") && tokens.get(k + 1).is("as") || tokens.get(k).is("among") && tokens.get(k + 1).is("them"));
  }

  private boolean hasComma(int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).is(",")) {
        return true;
      }
    }
    return false;
  }

  /** The "by" of an object noun phrase that names an act ("an attack by Peruvian troops"), or -1. */
  private int agentOfNominalObject(Sentence s, int from) {
    for (int k = from; k < s.endToken() && k <= from + 5; k++) {
      Token t = tokens.get(k);
      if (t.is("by") && k > from && !lexicon.nounPatterns(tokens.get(k - 1).text()).isEmpty()) {
        return k;
      }
      if (t.is("by") && k - 1 > from && tokens.get(k - 1).text().endsWith("ed") && "NOUN".equals(tokens.get(k - 2).pos())) {
        return k; // "welcomed the election timetable published by X": the one who made what is welcomed
      }

      String pos = t.pos() == null ? "" : t.pos();
      boolean actNoun = !lexicon.nounPatterns(t.text()).isEmpty(); // "the suicide bombing/VERB by X"
      boolean madeBy = t.text().endsWith("ed") && k + 1 < s.endToken() && tokens.get(k + 1).is("by") && k > from
          && "NOUN".equals(tokens.get(k - 1).pos()); // "the timetable published by X"
      if (!pos.equals("DET") && !pos.equals("ADJ") && !pos.equals("NOUN") && !pos.equals("NUM") && !actNoun && !madeBy) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The first side of a list after "between" told as one against many: "between Iran and the
   * United States, Russia, China and France" joins the first name by "and" and the rest by commas.
   * Empty for a plain list ("between A, B and C", "between A and B").
   */
  private List<ActorIndex.Span> firstSideOf(List<ActorIndex.Span> all) {
    if (all.size() < 3 || !joinedBy(all.get(0), all.get(1), "and") || !joinedBy(all.get(1), all.get(2), ",")) {
      return List.of();
    }
    return List.of(all.get(0));
  }

  /** Whether the words between two list members hold the separator and no other one. */
  private boolean joinedBy(ActorIndex.Span left, ActorIndex.Span right, String separator) {
    boolean found = false;
    for (int k = left.end(); k < right.start(); k++) {
      String w = tokens.get(k).text();
      if (w.equals(",") || w.equalsIgnoreCase("and")) {
        if (!w.equalsIgnoreCase(separator)) {
          return false;
        }
        found = true;
      }
    }
    return found;
  }
}
