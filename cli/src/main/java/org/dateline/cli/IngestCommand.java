package org.dateline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dateline.ingest.Ingest;
import org.dateline.input.InputException;
import org.dateline.input.TextDecoder;
import org.dateline.pipeline.Pipeline;
import org.dateline.store.Database;
import org.dateline.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline ingest PATH...}: articles from files and folders into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {
      "Extract articles and store them, with their versions and deduplicated events.",
      "Reads plain text (optional Title:/Published:/URL: header lines), HTML pages, RSS and Atom feeds,",
      "JSON Lines {id,title,text,published,url,source} and WARC/WARC.gz crawls; folders recursively.",
      "Re-ingesting an unchanged article changes nothing; a changed one becomes a new version."
    })
final class IngestCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files and folders to ingest.")
  List<Path> paths = new ArrayList<>();

  @Mixin StoreOptions storeOptions;

  @Mixin PipelineOptions pipelineOptions = new PipelineOptions();

  @Option(names = "--threads", description = "Extraction threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-chars", defaultValue = "" + TextDecoder.DEFAULT_MAX_CHARS,
      description = "Largest article accepted, in characters (default: ${DEFAULT-VALUE}).")
  int maxChars;

  @Override
  public Integer call() throws Exception {
    PrintStream err = System.err;
    List<Path> files;
    Pipeline pipeline;
    try {
      files = Ingest.files(paths);
      pipeline = pipelineOptions.build();
    } catch (InputException e) {
      CliErrors.error(err, e.getMessage());
      return 1;
    }
    try (Database db = storeOptions.open()) {
      Ingester.Counts counts = run(files, db, pipeline, threads, maxChars, err);
      return counts.failed == 0 ? 0 : 1;
    }
  }

  /** Ingests the files into the store, with a progress bar on a console and count lines otherwise. */
  static Ingester.Counts run(List<Path> files, Database db, Pipeline pipeline, int threads, int maxChars,
      PrintStream err) {
    long start = System.nanoTime();
    boolean console = System.console() != null;
    try (Ingester ingester = new Ingester(new Ingest(new TextDecoder(maxChars)), pipeline, new EventStore(db),
        threads, err)) {
      Ingester.Counts counts = ingester.counts();
      if (console) {
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files.size())
            .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).setUpdateIntervalMillis(250).build()) {
          ingester.onItem(() -> bar.setExtraMessage(" " + counts.read + " articles, " + counts.failed + " failed"));
          ingester.ingest(files, f -> bar.step());
        }
      } else {
        long[] lastLog = {System.nanoTime()};
        ingester.onItem(() -> {
          if (System.nanoTime() - lastLog[0] > 10_000_000_000L) {
            err.println("dateline: ingest: " + counts);
            lastLog[0] = System.nanoTime();
          }
        });
        ingester.ingest(files, f -> { });
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      err.printf("dateline: ingest: %s in %.1f s (%.1f articles/s) into %s%n", counts, seconds,
          counts.read / Math.max(seconds, 1e-9), db.describe());
      return counts;
    }
  }
}
