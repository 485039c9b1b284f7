package org.dateline.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.util.DataFile;

/**
 * Non-state groups named by what they are ("protesters", "the opposition", "rebel forces") and
 * the state's forces named without an owner ("riot police"): {@code group-actors.tsv}.
 */
final class GroupActors {

  /** The family whose phrases are mentions of the state itself, not of a group. */
  static final String STATE = "state";
  /** The family of nouns for a body made of groups ("a coalition of armed groups"). */
  static final String COLLECTIVE = "collective";
  /** The family of nouns that count people before "of" ("thousands of protesters"). */
  static final String COUNT = "count";
  /** The family of people held captive ("prisoners", "hostages"): of a named nation, that nation. */
  static final String CAPTIVES = "captives";
  /** The family of words after a name that make it an organization ("the X group"). */
  static final String NAMED = "named";
  /** The family of a person's followers ("Khan's supporters", "supporters of Morales"): one group per person. */
  static final String FOLLOWERS = "followers";
  /** Verbs that make counted people a crowd: "thousands of people marched". */
  static final String CROWD_ACT = "crowd-act";

  /**
   * One phrase: its words, its family (one actor per family and country in an article), the
   * group's sector, whether it may open an actor or only join one its family already has, and
   * whether it names the group only when definite ("the opposition", not "faced opposition").
   */
  record Phrase(List<String> words, String family, String sector, boolean starts, boolean definite, boolean counted,
      boolean force) {
    boolean state() {
      return STATE.equals(family);
    }

    boolean captives() {
      return CAPTIVES.equals(family);
    }

    boolean followers() {
      return FOLLOWERS.equals(family);
    }
  }

  private final Map<String, Phrase> byPhrase = new HashMap<>();
  /** Each family's first phrase in the file, which names it ("protesters" for a crowd). */
  private final Map<String, String> familyNames = new HashMap<>();
  private final java.util.Set<String> firstWords = new java.util.HashSet<>();
  private int longest;

  private GroupActors() {}

  static GroupActors load() {
    GroupActors out = new GroupActors();
    for (String[] r : DataFile.rows(GroupActors.class, "group-actors.tsv")) {
      List<String> words = List.of(r[0].toLowerCase(Locale.ROOT).split(" +"));
      String sector = DataFile.col(r, 2);
      Phrase p = new Phrase(words, DataFile.col(r, 1), sector.isEmpty() ? null : sector,
          !"join".equals(DataFile.col(r, 3)) && !"counted".equals(DataFile.col(r, 3)),
          "definite".equals(DataFile.col(r, 3)), "counted".equals(DataFile.col(r, 3)), "force".equals(DataFile.col(r, 3)));
      out.byPhrase.put(String.join(" ", words), p);
      out.familyNames.putIfAbsent(p.family(), String.join(" ", words));
      if (namesAGroup(p)) {
        out.firstWords.add(words.get(0));
      }
      out.longest = Math.max(out.longest, words.size());
    }
    return out;
  }

  /** The longest group phrase (not a collective noun) whose words are {@code lowerWords} from their start, or null. */
  Phrase longestAt(List<String> lowerWords) {
    for (int n = Math.min(longest, lowerWords.size()); n > 0; n--) {
      Phrase p = byPhrase.get(String.join(" ", lowerWords.subList(0, n)));
      if (p != null && namesAGroup(p)) {
        return p;
      }
    }
    return null;
  }

  /** The phrase written with exactly these words (as {@link Phrase#words} joined by spaces), or null. */
  Phrase phrase(String words) {
    return words == null ? null : byPhrase.get(words.toLowerCase(Locale.ROOT));
  }

  /** Whether a group phrase (not a collective noun) begins with this word. */
  boolean startsPhrase(String word) {
    return firstWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The name of a family's groups when no phrase of their own names them ("protesters"). */
  String familyName(String family) {
    return familyNames.get(family);
  }

  /** Whether a phrase names a group itself, not a body of groups, a count, a name's head word or a verb. */
  private static boolean namesAGroup(Phrase p) {
    return !COLLECTIVE.equals(p.family()) && !COUNT.equals(p.family()) && !NAMED.equals(p.family())
        && !CROWD_ACT.equals(p.family());
  }

  /** Whether counted people ("people") followed by this word are a crowd ("thousands of people marched"). */
  boolean countedCrowd(Phrase phrase, String nextWord) {
    Phrase act = byPhrase.get(nextWord.toLowerCase(Locale.ROOT));
    return phrase.counted() && act != null && CROWD_ACT.equals(act.family());
  }

  /** Whether a noun counts people before "of" ("thousands of protesters"). */
  boolean isCount(String word) {
    Phrase p = byPhrase.get(word.toLowerCase(Locale.ROOT));
    return p != null && COUNT.equals(p.family());
  }

  /** The sector of an organization named "the X group" by this word after the name, or null when it is none. */
  Phrase namingWord(String word) {
    Phrase p = byPhrase.get(word.toLowerCase(Locale.ROOT));
    return p != null && NAMED.equals(p.family()) ? p : null;
  }

  /** Whether a noun names a body made of groups ("coalition", "alliance"). */
  boolean isCollective(String word) {
    Phrase p = byPhrase.get(word.toLowerCase(Locale.ROOT));
    return p != null && COLLECTIVE.equals(p.family());
  }
}
