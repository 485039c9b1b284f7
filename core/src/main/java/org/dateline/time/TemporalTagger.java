package org.dateline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dateline.model.Timex;
import org.dateline.pipeline.Document;
import org.dateline.pipeline.Layer;
import org.dateline.pipeline.Stage;
import org.dateline.text.Sentence;

/**
 * Stage: temporal expressions recognized and normalized to TimeML TIMEX3 values against the
 * dateline. Sentences are read left to right with a hand-written grammar over tokens (no regular
 * expressions over the text), taking the longest expression at each token. Relative
 * expressions resolve against the publication date, or against the last date mentioned for
 * "the following day", "that week", "a year earlier"; with no publication date they keep a
 * null value while absolute dates are still resolved. Clock times take the day mentioned in
 * their sentence (not one of a relative aside), else the day told in an earlier sentence, else
 * the dateline; told forward, an early-morning time after a late-night one is the next day.
 */
public final class TemporalTagger implements Stage {

  private final TimeLexicon lexicon;
  private final TimexGrammar grammar;

  private TemporalTagger(TimeLexicon lexicon) {
    this.lexicon = lexicon;
    this.grammar = new TimexGrammar(lexicon);
  }

  /** Loads the lexicons once; the stage is immutable and thread-safe afterwards. */
  public static TemporalTagger load() {
    return new TemporalTagger(TimeLexicon.load());
  }

  @Override
  public String name() {
    return "time";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.TIMEXES);
  }

  @Override
  public Document process(Document doc) {
    return doc.withTimexes(tag(doc));
  }

  private List<Timex> tag(Document doc) {
    String text = doc.text();
    Anchoring anchoring = new Anchoring(doc.article().published());
    List<Timex> out = new ArrayList<>();
    for (Sentence sentence : doc.sentences()) {
      SentenceTokens s = new SentenceTokens(doc.tokensOf(sentence), lexicon);
      List<Found> found = new ArrayList<>();
      int i = 0;
      int sameMomentAt = -1; // where a bracketed reading of the clock time before it starts
      while (i < s.size) {
        Found f = grammar.match(s, i, anchoring);
        if (f == null) {
          i++;
          continue;
        }
        if (f.floating()) {
          LocalDate inBrackets = dayOfTheClockInBrackets(f, s, anchoring);
          f = f.onDay(inBrackets != null ? inBrackets : dayFor(f, found, s, i, anchoring));
          sameMomentAt = inBrackets != null ? f.to() + 1 : -1;
        }
        found.add(f);
        // the bracketed reading in another zone is the same moment: the story goes on in the first one's day
        boolean sameMoment = f.from() == sameMomentAt;
        if (f.point() != null && f.remembered() && !sameMoment && !toldInThePastPerfect(s, f)
            && (!startOfState(s, f.from()) || toldByAWhenClause(s, f) || isTheCurrentYear(f, anchoring))) {
          anchoring.mentioned(f.point(), datedWithWeekday(s, f));
          if (opensTheSentence(s, f)) {
            anchoring.framedBy(f.point());
          }
        }
        i = f.to();
      }
      anchoring.nextSentence();
      for (Found f : found) {
        int start = s.start[f.from()];
        int end = s.end[f.to() - 1];
        out.add(new Timex(start, end, text.substring(start, end), f.type(), f.value(), f.mod()));
      }
    }
    return out;
  }

  /**
   * "since Wednesday afternoon, when gusts pushed the fire into town": a day the sentence goes on
   * to tell of is the story's day, whatever began on it.
   */
  private static boolean toldByAWhenClause(SentenceTokens s, Found f) {
    return f.point().granularity().ordinal() <= DatePoint.Granularity.DAY.ordinal()
        && s.is(f.to(), ",") && s.is(f.to() + 1, "when");
  }

  /** Words that end a clause when looking back for its verb. */
  private static final java.util.Set<String> CLAUSE_BREAKS = java.util.Set.of(",", ";", ":", "and", "but", "when",
      "which", "who", "that", "because", "after", "before");

  /**
   * "argued with a tenant who had complained to the city the day before": a day told in the past
   * perfect lies before the story's reference time, which stays where it was (so "That evening"
   * is the evening of the story's day). "By Thursday the bodies had been recovered" names the
   * reference time itself.
   */
  private boolean toldInThePastPerfect(SentenceTokens s, Found f) {
    if (!f.point().isDayOrFiner() || s.isAny(f.from() - 1, "by", "until", "till")) {
      return false;
    }
    for (int k = f.from() - 1; k >= 0 && k >= f.from() - 12; k--) {
      if (s.isIn(k, CLAUSE_BREAKS) || s.is(k, "to") && k + 1 < s.size && s.pos[k + 1].equals("VERB")) {
        return false; // "had been set to open on Dec. 7": the day of the plan's infinitive, ahead of the plan
      }
      if (s.is(k, "had") && k + 1 < s.size) {
        int v = s.pos[k + 1].equals("ADV") || s.isAny(k + 1, "not", "n't") ? k + 2 : k + 1;
        return v < f.from() && (s.is(v, "been") || s.pos[v].equals("VERB") && pastParticiple(s.lower[v]));
      }
    }
    return false;
  }

  /** "-ed" forms and the irregular past forms of tense.tsv ("had found", "had taken"). */
  private boolean pastParticiple(String lower) {
    TimeLexicon.TenseCue cue = lexicon.tenseCue(lower);
    return lower.endsWith("ed") || cue != null && cue.tense() == Tense.PAST;
  }

  /** "Tuesday, April 11", "Monday, Jan. 3": a day written in full with its weekday. */
  private static boolean datedWithWeekday(SentenceTokens s, Found f) {
    return f.point().granularity() == DatePoint.Granularity.DAY && f.to() - f.from() >= 3
        && s.keyWord(f.from(), TimeLexicon.Category.WEEKDAY) != null;
  }

  /** "since the start of the year ... the same period last year": the current year is what later comparisons mean. */
  private static boolean isTheCurrentYear(Found f, Anchoring a) {
    return a.hasDct() && f.point().granularity() == DatePoint.Granularity.YEAR && f.point().date() != null
        && f.point().date().getYear() == a.dct().getYear();
  }

  /**
   * "held since the coup of July 26 last year", "since 2021": where a state began is background,
   * not a time the story moves to, so later "earlier in the week" or "that day" are not told from it.
   */
  private static boolean startOfState(SentenceTokens s, int from) {
    for (int k = from - 1; k >= 0 && k >= from - 5; k--) {
      if (s.is(k, "since")) {
        return true;
      }
      String p = s.pos[k];
      if (!(p.equals("DET") || p.equals("NOUN") || p.equals("ADP") || p.equals("ADJ") || p.equals("PROPN"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * "In 1994, ...", "By March 2003, ...": a date with its year written, opening its sentence and
   * set off by a comma, frames the sentence (a relative one, "Earlier in the week,", does not).
   */
  private static boolean opensTheSentence(SentenceTokens s, Found f) {
    boolean first = f.from() == 0 || f.from() == 1 && s.isAny(0, "in", "during", "by", "on", "until");
    if (!first || !s.is(f.to(), ",")) {
      return false;
    }
    for (int k = f.from(); k < f.to(); k++) {
      if (s.lower[k].length() == 4 && s.isDigits(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The index, which closed Thursday at 10,297, was up 11 points at 10:30 a.m.": a day inside a
   * relative clause set off by commas, closed before the clock time, is the aside's day, not the
   * day of the clause the time is in.
   */
  private static boolean inAsideClosedBefore(SentenceTokens s, Found day, int timeFrom) {
    boolean opened = false;
    for (int k = day.from() - 1; k >= 0 && k >= day.from() - 8; k--) {
      if (s.isAny(k, "which", "who") && s.is(k - 1, ",")) {
        opened = true;
        break;
      }
      if (s.isAny(k, ",", ";")) {
        return false;
      }
    }
    if (!opened) {
      return false;
    }
    for (int k = day.to(); k < timeFrom; k++) {
      if (s.is(k, ",")) {
        return true;
      }
    }
    return false;
  }

  /** Hours of the evening from which a following early-morning time has crossed midnight. */
  private static final int LATE_EVENING = 20;
  private static final int EARLY_MORNING = 6;

  /**
   * "By midnight, crews were pouring foam. Shortly after 1 a.m., a tank ruptured", "talked late
   * Friday and drove back shortly before dawn": a story told forward in time crosses midnight,
   * so an early-morning time (or the morning, dawn) told after a late-night one (or the end of a
   * day, "late Friday") falls on the next day.
   */
  private static LocalDate afterMidnight(DatePoint told, boolean lateInTheDay, Found time) {
    LocalDate day = told.date();
    boolean late = hourOf(told) >= LATE_EVENING || lateInTheDay && told.granularity() == DatePoint.Granularity.DAY;
    DatePoint p = time.point();
    int hour = p.granularity() == DatePoint.Granularity.DAYPART && "MO".equals(p.code()) ? 0 : hourOf(p);
    return late && hour >= 0 && hour < EARLY_MORNING ? day.plusDays(1) : day;
  }

  /** The hour of a clock time ("10:30" 10, "24" 24, night 22, evening 20), else -1. */
  private static int hourOf(DatePoint p) {
    if (p == null || p.code() == null) {
      return -1;
    }
    if (p.granularity() == DatePoint.Granularity.DAYPART) {
      return p.code().equals("NI") ? 22 : p.code().equals("EV") ? LATE_EVENING : -1;
    }
    if (p.granularity() != DatePoint.Granularity.TIME) {
      return -1;
    }
    return hourOfCode(p.code());
  }

  /** The hour of a clock code ("10:30" 10, "24" 24), else -1. */
  private static int hourOfCode(String code) {
    int colon = code.indexOf(':');
    try {
      return Integer.parseInt(colon < 0 ? code : code.substring(0, colon));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Time zones lie between 12 hours behind GMT and 14 ahead: a larger gap between two readings crosses a day. */
  private static final int MOST_BEHIND = -12 * 60;
  private static final int MOST_AHEAD = 14 * 60;

  /**
   * "10:31 p.m. local time (0131 GMT Thursday)": a clock time followed by the same moment in
   * another zone, in brackets with its day, is on the day the gap between the two readings
   * gives (here Wednesday: 21 hours ahead is no zone, three behind is), not on the bracket's day.
   */
  private LocalDate dayOfTheClockInBrackets(Found time, SentenceTokens s, Anchoring anchoring) {
    if (!s.is(time.to(), "(") || time.to() + 1 >= s.size) {
      return null;
    }
    Found other = grammar.match(s, time.to() + 1, anchoring);
    if (other == null || other.floating() || other.point() == null || other.point().date() == null
        || other.point().granularity() != DatePoint.Granularity.TIME || !s.is(other.to(), ")")) {
      return null;
    }
    int here = minutesOf(time.point().code());
    int there = minutesOf(other.point().code());
    if (here < 0 || there < 0) {
      return null;
    }
    int gap = here - there;
    LocalDate day = other.point().date();
    return gap > MOST_AHEAD ? day.minusDays(1) : gap < MOST_BEHIND ? day.plusDays(1) : day;
  }

  /** Minutes since the day's start of a clock code ("22:31", "24"), else -1. */
  private static int minutesOf(String code) {
    int hour = code == null ? -1 : hourOfCode(code);
    if (hour < 0) {
      return -1;
    }
    int colon = code.indexOf(':');
    if (colon < 0) {
      return hour * 60;
    }
    try {
      return hour * 60 + Integer.parseInt(code.substring(colon + 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The index of the ")" closing the parenthesis at j (or j when it is not closed within a few tokens). */
  private static int closing(SentenceTokens s, int j) {
    for (int k = j + 1; k < s.size && k <= j + 6; k++) {
      if (s.is(k, ")")) {
        return k;
      }
    }
    return j;
  }

  /**
   * The day of a clock time: a day named right after it ("at 10 a.m. on Monday", "at 10:40 a.m.
   * (0740 GMT) Friday"), else one named earlier in its sentence, else one a few words after it
   * ("at 10 a.m. in Nairobi on Friday"), else the last day told in an earlier sentence, else the
   * dateline. A day inside a relative aside closed before the time is not the time's.
   */
  private LocalDate dayFor(Found time, List<Found> before, SentenceTokens s, int at, Anchoring anchoring) {
    int j = time.to();
    while (j < s.size && (s.isAny(j, "on", ",", "of") || s.is(j, "("))) {
      j = s.is(j, "(") ? closing(s, j) + 1 : j + 1;
    }
    if (j < s.size && j <= time.to() + 8) {
      Found next = grammar.match(s, j, anchoring);
      if (next != null && next.point() != null && next.point().granularity() == DatePoint.Granularity.DAY) {
        return next.point().date();
      }
    }
    for (int k = before.size() - 1; k >= 0; k--) {
      DatePoint p = before.get(k).point();
      if (p != null && p.isDayOrFiner() && p.date() != null && before.get(k).remembered()
          && !inAsideClosedBefore(s, before.get(k), time.from())) {
        return afterMidnight(p, "END".equals(before.get(k).mod()), time);
      }
    }
    for (j = time.to(); j < s.size && j <= time.to() + 3; j++) {
      Found next = grammar.match(s, j, anchoring);
      if (next != null && next.point() != null && next.point().granularity() == DatePoint.Granularity.DAY) {
        return next.point().date();
      }
    }
    // this sentence's days were all asides of another clause: the day told before it
    DatePoint ref = anchoring.dayToldBeforeThisSentence();
    if (ref != null && ref.date() != null) {
      ref = DatePoint.day(afterMidnight(ref, false, time));
    }
    if (ref != null && ref.date() != null && anchoring.hasDct() && ref.date().isAfter(anchoring.dct())
        && grammar.tense(s, time.from(), time.to()) == Tense.PAST) {
      return anchoring.dct(); // "the warning came shortly after 4 p.m.": not the deadline last named, ahead
    }
    if (ref != null && ref.date() != null && anchoring.hasDct() && ref.date().isBefore(anchoring.dct())
        && grammar.tense(s, time.from(), time.to()) == Tense.FUTURE) {
      return anchoring.dct(); // "the gates will open at 9 p.m.": not the day before last told of, behind
    }
    return ref == null ? null : ref.date();
  }
}
