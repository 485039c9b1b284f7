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
        .has("midnight", TIME, "2025-12-03T24")
        .has("noon", TIME, "2025-12-03T12:00");
  }

  @Test
  void midnightClosingADayIsHour24AsTimeBankWritesIt() {
    // 2025-12-03 is a Wednesday
    Examples.in("The offer expires at midnight Friday.", "2025-12-03").has("midnight Friday", TIME, "2025-12-05T24");
  }

  @Test
  void aPartOfTheDayAfterTheClockIsOneTimeWithIt() {
    // 2025-12-03 is a Wednesday: "tonight" is its night, "Friday night" that Friday's
    Examples.in("The border closes at midnight tonight.", "2025-12-03")
        .has("midnight tonight", TIME, "2025-12-03T24").count(1);
    Examples.in("The vote is due at 9 p.m. Friday night.", "2025-12-03")
        .has("9 p.m. Friday night", TIME, "2025-12-05T21:00").count(1);
  }

  @Test
  void twentyFourHourClockNeedsAZoneOrAPreposition() {
    Examples.in("The strike began at 14:00 GMT.", "2025-12-03").has("14:00 GMT", TIME, "2025-12-03T14:00");
  }

  @Test
  void timeTakesTheDayAfterAnAside() {
    Examples.in("The bombs exploded at 10:40 a.m. (0740 GMT) on Friday.", "2025-12-06")
        .has("10:40 a.m.", TIME, "2025-12-05T10:40")
        .has("0740 GMT", TIME, "2025-12-05T07:40");
  }

  @Test
  void partsOfTheDayWithAPositionOrAfterIn() {
    Examples.in("By mid afternoon the shelling had stopped.", "2025-12-03")
        .has("mid afternoon", TIME, "2025-12-03TAF")
        .hasMod("mid afternoon", "MID");
    Examples.in("Trading slowed in mid-afternoon yesterday.", "2025-12-03")
        .has("mid-afternoon yesterday", TIME, "2025-12-02TAF");
    Examples.in("The convoy left Tuesday and arrived late in the evening.", "2025-12-03")
        .has("the evening", TIME, "2025-12-02TEV");
  }

  @Test
  void theTwilightWordsAfterAPrepositionOrBeforeTheirDay() {
    Examples.in("Rescue teams set out at dawn.", "2025-12-03").has("dawn", TIME, "2025-12-03TMO");
    Examples.in("The ferry capsized before dawn Sunday.", "2025-12-03").has("dawn Sunday", TIME, "2025-11-30TMO");
    Examples.in("The curfew begins at dusk.", "2025-12-03").has("dusk", TIME, "2025-12-03TEV");
    Examples.in("Leaders hailed a new dawn for the region.", "2025-12-03").hasNothing();
  }

  @Test
  void aClockTimeTakesTheDayOfItsOwnClauseNotOfARelativeAside() {
    // 2025-12-05 is a Friday: the aside tells Thursday's close, the time is in Friday's trading
    Examples.in("Shares opened higher on Friday. The main index, which fell Thursday to 4,210, "
        + "was up 12 points at 11 a.m.", "2025-12-05").has("11 a.m.", TIME, "2025-12-05T11:00");
  }

  @Test
  void aStoryToldForwardCrossesMidnight() {
    Examples.in("The warehouse caught fire on Tuesday evening. By midnight, six crews were at the scene. "
        + "Shortly before 3 a.m., the roof fell in.", "2025-12-12").has("3 a.m.", TIME, "2025-12-10T03:00");
    // dawn after the end of a day told of
    Examples.in("The mediator met the rebels late Tuesday and flew back shortly before dawn.", "2025-12-12")
        .has("dawn", TIME, "2025-12-10TMO");
  }

  @Test
  void aClockTimeAheadIsNotOnADayAlreadyPast() {
    // a day behind the dateline was told last, but the time is in a clause about what will happen
    Examples.in("Crowds began gathering in the square yesterday. The fireworks will start at 10:45 p.m. "
        + "beside the river.", "2025-12-31").has("10:45 p.m.", TIME, "2025-12-31T22:45");
  }

  @Test
  void aClockTimeWithItsReadingInAnotherZoneInBracketsTakesTheDayTheGapGives() {
    // 2025-12-05 is a Friday: 11:15 p.m. five hours behind GMT is still Thursday, 0415 GMT is Friday
    Examples.in("The tanker ran aground at 11:15 p.m. local time (0415 GMT Friday). "
        + "Tugs reached it that night.", "2025-12-06")
        .has("11:15 p.m. local time", TIME, "2025-12-04T23:15")
        .has("0415 GMT Friday", TIME, "2025-12-05T04:15")
        .has("that night", TIME, "2025-12-04TNI");
    // eight hours ahead of GMT, the local morning is a day after the GMT evening
    Examples.in("The probe landed at 2:20 a.m. Beijing time (1820 GMT Saturday).", "2025-12-07")
        .has("2:20 a.m. Beijing time", TIME, "2025-12-07T02:20");
  }

  @Test
  void aUsZoneNamedByItsRegionStaysInTheSpan() {
    Examples.in("The launch window opens at 6 a.m. Pacific (9 a.m. Eastern).", "2025-12-03")
        .has("6 a.m. Pacific", TIME, "2025-12-03T06:00")
        .has("9 a.m. Eastern", TIME, "2025-12-03T09:00");
    // a region's name starting a proper name is no zone
    Examples.in("Flights left at 7 a.m. Central Asian airports were shut.", "2025-12-03")
        .has("7 a.m.", TIME, "2025-12-03T07:00");
  }
}
