package org.dateline.text;

/**
 * One token: its span in the article text (UTF-16 offsets, end exclusive), its text, and a
 * Universal POS tag once the tagger has run (null before).
 */
public record Token(int start, int end, String text, String pos) {

  public Token withPos(String tag) {
    return new Token(start, end, text, tag);
  }

  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  public boolean isWord() {
    return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
  }

  public boolean is(String s) {
    return text.equalsIgnoreCase(s);
  }

  /**
   * A double quotation mark of any style: straight, curly, typewriter (`` '') or guillemet.
   * Single curly marks are left out: "’" is also an apostrophe.
   */
  public boolean isDoubleQuoteMark() {
    return DOUBLE_QUOTE_MARKS.contains(text);
  }

  private static final java.util.Set<String> DOUBLE_QUOTE_MARKS = java.util.Set.of("\"", "\u201c", "\u201d", "``",
      "''", "\u00ab", "\u00bb");
}
