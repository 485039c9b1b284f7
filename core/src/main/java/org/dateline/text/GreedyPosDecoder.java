package org.dateline.text;

import java.util.Locale;
import java.util.Set;

/**
 * Tags a sentence with the POS model one token at a time, each token's features taking the tags
 * already chosen. This gives OpenNLP's {@code POSTaggerME} tags with its default beam of 3: the
 * model's feature generator is cached per token position ({@code cache="true"} in its
 * {@code generator.featuregen}), so every beam candidate at a position is scored with the tag
 * history of the first one scored, the best so far, and the beam can only ever extend the best
 * path by its best tag. {@code PosTaggerEquivalenceTest} guards this on sample sentences.
 *
 * <p>Scores are summed in OpenNLP's order from per-word parts ({@link WordScoresCache}); the tag
 * with the highest score is the tag with the highest probability, so no exponentials are needed.
 * One decoder per thread: it keeps a scratch array and the word cache.
 */
final class GreedyPosDecoder {

  private final PosModelTables tables;
  private final WordScoresCache words;
  private final double[] scores;
  /** Time adverbs the model sometimes tags as verbs after a noun; English has no such verbs. */
  private static final Set<String> NEVER_VERBS = Set.of("late", "early", "soon");

  /** Which words a closed-class tag may go to, or null to give the model's tags unchanged. */
  private final ClosedClasses closed;

  /** The model's own tags, as OpenNLP gives them. */
  GreedyPosDecoder(PosModelTables tables) {
    this(tables, null);
  }

  /** The model's tags, except that a closed-class tag only goes to one of its members. */
  GreedyPosDecoder(PosModelTables tables, ClosedClasses closed) {
    this.tables = tables;
    this.words = new WordScoresCache(tables);
    this.scores = new double[tables.tagCount()];
    this.closed = closed;
  }

  String[] tag(String[] sentence) {
    int n = sentence.length;
    WordScores[] w = new WordScores[n];
    for (int i = 0; i < n; i++) {
      w[i] = words.get(sentence[i]);
    }
    int[] chosen = new int[n];
    String[] tags = new String[n];
    for (int i = 0; i < n; i++) {
      score(w, i, chosen);
      chosen[i] = best(scores);
      if (closed != null && !closed.allows(tables.tag(chosen[i]), sentence[i])) {
        chosen[i] = bestAllowed(scores, sentence[i]); // "Japan accuse/ADP": the best tag the word can have
      }
      if (closed != null && "PUNCT".equals(tables.tag(chosen[i])) && isWord(sentence[i])) {
        chosen[i] = bestOther(scores, sentence[i], chosen[i]); // "Renewal annulled/PUNCT Saturday": a word is no punctuation
      }
      if (closed != null && afterPossessive(sentence, tags, i) && "VERB".equals(tables.tag(chosen[i]))) {
        chosen[i] = tables.tagIndex("NOUN"); // "Modi 's visit/VERB to": what a name owns is a thing
      }
      if (closed != null && "VERB".equals(tables.tag(chosen[i])) && presentAfterPreposition(sentence, tags, i)) {
        chosen[i] = tables.tagIndex("NOUN"); // "for remarks/VERB by a lawmaker": no finite verb follows a preposition
      }
      if (closed != null && "VERB".equals(tables.tag(chosen[i])) && NEVER_VERBS.contains(sentence[i].toLowerCase(Locale.ROOT))) {
        chosen[i] = tables.tagIndex("ADV"); // "by police officers late/VERB on Friday": a time adverb
      }
      if (closed != null && "NOUN".equals(tables.tag(chosen[i])) && closed.isVerbOnly(sentence[i])) {
        chosen[i] = tables.tagIndex("VERB"); // "Armenian and Azerbaijani troops fought/NOUN": no noun
      }
      tags[i] = tables.tag(chosen[i]);
    }
    return tags;
  }

  /**
   * The probabilities of every tag at position i after the given tags, as OpenNLP's model gives
   * them; for checking the equivalence.
   */
  double[] probabilities(String[] sentence, int i, String[] previousTags) {
    WordScores[] w = new WordScores[sentence.length];
    for (int k = 0; k < w.length; k++) {
      w[k] = words.get(sentence[k]);
    }
    int[] chosen = new int[sentence.length];
    for (int k = 0; k < i; k++) {
      chosen[k] = tables.tagIndex(previousTags[k]);
    }
    return PosModelTables.probabilities(score(w, i, chosen));
  }

  /** The scores of every tag at position i, the earlier tags chosen, into {@link #scores}. */
  private double[] score(WordScores[] w, int i, int[] chosen) {
    int n = w.length;
    System.arraycopy(w[i].lead(), 0, scores, 0, scores.length);
    // then in the model's feature order: the window of words, sentence start, token class, tags
    if (i >= 1) {
      PosModelTables.add(scores, w[i - 1].asPrevious1());
    }
    if (i >= 2) {
      PosModelTables.add(scores, w[i - 2].asPrevious2());
    }
    if (i + 1 < n) {
      PosModelTables.add(scores, w[i + 1].asNext1());
    }
    if (i + 2 < n) {
      PosModelTables.add(scores, w[i + 2].asNext2());
    }
    PosModelTables.add(scores, tables.sentenceStart(i));
    for (var c : w[i].tokenClass()) {
      PosModelTables.add(scores, c);
    }
    if (i >= 1) {
      PosModelTables.add(scores, tables.previousTag(chosen[i - 1]));
    }
    if (i >= 2) {
      PosModelTables.add(scores, tables.previousTwoTags(chosen[i - 2], chosen[i - 1]));
    }
    return scores;
  }

  /** Whether word i ends in -s right after a preposition other than "to" ("for remarks", "about plans"). */
  private static boolean presentAfterPreposition(String[] sentence, String[] tags, int i) {
    String w = sentence[i];
    return i >= 1 && "ADP".equals(tags[i - 1]) && !sentence[i - 1].equalsIgnoreCase("to")
        && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && Character.isLowerCase(w.charAt(0));
  }

  /** Whether word i follows a possessive "'s" after a name or noun, and is no participle. */
  private static boolean afterPossessive(String[] sentence, String[] tags, int i) {
    if (i < 2 || !sentence[i - 1].equals("'s") || !("PROPN".equals(tags[i - 2]) || "NOUN".equals(tags[i - 2]))) {
      return false;
    }
    String w = sentence[i];
    return !w.endsWith("ing") && !w.endsWith("ed") && !w.endsWith("en");
  }

  /** The highest-scoring tag the word may have (an open class always may). */
  private int bestAllowed(double[] scores, String word) {
    int best = -1;
    for (int o = 0; o < scores.length; o++) {
      if (closed.allows(tables.tag(o), word) && (best < 0 || scores[o] > scores[best])) {
        best = o;
      }
    }
    return best;
  }

  /** A word of two or more letters only. */
  private static boolean isWord(String token) {
    if (token.length() < 2) {
      return false;
    }
    for (int k = 0; k < token.length(); k++) {
      if (!Character.isLetter(token.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** The highest-scoring tag the word may have other than {@code not}. */
  private int bestOther(double[] scores, String word, int not) {
    int best = -1;
    for (int o = 0; o < scores.length; o++) {
      if (o != not && closed.allows(tables.tag(o), word) && (best < 0 || scores[o] > scores[best])) {
        best = o;
      }
    }
    return best;
  }

  /** The first of the highest scores, as a strict comparison over the tags in model order. */
  private static int best(double[] scores) {
    int best = 0;
    for (int o = 1; o < scores.length; o++) {
      if (scores[o] > scores[best]) {
        best = o;
      }
    }
    return best;
  }
}
