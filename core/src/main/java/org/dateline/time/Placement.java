package org.dateline.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Places calendar names that lack a year or a week ("Dec. 1", "January", "Tuesday") relative
 * to the dateline, using the clause's tense: the past tense looks back, the future looks
 * ahead, and without a cue the nearest occurrence wins (news speaks of the past more often, so
 * near-ties go back).
 */
final class Placement {

  private Placement() {}

  static LocalDate monthDay(LocalDate dct, int month, int day, Tense tense) {
    LocalDate best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
      if (day > YearMonth.of(y, month).lengthOfMonth()) {
        continue;
      }
      LocalDate candidate = LocalDate.of(y, month, day);
      long diff = candidate.toEpochDay() - dct.toEpochDay();
      if (tense == Tense.PAST && diff > 0 || tense == Tense.FUTURE && diff < 0) {
        continue;
      }
      long distance = Math.abs(diff) + (diff > 0 ? 1 : 0);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best != null ? best : LocalDate.of(dct.getYear(), month, Math.min(day, YearMonth.of(dct.getYear(), month).lengthOfMonth()));
  }

  /** The year of a month name without a year. */
  static int monthYear(LocalDate dct, int month, Tense tense) {
    int current = dct.getMonthValue();
    int y = dct.getYear();
    switch (tense) {
      case PAST:
        return month <= current ? y : y - 1;
      case FUTURE:
        return month >= current ? y : y + 1;
      default:
        int diff = month - current;
        if (diff > 6) {
          return y - 1;
        }
        if (diff < -6) {
          return y + 1;
        }
        return y;
    }
  }

  /** A weekday (ISO 1=Monday) near the dateline, today included. */
  static LocalDate weekday(LocalDate dct, int weekday, Tense tense) {
    int today = dct.getDayOfWeek().getValue();
    int back = (today - weekday + 7) % 7;
    int ahead = (weekday - today + 7) % 7;
    switch (tense) {
      case PAST:
        return dct.minusDays(back);
      case FUTURE:
        return dct.plusDays(ahead);
      default:
        return back <= ahead + 1 ? dct.minusDays(back) : dct.plusDays(ahead);
    }
  }

  /** "last Friday": strictly before the dateline; "next Friday": strictly after. */
  static LocalDate weekdayStrict(LocalDate dct, int weekday, boolean before) {
    int today = dct.getDayOfWeek().getValue();
    if (before) {
      int back = (today - weekday + 7) % 7;
      return dct.minusDays(back == 0 ? 7 : back);
    }
    int ahead = (weekday - today + 7) % 7;
    return dct.plusDays(ahead == 0 ? 7 : ahead);
  }

  /** Start month of a TimeML season code. */
  static int seasonStart(String code) {
    switch (code) {
      case "SP": return 3;
      case "SU": return 6;
      case "FA": return 9;
      default: return 12;
    }
  }

  /** The year of the season the dateline falls in (January and February belong to last year's winter). */
  static int currentSeasonYear(LocalDate dct) {
    return dct.getMonthValue() <= 2 ? dct.getYear() - 1 : dct.getYear();
  }

  static int currentSeasonStart(LocalDate dct) {
    int m = dct.getMonthValue();
    return m <= 2 || m == 12 ? 12 : m <= 5 ? 3 : m <= 8 ? 6 : 9;
  }

  /** Year of "last summer" (offset -1), "this summer" (0), "next summer" (+1). */
  static int seasonYear(LocalDate dct, String code, int offset) {
    int y = currentSeasonYear(dct);
    int start = seasonStart(code);
    int current = currentSeasonStart(dct);
    if (offset < 0) {
      return start < current ? y : y - 1;
    }
    if (offset > 0) {
      return start > current ? y : y + 1;
    }
    return start == 12 ? y : dct.getYear();
  }
}
