package org.dateline.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.dateline.model.TimexType;
import org.dateline.time.DatePoint.Granularity;
import org.dateline.time.TimeLexicon.Category;
import org.dateline.time.TimeLexicon.Entry;

/**
 * Calendar expressions: explicit dates in their common written forms ("Dec. 1", "December 1,
 * 2025", "1 December", "12/01/2025", "2025-12-01"), weekdays, months, seasons, years, decades,
 * centuries, holidays, deictic days ("yesterday") and relative references ("last week", "the
 * following day", "three years ago", "in two weeks"); quarters and reporting periods are read
 * by {@link QuarterGrammar}. Each rule
 * reads tokens from a start index and returns what it found, or null; values are resolved
 * against the {@link Anchoring} of the document.
 */
final class DateGrammar {

  /** Words after which a bare month or season name is a date ("in June", not "June said"). */
  private static final Set<String> CALENDAR_CONTEXT = Set.of("in", "since", "until", "till", "by", "from", "to",
      "through", "during", "of", "early", "late", "mid", "last", "next", "this", "before", "after", "between",
      "and", "or", "-", "–", "around", "throughout", "into", "that", "same", "for", "over", "past", "the",
      "earlier", "later", "end", "beginning", "start", "middle", "each", "every", "on", "at");

  /** Words that, before a four-digit number, make it something other than a year. */
  private static final Set<String> NOT_YEAR_BEFORE = Set.of("$", "€", "£", "#", "no", "number", "nos", "resolution",
      "flight", "route", "room", "page", "pages", "article", "paragraph", "code", "model", "version", "about",
      "some", "nearly", "almost", "over", "than", "least", "approximately", "roughly", "around", "only", "just",
      "another", "additional");

  private final TimeLexicon lexicon;
  private final Quantities quantities;
  private final TenseDetector tenses;
  private final QuarterGrammar periods;

  DateGrammar(TimeLexicon lexicon, Quantities quantities, TenseDetector tenses) {
    this.lexicon = lexicon;
    this.quantities = quantities;
    this.tenses = tenses;
    this.periods = new QuarterGrammar(lexicon, tenses);
  }

  /** The longest calendar expression starting at token i (after any modifier), or null. */
  Found match(SentenceTokens s, int i, Anchoring a) {
    Found best = null;
    best = Found.longer(best, numericDate(s, i));
    best = Found.longer(best, monthDate(s, i, a));
    best = Found.longer(best, dayMonth(s, i, a));
    best = Found.longer(best, weekday(s, i, a));
    best = Found.longer(best, holiday(s, i, a));
    best = Found.longer(best, deictic(s, i, a));
    best = Found.longer(best, relative(s, i, a));
    best = Found.longer(best, periods.match(s, i, a));
    best = Found.longer(best, season(s, i, a));
    best = Found.longer(best, decade(s, i, a));
    best = Found.longer(best, century(s, i));
    best = Found.longer(best, year(s, i));
    best = Found.longer(best, agoOrLater(s, i, a));
    best = Found.longer(best, inUnits(s, i, a));
    best = Found.longer(best, yearEnd(s, i, a));
    best = Found.longer(best, hyphenatedComparison(s, i, a));
    best = Found.longer(best, theDay(s, i, a));
    best = Found.longer(best, rangeEndDay(s, i, a));
    best = Found.longer(best, unitBeforeOrAfter(s, i, a));
    best = Found.longer(best, someDay(s, i));
    best = Found.longer(best, nthDayOfEvent(s, i, a));
    best = Found.longer(best, nthWeekOf(s, i, a));
    best = Found.longer(best, atTheTime(s, i));
    best = Found.longer(best, seasonOfTwoYears(s, i));
    return best;
  }

  /** "the 1998-99 season": a season across two years, written as the year it ends in. */
  private static Found seasonOfTwoYears(SentenceTokens s, int i) {
    int j = s.is(i, "the") ? i + 1 : i;
    int first = yearNumber(s, j);
    if (first == 0 || !s.isDash(j + 1) || j + 2 >= s.size || !s.isDigits(j + 2) || s.text[j + 2].length() != 2
        || !s.isAny(j + 3, "season", "campaign")) {
      return null;
    }
    int second = first / 100 * 100 + Integer.parseInt(s.text[j + 2]);
    if (second != first + 1 && !(second == first + 1 - 100)) {
      return null;
    }
    return Found.date(i, j + 4, DatePoint.of(LocalDate.of(first + 1, 1, 1), Granularity.YEAR));
  }

  /** "at the time": the past time spoken of (PAST_REF, "at" a signal), not "at the time of the attack". */
  private static Found atTheTime(SentenceTokens s, int i) {
    if (!s.is(i - 1, "at") || !s.is(i, "the") || !s.is(i + 1, "time") || s.isAny(i + 2, "of", "when", "that", "-")) {
      return null;
    }
    return Found.of(i, i + 2, TimexType.DATE, "PAST_REF");
  }

  // ------------------------------------------------------------------ building blocks

  /** The month named at token i (1-12), or 0. Ambiguous forms ("May") must be capitalized. */
  int month(SentenceTokens s, int i) {
    if (i < 0 || i >= s.size || !s.capitalized(i)) {
      return 0;
    }
    Entry e = s.keyWord(i, Category.MONTH);
    if (e == null) {
      return 0;
    }
    // "Mar", "Jun" without their period read as other words
    if (e.ambiguous() && s.key[i].length() == 3 && !s.text[i].endsWith(".") && !s.key[i].equals("may")) {
      return 0;
    }
    return e.number();
  }

  private boolean ambiguousMonth(SentenceTokens s, int i) {
    Entry e = s.keyWord(i, Category.MONTH);
    return e != null && e.ambiguous();
  }

  /** A day of the month at token i: "1", "01", "1st", "21st"; or 0. */
  static int dayNumber(SentenceTokens s, int i) {
    if (i < 0 || i >= s.size) {
      return 0;
    }
    String t = s.lower[i];
    int digits = 0;
    while (digits < t.length() && Character.isDigit(t.charAt(digits))) {
      digits++;
    }
    if (digits == 0 || digits > 2) {
      return 0;
    }
    String rest = t.substring(digits);
    if (!rest.isEmpty() && !rest.equals("st") && !rest.equals("nd") && !rest.equals("rd") && !rest.equals("th")) {
      return 0;
    }
    int d = Integer.parseInt(t.substring(0, digits));
    return d >= 1 && d <= 31 ? d : 0;
  }

  /** A four-digit year at token i, or 0. */
  static int yearNumber(SentenceTokens s, int i) {
    if (!s.isDigits(i) || s.text[i].length() != 4) {
      return 0;
    }
    int y = Integer.parseInt(s.text[i]);
    return y >= 1000 && y <= 2199 ? y : 0;
  }

  /** An explicit year after a month or day: "2025" or ", 2025"; returns [year, end] or null. */
  private static int[] trailingYear(SentenceTokens s, int j) {
    if (yearNumber(s, j) > 0 && !s.is(j + 1, "%")) {
      return new int[] {yearNumber(s, j), j + 1};
    }
    if (s.is(j, ",") && yearNumber(s, j + 1) > 0 && !s.isDigits(j + 2) && !s.is(j + 2, "%")) {
      return new int[] {yearNumber(s, j + 1), j + 2};
    }
    return null;
  }

  private Tense tense(SentenceTokens s, int from, int to) {
    return tenses.tenseAround(s, from, to);
  }

  private static boolean validDay(int year, int month, int day) {
    return day <= YearMonth.of(year, month).lengthOfMonth();
  }

  /** A month and day whose year is not written: an explicit year later in a range, else placed. */
  private DatePoint monthDayPoint(SentenceTokens s, int from, int to, int month, int day, int year, Anchoring a) {
    if (year > 0) {
      return validDay(year, month, day) ? DatePoint.day(LocalDate.of(year, month, day)) : null;
    }
    if (!validDay(2000, month, day)) {
      return null;
    }
    if (!a.hasDct()) {
      return null;
    }
    Tense tense = tense(s, from, to);
    int narrative = tense == Tense.PAST ? a.narrativeYear() : 0;
    if (narrative > 0 && validDay(narrative, month, day)) {
      return DatePoint.day(LocalDate.of(narrative, month, day)); // a day of the year the story has moved to
    }
    return DatePoint.day(Placement.monthDay(a.dct(), month, day, tense));
  }

  /** A year written further on in a range ("Nov. 30–Dec. 1, 2025"), or 0. */
  private int rangeYear(SentenceTokens s, int j) {
    if (!s.isDash(j) && !s.isAny(j, "to", "and", "through")) {
      return 0;
    }
    int k = j + 1;
    if (month(s, k) > 0) {
      k++;
    }
    if (dayNumber(s, k) == 0) {
      return 0;
    }
    int[] y = trailingYear(s, k + 1);
    return y == null ? 0 : y[0];
  }

  // ------------------------------------------------------------------ explicit dates

  /** "12/01/2025", "12/1/25" (US order unless the first number cannot be a month), "2025-12-01". */
  Found numericDate(SentenceTokens s, int i) {
    String t = s.text[i];
    if (t.indexOf('/') > 0 && Character.isDigit(t.charAt(0))) {
      String[] parts = t.split("/");
      if (parts.length == 3 && parts[0].length() <= 2 && parts[1].length() <= 2
          && (parts[2].length() == 4 || parts[2].length() == 2)) {
        int first = Integer.parseInt(parts[0]);
        int second = Integer.parseInt(parts[1]);
        int year = Integer.parseInt(parts[2]);
        if (parts[2].length() == 2) {
          year += year < 50 ? 2000 : 1900;
        }
        int month = first;
        int day = second;
        if (first > 12 && second <= 12) {
          month = second;
          day = first;
        }
        if (month >= 1 && month <= 12 && day >= 1 && validDay(year, month, day)) {
          return Found.date(i, i + 1, DatePoint.day(LocalDate.of(year, month, day)));
        }
      }
      return null;
    }
    int year = yearNumber(s, i);
    if (year > 0 && i + 4 < s.size && s.is(i + 1, "-") && s.is(i + 3, "-") && s.adjacent(i, i + 1)
        && s.adjacent(i + 1, i + 2) && s.adjacent(i + 2, i + 3) && s.adjacent(i + 3, i + 4)
        && s.isDigits(i + 2) && s.isDigits(i + 4) && s.text[i + 2].length() == 2 && s.text[i + 4].length() == 2) {
      int month = Integer.parseInt(s.text[i + 2]);
      int day = Integer.parseInt(s.text[i + 4]);
      if (month >= 1 && month <= 12 && day >= 1 && validDay(year, month, day)) {
        return Found.date(i, i + 5, DatePoint.day(LocalDate.of(year, month, day)));
      }
    }
    return null;
  }

  /** "Dec. 1", "December 1, 2025", "Dec. 1st", "December 2025", "December", "January this year". */
  Found monthDate(SentenceTokens s, int i, Anchoring a) {
    int month = month(s, i);
    if (month == 0) {
      return null;
    }
    int j = i + 1;
    int day = dayNumber(s, j);
    if (day == 0 && j < s.size && s.word(j, Category.ORDINAL) != null
        && !(j + 1 < s.size && (s.pos[j + 1].equals("NOUN") || s.pos[j + 1].equals("ADJ")))) {
      day = Math.max(0, s.word(j, Category.ORDINAL).number()); // "March eighth", as transcripts write it
    }
    if (day > 0 && !(s.is(j + 1, ":") && s.isDigits(j + 2)) && !s.is(j + 1, "%")) {
      int[] y = trailingYear(s, j + 1);
      if (y == null && a.hasDct()) {
        y = deicticYear(s, j + 1, a); // "Oct. 8 last year"
      }
      int end = y == null ? j + 1 : y[1];
      int year = y == null ? rangeYear(s, j + 1) : y[0];
      DatePoint p = monthDayPoint(s, i, end, month, day, year, a);
      if (p == null && (year > 0 || validDay(2000, month, day)) && a.hasDct()) {
        return null;
      }
      return Found.date(i, end, p);
    }
    int[] y = trailingYear(s, j);
    if (y == null && s.is(j, "of") && yearNumber(s, j + 1) > 0) {
      y = new int[] {yearNumber(s, j + 1), j + 2};
    }
    if (y == null && s.is(j, "of") && a.hasDct()) {
      y = anaphoricYear(s, j + 1, a); // "June of that year", "March of the same year"
    }
    if (y != null) {
      return Found.date(i, y[1], DatePoint.of(LocalDate.of(y[0], month, 1), Granularity.MONTH));
    }
    Found spokenYear = spelledYear(s, j); // "January nineteen ninety-seven", as transcripts write it
    if (spokenYear != null) {
      return Found.date(i, spokenYear.to(), DatePoint.of(LocalDate.of(spokenYear.point().date().getYear(), month, 1),
          Granularity.MONTH));
    }
    if (s.isAny(j, "this", "last", "next") && s.is(j + 1, "year")) {
      if (!a.hasDct()) {
        return Found.date(i, j + 2, null);
      }
      int[] deictic = deicticYear(s, j, a);
      return Found.date(i, deictic[1], DatePoint.of(LocalDate.of(deictic[0], month, 1), Granularity.MONTH));
    }
    // a month alone: only where the context makes it a date ("in June", not "June said"), or
    // as an adjective after "a" ("a June agreement")
    boolean context = i > 0 && (CALENDAR_CONTEXT.contains(s.lower[i - 1])
        || s.isAny(i - 1, "a", "an") && !ambiguousMonth(s, i) && i + 1 < s.size && s.pos[i + 1].equals("NOUN"));
    if (!context || ambiguousMonth(s, i) && !s.isAny(i - 1, "in", "since", "until", "by", "early", "late", "mid",
        "last", "next", "this", "of", "through", "-", "from") && !(month(s, i - 2) > 0
        && s.isAny(i - 1, "to", "and", "until", "till"))) { // "from December to March"
      return null;
    }
    if (!a.hasDct()) {
      return Found.date(i, i + 1, null);
    }
    int year = rangeEndYear(s, i, month, a);
    LocalDate monthBefore = a.dct().minusMonths(1);
    if (year == 0 && s.is(i - 1, "for") && i >= 2 && s.pos[i - 2].equals("NOUN") && month == monthBefore.getMonthValue()) {
      year = monthBefore.getYear(); // "will report consumer prices for December", in January: the month just ended
    }
    if (year == 0) {
      Tense tense = tense(s, i, i + 1);
      int narrative = tense == Tense.PAST ? a.narrativeYear() : 0;
      year = narrative > 0 ? narrative : Placement.monthYear(a.dct(), month, tense);
      if (tense == Tense.PAST && year == a.dct().getYear() && month > a.dct().getMonthValue()
          && s.is(i - 1, "in") && tenses.pastVerbHeads(s, i - 1)) {
        year--; // "the ministers met in April", in a March story: April of last year
      }
    }
    return Found.date(i, i + 1, DatePoint.of(LocalDate.of(year, month, 1), Granularity.MONTH));
  }

  /** "that year", "that same year", "the same year" at j: the year last spoken of, as {year, end}, or null. */
  private static int[] anaphoricYear(SentenceTokens s, int j, Anchoring a) {
    int k = s.is(j, "that") && s.is(j + 1, "same") ? j + 2 : s.isAny(j, "that") ? j + 1
        : s.is(j, "the") && s.is(j + 1, "same") ? j + 2 : -1;
    if (k < 0 || !s.is(k, "year")) {
      return null;
    }
    int year = a.yearLastSpokenOf();
    return year == 0 ? null : new int[] {year, k + 1};
  }

  /** "this year", "last year", "next year" at j, as {year, end}, or null. */
  private static int[] deicticYear(SentenceTokens s, int j, Anchoring a) {
    if (!s.isAny(j, "this", "last", "next") || !s.is(j + 1, "year")) {
      return null;
    }
    int offset = s.is(j, "last") ? -1 : s.is(j, "next") ? 1 : 0;
    return new int[] {a.dct().getYear() + offset, j + 2};
  }

  /**
   * The year of the month closing a range of months ("from April through September", "May-June"):
   * the range runs forward from its first month, so it is that month's year, or the next when it
   * wraps past December ("November to February"). 0 when token i does not close such a range.
   */
  private int rangeEndYear(SentenceTokens s, int i, int month, Anchoring a) {
    int c = i >= 1 && s.isAny(i - 1, "early", "late", "mid") ? i - 1 : i; // "until early April"
    if (c < 2 || !(s.isDash(c - 1) || s.isAny(c - 1, "through", "to", "until", "till", "and"))) {
      return 0;
    }
    // the range's first month, with or without its year: "from December to March", "from November 2014 until April"
    int first = month(s, c - 2) > 0 ? month(s, c - 2) : c >= 3 && yearNumber(s, c - 2) > 0 ? month(s, c - 3) : 0;
    DatePoint last = a.reference(Granularity.MONTH);
    if (first == 0 || last == null || last.granularity() != Granularity.MONTH || last.date() == null
        || last.date().getMonthValue() != first) {
      return 0;
    }
    return last.date().getYear() + (month < first ? 1 : 0);
  }

  /** "1 December", "1st December 2025", "the 1st of December", "the first of December". */
  Found dayMonth(SentenceTokens s, int i, Anchoring a) {
    int j = i;
    if (s.is(j, "the")) {
      j++;
    }
    int day = dayNumber(s, j);
    if (day == 0) {
      Entry e = j < s.size ? s.word(j, Category.ORDINAL) : null;
      if (e == null || e.number() < 1 || j == i) {
        return null;
      }
      day = e.number();
    }
    int k = j + 1;
    if (s.is(k, "of")) {
      k++;
    }
    int month = month(s, k);
    if (month == 0) {
      return null;
    }
    int[] y = trailingYear(s, k + 1);
    int end = y == null ? k + 1 : y[1];
    DatePoint p = monthDayPoint(s, i, end, month, day, y == null ? 0 : y[0], a);
    if (p == null && a.hasDct()) {
      return null;
    }
    return Found.date(i, end, p);
  }

  /** "Tuesday", "Friday, Oct. 13", "Friday evening", "Tuesdays" (a set). */
  Found weekday(SentenceTokens s, int i, Anchoring a) {
    Entry e = s.keyWord(i, Category.WEEKDAY);
    boolean plural = false;
    if (e == null && s.lower[i].endsWith("s") && s.lower[i].length() > 6) {
      e = lexicon.get(s.lower[i].substring(0, s.lower[i].length() - 1), Category.WEEKDAY);
      plural = e != null;
    }
    if (e == null || !s.capitalized(i) || e.ambiguous() && !s.text[i].endsWith(".")) {
      return null;
    }
    int wd = e.number();
    if (!plural && s.isAny(i + 1, "and", "or") && i + 2 < s.size) {
      // "Monday and Tuesday nights": the first weekday recurs like the second
      Found next = weekday(s, i + 2, a);
      if (next != null && next.type() == TimexType.SET) {
        String code = next.value().contains("T") ? next.value().substring(next.value().indexOf('T')) : "";
        return Found.of(i, i + 1, TimexType.SET, "XXXX-WXX-" + wd + code);
      }
    }
    Entry partAfter = i + 1 < s.size ? s.word(i + 1, Category.DAYPART) : null;
    if (!plural && partAfter != null && partAfter.plural()) {
      return Found.of(i, i + 2, TimexType.SET, "XXXX-WXX-" + wd + "T" + partAfter.value()); // "Tuesday nights"
    }
    if (plural) {
      int j = i + 1;
      String code = "";
      Entry part = j < s.size ? s.word(j, Category.DAYPART) : null;
      if (part != null) {
        code = "T" + part.value();
        j++;
      }
      return Found.of(i, j, TimexType.SET, "XXXX-WXX-" + wd + code);
    }
    int j = i + 1;
    int k = s.is(j, ",") ? j + 1 : j;
    Found explicit = Found.longer(monthDate(s, k, a), dayMonth(s, k, a));
    if (explicit != null && explicit.point() != null && explicit.point().granularity() == Granularity.DAY) {
      return Found.date(i, explicit.to(), DatePoint.day(yearOfWeekday(s, k, explicit, wd, a)));
    }
    if (!a.hasDct()) {
      return Found.date(i, j, null);
    }
    DatePoint listed = a.reference(Granularity.DAY);
    if (followsAWeekdayInAList(s, i)
        && listed != null && listed.date() != null && listed.granularity() == Granularity.DAY
        && listed.date().isAfter(a.dct())) {
      // "games on Friday, Saturday and Sunday" ahead: each day of a list after the one before it
      // (a list in the past may go either way: "statements made Friday and Thursday")
      return withDayPart(s, i, j, Placement.weekdayStrict(listed.date(), wd, false));
    }
    Tense tense = tense(s, i, j);
    if (s.is(i - 1, "for") && !s.is(j, "'s")) {
      // "called a strike for Tuesday": set in the past, for a day after it; "ready for Friday": ahead
      tense = tense == Tense.PAST ? Tense.UNKNOWN : Tense.FUTURE;
    }
    LocalDate narrative = a.narrativeDay();
    if (narrative != null && (tense == Tense.PAST || tense == Tense.UNKNOWN)) {
      // a story told of its own days: the weekday follows the day last told of
      return withDayPart(s, i, j, narrative.plusDays((wd - narrative.getDayOfWeek().getValue() + 7) % 7));
    }
    LocalDate day = Placement.weekday(a.dct(), wd, tense);
    return withDayPart(s, i, j, day);
  }

  /** Aside words a list of days may hold between two of its days ("Saturday and, if needed, Sunday"). */
  private static final int LIST_ASIDE = 3;

  /**
   * Whether the weekday at i continues a list of days: a weekday, then a comma or "and"/"or", maybe
   * with a short aside set off by commas ("on Friday, Saturday and, if needed, Sunday").
   */
  private static boolean followsAWeekdayInAList(SentenceTokens s, int i) {
    int k = i - 1;
    if (s.is(k, ",")) {
      for (int m = k - 1; m >= 0 && m >= k - 1 - LIST_ASIDE; m--) {
        if (s.is(m, ",") && m < k - 1) {
          k = m; // the comma opening the aside
          break;
        }
        if (s.pos[m].equals("PUNCT") || s.keyWord(m, Category.WEEKDAY) != null) {
          break;
        }
      }
    }
    if (s.isAny(k, "and", "or") && s.is(k - 1, ",")) {
      k--; // "Friday, Saturday, and Sunday"
    }
    return k >= 1 && (s.is(k, ",") || s.isAny(k, "and", "or")) && s.keyWord(k - 1, Category.WEEKDAY) != null
        || s.isAny(k - 1, "and", "or") && s.is(k, ",") && k >= 2 && s.keyWord(k - 2, Category.WEEKDAY) != null;
  }

  /**
   * "On Tuesday, March 3," in a story of a year before: the weekday tells the year a date
   * written without one falls in (the year last spoken of when it fits, else the nearest such
   * year back, up to eleven, or the next one).
   */
  private static LocalDate yearOfWeekday(SentenceTokens s, int from, Found date, int weekday, Anchoring a) {
    LocalDate d = date.point().date();
    if (d.getDayOfWeek().getValue() == weekday) {
      return d;
    }
    for (int k = from; k < date.to(); k++) {
      if (yearNumber(s, k) > 0) {
        return d; // the year is written: the writer's weekday is wrong, not the year
      }
    }
    int story = a.lastYearNamed(); // the year the story is in, when it fits
    LocalDate inStory = story > 0 ? onWeekdayIn(d, story, weekday) : null;
    if (inStory != null) {
      return inStory;
    }
    for (int back = 1; back <= 11; back++) {
      LocalDate earlier = onWeekdayIn(d, d.getYear() - back, weekday);
      LocalDate later = back == 1 ? onWeekdayIn(d, d.getYear() + 1, weekday) : null;
      if (earlier != null || later != null) {
        return earlier != null ? earlier : later;
      }
    }
    return d;
  }

  /** The month and day of d in that year when it falls on the weekday, else null. */
  private static LocalDate onWeekdayIn(LocalDate d, int year, int weekday) {
    if (!validDay(year, d.getMonthValue(), d.getDayOfMonth())) {
      return null;
    }
    LocalDate day = LocalDate.of(year, d.getMonthValue(), d.getDayOfMonth());
    return day.getDayOfWeek().getValue() == weekday ? day : null;
  }

  /** A day, or a part of it when a part-of-day word follows ("Friday evening"). */
  private Found withDayPart(SentenceTokens s, int from, int j, LocalDate day) {
    Entry part = j < s.size ? s.word(j, Category.DAYPART) : null;
    if (part != null && !part.plural() && day != null) {
      return Found.date(from, j + 1, new DatePoint(day, Granularity.DAYPART, part.value()));
    }
    return Found.date(from, j, day == null ? null : DatePoint.day(day));
  }

  /** Holidays: "Christmas", "New Year's Day", "Thanksgiving", "Good Friday" (placed like a month and day). */
  Found holiday(SentenceTokens s, int i, Anchoring a) {
    if (!s.capitalized(i)) {
      return null;
    }
    for (TimeLexicon.Phrase h : lexicon.holidaysStartingWith(s.lower[i])) {
      int n = h.tokens().length;
      if (i + n > s.size) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < n && ok; k++) {
        ok = s.lower[i + k].equals(h.tokens()[k]);
      }
      if (!ok || partOfAName(s, i + n)) {
        continue;
      }
      int[] y = trailingYear(s, i + n);
      if (y == null && a.hasDct()) {
        y = deicticYear(s, i + n, a); // "May Day next year"
      }
      int end = y == null ? i + n : y[1];
      if (y != null) {
        return Found.date(i, end, DatePoint.day(HolidayDate.in(h.value(), y[0])));
      }
      if (!a.hasDct()) {
        return Found.date(i, end, null);
      }
      // placed like a month and day without a year, then taken in the year that placing gives
      LocalDate thisYear = HolidayDate.in(h.value(), a.dct().getYear());
      DatePoint placed = monthDayPoint(s, i, end, thisYear.getMonthValue(), thisYear.getDayOfMonth(), 0, a);
      return Found.date(i, end, placed == null || HolidayDate.fixed(h.value()) ? placed
          : DatePoint.day(HolidayDate.in(h.value(), placed.date().getYear())));
    }
    return null;
  }

  /** A capitalized word after a holiday's name makes it a place or an event: "Easter Island", "Christmas Island". */
  private boolean partOfAName(SentenceTokens s, int j) {
    return j < s.size && s.capitalized(j) && Character.isLetter(s.text[j].charAt(0))
        && s.keyWord(j, Category.WEEKDAY) == null && month(s, j) == 0;
  }

  /** today, tonight, overnight, yesterday, tomorrow, the day before yesterday; "yesterday morning". */
  Found deictic(SentenceTokens s, int i, Anchoring a) {
    int j = i;
    int offset;
    switch (s.lower[i]) {
      case "today": offset = 0; j++; break;
      case "yesterday": offset = -1; j++; break;
      case "tomorrow": offset = 1; j++; break;
      case "tonight":
        return Found.date(i, i + 1, a.hasDct() ? new DatePoint(a.dct(), Granularity.DAYPART, "NI") : null);
      case "overnight":
        // "police worked overnight", "overnight losses": the night before the dateline, or the coming one when ahead
        if (s.isAny(i - 1, "a", "an", "the")) {
          return null; // "an overnight stay"
        }
        return Found.date(i, i + 1, a.hasDct() ? new DatePoint(tense(s, i, i + 1) == Tense.FUTURE ? a.dct()
            : a.dct().minusDays(1), Granularity.DAYPART, "NI") : null).notRemembered();
      case "the":
        if (s.is(i + 1, "day") && s.is(i + 2, "before") && s.is(i + 3, "yesterday")) {
          offset = -2;
          j = i + 4;
          break;
        }
        if (s.is(i + 1, "day") && s.is(i + 2, "after") && s.is(i + 3, "tomorrow")) {
          offset = 2;
          j = i + 4;
          break;
        }
        return null;
      default:
        return null;
    }
    if (!a.hasDct()) {
      return Found.date(i, j, null);
    }
    return withDayPart(s, i, j, a.dct().plusDays(offset));
  }

  // ------------------------------------------------------------------ relative references

  /**
   * "that summer", "that September", "that same winter": the season or month of the year last
   * spoken of; "that Saturday": the Saturday of the days last spoken of (the next one, unless the
   * one before is much nearer).
   */
  private Found thatCalendarName(SentenceTokens s, int i, int k, Anchoring a) {
    Entry season = s.word(k, Category.SEASON);
    int month = month(s, k);
    Entry wd = s.capitalized(k) ? s.keyWord(k, Category.WEEKDAY) : null;
    if (season == null && month == 0 && (wd == null || wd.ambiguous())) {
      return null;
    }
    if (wd == null) {
      int year = a.yearLastSpokenOf();
      if (year == 0) {
        return Found.date(i, k + 1, null);
      }
      return Found.date(i, k + 1, season != null
          ? new DatePoint(LocalDate.of(year, 1, 1), Granularity.SEASON, season.value())
          : DatePoint.of(LocalDate.of(year, month, 1), Granularity.MONTH));
    }
    DatePoint base = a.reference(Granularity.DAY);
    if (base == null || base.date() == null) {
      return Found.date(i, k + 1, null);
    }
    int from = base.date().getDayOfWeek().getValue();
    int ahead = (wd.number() - from + 7) % 7;
    int back = (from - wd.number() + 7) % 7;
    LocalDate day = ahead <= back + 2 ? base.date().plusDays(ahead) : base.date().minusDays(back);
    return withDayPart(s, i, k + 1, day);
  }

  /** "accused him the same day of pursuing ...": the "of" belongs to the verb, not to the day. */
  private static boolean isGerund(SentenceTokens s, int i) {
    return i < s.size && s.lower[i].length() > 4 && s.lower[i].endsWith("ing");
  }

  /**
   * "this week", "last month", "next year", "last Friday", "this summer", "this morning",
   * "last night", "the following day", "the same month", "that week", "the previous year".
   */
  Found relative(SentenceTokens s, int i, Anchoring a) {
    int j = i;
    boolean the = s.is(j, "the");
    if (the) {
      j++;
    }
    if (j >= s.size) {
      return null;
    }
    String rel = s.lower[j];
    if (!the && rel.equals("that") && s.is(j + 1, "same")) {
      j++; // "that same year" is "the same year"
      rel = "same";
      the = true;
    }
    // "this past Friday", "this coming week"
    if (rel.equals("this") && s.isAny(j + 1, "past", "coming")) {
      j++;
      rel = s.lower[j].equals("past") ? "last" : "next";
    }
    int direction;
    boolean fromReference;
    switch (rel) {
      case "this": case "current": case "present":
        if (the && !rel.equals("current")) {
          return null;
        }
        direction = 0;
        fromReference = false;
        break;
      case "that": case "same":
        if (the == rel.equals("that")) {
          return null;
        }
        direction = 0;
        fromReference = true;
        break;
      case "last": case "past":
        direction = -1;
        fromReference = false;
        break;
      case "previous": case "preceding": case "prior":
        direction = -1;
        fromReference = the;
        break;
      case "latest":
        // "the latest week", "the latest fiscal year" of a report: the last one completed
        // (quarters: QuarterGrammar, the quarter last spoken of)
        if (!the || s.is(j + 1, "quarter")) {
          return null;
        }
        direction = -1;
        fromReference = false;
        break;
      case "next": case "following": case "coming": case "upcoming":
        direction = 1;
        fromReference = the && !rel.equals("coming") && !rel.equals("upcoming");
        break;
      default:
        return null;
    }
    int k = j + 1;
    if (s.isAny(k, "fiscal", "calendar", "financial") && s.is(k + 1, "year")) {
      k++; // "the current fiscal year", "last fiscal year": the year the report is in
    }
    if (k >= s.size) {
      return null;
    }
    if (!a.hasDct() && !fromReference) {
      return isRelativeTarget(s, k) ? Found.date(i, k + 1, null) : null;
    }
    if (j > 0 && s.capitalized(j) && s.capitalized(k) && !s.capitalized(j - 1) && s.word(k, Category.UNIT) != null) {
      return null; // "on ABC's This Week", "the magazine Next Year": a title inside a sentence
    }
    Entry unit = s.word(k, Category.UNIT);
    if (unit != null && !unit.plural() && !unit.ambiguous() && !unit.value().equals("H")
        && !unit.value().equals("MIN") && !unit.value().equals("2W")) {
      String u = unit.value();
      if ((the || s.is(i - 1, "the")) && s.is(k + 1, "of") && !(fromReference && isGerund(s, k + 2))) {
        // "the last week of July" is a week of July; "the last week of the trial" a part of an event
        return u.equals("W") && rel.equals("last") ? lastWeekOf(s, i, k + 2, a) : null;
      }
      if (u.equals("WE") && !fromReference) {
        return Found.date(i, k + 1, weekend(s, i, k + 1, a, direction));
      }
      if (u.equals("D") && !fromReference) {
        return null; // "this day", "the last day" are not deictic days in news
      }
      if (the && direction < 0 && !fromReference && s.is(i - 1, "for")) {
        return Found.of(i, k + 1, TimexType.DURATION, "P1" + u); // "for the past year": how long, up to now
      }
      // "could hold a vote in the next decade": a decade or a century ahead counts from now, not from a year named
      boolean fromNow = fromReference && (u.equals("E") || u.equals("C") || u.equals("L"))
          && tense(s, i, k + 1) != Tense.PAST;
      DatePoint base = fromReference && !fromNow ? a.reference(DatePoint.granularityOf(u)) : DatePoint.day(a.dct());
      if (base == null) {
        return Found.date(i, k + 1, null);
      }
      Granularity g = DatePoint.granularityOf(u);
      DatePoint p = DatePoint.of(DatePoint.shift(base.date(), direction, u), g);
      int yearBack = fromReference && direction == 0 && !u.equals("Y") ? yearBackAfter(s, k + 1) : 0;
      if (yearBack > 0) {
        // "the same month last year": the month last spoken of, a year before
        return Found.date(i, yearBack, DatePoint.of(p.date().minusYears(1), g)).notRemembered();
      }
      return Found.date(i, k + 1, p);
    }
    if (fromReference && the && direction != 0 && s.capitalized(k)) {
      Entry weekday = s.keyWord(k, Category.WEEKDAY);
      if (weekday != null && !weekday.ambiguous()) {
        DatePoint base = a.reference(Granularity.DAY);
        return withDayPart(s, i, k + 1, base == null ? null
            : Placement.weekdayStrict(base.date(), weekday.number(), direction < 0));
      }
    }
    if (fromReference && the && direction != 0 && s.word(k, Category.SEASON) != null) {
      // "the following spring": after the time last spoken of (a year: the next year's spring)
      DatePoint base = a.reference(Granularity.YEAR);
      if (base == null || base.date() == null) {
        return Found.date(i, k + 1, null);
      }
      String code = s.word(k, Category.SEASON).value();
      int year = base.granularity() == Granularity.YEAR ? base.date().getYear() + direction
          : Placement.seasonYear(base.date(), code, direction);
      return Found.date(i, k + 1, new DatePoint(LocalDate.of(year, 1, 1), Granularity.SEASON, code));
    }
    if (fromReference) {
      // "that night", "the following morning", "the previous evening"
      Entry part = s.word(k, Category.DAYPART);
      if (part != null && !part.plural() && (rel.equals("that") || rel.equals("same") || the && direction != 0)) {
        DatePoint base = a.reference(Granularity.DAY);
        return Found.date(i, k + 1, base == null ? null
            : new DatePoint(base.date().plusDays(direction), Granularity.DAYPART, part.value()));
      }
      return direction == 0 ? thatCalendarName(s, i, k, a) : null;
    }
    int month = month(s, k);
    if (month > 0 && !the) {
      int y = a.dct().getYear();
      int current = a.dct().getMonthValue();
      // "last February" written in March is a year back: the month just past would be "last month"
      int year = direction < 0 ? (month < current - 1 ? y : y - 1)
          : direction > 0 ? (month > current + 1 ? y : y + 1) : y;
      return Found.date(i, k + 1, DatePoint.of(LocalDate.of(year, month, 1), Granularity.MONTH));
    }
    Entry wd = s.keyWord(k, Category.WEEKDAY);
    if (wd != null && !wd.ambiguous() && the && direction != 0 && s.capitalized(k)) {
      // "the previous Friday", "the following Monday": from the last mentioned day
      DatePoint base = a.reference(Granularity.DAY);
      return withDayPart(s, i, k + 1, base == null ? null
          : Placement.weekdayStrict(base.date(), wd.number(), direction < 0));
    }
    if (wd != null && !wd.ambiguous() && !the && s.capitalized(k)) {
      int d = s.is(k + 1, ",") ? k + 2 : k + 1;
      Found explicit = Found.longer(monthDate(s, d, a), dayMonth(s, d, a)); // "this coming Sunday, March 8"
      if (explicit != null && explicit.point() != null && explicit.point().granularity() == Granularity.DAY) {
        return Found.date(i, explicit.to(), explicit.point());
      }
    }
    if (wd != null && !wd.ambiguous() && !the) {
      LocalDate day = direction == 0 ? Placement.weekday(a.dct(), wd.number(), futureUnlessPast(s, i, k + 1))
          : Placement.weekdayStrict(a.dct(), wd.number(), direction < 0);
      return withDayPart(s, i, k + 1, day);
    }
    Entry season = s.word(k, Category.SEASON);
    if (season != null && !the) {
      int year = Placement.seasonYear(a.dct(), season.value(), direction);
      return Found.date(i, k + 1, new DatePoint(LocalDate.of(year, 1, 1), Granularity.SEASON, season.value()));
    }
    Entry part = s.word(k, Category.DAYPART);
    if (part != null && !part.plural() && !the) {
      if (direction == 0) {
        return Found.date(i, k + 1, new DatePoint(a.dct(), Granularity.DAYPART, part.value()));
      }
      if (direction < 0 && part.value().equals("NI") && rel.equals("last")) {
        return Found.date(i, k + 1, new DatePoint(a.dct().minusDays(1), Granularity.DAYPART, "NI"));
      }
    }
    return null;
  }

  /** "the last week of July": the ISO week holding the month's last working days. */
  private Found lastWeekOf(SentenceTokens s, int i, int m, Anchoring a) {
    Found month = monthDate(s, m, a);
    if (month == null || month.point() == null || month.point().granularity() != Granularity.MONTH) {
      return null;
    }
    LocalDate d = month.point().date();
    LocalDate lastDay = d.withDayOfMonth(d.lengthOfMonth()).minusDays(3);
    return Found.date(i, month.to(), DatePoint.of(lastDay, Granularity.WEEK));
  }

  /**
   * "the first week of March", "the second week of May 2024": a week of a month, the ISO week
   * holding the month's 4th, 11th, 18th or 25th day (as ISO's first week of a year holds Jan. 4,
   * so a week counts for the month that has most of its days).
   */
  private Found nthWeekOf(SentenceTokens s, int i, Anchoring a) {
    if (!s.is(i, "the") || !s.is(i + 2, "week") || !s.is(i + 3, "of")) {
      return null;
    }
    Entry ordinal = s.word(i + 1, Category.ORDINAL);
    if (ordinal == null || ordinal.number() < 1 || ordinal.number() > 4) {
      return null;
    }
    Found month = monthDate(s, i + 4, a);
    if (month == null || month.point() == null || month.point().granularity() != Granularity.MONTH) {
      return null;
    }
    LocalDate day = month.point().date().withDayOfMonth(4 + 7 * (ordinal.number() - 1));
    return Found.date(i, month.to(), DatePoint.of(day, Granularity.WEEK));
  }

  /** The end of "last year", "of last year", "a year ago", "a year earlier" at j, or 0. */
  private static int yearBackAfter(SentenceTokens s, int j) {
    int k = s.is(j, "of") ? j + 1 : j;
    if (s.is(k, "last") && s.is(k + 1, "year")) {
      return k + 2;
    }
    if (s.isAny(k, "a", "one") && s.is(k + 1, "year") && s.isAny(k + 2, "ago", "earlier", "before")) {
      return k + 3;
    }
    return 0;
  }

  private boolean isRelativeTarget(SentenceTokens s, int k) {
    Entry unit = s.word(k, Category.UNIT);
    return unit != null && !unit.plural() && !unit.ambiguous() && !unit.value().equals("D")
        || month(s, k) > 0 || s.keyWord(k, Category.WEEKDAY) != null
        || s.word(k, Category.SEASON) != null;
  }

  private Tense futureUnlessPast(SentenceTokens s, int from, int to) {
    Tense t = tense(s, from, to);
    return t == Tense.PAST ? Tense.PAST : Tense.FUTURE;
  }

  /** "this weekend", "last weekend", "the weekend" (the one ahead or just past, by tense). */
  private DatePoint weekend(SentenceTokens s, int from, int to, Anchoring a, int direction) {
    LocalDate dct = a.dct();
    LocalDate week = dct;
    int today = dct.getDayOfWeek().getValue();
    if (direction != 0) {
      week = dct.plusWeeks(direction);
    } else {
      Tense t = tense(s, from, to);
      // "the sale ends this weekend": a scheduled event in the present looks ahead as the future does
      boolean past = t == Tense.PAST || t != Tense.FUTURE && t != Tense.PRESENT_EVENT && today <= 3;
      if (past && today < 6) {
        week = dct.minusWeeks(1);
      }
    }
    return DatePoint.of(week, Granularity.WEEKEND);
  }

  /**
   * "the day before", "the week after", "the night before" used alone (not "the day before the
   * vote", where TimeML marks "the day" and keeps "before" as a signal): one unit from the last
   * mentioned point.
   */
  Found unitBeforeOrAfter(SentenceTokens s, int i, Anchoring a) {
    if (!s.is(i, "the") || !s.isAny(i + 2, "before", "after") || i + 3 < s.size && startsNounPhrase(s, i + 3)) {
      return null;
    }
    int direction = s.is(i + 2, "before") ? -1 : 1;
    Entry part = s.word(i + 1, Category.DAYPART);
    if (part != null && !part.plural()) {
      DatePoint base = a.reference(Granularity.DAY);
      return Found.date(i, i + 3, base == null ? null
          : new DatePoint(base.date().plusDays(direction), Granularity.DAYPART, part.value()));
    }
    Entry unit = s.word(i + 1, Category.UNIT);
    Granularity g = unit == null || unit.plural() ? null : DatePoint.granularityOf(unit.value());
    if (g == null || g.ordinal() > Granularity.YEAR.ordinal() || unit.value().equals("2W")) {
      return null;
    }
    DatePoint base = a.reference(g);
    if (base == null) {
      return Found.date(i, i + 3, null);
    }
    return Found.date(i, i + 3, DatePoint.of(DatePoint.shift(base.date(), direction, unit.value()), g));
  }

  private static boolean startsNounPhrase(SentenceTokens s, int j) {
    String p = s.pos[j];
    return p.equals("DET") || p.equals("NOUN") || p.equals("PROPN") || p.equals("NUM") || p.equals("ADJ")
        || p.equals("PRON") && s.lower[j].endsWith("s") || s.isAny(j, "his", "her", "its", "their", "our", "my");
  }

  /**
   * The second day of a range written once with its month: "from Aug. 3 to 5", "Aug. 10-12",
   * "Aug. 10 and 11" (the "5" is Aug. 5 of the same year).
   */
  Found rangeEndDay(SentenceTokens s, int i, Anchoring a) {
    int day = dayNumber(s, i);
    if (day == 0 || i < 3 || !(s.isDash(i - 1) || s.isAny(i - 1, "to", "through", "and", "until", "till"))
        || month(s, i + 1) > 0 || s.is(i + 1, "%") || s.is(i + 1, ":") || i + 1 < s.size
        && s.word(i + 1, Category.UNIT) != null) {
      return null;
    }
    if (i + 1 < s.size && (s.isAny(i + 1, "percent", "per", "cent") || s.pos[i + 1].equals("NOUN")
        || s.pos[i + 1].equals("ADJ") || s.pos[i + 1].equals("NUM"))) {
      return null; // "from Aug. 3 to 5 percent"
    }
    int first = dayNumber(s, i - 2);
    int month = month(s, i - 3);
    if (first == 0 || month == 0 || first >= day) {
      return null;
    }
    Found start = monthDate(s, i - 3, a);
    if (start == null || start.to() != i - 1) {
      return null;
    }
    if (start.point() == null) {
      return Found.date(i, i + 1, null); // no dateline to place the range
    }
    if (start.point().granularity() != Granularity.DAY) {
      return null;
    }
    LocalDate d = start.point().date();
    if (day > YearMonth.of(d.getYear(), d.getMonthValue()).lengthOfMonth()) {
      return null;
    }
    int[] y = trailingYear(s, i + 1);
    return Found.date(i, y == null ? i + 1 : y[1], DatePoint.day(d.withDayOfMonth(day)));
  }

  /** Modal verbs after which "one day" means some day to come ("Islam will one day be ..."). */
  private static final Set<String> MODALS = Set.of("will", "would", "could", "might", "may", "can", "should", "must",
      "'ll", "to");

  /**
   * "will one day become", "hopes to one day return", "may some day": an unspecified future day
   * (FUTURE_REF), not the length of one day.
   */
  Found someDay(SentenceTokens s, int i) {
    if (!s.isAny(i, "one", "some") || !s.is(i + 1, "day") || i == 0 || !MODALS.contains(s.lower[i - 1])
        || i + 2 >= s.size || !Character.isLetter(s.lower[i + 2].charAt(0))
        || s.pos[i + 2].equals("ADP") || s.pos[i + 2].equals("CCONJ") || s.isAny(i + 2, "later", "earlier")) {
      return null; // a verb follows: not "will take one day of talks", "one day later"
    }
    return Found.of(i, i + 2, TimexType.DATE, "FUTURE_REF");
  }

  /**
   * The day an event has reached: "it is the second day of the offensive" (the dateline), "the
   * strike entered its third day on Saturday", "it was the fifth day of protests" (the day named
   * nearby, else the last one mentioned). Only after "is", "was" or "entered", where the phrase
   * says which day it is, not "on the third day of the talks" (a day left unknown).
   */
  Found nthDayOfEvent(SentenceTokens s, int i, Anchoring a) {
    if (!s.isAny(i, "the", "its", "their") || i == 0 || !s.is(i + 2, "day")) {
      return null;
    }
    Entry ordinal = s.word(i + 1, Category.ORDINAL);
    if (ordinal == null || ordinal.number() < 2) {
      return null;
    }
    if (s.isAny(i - 1, "is", "'s")) {
      return Found.date(i, i + 3, a.hasDct() ? DatePoint.day(a.dct()) : null);
    }
    if (s.isAny(i - 1, "was", "entered", "enters", "into")) {
      return new Found(i, i + 3, TimexType.DATE, null, null, new DatePoint(null, Granularity.DAY, null), true);
    }
    return null;
  }

  /**
   * "earlier in the day", "later in the week", "late in the year": the day, week, month or year
   * last spoken of (the dateline's when none was). Read from "in": the grammar's position prefix
   * puts "earlier" in the extent and its mod, as TimeML does for "earlier this year".
   */
  Found theDay(SentenceTokens s, int i, Anchoring a) {
    if (!s.is(i, "in") || !s.is(i + 1, "the") || !s.isAny(i + 2, "day", "week", "month", "year")
        || !s.isAny(i - 1, "earlier", "later", "early", "late")) {
      return null;
    }
    Granularity g = DatePoint.granularityOf(s.word(i + 2, Category.UNIT).value());
    DatePoint ref = a.reference(g);
    return Found.date(i, i + 3, ref == null ? null : DatePoint.of(ref.date(), g));
  }

  /** "the weekend" alone. */
  Found theWeekend(SentenceTokens s, int i, Anchoring a) {
    if (!s.is(i, "the") || !s.is(i + 1, "weekend")) {
      return null;
    }
    return Found.date(i, i + 2, a.hasDct() ? weekend(s, i, i + 2, a, 0) : null);
  }

  // ------------------------------------------------------------------ calendar periods

  /**
   * Prepositions before "the" and a word that may name a period or something else, which make it
   * the period: "in the fall", "into the evening" (not "the fall of the city").
   */
  static final java.util.Set<String> WITHIN_A_PERIOD = java.util.Set.of("in", "during", "by", "until", "since",
      "through", "throughout", "into");

  /** "summer 2025", "the summer of 1990", "the winter of nineteen ninety-four", "in the spring". */
  Found season(SentenceTokens s, int i, Anchoring a) {
    int j = s.is(i, "the") ? i + 1 : i;
    Entry e = j < s.size ? s.word(j, Category.SEASON) : null;
    if (e == null || s.capitalized(j) && j > 0) {
      return null;
    }
    int k = j + 1;
    int year = 0;
    int deictic = s.is(k, "of") ? k + 1 : k; // "the spring of next year", "summer last year"
    if (s.is(k, "of") && yearNumber(s, k + 1) > 0) {
      year = yearNumber(s, k + 1);
      k += 2;
    } else if (s.isAny(deictic, "this", "last", "next") && s.is(deictic + 1, "year")) {
      if (!a.hasDct()) {
        return Found.date(i, deictic + 2, null);
      }
      int[] named = deicticYear(s, deictic, a);
      year = named[0];
      k = named[1];
    } else if (s.is(k, "of")) {
      Found spelled = spelledYear(s, k + 1);
      if (spelled != null) {
        year = spelled.point().date().getYear();
        k = spelled.to();
      }
    } else if (yearNumber(s, k) > 0) {
      year = yearNumber(s, k);
      k++;
    }
    if (year == 0) {
      boolean context = j > 0 && CALENDAR_CONTEXT.contains(s.lower[j - 1]);
      // "in the fall", but not "the fall of the city" or "a fall in prices"
      boolean season = !e.ambiguous() || j == i + 1 && (s.isIn(i - 1, WITHIN_A_PERIOD) || s.is(i - 1, "till"))
          && !s.isAny(k, "in", "on", "to", "from", "of", "'s");
      if (!context || !season || s.is(k, "of")) {
        return null;
      }
      if (!a.hasDct()) {
        return Found.date(i, k, null);
      }
      year = seasonYearByTense(e.value(), a.dct(), tense(s, i, k));
    }
    return Found.date(i, k, new DatePoint(LocalDate.of(year, 1, 1), Granularity.SEASON, e.value()));
  }

  /**
   * The year of a season named without one: the dateline's, unless the tense points to the
   * season just past ("cut rates three times in the fall", written in January) or the one ahead
   * ("will open in the spring", written in October).
   */
  private static int seasonYearByTense(String code, LocalDate dct, Tense tense) {
    int y = dct.getYear();
    if (code.equals("WI")) {
      return y;
    }
    int start = Placement.seasonStart(code);
    int month = dct.getMonthValue();
    if (tense == Tense.PAST && start > month) {
      return y - 1;
    }
    if ((tense == Tense.FUTURE || tense == Tense.PRESENT_EVENT) && start + 3 <= month) {
      return y + 1;
    }
    return y;
  }

  /** "the 1990s", "1990s", "the '90s", "the nineties". */
  Found decade(SentenceTokens s, int i, Anchoring a) {
    int j = s.is(i, "the") ? i + 1 : i;
    if (j >= s.size) {
      return null;
    }
    String t = s.lower[j];
    int decadeStart = 0;
    int end = j + 1;
    if (t.length() == 5 && t.endsWith("s") && t.charAt(3) == '0' && Character.isDigit(t.charAt(0))
        && t.substring(0, 4).chars().allMatch(Character::isDigit)) {
      decadeStart = Integer.parseInt(t.substring(0, 4));
    } else if (t.length() == 4 && t.charAt(3) == '0' && t.chars().allMatch(Character::isDigit)
        && s.is(j + 1, "'s")) {
      decadeStart = Integer.parseInt(t); // "1990's"
      end = j + 2;
    } else if (t.equals("'") && j + 1 < s.size && s.lower[j + 1].length() == 3 && s.lower[j + 1].endsWith("0s")
        && Character.isDigit(s.lower[j + 1].charAt(0))) {
      decadeStart = twoDigitDecade(Integer.parseInt(s.lower[j + 1].substring(0, 2)), a);
      end = j + 2;
    } else if (t.length() == 3 && t.endsWith("0s") && Character.isDigit(t.charAt(0)) && j > i) {
      decadeStart = twoDigitDecade(Integer.parseInt(t.substring(0, 2)), a);
    } else if (t.endsWith("ties") && j > i) {
      Entry tens = lexicon.get(t.substring(0, t.length() - 3) + "y", Category.NUMBER);
      if (tens != null && tens.number() >= 20 && tens.number() <= 90) {
        decadeStart = twoDigitDecade(tens.number(), a);
      }
    }
    if (decadeStart < 1000) {
      return null;
    }
    if (decadeStart % 100 == 0 && decadeStart < 1900 && t.length() == 5) {
      // "the 1700s" is the century (17); "the 1900s" stays ambiguous and is read as the decade
      return Found.date(i, end, DatePoint.of(LocalDate.of(decadeStart, 1, 1), Granularity.CENTURY));
    }
    return Found.date(i, end, DatePoint.of(LocalDate.of(decadeStart, 1, 1), Granularity.DECADE));
  }

  private static int twoDigitDecade(int tens, Anchoring a) {
    int now = a.hasDct() ? a.dct().getYear() : 2000;
    return 2000 + tens <= now ? 2000 + tens : 1900 + tens;
  }

  /** "the 20th century", "the nineteenth century", "11th century". */
  Found century(SentenceTokens s, int i) {
    int j = s.is(i, "the") ? i + 1 : i;
    // "the 19th century", and the adjective "a 19th-century church"
    int c = s.is(j + 1, "-") && s.adjacent(j, j + 1) ? j + 2 : j + 1;
    if (c >= s.size || !s.is(c, "century")) {
      return null;
    }
    Entry ord = s.word(j, Category.ORDINAL);
    int n;
    if (ord != null) {
      n = ord.number();
    } else {
      String t = s.lower[j];
      int d = 0;
      while (d < t.length() && Character.isDigit(t.charAt(d))) {
        d++;
      }
      if (d == 0 || d > 2 || t.length() != d + 2) {
        return null;
      }
      n = Integer.parseInt(t.substring(0, d));
    }
    if (n < 1 || n > 30) {
      return null;
    }
    return Found.date(c > j + 1 ? j : i, c + 1, DatePoint.of(LocalDate.of((n - 1) * 100, 1, 1), Granularity.CENTURY));
  }

  /** A year: "2022", "the year 2000", "the year two thousand", "nineteen ninety-six". */
  Found year(SentenceTokens s, int i) {
    if (s.is(i, "the") && s.is(i + 1, "year")) {
      int y = yearNumber(s, i + 2);
      if (y > 0) {
        return Found.date(i, i + 3, DatePoint.of(LocalDate.of(y, 1, 1), Granularity.YEAR));
      }
      Found spelled = spelledYear(s, i + 2);
      if (spelled == null) {
        Quantities.Amount n = quantities.wordNumber(s, i + 2);
        if (n != null && n.number() >= 1000 && n.number() <= 2199) {
          return Found.date(i, n.end(), DatePoint.of(LocalDate.of((int) n.number(), 1, 1), Granularity.YEAR));
        }
        return null;
      }
      return spelled.withFrom(i);
    }
    Found spelled = spelledYear(s, i);
    if (spelled != null) {
      return spelled;
    }
    int y = yearNumber(s, i);
    if (y == 0) {
      return null;
    }
    String prev = i > 0 ? s.key[i - 1] : "";
    if (NOT_YEAR_BEFORE.contains(prev) || s.isAny(i + 1, "%", "percent", "people", "km", "kilometers", "miles", "meters")) {
      return null;
    }
    if (y < 1900 && !(i > 0 && s.isAny(i - 1, "in", "since", "by", "until", "from", "of", "between", "year", "before",
        "after", "and", "to", "-", "–", "around", "circa", "c."))) {
      return null;
    }
    // "in 1995 sales fell"; "the 1998 elections", "its 2024 accounts" (news style writes counts as "1,500 troops")
    boolean afterTimePreposition = y >= 1900 && y <= 2100 && (s.isAny(i - 1, "in", "since", "during", "until")
        || i > 0 && (s.pos[i - 1].equals("DET") || s.pos[i - 1].equals("PRON") || s.isAny(i - 1, "'s", "'")));
    if (i + 1 < s.size && s.pos[i + 1].equals("NOUN") && s.lower[i + 1].endsWith("s")
        && s.keyWord(i + 1, Category.UNIT) == null && !s.lower[i + 1].endsWith("'s") && !afterTimePreposition) {
      return null; // "1500 troops", but "in 1995 sales fell"
    }
    if (s.is(i + 1, ":") || s.is(i + 1, ".") && s.isDigits(i + 2) && s.adjacent(i, i + 1)) {
      return null;
    }
    return Found.date(i, i + 1, DatePoint.of(LocalDate.of(y, 1, 1), Granularity.YEAR));
  }

  /** "nineteen ninety-six", "eighteen twelve": a year read as two pairs of digits. */
  Found spelledYear(SentenceTokens s, int i) {
    if (i >= s.size) {
      return null;
    }
    Entry hundreds = s.word(i, Category.NUMBER);
    if (hundreds == null || hundreds.number() < 11 || hundreds.number() > 20 || !s.isAny(i, "nineteen", "eighteen",
        "seventeen", "twenty")) {
      return null;
    }
    Quantities.Amount rest = quantities.wordNumber(s, i + 1);
    if (rest == null || rest.number() < 10 || rest.number() > 99) {
      return null;
    }
    if (s.lower[i].equals("twenty") && rest.number() < 10) {
      return null;
    }
    int y = hundreds.number() * 100 + (int) rest.number();
    return Found.date(i, rest.end(), DatePoint.of(LocalDate.of(y, 1, 1), Granularity.YEAR));
  }

  /** "year-end", "year end", "year's end": the end of the current year. */
  Found yearEnd(SentenceTokens s, int i, Anchoring a) {
    if (!s.is(i, "year")) {
      return null;
    }
    int end;
    boolean hyphenated = false;
    if (s.is(i + 1, "-") && s.is(i + 2, "end") && s.adjacent(i, i + 1)) {
      end = i + 3;
      hyphenated = true;
    } else if (s.is(i + 1, "end")) {
      end = i + 2;
    } else if (s.is(i + 1, "'s") && s.is(i + 2, "end")) {
      end = i + 3;
    } else {
      return null;
    }
    if (!a.hasDct()) {
      return Found.date(i, end, null).withMod("END");
    }
    // "since year-end" counts from the end of the year before, as does a past "year-end rally"
    // told early in the year. "year end" is the year with mod END, as the TimeML guidelines write
    // "the end of the year"; the hyphenated "year-end" is the closing day, Dec. 31, as TimeBank
    // and the written set write it each time. Not an anchor: a closing date, not the story's day.
    boolean lastYears = s.is(i - 1, "since") || a.dct().getMonthValue() <= 2 && tense(s, i, end) == Tense.PAST;
    int year = a.dct().getYear() - (lastYears ? 1 : 0);
    if (hyphenated) {
      return Found.date(i, end, DatePoint.day(LocalDate.of(year, 12, 31))).notRemembered();
    }
    return Found.date(i, end, DatePoint.of(LocalDate.of(year, 1, 1), Granularity.YEAR)).withMod("END");
  }

  // ------------------------------------------------------------------ distances in time

  /**
   * "three years ago", "a week ago", "a year earlier", "several years ago" (PAST_REF). Ago
   * counts from the dateline, earlier from the last mentioned date. "Two days later" is left to
   * the duration grammar: TimeML annotates the length and keeps "later" as a signal.
   */
  Found agoOrLater(SentenceTokens s, int i, Anchoring a) {
    Quantities.Amount amount = quantities.read(s, i);
    int j;
    boolean vague;
    double n;
    if (amount == null) {
      // "years ago", "months earlier"
      j = i;
      vague = true;
      n = 0;
    } else {
      j = amount.end();
      vague = amount.vague();
      n = amount.number();
    }
    if (j >= s.size) {
      return null;
    }
    Entry unit = s.word(j, Category.UNIT);
    if (unit == null || unit.ambiguous() && amount == null) {
      return null;
    }
    if (amount == null && !unit.plural()) {
      return null;
    }
    int k = j + 1;
    if (s.is(k, "or") && s.is(k + 1, "so")) {
      k += 2;
    }
    String dir;
    if (s.is(k, "ago") || s.is(k, "back") && amount != null) {
      dir = "ago";
    } else if (s.is(k, "earlier")) {
      dir = "earlier";
    } else if (s.is(k, "later")) {
      return null; // "three days later" is the duration "three days" and the signal "later" (TimeML)
    } else if (s.is(k, "from") && s.is(k + 1, "now")) {
      dir = "hence";
      k++;
    } else if (s.is(k, "hence")) {
      dir = "hence";
    } else {
      return null;
    }
    String u = unit.value();
    if (vague || n != Math.rint(n)) {
      if (dir.equals("ago") || dir.equals("earlier")) {
        return Found.of(i, k + 1, TimexType.DATE, "PAST_REF");
      }
      return Found.of(i, k + 1, TimexType.DATE, "FUTURE_REF");
    }
    Granularity g = DatePoint.granularityOf(u);
    if (g == null) { // hours, minutes: a time of the dateline's day is not known; keep the day
      g = Granularity.DAY;
      u = "D";
      n = 0;
    }
    long steps = (long) n * (dir.equals("ago") || dir.equals("earlier") ? -1 : 1);
    if (dir.equals("ago") || dir.equals("hence")) {
      if (!a.hasDct()) {
        return Found.date(i, k + 1, null);
      }
      return fromTheDateline(i, k + 1, steps, u, g, a);
    }
    return shiftedReference(i, k + 1, steps, u, g, a);
  }

  /**
   * "three years ago", "year-ago": counted from the dateline, never from the last date mentioned.
   * A year back from a quarter just spoken of is that quarter a year before ("profit rose from a
   * year ago"). A year back is a comparison, not a time the story moves to: it is not an anchor,
   * so a following "a year earlier" means the same year, not the one before it.
   */
  private static Found fromTheDateline(int from, int to, long steps, String u, Granularity g, Anchoring a) {
    DatePoint last = a.reference(Granularity.YEAR);
    if (u.equals("Y") && last != null && last.granularity() == Granularity.QUARTER) {
      return Found.date(from, to, DatePoint.of(DatePoint.shift(last.date(), steps, u), Granularity.QUARTER))
          .notRemembered();
    }
    Found f = Found.date(from, to, DatePoint.of(DatePoint.shift(a.dct(), steps, u), g));
    return u.equals("Y") && steps == -1 ? f.notRemembered() : f;
  }

  /**
   * "a year earlier", "two days later": the last mentioned point moved, kept at its own
   * granularity when that is coarser than a day ("the third quarter ... a year earlier" is the
   * third quarter of the year before). Not itself an anchor, so repeated comparisons do not drift.
   */
  private static Found shiftedReference(int from, int to, long steps, String u, Granularity g, Anchoring a) {
    // "a year earlier" may compare whole quarters or years; "two days earlier" needs a day
    DatePoint ref = a.reference(u.equals("Y") ? Granularity.YEAR : g);
    if (ref == null) {
      return Found.date(from, to, null);
    }
    Granularity kept = ref.isDayOrFiner() ? g : ref.granularity().ordinal() < g.ordinal() ? ref.granularity() : g;
    Found f = Found.date(from, to, DatePoint.of(DatePoint.shift(ref.date(), steps, u), kept));
    return steps < 0 ? f.notRemembered() : f;
  }

  /** "year-earlier", "month-earlier" as adjectives: one unit before the reference; "year-ago" one before the dateline. */
  Found hyphenatedComparison(SentenceTokens s, int i, Anchoring a) {
    Entry unit = s.word(i, Category.UNIT);
    if (unit == null || unit.plural() || !s.is(i + 1, "-") || !s.isAny(i + 2, "earlier", "ago")
        || !s.adjacent(i, i + 1) || !s.adjacent(i + 1, i + 2)) {
      return null;
    }
    Granularity g = DatePoint.granularityOf(unit.value());
    if (g == null) {
      return null;
    }
    if (s.is(i + 2, "ago")) {
      return a.hasDct() ? fromTheDateline(i, i + 3, -1, unit.value(), g, a) : Found.date(i, i + 3, null);
    }
    return shiftedReference(i, i + 3, -1, unit.value(), g, a);
  }

  /** "in two weeks", "in three days" spoken of the future: the date that far from the dateline. */
  Found inUnits(SentenceTokens s, int i, Anchoring a) {
    if (!s.is(i, "in") || s.is(i + 1, "the")) {
      return null;
    }
    Quantities.Amount amount = quantities.read(s, i + 1);
    if (amount == null || amount.vague() || amount.number() != Math.rint(amount.number())) {
      return null;
    }
    int j = amount.end();
    Entry unit = j < s.size ? s.word(j, Category.UNIT) : null;
    if (unit == null || DatePoint.granularityOf(unit.value()) == null || s.is(j + 1, "or")) {
      return null; // "in a year or two": no date of its own
    }
    if (tense(s, i, j + 1) != Tense.FUTURE) {
      return null;
    }
    // "in" is a signal: the expression is "two weeks", valued as the date that far ahead
    if (!a.hasDct()) {
      return Found.date(i + 1, j + 1, null);
    }
    return Found.date(i + 1, j + 1, DatePoint.of(DatePoint.shift(a.dct(), (long) amount.number(), unit.value()),
        DatePoint.granularityOf(unit.value())));
  }
}
