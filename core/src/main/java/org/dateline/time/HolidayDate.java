package org.dateline.time;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The day a holiday of holidays.tsv falls on in a given year. A rule is a fixed day "MM-DD"; a
 * weekday on or after a day, "MM-DD+W" (W the ISO weekday: Thanksgiving in the United States is
 * the Thursday on or after Nov. 22, "11-22+4"); or a number of days from Western Easter Sunday,
 * "EASTER", "EASTER-2", "EASTER+1".
 */
final class HolidayDate {

  private HolidayDate() {}

  /** The holiday's day in the year, or null for a rule this class cannot read. */
  static LocalDate in(String rule, int year) {
    if (rule.startsWith("EASTER")) {
      String offset = rule.substring("EASTER".length());
      return easterSunday(year).plusDays(offset.isEmpty() ? 0 : Integer.parseInt(offset.replace("+", "")));
    }
    if (rule.length() < 5 || rule.charAt(2) != '-') {
      return null;
    }
    int month = Integer.parseInt(rule.substring(0, 2));
    int day = Integer.parseInt(rule.substring(3, 5));
    LocalDate date = LocalDate.of(year, month, Math.min(day, LocalDate.of(year, month, 1).lengthOfMonth()));
    if (rule.length() > 5 && rule.charAt(5) == '+') {
      int weekday = Integer.parseInt(rule.substring(6));
      date = date.with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.of(weekday)));
    }
    return date;
  }

  /** A fixed rule "MM-DD": the day is the same every year, so it may be placed like "Dec. 25". */
  static boolean fixed(String rule) {
    return rule.length() == 5 && rule.charAt(2) == '-';
  }

  /** Western Easter Sunday (the anonymous Gregorian computus). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
