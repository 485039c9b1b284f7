package org.dateline.timeml;

import org.dateline.model.Timex;
import org.dateline.model.TimexType;

/**
 * One TIMEX3 of a TimeML document: its span in the raw text (UTF-16 offsets, end exclusive) and
 * its attributes as written ({@code mod} and {@code anchorTimeId} may be null).
 */
public record TimemlTimex(
    String tid, int start, int end, String text, String type, String value, String mod, String anchorTimeId) {

  /** The expression as a Dateline timex; an unknown type reads as DATE. */
  public Timex toTimex() {
    TimexType t;
    try {
      t = TimexType.valueOf(type);
    } catch (IllegalArgumentException | NullPointerException e) {
      t = TimexType.DATE;
    }
    return new Timex(start, end, text, t, value, mod);
  }
}
