package org.dateline.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Modality;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * What the words before a verb say about it: tense, voice and modality. "is expected to meet"
 * is expected; "will not meet" negated; "could meet" hypothetical; "was attacked by" passive;
 * "met ... to sign" (a purpose) takes the main verb's modality.
 */
record VerbGroup(int verb, Tense tense, boolean passive, Modality modality, boolean purpose, boolean threat,
    boolean refusal, boolean promise) {

  enum Tense { PAST, PRESENT, PERFECT, FUTURE, INFINITIVE, PARTICIPLE }

  private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "wo");
  private static final Set<String> POSSIBLE = Set.of("could", "might", "may", "should", "can", "must");
  private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re",
      "get", "got", "gets");
  private static final Set<String> HAVE = Set.of("has", "have", "had", "'ve", "having");
  private static final Set<String> NEGATION = Set.of("not", "n't", "never");
  /** Verbs and adjectives whose "to"-complement has not happened yet. */
  private static final Set<String> EXPECTING = Set.of("expected", "set", "due", "scheduled", "planning", "plans",
      "planned", "plan", "going", "likely", "hoping", "hopes", "hope", "seeking", "seeks", "seek", "trying",
      "tries", "wants", "want", "wanted", "aims", "aim", "aiming", "intends", "intend", "intended", "agreed",
      "agree", "agrees", "decided", "decide", "vowed", "vows", "pledged", "pledges", "promised", "promises",
      "ready", "prepared", "preparing", "willing", "offered", "offers", "proposed", "proposes", "sought", "poised",
      "invited", "urged", "asked", "called", "expects", "expect", "needs", "need", "about", "forward",
      // nouns whose "to"-complement is only sought: "rejected calls to negotiate", "a bid to seize"
      "calls", "demands", "proposal", "offer", "invitation", "bid", "attempt", "attempts", "efforts", "effort");
  /** Words of a bare time adjunct ("Saturday", "late Monday", "last week"). */
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "yesterday", "tonight", "last", "this", "week", "month", "year", "night",
      "morning", "afternoon", "evening", "late", "early");

  /** Tokens from..to-1 are a bare time adjunct ("Saturday", "late Monday", "last week"). */
  static boolean allTimeWords(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!TIME_WORDS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return from < to;
  }

  /** "is to", "are to", "were to" before an infinitive: an arrangement, still to come. */
  private static final Set<String> ARRANGED = Set.of("is", "are", "was", "were", "'re");

  /**
   * "agreed on Monday to cut": the word before "to" closes a prepositional adjunct ("on Monday",
   * "in Geneva") that follows the verb governing the infinitive; that verb, if it expects, refuses
   * or threatens, else {@code before} as it was.
   */
  private static String pastTimeAdjunct(List<Token> tokens, Sentence s, int to, String before) {
    if (EXPECTING.contains(before) || REFUSING.contains(before) || THREATENING.contains(before)) {
      return before;
    }
    for (int j = to - 2; j >= s.firstToken() && j >= to - 5; j--) {
      String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
      boolean adjunct = "ADP".equals(tokens.get(j + 1).pos()) && !ASKING.contains(w) || allTimeWords(tokens, j + 1, to)
          || "ADP".equals(tokens.get(j + 1).pos()) && allTimeWords(tokens, j + 2, to);
      if ((EXPECTING.contains(w) || REFUSING.contains(w) || THREATENING.contains(w)) && adjunct) {
        return w; // "agreed on Monday to", "refused Saturday to"; but "called on Serbia to": Serbia is asked
      }
      String pos = tokens.get(j).pos() == null ? "" : tokens.get(j).pos();
      if (!pos.equals("ADP") && !pos.equals("PROPN") && !pos.equals("NOUN") && !pos.equals("NUM") && !pos.equals("DET")) {
        return before;
      }
    }
    return before;
  }

  /** Verbs whose object is asked to do what the infinitive says ("called on Serbia to", "urged Peru to"). */
  private static final Set<String> ASKING = Set.of("called", "urged", "asked", "invited", "calls", "urges", "asks");
  private static final Set<String> REFUSING = Set.of("refused", "refuses", "refuse", "declined", "declines", "refusal",
      "failed", "fails", "unable", "reluctant");
  /** Refusing verbs whose refusal is itself an act toward the complement's target ("refused to meet X"). */
  private static final Set<String> REJECTING = Set.of("refused", "refuses", "refuse", "refusing", "declined",
      "declines", "decline", "declining");
  private static final Set<String> THREATENING = Set.of("threatened", "threatens", "threaten", "warned");
  /** Governors whose "to"-complement is promised: the promise itself is an act (CAMEO 03, express intent). */
  private static final Set<String> PROMISING = Set.of("pledged", "pledges", "pledge", "promised", "promises", "promise",
      "vowed", "vows", "offered", "offers", "committed", "commits");
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");

  /**
   * The group of the verb at {@code verb}; a gerund after a verb of aspect ({@link EventLexicon#isAspectual},
   * "will keep striking") takes the aspect verb's group.
   */
  static VerbGroup analyze(EventLexicon lexicon, List<Token> tokens, Sentence s, int verb) {
    String form = tokens.get(verb).text().toLowerCase(Locale.ROOT);
    boolean future = false;
    boolean possible = false;
    boolean would = false;
    boolean negated = false;
    boolean be = false;
    boolean have = false;
    boolean infinitive = false;
    String governor = null;
    if (form.endsWith("ing") && excludedNot(tokens, s, verb)) {
      // "refused to rule out using force against X", "did not rule out striking Y": a threat
      return new VerbGroup(verb, Tense.PARTICIPLE, false, Modality.HYPOTHETICAL, false, true, false, false);
    }
    if (form.endsWith("ing") && ruledOut(tokens, s, verb)) {
      // "ruled out handing them over to X": the act is refused, and the refusal itself happened
      return new VerbGroup(verb, Tense.PARTICIPLE, false, Modality.NEGATED, false, false, true, false);
    }
    if (form.endsWith("ing") && verb - 1 >= s.firstToken() && lexicon.isAspectual(tokens.get(verb - 1).text())) {
      return analyze(lexicon, tokens, s, verb - 1); // "would keep striking": the aspect verb's tense and modality
    }
    VerbGroup shared = sharedPassive(lexicon, tokens, s, verb, form);
    if (shared != null) {
      return shared;
    }
    int k = verb - 1;
    for (int steps = 0; k >= s.firstToken() && steps < 6; k--, steps++) {
      Token t = tokens.get(k);
      String w = t.text().toLowerCase(Locale.ROOT);
      String pos = t.pos() == null ? "" : t.pos();
      if (w.equals("to") && !infinitive && !be && !have) {
        infinitive = true;
        if (k - 1 >= s.firstToken()) {
          governor = tokens.get(k - 1).text().toLowerCase(Locale.ROOT);
          governor = pastTimeAdjunct(tokens, s, k, governor);
          // "is expected to", "plans to": also read the governor's own auxiliaries
          if (k - 2 >= s.firstToken() && NEGATION.contains(tokens.get(k - 2).text().toLowerCase(Locale.ROOT))) {
            negated = true;
          }
        }
        break;
      }
      if (FUTURE.contains(w)) {
        future = true;
      } else if (w.equals("would") || w.equals("'d")) {
        would = true;
      } else if (POSSIBLE.contains(w)) {
        possible = true;
      } else if (NEGATION.contains(w)) {
        negated = true;
      } else if (w.equals("longer") && k - 1 >= s.firstToken() && tokens.get(k - 1).is("no")) {
        negated = true; // "would no longer deal with X"
        k--;
      } else if (BE.contains(w)) {
        be = true;
      } else if (HAVE.contains(w)) {
        have = true;
      } else if (!pos.equals("ADV") && !pos.equals("AUX") && !pos.equals("PART")) {
        break;
      }
    }
    boolean participle = form.endsWith("ed") || form.endsWith("en") || form.equals("met") || form.equals("held")
        || !form.endsWith("ing") && !form.endsWith("s") && be;
    boolean passive = be && participle && !form.endsWith("ing") && !infinitive;
    Tense tense;
    if (infinitive) {
      tense = Tense.INFINITIVE;
    } else if (future || would) {
      tense = Tense.FUTURE;
    } else if (have) {
      tense = Tense.PERFECT;
    } else if (form.endsWith("ing") && !be) {
      tense = Tense.PARTICIPLE;
    } else if (isPastForm(form) || be && isPastBe(tokens, s, verb)) {
      tense = Tense.PAST;
    } else {
      tense = Tense.PRESENT;
    }
    Modality modality = Modality.ASSERTED;
    boolean purpose = false;
    boolean threat = false;
    boolean refusal = false;
    boolean promise = false;
    if (infinitive) {
      if (governor != null && REFUSING.contains(governor)) {
        modality = Modality.NEGATED;
        refusal = REJECTING.contains(governor) && !negated;
        negated = false;
      } else if (governor != null && THREATENING.contains(governor)) {
        modality = Modality.HYPOTHETICAL;
        threat = true;
      } else if (governor != null && EXPECTING.contains(governor)) {
        modality = Modality.EXPECTED;
        promise = PROMISING.contains(governor) && !negated;
      } else if (governor != null && ARRANGED.contains(governor)) {
        modality = Modality.EXPECTED; // "Israeli forces are to withdraw": an arrangement
      } else {
        purpose = true;
      }
    } else if (would) {
      modality = inCondition(tokens, s, verb) ? Modality.HYPOTHETICAL : Modality.EXPECTED;
    } else if (future) {
      modality = inCondition(tokens, s, verb) ? Modality.HYPOTHETICAL : Modality.EXPECTED;
    } else if (possible) {
      modality = Modality.HYPOTHETICAL;
    }
    if (modality == Modality.ASSERTED && opensWithCondition(tokens, s, verb)) {
      modality = Modality.HYPOTHETICAL; // "would retaliate if Finland joined NATO": the joining is only supposed
    }
    if (negated || deniedClause(tokens, s, verb)) {
      modality = Modality.NEGATED;
    } else if (modality == Modality.ASSERTED && tense == Tense.PRESENT && !passive && demandedClause(tokens, s, verb)) {
      modality = Modality.HYPOTHETICAL; // "demanded that Israel free 50 prisoners": asked for, not done
    }
    return new VerbGroup(verb, tense, passive, modality, purpose, threat, refusal, promise);
  }

  /** Whether the verb is in a "that" clause telling what a demand asks for ("demanded that Israel free ..."). */
  static boolean demandedClause(List<Token> tokens, Sentence s, int verb) {
    return DEMANDING.contains(thatClauseGovernor(tokens, s, verb));
  }

  /** Tags of a word that opens an object right after a verb ("and thanked Peru"). */
  private static final Set<String> OBJECT_OPENERS = Set.of("DET", "PROPN", "PRON", "NUM");

  /**
   * "was dragged from his car and beaten by a crowd": a bare participle after "and" shares the
   * passive group of the participle it is coordinated with; null when there is none, or when an
   * object follows it ("was met by X and thanked Peru" is active).
   */
  private static VerbGroup sharedPassive(EventLexicon lexicon, List<Token> tokens, Sentence s, int verb, String form) {
    int first = sharedPassiveHead(tokens, s, verb);
    if (first < 0) {
      return null;
    }
    VerbGroup head = analyze(lexicon, tokens, s, first);
    return !head.passive() ? null : new VerbGroup(verb, head.tense(), true, head.modality(), false, false, false, false);
  }

  /**
   * The participle after a form of "be" that a bare participle after "and" is coordinated with
   * ("were arrested by police on Friday and charged": "arrested"), whose passive and agent it
   * shares when that group is passive; -1 when there is none.
   */
  static int sharedPassiveHead(List<Token> tokens, Sentence s, int verb) {
    String form = tokens.get(verb).text().toLowerCase(Locale.ROOT);
    if (verb - 1 <= s.firstToken() || !tokens.get(verb - 1).is("and") || form.endsWith("ing") || form.endsWith("s")) {
      return -1;
    }
    if (verb + 1 < s.endToken() && OBJECT_OPENERS.contains(String.valueOf(tokens.get(verb + 1).pos()))) {
      return -1;
    }
    for (int j = verb - 2; j > s.firstToken() && j >= verb - 10; j--) {
      String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
      if (w.equals("and") || w.equals("that") || w.equals("who") || w.equals("which") || w.equals(";")) {
        return -1;
      }
      if ("VERB".equals(tokens.get(j).pos()) && BE.contains(tokens.get(j - 1).text().toLowerCase(Locale.ROOT))) {
        return j;
      }
    }
    return -1;
  }

  /** A gerund right after "ruled out" or "excluded" (not negated: that is {@link #excludedNot}). */
  private static boolean ruledOut(List<Token> tokens, Sentence s, int at) {
    int k = at - 1;
    return k - 1 >= s.firstToken() && tokens.get(k).is("out") && RULE.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT))
        || k >= s.firstToken() && EXCLUDE.contains(tokens.get(k).text().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the words before {@code at} are a negated "rule out" or "exclude" ("did not rule
   * out", "refused to rule out", "would not exclude"): what follows is kept open as a threat.
   */
  static boolean excludedNot(List<Token> tokens, Sentence s, int at) {
    int k = at - 1;
    if (k >= s.firstToken() && tokens.get(k).is("out") && k - 1 >= s.firstToken()
        && RULE.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT))) {
      k -= 2;
    } else if (k >= s.firstToken() && EXCLUDE.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
      k -= 1;
    } else {
      return false;
    }
    for (int steps = 0; k >= s.firstToken() && steps < 4; k--, steps++) {
      String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
      if (NEGATION.contains(w) || REFUSING.contains(w)) {
        return true;
      }
      String pos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
      if (!w.equals("to") && !pos.equals("AUX") && !pos.equals("ADV") && !pos.equals("PART")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the verb is in a "that" clause a denial governs ("denied that Cairo had threatened
   * Ethiopia", "denies on Monday that its troops crossed"): the act told is denied.
   */
  private static boolean deniedClause(List<Token> tokens, Sentence s, int verb) {
    return DENYING.contains(thatClauseGovernor(tokens, s, verb));
  }

  /**
   * The word governing the "that" clause a verb is in, within a few words before the "that"
   * ("denied that", "demanded on Monday that"), lower case; "" when there is none.
   */
  private static String thatClauseGovernor(List<Token> tokens, Sentence s, int verb) {
    for (int k = verb - 1; k > s.firstToken() && k >= verb - 10; k--) {
      Token t = tokens.get(k);
      if (t.is("that")) {
        for (int g = k - 1; g >= s.firstToken() && g >= k - 4; g--) {
          String w = tokens.get(g).text().toLowerCase(Locale.ROOT);
          if (DENYING.contains(w) || DEMANDING.contains(w)) {
            return w;
          }
          if ("VERB".equals(tokens.get(g).pos()) || tokens.get(g).is(",")) {
            return "";
          }
        }
        return "";
      }
      if (t.is(",") || t.is(";") || "VERB".equals(t.pos()) && k < verb - 1 && !BE.contains(t.text().toLowerCase(Locale.ROOT))
          && !HAVE.contains(t.text().toLowerCase(Locale.ROOT))) {
        return "";
      }
    }
    return "";
  }

  /**
   * Verbs whose "that" clause, in the subjunctive, tells what is demanded, not what was done
   * ("demanded that Israel free ..."; "insisted that Chile had attacked" is a claim).
   */
  private static final Set<String> DEMANDING = Set.of("demanded", "demands", "demand", "demanding", "insisted",
      "insists", "insist", "urged", "urges", "urge", "asked", "asks", "requested", "requests", "proposed",
      "proposes", "recommended", "recommends", "required", "requires");

  private static final Set<String> DENYING = Set.of("denied", "denies", "deny", "denying");
  private static final Set<String> RULE = Set.of("rule", "rules", "ruled", "ruling");
  private static final Set<String> EXCLUDE = Set.of("exclude", "excludes", "excluded", "excluding");

  static boolean isPastForm(String form) {
    return form.endsWith("ed") || Set.of("met", "held", "made", "paid", "sent", "gave", "struck", "shot", "took",
        "spoke", "told", "said", "went", "came", "fought", "led", "sought", "won", "lost", "withdrew", "hit",
        "put", "set", "cut", "brought", "bought", "sold", "threw", "drew", "flew", "beat", "rose", "fell",
        "overthrew", "tore", "stole", "froze", "swore", "quit", "spread", "split", "began", "saw", "wrote",
        "knew", "did", "had", "was", "were", "left", "kept", "found", "ran", "stood", "chose", "drove", "upheld",
        "withheld", "undertook", "forbade", "forgave", "hid", "fled", "lent", "dealt", "meant", "felt", "heard",
        "caught", "taught", "thought", "sank", "shook", "woke", "wore", "ate", "arose", "became", "got")
        .contains(form);
  }

  private static boolean isPastBe(List<Token> tokens, Sentence s, int verb) {
    for (int k = verb - 1; k >= s.firstToken() && k >= verb - 4; k--) {
      String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
      if (w.equals("was") || w.equals("were")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the verb's own clause opens with "if" or "unless" (its subject between): the clause is a condition. */
  private static boolean opensWithCondition(List<Token> tokens, Sentence s, int verb) {
    for (int k = verb - 1; k >= s.firstToken() && k >= verb - 10; k--) {
      Token t = tokens.get(k);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (w.equals("if") || w.equals("unless")) {
        return true;
      }
      if (w.equals(",") || w.equals(";") || w.equals("that") || w.equals("and") || "VERB".equals(t.pos())
          || "SCONJ".equals(t.pos())) {
        return false;
      }
    }
    return false;
  }

  private static boolean inCondition(List<Token> tokens, Sentence s, int verb) {
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      if (CONDITIONS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
