package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dateline.json.Json;
import org.dateline.model.Article;
import org.dateline.store.bench.SyntheticNews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dateline ingest} in a child JVM, killed with SIGKILL part way through a batch: the
 * store opens, ingesting the batch again stores exactly the missing articles, and every
 * article then has the same facts as in a store that was never interrupted.
 */
class KilledIngestCommandTest {

  private static final int ARTICLES = 3_000;

  @TempDir Path dir;

  @Test
  void aKilledIngestResumesAndEndsWithTheSameRecord() throws Exception {
    Path batch = dir.resolve("batch.jsonl");
    SyntheticNews news = new SyntheticNews(5, ARTICLES);
    try (BufferedWriter w = Files.newBufferedWriter(batch, StandardCharsets.UTF_8)) {
      for (int i = 0; i < ARTICLES; i++) {
        Article a = news.sample(i).article();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", a.id());
        line.put("title", a.title());
        line.put("text", a.text());
        line.put("published", a.published().toString());
        line.put("url", a.url());
        w.write(Json.line(line));
        w.write('\n');
      }
    }
    Path crashed = dir.resolve("crashed.db");
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), DatelineCli.class.getName(),
        "ingest", batch.toString(), "--db", crashed.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    long storedWhenKilled = 0;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (child.isAlive() && System.nanoTime() < deadline) {
      storedWhenKilled = articles(crashed);
      if (storedWhenKilled >= 200) {
        break;
      }
      Thread.sleep(50);
    }
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(storedWhenKilled).as("killed in the middle").isBetween(200L, (long) ARTICLES - 1);

    CliRun resumed = CliRun.of("ingest", batch.toString(), "--db", crashed.toString());
    assertThat(resumed.code()).isZero();
    long before = articles(crashed);
    assertThat(before).isEqualTo(ARTICLES);
    assertThat(resumed.err()).contains(String.format(java.util.Locale.ROOT, "%,d read", ARTICLES)).containsPattern("\\d+ stored, \\d+ unchanged, 0 updated");

    Path reference = dir.resolve("reference.db");
    assertThat(CliRun.of("ingest", batch.toString(), "--db", reference.toString()).code()).isZero();
    for (String table : new String[] {"actor", "mention", "timex", "quote", "report", "article_version"}) {
      String perArticle = "SELECT article_key, COUNT(*) FROM " + table + " GROUP BY article_key ORDER BY article_key";
      assertThat(rows(crashed, perArticle)).as(table).isEqualTo(rows(reference, perArticle));
    }
    String events = "SELECT cluster_id, report_count FROM event ORDER BY cluster_id";
    assertThat(rows(crashed, events)).isEqualTo(rows(reference, events));
  }

  private static long articles(Path db) {
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM article")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      return 0; // not created yet, or busy
    }
  }

  private static String rows(Path db, String sql) throws SQLException {
    StringBuilder sb = new StringBuilder();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        sb.append(rs.getString(1)).append('\t').append(rs.getString(2)).append('\n');
      }
    }
    return sb.toString();
  }
}
