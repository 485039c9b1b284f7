package org.dateline.model;

import java.util.List;

/** The full record extracted from one article: the JSON contract of {@code extract}. */
public record Extraction(
    ArticleInfo article, List<Actor> actors, List<Timex> timexes, List<Event> events, List<Quote> quotes) {

  public Extraction {
    actors = List.copyOf(actors);
    timexes = List.copyOf(timexes);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
  }
}
