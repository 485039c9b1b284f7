package org.dateline.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.store.Database;
import org.dateline.store.Queries;
import org.dateline.store.Queries.EventRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline events}: the deduplicated events, one line each. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "List stored events (merged across articles) in date order, with how many articles (and coded reports) each has.")
final class EventsCommand implements Callable<Integer> {

  @Mixin StoreOptions storeOptions;
  @Mixin EventFilters filters;

  @Option(names = "--limit", defaultValue = "1000", description = "At most this many events; 0 for all (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() throws Exception {
    PrintStream out = Output.stdout();
    try (Database db = storeOptions.open()) {
      List<EventRow> events = new Queries(db).events(filters.query(limit));
      out.printf("%-11s  %-22s %-5s %-45s %-16s %8s %7s  %s%n", "date", "type/mode", "cameo", "source -> target",
          "location", "articles", "reports", "id");
      for (EventRow e : events) {
        out.printf("%-11s  %-22s %-5s %-45s %-16s %8d %7d  %s%n", Output.date(e), Output.clip(Output.typeMode(e), 22),
            e.cameo() == null ? "" : e.cameo(), Output.clip(e.source() + " -> " + e.target(), 45),
            Output.clip(e.location() == null ? "" : e.location(), 16), e.articles(), e.reports(), e.id());
      }
      out.flush();
      System.err.printf("dateline: %d events%n", events.size());
    }
    return 0;
  }
}
