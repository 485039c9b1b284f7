package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dateline.model.Extraction;
import org.dateline.store.TestStore.Engine;
import org.dateline.store.bench.SyntheticNews;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A child JVM stores many articles and is killed (SIGKILL) in the middle; the store must then
 * open, and every article in it must have all of its facts, and every event all of its reports.
 */
class KillDuringIngestTest {

  private static final int ARTICLES = 5_000;

  @TempDir Path dir;

  static List<Engine> engines() {
    return TestStore.engines().toList();
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aKilledIngestLeavesEveryStoredArticleWhole(Engine engine) throws Exception {
    try (TestStore t = TestStore.create(engine, dir)) {
      int reported = runAndKill(t.url, 150);
      try (Database db = t.open()) {
        List<String> ids = new ArrayList<>();
        try (Statement s = db.connection().createStatement();
            ResultSet rs = s.executeQuery("SELECT ext_id FROM article")) {
          while (rs.next()) {
            ids.add(rs.getString(1));
          }
        }
        assertThat(ids.size()).isGreaterThanOrEqualTo(reported).isLessThan(ARTICLES);
        SyntheticNews news = new SyntheticNews(11, ARTICLES);
        for (String id : ids) {
          int index = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
          SyntheticNews.Sample s = news.sample(index);
          Extraction x = s.extraction();
          String key = EventStore.keyOf(s.article());
          assertThat(count(db, "SELECT COUNT(*) FROM actor WHERE article_key = ?", key)).isEqualTo(x.actors().size());
          assertThat(count(db, "SELECT COUNT(*) FROM mention WHERE article_key = ?", key))
              .isEqualTo(x.actors().stream().mapToInt(a -> a.mentions().size()).sum());
          assertThat(count(db, "SELECT COUNT(*) FROM quote WHERE article_key = ?", key)).isEqualTo(x.quotes().size());
          assertThat(count(db, "SELECT COUNT(*) FROM timex WHERE article_key = ?", key)).isEqualTo(x.timexes().size());
          assertThat(count(db, "SELECT COUNT(*) FROM report WHERE article_key = ?", key)).isEqualTo(x.events().size());
          assertThat(count(db, "SELECT COUNT(*) FROM article_version WHERE article_key = ?", key)).isEqualTo(1);
        }
        assertThat(count(db, "SELECT COUNT(*) FROM report r WHERE NOT EXISTS "
            + "(SELECT 1 FROM event e WHERE e.cluster_id = r.cluster_id)", null)).isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM event e WHERE e.report_count <> "
            + "(SELECT COUNT(*) FROM report r WHERE r.cluster_id = e.cluster_id)", null)).isZero();
        // and the store takes more articles after the crash
        SyntheticNews.Sample next = news.sample(ARTICLES - 1);
        assertThat(new EventStore(db).save(next.article(), next.extraction())).isEqualTo(EventStore.Outcome.STORED);
      }
    }
  }

  /** Starts the child, kills it once it has stored {@code atLeast} articles; returns how many it said it stored. */
  private static int runAndKill(String url, int atLeast) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CrashChild.class.getName(), url, Integer.toString(ARTICLES))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    int stored = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        stored = Integer.parseInt(line.substring("stored ".length()));
        if (stored >= atLeast) {
          break;
        }
      }
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(stored).as("the child stored articles before it was killed").isGreaterThanOrEqualTo(atLeast);
    return stored;
  }

  private static int count(Database db, String sql, String key) throws SQLException {
    try (PreparedStatement p = db.connection().prepareStatement(sql)) {
      if (key != null) {
        p.setString(1, key);
      }
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
