package org.dateline.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.input.ArticleInput;
import org.dateline.input.ArticleInput.Item;
import org.dateline.input.InputException;
import org.dateline.model.Article;

/**
 * A plain text article, optionally opened by header lines {@code Title:}, {@code Published:},
 * {@code URL:} (also {@code Source:} and {@code Id:}). The article text is what follows the
 * headers, without the blank line that ends them. Without headers the whole file is the text
 * and the publication date may come from the file name ({@code ...-2025-12-02.txt}).
 */
public final class PlainTextReader implements ArticleReader {

  private static final Pattern HEADER = Pattern.compile("^(title|published|date|url|source|id)\\s*:\\s*(.*)$",
      Pattern.CASE_INSENSITIVE);

  private final ArticleInput input;

  public PlainTextReader(ArticleInput input) {
    this.input = input;
  }

  @Override
  public void read(Path file, Consumer<Item> sink) throws InputException {
    sink.accept(new Item(readOne(file), null));
  }

  public Article readOne(Path file) throws InputException {
    Article whole = input.readText(file);
    return withHeaders(file.toString(), whole);
  }

  /** Moves leading header lines of the text into the article's fields. */
  static Article withHeaders(String where, Article whole) throws InputException {
    String text = whole.text();
    String title = whole.title();
    String url = whole.url();
    String source = whole.source();
    String id = whole.id();
    LocalDate published = whole.published();
    int pos = text.startsWith("\uFEFF") ? 1 : 0;
    int headers = 0;
    while (pos < text.length()) {
      int eol = text.indexOf('\n', pos);
      int next = eol < 0 ? text.length() : eol + 1;
      String line = text.substring(pos, eol < 0 ? text.length() : eol).strip();
      Matcher m = HEADER.matcher(line);
      if (!m.matches()) {
        if (line.isEmpty() && headers > 0) {
          pos = next; // the blank line that ends the headers
        }
        break;
      }
      String value = m.group(2).strip();
      switch (m.group(1).toLowerCase(Locale.ROOT)) {
        case "title" -> title = value.isEmpty() ? title : value;
        case "url" -> url = value.isEmpty() ? url : value;
        case "source" -> source = value.isEmpty() ? source : value;
        case "id" -> id = value.isEmpty() ? id : value;
        default -> published = value.isEmpty() ? published : Dates.parse(value).orElseThrow(
            () -> new InputException(where, "invalid Published date '" + value + "' (expected e.g. 2025-12-02)"));
      }
      headers++;
      pos = next;
    }
    if (headers == 0) {
      return whole;
    }
    String body = text.substring(pos);
    if (body.isBlank()) {
      throw new InputException(where, "only header lines, no article text");
    }
    return new Article(id, title, body, published, source, url);
  }
}
