package org.dateline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of input file that ingest reads, told apart by name and, failing that, by content. */
public enum Format {
  TEXT, HTML, FEED, JSONL, WARC;

  /** The format of a file, or empty when it is none of them (an image, an archive, ...). */
  public static Optional<Format> detect(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return Optional.of(WARC);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Optional.of(JSONL);
    }
    if (name.endsWith(".rss") || name.endsWith(".atom")) {
      return Optional.of(FEED);
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Optional.of(HTML);
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return Optional.of(TEXT);
    }
    return sniff(file, name);
  }

  private static Optional<Format> sniff(Path file, String name) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(2048);
    }
    if (head.length >= 5 && new String(head, 0, 5, StandardCharsets.ISO_8859_1).equals("WARC/")) {
      return Optional.of(WARC);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
      return name.contains("warc") ? Optional.of(WARC) : Optional.empty();
    }
    String start = new String(head, StandardCharsets.UTF_8).stripLeading().toLowerCase(Locale.ROOT);
    if (start.startsWith("<?xml") || start.startsWith("<rss") || start.startsWith("<feed")) {
      if (start.contains("<rss") || start.contains("<feed") || start.contains("<rdf:rdf")) {
        return Optional.of(FEED);
      }
      return start.contains("<html") ? Optional.of(HTML) : Optional.empty();
    }
    if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
      return Optional.of(HTML);
    }
    if (start.startsWith("{") && name.endsWith(".json")) {
      return Optional.of(JSONL);
    }
    // A file without extension (or a .md note) is read as plain text; the decoder refuses binary
    // data with a clear message. Any other extension (.png, .csv, .pdf, ...) is not an article.
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    if (!ext.isEmpty() && !ext.equals("md")) {
      return Optional.empty();
    }
    return Optional.of(TEXT);
  }
}
