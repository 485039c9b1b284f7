package org.dateline.time;

import static org.dateline.model.TimexType.DATE;

import org.junit.jupiter.api.Test;

/** Dates written out: month names, numeric forms, ranges, years; the year placed by news style. */
class ExplicitDatesTest {

  @Test
  void abbreviatedMonthAndDayTakesTheDatelinesYear() {
    Examples.in("The envoy landed in Rome on Dec. 1 for two days of talks.", "2025-12-02")
        .has("Dec. 1", DATE, "2025-12-01");
  }

  @Test
  void fullDateWithYear() {
    Examples.in("The accord was signed on December 1, 2024, in Geneva.", "2025-12-02")
        .has("December 1, 2024", DATE, "2024-12-01");
  }

  @Test
  void dayBeforeMonth() {
    Examples.in("Elections are due on 1 December 2026, officials said.", "2025-12-02")
        .has("1 December 2026", DATE, "2026-12-01");
  }

  @Test
  void numericForms() {
    Examples.in("The order is dated 12/01/2025 and was published on 2025-11-30.", "2025-12-02")
        .has("12/01/2025", DATE, "2025-12-01")
        .has("2025-11-30", DATE, "2025-11-30");
  }

  @Test
  void aRangeGivesBothEnds() {
    Examples.in("Delegations met in Oslo from Nov. 29–Dec. 1 to draft the text.", "2025-12-02")
        .has("Nov. 29", DATE, "2025-11-29")
        .has("Dec. 1", DATE, "2025-12-01");
  }

  @Test
  void pastTenseEarlyInTheYearLooksBackAcrossNewYear() {
    Examples.in("Fighting intensified on Dec. 28, the army said.", "2026-01-05")
        .has("Dec. 28", DATE, "2025-12-28");
  }

  @Test
  void futureTenseLateInTheYearLooksAheadAcrossNewYear() {
    Examples.in("The summit will be held on Jan. 15 in Brussels.", "2025-12-20")
        .has("Jan. 15", DATE, "2026-01-15");
  }

  @Test
  void monthAloneNeedsCalendarContext() {
    Examples.in("Prices fell sharply in March.", "2025-12-02").has("March", DATE, "2025-03");
    Examples.in("They may march to the square.", "2025-12-02").hasNothing();
  }

  @Test
  void yearsAndYearsSince() {
    Examples.in("Sanctions have been in place since 2022.", "2025-12-02").has("2022", DATE, "2022");
    Examples.in("The brigade lost 1500 soldiers.", "2025-12-02").hasNothing();
  }

  @Test
  void withoutDatelineAbsoluteDatesStillResolve() {
    Examples.in("The treaty was signed on March 5, 1998, and ratified yesterday.", null)
        .has("March 5, 1998", DATE, "1998-03-05")
        .has("yesterday", DATE, null);
  }

  @Test
  void holidaysOnFixedDays() {
    Examples.in("The hostages were freed on Christmas Eve.", "2025-12-27").has("Christmas Eve", DATE, "2025-12-24");
  }

  @Test
  void holidaysOnANthWeekdayOfAMonth() {
    // the fourth Thursday of November; the first Monday of September
    Examples.in("Shoppers crowded the malls after Thanksgiving.", "2025-12-02").has("Thanksgiving", DATE, "2025-11-27");
    Examples.in("The strike will end before Labor Day.", "2026-06-10").has("Labor Day", DATE, "2026-09-07");
    // the Tuesday after the first Monday of November; the third Monday of April
    Examples.in("Voters went to the polls on Election Day.", "2000-11-20").has("Election Day", DATE, "2000-11-07");
    Examples.in("The race is run on Patriots' Day.", "1999-04-17").has("Patriots' Day", DATE, "1999-04-19");
    Examples.in("Tourism will peak at May Day next year.", "2025-11-28").has("May Day next year", DATE, "2026-05-01");
  }

  @Test
  void holidaysCountedFromEaster() {
    Examples.in("The ceasefire collapsed on Good Friday.", "2024-04-03").has("Good Friday", DATE, "2024-03-29");
    Examples.in("Pilgrims will gather on Easter Sunday.", "2026-03-20").has("Easter Sunday", DATE, "2026-04-05");
    Examples.in("The talks were held at Easter 2019.", "2025-12-02").has("Easter 2019", DATE, "2019-04-21");
  }

  @Test
  void aHolidaysNameInsideAPlaceNameIsNoDate() {
    Examples.in("The ship reached Easter Island and later Christmas Island.", "2025-12-02").hasNothing();
  }

  @Test
  void theWeekdayOfADateTellsItsYear() {
    // March 4 was a Tuesday in 2025, not in 2026; Aug. 20 a Saturday in 2022, the year the story is in
    Examples.in("The trial heard that on Tuesday, March 4, the defendant bought gasoline.", "2026-02-11")
        .has("Tuesday, March 4", DATE, "2025-03-04");
    Examples.in("The fires of 2022 grew all summer. On Saturday, Aug. 20, winds pushed them across the park.",
        "2025-09-11").has("Saturday, Aug. 20", DATE, "2022-08-20");
    // a written year stands, even against the weekday and the story's year
    Examples.in("The fires of 2025 spread. On Tuesday, March 4, 2026, the inquiry opened.", "2026-06-11")
        .has("Tuesday, March 4, 2026", DATE, "2026-03-04");
  }

  @Test
  void weekdayWithDateBeforeAColon() {
    Examples.in("The paper wrote in an editorial on Friday, April 25: the ruling was wrong.", "2025-04-24")
        .has("Friday, April 25", DATE, "2025-04-25");
  }

  @Test
  void theSecondDayOfARangeTakesTheMonthOfTheFirst() {
    Examples.in("The talks were held from Aug. 3 to 5 in Geneva.", "2025-08-08")
        .has("Aug. 3", DATE, "2025-08-03")
        .has("5", DATE, "2025-08-05");
    Examples.in("Prices rose from Aug. 3 to 5 percent.", "2025-08-08").count(1);
  }

  @Test
  void aRangeOfMonthsRunsForwardFromItsFirstMonth() {
    // the closing month follows the opening one, even when on its own it would be placed in another year
    Examples.in("The fishing season runs from May through October.", "2025-03-10")
        .has("May", DATE, "2025-05")
        .has("October", DATE, "2025-10");
    Examples.in("The ski resort opens from December to March.", "2025-11-20")
        .has("December", DATE, "2025-12")
        .has("March", DATE, "2026-03");
    // an opening month with its year, a closing month with "early" or "late": the year after the opening month's
    Examples.in("The bridge was closed from October 2021 until late February.", "2025-12-06")
        .has("October 2021", DATE, "2021-10")
        .has("late February", DATE, "2022-02");
  }

  @Test
  void aYearAfterInBeforeAPluralNounIsStillAYear() {
    // a count reads "sent 1500 troops"; after "in" the number is the year, and it anchors what follows
    Examples.in("In 1995 exports fell; the previous year they had doubled.", "2025-12-02")
        .has("1995", DATE, "1995")
        .has("the previous year", DATE, "1994");
    Examples.in("The army sent 1500 troops.", "2025-12-02").hasNothing();
  }

  @Test
  void theFallAsASeasonAfterAPreposition() {
    Examples.in("The talks are expected to resume in the fall.", "2025-08-10").has("the fall", DATE, "2025-FA");
    Examples.in("The fall of the city changed the war.", "2025-08-10").hasNothing();
    Examples.in("Shares steadied after the fall in prices.", "2025-08-10").hasNothing();
  }

  @Test
  void aCenturyAsAnAdjective() {
    Examples.in("The 19th-century church was destroyed.", "2025-08-10").has("19th-century", DATE, "18");
  }

  @Test
  void aMonthAsAnAdjectiveAfterA() {
    Examples.in("The bank had signed a June agreement with its shareholders.", "2025-10-26").has("June", DATE, "2025-06");
  }

  @Test
  void aYearAfterADeterminerBeforeAPluralNoun() {
    Examples.in("Turnout fell after the 2019 elections and the party's 2021 accounts.", "2025-12-02")
        .has("2019", DATE, "2019")
        .has("2021", DATE, "2021");
  }

  @Test
  void aMonthWithASpokenYear() {
    Examples.in("The mine closed in March nineteen ninety-eight.", "2025-12-02")
        .has("March nineteen ninety-eight", DATE, "1998-03");
  }

  @Test
  void aMonthWithASpokenOrdinalDay() {
    Examples.in("Polls open on April third and close on May second.", "2025-12-02")
        .has("April third", DATE, "2026-04-03")
        .has("May second", DATE, "2026-05-02");
    Examples.in("She finished third in the March second round.", "2025-12-02").hasNothing();
  }

  @Test
  void aRelativeWeekdayWithItsDateIsOneExpression() {
    Examples.in("The count ends this coming Friday, December fifth.", "2025-12-02")
        .has("this coming Friday, December fifth", DATE, "2025-12-05");
  }

  @Test
  void anOpenBoundAfterAYearIsKeptInsideWithItsMod() {
    Examples.in("The plant will not open until 1994 or later.", "2025-12-02")
        .has("1994 or later", DATE, "1994").hasMod("1994 or later", "ON_OR_AFTER");
    Examples.in("Demand should hold up in 2027 and beyond.", "2025-12-02")
        .has("2027 and beyond", DATE, "2027").hasMod("2027 and beyond", "ON_OR_AFTER");
  }
}
