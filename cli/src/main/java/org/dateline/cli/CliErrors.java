package org.dateline.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Conversions and messages shared by commands. */
final class CliErrors {

  private CliErrors() {}

  /** Parses --published strictly; a bad date is a usage error that names the option. */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            "invalid date '" + value + "' (expected YYYY-MM-DD, e.g. 2025-12-02)");
      }
    }
  }

  static void error(PrintStream err, String message) {
    err.println("dateline: error: " + message);
  }

  static void warn(PrintStream err, String message) {
    err.println("dateline: warning: " + message);
  }
}
