package org.dateline.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Where the pronoun that opens a relative clause stands, seen from the clause's verb. */
public final class RelativePronouns {

  /** Pronouns that may be the subject of the clause they open ("who was sent", "which hit"). */
  private static final Set<String> SUBJECTS = Set.of("who", "which", "that");

  private RelativePronouns() {}

  /**
   * The "who", "which" or "that" before {@code verb}, past any auxiliaries, adverbs and "not"
   * between them ("who had not yet been sent"), and never the sentence's first token; -1 when
   * there is none. Whether it opens a relative clause and not a reported one ("said that had
   * ...") is the caller's to judge.
   */
  public static int subjectPronounBefore(List<Token> tokens, Sentence s, int verb) {
    int k = verb - 1;
    while (k > s.firstToken() && isBetween(tokens.get(k))) {
      k--;
    }
    return k > s.firstToken() && SUBJECTS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)) ? k : -1;
  }

  private static boolean isBetween(Token t) {
    return "AUX".equals(t.pos()) || "ADV".equals(t.pos()) || "PART".equals(t.pos());
  }
}
