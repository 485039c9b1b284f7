package org.dateline.timeml;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Article;

/**
 * A TimeML document as read: its id, its creation time (the DCT value as written and the date
 * it falls on), the raw text (TEXT with tags stripped and entities unescaped; all offsets point
 * into it), and the TIMEX3, EVENT and SIGNAL annotations of that text.
 */
public record TimemlDocument(
    String id, String dctValue, LocalDate dct, String text,
    List<TimemlTimex> timexes, List<TimemlTag> events, List<TimemlTag> signals) {

  public TimemlDocument {
    timexes = List.copyOf(timexes);
    events = List.copyOf(events);
    signals = List.copyOf(signals);
  }

  /** The raw text as an article dated by the DCT. */
  public Article toArticle() {
    return Article.of(id, text, dct);
  }
}
