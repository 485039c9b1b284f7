package org.dateline.actors;

import java.util.List;
import java.util.Set;
import org.dateline.model.ActorKind;
import org.dateline.text.Token;

/**
 * The country a story is filed from, read from its dateline: a known place opening a line near
 * the top of the article, followed by what datelines carry before their dash ("MANILA,
 * Philippines —", "TOKYO (AP) —", "KYIV, Ukraine, Aug. 12 (Reuters) -").
 */
final class Dateline {

  private static final Set<String> DASHES = Set.of("—", "–", "-", "--", "―");
  /** How far into the article a dateline may open (a title line may come first). */
  private static final int MAX_START_TOKEN = 60;
  /** How many tokens may stand between the place and the dash. */
  private static final int MAX_GAP = 12;

  private Dateline() {}

  /** The ISO code of the dateline's country, or null when the article opens without one. */
  static String country(List<Token> tokens, List<Candidate> candidates, String text) {
    for (Candidate c : candidates) {
      if (c.start() > MAX_START_TOKEN) {
        return null;
      }
      if (!isKnownPlace(c) || !opensLine(text, tokens.get(c.start()).start())) {
        continue;
      }
      String country = c.entity().country();
      int k = c.end();
      boolean inBrackets = false;
      for (; k < tokens.size() && k - c.end() <= MAX_GAP; k++) {
        String t = tokens.get(k).text();
        if (DASHES.contains(t) && !inBrackets) {
          return country;
        }
        Candidate named = inBrackets ? null : countryAt(candidates, k);
        if (named != null) {
          country = named.country(); // "MANILA, Philippines"
          k = named.end() - 1; // its small words are no running text ("Democratic Republic of the Congo")
          continue;
        }
        if (t.equals("(")) {
          inBrackets = true;
        } else if (t.equals(")")) {
          inBrackets = false;
        } else if (!inBrackets && t.chars().anyMatch(Character::isLetter) && Character.isLowerCase(t.charAt(0))) {
          break; // running text: no dateline
        }
      }
    }
    return null;
  }

  private static boolean isKnownPlace(Candidate c) {
    return c.type() == Candidate.Type.ENTITY && c.entity() != null && c.entity().country() != null
        && (c.kind() == ActorKind.LOCATION || c.kind() == ActorKind.COUNTRY) && c.form() != KnowledgeBase.Form.ADJECTIVE;
  }

  private static Candidate countryAt(List<Candidate> candidates, int token) {
    for (Candidate c : candidates) {
      if (c.start() == token && c.type() == Candidate.Type.ENTITY && c.kind() == ActorKind.COUNTRY
          && c.form() != KnowledgeBase.Form.ADJECTIVE) {
        return c;
      }
    }
    return null;
  }

  private static boolean opensLine(String text, int offset) {
    for (int i = offset - 1; i >= 0; i--) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        return true;
      }
      if (!Character.isWhitespace(ch)) {
        return false;
      }
    }
    return true;
  }
}
