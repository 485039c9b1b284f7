package org.dateline.time;

import java.time.LocalDate;
import org.dateline.model.TimexType;
import org.dateline.time.DatePoint.Granularity;
import org.dateline.time.TimeLexicon.Category;
import org.dateline.time.TimeLexicon.Entry;

/**
 * The periods of company results and statistics: quarters and halves ("the third quarter",
 * "third-quarter", "Q3 2025", "the April-June quarter", "the first half of 1990"), fiscal and reporting years ("fiscal
 * 2025", "the year ended March 31", "the full year"), "the quarter" last spoken of, and compared
 * periods ("the year-ago quarter", "the same period last year", "the 1988 period").
 */
final class QuarterGrammar {

  private final TimeLexicon lexicon;
  private final TenseDetector tenses;

  QuarterGrammar(TimeLexicon lexicon, TenseDetector tenses) {
    this.lexicon = lexicon;
    this.tenses = tenses;
  }

  /** The longest period expression starting at token i, or null. */
  Found match(SentenceTokens s, int i, Anchoring a) {
    Found best = quarterOrHalf(s, i, a);
    best = Found.longer(best, theQuarter(s, i, a));
    best = Found.longer(best, reportingPeriod(s, i, a));
    best = Found.longer(best, comparisonPeriod(s, i, a));
    return best;
  }

  private Tense tense(SentenceTokens s, int from, int to) {
    return tenses.tenseAround(s, from, to);
  }

  private static int yearNumber(SentenceTokens s, int i) {
    return DateGrammar.yearNumber(s, i);
  }

  /**
   * Reporting periods: "the year ended March 31", "the fiscal year ending June 30" (a length,
   * P1Y); "the full year", "the fiscal year", "for the year,", "the first nine months of the
   * year", "the week's busiest session" (the dateline's year, or week or month).
   */
  Found reportingPeriod(SentenceTokens s, int i, Anchoring a) {
    if (!s.is(i, "the")) {
      return null;
    }
    int j = i + 1;
    boolean qualified = s.isAny(j, "full", "fiscal", "calendar", "financial", "whole", "entire");
    if (qualified) {
      j++;
    }
    Entry unit = j < s.size ? s.word(j, Category.UNIT) : null;
    // "the index fell 2% for the day." (a market report closing on its period)
    boolean closing = !qualified && s.is(i - 1, "for") && (j + 1 == s.size || s.is(j + 1, "."));
    if (unit == null || unit.plural() || !(unit.value().equals("Y") || unit.value().equals("W")
        || unit.value().equals("M") || closing && unit.value().equals("D")) || s.is(j + 1, "-")) {
      return null;
    }
    if (s.isAny(j + 1, "ended", "ending", "through", "to")) {
      return s.is(j + 1, "ended") || s.is(j + 1, "ending")
          ? Found.of(i, j + 1, TimexType.DURATION, "P1" + unit.value()) : null;
    }
    // "the week's most active session", "the year's biggest drop": the current one
    boolean standalone = s.is(j + 1, "'s") || s.is(i - 1, "for") && (s.is(j + 1, ",") || i == 1) || closing
        || s.is(i - 1, "of") && i >= 2 && s.word(i - 2, Category.UNIT) != null;
    if (!qualified && !standalone) {
      return null;
    }
    Granularity g = DatePoint.granularityOf(unit.value());
    return Found.date(i, j + 1, a.hasDct() ? DatePoint.of(reportedDay(s, i, j + 1, unit.value(), a), g) : null);
  }

  /**
   * The day a report's "the week" or "the day" is counted from: the trading day last spoken of
   * when it lies in the week before the dateline ("shares fell Friday ... for the week" in a
   * Monday paper), else the dateline; "for the year" in the past tense, the year last named.
   */
  private LocalDate reportedDay(SentenceTokens s, int from, int to, String unit, Anchoring a) {
    if (unit.equals("Y")) {
      // "For all of 1998, the economy created 2.9 million jobs. The rate averaged 4.5 percent for the year"
      DatePoint year = a.latestIfAYear();
      return year != null && year.date().getYear() < a.dct().getYear() && tense(s, from, to) == Tense.PAST
          ? year.date() : a.dct();
    }
    DatePoint last = a.reference(Granularity.DAY);
    if ((unit.equals("W") || unit.equals("D")) && last != null && last.date() != null
        && last.date().isBefore(a.dct()) && !last.date().isBefore(a.dct().minusDays(6))) {
      return last.date();
    }
    return a.dct();
  }

  /**
   * Quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter",
   * "the fourth quarter of 2024", "the first half of 1990", "Q3 2025", "this year's third
   * quarter"; and fiscal years: "fiscal 2025", "fiscal year 2025", "FY2025".
   */
  Found quarterOrHalf(SentenceTokens s, int i, Anchoring a) {
    Found fiscal = fiscalYear(s, i);
    if (fiscal != null) {
      return fiscal;
    }
    int j = i;
    int year = 0;
    int yearOffset = Integer.MIN_VALUE;
    // "this year's third quarter", "1988's fourth quarter"
    if (s.isAny(j, "this", "last", "next") && s.is(j + 1, "year") && s.is(j + 2, "'s")) {
      yearOffset = s.is(j, "this") ? 0 : s.is(j, "last") ? -1 : 1;
      j += 3;
    } else if (yearNumber(s, j) > 0 && s.is(j + 1, "'s")) {
      year = yearNumber(s, j);
      j += 2;
    } else if (s.is(j, "the")) {
      j++;
      if (yearNumber(s, j) > 0) { // "the 1988 third quarter"
        year = yearNumber(s, j);
        j++;
      } else if (s.is(j, "year") && s.is(j + 1, "-") && s.isAny(j + 2, "earlier", "ago")) {
        yearOffset = -1; // "the year-earlier third quarter"
        j += 3;
      }
    }
    if (s.is(j, "fiscal")) {
      j++;
    }
    // "Q3", "Q3 2025"
    if (j < s.size && s.lower[j].length() == 2 && s.lower[j].charAt(0) == 'q'
        && s.lower[j].charAt(1) >= '1' && s.lower[j].charAt(1) <= '4' && s.text[j].charAt(0) == 'Q') {
      int q = s.lower[j].charAt(1) - '0';
      int end = j + 1;
      if (yearNumber(s, end) > 0) {
        year = yearNumber(s, end);
        end++;
      }
      return periodFound(s, i, end, q, "Q", year, yearOffset, a);
    }
    // "the April-June quarter": a quarter named by its first and last months
    Entry first = j < s.size && s.capitalized(j) ? s.keyWord(j, Category.MONTH) : null;
    Entry last = first != null && s.is(j + 1, "-") && j + 2 < s.size ? s.keyWord(j + 2, Category.MONTH) : null;
    if (last != null && s.is(j + 3, "quarter") && first.number() % 3 == 1 && last.number() == first.number() + 2) {
      return periodFound(s, i, j + 4, first.number() / 3 + 1, "Q", year, yearOffset, a);
    }
    Entry ord = j < s.size ? s.word(j, Category.ORDINAL) : null;
    int n = ord != null ? ord.number() : ordinalDigits(s, j);
    if (n == 0 || n > 4) {
      return null;
    }
    int k = j + 1;
    if (s.is(k, "-") && s.adjacent(j, k)) {
      k++;
    }
    if (s.is(k, "fiscal")) {
      k++;
    }
    String unit;
    if (s.is(k, "quarter")) {
      unit = "Q";
    } else if (s.is(k, "half")) {
      unit = "H";
      if (n > 2) {
        return null;
      }
    } else {
      return null;
    }
    if (n < 0) {
      n = unit.equals("Q") ? 4 : 2;
    }
    // "the first quarter" needs "the", a year, or an adjective use ("third-quarter profit")
    boolean hyphenated = k > j + 1 && s.is(j + 1, "-");
    int end = k + 1;
    if (s.is(end, "of") || s.is(end, ",")) {
      if (yearNumber(s, end + 1) > 0) {
        year = yearNumber(s, end + 1);
        end += 2;
      } else if (s.is(end, "of") && s.isAny(end + 1, "this", "last", "next") && s.is(end + 2, "year")) {
        yearOffset = s.is(end + 1, "this") ? 0 : s.is(end + 1, "last") ? -1 : 1;
        end += 3;
      } else if (s.is(end, "of") && s.is(end + 1, "the") && s.is(end + 2, "year")) {
        yearOffset = 0;
        end += 3;
      }
    } else if (yearNumber(s, end) > 0) {
      year = yearNumber(s, end);
      end++;
    }
    // also after a possessive or an adjective: "its third quarter", "the seasonally slow third quarter"
    if (!s.is(i, "the") && year == 0 && yearOffset == Integer.MIN_VALUE && !hyphenated
        && !s.is(i, "fiscal") && !(i > 0 && (s.isAny(i - 1, "in", "during", "for", "of", "its", "their", "our")
        || s.pos[i - 1].equals("ADJ") && s.word(i - 1, Category.ORDINAL) == null))) {
      return null;
    }
    if (unit.equals("H") && year == 0 && yearOffset == Integer.MIN_VALUE) {
      if (s.is(end, "of") || !speaksOfReportingPeriods(s, a)) {
        return null; // "the first half" of a match, a game, a speech...
      }
      year = a.narrativeYear(); // "In 1994, ... in the first half": that year's; else the dateline's
    }
    int from = hyphenated && s.is(i, "the") && j == i + 1 ? i + 1 : i;
    if (hyphenated && year == 0 && yearOffset == Integer.MIN_VALUE && a.hasDct() && justEnded(n, unit, a.dct())) {
      yearOffset = -1; // "fourth-quarter growth" in January: the quarter just ended, last year's
    }
    return periodFound(s, from, end, n, unit, year, yearOffset, a);
  }

  /**
   * "Sales rose 4 percent in the first half", "the company lost $13 billion in the first half",
   * or a story already speaking of quarters: a half without a year is a half of the year.
   */
  private boolean speaksOfReportingPeriods(SentenceTokens s, Anchoring a) {
    for (int k = 0; k < s.size; k++) {
      if (lexicon.isReportingWord(s.lower[k]) || s.is(k, "quarter")) {
        return true;
      }
    }
    return a.spokeOfQuartersOrHalves();
  }

  /** Whether last year's quarter or half n ended within the hundred days before the dateline, this year's not yet begun. */
  private static boolean justEnded(int n, String unit, LocalDate dct) {
    int months = unit.equals("Q") ? 3 : 6;
    LocalDate thisYears = LocalDate.of(dct.getYear(), months * (n - 1) + 1, 1);
    LocalDate lastYearsEnd = thisYears.minusYears(1).plusMonths(months);
    return thisYears.isAfter(dct) && !lastYearsEnd.isBefore(dct.minusDays(100));
  }

  private static int ordinalDigits(SentenceTokens s, int j) {
    if (j >= s.size) {
      return 0;
    }
    String t = s.lower[j];
    if (t.length() == 3 && Character.isDigit(t.charAt(0))
        && (t.endsWith("st") || t.endsWith("nd") || t.endsWith("rd") || t.endsWith("th"))) {
      return t.charAt(0) - '0';
    }
    return 0;
  }

  private Found periodFound(SentenceTokens s, int from, int to, int n, String unit, int year, int yearOffset,
      Anchoring a) {
    int y = year;
    if (y == 0) {
      if (!a.hasDct()) {
        return Found.date(from, to, null);
      }
      y = a.dct().getYear() + (yearOffset == Integer.MIN_VALUE ? 0 : yearOffset);
      int startMonth = unit.equals("Q") ? 3 * (n - 1) + 1 : 6 * (n - 1) + 1;
      if (yearOffset == Integer.MIN_VALUE && LocalDate.of(y, startMonth, 1).isAfter(a.dct())
          && tense(s, from, to) == Tense.PAST) {
        y--;
      }
    }
    int startMonth = unit.equals("Q") ? 3 * (n - 1) + 1 : 6 * (n - 1) + 1;
    return Found.date(from, to, DatePoint.of(LocalDate.of(y, startMonth, 1),
        unit.equals("Q") ? Granularity.QUARTER : Granularity.HALF));
  }

  /** "fiscal 2025", "fiscal year 2025", "FY2025", "FY 2025": the fiscal year as its year. */
  private static Found fiscalYear(SentenceTokens s, int i) {
    if (s.is(i, "fiscal")) {
      int j = s.is(i + 1, "year") ? i + 2 : i + 1;
      int y = yearNumber(s, j);
      return y > 0 ? Found.date(i, j + 1, DatePoint.of(LocalDate.of(y, 1, 1), Granularity.YEAR)) : null;
    }
    if (s.text[i].startsWith("FY")) {
      String digits = s.text[i].substring(2);
      int end = i + 1;
      if (digits.isEmpty() && yearNumber(s, i + 1) > 0) {
        digits = s.text[i + 1];
        end++;
      }
      if (digits.length() == 4 && digits.chars().allMatch(Character::isDigit)) {
        return Found.date(i, end, DatePoint.of(LocalDate.of(Integer.parseInt(digits), 1, 1), Granularity.YEAR));
      }
      if (digits.length() == 2 && digits.chars().allMatch(Character::isDigit)) {
        return Found.date(i, end, DatePoint.of(LocalDate.of(2000 + Integer.parseInt(digits), 1, 1), Granularity.YEAR));
      }
    }
    return null;
  }

  /**
   * "the quarter", "the latest quarter": the quarter last spoken of, else the last one completed
   * before the dateline (results are reported after a quarter ends); "the current quarter" is
   * the dateline's own.
   */
  Found theQuarter(SentenceTokens s, int i, Anchoring a) {
    if (!s.is(i, "the")) {
      return null;
    }
    int j = i + 1;
    boolean current = s.is(j, "current");
    boolean latest = s.isAny(j, "latest", "most");
    if (current || latest || s.is(j, "same")) {
      j += s.is(j, "most") && s.is(j + 1, "recent") ? 2 : 1;
    }
    // "the latest period" of a results report is its latest quarter
    // "the quarter of the votes" is a share, but "revenue in the current quarter of $440 million" a period
    boolean ofAnAmount = s.is(j + 1, "of") && (s.isAny(j + 2, "$", "€", "£", "¥") || s.isDigits(j + 2));
    if (!(s.is(j, "quarter") || latest && s.is(j, "period")) || s.is(j + 1, "of") && !ofAnAmount || s.is(j + 1, "-")) {
      return null;
    }
    if (!a.hasDct()) {
      return Found.date(i, j + 1, null);
    }
    if (current) {
      return Found.date(i, j + 1, DatePoint.of(a.dct(), Granularity.QUARTER));
    }
    DatePoint last = a.reference(Granularity.QUARTER);
    // "a fourth-quarter charge ... fell in the latest quarter": the latest is one already over
    boolean unfinished = latest && last != null && last.date() != null && quarterEnd(last.date()).isAfter(a.dct());
    if (last != null && last.granularity() == Granularity.QUARTER && !unfinished) {
      return Found.date(i, j + 1, last);
    }
    if (!latest && tense(s, i, j + 1) == Tense.FUTURE) {
      return Found.date(i, j + 1, DatePoint.of(a.dct(), Granularity.QUARTER)); // "expects to earn 8 cents in the quarter"
    }
    return Found.date(i, j + 1, DatePoint.of(a.dct().minusMonths(3), Granularity.QUARTER));
  }

  /** The first day after the quarter holding d. */
  private static LocalDate quarterEnd(LocalDate d) {
    int first = (d.getMonthValue() - 1) / 3 * 3 + 1;
    return LocalDate.of(d.getYear(), first, 1).plusMonths(3);
  }

  /**
   * Periods compared in results: "the year-ago quarter", "the year-earlier period", "the 1988
   * quarter", "the same period last year", "the corresponding quarter a year ago", "last year's
   * quarter". The period is the quarter last spoken of (else the last one completed before the
   * dateline) in the year before, or in the year named. Not an anchor, so comparisons do not drift.
   */
  Found comparisonPeriod(SentenceTokens s, int i, Anchoring a) {
    if (!s.isAny(i, "the", "last", "year") && !s.isAny(i, "comparable", "corresponding", "same", "like")) {
      return null; // none of the forms below can start here
    }
    int j = i;
    int shift = 0;
    int year = 0;
    boolean same = false;
    if (s.is(j, "last") && s.is(j + 1, "year") && s.is(j + 2, "'s")) {
      shift = -1;
      j += 3;
    } else {
      boolean the = s.is(j, "the");
      if (the) {
        j++;
      }
      if (s.isAny(j, "comparable", "corresponding", "same", "like")) {
        j++;
        same = true;
      }
      if (s.is(j, "year") && s.is(j + 1, "-") && s.isAny(j + 2, "ago", "earlier") && s.adjacent(j, j + 1)
          && s.adjacent(j + 1, j + 2)) {
        shift = -1;
        j += 3;
      } else if (the && yearNumber(s, j) > 0) {
        year = yearNumber(s, j);
        j++;
      } else if (!the) {
        return null;
      }
    }
    if (!s.isAny(j, "quarter", "period")) {
      return null;
    }
    int end = j + 1;
    if (shift == 0 && year == 0) {
      int k = s.is(end, "of") ? end + 1 : end;
      if (s.is(k, "last") && s.is(k + 1, "year")) {
        end = k + 2;
      } else if (s.isAny(k, "a", "one") && s.is(k + 1, "year") && s.isAny(k + 2, "ago", "earlier", "before")) {
        end = k + 3;
      } else {
        return null;
      }
      shift = -1;
    }
    if (!a.hasDct()) {
      return Found.date(i, end, null).notRemembered();
    }
    // "the same period last year" after "since the start of the year" is last year
    DatePoint latest = a.latestIfAYear();
    if (s.is(j, "period") && same && latest != null && year == 0) {
      return Found.date(i, end, DatePoint.of(latest.date().plusYears(shift), Granularity.YEAR)).notRemembered();
    }
    // "the same period last year" after "the first half" or "in July" is that half or month
    DatePoint last = a.reference(s.is(j, "period") ? Granularity.HALF : Granularity.QUARTER);
    Granularity g = Granularity.QUARTER;
    LocalDate quarter = a.dct().minusMonths(3);
    if (last != null && (last.granularity() == Granularity.QUARTER || s.is(j, "period")
        && (last.granularity() == Granularity.HALF || same && last.granularity() == Granularity.MONTH))) {
      quarter = last.date();
      g = last.granularity();
    }
    LocalDate d = year > 0 ? quarter.withYear(year) : quarter.plusYears(shift);
    return Found.date(i, end, DatePoint.of(d, g)).notRemembered();
  }
}
