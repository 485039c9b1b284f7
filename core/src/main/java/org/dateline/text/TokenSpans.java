package org.dateline.text;

import java.util.List;
import org.dateline.model.TextSpan;

/** Maps spans of text (timexes, quotes) onto the tokens they cover. */
public final class TokenSpans {

  private TokenSpans() {}

  /** For each token, whether one of the spans (sorted by start) covers it. */
  public static boolean[] covered(List<Token> tokens, List<? extends TextSpan> spans) {
    boolean[] in = new boolean[tokens.size()];
    int t = 0;
    for (TextSpan x : spans) {
      while (t < tokens.size() && tokens.get(t).end() <= x.start()) {
        t++;
      }
      for (int i = t; i < tokens.size() && tokens.get(i).start() < x.end(); i++) {
        in[i] = true;
      }
    }
    return in;
  }
}
