package org.dateline.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.dateline.input.ArticleInput;
import org.dateline.input.ArticleInput.Item;
import org.dateline.input.InputException;
import org.dateline.model.Article;

/**
 * JSON Lines of {@code {id, title, text, published, url, source}}: one article per line, each
 * checked by {@link ArticleInput#parseJsonLine}. A line without id or url is named after its
 * file and line ({@code feed.jsonl#12}), so lines of different files never share an identity.
 */
public final class JsonLinesReader implements ArticleReader {

  private final ArticleInput input;

  public JsonLinesReader(ArticleInput input) {
    this.input = input;
  }

  @Override
  public void read(Path file, Consumer<Item> sink) throws InputException {
    String name = file.toString();
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int lineNo = 0;
    try (BufferedReader reader = new BufferedReader(
        new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
      String line;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String where = name + ":" + lineNo;
        try {
          Article a = input.parseJsonLine(where, line, lineNo);
          if (a.url() == null && a.id().equals("line-" + lineNo) && !line.contains("\"id\"")) {
            a = a.withId(file.getFileName() + "#" + lineNo);
          }
          sink.accept(new Item(a, null));
        } catch (InputException e) {
          sink.accept(new Item(null, e));
        }
      }
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InputException(name, "no such file");
    } catch (CharacterCodingException e) {
      throw new InputException(name + ":" + (lineNo + 1), "not valid UTF-8; the lines after it were not read");
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage());
    }
  }
}
