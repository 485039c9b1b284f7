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

  /** Days a date may lie on the "wrong" side of the dateline for its tense before the year changes. */
  private static final int TENSE_SLACK_DAYS = 61;

  /**
   * The date of a month and day written without a year. News style names the year only for
   * dates outside the current year, so the dateline's year is kept unless the tense points
   * across the year boundary (past tense for a date well after the dateline, future tense for
   * one well before it), or, without a tense, the date is more than half a year away.
   */
  static LocalDate monthDay(LocalDate dct, int month, int day, Tense tense) {
    int y = dct.getYear() + yearShift(dct, LocalDate.of(dct.getYear(), month, 1)
        .withDayOfMonth(Math.min(day, YearMonth.of(dct.getYear(), month).lengthOfMonth())), tense);
    return LocalDate.of(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth()));
  }

  private static int yearShift(LocalDate dct, LocalDate sameYear, Tense tense) {
    long diff = sameYear.toEpochDay() - dct.toEpochDay();
    switch (tense) {
      case PAST:
        return diff > TENSE_SLACK_DAYS ? -1 : 0;
      case FUTURE: case PRESENT_EVENT: // "the treaty expires in March": a scheduled date lies ahead
        return diff < -TENSE_SLACK_DAYS ? 1 : 0;
      default:
        return diff > 183 ? -1 : diff < -183 ? 1 : 0;
    }
  }

  /** The year of a month name without a year (same reasoning as {@link #monthDay}). */
  static int monthYear(LocalDate dct, int month, Tense tense) {
    LocalDate mid = LocalDate.of(dct.getYear(), month, 15);
    return dct.getYear() + yearShift(dct, mid, tense);
  }

  /** A weekday (ISO 1=Monday) near the dateline, today included. */
  static LocalDate weekday(LocalDate dct, int weekday, Tense tense) {
    int today = dct.getDayOfWeek().getValue();
    int back = (today - weekday + 7) % 7;
    int ahead = (weekday - today + 7) % 7;
    switch (tense) {
      case PAST:
        return dct.minusDays(back);
      case FUTURE: case PRESENT_EVENT:
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
