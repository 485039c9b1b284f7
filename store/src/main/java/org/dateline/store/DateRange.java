package org.dateline.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a TimeML date value covers: {@code 2025-12-01} one day, {@code 2025-W49} a week,
 * {@code 2025-12} a month, {@code 2025-Q4} a quarter, {@code 2025-SU} a season, {@code 2025} a
 * year; a time ({@code 2025-12-01T10:00}) its day. Values with unknown parts ({@code XXXX-12}),
 * references ({@code PAST_REF}) and decades cover no known days.
 */
public record DateRange(LocalDate start, LocalDate end) {

  /** Ranges longer than this are too vague to bridge precise reports of one event. */
  public static final int PRECISE_DAYS = 7;

  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(T.*)?$");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})(-WE)?$");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
  private static final Pattern HALF = Pattern.compile("^(\\d{4})-H([12])$");
  private static final Pattern SEASON = Pattern.compile("^(\\d{4})-(SP|SU|FA|WI)$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");

  public static Optional<DateRange> of(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      Matcher m;
      if ((m = DAY.matcher(v)).matches()) {
        LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        return Optional.of(new DateRange(d, d));
      }
      if ((m = WEEK.matcher(v)).matches()) {
        LocalDate monday = LocalDate.of(num(m, 1), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2)).with(java.time.DayOfWeek.MONDAY);
        return Optional.of(m.group(3) != null
            ? new DateRange(monday.plusDays(5), monday.plusDays(6))
            : new DateRange(monday, monday.plusDays(6)));
      }
      if ((m = MONTH.matcher(v)).matches()) {
        YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
        return Optional.of(new DateRange(ym.atDay(1), ym.atEndOfMonth()));
      }
      if ((m = QUARTER.matcher(v)).matches()) {
        int q = num(m, 2);
        return months(num(m, 1), (q - 1) * 3 + 1, 3);
      }
      if ((m = HALF.matcher(v)).matches()) {
        return months(num(m, 1), num(m, 2) == 1 ? 1 : 7, 6);
      }
      if ((m = SEASON.matcher(v)).matches()) {
        int year = num(m, 1);
        return switch (m.group(2)) {
          case "SP" -> months(year, 3, 3);
          case "SU" -> months(year, 6, 3);
          case "FA" -> months(year, 9, 3);
          default -> Optional.of(new DateRange(LocalDate.of(year, 12, 1), LocalDate.of(year + 1, 2, 1).plusMonths(1).minusDays(1)));
        };
      }
      if ((m = YEAR.matcher(v)).matches()) {
        int y = num(m, 1);
        return Optional.of(new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  public static DateRange day(LocalDate d) {
    return new DateRange(d, d);
  }

  public boolean precise() {
    return ChronoUnit.DAYS.between(start, end) < PRECISE_DAYS;
  }

  public boolean overlaps(DateRange other) {
    return !start.isAfter(other.end) && !other.start.isAfter(end);
  }

  private static Optional<DateRange> months(int year, int firstMonth, int count) {
    YearMonth first = YearMonth.of(year, firstMonth);
    return Optional.of(new DateRange(first.atDay(1), first.plusMonths(count - 1).atEndOfMonth()));
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
