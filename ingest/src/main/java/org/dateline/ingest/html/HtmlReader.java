package org.dateline.ingest.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.dateline.ingest.ArticleReader;
import org.dateline.input.ArticleInput;
import org.dateline.input.ArticleInput.Item;
import org.dateline.input.InputException;
import org.dateline.input.TextDecoder;
import org.dateline.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A saved HTML page; its id is the file name without extension, its charset read from the page. */
public final class HtmlReader implements ArticleReader {

  private final TextDecoder decoder;
  private final PageReader pages;

  public HtmlReader(TextDecoder decoder) {
    this.decoder = decoder;
    this.pages = new PageReader(decoder);
  }

  @Override
  public void read(Path file, Consumer<Item> sink) throws InputException {
    sink.accept(new Item(readOne(file), null));
  }

  public Article readOne(Path file) throws InputException {
    String where = file.toString();
    Document page = parse(where, file);
    String base = file.getFileName().toString();
    String id = base.contains(".") ? base.substring(0, base.lastIndexOf('.')) : base;
    return pages.read(where, page, id, null, ArticleInput.dateInName(base));
  }

  private Document parse(String where, Path file) throws InputException {
    try {
      long size = Files.size(file);
      if (size == 0) {
        throw new InputException(where, "empty input, nothing to extract");
      }
      if (size > (long) decoder.maxChars() * 8) {
        throw new InputException(where, String.format("too large for one page (%.1f MB)", size / 1e6));
      }
      try (InputStream in = Files.newInputStream(file)) {
        return Jsoup.parse(in, null, "");
      }
    } catch (NoSuchFileException e) {
      throw new InputException(where, "no such file");
    } catch (IOException e) {
      throw new InputException(where, "cannot read: " + e.getMessage());
    }
  }
}
