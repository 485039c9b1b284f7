package org.dateline.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.PlainTextReader;
import org.dateline.ingest.html.HtmlReader;
import org.dateline.input.ArticleInput.Item;
import org.dateline.input.InputException;
import org.dateline.input.TextDecoder;
import org.dateline.model.Article;
import org.jsoup.Jsoup;

/**
 * RSS 2.0 and Atom feeds (and the other kinds Rome reads). Each item is one article: its full
 * content ({@code content:encoded}, Atom {@code content}) or else its description, HTML turned
 * into paragraphs of text. When the item links to a local file (a relative path or a {@code
 * file:} URI that exists beside the feed), that file is the article, with the item's title,
 * date and link where the file lacks them.
 */
public final class FeedReader implements ArticleReader {

  private final TextDecoder decoder;
  private final HtmlReader html;
  private final PlainTextReader text;

  public FeedReader(TextDecoder decoder, HtmlReader html, PlainTextReader text) {
    this.decoder = decoder;
    this.html = html;
    this.text = text;
  }

  @Override
  public void read(Path file, Consumer<Item> sink) throws InputException {
    String name = file.toString();
    SyndFeed feed;
    try (InputStream in = Files.newInputStream(file)) {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new XmlReader(in));
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file");
    } catch (FeedException | IllegalArgumentException e) {
      throw new InputException(name, "not a readable RSS or Atom feed (" + firstLine(e.getMessage()) + ")");
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + firstLine(e.getMessage()));
    }
    String source = feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      String where = name + " item " + (i + 1) + (entry.getTitle() == null ? "" : " (" + clip(entry.getTitle()) + ")");
      try {
        sink.accept(new Item(article(where, file, entry, source), null));
      } catch (InputException e) {
        sink.accept(new Item(null, e));
      }
    }
  }

  private Article article(String where, Path feedFile, SyndEntry entry, String source) throws InputException {
    String link = blankToNull(entry.getLink());
    String title = blankToNull(entry.getTitle());
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    LocalDate published = date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    String id = blankToNull(entry.getUri()) != null ? entry.getUri().strip() : link;
    Path local = localFile(feedFile, link);
    if (local != null) {
      Article a = isHtml(local) ? html.readOne(local) : text.readOne(local);
      return new Article(id != null ? id : a.id(), a.title() != null ? a.title() : title, a.text(),
          a.published() != null ? a.published() : published, a.source() != null ? a.source() : source,
          a.url());
    }
    String body = content(entry);
    if (body == null) {
      throw new InputException(where, "no content or description, and no local file to read");
    }
    String textOfItem = decoder.check(where, body);
    if (id == null) {
      id = feedFile.getFileName() + "#" + (title == null ? Integer.toHexString(textOfItem.hashCode()) : title);
    }
    return new Article(id, title, textOfItem, published, source, link);
  }

  /** The item's longest text: full content first, then the description. */
  private static String content(SyndEntry entry) {
    String best = null;
    for (SyndContent c : entry.getContents()) {
      best = longer(best, asText(c));
    }
    if (best == null && entry.getDescription() != null) {
      best = asText(entry.getDescription());
    }
    return best;
  }

  private static String asText(SyndContent c) {
    if (c == null || c.getValue() == null || c.getValue().isBlank()) {
      return null;
    }
    String type = c.getType() == null ? "text/html" : c.getType().toLowerCase(Locale.ROOT);
    if (type.contains("html") || c.getValue().contains("<p")) {
      var doc = Jsoup.parseBodyFragment(c.getValue());
      var paragraphs = doc.select("p, li, h2, h3, blockquote").stream()
          .filter(e -> e.select("p, li, h2, h3, blockquote").size() == 1)
          .map(e -> e.text().strip()).filter(s -> !s.isEmpty()).toList();
      return paragraphs.isEmpty() ? blankToNull(doc.text()) : String.join("\n\n", paragraphs);
    }
    return c.getValue().strip();
  }

  private static Path localFile(Path feedFile, String link) {
    if (link == null) {
      return null;
    }
    try {
      Path candidate;
      if (link.startsWith("file:")) {
        candidate = Path.of(URI.create(link));
      } else if (link.contains("://")) {
        return null;
      } else {
        Path dir = feedFile.toAbsolutePath().getParent();
        candidate = dir.resolve(link).normalize();
      }
      return Files.isRegularFile(candidate) ? candidate : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isHtml(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
  }

  private static String longer(String a, String b) {
    return a == null ? b : b == null ? a : b.length() > a.length() ? b : a;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String clip(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    return t.length() > 60 ? t.substring(0, 57) + "..." : t;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "parse error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
