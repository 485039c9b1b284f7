package org.dateline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dateline.ingest.feed.FeedReader;
import org.dateline.ingest.html.HtmlReader;
import org.dateline.ingest.warc.WarcArticleReader;
import org.dateline.input.ArticleInput;
import org.dateline.input.ArticleInput.Item;
import org.dateline.input.InputException;
import org.dateline.input.TextDecoder;

/**
 * Reads articles from files of any supported {@link Format}, folders recursively, in a stable
 * order (paths sorted). Every article or per-item error goes to the sink; a file that cannot be
 * read at all becomes one error item too, and the next file is read.
 */
public final class Ingest {

  private final PlainTextReader text;
  private final HtmlReader html;
  private final FeedReader feeds;
  private final JsonLinesReader jsonLines;
  private final WarcArticleReader warc;

  public Ingest(TextDecoder decoder) {
    ArticleInput input = new ArticleInput(decoder);
    this.text = new PlainTextReader(input);
    this.html = new HtmlReader(decoder);
    this.feeds = new FeedReader(decoder, html, text);
    this.jsonLines = new JsonLinesReader(input);
    this.warc = new WarcArticleReader(decoder);
  }

  public Ingest() {
    this(new TextDecoder());
  }

  /**
   * The files that the paths name, folders expanded recursively in name order ({@link
   * ArticleInput#expand}); hidden files and folders inside a named folder are left out.
   */
  public static List<Path> files(List<Path> paths) throws InputException {
    List<Path> out = new ArrayList<>();
    for (Path root : paths) {
      for (Path p : ArticleInput.expand(List.of(root))) {
        if (p.equals(root) || !hidden(root.relativize(p))) {
          out.add(p);
        }
      }
    }
    return out;
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Reads one file; returns false when the file is of no supported format (and was skipped). */
  public boolean read(Path file, Consumer<Item> sink) {
    try {
      if (!Files.exists(file)) {
        throw new InputException(file.toString(), "no such file or folder");
      }
      Optional<Format> format = Format.detect(file);
      if (format.isEmpty()) {
        return false;
      }
      reader(format.get()).read(file, sink);
    } catch (InputException e) {
      sink.accept(new Item(null, e));
    } catch (IOException e) {
      sink.accept(new Item(null, new InputException(file.toString(), "cannot read: " + e.getMessage())));
    }
    return true;
  }

  /** Reads one file as the given format, whatever its name and content suggest. */
  public void read(Path file, Format format, Consumer<Item> sink) {
    try {
      reader(format).read(file, sink);
    } catch (InputException e) {
      sink.accept(new Item(null, e));
    }
  }

  public ArticleReader reader(Format format) {
    return switch (format) {
      case TEXT -> text;
      case HTML -> html;
      case FEED -> feeds;
      case JSONL -> jsonLines;
      case WARC -> warc;
    };
  }
}
