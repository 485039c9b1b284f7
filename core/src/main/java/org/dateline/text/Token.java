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
}
