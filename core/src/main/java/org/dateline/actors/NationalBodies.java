package org.dateline.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.util.DataFile;

/**
 * The bodies a country or a group owns, named in lower case after their owner ("Japan's defense
 * ministry", "Ecuadorian police", "the group's political bureau"): {@code national-bodies.tsv}.
 */
final class NationalBodies {

  /** A kind of body: its name (to which " of &lt;owner&gt;" is added) and sector (null: the owner's). */
  record Body(List<String> words, String name, String sector) {}

  private final Map<String, Body> byPhrase = new HashMap<>();
  private int longest;

  private NationalBodies() {}

  static NationalBodies load() {
    NationalBodies out = new NationalBodies();
    for (String[] r : DataFile.rows(NationalBodies.class, "national-bodies.tsv")) {
      List<String> words = List.of(r[0].toLowerCase(Locale.ROOT).split(" +"));
      String sector = DataFile.col(r, 2);
      out.byPhrase.put(String.join(" ", words), new Body(words, DataFile.col(r, 1), sector.isEmpty() ? null : sector));
      out.longest = Math.max(out.longest, words.size());
    }
    return out;
  }

  /** The longest body whose words are {@code lowerWords} from their start, or null. */
  Body longestAt(List<String> lowerWords) {
    for (int n = Math.min(longest, lowerWords.size()); n > 0; n--) {
      Body b = byPhrase.get(String.join(" ", lowerWords.subList(0, n)));
      if (b != null) {
        return b;
      }
    }
    return null;
  }
}
