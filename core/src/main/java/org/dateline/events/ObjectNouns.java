package org.dateline.events;

import java.util.Locale;
import java.util.Set;
import org.dateline.actors.ActorIndex;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * Whether a verb has the object a pattern asks for: one of its object nouns within the verb's
 * reach, past determiners, counts, names and appositions ("restored full diplomatic ties",
 * "declared its envoy, X, persona non grata"), a word after the object ("ordered French troops
 * out"), or a clause after it that holds a word or asks something of its subject ("told Peru
 * that its troops must leave", "said Pakistan should cooperate").
 */
final class ObjectNouns {

  /** Prepositions of an adjunct that may stand between a verb and its "to" complement ("vowed in an address to"). */
  private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("in", "on", "at", "during");

  /** Tags of the words that may modify a noun in a list ("rail, road and postal links"). */
  private static final Set<String> MODIFIER_TAGS = Set.of("NOUN", "ADJ");
  static final Set<String> PHRASAL_PARTICLES = Set.of("up", "off", "out", "away", "down", "back", "over");

  /** Tags of a word that opens a noun phrase: after "in" or "out" it makes them a preposition ("took office in December"). */
  private static final Set<String> NOUN_PHRASE_OPENERS = Set.of("DET", "NUM", "PROPN", "NOUN", "ADJ", "PRON");

  /** Quantifiers before "of" in an object: "pulling some of its troops out". */
  private static final Set<String> PARTITIVES = Set.of("some", "most", "all", "part", "half", "many", "several",
      "thousands", "hundreds", "dozens");

  /** Pronouns for a person or body told something ("told him that ..."). */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them");

  /** Pronouns that can open a reported clause as its subject ("said that he should step down"). */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they");

  private final EventLexicon lexicon;

  ObjectNouns(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Whether the verb's object noun is one the pattern names ("restored full diplomatic ties"). */
  boolean hasObjectNoun(ArticleRun run, Sentence s, int verb, EventLexicon.Pattern p) {
    for (String o : p.objectNouns()) {
      if (o.startsWith("clause:")) {
        return clauseHas(run, s, verb, o.substring("clause:".length()));
      }
      if (o.startsWith("reported:")) {
        return reportedSubjectHas(run, s, verb, o.substring("reported:".length()));
      }
    }
    boolean naming = lexicon.namesLikeCall(p.lemma());
    boolean seenAs = false;
    boolean infinitive = p.objectNouns().stream().anyMatch(o -> o.startsWith("to:"));
    int reach = verb + (naming ? 9 : infinitive ? 9 : 6); // "ordered 70 diplomats and embassy staff to leave"
    for (int k = verb + 1; k < s.endToken() && k <= reach; k++) {
      Token t = run.tokens.get(k);
      if (k == verb + 1 && PHRASAL_PARTICLES.contains(t.text().toLowerCase(Locale.ROOT))) {
        continue; // "broke off diplomatic relations"
      }
      if (k == verb + 1 && "VERB".equals(t.pos()) && t.text().endsWith("ing") && lexicon.verbPatterns(t.text()).isEmpty()) {
        continue; // "stopped issuing visas": the gerund's object is the verb's
      }
      if (naming && k > verb + 1 && t.is("to") && "NOUN".equals(run.tokens.get(k - 1).pos())
          && k + 1 < s.endToken() && "VERB".equals(run.tokens.get(k + 1).pos())) {
        reach = Math.min(verb + 14, reach + 2); // "called Peru's decision to expel the diplomat unjustified"
        k++;
        continue;
      }
      if (naming && k > verb + 1 && (t.is("and") || t.is("or"))
          && ("ADJ".equals(run.tokens.get(k - 1).pos()) || run.tokens.get(k - 1).isDoubleQuoteMark())) {
        if (lexicon.isNamingWord(run.tokens.get(k - 1).text())) {
          return false; // "described the actions as aggressive and illegal": the first name tells the act
        }
        continue; // "called the decision an 'unprecedented' and hostile act"
      }
      boolean apposition = t.is(",") && (run.args.index().at(k + 1) != null || run.args.index().at(k - 1) != null
          || k + 1 < s.endToken() && "PROPN".equals(run.tokens.get(k + 1).pos())
          || "PROPN".equals(run.tokens.get(k - 1).pos()));
      if (apposition) {
        reach = Math.min(verb + 12, reach + 2); // "declared its envoy, X, persona non grata"
        continue;
      }
      ActorIndex.Span name = run.args.index().at(k);
      boolean namesObject = false; // "reopened the Torkham border crossing": the name holds the object noun
      for (int j = k; name != null && j < name.end(); j++) {
        namesObject |= p.objectNouns().contains(run.tokens.get(j).text().toLowerCase(Locale.ROOT));
      }
      if (name != null && name.start() == k && name.end() - 1 > k && !namesObject) {
        reach = Math.min(verb + 16, reach + name.end() - 1 - k); // "designated the Jalisco New Generation Cartel as ...": a name is one word
        k = name.end() - 1;
        continue;
      }
      if (k > verb + 1 && p.objectNouns().contains("after:" + t.text().toLowerCase(Locale.ROOT))
          && !(k + 1 < s.endToken() && (PHRASAL_PARTICLES.contains(t.text().toLowerCase(Locale.ROOT)) || t.is("in"))
              && NOUN_PHRASE_OPENERS.contains(String.valueOf(run.tokens.get(k + 1).pos())))) {
        return true; // "ordered French troops out", "ordered its diplomats home"; not "took office in December"
      }
      seenAs |= t.is("as");
      // "dismissed accusations of interference as baseless": before "as" is only the object
      boolean mayName = !naming || seenAs || !lexicon.namesOnlyAfterAs(p.lemma());
      if (mayName && p.objectNouns().contains(t.text().toLowerCase(Locale.ROOT))) {
        // "launched a drone and missile attack": the noun only modifies the event noun that tells the act
        int head = k;
        for (int j = k + 1; j < s.endToken() && j <= k + 4; j++) {
          String pos = run.tokens.get(j).pos() == null ? "" : run.tokens.get(j).pos();
          if (pos.equals("NOUN")) {
            head = j;
          } else if (!pos.equals("CCONJ") && !pos.equals("ADJ")) {
            break;
          }
        }
        return head == k || lexicon.nounPatterns(run.tokens.get(head).text()).isEmpty();
      }
      if (t.is("to") && k + 1 < s.endToken()
          && p.objectNouns().contains("to:" + run.tokens.get(k + 1).text().toLowerCase(Locale.ROOT))) {
        return true; // "ordered the envoys to leave"
      }
      if (t.is("as") && k > verb + 1 && lexicon.namesWithAs(p.lemma())) {
        reach = Math.min(verb + 18, reach + 3); // "described the resolution as blackmail", "as foreign terrorist groups"
        continue;
      }
      if ((t.is("in") || t.is("into")) && k > verb + 1 && k + 1 < s.endToken()
          && p.objectNouns().contains("after:" + run.tokens.get(k + 1).text().toLowerCase(Locale.ROOT))) {
        return true; // "found Iran in breach of its obligations", "flew the president into exile"
      }
      if (t.is("under") && k + 2 < s.endToken()
          && (p.objectNouns().contains("after:" + run.tokens.get(k + 1).text().toLowerCase(Locale.ROOT))
              || p.objectNouns().contains("after:" + run.tokens.get(k + 2).text().toLowerCase(Locale.ROOT)))) {
        return true; // "placed the vice president under house arrest"
      }
      String pos = t.pos() == null ? "" : t.pos();
      if (lexicon.isCountBound(t.text()) && k + 1 < s.endToken()
          && ("NUM".equals(run.tokens.get(k + 1).pos()) || lexicon.isCountBound(run.tokens.get(k + 1).text()))) {
        continue; // "ordered over 100 diplomats to leave", "more than 20", "at least 12"
      }
      boolean listedAdjective = t.is(",") && k > verb + 1 && "ADJ".equals(run.tokens.get(k - 1).pos()); // "complete, full ties"
      // "cut all air, rail, road and postal links": a list of modifiers before the noun
      boolean listedModifier = (t.is(",") || t.is("and") || t.is("or")) && k > verb + 1 && k + 1 < s.endToken()
          && "NOUN".equals(run.tokens.get(k - 1).pos()) && run.args.index().at(k - 1) == null
          && listEndsInCompound(run, s, k + 1);
      if (listedModifier) {
        reach = Math.min(verb + 14, reach + 2);
        continue;
      }
      if (!pos.equals("DET") && !pos.equals("ADJ") && !pos.equals("ADV") && !pos.equals("NUM")
          && !pos.equals("NOUN") && !pos.equals("PRON") && !pos.equals("PROPN") && !pos.equals("X") && !t.is("-")
          && !(t.is("and") && run.args.index().at(k - 1) != null) // "the Sinaloa Cartel and the Jalisco ..."
          && !(t.is("and") && infinitive && "NOUN".equals(run.tokens.get(k - 1).pos())) // "diplomats and staff to leave"
          && !(naming && t.is("in") && "NOUN".equals(run.tokens.get(k - 1).pos())) // "called the situation in X a disgrace"
          && !(infinitive && ADJUNCT_PREPOSITIONS.contains(t.text().toLowerCase(Locale.ROOT))) // "vowed in an address on Thursday to retaliate"
          && !(t.is("of") && ("NOUN".equals(run.tokens.get(k - 1).pos()) || PARTITIVES.contains(
              run.tokens.get(k - 1).text().toLowerCase(Locale.ROOT)))) // "a round of talks", "some of its troops"
          && !("VERB".equals(pos) && "DET".equals(run.tokens.get(k - 1).pos())) // "a planned round"
          && !t.is("'s") && !t.is("’s") && !t.isDoubleQuoteMark()
          && !listedAdjective && run.args.index().at(k) == null) {
        return false; // a quote mark may open the naming: called Peru "a reliable ally"
      }
    }
    return false;
  }

  /**
   * Whether the list going on at {@code from} ends in a noun with a modifier before it ("rail,
   * road and postal links"), so its members modify that noun; not "tanks and soldiers towards".
   */
  private static boolean listEndsInCompound(ArticleRun run, Sentence s, int from) {
    int k = from;
    while (k < s.endToken() && run.args.index().at(k) == null && (run.tokens.get(k).is(",") || run.tokens.get(k).is("and")
        || run.tokens.get(k).is("or") || MODIFIER_TAGS.contains(String.valueOf(run.tokens.get(k).pos())))) {
      k++;
    }
    int last = k - 1;
    return last - 1 >= from && "NOUN".equals(run.tokens.get(last).pos())
        && MODIFIER_TAGS.contains(String.valueOf(run.tokens.get(last - 1).pos()));
  }

  /**
   * Whether the clause after a verb and its actor object holds the word ("told Peru that its
   * troops must leave": "must"), before a semicolon or the sentence's end.
   */
  private static boolean clauseHas(ArticleRun run, Sentence s, int verb, String word) {
    ActorIndex.Span object = verb + 1 < s.endToken() ? run.args.index().at(verb + 1) : null;
    boolean pronoun = verb + 1 < s.endToken() && OBJECT_PRONOUNS.contains(run.tokens.get(verb + 1).text().toLowerCase(Locale.ROOT));
    if ((object == null || object.start() != verb + 1) && !pronoun) {
      return false; // "told Peru that ...", "told him that ..."
    }
    int end = pronoun ? verb + 2 : object.end();
    for (int k = end; k < s.endToken() && k <= end + 12; k++) {
      if (run.tokens.get(k).is(";")) {
        return false;
      }
      if (run.tokens.get(k).is(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause a reporting verb introduces opens with an actor, or a pronoun for one, whose
   * verb group starts with the modal and goes on in the active voice ("said Pakistan should
   * cooperate", "said that he must step down"; not "said Iran should be punished").
   */
  private static boolean reportedSubjectHas(ArticleRun run, Sentence s, int verb, String modal) {
    int k = verb + 1;
    if (k < s.endToken() && run.tokens.get(k).is("that")) {
      k++;
    }
    if (k >= s.endToken()) {
      return false;
    }
    ActorIndex.Span subject = run.args.index().at(k);
    int after = subject != null && subject.start() == k ? subject.end()
        : "PRON".equals(run.tokens.get(k).pos()) && SUBJECT_PRONOUNS.contains(run.tokens.get(k).text().toLowerCase(Locale.ROOT)) ? k + 1
        : -1;
    return after >= 0 && asksOfSubject(run, s, after, modal);
  }

  /**
   * Whether the modal stands at {@code at} and the verb group it opens goes on in the active voice
   * ("should cooperate", "must not strike"; not "should be punished", "must have known"): something
   * is asked of the subject before it.
   */
  static boolean asksOfSubject(ArticleRun run, Sentence s, int at, String modal) {
    if (at + 1 >= s.endToken() || !run.tokens.get(at).is(modal)) {
      return false;
    }
    int next = run.tokens.get(at + 1).is("not") ? at + 2 : at + 1;
    return next < s.endToken() && !run.tokens.get(next).is("be") && !run.tokens.get(next).is("have");
  }
}
