package org.dateline.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an input into article text, refusing what is not text: empty input,
 * binary data, invalid UTF-8, and inputs above the size limit. Every refusal is a one-line
 * {@link InputException} naming the input.
 */
public final class TextDecoder {

  /** Default limit on one article's text: far above any news article, far below a crawl. */
  public static final int DEFAULT_MAX_CHARS = 2_000_000;

  private final int maxChars;

  public TextDecoder(int maxChars) {
    this.maxChars = maxChars;
  }

  public TextDecoder() {
    this(DEFAULT_MAX_CHARS);
  }

  public int maxChars() {
    return maxChars;
  }

  public String decode(String input, byte[] bytes) throws InputException {
    if (bytes.length == 0) {
      throw new InputException(input, "empty input, nothing to extract");
    }
    int offset = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      offset = 3; // UTF-8 byte order mark
    }
    if (looksBinary(bytes, offset)) {
      throw new InputException(input, "binary data, not text (expected UTF-8 text)");
    }
    if (bytes.length - offset > (long) maxChars * 4) {
      throw new InputException(input, tooLarge(bytes.length - offset));
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      text = chars.toString();
    } catch (CharacterCodingException e) {
      throw new InputException(input, "not valid UTF-8 at byte " + firstInvalidByte(bytes, offset)
          + " (convert it to UTF-8 first, e.g. iconv -f latin1 -t utf-8)");
    }
    return check(input, text);
  }

  /** Checks already-decoded text (from JSON, HTML, feeds) against the same rules. */
  public String check(String input, String text) throws InputException {
    if (text == null || text.isBlank()) {
      throw new InputException(input, "empty text, nothing to extract");
    }
    if (text.length() > maxChars) {
      throw new InputException(input, tooLarge(text.length()));
    }
    return text;
  }

  private String tooLarge(long size) {
    return String.format("too large for one article (%.1f MB; the limit is %.1f MB, see --max-chars)",
        size / 1e6, maxChars / 1e6);
  }

  private static boolean looksBinary(byte[] bytes, int offset) {
    int n = Math.min(bytes.length, offset + 8192);
    int control = 0;
    for (int i = offset; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control * 20 > (n - offset);
  }

  private static int firstInvalidByte(byte[] bytes, int offset) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    decoder.decode(in, out, true);
    return in.position();
  }
}
