package org.dateline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Groups tokens into sentences and paragraphs. A sentence ends at a terminal mark followed by
 * something that can start a sentence, at a line break (headlines, datelines, "Editor's note"
 * lines), and at the end of the text. Abbreviations decide by kind: a title never ends a
 * sentence, a month does not before a number, an initialism ("U.S.") does only before a word
 * that typically opens a sentence. Text hard-wrapped at a fixed width is recognized, and its
 * single line breaks are read as spaces.
 */
public final class SentenceSplitter {

  /** Words that, capitalized after an initialism such as "U.S.", signal a new sentence. */
  private static final Set<String> SENTENCE_OPENERS = Set.of(
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
      "those", "there", "but", "and", "in", "on", "at", "for", "after", "before", "when", "while",
      "his", "her", "its", "their", "our", "if", "as", "since", "meanwhile", "however", "still",
      "yet", "so", "some", "many", "most", "one", "officials", "according", "last", "earlier");

  private static final Set<String> TERMINALS = Set.of(".", "!", "?", "...", "…");
  private static final Set<String> CLOSERS = Set.of("\"", "”", "’", "''", "'", ")", "]", "»");

  private final Abbreviations abbreviations;

  public SentenceSplitter(Abbreviations abbreviations) {
    this.abbreviations = abbreviations;
  }

  public List<Sentence> split(String text, List<Token> tokens) {
    List<Sentence> out = new ArrayList<>();
    if (tokens.isEmpty()) {
      return out;
    }
    boolean hardWrapped = isHardWrapped(text);
    int paragraph = 0;
    int first = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean last = i == tokens.size() - 1;
      int breakKind = last ? 0 : lineBreakAfter(text, t, tokens.get(i + 1), hardWrapped);
      boolean end = last || breakKind > 0;
      if (!end && isTerminal(t, i + 1 < tokens.size() ? tokens.get(i + 1) : null)) {
        // closing quotes and brackets belong to the sentence they close
        while (i + 1 < tokens.size() && CLOSERS.contains(tokens.get(i + 1).text())
            && tokens.get(i + 1).start() == tokens.get(i).end()) {
          i++;
        }
        end = i == tokens.size() - 1 || startsSentence(tokens.get(i + 1));
        if (!end) {
          continue;
        }
        breakKind = i == tokens.size() - 1 ? 0 : lineBreakAfter(text, tokens.get(i), tokens.get(i + 1), hardWrapped);
      }
      if (end) {
        out.add(new Sentence(out.size(), tokens.get(first).start(), tokens.get(i).end(), first, i + 1, paragraph));
        first = i + 1;
        if (breakKind > 0) {
          paragraph++;
        }
      }
    }
    return out;
  }

  /** 0: no line break between the tokens; 1: a break that ends the sentence and paragraph. */
  private static int lineBreakAfter(String text, Token t, Token next, boolean hardWrapped) {
    int newlines = 0;
    for (int k = t.end(); k < next.start(); k++) {
      if (text.charAt(k) == '\n') {
        newlines++;
      }
    }
    if (newlines == 0) {
      return 0;
    }
    if (newlines >= 2 || !hardWrapped) {
      return 1;
    }
    return 0;
  }

  private boolean isTerminal(Token t, Token next) {
    String s = t.text();
    if (TERMINALS.contains(s)) {
      if ((s.equals("...") || s.equals("…")) && next != null && !next.isCapitalized()) {
        return false;
      }
      return true;
    }
    if (!s.endsWith(".") || s.length() < 2 || next == null) {
      return false;
    }
    String bare = s.substring(0, s.length() - 1);
    Abbreviations.Kind kind = abbreviations.kindOf(bare);
    if (kind == Abbreviations.Kind.TITLE) {
      return false;
    }
    if (kind == Abbreviations.Kind.MONTH) {
      return !Character.isDigit(next.text().charAt(0)) && opensSentence(next);
    }
    // initialisms and other abbreviations: only before a typical sentence opener
    return opensSentence(next);
  }

  private static boolean opensSentence(Token next) {
    return next.isCapitalized() && SENTENCE_OPENERS.contains(next.text().toLowerCase(Locale.ROOT));
  }

  private static boolean startsSentence(Token next) {
    char c = next.text().charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'`([«—–-".indexOf(c) >= 0;
  }

  /**
   * Text wrapped at a fixed width (wire copy, plain-text archives) has many lines of similar
   * length that stop mid-sentence; there a single line break is only a space.
   */
  static boolean isHardWrapped(String text) {
    int lines = 0;
    int wrapped = 0;
    int start = 0;
    int n = text.length();
    while (start < n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      String line = text.substring(start, end).strip();
      if (!line.isEmpty()) {
        lines++;
        char lastChar = line.charAt(line.length() - 1);
        boolean next = end + 1 < n && text.charAt(end + 1) != '\n' && !Character.isWhitespace(text.charAt(end + 1));
        if (line.length() >= 40 && line.length() <= 100 && next && ".!?\"”:'".indexOf(lastChar) < 0) {
          wrapped++;
        }
      }
      start = end + 1;
    }
    return lines >= 4 && wrapped * 2 >= lines;
  }
}
