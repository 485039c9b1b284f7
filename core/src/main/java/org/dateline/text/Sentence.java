package org.dateline.text;

/**
 * A sentence: its span in the text, the range of its tokens {@code [firstToken, endToken)} in
 * the document's token list, and the index of the paragraph (block of lines) it belongs to.
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken, int paragraph) {

  public int tokenCount() {
    return endToken - firstToken;
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
