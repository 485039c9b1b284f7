package org.dateline.cli;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dateline.store.Database;
import org.dateline.store.Queries;
import org.dateline.store.Queries.EventRow;
import org.dateline.store.Queries.ReportRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline timeline}: events day by day, each with its sources and evidence. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Print the stored events day by day, each with the articles that report it and their evidence.")
final class TimelineCommand implements Callable<Integer> {

  @Mixin StoreOptions storeOptions;
  @Mixin EventFilters filters;

  @Option(names = "--limit", defaultValue = "200", description = "At most this many events; 0 for all (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() throws Exception {
    PrintStream out = Output.stdout();
    try (Database db = storeOptions.open()) {
      print(out, new Queries(db), filters.query(limit));
    }
    out.flush();
    return 0;
  }

  static int print(PrintStream out, Queries queries, org.dateline.store.EventQuery query) throws java.sql.SQLException {
    List<EventRow> events = queries.events(query);
    Map<String, List<ReportRow>> reports = queries.reports(events.stream().map(EventRow::id).toList());
    String day = null;
    for (EventRow e : events) {
      String d = Output.date(e);
      if (!d.equals(day)) {
        out.println(d);
        day = d;
      }
      out.printf("  %s  %s -> %s%s%s  [%s]%n", Output.typeMode(e) + (e.cameo() == null ? "" : " (" + e.cameo() + ")"),
          e.source(), e.target(), e.location() == null ? "" : " in " + e.location(),
          e.modality() == null || e.modality().equals("asserted") ? "" : " {" + e.modality() + "}",
          Output.reportCount(e));
      // One sentence can code several dyads of one event (sanctions on two companies of a country): show it once.
      Set<String> shown = new HashSet<>();
      for (ReportRow r : reports.getOrDefault(e.id(), List.of())) {
        if (!shown.add(r.articleKey() + "\u0000" + r.evidenceStart() + "\u0000" + r.evidence())) {
          continue;
        }
        String who = r.source() != null ? r.source() : r.url() != null ? r.url() : r.articleKey();
        String evidence = r.evidence() == null ? "" : "\"" + Output.clip(r.evidence(), 110) + "\"";
        out.printf("      %s %s%n", evidence, "- " + who + (r.published() == null ? "" : ", " + r.published()));
      }
    }
    if (events.isEmpty()) {
      out.println("(no events)");
    }
    return events.size();
  }
}
