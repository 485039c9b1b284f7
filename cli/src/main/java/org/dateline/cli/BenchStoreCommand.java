package org.dateline.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.dateline.ingest.Ingest;
import org.dateline.model.Article;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Pipelines;
import org.dateline.store.Database;
import org.dateline.store.EventQuery;
import org.dateline.store.EventStore;
import org.dateline.store.Exporter;
import org.dateline.store.Queries;
import org.dateline.store.bench.SyntheticNews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dateline bench-store}: store throughput and query latency on generated news. Ingests N
 * synthetic articles into a fresh store (a temporary SQLite file, or a fresh schema of the
 * PostgreSQL database given with --db), either with their pre-built extractions (store speed
 * alone) or through the real pipeline (end to end), then times the main queries.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
    description = "Benchmark ingest into the store (articles/s, size on disk) and its queries (median, p95 ms).")
final class BenchStoreCommand implements Callable<Integer> {

  @Option(names = "--articles", defaultValue = "10000", description = "Articles to ingest (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--db", paramLabel = "URL",
      description = "jdbc:postgresql://... (a fresh schema is made and dropped), jdbc:h2:/jdbc:duckdb: file URLs, "
          + "or a SQLite file (default: a temporary SQLite file).")
  String db;

  @Option(names = "--pipeline", description = "Extract every article with the real pipeline instead of using pre-built extractions.")
  boolean pipeline;

  @Option(names = "--threads", description = "Extraction threads with --pipeline (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--runs", defaultValue = "30", description = "Timed runs of each query (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--keep", description = "Keep the benchmark store afterwards.")
  boolean keep;

  @Override
  public Integer call() throws Exception {
    PrintStream out = Output.stdout();
    Path tempDir = null;
    String url;
    String schema = null;
    if (db == null) {
      tempDir = Files.createTempDirectory("dateline-bench");
      url = "jdbc:sqlite:" + tempDir.resolve("bench.db");
    } else if (db.startsWith("jdbc:postgresql:")) {
      schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA " + schema);
      }
      url = db + (db.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    } else {
      url = Database.jdbcUrl(db);
    }
    try {
      run(out, url);
    } finally {
      if (schema != null && !keep) {
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
      }
      if (tempDir != null && !keep) {
        try (var files = Files.walk(tempDir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      } else if (tempDir != null) {
        out.println("kept: " + tempDir);
      }
    }
    out.flush();
    return 0;
  }

  private void run(PrintStream out, String url) throws Exception {
    SyntheticNews news = new SyntheticNews(2025, articles);
    try (Database database = Database.open(url)) {
      out.printf("store: %s (%s), %,d synthetic articles, %s%n", database.describe(), database.dialect(), articles,
          pipeline ? "real pipeline (" + threads + " threads)" : "pre-built extractions");
      EventStore store = new EventStore(database);
      long chars = 0;
      double seconds;
      if (pipeline) {
        Pipeline p = Pipelines.standard();
        long t0 = System.nanoTime();
        try (Ingester ingester = new Ingester(new Ingest(), p, store, threads, System.err)) {
          List<Article> batch = new ArrayList<>();
          for (int i = 0; i < articles; i++) {
            Article a = news.sample(i).article();
            chars += a.text().length();
            batch.add(a);
          }
          seconds = ingestWithPipeline(ingester, batch, t0);
        }
      } else {
        long storeNanos = 0;
        for (int start = 0; start < articles; start += 1000) {
          List<SyntheticNews.Sample> chunk = new ArrayList<>();
          for (int i = start; i < Math.min(articles, start + 1000); i++) {
            chunk.add(news.sample(i));
          }
          long t0 = System.nanoTime();
          for (SyntheticNews.Sample s : chunk) {
            store.save(s.article(), s.extraction());
          }
          storeNanos += System.nanoTime() - t0;
          for (SyntheticNews.Sample s : chunk) {
            chars += s.article().text().length();
          }
        }
        seconds = storeNanos / 1e9;
      }
      Queries queries = new Queries(database);
      Queries.Stats stats = queries.stats();
      out.printf("ingest: %,d articles in %.1f s = %,.0f articles/s (avg %,d chars); %,d reports -> %,d events "
          + "(%,d merged from several articles)%n", stats.articles(), seconds, stats.articles() / seconds,
          chars / Math.max(1, articles), stats.reports(), stats.events(), stats.mergedEvents());
      int again = Math.min(articles, 2000);
      long t0 = System.nanoTime();
      for (int i = 0; i < again; i++) {
        SyntheticNews.Sample s = news.sample(i);
        if (store.save(s.article(), s.extraction()) != EventStore.Outcome.UNCHANGED) {
          throw new IllegalStateException("re-ingest changed article " + i);
        }
      }
      double againSeconds = (System.nanoTime() - t0) / 1e9;
      out.printf("re-ingest of %,d unchanged articles: %,.0f articles/s (nothing written)%n", again, again / againSeconds);
      long bytes = database.sizeOnDisk();
      out.printf("size on disk: %.1f MB (%.1f KB per article)%n", bytes / 1e6, bytes / 1e3 / Math.max(1, stats.articles()));
      queries(out, database, queries);
    }
  }

  private static double ingestWithPipeline(Ingester ingester, List<Article> batch, long t0) {
    ingester.ingestArticles(batch);
    return (System.nanoTime() - t0) / 1e9;
  }

  private void queries(PrintStream out, Database database, Queries q) throws Exception {
    String[] countries = {"USA", "CHN", "FRA", "NGA", "BRA", "IND", "KEN", "QAT"};
    String[] types = {"CONSULT", "AID", "SANCTION", "ACCUSE", "ASSAULT", "AGREE"};
    String[] names = {"Santos", "Petrov", "Amara", "Zhou", "Larsen", "Okoro"};
    LocalDate base = LocalDate.of(2025, 1, 1);
    Path exportFile = Files.createTempFile("dateline-bench", ".csv");
    out.printf("%-44s %10s %10s %8s%n", "query", "median ms", "p95 ms", "rows");
    time(out, "events --country C (limit 100)", i -> q.events(new EventQuery(null, countries[i % countries.length],
        null, null, null, 100)).size());
    time(out, "events --actor NAME (limit 100)", i -> q.events(new EventQuery(names[i % names.length], null, null,
        null, null, 100)).size());
    time(out, "events --type T --from D --to D+30", i -> q.events(new EventQuery(null, null, types[i % types.length],
        base.plusDays(i * 11 % 330), base.plusDays(i * 11 % 330 + 30), 0)).size());
    time(out, "timeline of one week (events + reports)", i -> {
      var events = q.events(new EventQuery(null, null, null, base.plusDays(i * 7 % 350), base.plusDays(i * 7 % 350 + 6), 0));
      return q.reports(events.stream().map(Queries.EventRow::id).toList()).values().stream().mapToInt(List::size).sum();
    });
    time(out, "quotes --speaker NAME (limit 100)", i -> q.quotes(names[i % names.length], 100).size());
    time(out, "actors (top 100)", i -> q.actors(100).size());
    time(out, "event counts by type (GROUP BY)", i -> q.eventsByType().size());
    time(out, "export csv of one country's events", i -> new Exporter(database).export(
        new EventQuery(null, countries[i % countries.length], null, null, null, 0), Exporter.Format.CSV, exportFile));
    Files.deleteIfExists(exportFile);
  }

  private interface Query {
    int run(int i) throws Exception;
  }

  private void time(PrintStream out, String name, Query query) throws Exception {
    for (int i = 0; i < 3; i++) {
      query.run(i);
    }
    double[] ms = new double[runs];
    int rows = 0;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      rows = query.run(i + 3);
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    out.printf(Locale.ROOT, "%-44s %10.1f %10.1f %8d%n", name, ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], rows);
    out.flush();
  }
}
