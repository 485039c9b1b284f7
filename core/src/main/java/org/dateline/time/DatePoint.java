package org.dateline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * A calendar date at some granularity (a day, a week, a month, a year, a decade, ...), with the
 * extra code some granularities need (season SU, half H1, part of day MO, clock time 10:30).
 * Formats itself as a TimeML value; shifts by units for relative expressions.
 */
record DatePoint(LocalDate date, Granularity granularity, String code) {

  enum Granularity { TIME, DAYPART, DAY, WEEKEND, WEEK, MONTH, SEASON, QUARTER, HALF, YEAR, DECADE, CENTURY, MILLENNIUM }

  static DatePoint day(LocalDate d) {
    return new DatePoint(d, Granularity.DAY, null);
  }

  static DatePoint of(LocalDate d, Granularity g) {
    return new DatePoint(d, g, null);
  }

  DatePoint with(Granularity g, String newCode) {
    return new DatePoint(date, g, newCode);
  }

  boolean isDayOrFiner() {
    return granularity.ordinal() <= Granularity.DAY.ordinal();
  }

  String value() {
    int y = date.getYear();
    switch (granularity) {
      case TIME:
        return dayString() + "T" + code;
      case DAYPART:
        return dayString() + "T" + code;
      case DAY:
        return dayString();
      case WEEKEND:
        return week() + "-WE";
      case WEEK:
        return week();
      case MONTH:
        return year4(y) + "-" + two(date.getMonthValue());
      case SEASON:
        return year4(y) + "-" + code;
      case QUARTER:
        return year4(y) + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
      case HALF:
        return year4(y) + "-H" + (date.getMonthValue() <= 6 ? 1 : 2);
      case YEAR:
        return year4(y);
      case DECADE:
        return year4(y).substring(0, 3);
      case CENTURY:
        return year4(y).substring(0, 2);
      case MILLENNIUM:
        return year4(y).substring(0, 1);
      default:
        throw new IllegalStateException(granularity.toString());
    }
  }

  private String dayString() {
    return year4(date.getYear()) + "-" + two(date.getMonthValue()) + "-" + two(date.getDayOfMonth());
  }

  private String week() {
    return year4(date.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static String year4(int y) {
    String s = Integer.toString(Math.abs(y));
    while (s.length() < 4) {
      s = "0" + s;
    }
    return s;
  }

  /** This point moved by n units (TimeML unit letters: D W M Q Y E C, WE), same granularity. */
  DatePoint plus(long n, String unit) {
    return new DatePoint(shift(date, n, unit), granularity, code);
  }

  static LocalDate shift(LocalDate d, long n, String unit) {
    switch (unit) {
      case "D": return d.plusDays(n);
      case "W": case "WE": return d.plusWeeks(n);
      case "2W": return d.plusWeeks(2 * n);
      case "M": return d.plusMonths(n);
      case "Q": return d.plusMonths(3 * n);
      case "Y": return d.plusYears(n);
      case "E": return d.plusYears(10 * n);
      case "C": return d.plusYears(100 * n);
      case "L": return d.plusYears(1000 * n);
      default: return d;
    }
  }

  /** The granularity a relative expression in this unit has ("last month" is a month). */
  static Granularity granularityOf(String unit) {
    switch (unit) {
      case "D": return Granularity.DAY;
      case "W": case "2W": return Granularity.WEEK;
      case "WE": return Granularity.WEEKEND;
      case "M": return Granularity.MONTH;
      case "Q": return Granularity.QUARTER;
      case "Y": return Granularity.YEAR;
      case "E": return Granularity.DECADE;
      case "C": return Granularity.CENTURY;
      case "L": return Granularity.MILLENNIUM;
      default: return null;
    }
  }

  /** The Monday of the ISO week of a date. */
  static LocalDate monday(LocalDate d) {
    return d.with(DayOfWeek.MONDAY);
  }
}
