package org.dateline.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.store.Database;
import org.dateline.store.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline quotes}: stored quotations with their speakers. */
@Command(name = "quotes", mixinStandardHelpOptions = true, description = "List stored quotations, newest article first.")
final class QuotesCommand implements Callable<Integer> {

  @Mixin StoreOptions storeOptions;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotes of this speaker (a name or part of one).")
  String speaker;

  @Option(names = "--limit", defaultValue = "100", description = "At most this many; 0 for all (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() throws Exception {
    PrintStream out = Output.stdout();
    try (Database db = storeOptions.open()) {
      List<Queries.QuoteRow> quotes = new Queries(db).quotes(speaker, limit);
      for (Queries.QuoteRow q : quotes) {
        out.printf("%s  %s: \"%s\"%s  (%s)%n", q.published() == null ? "          " : q.published(),
            q.speaker() == null ? "(unknown speaker)" : q.speaker(), q.text(),
            q.channel() == null ? "" : " [" + q.channel() + "]", q.title() != null ? q.title() : q.articleKey());
      }
      out.flush();
      System.err.printf("dateline: %d quotes%n", quotes.size());
    }
    return 0;
  }
}
