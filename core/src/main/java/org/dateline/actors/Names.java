package org.dateline.actors;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalization of name tokens for lookups: lower case, no accents, straight apostrophes. */
public final class Names {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Names() {}

  public static String key(String token) {
    String s = token;
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    if (!ascii) {
      s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
      s = s.replace('’', '\'').replace('‘', '\'').replace('‐', '-').replace('–', '-');
    }
    return s.toLowerCase(Locale.ROOT);
  }

  /** True for a token written in capitals only, such as "US", "NATO" or "U.S.". */
  public static boolean isAllCaps(String token) {
    boolean letter = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }

  public static boolean startsUpper(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
  }
}
