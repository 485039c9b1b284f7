package org.dateline.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into tokens with exact character offsets, in the style of news treebanks:
 * possessive and contracted clitics apart ("Ukraine" "'s", "do" "n't"), hyphens and dashes
 * apart, quotation marks of every style apart ("“", "``", "''"), while initialisms
 * ("U.S.", "a.m."), known abbreviations ("Dec.", "Gen."), numbers ("1,000", "3.5", "10:30",
 * "12/1/2025"), URLs and handles stay whole.
 */
public final class Tokenizer {

  private final Abbreviations abbreviations;

  public Tokenizer(Abbreviations abbreviations) {
    this.abbreviations = abbreviations;
  }

  public List<Token> tokenize(String text) {
    return tokenize(text, 0, text.length());
  }

  public List<Token> tokenize(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00A0' || c == '\uFEFF') {
        i++;
        continue;
      }
      int end = scanSpecial(text, i, to);
      if (end > i) {
        add(out, text, i, end);
        i = end;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        i = scanWord(text, i, to, out);
        continue;
      }
      int cp = text.codePointAt(i);
      end = Math.min(to, i + Character.charCount(cp));
      add(out, text, i, end);
      i = end;
    }
    return out;
  }

  private static void add(List<Token> out, String text, int start, int end) {
    out.add(new Token(start, end, text.substring(start, end), null));
  }

  /** URLs, handles, multi-character punctuation; returns the end or {@code from} if none. */
  private int scanSpecial(String text, int from, int to) {
    if (text.startsWith("http://", from) || text.startsWith("https://", from) || text.startsWith("www.", from)) {
      int end = from;
      while (end < to && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      while (end > from && ".,;:!?)\"'”’".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      return end;
    }
    char c = text.charAt(from);
    if ((c == '@' || c == '#') && from + 1 < to && isWordChar(text.charAt(from + 1))
        && (from == 0 || Character.isWhitespace(text.charAt(from - 1)))) {
      int end = from + 1;
      while (end < to && (isWordChar(text.charAt(end)) || text.charAt(end) == '_')) {
        end++;
      }
      return end;
    }
    if (text.startsWith("...", from)) {
      int end = from;
      while (end < to && text.charAt(end) == '.') {
        end++;
      }
      return end;
    }
    if (text.startsWith("``", from) || text.startsWith("''", from) || text.startsWith("--", from)) {
      return from + 2;
    }
    return from;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private int scanWord(String text, int start, int to, List<Token> out) {
    // Initialisms: single letters each followed by a period (U.S., a.m., U.N.).
    int j = start;
    int letters = 0;
    while (j + 1 < to && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.') {
      j += 2;
      letters++;
    }
    if (letters >= 2 && (j >= to || !isWordChar(text.charAt(j)))) {
      add(out, text, start, j);
      return j;
    }

    int end = start;
    while (end < to) {
      char c = text.charAt(end);
      if (isWordChar(c)) {
        end++;
        continue;
      }
      char next = end + 1 < to ? text.charAt(end + 1) : ' ';
      char prev = text.charAt(end - 1);
      if ((c == ',' || c == '.' || c == ':' || c == '/') && Character.isDigit(prev) && Character.isDigit(next)) {
        end++; // 1,000  3.5  10:30  12/1/2025
        continue;
      }
      if (c == '&' && Character.isUpperCase(prev) && Character.isUpperCase(next)) {
        end++; // AT&T
        continue;
      }
      if (isApostrophe(c) && Character.isLetter(next)) {
        // clitics split off: 's 're 've 'll 'd 'm n't ; other apostrophes are part of the name
        int cliticEnd = end + 1;
        while (cliticEnd < to && Character.isLetter(text.charAt(cliticEnd))) {
          cliticEnd++;
        }
        String clitic = text.substring(end + 1, cliticEnd).toLowerCase(java.util.Locale.ROOT);
        if (clitic.equals("t") && (prev == 'n' || prev == 'N') && end - 1 > start) {
          add(out, text, start, end - 1);
          add(out, text, end - 1, cliticEnd);
          return cliticEnd;
        }
        if (clitic.equals("s") || clitic.equals("re") || clitic.equals("ve") || clitic.equals("ll")
            || clitic.equals("d") || clitic.equals("m")) {
          add(out, text, start, end);
          add(out, text, end, cliticEnd);
          return cliticEnd;
        }
        end++;
        continue;
      }
      break;
    }
    // A known abbreviation keeps its period.
    if (end < to && text.charAt(end) == '.' && abbreviations.contains(text.substring(start, end))) {
      end++;
    } else if (end < to && text.charAt(end) == '.' && end - start == 1 && Character.isUpperCase(text.charAt(start))
        && end + 1 < to && text.charAt(end + 1) == ' ' && end + 2 < to && Character.isUpperCase(text.charAt(end + 2))) {
      end++; // a middle initial: "James A. Baker"
    }
    add(out, text, start, end);
    return end;
  }
}
