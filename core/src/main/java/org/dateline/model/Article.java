package org.dateline.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read: its text exactly as received (all offsets point into it) and the
 * metadata that came with it. {@code published} is the dateline that relative expressions are
 * resolved against; it may be null when the input does not give one.
 */
public record Article(String id, String title, String text, LocalDate published, String source, String url) {

  public Article {
    Objects.requireNonNull(text, "text");
  }

  public static Article of(String id, String text, LocalDate published) {
    return new Article(id, null, text, published, null, null);
  }

  public Article withPublished(LocalDate date) {
    return new Article(id, title, text, date, source, url);
  }

  public Article withId(String newId) {
    return new Article(newId, title, text, published, source, url);
  }
}
