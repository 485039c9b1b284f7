package org.dateline.cli;

import java.time.LocalDate;
import org.dateline.store.EventQuery;
import picocli.CommandLine.Option;

/** Event filters shared by {@code events}, {@code timeline} and {@code export}. */
final class EventFilters {

  @Option(names = "--actor", paramLabel = "NAME", description = "Events with this actor on either side: whole words of its name or key (\"Putin\", \"vladimir putin\", \"ukr\").")
  String actor;

  @Option(names = "--country", paramLabel = "CODE", description = "Events with this country (ISO alpha-3, e.g. FRA) on either side.")
  String country;

  @Option(names = "--type", paramLabel = "TYPE", description = "PLOVER event type, e.g. CONSULT, AID, SANCTION.")
  String type;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = CliErrors.DateConverter.class,
      description = "Events on or after this day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = CliErrors.DateConverter.class,
      description = "Events on or before this day.")
  LocalDate to;

  EventQuery query(int limit) {
    return new EventQuery(actor, country, type, from, to, limit);
  }
}
