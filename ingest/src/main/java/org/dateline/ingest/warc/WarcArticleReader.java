package org.dateline.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.html.PageReader;
import org.dateline.input.ArticleInput.Item;
import org.dateline.input.InputException;
import org.dateline.input.TextDecoder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A WARC or WARC.gz crawl such as Common Crawl's CC-NEWS: every HTML response record with
 * status 200 is one article, read like a page ({@link PageReader}); its id and fallback URL are
 * the record's target URI, and the capture date stands in for a publication date the page does
 * not give (news crawls fetch within hours of publication). Other records are passed over. A
 * truncated or corrupt file ends with one error naming the file and the record's offset; the
 * records before it are kept.
 */
public final class WarcArticleReader implements ArticleReader {

  private final TextDecoder decoder;
  private final PageReader pages;

  public WarcArticleReader(TextDecoder decoder) {
    this.decoder = decoder;
    this.pages = new PageReader(decoder);
  }

  @Override
  public void read(Path file, Consumer<Item> sink) throws InputException {
    String name = file.toString();
    long position = 0;
    int records = 0;
    long lastLength = -1;
    try (WarcReader reader = new WarcReader(file)) {
      while (true) {
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          if (records == 0 && Files.size(file) > 0) {
            // jwarc ends quietly on a file that holds no record it can parse: say so rather than read nothing.
            throw new InputException(name, "no WARC record found (not a WARC file, or truncated in its first record)");
          }
          if (lastLength >= 0 && endsBefore(file, position, lastLength)) {
            throw new InputException(name, "WARC record at offset " + position
                + " is cut short (truncated file); the records before it were read");
          }
          return;
        }
        records++;
        WarcRecord record = next.get();
        position = record.position();
        lastLength = record.headers().first("Content-Length").map(Long::parseLong).orElse(-1L);
        if (record instanceof WarcResponse response) {
          readResponse(name, response, sink);
        }
      }
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file");
    } catch (IOException | RuntimeException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
      throw new InputException(name, "unreadable WARC record after offset " + position
          + " (truncated or corrupt: " + why + "); the records before it were read");
    }
  }

  /**
   * Whether an uncompressed file ends before the record starting at {@code start} with a block of
   * {@code contentLength} bytes does. jwarc stops quietly at such an end; a gzip member cut short
   * fails on its own, so compressed files are not checked here.
   */
  private static boolean endsBefore(Path file, long start, long contentLength) throws IOException {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(file)) {
      ByteBuffer head = ByteBuffer.allocate(MAX_HEADER_BYTES);
      channel.read(head, start);
      byte[] bytes = Arrays.copyOf(head.array(), head.position());
      int headerEnd = indexOf(bytes, HEADER_END);
      if (headerEnd < 0) {
        return true;
      }
      return start + headerEnd + HEADER_END.length + contentLength > channel.size();
    }
  }

  private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};
  private static final int MAX_HEADER_BYTES = 64 * 1024;

  private static int indexOf(byte[] bytes, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private void readResponse(String file, WarcResponse response, Consumer<Item> sink) throws IOException {
    String target = response.target();
    String where = file + " " + target;
    if (!response.contentType().base().equals(MediaType.HTTP)) {
      return;
    }
    HttpResponse http = response.http();
    if (http.status() != 200 || !isHtml(http.contentType())) {
      return;
    }
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = in.readNBytes(decoder.maxChars() * 4 + 1);
    }
    LocalDate captured = response.date().atOffset(ZoneOffset.UTC).toLocalDate();
    try {
      if (body.length == 0) {
        throw new InputException(where, "empty page");
      }
      if (body.length > decoder.maxChars() * 4) {
        throw new InputException(where, "page too large for one article");
      }
      Document page = Jsoup.parse(new java.io.ByteArrayInputStream(body), charset(http.contentType()), target);
      sink.accept(new Item(pages.read(where, page, target, target, captured), null));
    } catch (InputException e) {
      sink.accept(new Item(null, e));
    }
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  /** The charset the server declared, or null to let jsoup read it from the page. */
  private static String charset(MediaType type) {
    String cs = type.parameters().get("charset");
    if (cs == null) {
      return null;
    }
    try {
      return Charset.forName(cs.strip()).name();
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
