package org.dateline.time;

import static org.dateline.model.TimexType.DATE;
import static org.dateline.model.TimexType.TIME;

import org.junit.jupiter.api.Test;

/** Expressions resolved against the dateline or against the last date mentioned. */
class RelativeDatesTest {

  @Test
  void deicticDays() {
    Examples.in("The mayor spoke yesterday and will speak again tomorrow, but not today.", "2025-12-02")
        .has("yesterday", DATE, "2025-12-01")
        .has("tomorrow", DATE, "2025-12-03")
        .has("today", DATE, "2025-12-02");
  }

  @Test
  void partsOfTheDayAreTimes() {
    Examples.in("Sirens sounded this morning and again tonight.", "2025-12-02")
        .has("this morning", TIME, "2025-12-02TMO")
        .has("tonight", TIME, "2025-12-02TNI");
    Examples.in("Three drones were shot down last night.", "2025-12-02").has("last night", TIME, "2025-12-01TNI");
  }

  @Test
  void weekdayInThePastTenseIsTheOneBefore() {
    // the dateline is a Wednesday
    Examples.in("The minister met his counterpart on Monday.", "2025-12-03").has("Monday", DATE, "2025-12-01");
  }

  @Test
  void weekdayInTheFutureTenseIsTheOneAfter() {
    Examples.in("The minister will meet his counterpart on Monday.", "2025-12-03").has("Monday", DATE, "2025-12-08");
    Examples.in("The envoy is expected to arrive on Friday.", "2025-12-03").has("Friday", DATE, "2025-12-05");
  }

  @Test
  void calendarUnitsAroundTheDateline() {
    Examples.in("Exports rose last week, fell last month and may recover next year.", "2025-12-02")
        .has("last week", DATE, "2025-W48")
        .has("last month", DATE, "2025-11")
        .has("next year", DATE, "2026");
  }

  @Test
  void earlierThisYearIsTheYear() {
    Examples.in("The plant was closed earlier this year.", "2025-12-02")
        .has("earlier this year", DATE, "2025")
        .hasMod("earlier this year", "START");
  }

  @Test
  void agoCountsBackFromTheDateline() {
    Examples.in("The war began three years ago.", "2025-12-02").has("three years ago", DATE, "2022");
    Examples.in("The bridge reopened two days ago.", "2025-12-02").has("two days ago", DATE, "2025-11-30");
  }

  @Test
  void inSomeDaysSpokenOfTheFuture() {
    Examples.in("The vote will take place in two weeks.", "2025-12-02").has("two weeks", DATE, "2025-W51");
  }

  @Test
  void followingDayCountsFromTheLastDateMentioned() {
    Examples.in("The blockade started on Oct. 14. The next day, shipping stopped. The port closed the same day.",
            "2025-12-02")
        .has("Oct. 14", DATE, "2025-10-14")
        .has("The next day", DATE, "2025-10-15")
        .has("the same day", DATE, "2025-10-15");
  }

  @Test
  void thatWeekIsTheWeekOfTheLastDateMentioned() {
    Examples.in("Troops crossed the river on Sept. 3. Later that week, the town fell.", "2025-12-02")
        .has("Later that week", DATE, "2025-W36");
  }

  @Test
  void relativeExpressionsWithoutDatelineHaveNoValue() {
    Examples.in("Exports rose last week.", null).has("last week", DATE, null);
  }

  @Test
  void laterInTheDayIsTheDayLastSpokenOf() {
    // TimeML keeps "later in" in the extent, as in "later this year"
    Examples.in("The envoy landed on Monday. Later in the day he met the president.", "2025-12-03")
        .has("Later in the day", DATE, "2025-12-01").hasMod("Later in the day", "END");
    Examples.in("Earlier in the year, the government raised taxes.", "2025-08-10")
        .has("Earlier in the year", DATE, "2025").hasMod("Earlier in the year", "START");
    Examples.in("The war ended in 1995. Late in the year, the leader died.", "2025-08-10")
        .has("Late in the year", DATE, "1995");
  }

  @Test
  void whereAStateBeganIsNoAnchorForLaterRelativeDates() {
    // 2025-12-06 is a Saturday: "earlier in the week" is the dateline's week, not the week of the coup
    Examples.in("The rebels met on Saturday. The colonel has been held since the coup of March 3 last year. "
        + "Earlier in the week, the envoy had urged talks.", "2025-12-06")
        .has("Earlier in the week", DATE, "2025-W49");
  }

  @Test
  void thatSameYearIsTheYearLastSpokenOf() {
    Examples.in("The rebels first appeared in 1994. That same year, they attacked the capital.", "2025-08-10")
        .has("That same year", DATE, "1994");
  }

  @Test
  void theLastWeekOfAMonth() {
    Examples.in("Sales rose during the last week of July.", "2025-08-10").has("the last week of July", DATE, "2025-W31");
    Examples.in("The verdict came in the last week of the trial.", "2025-08-10").hasNothing();
  }

  @Test
  void theNthWeekOfAMonthIsTheWeekHoldingMostOfItsDays() {
    // March 2026 begins on a Sunday: its first week is the one from Monday, March 2
    Examples.in("The vote is set for the first week of March.", "2025-12-03").has("the first week of March", DATE, "2026-W10");
    Examples.in("Talks resumed in the second week of January 2024.", "2025-12-03")
        .has("the second week of January 2024", DATE, "2024-W02");
  }

  @Test
  void overnightIsTheNightBeforeTheDateline() {
    Examples.in("Rescuers worked overnight to free the miners.", "2025-12-03").has("overnight", TIME, "2025-12-02TNI");
  }

  @Test
  void theDayBeforeAndTheFollowingMorningCountFromTheLastDay() {
    Examples.in("The minister resigned on Monday. The day before, he had met the cabinet.", "2025-12-03")
        .has("The day before", DATE, "2025-11-30");
    Examples.in("The bomb went off on Friday. The following morning, two men were charged.", "2025-12-06")
        .has("The following morning", TIME, "2025-12-06TMO");
  }

  @Test
  void theEndOfThePeriodLastSpokenOfInThePast() {
    Examples.in("He moved to Paris in the 1970s and by the end of the decade he was famous.", "2025-12-03")
        .has("the end of the decade", DATE, "197");
    Examples.in("Sales rose in 2024, and the firm expects more growth by the end of the year.", "2025-06-03")
        .has("the end of the year", DATE, "2025");
  }

  @Test
  void theEndOfTheDecadeHoldingTheYearLastSpokenOf() {
    Examples.in("The mill opened in 2003. By the end of the decade it had closed.", "2025-12-03")
        .has("the end of the decade", DATE, "200");
  }

  @Test
  void theFollowingSeasonCountsFromTheTimeLastSpokenOf() {
    Examples.in("The dam was finished in 1987. The following spring, the rains failed.", "2025-12-03")
        .has("The following spring", DATE, "1988-SP");
    Examples.in("The siege began on Oct. 3, 2019, and was lifted the next summer.", "2025-12-03")
        .has("the next summer", DATE, "2020-SU");
  }

  @Test
  void aPartOfANamedDayIsATime() {
    Examples.in("Rebels attacked on the night of March 3 and withdrew on the morning of Nov. 28.", "2025-12-03")
        .has("the night of March 3", TIME, "2025-03-03TNI")
        .has("the morning of Nov. 28", TIME, "2025-11-28TMO");
  }

  @Test
  void theLatestPeriodOfAReportIsTheLastOneCompleted() {
    Examples.in("Mortgage applications fell in the latest week; the latest fiscal year brought a loss.", "2025-12-03")
        .has("the latest week", DATE, "2025-W48")
        .has("the latest fiscal year", DATE, "2024");
  }

  @Test
  void aYearOpeningASentenceFramesTheMonthsAfterIt() {
    // the story has moved to 1994: its March and its June
    Examples.in("In 1994, the rebels signed a peace deal. In March, they broke it, and by June the war had resumed.",
        "2025-12-03")
        .has("March", DATE, "1994-03")
        .has("June", DATE, "1994-06");
  }

  @Test
  void aFrameEndsWhenTheStoryMovesOnOrIsNotAPastYear() {
    Examples.in("In 1994, the rebels signed a deal, and the following year they broke it. In March, talks resumed.",
        "2025-12-03").has("March", DATE, "2025-03");
    Examples.in("In 1994, the rebels signed a deal. The army says it will attack in March.", "2025-12-03")
        .has("March", DATE, "2026-03");
    Examples.in("Earlier in the week, the rebels signed a deal. In March, they broke it.", "2025-12-03")
        .has("March", DATE, "2025-03");
  }

  @Test
  void theSameMonthLastYear() {
    Examples.in("Exports in July were up 5 percent over the same month last year.", "2025-08-08")
        .has("the same month last year", DATE, "2024-07");
  }

  @Test
  void theSameDayOrMorningIsTheDayLastSpokenOf() {
    Examples.in("The envoy spoke on Monday. The ministry rebuked him the same day of meddling.", "2025-12-03")
        .has("the same day", DATE, "2025-12-01");
    Examples.in("The drills began on Thursday. Patrols sailed near the islands the same morning.", "2025-12-03")
        .has("the same morning", TIME, "2025-11-27TMO");
  }

  @Test
  void aDaySinceWhichTheStoryIsToldAnchorsThatDay() {
    Examples.in("The fire has destroyed 200 homes since Wednesday afternoon, when gusts pushed it into town. "
        + "All residents were ordered out that day.", "2025-05-16").has("that day", DATE, "2025-05-14");
  }

  @Test
  void thatSeasonMonthOrDayIsOfTheTimeLastSpokenOf() {
    Examples.in("He returned to New York in the spring of 1958. By June of that year he had a job, and that fall "
        + "he married. That September the club closed.", "2025-06-17")
        .has("June of that year", DATE, "1958-06").has("that fall", DATE, "1958-FA").has("That September", DATE, "1958-09");
    Examples.in("The plant exploded on Tuesday, April 8, 2025. The funerals began that Saturday.", "2025-05-19")
        .has("that Saturday", DATE, "2025-04-12");
  }

  @Test
  void aMonthAndDayLastYear() {
    Examples.in("The militia opened fire on Oct. 8 last year.", "2025-12-03").has("Oct. 8 last year", DATE, "2024-10-08");
  }

  @Test
  void daysEarlierCountFromTheLastDayNotTheLastYear() {
    Examples.in("The bomb exploded on Aug. 7. In 2024, a similar plot had failed. Two days earlier, police had "
        + "been warned.", "2025-08-08").has("Two days earlier", DATE, "2025-08-05");
  }

  @Test
  void lastFebruaryWrittenInMarchIsAYearBack() {
    // the month just past would be "last month"; "last February" is the one before
    Examples.in("Two helicopters crashed last February.", "2025-03-02").has("last February", DATE, "2024-02");
    Examples.in("The port reopened last June.", "2025-10-02").has("last June", DATE, "2025-06");
    Examples.in("Elections are due next September.", "2025-08-20").has("next September", DATE, "2026-09");
  }

  @Test
  void sinceYearEndCountsFromTheEndOfLastYear() {
    // the hyphenated "year-end" is the closing day of the year; "year end" the year with mod END
    Examples.in("The index has gained 12 percent since year-end.", "2025-10-30")
        .has("year-end", DATE, "2024-12-31");
    Examples.in("The company expects 4,000 employees by year-end.", "2025-04-25")
        .has("year-end", DATE, "2025-12-31");
    Examples.in("The sale should close by year end.", "2025-10-30").has("year end", DATE, "2025")
        .hasMod("year end", "END");
    Examples.in("The Dow ended 2025 up after a year-end rally.", "2026-01-08")
        .has("year-end", DATE, "2025-12-31");
  }

  @Test
  void sinceTheStartOfTheYearIsThisYearAndTheSamePeriodLastYearTheOneBefore() {
    Examples.in("The worst fires were in 1987. Since the start of the year, fires have burned 35,000 hectares, "
        + "compared with 12,000 hectares in the same period last year.", "2025-07-08")
        .has("the start of the year", DATE, "2025").has("the same period last year", DATE, "2024");
  }

  @Test
  void forTheYearInThePastIsTheYearLastNamed() {
    Examples.in("For all of 2025, the economy created 2.9 million jobs. The jobless rate averaged 4.5 percent "
        + "for the year.", "2026-01-09").has("the year", DATE, "2025");
  }

  @Test
  void theDayAnEventHasReached() {
    Examples.in("It is the second day of the offensive against the villages.", "2025-03-06")
        .has("the second day", DATE, "2025-03-06");
    // a Saturday named with it, else the last day mentioned
    Examples.in("The strike entered its third day on Saturday.", "2025-03-10")
        .has("its third day", DATE, "2025-03-08");
    Examples.in("Protesters marched on March 3. It was the fifth day of protests.", "2025-03-10")
        .has("the fifth day", DATE, "2025-03-03");
  }

  @Test
  void aCapitalizedPeriodInsideASentenceIsATitle() {
    Examples.in("She spoke on the radio show This Week about the budget.", "2025-12-02").hasNothing();
    Examples.in("This week the budget goes to a vote.", "2025-12-02").has("This week", DATE, "2025-W49");
  }

  @Test
  void yearAgoCountsFromTheDatelineNotFromTheYearLastNamed() {
    Examples.in("The company lost money in 2023. The year-ago results included a charge.", "2025-10-26")
        .has("year-ago", DATE, "2024");
  }

  @Test
  void aYearEarlierAfterAYearAgoIsTheSameComparisonYear() {
    Examples.in("The unit had a loss a year ago. Sales were higher than a year earlier.", "2025-10-26")
        .has("a year ago", DATE, "2024")
        .has("a year earlier", DATE, "2024");
  }

  @Test
  void thatNightIsOfTheDayTheStoryToldNotOfOneToldInThePastPerfect() {
    // the past perfect tells what came before the story's day, which stays the anchor
    Examples.in("The ferry sank on Tuesday. The captain had checked the engines on Monday. "
        + "That night, divers searched the wreck.", "2025-12-12").has("That night", TIME, "2025-12-09TNI");
    Examples.in("On Monday, Nov. 3, the landlord quarreled with a tenant who had complained to the council "
        + "the day before. That evening, he bought two cans of fuel. A neighbor saw smoke at 1:40 a.m.", "2025-12-12")
        .has("That evening", TIME, "2025-11-03TEV")
        .has("1:40 a.m.", TIME, "2025-11-04T01:40"); // past midnight after the evening told of
  }

  @Test
  void aPastPerfectWithAnIrregularParticipleIsAlsoBeforeTheStoryDay() {
    // "had found", "had taken": irregular forms tell the past perfect as "had checked" does
    Examples.in("The appeals court ruled on Thursday against the mayor, whose lawyers had sought a delay on Oct. 2 in a "
        + "lower court. The judges spoke at 3 p.m. in a packed room.", "2025-12-12")
        .has("3 p.m.", TIME, "2025-12-11T15:00");
    Examples.in("The striker scored on Sunday. He had broken his wrist on Aug. 9. "
        + "That evening, fans sang outside his house.", "2025-12-16").has("That evening", TIME, "2025-12-14TEV");
  }

  @Test
  void theNextDecadeOrCenturyAheadCountsFromNowNotFromAYearNamed() {
    // a year ahead was just named, but a decade or century to come is the one after the dateline's
    Examples.in("The port hopes to expand by 2031. Planners say a second terminal could open in the next decade.",
            "2025-12-02")
        .has("the next decade", DATE, "203");
    Examples.in("The lease on the land runs to 2104. Engineers believe the dam will last well into the next century.",
            "2025-12-02")
        .has("the next century", DATE, "21");
  }
}
