package org.dateline.time;

import java.time.LocalDate;
import org.dateline.time.DatePoint.Granularity;
import org.dateline.time.TimeLexicon.Category;

/**
 * Times of day: "10:30 a.m.", "5 p.m. EST", "10am", "noon", "midnight", "14:00 GMT", "seven
 * o'clock", optionally with the day right after ("5 p.m. Wednesday", "noon Saturday", "10 a.m.
 * today", "5 p.m. EST, Nov. 6", "midnight tonight"). A time without its day floats until the
 * tagger dates it from the sentence or the last mentioned day. Time zones stay in the span, not in the value.
 */
final class ClockGrammar {

  private final TimeLexicon lexicon;
  private final Quantities quantities;
  private final DateGrammar dates;

  ClockGrammar(TimeLexicon lexicon, Quantities quantities, DateGrammar dates) {
    this.lexicon = lexicon;
    this.quantities = quantities;
    this.dates = dates;
  }

  Found match(SentenceTokens s, int i, Anchoring a) {
    int[] clock = clock(s, i);
    if (clock == null) {
      return null;
    }
    int end = clock[2];
    end = zone(s, end);
    // midnight closing a day is written T24, as TimeBank writes it ("midnight Friday": 1989-10-27T24)
    String code = clock[0] == 24 && clock[1] == 0 ? "24" : two(clock[0]) + ":" + two(clock[1]);
    // the day, right after: "Wednesday", "today", "Nov. 6"
    int k = s.is(end, ",") ? end + 1 : end;
    if (k < s.size) {
      Found day = Found.longer(Found.longer(dates.weekday(s, k, a), dates.deictic(s, k, a)),
          Found.longer(dates.monthDate(s, k, a), dates.dayMonth(s, k, a)));
      // "midnight tonight", "9 p.m. Friday night": a part of the day after the clock only confirms it, one TIME
      boolean partOfTheDay = day != null && day.point() != null && day.point().granularity() == Granularity.DAYPART
          && day.point().date() != null;
      if (day != null && (day.point() == null || day.point().granularity() == Granularity.DAY || partOfTheDay)) {
        if (day.point() == null) {
          return new Found(i, day.to(), org.dateline.model.TimexType.TIME, null, null, null, false);
        }
        LocalDate d = day.point().date();
        return Found.date(i, day.to(), new DatePoint(d, Granularity.TIME, code));
      }
    }
    return Found.floatingTime(i, end, code);
  }

  /** Forms of "spend", after which "the night", "the afternoon" is the part of the day spent. */
  private static final java.util.Set<String> SPENDING = java.util.Set.of("spent", "spend", "spends", "spending");
  /** Parts of the day named by the light, which need no "the": "at dawn", "before dusk on Friday". */
  private static final java.util.Set<String> TWILIGHT = java.util.Set.of("dawn", "daybreak", "dusk", "nightfall");
  /** Prepositions before a twilight word that make it a time ("at dawn"; not "a new dawn"). */
  private static final java.util.Set<String> AT_A_TIME = java.util.Set.of("at", "before", "after", "by", "until",
      "till", "since", "from", "around", "near", "toward", "towards");

  /**
   * A part of the day named without its day: after a position word ("mid afternoon", "late
   * morning") or as "in the morning", "by the evening", "at dawn"; with its day when one follows
   * ("mid-afternoon yesterday", "dawn Sunday"), else floating like a clock time.
   */

  Found dayPart(SentenceTokens s, int i, Anchoring a, boolean afterPosition) {
    int j = i;
    boolean twilight = s.isIn(i, TWILIGHT) && (s.isIn(i - 1, AT_A_TIME) || weekdayAt(s, i + 1, a));
    if (!afterPosition && !twilight) {
      // "worked into the evening", "spent the night in jail"
      if (!s.is(i, "the") || !s.isIn(i - 1, DateGrammar.WITHIN_A_PERIOD) && !s.isIn(i - 1, SPENDING)) {
        return null;
      }
      j++;
    }
    TimeLexicon.Entry part = j < s.size ? s.word(j, Category.DAYPART) : null;
    if (part == null || part.plural() || s.is(j + 1, "of") || s.is(j + 1, "-")) {
      return null;
    }
    Found day = j + 1 < s.size ? Found.longer(dates.weekday(s, j + 1, a), dates.deictic(s, j + 1, a)) : null;
    if (day != null && day.point() != null && day.point().granularity() == Granularity.DAY) {
      return Found.date(i, day.to(), new DatePoint(day.point().date(), Granularity.DAYPART, part.value()));
    }
    return new Found(i, j + 1, org.dateline.model.TimexType.TIME, null, null,
        new DatePoint(null, Granularity.DAYPART, part.value()), true);
  }

  private boolean weekdayAt(SentenceTokens s, int i, Anchoring a) {
    return i < s.size && dates.weekday(s, i, a) != null;
  }

  /** [hour, minute, end] of a clock time at token i, or null. */
  private int[] clock(SentenceTokens s, int i) {
    String t = s.lower[i];
    if (t.equals("noon") || t.equals("midday")) {
      return new int[] {12, 0, i + 1};
    }
    if (t.equals("midnight")) {
      return new int[] {24, 0, i + 1};
    }
    int hour;
    int minute = 0;
    int next = i + 1;
    int colon = t.indexOf(':');
    String suffix = null;
    if (colon > 0) {
      // "10:30", "10:30pm"
      int m = colon + 1;
      while (m < t.length() && Character.isDigit(t.charAt(m))) {
        m++;
      }
      if (colon > 2 || m - colon - 1 != 2 || !digits(t, 0, colon)) {
        return null;
      }
      hour = Integer.parseInt(t.substring(0, colon));
      minute = Integer.parseInt(t.substring(colon + 1, m));
      suffix = t.substring(m);
    } else {
      int d = 0;
      while (d < t.length() && Character.isDigit(t.charAt(d))) {
        d++;
      }
      if (d == 0) {
        Quantities.Amount words = quantities.wordNumber(s, i);
        if (words != null && s.is(words.end(), "o'clock") && words.number() <= 12) {
          return new int[] {(int) words.number(), 0, words.end() + 1};
        }
        return null;
      }
      if (d > 2) {
        // military style "1430 GMT"
        if (d == 4 && t.length() == 4 && next < s.size && s.keyWord(next, Category.ZONE) != null
            && s.text[next].equals(s.text[next].toUpperCase(java.util.Locale.ROOT))) {
          hour = Integer.parseInt(t.substring(0, 2));
          minute = Integer.parseInt(t.substring(2));
          return hour <= 24 && minute < 60 ? new int[] {hour, minute, next} : null;
        }
        return null;
      }
      hour = Integer.parseInt(t.substring(0, d));
      suffix = t.substring(d);
      if (suffix.isEmpty() && s.is(next, "o'clock")) {
        return hour <= 12 ? new int[] {hour, 0, next + 1} : null;
      }
    }
    boolean meridiemFound = false;
    boolean pm = false;
    if (suffix != null && !suffix.isEmpty()) {
      if (suffix.equals("am") || suffix.equals("a.m.")) {
        meridiemFound = true;
      } else if (suffix.equals("pm") || suffix.equals("p.m.")) {
        meridiemFound = true;
        pm = true;
      } else {
        return null;
      }
    } else if (next < s.size) {
      String k = s.key[next];
      if (k.equals("a.m") || k.equals("am") && !s.capitalized(next)) {
        meridiemFound = true;
        next++;
      } else if (k.equals("p.m") || k.equals("pm") && !s.capitalized(next)) {
        meridiemFound = true;
        pm = true;
        next++;
      }
    }
    if (minute > 59) {
      return null;
    }
    if (meridiemFound) {
      if (hour < 1 || hour > 12) {
        return null;
      }
      if (pm && hour < 12) {
        hour += 12;
      } else if (!pm && hour == 12) {
        hour = 0;
      }
      return new int[] {hour, minute, next};
    }
    if (colon < 0 || hour > 24) {
      return null;
    }
    // "10:30" alone reads as a time only with a zone after it or "at" before it
    boolean zoneAfter = next < s.size && s.keyWord(next, Category.ZONE) != null;
    boolean atBefore = i > 0 && s.isAny(i - 1, "at", "by", "until", "till", "around", "from", "before", "after");
    return zoneAfter || atBefore ? new int[] {hour, minute, next} : null;
  }

  /** Past a time zone after a clock time: "EST", "GMT", "(GMT)", "local time", "Kyiv time", "Eastern". */
  private int zone(SentenceTokens s, int j) {
    TimeLexicon.Entry zone = j < s.size ? s.keyWord(j, Category.ZONE) : null;
    if (zone != null && !zone.ambiguous() && s.text[j].equals(s.text[j].toUpperCase(java.util.Locale.ROOT))) {
      return j + 1;
    }
    if (s.is(j, "(") && j + 2 < s.size && s.keyWord(j + 1, Category.ZONE) != null && s.is(j + 2, ")")) {
      return j + 3;
    }
    if (j + 1 < s.size && s.is(j + 1, "time") && (s.is(j, "local") || s.capitalized(j))) {
      return j + 2;
    }
    // "5 p.m. Eastern": a zone named by its region, capitalized, not the start of a name ("Eastern Europe")
    if (zone != null && zone.ambiguous() && s.capitalized(j) && !(j + 1 < s.size && s.capitalized(j + 1))) {
      return j + 1;
    }
    return j;
  }

  private static boolean digits(String t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isDigit(t.charAt(k))) {
        return false;
      }
    }
    return to > from;
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
