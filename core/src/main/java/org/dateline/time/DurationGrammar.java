package org.dateline.time;

import java.util.Set;
import org.dateline.model.TimexType;
import org.dateline.time.TimeLexicon.Category;
import org.dateline.time.TimeLexicon.Entry;

/**
 * Lengths of time and recurrences: "three years" (P3Y), "several hours" (PTXH), "a five-year
 * plan", "the past two months", "the first nine months", "half an hour", "for years" (PXY);
 * "every week" (P1W), "each Monday" (XXXX-WXX-1), "annually" (P1Y), "twice a day" (P1D).
 */
final class DurationGrammar {

  /** Words that may lead a duration after "the": "the past two years", "the first nine months". */
  private static final Set<String> LEADS = Set.of("past", "last", "next", "first", "previous", "coming", "following",
      "final", "initial", "latest", "remaining", "preceding", "ensuing", "subsequent", "succeeding", "intervening");

  /** Adjectives between an amount and its unit: "20 more years", "three full days". */
  private static final Set<String> BETWEEN = Set.of("more", "additional", "full", "straight", "consecutive", "long",
      "short", "whole", "extra", "further", "entire", "successive", "solid", "calendar", "business", "trading",
      "working", "single");

  /** Previous words that make "a year" a rate ("$5 a year", "twice a day", "three times a week"). */
  private static final Set<String> RATE_BEFORE = Set.of("times", "twice", "once", "thrice", "million", "billion",
      "percent", "%", "dollars", "euros", "hours", "days", "miles", "meals", "barrels", "tons", "shifts", "visits",
      "trillion", "thousand");

  private final TimeLexicon lexicon;
  private final Quantities quantities;

  DurationGrammar(TimeLexicon lexicon, Quantities quantities) {
    this.lexicon = lexicon;
    this.quantities = quantities;
  }

  /** Verbs whose object is a length of time: "the truce lasted hours", "the talks took years". */
  private static final Set<String> LENGTH_VERBS = Set.of("last", "lasts", "lasted", "lasting", "take", "takes", "took",
      "taking", "taken", "spend", "spends", "spent", "spending", "wait", "waits", "waited", "waiting");

  /** Nouns that a length before them only measures: "a three-year period" is the length itself. */
  private static final Set<String> PERIOD_NOUNS = Set.of("period", "span", "stretch", "interval", "timeframe");

  Found match(SentenceTokens s, int i) {
    Found best = duration(s, i);
    best = Found.longer(best, measuredPeriod(s, i));
    best = Found.longer(best, lengthAdjective(s, i));
    best = Found.longer(best, bareUnits(s, i));
    best = Found.longer(best, set(s, i));
    best = Found.longer(best, countedRate(s, i));
    return best;
  }

  /**
   * "weeklong", "day-long", "months-long": an adjective of length without a count (P1W, P1D,
   * PXM). Seconds, minutes and weekends are left out ("a minute-long video" is rare in news).
   */
  private Found lengthAdjective(SentenceTokens s, int i) {
    String w = s.lower[i];
    Entry unit;
    int end;
    if (w.length() > 7 && w.endsWith("long") && Character.isLetter(w.charAt(w.length() - 5))) {
      unit = lexicon.get(w.substring(0, w.length() - 4), Category.UNIT); // "weeklong"
      end = i + 1;
    } else if (s.is(i + 1, "-") && s.is(i + 2, "long") && s.adjacent(i, i + 1) && s.adjacent(i + 1, i + 2)
        && !(i > 0 && (quantities.read(s, i - 1) != null && !s.isAny(i - 1, "a", "an") || s.is(i - 1, "-")))) {
      unit = unit(s, i); // "week-long"; "a three-week-long strike" is read with its count
      end = i + 3;
    } else {
      return null;
    }
    if (unit == null || unit.ambiguous() || unit.value().equals("S") || unit.value().equals("MIN")
        || unit.value().equals("WE")) {
      return null;
    }
    Quantities.Amount amount = new Quantities.Amount(unit.plural() ? 0 : 1, unit.plural(), false, 0);
    return Found.of(i, end, TimexType.DURATION, Quantities.duration(amount, unit.value()));
  }

  /** "a three-year period", "the 90-day span": the whole noun phrase is the length. */
  private Found measuredPeriod(SentenceTokens s, int i) {
    if (!s.isAny(i, "a", "an", "the") || i + 1 >= s.size) {
      return null;
    }
    Found length = duration(s, i + 1);
    if (length == null || length.type() != TimexType.DURATION || length.from() != i + 1 || length.to() >= s.size
        || !PERIOD_NOUNS.contains(s.lower[length.to()])) {
      return null;
    }
    return length.withFrom(i).withTo(length.to() + 1);
  }

  /**
   * A rate with its count: "twice a year", "three times a week", "once a month". TimeML writes the
   * whole phrase as one SET whose value is the period (P1Y; the count is its freq), so the count
   * belongs to the extent.
   */
  Found countedRate(SentenceTokens s, int i) {
    int j;
    if (s.isAny(i, "once", "twice", "thrice")) {
      j = i + 1;
    } else {
      Quantities.Amount amount = quantities.read(s, i);
      if (amount == null || amount.vague() || !s.is(amount.end(), "times")) {
        return null;
      }
      j = amount.end() + 1;
    }
    if (!s.isAny(j, "a", "an", "per")) {
      return null;
    }
    Entry unit = unit(s, j + 1);
    if (unit == null || unit.plural() || unit.ambiguous() || unit.value().equals("WE")) {
      return null;
    }
    return Found.of(i, j + 2, TimexType.SET, Quantities.period(new Quantities.Amount(1, false, false, 0),
        unit.value()));
  }

  /** The unit at token j (TimeML letter), or null. */
  private Entry unit(SentenceTokens s, int j) {
    return j < s.size ? s.word(j, Category.UNIT) : null;
  }

  Found duration(SentenceTokens s, int i) {
    int j = i;
    boolean the = s.is(j, "the");
    if (the) {
      j++;
      if (j < s.size && LEADS.contains(s.lower[j])) {
        j++;
      } else if (j + 3 < s.size && s.word(j, Category.UNIT) != null && s.is(j + 1, "-")
          && s.isAny(j + 2, "earlier", "ago") && s.adjacent(j, j + 1) && s.adjacent(j + 1, j + 2)) {
        Quantities.Amount counted = quantities.read(s, j + 3);
        if (counted != null && !counted.vague()) {
          j += 3; // "the year-earlier nine months": the counted period of the comparison, a length
        }
      }
    } else if (s.isAny(j, "another", "an") && s.is(j + 1, "additional") && quantities.read(s, j + 2) != null) {
      j += s.is(j, "an") ? 2 : 1; // "an additional 20 years"; "an additional year" is read as "an extra year"
    }
    Quantities.Amount amount = quantities.read(s, j);
    if (amount == null) {
      return null;
    }
    if (j >= 2 && s.isDash(j - 1) && DateGrammar.yearNumber(s, j - 2) > 0) {
      return null; // "the 1998-99 season": the end of a span of years, not a count
    }
    if ((s.is(j, "a") || s.is(j, "an")) && the) {
      return null;
    }
    // "two to three weeks", "12 to 18 months": one length, known only as a range
    if (!amount.vague() && s.isAny(amount.end(), "to", "or") && !s.isAny(j, "a", "an")) {
      Quantities.Amount upper = quantities.read(s, amount.end() + 1);
      if (upper != null && !upper.vague() && upper.number() > amount.number() && !s.isAny(amount.end() + 1, "a", "an")
          && unit(s, upper.end()) != null && unit(s, upper.end()).plural()) {
        amount = new Quantities.Amount(0, true, false, upper.end());
      }
    }
    if (the && DateGrammar.yearNumber(s, j) > 0) {
      return null; // "the 1988 quarter" names a period of that year
    }
    int k = amount.end();
    boolean hyphen = false;
    if (s.is(k, "-") && k > 0 && s.adjacent(k - 1, k)) {
      k++;
      hyphen = true;
    }
    if (k < s.size && BETWEEN.contains(s.lower[k]) && !hyphen) {
      k++;
    }
    Entry unit = unit(s, k);
    if (unit == null) {
      return the && j > i + 1 ? countedSeasons(s, i, amount, k) : null;
    }
    if (unit.ambiguous() && !unit.plural() && k + 1 < s.size
        && (s.word(k + 1, Category.UNIT) != null || s.pos[k + 1].equals("NOUN") || s.pos[k + 1].equals("ADJ"))) {
      return null; // "a second week", "a second term": the ordinal, not a length
    }
    if (s.is(k + 1, "-") && s.isAny(k + 2, "earlier", "ago", "end") && s.adjacent(k, k + 1)) {
      return null; // "a year-earlier loss": the comparison, not a length; "a year-end rally": a date
    }
    if (!unit.plural() && DateGrammar.yearNumber(s, j) > 0) {
      return null; // "the 1988 quarter"
    }
    if (unit.ambiguous() && amount.vague()) {
      return null;
    }
    if (amount.vague() && !unit.plural() && !hyphen) {
      return null;
    }
    // a share is a quarter or three of them: "several quarters of losses" and "two quarters of growth" are periods
    boolean share = hyphen || !amount.vague() && (amount.number() < 2 || amount.number() == 3)
        || k + 2 >= s.size || !s.pos[k + 2].equals("NOUN") && !s.pos[k + 2].equals("ADJ");
    if (unit.value().equals("Q") && ((s.is(j, "a") || amount.number() < 1) && !unit.plural() || s.is(k + 1, "of") && share)) {
      return null; // "a quarter of the votes", "three-quarters of the city", "three quarters of voters"
    }
    int end = k + 1;
    double n = amount.number();
    // "an hour and a half", "two and a half years" ("two and a half" is read by the amount)
    if (s.is(end, "and") && s.is(end + 1, "a") && s.is(end + 2, "half")) {
      n += 0.5;
      end += 3;
    }
    if (hyphen && j > 0 && s.capitalized(j) && s.capitalized(k) && s.capitalized(k + 1)) {
      return null; // "the Ninth Five-Year Plan", "the Six-Day War": part of a name
    }
    // "a three-hour-long meeting"
    if (hyphen && s.is(end, "-") && s.is(end + 1, "long")) {
      end += 2;
    }
    if (!hyphen && s.isAny(j, "a", "an") && s.is(end, "-") && s.is(end + 1, "long")) {
      return lengthAdjective(s, k); // "a day-long meeting": the adjective "day-long"
    }
    if (hyphen && s.is(end, "-") && s.is(end + 1, "old") && agesALastingThing(s, end + 2)) {
      end += 2; // "an 8-month-old truce": how long the truce has lasted
    } else if (s.is(end, "old") || hyphen && s.is(end, "-") && s.is(end + 1, "old")) {
      return null; // ages ("52 years old", "a 25-year-old man") are not annotated as durations
    }
    boolean adjective = hyphen || !unit.plural() && amount.number() > 1 && !amount.vague();
    if (adjective && the && j == i + 1) {
      i = i + 1; // "the two-week delay", "the two day rally": the adjective alone
    }
    String mod = amount.approximate() ? "APPROX" : null;
    if (s.is(end, "or") && s.is(end + 1, "so")) {
      end += 2;
      mod = "APPROX";
    } else if (s.is(end, "or") && !unit.plural() && !amount.vague() && amount.number() == 1 && end + 1 < s.size
        && s.word(end + 1, Category.NUMBER) != null && s.word(end + 1, Category.NUMBER).number() <= 3
        && unit(s, end + 2) == null) {
      // "a day or two", "a week or three": one length known only roughly
      return Found.of(i, end + 2, TimexType.DURATION, Quantities.duration(new Quantities.Amount(0, true, false, 0),
          unit.value()));
    }
    // "a day" after an amount is a rate: "twice a day", "$5 a year"
    boolean singleArticle = (s.is(j, "a") || s.is(j, "an") || s.is(j, "per")) && amount.number() == 1;
    if (singleArticle && i > 0 && rateBefore(s, i)) {
      return Found.of(i, end, TimexType.SET, Quantities.period(new Quantities.Amount(1, false, false, 0),
          unit.value()));
    }
    if (unit.value().equals("WE") && !amount.vague()) {
      return Found.of(i, end, TimexType.DURATION, "P" + Quantities.number(n) + "WE").withMod(mod);
    }
    Quantities.Amount total = new Quantities.Amount(n, amount.vague(), amount.approximate(), end);
    String value = Quantities.duration(total, unit.value());
    if (!amount.vague() && !hyphen && s.is(end, "and") && !s.isAny(end + 1, "the", "a", "an")) {
      // "an hour and 22 minutes", "two years and three months": one length in two units
      Found rest = duration(s, end + 1);
      String joined = rest == null || rest.type() != TimexType.DURATION || rest.mod() != null ? null
          : Quantities.joinDurations(value, rest.value());
      if (joined != null) {
        return Found.of(i, rest.to(), TimexType.DURATION, joined).withMod(mod);
      }
    }
    return Found.of(i, end, TimexType.DURATION, value).withMod(mod);
  }

  /**
   * The noun an age at j describes is an event or a state ("truce", "civil war", "IRA
   * ceasefire"), whose age is a length of time; people and things have ages that are no timex.
   */
  private static boolean agesALastingThing(SentenceTokens s, int j) {
    for (int k = j; k < s.size && k <= j + 2; k++) {
      if (s.word(k, Category.LASTING) != null) {
        return true;
      }
      String p = s.pos[k];
      if (!(p.equals("ADJ") || p.equals("NOUN") || p.equals("PROPN"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * "the past three summers", "the last two winters": a season counted over several years, which
   * TimeML writes as the season's recurrence (SET XXXX-SU; durations have no season unit).
   */
  private Found countedSeasons(SentenceTokens s, int i, Quantities.Amount amount, int k) {
    if (k >= s.size || amount.vague() || amount.number() < 2 || !s.lower[k].endsWith("s")) {
      return null;
    }
    Entry season = lexicon.get(s.lower[k].substring(0, s.lower[k].length() - 1), Category.SEASON);
    return season == null || season.ambiguous() ? null : Found.of(i, k + 1, TimexType.SET, "XXXX-" + season.value());
  }

  /**
   * Whether the words before "a week" make it a rate: "twice a day", "$5 a year", "358,000 a
   * month", "four flights a week", "fifty thousand CDs a year".
   */
  private boolean rateBefore(SentenceTokens s, int i) {
    if (RATE_BEFORE.contains(s.lower[i - 1]) || isNumeral(s, i - 1)) {
      return true;
    }
    if (!(s.pos[i - 1].equals("NOUN") || s.pos[i - 1].equals("PROPN")) || !s.lower[i - 1].endsWith("s")) {
      return false;
    }
    for (int k = i - 2; k >= 0 && k >= i - 3; k--) {
      if (isNumeral(s, k) || s.word(k, Category.NUMBER) != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumeral(SentenceTokens s, int k) {
    String t = s.text[k];
    return !t.isEmpty() && Character.isDigit(t.charAt(0)) && t.chars().allMatch(c -> Character.isDigit(c) || c == ','
        || c == '.');
  }

  /** "for years", "over the years", "for decades", "in hours", "months later": bare plural units. */
  Found bareUnits(SentenceTokens s, int i) {
    int j = i;
    if (s.is(j, "the") && s.is(i - 1, "over")) {
      j++;
    } else if (unit(s, i) == null || !unit(s, i).plural()) {
      return null; // checked again below; first here, as it rules out most tokens at once
    } else if (!s.isAny(i - 1, "for", "in", "within", "over") && !s.is(i + 1, "later") && !lengthObject(s, i)
        && !beforeOrAfterEvent(s, i) && !lengthOfActivity(s, i) && !raisedFromAShorterLength(s, i)) {
      return null;
    }
    Entry unit = unit(s, j);
    if (unit == null || !unit.plural() || unit.value().equals("S") || unit.value().equals("WE")) {
      return null;
    }
    boolean within = s.is(i - 1, "within") && s.is(j + 1, "of"); // "within hours of the attack"
    if (s.isAny(j + 1, "of", "ago", "earlier") && !lengthOfActivity(s, j) && !within || s.is(j + 1, "later") && j > i) {
      return null;
    }
    // "could take weeks or months": one vague length, told in the shorter unit
    Entry other = s.is(j + 1, "or") ? unit(s, j + 2) : null;
    boolean ofAnEvent = s.is(j + 3, "of") && s.is(i - 1, "within"); // "within weeks or months of his capture"
    if (other != null && other.plural() && !other.value().equals("WE")
        && (ofAnEvent || !s.isAny(j + 3, "of", "ago", "earlier", "later"))) {
      return Found.of(i, j + 3, TimexType.DURATION, Quantities.duration(new Quantities.Amount(0, true, false, 0),
          unit.value()));
    }
    return Found.of(i, j + 1, TimexType.DURATION, Quantities.duration(new Quantities.Amount(0, true, false, 0),
        unit.value()));
  }

  /** Words that raise the second of two lengths: "months or even years", "days, perhaps weeks". */
  private static final Set<String> RAISING = Set.of("even", "perhaps", "possibly", "maybe");

  /** "could take months or even years": a bare plural unit raised from a bare plural unit just before it. */
  private boolean raisedFromAShorterLength(SentenceTokens s, int i) {
    if (!s.isIn(i - 1, RAISING) || !s.isAny(i - 2, "or", "and", ",")) {
      return false;
    }
    Entry before = i >= 3 ? unit(s, i - 3) : null;
    return before != null && before.plural() && !before.value().equals("WE");
  }

  /** Determiners before a frequency word make it a noun ("the weekly said"), not a frequency. */
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "his", "her", "their",
      "our", "my", "your");

  /**
   * A frequency word used as an adverb: tagged as one, or following its verb and modifying no noun
   * where the tagger read an adjective ("the bank meets monthly."). The adjective ("a weekly
   * column", "daily flights") is not annotated.
   */
  /**
   * "works nights", "closed on weekends", "swims in the mornings": a plural part of the day or
   * "weekends" after a verb or "on", "at", "in the", a habit (SET XXXX-XX-XXTNI, XXXX-WXX-WE);
   * not after a count ("three nights" is a length).
   */
  private static Found recurringPartOfDay(SentenceTokens s, int i) {
    boolean inThe = s.is(i, "the") && s.is(i - 1, "in");
    int p = inThe ? i + 1 : i;
    if (p >= s.size || p == 0) {
      return null;
    }
    Entry part = s.word(p, Category.DAYPART);
    boolean weekends = s.is(p, "weekends");
    if (!weekends && (part == null || !part.plural())) {
      return null;
    }
    boolean habit = inThe || s.isAny(p - 1, "on", "at", "during")
        || s.pos[p - 1].equals("VERB") && !s.lower[p - 1].endsWith("ing");
    if (!habit) {
      return null;
    }
    return Found.of(i, p + 1, TimexType.SET, weekends ? "XXXX-WXX-WE" : "XXXX-XX-XXT" + part.value());
  }

  private static boolean adverbialPosition(SentenceTokens s, int i) {
    if (s.pos[i].equals("ADV")) {
      return true;
    }
    if (i == 0 || DETERMINERS.contains(s.lower[i - 1])) {
      return false;
    }
    if (i + 1 < s.size) {
      String next = s.pos[i + 1];
      if (next.equals("NOUN") || next.equals("PROPN") || next.equals("ADJ") || next.equals("NUM")) {
        return false;
      }
    }
    if (s.isAny(i - 1, "and", "or", ",") && i >= 2 && s.word(i - 2, Category.SETADV) != null) {
      return adverbialPosition(s, i - 2); // "reviewed weekly and monthly"
    }
    return s.pos[i - 1].equals("VERB") || s.pos[i - 1].equals("AUX") || s.pos[i - 1].equals("ADV");
  }

  /**
   * A bare length heading "of" and an activity after a verb or preposition: "after months of
   * talks", "ended years of war" (PXM, PXY). Not after a determiner or adjective ("the heady days
   * of growth" names an era, not a length).
   */
  private static boolean lengthOfActivity(SentenceTokens s, int i) {
    return i > 0 && s.is(i + 1, "of") && i + 2 < s.size && !DETERMINERS.contains(s.lower[i - 1])
        && (s.pos[i - 1].equals("ADP") && !s.is(i - 1, "of") || s.pos[i - 1].equals("VERB"))
        && (s.pos[i + 2].equals("NOUN") || s.pos[i + 2].equals("ADJ"));
  }

  /** The object of a verb of length, directly or after "only"/"just": "lasted hours", "took only days". */
  private static boolean lengthObject(SentenceTokens s, int i) {
    int v = s.isAny(i - 1, "only", "just") ? i - 2 : i - 1;
    return v >= 0 && LENGTH_VERBS.contains(s.lower[v]);
  }

  /**
   * A bare length before an event: "weeks after the election", "days before the vote", read like
   * "three weeks after the election" (the length, with "after" as its signal). Not after a
   * determiner ("the weeks before the vote" is another expression).
   */
  private static boolean beforeOrAfterEvent(SentenceTokens s, int i) {
    return s.isAny(i + 1, "after", "before") && (i == 0 || s.isAny(i - 1, "just", "only", "came", "come", "comes",
        "coming", ",", "and", "but", "mere", "barely") || s.pos[i - 1].equals("VERB"));
  }

  /** "every week", "each Monday", "every other month", "every two years", "annually", "per year". */
  Found set(SentenceTokens s, int i) {
    Found habitual = recurringPartOfDay(s, i);
    if (habitual != null) {
      return habitual;
    }
    Entry adverb = s.word(i, Category.SETADV);
    if (adverb != null && !s.capitalized(i) && adverbialPosition(s, i)) {
      return Found.of(i, i + 1, TimexType.SET, adverb.value());
    }
    if (!s.isAny(i, "every", "each", "per")) {
      return null;
    }
    int j = i + 1;
    int every = 1;
    boolean vague = false;
    if (s.is(j, "other")) {
      every = 2;
      j++;
    } else if (!s.is(i, "per")) {
      Quantities.Amount amount = quantities.read(s, j);
      if (amount != null && !amount.vague() && amount.number() >= 2 && amount.number() == Math.rint(amount.number())) {
        every = (int) amount.number();
        j = amount.end();
      } else if (amount != null && amount.vague() && s.is(i, "every")) {
        vague = true; // "every few days": a recurrence of unknown period, PXD
        j = amount.end();
      }
    }
    if (j >= s.size) {
      return null;
    }
    Entry unit = unit(s, j);
    if (vague) {
      return unit != null && unit.plural() && !unit.ambiguous() ? Found.of(i, j + 1, TimexType.SET,
          Quantities.period(new Quantities.Amount(0, true, false, 0), unit.value())) : null;
    }
    if (unit != null && !unit.ambiguous()) {
      return Found.of(i, j + 1, TimexType.SET,
          Quantities.period(new Quantities.Amount(every, false, false, 0), unit.value()));
    }
    if (s.is(i, "per")) {
      return null;
    }
    Entry wd = s.keyWord(j, Category.WEEKDAY);
    if (wd != null && !wd.ambiguous() && s.capitalized(j)) {
      Entry part = j + 1 < s.size ? s.word(j + 1, Category.DAYPART) : null;
      if (part != null && !part.plural()) {
        return Found.of(i, j + 2, TimexType.SET, "XXXX-WXX-" + wd.number() + "T" + part.value()); // "every Wednesday evening"
      }
      return Found.of(i, j + 1, TimexType.SET, "XXXX-WXX-" + wd.number());
    }
    Entry month = s.keyWord(j, Category.MONTH);
    if (month != null && s.capitalized(j)) {
      return Found.of(i, j + 1, TimexType.SET, String.format("XXXX-%02d", month.number()));
    }
    Entry season = s.word(j, Category.SEASON);
    if (season != null && !season.ambiguous()) {
      return Found.of(i, j + 1, TimexType.SET, "XXXX-" + season.value());
    }
    Entry part = s.word(j, Category.DAYPART);
    if (part != null) {
      return Found.of(i, j + 1, TimexType.SET, "XXXX-XX-XXT" + part.value());
    }
    return null;
  }
}
