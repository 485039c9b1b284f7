package org.dateline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.ingest.Ingest;
import org.dateline.input.InputException;
import org.dateline.input.TextDecoder;
import org.dateline.pipeline.Pipelines;
import org.dateline.store.Database;
import org.dateline.store.EventQuery;
import org.dateline.store.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dateline demo}: the bundled example articles ingested into a demo store of their own
 * ({@code ~/.dateline/demo.db}, made afresh each time, never the default store), then a short
 * summary and the event timeline.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {
      "Ingest the bundled example articles into a fresh demo store (~/.dateline/demo.db, not your",
      "default store) and print a summary and the event timeline."
    })
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--examples", description = "Folder of example articles (default: the bundled examples/).")
  Path examples;

  @Option(names = "--db", paramLabel = "FILE", description = "Demo store file, replaced on every run (default: ~/.dateline/demo.db).")
  Path db;

  @Override
  public Integer call() throws Exception {
    PrintStream out = Output.stdout();
    Path dir = examples != null ? examples : Path.of(System.getProperty("dateline.home", "."), "examples");
    if (!Files.isDirectory(dir)) {
      CliErrors.error(System.err, dir + ": no examples folder");
      return 1;
    }
    Path file = db != null ? db : Database.defaultFile().resolveSibling("demo.db");
    if (file.toAbsolutePath().equals(Database.defaultFile().toAbsolutePath())) {
      CliErrors.error(System.err, file + ": that is the default store; the demo uses a store of its own");
      return 1;
    }
    fresh(file);
    List<Path> files;
    try {
      files = Ingest.files(List.of(dir));
    } catch (InputException e) {
      CliErrors.error(System.err, e.getMessage());
      return 1;
    }
    try (Database store = Database.open(file.toString())) {
      Ingester.Counts counts = IngestCommand.run(files, store, Pipelines.standard(),
          Runtime.getRuntime().availableProcessors(), TextDecoder.DEFAULT_MAX_CHARS, System.err);
      Queries queries = new Queries(store);
      Queries.Stats s = queries.stats();
      out.printf("Dateline demo: %d example articles from %s into %s%n", counts.read, dir, file);
      out.printf("  %d actors (%d mentions), %d quotes, %d event reports -> %d events (%d reported by several articles)%n",
          s.actors(), s.mentions(), s.quotes(), s.reports(), s.events(), s.mergedEvents());
      Map<String, Integer> types = queries.eventsByType();
      if (!types.isEmpty()) {
        StringBuilder sb = new StringBuilder("  events by type:");
        types.forEach((t, n) -> sb.append(' ').append(t).append(' ').append(n));
        out.println(sb);
      }
      out.println();
      out.println("Timeline");
      TimelineCommand.print(out, queries, EventQuery.all());
      out.println();
      out.println("Explore it: ./dateline timeline --db " + file + "   (also: events, quotes, actors, export --format graphml)");
      out.flush();
      return counts.failed == 0 ? 0 : 1;
    }
  }

  /** Removes an earlier demo store (the file and SQLite's log files beside it). */
  private static void fresh(Path file) throws IOException {
    for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
      Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
    }
  }
}
