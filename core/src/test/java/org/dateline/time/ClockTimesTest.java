package org.dateline.time;

import static org.dateline.model.TimexType.TIME;

import org.junit.jupiter.api.Test;

/** Times of day take the day named with them, in their sentence, or the dateline. */
class ClockTimesTest {

  @Test
  void timeWithZoneTakesTheDayNamedAfterIt() {
    // the dateline is a Wednesday
    Examples.in("The blast was heard at 10:30 a.m. EST on Monday.", "2025-12-03")
        .has("10:30 a.m. EST", TIME, "2025-12-01T10:30");
  }

  @Test
  void timeFollowedByItsDay() {
    Examples.in("Polls close at 8 p.m. Thursday.", "2025-12-03").has("8 p.m. Thursday", TIME, "2025-12-04T20:00");
  }

  @Test
  void timeAloneIsOnTheDateline() {
    Examples.in("The curfew starts at midnight and ends at noon.", "2025-12-03")
        .has("midnight", TIME, "2025-12-03T24:00")
        .has("noon", TIME, "2025-12-03T12:00");
  }

  @Test
  void twentyFourHourClockNeedsAZoneOrAPreposition() {
    Examples.in("The strike began at 14:00 GMT.", "2025-12-03").has("14:00 GMT", TIME, "2025-12-03T14:00");
  }
}
