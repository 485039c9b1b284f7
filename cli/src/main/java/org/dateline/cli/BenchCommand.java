package org.dateline.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.bench.BenchCorpus;
import org.dateline.model.Article;
import org.dateline.pipeline.Document;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dateline bench}: extraction throughput on one thread over the evaluation texts. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {
      "Measure extraction throughput (tokens/s, articles/s) on one core, and peak heap.",
      "Reads the texts of the seed gold, TempEval-3 and CoNLL-2003 under --shared."
    })
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--shared", defaultValue = "../shared", description = "The shared folder (default: ${DEFAULT-VALUE}).")
  Path shared;

  @Option(names = "--rounds", defaultValue = "3", description = "Timed passes over the corpus (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--warmup", defaultValue = "1", description = "Untimed passes first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Override
  public Integer call() throws IOException {
    long loadStart = System.nanoTime();
    Pipeline pipeline = Pipelines.standard();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    List<Article> articles = BenchCorpus.load(shared.resolve("eval"));
    if (articles.isEmpty()) {
      System.err.println("dateline: error: " + shared.resolve("eval") + ": no texts found to benchmark");
      return 1;
    }
    System.out.printf("corpus: %d articles, %,d characters; pipeline load %.2f s%n",
        articles.size(), articles.stream().mapToLong(a -> a.text().length()).sum(), loadSeconds);
    for (int i = 0; i < warmup; i++) {
      pass(pipeline, articles);
    }
    resetPeaks();
    long bestNanos = Long.MAX_VALUE;
    long tokens = 0;
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      tokens = pass(pipeline, articles);
      bestNanos = Math.min(bestNanos, System.nanoTime() - t0);
    }
    double seconds = bestNanos / 1e9;
    System.out.printf("dateline extract (1 thread, best of %d): %,.0f tokens/s, %,.1f articles/s, %.2f s per pass, %,d tokens%n",
        rounds, tokens / seconds, articles.size() / seconds, seconds, tokens);
    System.out.printf("peak heap used: %,d MB (max heap %,d MB)%n", peakHeap() >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
    stageTimes(pipeline, articles, tokens);
    return 0;
  }

  /** One more pass, timing each stage separately, to show where the time goes. */
  private static void stageTimes(Pipeline pipeline, List<Article> articles, long tokens) {
    long[] nanos = new long[pipeline.stages().size()];
    for (Article a : articles) {
      Document d = Document.of(a);
      for (int i = 0; i < nanos.length; i++) {
        long t0 = System.nanoTime();
        d = pipeline.stages().get(i).process(d);
        nanos[i] += System.nanoTime() - t0;
      }
    }
    StringBuilder sb = new StringBuilder("per stage (tokens/s):");
    for (int i = 0; i < nanos.length; i++) {
      sb.append(String.format(" %s %,.0f;", pipeline.stages().get(i).name(), tokens / (nanos[i] / 1e9)));
    }
    System.out.println(sb);
  }

  private static long pass(Pipeline pipeline, List<Article> articles) {
    long tokens = 0;
    for (Article a : articles) {
      Document d = pipeline.annotate(a);
      tokens += d.tokens().size();
    }
    return tokens;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
