package org.dateline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.pipeline.Document;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * Pairs quotation marks into quoted spans: curly (“ ”), straight ("), typewriter (`` ''),
 * guillemets (« ») and single curly (‘ ’). Straight quotes are opening or closing by what
 * touches them. A quote left open at the end of a paragraph is closed there, since news
 * style reopens it at the next paragraph ("multi-paragraph quotes").
 */
final class QuoteMarks {

  private static final Set<String> OPENERS = Set.of("“", "``", "«", "‘");
  private static final Set<String> CLOSERS = Set.of("”", "''", "»", "’");

  /** A quoted span: the mark tokens, and the content's character range (marks excluded). */
  record Span(int openToken, int closeToken, int startChar, int endChar) {
    int wordCount(List<Token> tokens) {
      int n = 0;
      for (int i = openToken + 1; i < closeToken; i++) {
        if (tokens.get(i).isWord()) {
          n++;
        }
      }
      return n;
    }
  }

  private QuoteMarks() {}

  private static boolean isSingle(String mark) {
    return mark.equals("‘") || mark.equals("’");
  }

  static boolean isMark(String s) {
    return s.equals("\"") || OPENERS.contains(s) || CLOSERS.contains(s);
  }

  static List<Span> find(Document doc) {
    List<Token> tokens = doc.tokens();
    String text = doc.text();
    List<Span> out = new ArrayList<>();
    int open = -1;
    int openParagraph = -1;
    for (Sentence s : doc.sentences()) {
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        String t = tokens.get(i).text();
        if (!isMark(t)) {
          continue;
        }
        if (open >= 0 && isSingle(t) != isSingle(tokens.get(open).text()) && s.paragraph() == openParagraph) {
          continue; // a quote nested in a quote (‘…’ inside “…”, or the British way round)
        }
        boolean opening = OPENERS.contains(t) || t.equals("\"") && opensHere(text, tokens.get(i), open >= 0);
        if (open >= 0 && s.paragraph() != openParagraph) {
          close(out, tokens, open, lastTokenOfParagraph(doc, openParagraph), false);
          open = -1;
        }
        if (opening && open < 0) {
          open = i;
          openParagraph = s.paragraph();
        } else if (!opening && open >= 0) {
          close(out, tokens, open, i, true);
          open = -1;
        } else if (opening) {
          open = i; // an unmatched opener: start again from the later one
          openParagraph = s.paragraph();
        }
      }
    }
    if (open >= 0) {
      close(out, tokens, open, lastTokenOfParagraph(doc, openParagraph), false);
    }
    return out;
  }

  private static void close(List<Span> out, List<Token> tokens, int open, int close, boolean closedByMark) {
    int startChar = tokens.get(open).end();
    int endChar = closedByMark ? tokens.get(close).start() : tokens.get(close).end();
    int closeToken = closedByMark ? close : close + 1;
    if (closeToken - open > 1 && endChar > startChar) {
      out.add(new Span(open, closeToken, startChar, endChar));
    }
  }

  private static int lastTokenOfParagraph(Document doc, int paragraph) {
    int last = -1;
    for (Sentence s : doc.sentences()) {
      if (s.paragraph() == paragraph) {
        last = s.endToken() - 1;
      }
    }
    return last;
  }

  /** A straight quote opens when it follows a space or opening punctuation and precedes a word. */
  private static boolean opensHere(String text, Token mark, boolean insideQuote) {
    char before = mark.start() == 0 ? ' ' : text.charAt(mark.start() - 1);
    char after = mark.end() >= text.length() ? ' ' : text.charAt(mark.end());
    boolean spaceBefore = Character.isWhitespace(before) || "([{—–-".indexOf(before) >= 0;
    boolean spaceAfter = Character.isWhitespace(after) || ",.;:!?)".indexOf(after) >= 0;
    if (spaceBefore && !spaceAfter) {
      return true;
    }
    if (!spaceBefore && spaceAfter) {
      return false;
    }
    return !insideQuote;
  }
}
