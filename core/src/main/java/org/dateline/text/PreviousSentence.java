package org.dateline.text;

import java.util.List;

/**
 * The sentence before a sentence in the same paragraph, with the index of its first verb: where an
 * unattributed "it said" or a bare "they" looks for its subject ("The ministry rejected the claim.
 * It said ...").
 */
public record PreviousSentence(Sentence sentence, int firstVerb) {

  /** The previous sentence of {@code s} in its paragraph and its first verb, or null when there is none. */
  public static PreviousSentence of(List<Sentence> sentences, List<Token> tokens, Sentence s) {
    if (s.index() == 0) {
      return null;
    }
    Sentence prev = sentences.get(s.index() - 1);
    if (prev.paragraph() != s.paragraph()) {
      return null;
    }
    for (int v = prev.firstToken(); v < prev.endToken(); v++) {
      if ("VERB".equals(tokens.get(v).pos())) {
        return new PreviousSentence(prev, v);
      }
    }
    return null;
  }
}
