package org.dateline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.dateline.ingest.Ingest;
import org.dateline.input.ArticleInput.Item;
import org.dateline.model.Article;
import org.dateline.model.Extraction;
import org.dateline.pipeline.Pipeline;
import org.dateline.store.EventStore;

/**
 * Reads files, extracts each new or changed article on a pool of threads, and stores the
 * results one transaction per article, in reading order. Articles whose stored version has the
 * same content are not extracted again. One bad item is one error line; the batch goes on.
 */
final class Ingester implements AutoCloseable {

  /** What happened to the items of a batch. */
  static final class Counts {
    long read;
    long stored;
    long unchanged;
    long updated;
    long skipped;
    long failed;

    long done() {
      return stored + unchanged + updated + failed;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%,d read, %,d stored, %,d unchanged, %,d updated, %,d skipped, %,d failed",
          read, stored, unchanged, updated, skipped, failed);
    }
  }

  private record Pending(Article article, Future<Extraction> extraction) {}

  private final Ingest ingest;
  private final Pipeline pipeline;
  private final EventStore store;
  private final PrintStream err;
  private final ExecutorService pool;
  private final int window;
  private final Deque<Pending> pending = new ArrayDeque<>();
  private final Counts counts = new Counts();
  private Runnable onItem = () -> {};

  Ingester(Ingest ingest, Pipeline pipeline, EventStore store, int threads, PrintStream err) {
    this.ingest = ingest;
    this.pipeline = pipeline;
    this.store = store;
    this.err = err;
    this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "extract");
      t.setDaemon(true);
      return t;
    });
    this.window = Math.max(2, threads * 4);
  }

  Counts counts() {
    return counts;
  }

  /** Called after every item (read, stored, refused): for progress reports. */
  void onItem(Runnable callback) {
    this.onItem = callback;
  }

  /** Ingests every file; {@code afterFile} is told after each one (for progress). */
  void ingest(List<Path> files, Consumer<Path> afterFile) {
    for (Path file : files) {
      boolean known = ingest.read(file, this::accept);
      if (!known) {
        counts.skipped++;
      }
      drain(false);
      afterFile.accept(file);
    }
    drain(true);
  }

  /** Ingests articles already read (benchmarks): the same path as files, hash check, pooled extraction. */
  void ingestArticles(List<Article> articles) {
    for (Article a : articles) {
      accept(new Item(a, null));
    }
    drain(true);
  }

  /** Stores one article with an extraction made elsewhere (benchmarks, tests). */
  void accept(Article article, Extraction extraction) {
    counts.read++;
    write(article, extraction);
  }

  private void accept(Item item) {
    acceptItem(item);
    onItem.run();
  }

  private void acceptItem(Item item) {
    if (item.error() != null) {
      counts.failed++;
      CliErrors.error(err, item.error().getMessage());
      return;
    }
    Article article = item.article();
    counts.read++;
    try {
      Optional<String> stored = store.storedHash(article);
      if (stored.isPresent() && stored.get().equals(EventStore.contentHash(article))) {
        counts.unchanged++;
        return;
      }
    } catch (SQLException e) {
      fail(article, "cannot read the store: " + e.getMessage());
      return;
    }
    pending.addLast(new Pending(article, pool.submit(() -> pipeline.extract(article))));
    while (pending.size() >= window) {
      writeHead();
    }
  }

  private void drain(boolean all) {
    while (!pending.isEmpty() && (all || pending.peekFirst().extraction().isDone())) {
      writeHead();
    }
  }

  private void writeHead() {
    Pending p = pending.removeFirst();
    Extraction x;
    try {
      x = p.extraction().get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      fail(p.article(), "extraction failed (" + cause.getClass().getSimpleName()
          + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")");
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(p.article(), "interrupted");
      return;
    }
    write(p.article(), x);
  }

  private void write(Article article, Extraction x) {
    try {
      switch (store.save(article, x)) {
        case STORED -> counts.stored++;
        case UPDATED -> counts.updated++;
        case UNCHANGED -> counts.unchanged++;
        default -> throw new IllegalStateException();
      }
    } catch (SQLException | RuntimeException e) {
      fail(article, "not stored: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
  }

  private void fail(Article article, String why) {
    counts.failed++;
    String name = article.url() != null ? article.url() : article.id();
    CliErrors.error(err, name + ": " + why.lines().findFirst().orElse(why));
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
