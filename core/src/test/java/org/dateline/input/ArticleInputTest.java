package org.dateline.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleInputTest {

  private final ArticleInput input = new ArticleInput(new TextDecoder());

  @Test
  void plainFileIsTheWholeTextWithTheDateFromItsName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("summit-2024-06-14.txt");
    Files.writeString(file, "Leaders met in Apulia.\n");
    var article = input.readText(file);
    assertThat(article.id()).isEqualTo("summit-2024-06-14");
    assertThat(article.text()).isEqualTo("Leaders met in Apulia.\n");
    assertThat(article.published()).isEqualTo(LocalDate.of(2024, 6, 14));
  }

  @Test
  void missingFileIsNamed(@TempDir Path dir) {
    assertThatThrownBy(() -> input.readText(dir.resolve("nope.txt")))
        .hasMessageEndingWith("nope.txt: no such file");
  }

  @Test
  void jsonLinesKeepOrderAndReportBadLinesByNumber(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\":\"a\",\"text\":\"First.\",\"published\":\"2024-05-01\"}",
        "not json",
        "{\"id\":\"c\",\"text\":\"Third.\",\"published\":\"2024-13-40\"}",
        "{\"id\":\"d\",\"text\":\"Fourth.\",\"published\":\"2024-05-02T10:00:00Z\"}"));
    List<String> seen = new ArrayList<>();
    input.readJsonLines(file, item -> seen.add(item.error() == null
        ? item.article().id() + "@" + item.article().published() : item.error().getMessage()));
    assertThat(seen).hasSize(4);
    assertThat(seen.get(0)).isEqualTo("a@2024-05-01");
    assertThat(seen.get(1)).startsWith(file + ":2: not a JSON object");
    assertThat(seen.get(2)).isEqualTo(file + ":3: invalid published date '2024-13-40' (expected YYYY-MM-DD)");
    assertThat(seen.get(3)).isEqualTo("d@2024-05-02");
  }
}
