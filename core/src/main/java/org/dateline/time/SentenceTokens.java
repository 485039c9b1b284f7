package org.dateline.time;

import java.util.List;
import java.util.Locale;
import org.dateline.text.Token;

/**
 * The tokens of one sentence in the forms the grammar reads: original text, lower case, lookup
 * key (lower case without an abbreviation period) and POS tag, with character offsets, and each
 * token's lexicon readings looked up once (the grammar asks for them many times per token).
 */
final class SentenceTokens {

  final int size;
  final String[] text;
  final String[] lower;
  final String[] key;
  final String[] pos;
  final int[] start;
  final int[] end;
  private final TimeLexicon.Entry[][] lowerReadings;
  private final TimeLexicon.Entry[][] keyReadings;

  SentenceTokens(List<Token> tokens, TimeLexicon lexicon) {
    size = tokens.size();
    text = new String[size];
    lower = new String[size];
    key = new String[size];
    pos = new String[size];
    start = new int[size];
    end = new int[size];
    lowerReadings = new TimeLexicon.Entry[size][];
    keyReadings = new TimeLexicon.Entry[size][];
    for (int i = 0; i < size; i++) {
      Token t = tokens.get(i);
      text[i] = t.text();
      lower[i] = t.text().toLowerCase(Locale.ROOT);
      key[i] = TimeLexicon.keyOfLower(lower[i]);
      lowerReadings[i] = lexicon.readings(lower[i]);
      keyReadings[i] = key[i].equals(lower[i]) ? lowerReadings[i] : lexicon.readings(key[i]);
      pos[i] = t.pos() == null ? "" : t.pos();
      start[i] = t.start();
      end[i] = t.end();
    }
  }

  boolean is(int i, String lowerWord) {
    return i >= 0 && i < size && lower[i].equals(lowerWord);
  }

  /** The reading of token i (as written, in lower case) in a category, or null. */
  TimeLexicon.Entry word(int i, TimeLexicon.Category category) {
    return lowerReadings[i][category.ordinal()];
  }

  /** The reading of token i's lookup key (without an abbreviation period) in a category, or null. */
  TimeLexicon.Entry keyWord(int i, TimeLexicon.Category category) {
    return keyReadings[i][category.ordinal()];
  }

  // fixed-arity forms of isAny: the grammar's hot paths, without a varargs array per call
  boolean isAny(int i, String a, String b) {
    return i >= 0 && i < size && (lower[i].equals(a) || lower[i].equals(b));
  }

  boolean isAny(int i, String a, String b, String c) {
    return i >= 0 && i < size && (lower[i].equals(a) || lower[i].equals(b) || lower[i].equals(c));
  }

  boolean isAny(int i, String a, String b, String c, String d) {
    if (i < 0 || i >= size) {
      return false;
    }
    String w = lower[i];
    return w.equals(a) || w.equals(b) || w.equals(c) || w.equals(d);
  }

  boolean isAny(int i, String a, String b, String c, String d, String e) {
    if (i < 0 || i >= size) {
      return false;
    }
    String w = lower[i];
    return w.equals(a) || w.equals(b) || w.equals(c) || w.equals(d) || w.equals(e);
  }

  /** Whether token i, in lower case, is one of {@code lowerWords}. */
  boolean isIn(int i, java.util.Set<String> lowerWords) {
    return i >= 0 && i < size && lowerWords.contains(lower[i]);
  }

  boolean isAny(int i, String... lowerWords) {
    if (i < 0 || i >= size) {
      return false;
    }
    for (String w : lowerWords) {
      if (lower[i].equals(w)) {
        return true;
      }
    }
    return false;
  }

  boolean capitalized(int i) {
    return i >= 0 && i < size && Character.isUpperCase(text[i].charAt(0));
  }

  /** True when the tokens touch (no space between), as in "third-quarter". */
  boolean adjacent(int left, int right) {
    return end[left] == start[right];
  }

  boolean isDigits(int i) {
    if (i < 0 || i >= size) {
      return false;
    }
    String s = text[i];
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  /** A dash or hyphen token. */
  boolean isDash(int i) {
    return isAny(i, "-", "–", "—", "--");
  }
}
