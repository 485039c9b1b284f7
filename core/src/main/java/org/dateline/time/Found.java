package org.dateline.time;

import org.dateline.model.TimexType;

/**
 * An expression the grammar recognized: its token range {@code [from, to)} in the sentence, its
 * TIMEX3 type, value (null when it cannot be resolved) and mod, and the calendar point it
 * denotes when it is a date or time (null for durations, sets and vague references).
 */
record Found(int from, int to, TimexType type, String value, String mod, DatePoint point, boolean floating,
    boolean remembered) {

  Found(int from, int to, TimexType type, String value, String mod, DatePoint point, boolean floating) {
    this(from, to, type, value, mod, point, floating, true);
  }

  /** The same expression, not to be used as the anchor of later relative expressions. */
  Found notRemembered() {
    return new Found(from, to, type, value, mod, point, floating, false);
  }

  /** A clock time whose day is not yet known ("10:30 a.m."): the tagger dates it afterwards. */
  static Found floatingTime(int from, int to, String clock) {
    return new Found(from, to, TimexType.TIME, null, null, new DatePoint(null, DatePoint.Granularity.TIME, clock), true);
  }

  static Found of(int from, int to, TimexType type, String value) {
    return new Found(from, to, type, value, null, null, false);
  }

  static Found date(int from, int to, DatePoint p) {
    return new Found(from, to, p != null && p.isDayOrFiner() && p.granularity() != DatePoint.Granularity.DAY
        ? TimexType.TIME : TimexType.DATE, p == null ? null : p.value(), null, p, false);
  }

  Found withMod(String m) {
    return new Found(from, to, type, value, m, point, floating, remembered);
  }

  Found withFrom(int newFrom) {
    return new Found(newFrom, to, type, value, mod, point, floating, remembered);
  }

  Found withTo(int newTo) {
    return new Found(from, newTo, type, value, mod, point, floating, remembered);
  }

  /** This clock time placed on a day. */
  Found onDay(java.time.LocalDate day) {
    if (day == null) {
      return new Found(from, to, type, null, mod, point, false);
    }
    DatePoint p = new DatePoint(day, point.granularity(), point.code());
    return new Found(from, to, type, p.value(), mod, p, false);
  }

  static Found longer(Found a, Found b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return b.to > a.to ? b : a;
  }
}
