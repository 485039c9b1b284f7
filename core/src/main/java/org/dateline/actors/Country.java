package org.dateline.actors;

import java.util.List;

/** A country of the knowledge base (countries.tsv). */
public record Country(
    String iso3, String iso2, String name, String phrase, List<String> aliases, List<String> adjectives,
    List<String> seats, String status) {

  public Country {
    aliases = List.copyOf(aliases);
    adjectives = List.copyOf(adjectives);
    seats = List.copyOf(seats);
  }

  /** The name as used inside a phrase: "the United Kingdom", "Ukraine". */
  public String inPhrase() {
    return phrase == null || phrase.isEmpty() ? name : phrase;
  }
}
