package org.dateline.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.json.Json;
import org.dateline.model.Article;

/**
 * Reads articles for extraction: a plain text file (the whole file is the article text) or a
 * JSON Lines file of objects {@code id, title, text, published, url, source}.
 */
public final class ArticleInput {

  private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?!.*\\d{4}-\\d{2}-\\d{2})");

  private final TextDecoder decoder;

  public ArticleInput(TextDecoder decoder) {
    this.decoder = decoder;
  }

  /** A plain text file; the id is the file name without extension. */
  public Article readText(Path file) throws InputException {
    String name = file.toString();
    byte[] bytes = readBytes(file);
    String text = decoder.decode(name, bytes);
    String base = file.getFileName().toString();
    String id = base.contains(".") ? base.substring(0, base.lastIndexOf('.')) : base;
    return new Article(id, null, text, dateInName(base), null, null);
  }

  /** A publication date written in the file name ("seed-paris-2025-12-02.txt"), or null. */
  public static LocalDate dateInName(String fileName) {
    Matcher m = DATE_IN_NAME.matcher(fileName);
    if (m.find()) {
      try {
        return LocalDate.parse(m.group(1));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  private byte[] readBytes(Path file) throws InputException {
    String name = file.toString();
    try {
      if (Files.isDirectory(file)) {
        throw new InputException(name, "is a directory, not a file");
      }
      long size = Files.size(file);
      if (size > (long) decoder.maxChars() * 4) {
        throw new InputException(name, String.format(
            "too large for one article (%.1f MB; the limit is %.1f MB, see --max-chars)",
            size / 1e6, decoder.maxChars() / 1e6));
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file");
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage());
    }
  }

  /** One result of reading a JSON Lines file: an article, or the reason a line was refused. */
  public record Item(Article article, InputException error) {}

  /**
   * Reads a JSON Lines file in order, passing each line's article (or its one-line error, which
   * names the file and line) to the consumer. Blank lines are skipped.
   */
  public void readJsonLines(Path file, Consumer<Item> consumer) throws InputException {
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new InputException(name, Files.exists(file) ? "not a regular file" : "no such file");
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String where = name + ":" + lineNo;
        try {
          consumer.accept(new Item(parseJsonLine(where, line, lineNo), null));
        } catch (InputException e) {
          consumer.accept(new Item(null, e));
        }
      }
    } catch (java.nio.charset.MalformedInputException e) {
      throw new InputException(name, "not valid UTF-8");
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage());
    }
  }

  public Article parseJsonLine(String where, String line, int lineNo) throws InputException {
    JsonNode node;
    try {
      node = Json.mapper().readTree(line);
    } catch (IOException e) {
      throw new InputException(where, "not a JSON object (" + firstLine(e.getMessage()) + ")");
    }
    if (node == null || !node.isObject()) {
      throw new InputException(where, "not a JSON object");
    }
    String text = decoder.check(where, str(node, "text"));
    String id = str(node, "id");
    if (id == null) {
      id = "line-" + lineNo;
    }
    return new Article(id, str(node, "title"), text, parseDate(where, str(node, "published")),
        str(node, "source"), str(node, "url"));
  }

  /** Accepts YYYY-MM-DD, or an ISO date-time whose date part is taken. */
  public static LocalDate parseDate(String where, String value) throws InputException {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      if (v.length() > 10 && v.charAt(4) == '-' && (v.charAt(10) == 'T' || v.charAt(10) == ' ')) {
        v = v.substring(0, 10);
      }
      return LocalDate.parse(v);
    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new InputException(where, "invalid published date '" + value + "' (expected YYYY-MM-DD)");
    }
  }

  private static String str(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "parse error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Files named on the command line, directories expanded to their regular files in name order. */
  public static List<Path> expand(List<Path> paths) throws InputException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (var stream = Files.walk(p)) {
          stream.filter(Files::isRegularFile).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new InputException(p.toString(), "cannot list directory: " + e.getMessage());
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
