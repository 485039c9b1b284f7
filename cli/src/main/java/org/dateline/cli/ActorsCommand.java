package org.dateline.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.store.Database;
import org.dateline.store.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline actors}: who the stored articles are about. */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = "List actors across stored articles (merged by name), most widely reported first.")
final class ActorsCommand implements Callable<Integer> {

  @Mixin StoreOptions storeOptions;

  @Option(names = "--limit", defaultValue = "100", description = "At most this many; 0 for all (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() throws Exception {
    PrintStream out = Output.stdout();
    try (Database db = storeOptions.open()) {
      List<Queries.ActorRow> actors = new Queries(db).actors(limit);
      out.printf("%-36s %-12s %-7s %8s %8s  %s%n", "name", "kind", "country", "articles", "mentions", "role");
      for (Queries.ActorRow a : actors) {
        out.printf("%-36s %-12s %-7s %8d %8d  %s%n", Output.clip(a.name(), 36), a.kind() == null ? "" : a.kind(),
            a.country() == null ? "" : a.country(), a.articles(), a.mentions(), a.role() == null ? "" : a.role());
      }
      out.flush();
    }
    return 0;
  }
}
