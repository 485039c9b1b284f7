package org.dateline.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.json.Json;
import org.dateline.model.Article;

/** A folder of gold files (*.json) with their article texts beside them. */
public final class GoldCorpus {

  /** One gold annotation with the article it annotates. */
  public record Entry(Gold gold, Article article) {}

  private GoldCorpus() {}

  public static List<Entry> read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": not a directory of gold files");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<Entry> out = new ArrayList<>();
    for (Path f : files) {
      Gold gold;
      try {
        gold = Json.mapper().readValue(f.toFile(), Gold.class);
      } catch (IOException e) {
        throw new IOException(f + ": not a gold annotation (" + e.getMessage().lines().findFirst().orElse("") + ")");
      }
      if (gold.textFile() == null) {
        throw new IOException(f + ": gold file has no text_file");
      }
      Path textPath = f.resolveSibling(gold.textFile());
      String text = Files.readString(textPath, StandardCharsets.UTF_8);
      LocalDate published = gold.published() == null ? null : LocalDate.parse(gold.published());
      String id = gold.id() != null ? gold.id() : f.getFileName().toString().replace(".json", "");
      out.add(new Entry(gold, new Article(id, gold.title(), text, published, gold.source(), gold.url())));
    }
    if (out.isEmpty()) {
      throw new IOException(dir + ": no gold files (*.json)");
    }
    return out;
  }
}
