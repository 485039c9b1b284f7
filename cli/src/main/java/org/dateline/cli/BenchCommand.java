package org.dateline.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.actors.KnowledgeBase;
import org.dateline.actors.Lexicons;
import org.dateline.actors.PhraseTrie;
import org.dateline.bench.BenchCorpus;
import org.dateline.model.Article;
import org.dateline.pipeline.Document;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Pipelines;
import org.dateline.text.Abbreviations;
import org.dateline.text.Token;
import org.dateline.text.Tokenizer;
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
    // the knowledge base and the actor lexicons first, cold, as at start-up; CPU time of this
    // thread as well as wall time, since other jobs on the machine stretch the wall time
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long kbStart = System.nanoTime();
    long kbCpuStart = cpu.getCurrentThreadCpuTime();
    KnowledgeBase kb = KnowledgeBase.load(new Tokenizer(Abbreviations.load()));
    Lexicons.load();
    double kbCpu = (cpu.getCurrentThreadCpuTime() - kbCpuStart) / 1e9;
    double kbSeconds = (System.nanoTime() - kbStart) / 1e9;
    long loadStart = System.nanoTime();
    Pipeline pipeline = Pipelines.standard();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    System.out.printf("knowledge base + actor lexicons load (cold, first in this JVM): %.2f s CPU, %.2f s wall%n",
        kbCpu, kbSeconds);
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
    long bestCpuNanos = Long.MAX_VALUE;
    long tokens = 0;
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      long c0 = cpu.getCurrentThreadCpuTime();
      tokens = pass(pipeline, articles);
      bestCpuNanos = Math.min(bestCpuNanos, cpu.getCurrentThreadCpuTime() - c0);
      bestNanos = Math.min(bestNanos, System.nanoTime() - t0);
    }
    double seconds = bestNanos / 1e9;
    double cpuSeconds = bestCpuNanos / 1e9;
    System.out.printf("dateline extract (1 thread, best of %d): %,.0f tokens/s, %,.1f articles/s, %.2f s per pass, %,d tokens%n",
        rounds, tokens / seconds, articles.size() / seconds, seconds, tokens);
    // CPU time of the extracting thread: what other jobs on the machine stretch less than wall time
    System.out.printf("same passes in CPU time: %,.0f tokens per CPU second, %.2f s CPU per pass%n",
        tokens / cpuSeconds, cpuSeconds);
    System.out.printf("peak heap used: %,d MB (max heap %,d MB)%n", peakHeap() >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
    stageTimes(pipeline, articles, tokens, rounds);
    lookupShare(kb, pipeline, articles);
    return 0;
  }

  /**
   * What the knowledge-base lookups cost within extraction: at every token, the longest known
   * name, the longest title and the given-name check (at least what the actor stage asks), in
   * CPU time against a whole extraction pass over the same articles.
   */
  private static void lookupShare(KnowledgeBase kb, Pipeline pipeline, List<Article> articles) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    List<List<Token>> tokenLists = new java.util.ArrayList<>();
    Pipeline segment = pipeline.upTo("segment");
    for (Article a : articles) {
      tokenLists.add(segment.annotate(a).tokens());
    }
    long hits = 0;
    long bestLookup = Long.MAX_VALUE;
    long bestPass = Long.MAX_VALUE;
    for (int round = 0; round < 3; round++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      hits = 0;
      for (List<Token> tokens : tokenLists) {
        for (int i = 0; i < tokens.size(); i++) {
          if (kb.names().longest(tokens, i, tokens.size(), (e, span) -> PhraseTrie.caseFits(e.spelling(), span)) != null) {
            hits++;
          }
          if (kb.titles().longest(tokens, i, tokens.size(), (e, span) -> true) != null) {
            hits++;
          }
          if (kb.isGivenName(tokens.get(i).text())) {
            hits++;
          }
        }
      }
      bestLookup = Math.min(bestLookup, cpu.getCurrentThreadCpuTime() - t0);
      long t1 = cpu.getCurrentThreadCpuTime();
      pass(pipeline, articles);
      bestPass = Math.min(bestPass, cpu.getCurrentThreadCpuTime() - t1);
    }
    System.out.printf("knowledge-base lookups at every token (%,d hits): %.3f s CPU per pass = %.1f%% of an extraction "
        + "pass (%.2f s CPU)%n", hits, bestLookup / 1e9, 100.0 * bestLookup / bestPass, bestPass / 1e9);
  }

  /**
   * More passes timing each stage separately, to show where the time goes: wall time of one
   * pass, and the least CPU time each stage took over the passes.
   */
  private static void stageTimes(Pipeline pipeline, List<Article> articles, long tokens, int rounds) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    int stages = pipeline.stages().size();
    long[] nanos = new long[stages];
    long[] cpuNanos = new long[stages];
    java.util.Arrays.fill(cpuNanos, Long.MAX_VALUE);
    for (int round = 0; round < Math.max(1, rounds); round++) {
      long[] roundCpu = new long[stages];
      for (Article a : articles) {
        Document d = Document.of(a);
        for (int i = 0; i < stages; i++) {
          long t0 = System.nanoTime();
          long c0 = cpu.getCurrentThreadCpuTime();
          d = pipeline.stages().get(i).process(d);
          roundCpu[i] += cpu.getCurrentThreadCpuTime() - c0;
          if (round == 0) {
            nanos[i] += System.nanoTime() - t0;
          }
        }
      }
      for (int i = 0; i < stages; i++) {
        cpuNanos[i] = Math.min(cpuNanos[i], roundCpu[i]);
      }
    }
    System.out.println(perStage("per stage (tokens/s):", pipeline, nanos, tokens));
    System.out.println(perStage("per stage (tokens per CPU second, least of " + Math.max(1, rounds) + " passes):",
        pipeline, cpuNanos, tokens));
    long total = java.util.Arrays.stream(cpuNanos).sum();
    StringBuilder share = new StringBuilder("share of extraction CPU time:");
    for (int i = 0; i < stages; i++) {
      share.append(String.format(" %s %.1f%%;", pipeline.stages().get(i).name(), 100.0 * cpuNanos[i] / total));
    }
    System.out.println(share);
  }

  private static String perStage(String title, Pipeline pipeline, long[] nanos, long tokens) {
    StringBuilder sb = new StringBuilder(title);
    for (int i = 0; i < nanos.length; i++) {
      sb.append(String.format(" %s %,.0f;", pipeline.stages().get(i).name(), tokens / (nanos[i] / 1e9)));
    }
    return sb.toString();
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
