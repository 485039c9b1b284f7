package org.dateline.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.dateline.store.Queries.EventRow;

/** Formatting shared by the commands that print stored records. */
final class Output {

  private Output() {}

  /** Standard output in UTF-8 whatever the platform default; flushed, never closed, by its users. */
  static PrintStream stdout() {
    return new PrintStream(System.out, false, StandardCharsets.UTF_8);
  }

  static String date(EventRow e) {
    if (e.date() != null) {
      return e.date();
    }
    return e.dateStart().startsWith("9999") ? "(undated)" : "~" + e.dateStart();
  }

  static String typeMode(EventRow e) {
    return e.type() + (e.mode() == null ? "" : "/" + e.mode());
  }

  /** "1 article", "2 articles", or "1 article, 3 reports" when one article reports it more than once. */
  static String reportCount(EventRow e) {
    String articles = e.articles() + (e.articles() == 1 ? " article" : " articles");
    return e.reports() == e.articles() ? articles : articles + ", " + e.reports() + " reports";
  }

  static String clip(String s, int width) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() <= width ? t : t.substring(0, width - 3) + "...";
  }
}
