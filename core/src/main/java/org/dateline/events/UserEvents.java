package org.dateline.events;

/**
 * What a user adds to event coding: a verb dictionary in TABARI/PETRARCH format ({@code --verbs})
 * whose verbs override Dateline's own patterns for the same words, a discard list
 * ({@code --discards}), and whether Dateline's own patterns still code the words the dictionary
 * does not know ({@code ownLexicon}; false codes with the user's dictionary alone, as PETRARCH
 * does).
 */
public record UserEvents(VerbDictionary verbs, Discards discards, boolean ownLexicon) {

  public static final UserEvents NONE = new UserEvents(null, Discards.NONE, true);

  public UserEvents {
    discards = discards == null ? Discards.NONE : discards;
  }
}
