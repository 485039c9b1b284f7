package org.dateline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What relative expressions of one document are resolved against: the dateline (document
 * creation time, may be null) and the dates mentioned so far, most recent last, for "the
 * following day", "that week", "a year earlier". One instance per document; not shared.
 */
final class Anchoring {

  private static final int REMEMBERED = 16;

  private final LocalDate dct;
  private final List<DatePoint> mentions = new ArrayList<>();
  private final List<Boolean> weekdayDated = new ArrayList<>();
  private final List<Integer> mentionSentences = new ArrayList<>();
  private int sentence;
  private int frameYear;
  private int frameSentence;

  Anchoring(LocalDate dct) {
    this.dct = dct;
  }

  LocalDate dct() {
    return dct;
  }

  boolean hasDct() {
    return dct != null;
  }

  void mentioned(DatePoint p) {
    mentioned(p, false);
  }

  /** A point mentioned; {@code withWeekday} when a day is written in full with its weekday ("Tuesday, April 11"). */
  void mentioned(DatePoint p, boolean withWeekday) {
    if (p == null) {
      return;
    }
    mentions.add(p);
    weekdayDated.add(withWeekday);
    mentionSentences.add(sentence);
    if (frameYear != 0 && p.date() != null && p.date().getYear() != frameYear) {
      frameYear = 0; // the story has moved on from its frame ("... and the following year")
    }
    if (mentions.size() > REMEMBERED) {
      mentions.remove(0);
      weekdayDated.remove(0);
      mentionSentences.remove(0);
    }
  }

  /** The tagger moves on to the next sentence. */
  void nextSentence() {
    sentence++;
  }

  /**
   * A sentence opens with a time that frames it ("In 1994, the rebels signed a deal"): the
   * story has moved to that time, and a month or day without a year in this sentence or the
   * next belongs to its year.
   */
  void framedBy(DatePoint p) {
    if (p != null && p.date() != null && p.granularity().ordinal() <= DatePoint.Granularity.YEAR.ordinal()
        && p.granularity() != DatePoint.Granularity.SEASON) {
      frameYear = p.date().getYear();
      frameSentence = sentence;
    }
  }

  /**
   * The year of the frame set in this sentence or the one before when it lies before the
   * dateline's year, else 0. "In 1994, the rebels signed a deal. In March they broke it": March 1994.
   */
  int narrativeYear() {
    boolean recent = frameYear != 0 && sentence - frameSentence <= 1;
    return recent && dct != null && frameYear < dct.getYear() ? frameYear : 0;
  }

  /** Days before the dateline past which a day is outside the dateline's week, whichever way one counts. */
  private static final int OUTSIDE_DATELINE_WEEK = 7;

  /** Sentences a told day keeps the story on it; past them a weekday is the dateline's again. */
  private static final int NARRATIVE_SENTENCES = 2;

  /**
   * The day a story told of its own days has reached, else null. Such a story dates its first
   * day in full, weekday and all, well before the dateline ("began at 6 p.m. on Tuesday, April
   * 11"), and every day mentioned since lies within that week ("by 1 a.m.", "that night"); a
   * weekday told in the past then follows the day last told of, not the dateline ("The order
   * was lifted Wednesday morning"), while that day was told of in the last sentence or two.
   * A background date alone ("signed on March 3") does not
   * start such a story: news comes back to the dateline's week with "on Monday".
   */
  LocalDate narrativeDay() {
    LocalDate latest = null;
    for (int k = mentions.size() - 1; k >= 0; k--) {
      DatePoint p = mentions.get(k);
      if (!p.isDayOrFiner() || p.date() == null) {
        continue;
      }
      if (latest == null) {
        if (sentence - mentionSentences.get(k) > NARRATIVE_SENTENCES) {
          return null;
        }
        latest = p.date();
      }
      if (latest.isBefore(p.date()) || p.date().isBefore(latest.minusDays(6))) {
        return null; // the days told of do not keep to one week
      }
      if (weekdayDated.get(k)) {
        return dct != null && p.date().isBefore(dct.minusDays(OUTSIDE_DATELINE_WEEK)) ? latest : null;
      }
    }
    return null;
  }

  /** Whether a quarter or a half of a year has been mentioned ("the third quarter", "the first half of 1997"). */
  boolean spokeOfQuartersOrHalves() {
    return lastMention(m -> m.granularity() == DatePoint.Granularity.QUARTER
        || m.granularity() == DatePoint.Granularity.HALF) != null;
  }

  /** The year of the point most recently mentioned, seasons included ("in the spring of 1958 ... that fall"), or 0. */
  int yearLastSpokenOf() {
    DatePoint p = lastMention(m -> m.granularity().ordinal() <= DatePoint.Granularity.YEAR.ordinal() && m.date() != null);
    return p != null ? p.date().getYear() : dct == null ? 0 : dct.getYear();
  }

  /** The year most recently mentioned as a year ("in 1988"), or 0. */
  int lastYearNamed() {
    DatePoint p = lastMention(m -> m.granularity() == DatePoint.Granularity.YEAR && m.date() != null);
    return p == null ? 0 : p.date().getYear();
  }

  /** The latest point mentioned when it is a year ("For all of 1998, ..."; "since the start of the year"), else null. */
  DatePoint latestIfAYear() {
    DatePoint p = reference(DatePoint.Granularity.YEAR);
    return p != null && p.date() != null && p.granularity() == DatePoint.Granularity.YEAR ? p : null;
  }

  private DatePoint lastMention(java.util.function.Predicate<DatePoint> which) {
    for (int k = mentions.size() - 1; k >= 0; k--) {
      if (which.test(mentions.get(k))) {
        return mentions.get(k);
      }
    }
    return null;
  }

  /**
   * The day-or-finer point last mentioned in an earlier sentence, else the dateline as a day, else
   * null: what a clock time falls back on once its own sentence named no day for its clause.
   */
  DatePoint dayToldBeforeThisSentence() {
    for (int k = mentions.size() - 1; k >= 0; k--) {
      DatePoint m = mentions.get(k);
      if (mentionSentences.get(k) < sentence && m.isDayOrFiner() && m.date() != null) {
        return m;
      }
    }
    return dct == null ? null : DatePoint.day(dct);
  }

  /**
   * The most recently mentioned point at least as fine as the given granularity, else the
   * dateline as a day, else null.
   */
  DatePoint reference(DatePoint.Granularity coarsest) {
    DatePoint p = lastMention(m -> m.granularity().ordinal() <= coarsest.ordinal()
        && m.granularity() != DatePoint.Granularity.SEASON);
    return p != null ? p : dct == null ? null : DatePoint.day(dct);
  }
}
