package org.dateline.actors;

import java.util.List;
import org.dateline.text.Token;
import org.dateline.util.DataFile;
import org.dateline.util.WordTable;

/** The small word lists the actor stage reads (each a documented data file). */
public record Lexicons(WordTable orgHeads, WordTable groupNouns, WordTable speechVerbs, WordTable cuesBefore,
    WordTable cuesAfter, WordTable firstWords, WordTable lastWords, WordTable teamVerbsAfter,
    WordTable teamWordsBefore, WordTable sportsWords, WordTable titleQualifiers, WordTable nationalFunctions,
    WordTable kinNouns, WordTable genericBodies, WordTable seatNouns, WordTable shipPrefixes, NationalBodies nationalBodies,
    GroupActors groupActors) {

  /** The family (crowd, opposition, armed, captives, ...) of a group named by what it is, or null: group-actors.tsv. */
  public String groupFamily(String name) {
    GroupActors.Phrase p = groupActors.phrase(name);
    if (p == null && name.indexOf(' ') > 0) {
      GroupActors.Phrase last = groupActors.phrase(name.substring(name.lastIndexOf(' ') + 1));
      p = last != null && last.followers() ? last : null; // "Khan supporters"
    }
    return p == null ? null : p.family();
  }

  /** Whether a group named by what it is is a crowd: protesters, or a person's supporters. */
  public boolean isCrowd(String name) {
    String family = groupFamily(name);
    return "crowd".equals(family) || GroupActors.FOLLOWERS.equals(family);
  }

  public static Lexicons load() {
    List<String[]> cues = DataFile.rows(Lexicons.class, "name-cues.tsv");
    return new Lexicons(
        WordTable.load(Lexicons.class, "org-heads.tsv"),
        WordTable.load(Lexicons.class, "group-nouns.tsv"),
        WordTable.load(Token.class, "speech-verbs.tsv"),
        WordTable.of(cues.stream().filter(r -> "before".equals(DataFile.col(r, 2))).toList()),
        WordTable.of(cues.stream().filter(r -> "after".equals(DataFile.col(r, 2))).toList()),
        WordTable.of(cues.stream().filter(r -> "first".equals(DataFile.col(r, 2))).toList()),
        WordTable.of(cues.stream().filter(r -> "last".equals(DataFile.col(r, 2))).toList()),
        WordTable.of(cues.stream().filter(r -> "sports-before".equals(DataFile.col(r, 2))).toList()),
        WordTable.of(cues.stream().filter(r -> "sports-after".equals(DataFile.col(r, 2))).toList()),
        WordTable.load(Lexicons.class, "sports-words.tsv"),
        WordTable.load(Lexicons.class, "title-qualifiers.tsv"),
        WordTable.load(Lexicons.class, "national-functions.tsv"),
        WordTable.load(Lexicons.class, "kin-nouns.tsv"),
        WordTable.load(Lexicons.class, "generic-bodies.tsv"),
        WordTable.load(Lexicons.class, "seat-nouns.tsv"),
        WordTable.load(Lexicons.class, "ship-prefixes.tsv"),
        NationalBodies.load(),
        GroupActors.load());
  }

  /** The country whose navy writes this prefix before its ships' names ("USS": USA), or null: ship-prefixes.tsv. */
  public String shipState(String prefix) {
    String iso = shipPrefixes.get(prefix, 1);
    return iso == null || iso.isEmpty() ? null : iso;
  }

  public boolean isSpeechVerb(Token t) {
    return speechVerbs.contains(t.text());
  }

  /** A plural noun for people acting for a country or group ("officials", "troops"). */
  public boolean isGroupNoun(Token t) {
    return groupNouns.contains(t.text());
  }

  /** A verb followed directly by a reported clause ("said Russia attacked"). */
  public boolean takesClause(Token t) {
    return "clause".equals(speechVerbs.get(t.text(), 2));
  }
}
