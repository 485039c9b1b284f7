package org.dateline.time;

/**
 * Finds the tense of the clause around an expression: the nearest tense cue in the sentence
 * (an auxiliary, a future marker, an irregular past form, or a verb ending in -ed), reporting
 * verbs counting as farther away because they often belong to another clause, unless the
 * expression is attached to them ("said Monday that ...", "said on Monday", "Monday said").
 */
final class TenseDetector {

  private static final int WEAK_PENALTY = 6;

  /** Extra distance for a cue behind a comma, often in another clause ("who returns Sunday, spoke"). */
  private static final int CLAUSE_PENALTY = 3;

  private final TimeLexicon lexicon;

  TenseDetector(TimeLexicon lexicon) {
    this.lexicon = lexicon;
  }

  Tense tenseAround(SentenceTokens s, int from, int to) {
    if (inPlannedInfinitive(s, from)) {
      return Tense.FUTURE;
    }
    if (inPastParticipleAside(s, from, to)) {
      return Tense.PAST; // "the mission, authorised by the Security Council in July, would restore ..."
    }
    int next = s.isAny(to, "morning", "afternoon", "evening", "night") ? to + 1 : to; // "Monday afternoon should"
    boolean subjectPlace = from == 0 || s.isAny(from - 1, ",", "that") || from > 0 && isReportingVerb(s, from - 1);
    if (subjectPlace && s.isAny(next, "will", "should", "could", "might") && !s.isAny(next + 1, "have", "not", "n't")) {
      return Tense.FUTURE; // "forecasters said Monday afternoon should be cool": the day is the modal's subject
    }
    if (from >= 3 && s.is(from - 1, "from") && s.isAny(from - 2, "week", "weeks")) {
      return Tense.FUTURE; // "the primary is a week from Saturday"
    }
    Tense best = Tense.UNKNOWN;
    int bestDistance = Integer.MAX_VALUE;
    boolean reportedBefore = reportingVerbIn(s, 0, from);
    boolean relative = inRelativeClauseWithVerb(s, from);
    // inside a quotation only the quotation's own words tell its tense ("he said, ``Ask me in January.''")
    int first = 0;
    int last = s.size;
    int open = openQuoteBefore(s, from);
    if (open >= 0) {
      first = open + 1;
      for (int k = to; k < s.size; k++) {
        if (isQuote(s, k)) {
          last = k;
          break;
        }
      }
    }
    for (int i = first; i < last; i++) {
      if (i >= from && i < to) {
        continue;
      }
      if (i >= to && inReportedClause(s, to, i, reportedBefore)) {
        break; // "In a statement on Monday, X said staff would leave": "would" is the reported clause's
      }
      if (i >= to && (acrossCoordinatedVerb(s, to, i) || relative && (s.pos[i].equals("VERB") || s.pos[i].equals("AUX")))) {
        // "pleaded guilty in December and is expected to testify": the next verb phrase's tense;
        // "a plant that was to open in the fourth quarter has been put off": the main clause's
        break;
      }
      int distance = i < from ? from - i : i - to + 1;
      if (distance >= bestDistance) {
        if (i >= to) {
          break;
        }
        continue;
      }
      Tense t = Tense.UNKNOWN;
      boolean weak = false;
      boolean neutral = false;
      TimeLexicon.TenseCue cue = lexicon.tenseCue(s.lower[i]);
      if (cue != null) {
        if (cue.tense() == Tense.FUTURE && s.lower[i].equals("going") && !s.is(i + 1, "to")) {
          continue;
        }
        if (cue.tense() == Tense.FUTURE && (s.lower[i].equals("set") || s.lower[i].equals("due"))
            && !s.isAny(i + 1, "to", "for")) {
          continue;
        }
        if (cue.tense() == Tense.FUTURE && s.lower[i].equals("expected") && (s.is(i - 1, "than") || s.isDash(i - 1))) {
          continue; // "lower-than-expected", "better than expected": an adjective
        }
        if (cue.tense() == Tense.FUTURE && s.lower[i].equals("effective") && s.is(i + 1, "since")) {
          continue; // "the ban, effective since Jan. 1": in force from a day past
        }
        boolean afterAs = s.is(i - 1, "as") || s.is(i - 2, "as") && s.pos[i - 1].equals("ADV");
        if (cue.tense() == Tense.FUTURE && afterAs && !s.is(i + 1, "to")) {
          // "went silent as planned at noon Friday", "began as previously planned Saturday night":
          // said of what happened, no plan ahead
          continue;
        }
        if (cue.tense() == Tense.FUTURE && s.pos[i].equals("NOUN") && !s.is(i + 1, "to")) {
          continue; // "announced the plan Aug. 21", "their hopes": a noun, unlike "the plan to ..."
        }
        if (cue.tense() == Tense.FUTURE && s.isAny(i - 1, "'s", "the", "a", "its", "their", "his", "her")
            && attached(s, i, from, to)) {
          continue; // "Saudi Arabia's pledge on Saturday to deposit ...": the day of the pledge, a noun
        }
        t = cue.tense();
        if (t == Tense.FUTURE && cue.modal()) {
          if (s.isAny(i + 1, "have", "'ve")) {
            t = Tense.PAST; // "could have been avoided on Monday"
          } else if (s.isAny(i + 1, "not", "n't") && !s.lower[i].equals("would") || s.lower[i].equals("may")
              && (s.capitalized(i) || !s.pos[i].equals("AUX"))) {
            continue; // "could not be reached Tuesday"; "May" the month
          }
        }
        weak = cue.weak() && !attached(s, i, from, to);
        if (t == Tense.PRESENT && !cue.weak() && i < from && attached(s, i, from, to) && !s.is(to, "'s")) {
          t = Tense.PRESENT_EVENT; // "the vote is Tuesday", "the talks are on Monday": a scheduled day
        }
        // "were expected to arrive Sunday": a plan reported in the past, for a day on either side;
        // "had been scheduled to": a plan seen from the past
        boolean plan = t == Tense.FUTURE && !s.lower[i].equals("will") && !s.lower[i].equals("would");
        if (plan && s.isAny(i - 1, "was", "were")) {
          neutral = true; // it settles the clause's tense as unknown; farther cues do not count
        }
        if (plan && (s.is(i - 1, "had") || s.is(i - 1, "been") && s.isAny(i - 2, "had", "was"))) {
          t = Tense.PAST;
        }
        if (t == Tense.PAST && s.is(i - 1, "to") && !s.pos[i].equals("AUX")) {
          continue; // "to cut", "to hit": the base form of a verb whose past looks the same
        }
        if (t == Tense.PAST && !s.pos[i].equals("AUX") && afterFutureAuxiliary(s, i)) {
          continue; // "will cut again in January", "could not hit": the base form after a modal
        }
        if (t == Tense.PAST && s.isAny(i, "was", "were") && i + 1 < s.size && isPlanWord(s.lower[i + 1])) {
          continue;
        }
        if (t == Tense.PAST && s.isAny(i, "was", "were") && s.is(i + 1, "to")) {
          neutral = true; // "a plant that was to open in the fourth quarter": a plan seen from the past
        }
        if (t == Tense.PRESENT && i + 1 < s.size && isPlanWord(s.lower[i + 1])) {
          t = Tense.FUTURE; // "is scheduled to", "are expected to"
        }
      } else if (isRegularPast(s, i)) {
        t = Tense.PAST;
      } else if (s.is(i, "to") && s.isAny(i - 1, "is", "are", "am") && i + 1 < s.size && s.pos[i + 1].equals("VERB")) {
        t = Tense.FUTURE; // "is to resume": an arrangement
      } else if (i < from && (governs(s, i, from) || governsThroughObject(s, i, from)) && !s.is(to, "'s")
          && isPresentEventVerb(s, i)) {
        t = Tense.PRESENT_EVENT;
      } else if ((i == from - 1 || i == from - 2 && s.is(from - 1, "on")) && isPresentVerbTaggedAsNoun(s, i, to)
          || i < from && governs(s, i, from) && isVerbAfterOpeningPluralSubject(s, i)
          || i < from - 2 && governsThroughObject(s, i, from) && isPresentVerbTaggedAsNounBeforeItsPhrase(s, i, to)) {
        t = Tense.PRESENT_EVENT;
      } else if (i == from - 1 && isParticipleAside(s, i)) {
        neutral = true; // "the minister, speaking Tuesday, said": the day of the main clause, which may be anything
      }
      if (t == Tense.PAST && !s.pos[i].equals("AUX") && s.isAny(i - 1, "if", "unless", "once", "when")) {
        continue; // "and, if needed, Sunday": a participle whose subject and verb are left out
      }
      if (t == Tense.PAST && i >= to && !s.pos[i].equals("AUX") && isParticipleClauseAfterComma(s, i)) {
        continue; // "snow on Friday night, followed by rain": a participle clause, no finite verb
      }
      if (i >= to && best != Tense.UNKNOWN && isReportingVerb(s, i) && acrossComma(s, i, from, to)) {
        // "could reopen in time for Monday's fair, officials said": the attribution after the comma
        // tells when it was said; the clause's own verb, already found, tells when it happens
        continue;
      }
      if (t == Tense.PAST && !s.pos[i].equals("AUX") && isParticipleAfterBe(s, i)) {
        continue; // "will be held": a participle; the auxiliary decides
      }
      if (t == Tense.PAST && cue == null && s.is(i + 1, "by") && i > 0 && s.pos[i - 1].equals("NOUN")) {
        continue; // "markets untouched by the crisis": a participle describing a noun
      }
      if (neutral) {
        t = Tense.UNKNOWN;
      } else if (t == Tense.UNKNOWN) {
        continue;
      }
      int d = distance + (weak ? WEAK_PENALTY : 0) + (acrossComma(s, i, from, to) ? CLAUSE_PENALTY : 0);
      if (d < bestDistance) {
        best = t;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Tokens of an object phrase a verb may have before the preposition of its date. */
  private static final int OBJECT_PHRASE = 10;

  /**
   * Whether a past-tense verb of its own (not a reporting verb) heads the phrase that the
   * preposition at p ends, through an object at most ("met in April", "changed from a fiscal
   * year to a calendar year in December"), so that the date is the day of a past act; a noun
   * phrase led by a conjunction or a list ("told the refiners of a cutback in September") or a
   * verb in -ing ("hoped to begin reopening shops in May") does not.
   */
  boolean pastVerbHeads(SentenceTokens s, int p) {
    for (int k = p - 1; k >= 0 && k >= p - OBJECT_PHRASE; k--) {
      String pos = s.pos[k];
      if (pos.equals("DET") || pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("PROPN") || pos.equals("NUM")
          || s.isAny(k, "to", "from")) {
        continue;
      }
      TimeLexicon.TenseCue cue = lexicon.tenseCue(s.lower[k]);
      if (cue != null) {
        return cue.tense() == Tense.PAST && !cue.weak() && !s.isAny(k, "had", "has", "have", "was", "were", "been");
      }
      return isRegularPast(s, k) && !isParticipleAfterBe(s, k);
    }
    return false;
  }

  /**
   * Whether the cue at i, after an expression ending at {@code to}, belongs to a reported clause
   * the expression is not part of: a reporting verb stands between them ("on Monday evening, X
   * said staff would"), or a "that" does while a reporting verb comes before the expression
   * ("said in an interview on Sunday that the strikes would continue").
   */
  private boolean inReportedClause(SentenceTokens s, int to, int i, boolean reportedBefore) {
    for (int k = to; k < i; k++) {
      if (isReportingVerb(s, k) || reportedBefore && s.is(k, "that")) {
        return true;
      }
    }
    return false;
  }

  private boolean reportingVerbIn(SentenceTokens s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (isReportingVerb(s, k)) {
        return true;
      }
    }
    return false;
  }

  private boolean isReportingVerb(SentenceTokens s, int k) {
    TimeLexicon.TenseCue cue = lexicon.tenseCue(s.lower[k]);
    return cue != null && cue.weak() && (s.pos[k].equals("VERB") || s.pos[k].equals("AUX"));
  }

  /**
   * The verb at i governs the expression at from: right before it, or through an adverb, its
   * object or a short prepositional phrase ("meet separately Monday", "returns to Washington on
   * Sunday", "begins deliberations Friday").
   */
  private static boolean governs(SentenceTokens s, int i, int from) {
    if (i == from - 1 || i == from - 2 && (s.isAny(from - 1, "on", "in") || s.pos[from - 1].equals("ADV"))) {
      return true;
    }
    boolean on = s.is(from - 1, "on");
    if (from - i > (on ? 5 : 4)) {
      return false;
    }
    // a short phrase before "on", or a short object: "begins deliberations Friday", "go to the polls Sunday"
    for (int k = i + 1; k < from; k++) {
      String p = s.pos[k];
      if (!(p.equals("ADP") || p.equals("DET") || p.equals("NOUN") || on && (p.equals("PROPN") || p.equals("ADJ"))
          || s.isAny(k, "early", "late", "mid"))) { // "arrive in early July"
        return false;
      }
    }
    return true;
  }

  private static boolean isQuote(SentenceTokens s, int k) {
    return s.isAny(k, "``", "''", "\"", "“", "”");
  }

  /** The quotation mark that opens a quotation holding token i, or -1 (marks counted from the sentence start). */
  private static int openQuoteBefore(SentenceTokens s, int i) {
    int open = -1;
    for (int k = 0; k < i; k++) {
      if (isQuote(s, k)) {
        open = open < 0 ? k : -1;
      }
    }
    return open;
  }

  /** The expression follows a relative pronoun and the relative clause's own verb ("that was to open in ..."). */
  private static boolean inRelativeClauseWithVerb(SentenceTokens s, int from) {
    boolean verb = false;
    for (int k = from - 1; k >= 0 && k >= from - 8; k--) {
      if (s.isAny(k, ",", ";")) {
        return false;
      }
      if (s.isAny(k, "that", "which", "who") && s.pos[k].equals("PRON")) {
        return verb;
      }
      verb |= s.pos[k].equals("VERB") || s.pos[k].equals("AUX") || isRegularPast(s, k);
    }
    return false;
  }

  /**
   * "pleaded guilty in December and is expected to testify", "rain fell overnight, and forecasters
   * expect more": the cue after "and" has a verb phrase or a clause of its own.
   */
  private static boolean acrossCoordinatedVerb(SentenceTokens s, int to, int i) {
    for (int k = to; k < i; k++) {
      if (s.isAny(k, "and", "but") && k + 1 < s.size && (s.pos[k + 1].equals("AUX") || s.pos[k + 1].equals("VERB")
          || s.is(k - 1, ","))) { // ", and forecasters expect more showers": a clause of its own
        return true;
      }
    }
    return false;
  }

  /** Whether a future auxiliary or modal stands before token i, adverbs and negation aside ("will not soon cut"). */
  private boolean afterFutureAuxiliary(SentenceTokens s, int i) {
    int j = i - 1;
    while (j >= 0 && j >= i - 3 && (s.pos[j].equals("ADV") || s.isAny(j, "not", "n't"))) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    TimeLexicon.TenseCue cue = lexicon.tenseCue(s.lower[j]);
    return cue != null && cue.tense() == Tense.FUTURE && (cue.modal() || s.pos[j].equals("AUX")
        || s.isAny(j, "will", "'ll", "wo", "shall"));
  }

  /**
   * "the government hoped to reopen most schools in February", "urged Iran to resume talks
   * next month": the expression belongs to an infinitive of a verb that plans, hopes or asks, so
   * it lies ahead of the planning, whatever that verb's tense.
   */
  private boolean inPlannedInfinitive(SentenceTokens s, int from) {
    for (int k = from - 1; k >= 1 && k >= from - 14; k--) {
      String p = s.pos[k];
      if (k >= 2 && s.is(k - 1, "be") && s.is(k - 2, "to") && s.lower[k].endsWith("ed")) {
        return true; // "agreements to be signed Thursday": a passive infinitive looks ahead
      }
      if (isInfinitiveVerb(s, k)) {
        return plannedInfinitiveAt(s, k);
      }
      // the object may hold a possessive, an amount or a place set off by commas ("to buy the
      // company's Peoria, Ill., unit for $22 million in February")
      boolean objectWord = s.isAny(k, "'s", "'") || p.equals("SYM") || s.is(k, "-") || placeComma(s, k)
          || p.equals("PUNCT") && s.is(k, ".") && k > 0 && s.adjacent(k - 1, k);
      if (!(objectWord || p.equals("NOUN") || p.equals("PROPN") || p.equals("DET") || p.equals("ADJ") || p.equals("ADP")
          || p.equals("NUM") || p.equals("ADV") || p.equals("PRON") && !s.isAny(k, "he", "she", "they", "we", "i"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * A comma of a place set off inside a name ("the Peoria, Ill., bank"): between two proper nouns,
   * or closing such a pair. Any other comma ends the infinitive ("vowed to fight on, in a speech Monday").
   */
  private static boolean placeComma(SentenceTokens s, int k) {
    if (!s.is(k, ",") || k < 1 || !s.pos[k - 1].equals("PROPN")) {
      return false;
    }
    return k + 1 < s.size && s.pos[k + 1].equals("PROPN") || k >= 3 && s.is(k - 2, ",") && s.pos[k - 3].equals("PROPN");
  }

  /** The verb after "to" at k, which the tagger may have read as an adjective or a noun ("hoped to/ADP reopen/ADJ"). */
  private static boolean isInfinitiveVerb(SentenceTokens s, int k) {
    String p = s.pos[k];
    return s.is(k - 1, "to") && (p.equals("VERB") || !p.equals("PROPN") && !p.equals("DET") && !p.equals("NUM")
        && !p.equals("PRON") && s.lower[k].equals(s.text[k]));
  }

  /** Whether the infinitive whose verb is at k is governed by a planning verb, directly or as a second infinitive ("hoped to reopen ... and to rebuild"). */
  private boolean plannedInfinitiveAt(SentenceTokens s, int k) {
    int g = k - 2;
    if (g >= 0 && s.pos[g].equals("NOUN") && lexicon.plansAhead(s.lower[g])) {
      return true; // "an agreement to acquire the bank in January", "plans to open a plant in March"
    }
    for (int skipped = 0; g >= 0 && skipped < 4 && (s.pos[g].equals("PROPN") || s.pos[g].equals("PRON")
        || s.pos[g].equals("NOUN") || s.pos[g].equals("DET") || s.pos[g].equals("ADJ")); skipped++) {
      g--; // "urged Iran to", "asked the two sides to", "ordered public offices to"
    }
    if (g >= 1 && s.isAny(g, "and", "or")) {
      for (int j = g - 1; j >= 1 && j >= g - 12; j--) {
        if (isInfinitiveVerb(s, j)) {
          return plannedInfinitiveAt(s, j);
        }
      }
      return false;
    }
    // "had been set to open on Dec. 7": a plan seen from the past, for a day on either side
    return g >= 0 && lexicon.plansAhead(s.lower[g]) && !s.is(g - 1, "had") && !s.is(g - 2, "had");
  }

  /**
   * "opens the championship series against the Yankees Tuesday night": a verb in -s with a longer
   * object before the day, no other verb nor comma between.
   */
  private static boolean governsThroughObject(SentenceTokens s, int i, int from) {
    boolean pluralSubject = i > 0 && (s.pos[i - 1].equals("NOUN") || s.pos[i - 1].equals("PROPN"))
        && s.lower[i - 1].endsWith("s"); // "the Huskies start over"
    if (!(s.lower[i].endsWith("s") || pluralSubject) || from - i > 12) {
      return false;
    }
    for (int k = i + 1; k < from; k++) {
      String p = s.pos[k];
      if (p.equals("VERB") || p.equals("AUX") || p.equals("PUNCT") || p.equals("SCONJ") || s.isAny(k, "that", "which", "who")) {
        return false;
      }
    }
    return true;
  }

  private static boolean acrossComma(SentenceTokens s, int i, int from, int to) {
    int a = i < from ? i + 1 : to;
    int b = i < from ? from : i;
    for (int k = a; k < b; k++) {
      if (s.isAny(k, ",", ";")) {
        return true;
      }
    }
    return false;
  }

  private boolean isPlanWord(String w) {
    TimeLexicon.TenseCue cue = lexicon.tenseCue(w);
    return cue != null && cue.tense() == Tense.FUTURE && !w.equals("will") && !w.equals("would");
  }

  /** The cue at i is right next to the expression, or separated from it by "on" only. */
  private static boolean attached(SentenceTokens s, int i, int from, int to) {
    if (i < from) {
      return i == from - 1 || i == from - 2 && s.is(from - 1, "on");
    }
    return i == to;
  }

  private static boolean isParticipleAfterBe(SentenceTokens s, int i) {
    int p = i - 1;
    if (p >= 0 && s.pos[p].equals("ADV")) {
      p--;
    }
    // "will stay closed until Monday", "remains shut": a participle as an adjective after a linking verb
    return p >= 0 && s.isAny(p, "be", "being", "is", "are", "'s", "'re", "am", "stay", "stays", "remain", "remains",
        "become", "becomes", "get", "gets", "seem", "seems", "look", "looks", "keep", "keeps");
  }

  /**
   * "opens", "meet" after its subject: a lexical verb in the simple present (counted only right
   * before the expression, "the summit opens Monday", as plural nouns are often tagged as verbs).
   */
  private boolean isPresentEventVerb(SentenceTokens s, int i) {
    if (!s.pos[i].equals("VERB") || i == 0) {
      return false;
    }
    String w = s.lower[i];
    if (w.endsWith("ed") || w.endsWith("ing") || w.length() < 2 || !Character.isLetter(w.charAt(0))) {
      return false;
    }
    String before = s.pos[i - 1];
    boolean afterSubject = before.equals("NOUN") || before.equals("PROPN") || before.equals("PRON")
        || before.equals("ADV") && i > 1 && (s.pos[i - 2].equals("NOUN") || s.pos[i - 2].equals("PROPN")
            || s.isAny(i - 2, "which", "that", "who")); // "rains, which usually arrive in July"
    boolean thirdPerson = w.endsWith("s") && !w.endsWith("ss");
    // "The show, 84 watercolors painted in 1880, runs through April 30": after an aside
    boolean afterAside = thirdPerson && s.is(i - 1, ",") && closesAnAside(s, i - 1);
    if (!afterSubject && !afterAside && !(thirdPerson && before.equals("CCONJ")) || s.isAny(i - 1, "to", "i", "you")) {
      return false;
    }
    if (finiteVerbEarlierInClause(s, i)) {
      return false; // "Hungary did not join the 26 member states on Monday": "states" is a noun
    }
    return thirdPerson || !s.isAny(i - 1, "he", "she", "it");
  }

  /** The comma at c closes an aside opened by an earlier comma after the sentence's opening noun phrase. */
  private static boolean closesAnAside(SentenceTokens s, int c) {
    for (int k = c - 1; k > 0; k--) {
      if (s.is(k, ",")) {
        for (int m = 0; m < k; m++) {
          String p = s.pos[m];
          if (!(p.equals("DET") || p.equals("PROPN") || p.equals("NOUN") || p.equals("ADJ") || p.equals("NUM"))) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * A verb or auxiliary (other than a reporting verb) before i in the same clause, which then
   * has its finite verb already: a clause break (comma, relative pronoun, conjunction) stops the search.
   */
  private boolean finiteVerbEarlierInClause(SentenceTokens s, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (s.isAny(k, ",", ";", ":", "that", "which", "who", "and", "but", "while", "as", "when")) {
        return false;
      }
      if (isVerbOtherThanReporting(s, k) && !inHyphenatedCompound(s, k)) {
        return true;
      }
    }
    return false;
  }

  /** A verb or auxiliary that is not a reporting verb ("said", "says" sit in a clause of their own). */
  private boolean isVerbOtherThanReporting(SentenceTokens s, int k) {
    return (s.pos[k].equals("VERB") || s.pos[k].equals("AUX")) && !isReportingVerb(s, k);
  }

  /**
   * "the House votes Thursday", "the council meets Friday", "the envoy arrives on Sunday": a verb
   * in -s that the tagger read as a plural noun, right after its subject and before the day, the clause's only verb so far
   * (a reporting verb aside) and none right after the day ("troops Friday captured the town"
   * is a subject, "the peace talks Friday were" too).
   */
  private boolean isPresentVerbTaggedAsNoun(SentenceTokens s, int i, int to) {
    String w = s.lower[i];
    if (!s.pos[i].equals("NOUN") || i == 0 || w.length() < 4 || !w.endsWith("s") || w.endsWith("ss")
        || !(s.pos[i - 1].equals("NOUN") || s.pos[i - 1].equals("PROPN"))) {
      return false;
    }
    if (to < s.size && (s.pos[to].equals("VERB") || s.pos[to].equals("AUX"))) {
      return false;
    }
    for (int k = 0; k < i - 1; k++) {
      if (isVerbOtherThanReporting(s, k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "the series moves to Cleveland for games on Friday", "the council meets in the capital on
   * Monday": a verb in -s read as a plural noun after "the" and its subject, opening a phrase
   * with a preposition; the clause has no other verb before it, nor after the day (the noun
   * phrase "the price rises in March were steep" has one).
   */
  private boolean isPresentVerbTaggedAsNounBeforeItsPhrase(SentenceTokens s, int i, int to) {
    String w = s.lower[i];
    if (!s.pos[i].equals("NOUN") || i < 2 || w.length() < 4 || !w.endsWith("s") || w.endsWith("ss")
        || !(s.pos[i - 1].equals("NOUN") || s.pos[i - 1].equals("PROPN")) || !s.pos[i - 2].equals("DET")
        || i + 1 >= s.size || !s.pos[i + 1].equals("ADP") || finiteVerbEarlierInClause(s, i)) {
      return false;
    }
    for (int k = to; k < s.size && !s.isAny(k, ",", ";", ":", "and", "but"); k++) {
      if (s.pos[k].equals("VERB") || s.pos[k].equals("AUX")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Talks begin Monday", "Voters head to the polls Sunday": a base-form verb right after the
   * plural noun that opens the sentence, whatever tags the tagger gave the two.
   */
  private static boolean isVerbAfterOpeningPluralSubject(SentenceTokens s, int i) {
    String w = s.lower[i];
    if (i == 0 || !(s.pos[i].equals("VERB") || s.pos[i].equals("NOUN")) || w.length() < 2 || !w.equals(s.text[i])
        || w.endsWith("s") || w.endsWith("ed") || w.endsWith("ing") || !Character.isLetter(w.charAt(0))) {
      return false;
    }
    String subject = s.lower[i - 1];
    if (!subject.endsWith("s") || subject.endsWith("ss") || subject.length() < 4
        || !(s.pos[i - 1].equals("NOUN") || s.pos[i - 1].equals("PROPN") || s.pos[i - 1].equals("VERB"))) {
      return false;
    }
    for (int k = 0; k < i - 1; k++) {
      String p = s.pos[k];
      if (!(p.equals("DET") || p.equals("ADJ") || p.equals("NOUN") || p.equals("PROPN") || p.equals("NUM"))) {
        return false;
      }
    }
    return true;
  }

  /** "..., followed by rain", "..., led by the mayor": a participle opening a clause after a comma, before its preposition. */
  private static boolean isParticipleClauseAfterComma(SentenceTokens s, int i) {
    return s.is(i - 1, ",") && i + 1 < s.size && s.pos[i + 1].equals("ADP");
  }

  /** "speaking Tuesday", set off by a comma after the noun it describes: a participle, not a tense. */
  /**
   * Whether the expression sits in a phrase set off by commas that opens with a past participle
   * (", authorised by the council in July,", ", signed in March,"): a past act told beside the
   * clause, whatever the clause's own tense.
   */
  private static boolean inPastParticipleAside(SentenceTokens s, int from, int to) {
    int open = -1;
    for (int k = from - 1; k >= 0 && k >= from - 10; k--) {
      if (s.is(k, ",")) {
        open = k;
        break;
      }
      if ((s.pos[k].equals("VERB") || s.pos[k].equals("AUX")) && !s.is(k - 1, ",")) {
        return false; // a verb inside the phrase other than the participle opening it
      }
    }
    if (open < 1 || open + 1 >= from || !isRegularPast(s, open + 1) || s.pos[open + 1].equals("AUX")
        || !s.pos[open - 1].equals("NOUN") && !s.pos[open - 1].equals("PROPN")) {
      return false;
    }
    for (int k = to; k < s.size && k <= to + 4; k++) {
      if (s.is(k, ",")) {
        return true;
      }
      if (s.pos[k].equals("VERB") || s.pos[k].equals("AUX")) {
        return false;
      }
    }
    return false;
  }

  private static boolean isParticipleAside(SentenceTokens s, int i) {
    return s.lower[i].endsWith("ing") && s.pos[i].equals("VERB") && s.is(i - 1, ",");
  }

  /** The word at i is joined to the one before by a hyphen ("top-ranked", "so-called"). */
  private static boolean inHyphenatedCompound(SentenceTokens s, int i) {
    return i >= 2 && s.isDash(i - 1) && s.adjacent(i - 2, i - 1) && s.adjacent(i - 1, i);
  }

  /** A verb ending in -ed, but not a present form in -eed ("succeed", "need"; "agreed", "freed" are past). */
  private static boolean isRegularPast(SentenceTokens s, int i) {
    String w = s.lower[i];
    if (w.endsWith("eed") && !(w.endsWith("reed") || w.endsWith("teed")) || w.equals("breed")) {
      return false;
    }
    // "beaches that closed/ADJ Wednesday": after a relative pronoun, a verb whatever its tag
    boolean afterRelative = s.pos[i].equals("ADJ") && s.isAny(i - 1, "that", "which", "who");
    if (inHyphenatedCompound(s, i)) {
      return false; // "the top-ranked team", "a long-delayed vote": an adjective
    }
    return w.length() > 3 && w.endsWith("ed") && !w.equals("shed")
        && (s.pos[i].equals("VERB") || s.pos[i].equals("AUX") || afterRelative);
  }
}
