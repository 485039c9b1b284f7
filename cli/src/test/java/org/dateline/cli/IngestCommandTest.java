package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.dateline.store.Database;
import org.dateline.store.Queries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest command end to end, with the real pipeline, on files written here. */
class IngestCommandTest {

  @TempDir Path dir;

  @Test
  void ingestsAFolderThenFindsItUnchangedThenStoresAnUpdate() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("sub"));
    Files.writeString(in.resolve("one.txt"), "Title: One\nPublished: 2025-12-02\nURL: https://x.example/1\n\n"
        + "The foreign ministers met in Geneva on Monday to discuss the ceasefire.\n");
    Files.writeString(in.resolve("sub/two.html"), "<html><head><meta property='article:published_time' "
        + "content='2025-12-03'></head><body><article><p>Aid convoys crossed the border on Tuesday, officials said, "
        + "after weeks of delay.</p></article></body></html>");
    Files.writeString(in.resolve("sub/three.jsonl"), "{\"id\":\"j1\",\"text\":\"Talks resumed on Wednesday.\","
        + "\"published\":\"2025-12-04\"}\n{\"id\":\"j2\",\"text\":\"\"}\n");
    Files.write(in.resolve("sub/bad.txt"), new byte[] {(byte) 0xC3, 0x28, 0x41});
    Path db = dir.resolve("store.db");

    CliRun first = CliRun.of("ingest", in.toString(), "--db", db.toString(), "--threads", "2");
    assertThat(first.code()).isEqualTo(1); // two items failed, the rest are stored
    assertThat(first.err()).contains("3 read, 3 stored, 0 unchanged, 0 updated, 0 skipped, 2 failed")
        .contains("three.jsonl:2: empty text").contains("bad.txt: not valid UTF-8");
    assertThat(stats(db).articles()).isEqualTo(3);

    Files.delete(in.resolve("sub/bad.txt"));
    Files.writeString(in.resolve("sub/three.jsonl"), "{\"id\":\"j1\",\"text\":\"Talks resumed on Wednesday.\","
        + "\"published\":\"2025-12-04\"}\n");
    CliRun again = CliRun.of("ingest", in.toString(), "--db", db.toString());
    assertThat(again.code()).isZero();
    assertThat(again.err()).contains("3 read, 0 stored, 3 unchanged, 0 updated");

    Files.writeString(in.resolve("one.txt"), "Title: One\nPublished: 2025-12-02\nURL: https://x.example/1\n\n"
        + "The foreign ministers met in Geneva on Monday to discuss the ceasefire.\n"
        + "Editor's note: updated with the location of the talks.\n");
    CliRun update = CliRun.of("ingest", in.resolve("one.txt").toString(), "--db", db.toString());
    assertThat(update.err()).contains("1 read, 0 stored, 0 unchanged, 1 updated");
    assertThat(stats(db).versions()).isEqualTo(4);
  }

  @Test
  void queryAndExportCommandsRunOnAStore() throws Exception {
    Path db = dir.resolve("q.db");
    Files.writeString(dir.resolve("a.txt"), "Published: 2025-12-02\n\nThe ministers met on Monday.\n");
    assertThat(CliRun.of("ingest", dir.resolve("a.txt").toString(), "--db", db.toString()).code()).isZero();
    assertThat(CliRun.of("events", "--db", db.toString(), "--country", "FRA").code()).isZero();
    assertThat(CliRun.of("timeline", "--db", db.toString()).code()).isZero();
    assertThat(CliRun.of("quotes", "--db", db.toString(), "--speaker", "x").code()).isZero();
    assertThat(CliRun.of("actors", "--db", db.toString()).code()).isZero();
    for (String format : new String[] {"csv", "jsonl", "graphml", "parquet"}) {
      Path out = dir.resolve("out." + format);
      assertThat(CliRun.of("export", "--format", format, "--db", db.toString(), "-o", out.toString()).code()).isZero();
      assertThat(out).exists();
    }
    CliRun bad = CliRun.of("export", "--format", "xlsx", "--db", db.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown export format 'xlsx'");
  }

  @Test
  void theDemoUsesAStoreOfItsOwn() throws Exception {
    Path examples = Path.of(System.getProperty("dateline.home", ".."), "examples").toAbsolutePath();
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(examples), "examples/ not found");
    Path db = dir.resolve("demo.db");
    CliRun demo = CliRun.of("demo", "--examples", examples.toString(), "--db", db.toString());
    assertThat(demo.code()).isZero();
    assertThat(demo.out()).contains("Dateline demo:").contains("Timeline");
    assertThat(stats(db).articles()).isGreaterThanOrEqualTo(5);
  }

  private static Queries.Stats stats(Path db) throws SQLException {
    try (Database d = Database.open(db.toString())) {
      return new Queries(d).stats();
    }
  }


}
