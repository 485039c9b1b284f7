package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on good and bad input: one JSON object per article, one error line per bad input. */
class ExtractCommandTest {

  @Test
  void readsHeaderLinesAndHtmlPagesAsIngestDoes(@TempDir Path dir) throws Exception {
    Path text = Files.writeString(dir.resolve("story.txt"),
        "Title: Ministers meet\nPublished: 2024-03-07\n\nJapan and Australia signed a defence agreement on Tuesday.\n");
    Path page = Files.writeString(dir.resolve("page.html"), "<html><head><title>Port deal</title>"
        + "<meta property='article:published_time' content='2024-05-02T08:00:00Z'></head><body><nav>Home | World</nav>"
        + "<article><p>Kenya and Tanzania agreed on Monday to share the new port at Lamu, officials said.</p>"
        + "</article></body></html>");
    CliRun r = CliRun.of("extract", text.toString(), page.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).doesNotContain("no publication date");
    assertThat(r.out().lines().toList()).satisfiesExactly(
        first -> assertThat(first).contains("\"title\":\"Ministers meet\"", "\"published\":\"2024-03-07\"",
            "\"value\":\"2024-03-05\""),
        second -> assertThat(second).contains("\"published\":\"2024-05-02\"", "\"value\":\"2024-04-29\"")
            .doesNotContain("Home | World"));
  }

  @Test
  void extractsOneArticleAsOneJsonObject(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "Japan and Australia signed a defence agreement on Tuesday.\n");
    CliRun r = CliRun.of("extract", file.toString(), "--published", "2024-03-07", "--id", "x1");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).hasSize(1);
    assertThat(r.out()).startsWith("{\"article\":{\"id\":\"x1\",\"published\":\"2024-03-07\"}");
  }

  @Test
  void warnsOnceWhenNoPublicationDateIsKnown(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("undated.txt");
    Files.writeString(file, "Officials met yesterday.\n");
    CliRun r = CliRun.of("extract", file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("no publication date").contains("relative dates are left unresolved");
  }

  @Test
  void badInputsGiveOneLineEachNamingTheInputAndFail(@TempDir Path dir) throws Exception {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path binary = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 16, 74});
    Path latin1 = Files.write(dir.resolve("latin1.txt"), "na\u00efve caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Path huge = dir.resolve("huge.txt");
    byte[] line = new byte[20 * 1024 * 1024];
    java.util.Arrays.fill(line, (byte) 'a');
    Files.write(huge, line);
    CliRun r = CliRun.of("extract", empty.toString(), binary.toString(), latin1.toString(), huge.toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(4).allSatisfy(l -> assertThat(l).startsWith("dateline: error: "));
    assertThat(r.err()).contains("empty.txt: empty input").contains("photo.jpg: binary data")
        .contains("latin1.txt: not valid UTF-8").contains("huge.txt: too large")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aBadDateIsAUsageErrorNamingTheOption(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "Text.\n");
    CliRun r = CliRun.of("extract", file.toString(), "--published", "2024-02-30");
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("--published").contains("2024-02-30").doesNotContain("\tat ");
    assertThat(r.err().strip().lines()).as("one line, not the usage text").hasSize(1);
  }

  @Test
  void jsonLinesComeOutInInputOrderWithBadLinesReported(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.jsonl"),
        "{\"id\":\"one\",\"text\":\"Brazil hosted Argentina.\",\"published\":\"2024-01-02\"}\n"
            + "{\"id\":\"two\",\"text\":\"\"}\n"
            + "{\"id\":\"three\",\"text\":\"Chile protested.\",\"published\":\"2024-01-03\"}\n");
    CliRun r = CliRun.of("extract", "--input", in.toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.out().lines()).hasSize(2);
    assertThat(r.out().lines().toList().get(0)).contains("\"id\":\"one\"");
    assertThat(r.out().lines().toList().get(1)).contains("\"id\":\"three\"");
    assertThat(r.err()).contains("in.jsonl:2: empty text");
  }

  @Test
  void aUserVerbDictionaryCodesItsOwnEvents(@TempDir Path dir) throws Exception {
    Path text = Files.writeString(dir.resolve("a.txt"), "Japan mended diplomatic ties with Australia.\n");
    Path verbs = Files.writeString(dir.resolve("verbs.txt"), String.join("\n",
        "--- MEND [050] ---", "MEND", "- * DIPLOMATIC TIES [064]   # restored relations", ""));
    CliRun r = CliRun.of("extract", text.toString(), "--published", "2024-03-07", "--verbs", verbs.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"cameo\":\"064\"");
  }

  @Test
  void aBrokenVerbDictionaryIsOneErrorLineNamingItsLine(@TempDir Path dir) throws Exception {
    Path text = Files.writeString(dir.resolve("a.txt"), "Text.\n");
    Path verbs = Files.writeString(dir.resolve("verbs.txt"), "--- MEND [050] ---\nMEND\n* TIES [064]\n");
    CliRun r = CliRun.of("extract", text.toString(), "--published", "2024-03-07", "--verbs", verbs.toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains("verbs.txt:3").doesNotContain("\tat ");
  }
}
