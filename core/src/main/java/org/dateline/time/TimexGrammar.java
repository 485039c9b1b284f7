package org.dateline.time;

import org.dateline.model.TimexType;
import org.dateline.time.DatePoint.Granularity;

/**
 * The whole expression grammar at one token: fixed phrases, then modifiers that TimeML keeps
 * inside the expression and writes as {@code mod} ("early", "mid-", "the end of", "about",
 * "more than", "at least", "earlier this ..."), then the longest calendar, clock or duration
 * expression after them.
 */
final class TimexGrammar {

  private record Prefix(String mod, int end, boolean position) {}

  private final TimeLexicon lexicon;
  private final DateGrammar dates;
  private final DurationGrammar durations;
  private final ClockGrammar clocks;
  private final TenseDetector tenses;

  TimexGrammar(TimeLexicon lexicon) {
    this.lexicon = lexicon;
    Quantities quantities = new Quantities(lexicon);
    this.tenses = new TenseDetector(lexicon);
    this.dates = new DateGrammar(lexicon, quantities, this.tenses);
    this.durations = new DurationGrammar(lexicon, quantities);
    this.clocks = new ClockGrammar(lexicon, quantities, dates);
  }

  /** The tense of the clause around tokens from..to-1. */
  Tense tense(SentenceTokens s, int from, int to) {
    return tenses.tenseAround(s, from, to);
  }

  /** The longest expression starting at token i, or null. */
  Found match(SentenceTokens s, int i, Anchoring a) {
    // "in each of the past three years": the length, with "each of" kept inside, as TimeBank marks it
    if (s.is(i, "each") && s.is(i + 1, "of") && s.is(i + 2, "the") && s.isAny(i + 3, "past", "last", "next")) {
      Found inner = match(s, i + 2, a);
      if (inner != null && inner.type() == TimexType.DURATION) {
        return inner.withFrom(i);
      }
    }
    // "the better part of two years" (a length just under it, LESS_THAN), "a good part of 1990" (in it)
    if (s.isAny(i, "a", "the") && i + 1 < s.size && lexicon.isPartOfWord(s.lower[i + 1])
        && s.is(i + 2, "part") && s.is(i + 3, "of") && i + 4 < s.size) {
      Found inner = match(s, i + 4, a);
      if (inner != null && inner.type() == TimexType.DURATION) {
        return (inner.mod() == null ? inner.withMod("LESS_THAN") : inner).withFrom(i);
      }
      if (inner != null && inner.type() == TimexType.DATE && inner.value() != null && !inner.value().endsWith("_REF")) {
        return inner.withFrom(i);
      }
    }
    Found best = phrase(s, i);
    Prefix approx = approximation(s, i);
    int j = approx == null ? i : approx.end;
    Prefix position = position(s, j);
    int k = position == null ? j : position.end;
    Found core = core(s, k, a, position != null);
    if (core != null) {
      if (position != null) {
        if (core.type() != TimexType.DATE && core.type() != TimexType.TIME || core.value() != null
            && core.value().endsWith("_REF")) {
          core = null;
        } else {
          core = core.withMod(position.mod).withFrom(j);
        }
      }
      if (core != null && approx != null) {
        // "nothing about the 1998-99 season": "about" before "the" and a date is a preposition
        boolean preposition = s.is(i, "about") && s.is(j, "the") && core.type() == TimexType.DATE;
        core = core.type() == TimexType.SET ? null : preposition ? core : core.withMod(approx.mod).withFrom(i);
      }
    }
    Found found = Found.longer(best, core);
    if (found != null && found.type() != TimexType.SET && s.is(found.to(), "or") && s.is(found.to() + 1, "so")) {
      found = found.withTo(found.to() + 2).withMod("APPROX"); // "the next year or so"
    }
    // "a year or more", "two weeks or less": a bound on a length kept inside
    if (found != null && found.type() == TimexType.DURATION && found.mod() == null && s.is(found.to(), "or")
        && s.isAny(found.to() + 1, "more", "longer", "less")) {
      found = found.withTo(found.to() + 2).withMod(s.is(found.to() + 1, "less") ? "EQUAL_OR_LESS" : "EQUAL_OR_MORE");
    }
    // "1994 or later", "1990 and beyond": an open bound kept inside, as TimeBank marks it ("and later" stays outside)
    if (found != null && found.type() == TimexType.DATE && found.mod() == null && found.value() != null
        && !found.value().endsWith("_REF")) {
      if (s.is(found.to(), "or") && s.isAny(found.to() + 1, "later", "beyond", "after")
          || s.is(found.to(), "and") && s.is(found.to() + 1, "beyond")) {
        found = found.withTo(found.to() + 2).withMod("ON_OR_AFTER");
      } else if (s.is(found.to(), "or") && s.isAny(found.to() + 1, "earlier", "before")) {
        found = found.withTo(found.to() + 2).withMod("ON_OR_BEFORE");
      }
    }
    return found;
  }

  private Found core(SentenceTokens s, int k, Anchoring a, boolean afterPosition) {
    if (k >= s.size) {
      return null;
    }
    Found best = dates.match(s, k, a);
    best = Found.longer(best, dates.theWeekend(s, k, a));
    best = Found.longer(best, durations.match(s, k));
    best = Found.longer(best, clocks.match(s, k, a));
    best = Found.longer(best, clocks.dayPart(s, k, a, afterPosition));
    if (afterPosition) {
      best = Found.longer(best, currentPeriod(s, k, a));
    }
    best = Found.longer(best, dayPartOfADay(s, k, a));
    return best;
  }

  /** "the night of March 3", "the morning of Nov. 28": that part of the day, a TIME. */
  private Found dayPartOfADay(SentenceTokens s, int k, Anchoring a) {
    if (!s.is(k, "the") || !s.is(k + 2, "of") || k + 3 >= s.size) {
      return null;
    }
    TimeLexicon.Entry part = s.word(k + 1, TimeLexicon.Category.DAYPART);
    if (part == null || part.plural()) {
      return null;
    }
    Found day = dates.match(s, k + 3, a);
    if (day == null || day.point() == null || day.point().granularity() != Granularity.DAY) {
      return null;
    }
    return Found.date(k, day.to(), new DatePoint(day.point().date(), Granularity.DAYPART, part.value()));
  }

  /**
   * "the year", "the month", "the decade" after "the end of" and the like: the current one, or in
   * a past-tense clause the one holding the time last spoken of ("in the 1970s ... by the end of
   * the decade", "in 2003 ... by the end of the decade": 200).
   */
  private Found currentPeriod(SentenceTokens s, int k, Anchoring a) {
    if (!s.is(k, "the") || k + 1 >= s.size) {
      return null;
    }
    TimeLexicon.Entry unit = s.word(k + 1, TimeLexicon.Category.UNIT);
    if (unit == null || unit.plural()) {
      return null;
    }
    Granularity g = DatePoint.granularityOf(unit.value());
    if (g == null || g == Granularity.DAY) {
      return null;
    }
    if (!a.hasDct()) {
      return Found.date(k, k + 2, null);
    }
    DatePoint last = a.reference(g);
    boolean past = tenses.tenseAround(s, k, k + 2) == Tense.PAST && !sinceBefore(s, k);
    // "in 2003 ... by the end of the decade it had closed": the decade of the year last spoken of
    boolean fromLast = past && last != null && last.date() != null && last.granularity().ordinal() <= g.ordinal()
        && last.granularity() != Granularity.SEASON;
    return Found.date(k, k + 2, fromLast ? DatePoint.of(last.date(), g) : DatePoint.of(a.dct(), g));
  }

  /** "Since the start of the year, fires have burned ...": a state running up to now, in the current period. */
  private static boolean sinceBefore(SentenceTokens s, int k) {
    int j = k - 1;
    while (j >= 0 && s.isAny(j, "of", "the", "start", "beginning", "end", "middle", "turn")) {
      j--;
    }
    return j >= 0 && s.is(j, "since");
  }

  /** Fixed phrases from phrases.tsv ("now", "recently", "the coming days", "recent weeks"). */
  private Found phrase(SentenceTokens s, int i) {
    for (TimeLexicon.Phrase p : lexicon.phrasesStartingWith(s.lower[i])) {
      int n = p.tokens().length;
      if (i + n > s.size) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < n && ok; k++) {
        ok = s.lower[i + k].equals(p.tokens()[k]);
      }
      if (!ok || p.notAfterAs() && s.is(i - 1, "as") || p.notAfterDegree() && s.isAny(i - 1, "how", "that", "so", "too", "as") || p.notBeforeRelation() && s.isAny(i + n, "after", "before")
          || p.attributive() && !(afterDeterminer(s, i - 1) && beforeNoun(s, i + n))) {
        continue;
      }
      return p.isTimex() ? Found.of(i, i + n, TimexType.valueOf(p.type()), p.value()) : null;
    }
    return null;
  }

  /** A determiner or possessive at j: "the current talks", "its current leader", "the union's current demands". */
  private static boolean afterDeterminer(SentenceTokens s, int j) {
    return j >= 0 && (s.pos[j].equals("DET") || s.pos[j].equals("PRON") || s.isAny(j, "'s", "'"));
  }

  /** A noun or adjective at j: the phrase before it modifies a noun ("current rules", "recent heavy rains"). */
  private static boolean beforeNoun(SentenceTokens s, int j) {
    if (j >= s.size) {
      return false;
    }
    String p = s.pos[j];
    return p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ") || p.equals("VERB") && s.lower[j].endsWith("ing");
  }

  /**
   * Approximations and bounds kept in the expression: "about", "nearly", "more than", "up to".
   * "within" and "over" are signals in TimeML and stay outside ("within a week" is "a week",
   * "over three years" mostly means during them).
   */
  private static Prefix approximation(SentenceTokens s, int i) {
    switch (s.lower[i]) {
      case "about": case "around": case "approximately": case "roughly": case "some": case "circa":
        return new Prefix("APPROX", i + 1, false);
      case "nearly": case "almost":
        return new Prefix("LESS_THAN", i + 1, false);
      case "just": case "well":
        // "just over two years", "well over a decade", "just under a week": "over" alone stays a signal
        if (s.isAny(i + 1, "over", "under")) {
          return new Prefix(s.is(i + 1, "over") ? "MORE_THAN" : "LESS_THAN", i + 2, false);
        }
        return null;
      case "more": case "less": case "fewer":
        if (s.is(i + 1, "than")) {
          return new Prefix(s.is(i, "more") ? "MORE_THAN" : "LESS_THAN", i + 2, false);
        }
        return null;
      case "at":
        if (s.isAny(i + 1, "least", "most")) {
          return new Prefix(s.is(i + 1, "least") ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS", i + 2, false);
        }
        return null;
      case "up":
        return s.is(i + 1, "to") ? new Prefix("EQUAL_OR_LESS", i + 2, false) : null;
      case "no":
        if (s.isAny(i + 1, "more", "less") && s.is(i + 2, "than")) {
          return new Prefix(s.is(i + 1, "more") ? "EQUAL_OR_LESS" : "EQUAL_OR_MORE", i + 3, false);
        }
        return null;
      default:
        return null;
    }
  }

  /** Positions inside a period: "early", "late", "mid-", "the end of", "earlier", "later". */
  private static Prefix position(SentenceTokens s, int i) {
    if (i >= s.size) {
      return null;
    }
    switch (s.lower[i]) {
      case "early": case "earlier":
        return new Prefix("START", i + 1, true);
      case "late": case "later":
        return new Prefix("END", i + 1, true);
      case "mid":
        return new Prefix("MID", s.is(i + 1, "-") ? i + 2 : i + 1, true);
      case "the":
        if (s.is(i + 1, "mid")) {
          return new Prefix("MID", s.is(i + 2, "-") ? i + 3 : i + 2, true); // "the mid-1990s", as "the early 1990s"
        }
        if (s.isAny(i + 1, "end", "beginning", "start", "middle", "close", "turn") && s.is(i + 2, "of")) {
          String m = s.isAny(i + 1, "end", "close", "turn") ? "END" : s.is(i + 1, "middle") ? "MID" : "START";
          return new Prefix(m, i + 3, true);
        }
        if (s.isAny(i + 1, "early", "late") && !s.isAny(i + 2, "morning", "afternoon", "evening", "night")) {
          return new Prefix(s.is(i + 1, "early") ? "START" : "END", i + 2, true);
        }
        return null;
      default:
        return null;
    }
  }
}
