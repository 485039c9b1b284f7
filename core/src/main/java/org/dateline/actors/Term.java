package org.dateline.actors;

import java.time.LocalDate;
import java.util.Set;

/**
 * One office held by a person for a period: functions (HOS, HOG, FM, ...), the office's own
 * title, the country or organization it belongs to, and the first and last day (last null while
 * in office). Dates given only to the month or year are widened to cover the whole period. An
 * ex officio term (a headship held through another office) yields to the person's own office.
 */
public record Term(String country, Set<String> functions, String title, LocalDate start, LocalDate end, String sector,
    boolean exOfficio) {

  public Term(String country, Set<String> functions, String title, LocalDate start, LocalDate end, String sector) {
    this(country, functions, title, start, end, sector, false);
  }

  public boolean heldOn(LocalDate day) {
    if (day == null) {
      return end == null;
    }
    return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
  }

  /** Parses YYYY-MM-DD, YYYY-MM or YYYY; {@code endOfPeriod} picks the last day of a partial date. */
  static LocalDate parseDate(String s, boolean endOfPeriod) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String v = s.trim();
    if (v.length() == 4) {
      int y = Integer.parseInt(v);
      return endOfPeriod ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
    }
    // read by hand: DateTimeFormatter's first use costs tens of milliseconds at start-up
    int y = Integer.parseInt(v.substring(0, 4));
    int m = Integer.parseInt(v.substring(5, 7));
    if (v.length() == 7) {
      LocalDate first = LocalDate.of(y, m, 1);
      return endOfPeriod ? first.withDayOfMonth(first.lengthOfMonth()) : first;
    }
    if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
      throw new IllegalArgumentException("not a date: " + v);
    }
    return LocalDate.of(y, m, Integer.parseInt(v.substring(8, 10)));
  }
}
