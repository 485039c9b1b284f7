package org.dateline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.store.Database;
import org.dateline.store.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline export}: the event record as CSV, JSON Lines, Parquet, or a GraphML actor network. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {
      "Write the stored events to a file: csv and parquet (one row per event), jsonl (each event with its",
      "sources and evidence), or graphml (the actor network, for Gephi: edges weighted by number of events)."
    })
final class ExportCommand implements Callable<Integer> {

  @Option(names = "--format", required = true, paramLabel = "csv|jsonl|parquet|graphml", description = "Output format.")
  String format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Output file (default: events.FORMAT).")
  Path out;

  @Mixin StoreOptions storeOptions;
  @Mixin EventFilters filters;

  @Override
  public Integer call() throws Exception {
    Exporter.Format f;
    try {
      f = Exporter.Format.parse(format);
    } catch (IllegalArgumentException e) {
      CliErrors.error(System.err, e.getMessage());
      return 2;
    }
    Path file = out != null ? out : Path.of("events." + f.name().toLowerCase(java.util.Locale.ROOT));
    try (Database db = storeOptions.open()) {
      int n = new Exporter(db).export(filters.query(0), f, file);
      System.err.printf("dateline: wrote %d events to %s%n", n, file);
    }
    return 0;
  }
}
