package org.dateline.time;

import static org.dateline.model.TimexType.DATE;
import static org.dateline.model.TimexType.DURATION;

import org.junit.jupiter.api.Test;

/** Months, seasons, quarters, fiscal years, decades and centuries, with their modifiers. */
class PeriodsTest {

  @Test
  void quartersAndHalves() {
    Examples.in("Output fell in the third quarter and in the first half of 2024.", "2025-12-02")
        .has("the third quarter", DATE, "2025-Q3")
        .has("the first half of 2024", DATE, "2024-H1");
    Examples.in("Third-quarter profit doubled.", "2025-12-02").has("Third-quarter", DATE, "2025-Q3");
    Examples.in("Output rose in the April-June quarter.", "2025-12-02").has("the April-June quarter", DATE, "2025-Q2");
  }

  @Test
  void fiscalYears() {
    Examples.in("The budget for fiscal 2026 was approved.", "2025-12-02").has("fiscal 2026", DATE, "2026");
    Examples.in("Profit rose in the current fiscal year after a loss last fiscal year.", "2025-12-02")
        .has("the current fiscal year", DATE, "2025")
        .has("last fiscal year", DATE, "2024");
  }

  @Test
  void seasons() {
    Examples.in("Troops withdrew this summer and will return next spring.", "2025-12-02")
        .has("this summer", DATE, "2025-SU")
        .has("next spring", DATE, "2026-SP");
  }

  @Test
  void decadesAndCenturies() {
    Examples.in("The dispute dates from the 1990s and has roots in the 19th century.", "2025-12-02")
        .has("the 1990s", DATE, "199")
        .has("the 19th century", DATE, "18");
  }

  @Test
  void aMillenniumIsWrittenWithItsFirstDigit() {
    Examples.in("Planners say the city will look different in the next millennium.", "2025-12-02")
        .has("the next millennium", DATE, "3");
  }

  @Test
  void positionsInsideAPeriod() {
    Examples.in("Talks may resume early next year, after a pause in mid-November.", "2025-12-02")
        .has("early next year", DATE, "2026")
        .hasMod("early next year", "START")
        .has("mid-November", DATE, "2025-11")
        .hasMod("mid-November", "MID");
    Examples.in("The loan is due by the end of 2027.", "2025-12-02")
        .has("the end of 2027", DATE, "2027")
        .hasMod("the end of 2027", "END");
  }

  @Test
  void comparedResultPeriodsAreTheQuarterOfTheYearBefore() {
    Examples.in("Profit rose in the third quarter from $4 million in the year-ago quarter, when the company had a "
            + "year-earlier loss on sales. Sales for the same period last year were lower than in the 2024 period.",
            "2025-10-28")
        .has("the third quarter", DATE, "2025-Q3")
        .has("the year-ago quarter", DATE, "2024-Q3")
        .has("year-earlier", DATE, "2024-Q3")
        .has("the same period last year", DATE, "2024-Q3")
        .has("the 2024 period", DATE, "2024-Q3");
  }

  @Test
  void reportingYears() {
    Examples.in("Revenue was $76 million for the year ended March 31.", "2025-10-27")
        .has("the year", DURATION, "P1Y");
    Examples.in("Sales for the full year rose, and for the year, volume was flat.", "2025-10-27")
        .has("the full year", DATE, "2025")
        .has("the year", DATE, "2025");
  }

  @Test
  void aMarketReportClosingOnItsPeriod() {
    // "for the week." at the end of a report names the current week, like "for the year,"
    Examples.in("The main index lost 3 percent for the week.", "2025-12-05").has("the week", DATE, "2025-W49");
    Examples.in("Bond yields ended little changed for the day.", "2025-12-05").has("the day", DATE, "2025-12-05");
  }

  @Test
  void aMondayPaperReportingFridaysTradingMeansFridaysWeek() {
    Examples.in("The index tumbled 5 points on Friday. For the week, it dropped 3.8%.", "2025-12-08")
        .has("the week", DATE, "2025-W49");
  }

  @Test
  void theSamePeriodLastYearIsTheHalfOrMonthJustNamed() {
    Examples.in("Output in the first half of this year rose 7 percent over the same period last year.", "2025-08-08")
        .has("the first half of this year", DATE, "2025-H1")
        .has("the same period last year", DATE, "2024-H1");
    Examples.in("Prices rose 0.5 percent in July compared with the same period last year.", "2025-08-08")
        .has("the same period last year", DATE, "2024-07");
  }

  @Test
  void aQuarterAfterAPossessiveOrAnAdjective() {
    Examples.in("The maker reported a decline in net income for its third quarter.", "2025-10-26")
        .has("third quarter", DATE, "2025-Q3");
    Examples.in("The net loss for the seasonally slow third quarter narrowed.", "2025-10-26")
        .has("third quarter", DATE, "2025-Q3");
    Examples.in("Profit fell from the year-earlier third quarter.", "2025-10-26")
        .has("the year-earlier third quarter", DATE, "2024-Q3");
  }

  @Test
  void theLatestPeriodOfAResultsReportIsItsQuarter() {
    Examples.in("The group posted a profit for the third quarter. The latest period includes a gain.", "2025-10-26")
        .has("The latest period", DATE, "2025-Q3");
  }

  @Test
  void theLatestQuarterIsOneAlreadyOverNotAQuarterStillAhead() {
    Examples.in("The sale will bring a fourth-quarter charge. Earnings fell 9% in the latest quarter.", "2025-11-02")
        .has("fourth-quarter", DATE, "2025-Q4")
        .has("the latest quarter", DATE, "2025-Q3");
  }

  @Test
  void theWeeksBusiestSessionIsTheCurrentWeek() {
    Examples.in("Volume was the week's highest, and the year's biggest drop followed.", "2025-10-30")
        .has("the week", DATE, "2025-W44")
        .has("the year", DATE, "2025");
  }

  @Test
  void theMiddleOfADecadeKeepsItsDeterminer() {
    Examples.in("Rents soared in the mid-2010s.", "2025-12-02").has("the mid-2010s", DATE, "201").hasMod("the mid-2010s", "MID");
  }

  @Test
  void theQuarterAheadInAForecastIsTheCurrentOne() {
    Examples.in("The chip maker said it now expects to earn 8 cents a share in the quarter.", "2025-06-18")
        .has("the quarter", DATE, "2025-Q2");
    Examples.in("He expected revenue in the current quarter of $440 million.", "2025-04-25")
        .has("the current quarter", DATE, "2025-Q2");
  }

  @Test
  void aQuarterJustEndedNamedAsAnAdjective() {
    Examples.in("The department will publish its first estimate of fourth-quarter growth on Jan. 29.", "2026-01-08")
        .has("fourth-quarter", DATE, "2025-Q4");
    Examples.in("A plant that was to open in the fourth quarter has been put off.", "2025-06-18")
        .has("the fourth quarter", DATE, "2025-Q4");
  }

  @Test
  void aSeasonTakesTheTenseOfItsClause() {
    Examples.in("The Fed cut rates three times in the fall.", "2026-01-08").has("the fall", DATE, "2025-FA");
    Examples.in("The museum will reopen in the spring.", "2025-10-08").has("the spring", DATE, "2026-SP");
    Examples.in("Tourism will pick up in the spring of next year.", "2025-11-18")
        .has("the spring of next year", DATE, "2026-SP");
    Examples.in("Tourism will pick up in the spring of next year.", null).has("the spring of next year", DATE, null);
  }

  @Test
  void aSportsSeasonIsItsYear() {
    Examples.in("The Knicks have won the past two seasons. Next season will be better.", "2025-12-10")
        .has("the past two seasons", DURATION, "P2Y").has("Next season", DATE, "2026");
  }

  @Test
  void aHundredYearsWrittenAsTheirHundredsIsTheCentury() {
    Examples.in("Fires burned the forest in the 1700s.", "2025-12-10").has("the 1700s", DATE, "17");
  }

  @Test
  void aSeasonAcrossTwoYearsIsTheYearItEndsIn() {
    Examples.in("Nothing about the 2024-25 season has been normal.", "2025-06-13")
        .has("the 2024-25 season", DATE, "2025");
  }

  @Test
  void aHalfWithoutItsYearIsOfTheYearWhenTheSentenceSpeaksOfResults() {
    Examples.in("The brewer's sales rose 3 percent in the first half.", "2025-08-08")
        .has("the first half", DATE, "2025-H1");
    Examples.in("The chain expects to hire 400 workers in the second half.", "2025-05-02")
        .hasNothing(); // no word of results: it may be the half of anything
    Examples.in("The chain will open two stores in the third quarter and 12 in the second half.", "2025-05-02")
        .has("the second half", DATE, "2025-H2");
    Examples.in("The visitors scored twice in the first half.", "2025-08-08").hasNothing();
  }
}
