package org.dateline.time;

import org.dateline.time.TimeLexicon.Category;

/**
 * Reads how-many expressions before a time unit: digits ("30", "2 1/2", "1.5"), number words
 * ("twenty-four", "one hundred"), "a"/"an", "a couple of", and vague amounts ("several", "a
 * few", "some") that TimeML writes as X; and writes TimeML duration values ("P3Y", "PT10H",
 * "PXW").
 */
final class Quantities {

  /** A written number without its thousands commas: "1500", "2.5". */
  private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("\\d{1,7}(\\.\\d{1,3})?");

  /** An amount read from tokens {@code [from, end)}; {@code vague} amounts have no number. */
  record Amount(double number, boolean vague, boolean approximate, int end) {}

  private final TimeLexicon lexicon;

  Quantities(TimeLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The amount starting at token i, or null; "two and a half" included. */
  Amount read(SentenceTokens s, int i) {
    Amount plain = readPlain(s, i);
    if (plain != null && !plain.vague() && s.is(plain.end(), "and") && s.is(plain.end() + 1, "a")
        && s.is(plain.end() + 2, "half")) {
      return new Amount(plain.number() + 0.5, false, plain.approximate(), plain.end() + 3);
    }
    return plain;
  }

  private Amount readPlain(SentenceTokens s, int i) {
    if (i >= s.size) {
      return null;
    }
    String w = s.lower[i];
    switch (w) {
      case "a": case "an": case "one":
        if (s.is(i + 1, "couple") && s.is(i + 2, "of")) {
          return new Amount(2, false, true, i + 3);
        }
        if (s.is(i + 1, "few")) {
          return new Amount(0, true, false, i + 2);
        }
        if (s.is(i + 1, "dozen")) {
          return new Amount(12, false, false, i + 2);
        }
        if (s.is(i + 1, "half") && !w.equals("one")) {
          return new Amount(0.5, false, false, i + 2);
        }
        if (s.is(i + 1, "number") && s.is(i + 2, "of")) {
          return new Amount(0, true, false, i + 3);
        }
        if (s.isAny(i + 1, "hundred", "thousand") && !w.equals("one")) {
          return wordNumber(s, i + 1); // "a hundred years"
        }
        if (w.equals("one")) {
          return wordNumber(s, i);
        }
        return new Amount(1, false, false, i + 1);
      case "several": case "few": case "many": case "some": case "numerous": case "multiple":
        if (s.is(i - 1, "as") && w.equals("many")) {
          return null; // "the third attack in as many weeks"
        }
        return new Amount(0, true, false, i + 1);
      case "couple":
        return s.is(i + 1, "of") ? new Amount(2, false, true, i + 2) : null;
      case "half":
        if (s.isAny(i + 1, "a", "an")) {
          return new Amount(0.5, false, false, i + 2);
        }
        return null;
      default:
        break;
    }
    if (s.isDigits(i)) {
      double n = Double.parseDouble(s.text[i]);
      // "2 1/2"
      if (i + 1 < s.size && s.text[i + 1].equals("1/2")) {
        return new Amount(n + 0.5, false, false, i + 2);
      }
      return new Amount(n, false, false, i + 1);
    }
    String t = s.text[i];
    if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
      String plain = t.replace(",", "");
      if (PLAIN_NUMBER.matcher(plain).matches()) {
        return new Amount(Double.parseDouble(plain), false, false, i + 1);
      }
      return null;
    }
    return wordNumber(s, i);
  }

  /** Number words: "twenty-four", "twenty four", "one hundred", "two thousand". */
  Amount wordNumber(SentenceTokens s, int i) {
    long total = 0;
    long current = 0;
    int j = i;
    int last = -1;
    while (j < s.size) {
      TimeLexicon.Entry e = s.word(j, Category.NUMBER);
      if (e == null) {
        // "twenty-four", "one hundred and six"; not "two and six days", two numbers
        boolean joins = s.isDash(j) || s.is(j, "and") && last >= 0 && (current % 100 == 0 || current > 100);
        if (last >= 0 && joins && j + 1 < s.size && s.word(j + 1, Category.NUMBER) != null) {
          j++;
          continue;
        }
        break;
      }
      int v = e.number();
      if (v == 100) {
        current = Math.max(current, 1) * 100;
      } else if (v == 1000) {
        total += Math.max(current, 1) * 1000;
        current = 0;
      } else {
        current += v;
      }
      last = j;
      j++;
    }
    if (last < 0) {
      return null;
    }
    return new Amount(total + current, false, false, last + 1);
  }

  /** The period of a recurrence ("every quarter" P1Q): as a length, but quarters stay quarters. */
  static String period(Amount a, String unit) {
    return unit.equals("Q") ? "P" + (a.vague() ? "X" : number(a.number())) + "Q" : duration(a, unit);
  }

  /** The TimeML duration value of an amount of a unit (TimeML unit letters, MIN = minutes). */
  static String duration(Amount a, String unit) {
    String n = a.vague() ? "X" : number(a.number());
    if (!a.vague() && a.number() != Math.rint(a.number())) {
      String split = fractional(a.number(), unit);
      if (split != null) {
        return split;
      }
    }
    switch (unit) {
      case "S": return "PT" + n + "S";
      case "MIN": return "PT" + n + "M";
      case "H": return "PT" + n + "H";
      case "2W": return a.vague() ? "PXW" : "P" + number(2 * a.number()) + "W";
      case "Q": // "the next three quarters" is P9M, as TimeBank writes it
        return a.vague() ? "PXM" : "P" + number(3 * a.number()) + "M";
      case "E": // "a decade" is P1E, but "two decades" P20Y, as TimeBank writes them
        return a.vague() || a.number() < 2 || a.number() != Math.rint(a.number()) ? "P" + n + "E"
            : "P" + number(10 * a.number()) + "Y";
      default: return "P" + n + unit;
    }
  }

  private static final String DATE_UNITS = "YMD";
  private static final String TIME_UNITS = "HMS";

  /**
   * One ISO length from a longer and a shorter exact one ("PT1H" and "PT22M" → "PT1H22M", "P2Y"
   * and "P3M" → "P2Y3M", "P2D" and "PT5H" → "P2DT5H"); null when the second is not shorter, or
   * either is vague, fractional or in weeks, decades or centuries.
   */
  static String joinDurations(String longer, String shorter) {
    java.util.regex.Matcher a = SIMPLE_DURATION.matcher(longer);
    java.util.regex.Matcher b = SIMPLE_DURATION.matcher(shorter);
    if (!a.matches() || !b.matches()) {
      return null;
    }
    int rankA = rank(a.group(1) != null, a.group(3));
    int rankB = rank(b.group(1) != null, b.group(3));
    if (rankA < 0 || rankB <= rankA) {
      return null;
    }
    boolean timeA = a.group(1) != null;
    boolean timeB = b.group(1) != null;
    String first = a.group(2) + a.group(3);
    String second = b.group(2) + b.group(3);
    return "P" + (timeA ? "T" : "") + first + (timeB && !timeA ? "T" : "") + second;
  }

  private static final java.util.regex.Pattern SIMPLE_DURATION = java.util.regex.Pattern.compile("P(T)?(\\d+)([YMDHS])");

  /** The order of a unit from the longest: Y M D, then H M S of the time part; -1 for others. */
  private static int rank(boolean time, String unit) {
    int k = (time ? TIME_UNITS : DATE_UNITS).indexOf(unit);
    return k < 0 ? -1 : time ? 3 + k : k;
  }

  /** Halves in whole smaller units, as TimeML writes them: 2 1/2 years = P2Y6M. */
  private static String fractional(double n, String unit) {
    long whole = (long) Math.floor(n);
    if (n - whole != 0.5) {
      return null;
    }
    String w = whole == 0 ? "" : Long.toString(whole);
    switch (unit) {
      case "Y": return "P" + (whole == 0 ? "" : w + "Y") + "6M";
      case "D": return "P" + (whole == 0 ? "" : w + "D") + "T12H";
      case "H": return "PT" + (whole == 0 ? "" : w + "H") + "30M";
      case "MIN": return "PT" + (whole == 0 ? "" : w + "M") + "30S";
      case "M": return whole == 0 ? "P2W" : null;
      default: return null;
    }
  }

  static String number(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
