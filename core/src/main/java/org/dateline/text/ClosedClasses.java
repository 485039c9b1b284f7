package org.dateline.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.util.DataFile;

/**
 * The members of the closed word classes (data: closed-class.tsv): which words may carry ADP,
 * DET, CCONJ, SCONJ, PRON, AUX or PART. Tags not listed are open to every word. Also the verb
 * forms that are never nouns (verb-only-forms.tsv).
 */
final class ClosedClasses {

  private final Map<String, Set<String>> members;
  private final Set<String> verbOnly;

  private ClosedClasses(Map<String, Set<String>> members, Set<String> verbOnly) {
    this.members = members;
    this.verbOnly = verbOnly;
  }

  static ClosedClasses load() {
    Map<String, Set<String>> map = new HashMap<>();
    for (String[] row : DataFile.rows(ClosedClasses.class, "closed-class.tsv")) {
      Set<String> words = map.computeIfAbsent(row[0], k -> new HashSet<>());
      for (String w : DataFile.col(row, 1).split(" ")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    map.replaceAll((tag, words) -> Set.copyOf(words));
    Set<String> verbOnly = new HashSet<>();
    for (String[] row : DataFile.rows(ClosedClasses.class, "verb-only-forms.tsv")) {
      verbOnly.add(row[0]);
    }
    return new ClosedClasses(Map.copyOf(map), Set.copyOf(verbOnly));
  }

  /** Whether the word is a verb form that is never a noun ("fought", "met"). */
  boolean isVerbOnly(String word) {
    return verbOnly.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether the word may have this tag: the tag is open, or the word is one of its members. */
  boolean allows(String tag, String word) {
    Set<String> closed = members.get(tag);
    return closed == null || closed.contains(word.toLowerCase(Locale.ROOT));
  }
}
