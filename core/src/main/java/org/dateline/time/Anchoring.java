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
    if (p == null) {
      return;
    }
    mentions.add(p);
    if (mentions.size() > REMEMBERED) {
      mentions.remove(0);
    }
  }

  /**
   * The most recently mentioned point at least as fine as the given granularity, else the
   * dateline as a day, else null.
   */
  DatePoint reference(DatePoint.Granularity coarsest) {
    for (int k = mentions.size() - 1; k >= 0; k--) {
      DatePoint p = mentions.get(k);
      if (p.granularity().ordinal() <= coarsest.ordinal() && p.granularity() != DatePoint.Granularity.SEASON) {
        return p;
      }
    }
    return dct == null ? null : DatePoint.day(dct);
  }
}
