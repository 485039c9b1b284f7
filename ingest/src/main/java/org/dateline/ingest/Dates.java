package org.dateline.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as pages and feeds write them: ISO dates and date-times (with or without
 * zone), RFC 1123 ("Tue, 02 Dec 2025 10:00:00 GMT"), and "2 December 2025" / "December 2,
 * 2025". The date is the one written, in the writer's own zone: a story published late on
 * Dec. 1 in Washington keeps Dec. 1.
 */
public final class Dates {

  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ])");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|T)");
  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH_DAY_YEAR = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_MONTH_DAY_YEAR = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH);

  private Dates() {}

  /** The date that a value names, or empty when it is not a date this class reads. */
  public static Optional<LocalDate> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    Matcher iso = ISO_DATE.matcher(v);
    if (iso.find()) {
      return ymd(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher compact = COMPACT.matcher(v);
    if (compact.find()) {
      return ymd(compact.group(1), compact.group(2), compact.group(3));
    }
    try {
      return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeParseException e) {
      // not RFC 1123; try the next form
    }
    try {
      return Optional.of(OffsetDateTime.parse(v).toLocalDate());
    } catch (DateTimeParseException e) {
      // not an offset date-time either
    }
    String words = v.replaceAll("\\s+", " ").replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
    for (DateTimeFormatter f : new DateTimeFormatter[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR, SHORT_MONTH_DAY_YEAR}) {
      try {
        return Optional.of(LocalDate.parse(words, f));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> ymd(String y, String m, String d) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
      return date.getYear() < 1800 || date.getYear() > 2200 ? Optional.empty() : Optional.of(date);
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
