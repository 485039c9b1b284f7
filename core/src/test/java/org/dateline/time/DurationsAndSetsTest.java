package org.dateline.time;

import static org.dateline.model.TimexType.DATE;
import static org.dateline.model.TimexType.DURATION;
import static org.dateline.model.TimexType.SET;

import org.junit.jupiter.api.Test;

/** Lengths of time (P3Y, PTXH) and recurrences (P1W SET). */
class DurationsAndSetsTest {

  @Test
  void countedAndVagueDurations() {
    Examples.in("The siege lasted three years; the shelling went on for several hours.", "2025-12-02")
        .has("three years", DURATION, "P3Y")
        .has("several hours", DURATION, "PTXH");
  }

  @Test
  void adjectivalDurations() {
    Examples.in("Parliament adopted a five-year plan.", "2025-12-02").has("five-year", DURATION, "P5Y");
  }

  @Test
  void fractionsInSmallerUnits() {
    Examples.in("The meeting lasted half an hour, the trial two and a half years.", "2025-12-02")
        .has("half an hour", DURATION, "PT30M")
        .has("two and a half years", DURATION, "P2Y6M");
  }

  @Test
  void oneLengthInTwoUnits() {
    Examples.in("The final lasted an hour and 22 minutes; he had served two years and three months.", "2025-12-02")
        .has("an hour and 22 minutes", DURATION, "PT1H22M")
        .has("two years and three months", DURATION, "P2Y3M");
    Examples.in("The talks lasted three hours and the deal was signed.", "2025-12-02")
        .has("three hours", DURATION, "PT3H");
  }

  @Test
  void spansLookingBackOrAhead() {
    Examples.in("Prices doubled over the past two months and may rise in the weeks to come.", "2025-12-02")
        .has("the past two months", DURATION, "P2M")
        .has("the weeks to come", DURATION, "PXW");
    Examples.in("Attacks have grown in recent weeks.", "2025-12-02").has("recent weeks", DURATION, "PXW");
  }

  @Test
  void agesAreNotDurations() {
    Examples.in("The driver, 52 years old, was unhurt.", "2025-12-02").hasNothing();
    Examples.in("A 25-year-old man was arrested.", "2025-12-02").hasNothing();
    Examples.in("The museum keeps a 300-year-old violin.", "2025-12-02").hasNothing();
  }

  @Test
  void theAgeOfAnEventOrAStateIsHowLongItHasLasted() {
    Examples.in("The 14-month-old ceasefire held through the winter.", "2025-12-02")
        .has("14-month-old", DURATION, "P14M");
    Examples.in("Both sides want to end a 20-year-old border dispute.", "2025-12-02")
        .has("20-year-old", DURATION, "P20Y");
  }

  @Test
  void laterIsASignalAfterTheDuration() {
    Examples.in("Three days later, the rebels withdrew.", "2025-12-02").has("Three days", DURATION, "P3D").count(1);
    Examples.in("He was freed months later.", "2025-12-02").has("months", DURATION, "PXM");
  }

  @Test
  void withinIsASignalOutsideTheDuration() {
    Examples.in("The army pledged to withdraw within a week.", "2025-12-02").has("a week", DURATION, "P1W");
    Examples.in("The system evolved over several years.", "2025-12-02").has("several years", DURATION, "PXY");
    Examples.in("It was the third attack in as many weeks.", "2025-12-02").hasNothing();
  }

  @Test
  void recurrences() {
    Examples.in("Inspectors visit every week and report annually.", "2025-12-02")
        .has("every week", SET, "P1W")
        .has("annually", SET, "XXXX");
    Examples.in("Patients receive two meals a day.", "2025-12-02").has("a day", SET, "P1D");
    Examples.in("The market opens each Monday.", "2025-12-02").has("each Monday", SET, "XXXX-WXX-1");
    Examples.in("Admission is free every Wednesday evening.", "2025-12-02")
        .has("every Wednesday evening", SET, "XXXX-WXX-3TEV");
    Examples.in("The factory has been closed for the past two decades.", "2025-12-02")
        .has("the past two decades", DURATION, "P20Y");
    // quarters as a length are months, as TimeBank writes them; a recurrence stays a quarter
    Examples.in("Growth will slow for the next three quarters.", "2025-12-02")
        .has("the next three quarters", DURATION, "P9M");
    Examples.in("The board meets every quarter.", "2025-12-02").has("every quarter", SET, "P1Q");
  }

  @Test
  void theBetterPartOfALengthIsJustUnderIt() {
    Examples.in("The theater stayed dark for the better part of two years.", "2025-12-02")
        .has("the better part of two years", DURATION, "P2Y").hasMod("the better part of two years", "LESS_THAN");
    Examples.in("Costs will weigh on results for a good part of 2026.", "2025-12-02")
        .has("a good part of 2026", DATE, "2026");
    // the adjectives come from part-of-words.tsv
    Examples.in("Repairs to the line took the greater part of three weeks.", "2025-12-02")
        .has("the greater part of three weeks", DURATION, "P3W")
        .hasMod("the greater part of three weeks", "LESS_THAN");
  }

  @Test
  void weeksOrMonthsIsOneVagueLength() {
    Examples.in("The hostage probably died within weeks or months of his capture.", "2025-12-02")
        .has("weeks or months", DURATION, "PXW");
    Examples.in("The repairs could take days or weeks.", "2025-12-02").has("days or weeks", DURATION, "PXD");
  }

  @Test
  void theYearEarlierNineMonthsIsTheCountedLength() {
    Examples.in("Net for the year-earlier nine months included a gain.", "2025-10-26")
        .has("the year-earlier nine months", DURATION, "P9M")
        .count(1);
  }

  @Test
  void anAdditionalOrASingleUnitIsALengthOfOne() {
    Examples.in("The loan may be extended for an additional year.", "2025-12-02")
        .has("an additional year", DURATION, "P1Y");
    Examples.in("Claims doubled in a single week.", "2025-12-02").has("a single week", DURATION, "P1W");
    Examples.in("The lease runs an additional 20 years.", "2025-12-02").has("an additional 20 years", DURATION, "P20Y");
  }

  @Test
  void eachOfThePastYearsIsOneLengthWithEachOfInside() {
    Examples.in("Sales rose in each of the past three years.", "2025-12-02")
        .has("each of the past three years", DURATION, "P3Y");
  }

  @Test
  void dailyAndAnnuallyAreTheRecurringCalendarDayAndYear() {
    Examples.in("The ferry sails daily and the fair is held annually.", "2025-12-02")
        .has("daily", SET, "XXXX-XX-XX")
        .has("annually", SET, "XXXX");
    Examples.in("The bulletin is published weekly.", "2025-12-02").has("weekly", SET, "P1W");
  }

  @Test
  void quartersOfABareNounAreAPeriodButAQuarterOrThreeOfAGroupAreAShare() {
    Examples.in("The firm returned to profit after several quarters of losses.", "2025-12-02")
        .has("several quarters", DURATION, "PXM");
    Examples.in("The economy shrank for two quarters of falling demand.", "2025-12-02")
        .has("two quarters", DURATION, "P6M");
    Examples.in("Three quarters of voters backed the plan.", "2025-12-02").hasNothing();
    Examples.in("Two quarters of the budget went to defense.", "2025-12-02").hasNothing();
  }

  @Test
  void aUnitAfterACountedNounIsARate() {
    Examples.in("The airline runs four flights a week.", "2025-12-02").has("a week", SET, "P1W");
    Examples.in("Jobs grew by 358,000 a month.", "2025-12-02").has("a month", SET, "P1M");
  }

  @Test
  void aNumberBeforeASingularUnitIsAnAdjective() {
    Examples.in("Crowds gathered for the two day rally.", "2025-12-02").has("two day", DURATION, "P2D");
  }

  @Test
  void durationsInsideNamesAreNotTimexes() {
    Examples.in("Growth was fast during the Ninth Five-Year Plan.", "2025-12-02").hasNothing();
  }

  @Test
  void rangesAndApproximateLengths() {
    Examples.in("Shipments resume within two to three weeks.", "2025-12-02").has("two to three weeks", DURATION, "PXW");
    Examples.in("The plant will close within the next year or so.", "2025-12-02")
        .has("the next year or so", DATE, "2026")
        .hasMod("the next year or so", "APPROX");
  }

  @Test
  void weekdayNightsRecur() {
    Examples.in("Flights leave on Monday and Thursday nights.", "2025-12-02")
        .has("Monday", SET, "XXXX-WXX-1TNI")
        .has("Thursday nights", SET, "XXXX-WXX-4TNI");
  }

  // TimeML 1.2.1, SET: "twice a week" is one TIMEX3 (value P1W, freq 2X); the count is part of it
  @Test
  void aRateKeepsItsCount() {
    Examples.in("The committee meets twice a month and reports three times a year.", "2025-12-02")
        .has("twice a month", SET, "P1M")
        .has("three times a year", SET, "P1Y");
    Examples.in("A ferry leaves once a day.", "2025-12-02").has("once a day", SET, "P1D");
  }

  // TimeML: lengths without a number take X ("for months" is PXM), whatever introduces them
  @Test
  void bareLengthsAfterVerbsOfLength() {
    Examples.in("The ceasefire lasted only days and the repairs took months.", "2025-12-02")
        .has("days", DURATION, "PXD")
        .has("months", DURATION, "PXM");
  }

  @Test
  void bareLengthsBeforeAnEvent() {
    // like "three weeks after the vote": the length, "after" being its signal
    Examples.in("The minister resigned weeks after the vote.", "2025-12-02").has("weeks", DURATION, "PXW");
    Examples.in("Days before the summit, the talks collapsed.", "2025-12-02").has("Days", DURATION, "PXD");
  }

  @Test
  void anOrdinalSecondIsNotALength() {
    Examples.in("The strike went on for a second week.", "2025-12-02").hasNothing();
    Examples.in("She won a second term.", "2025-12-02").hasNothing();
    Examples.in("Wait a second, he said.", "2025-12-02").has("a second", DURATION, "PT1S");
  }

  // TimeML: adverbs of frequency are SETs; the tagger sometimes reads them as adjectives after a verb
  @Test
  void frequencyAdverbsAfterTheirVerb() {
    Examples.in("The central bank meets monthly.", "2025-12-02").has("monthly", SET, "P1M");
    Examples.in("The newsletter is published weekly by volunteers.", "2025-12-02").has("weekly", SET, "P1W");
  }

  @Test
  void coordinatedFrequencyAdverbsAreEachASet() {
    Examples.in("Prices are reviewed weekly and monthly.", "2025-12-02")
        .has("weekly", SET, "P1W")
        .has("monthly", SET, "P1M");
    Examples.in("The tanks are inspected fortnightly.", "2025-12-02").has("fortnightly", SET, "P2W");
  }

  @Test
  void pluralPartsOfTheDayAndWeekendsAsHabits() {
    Examples.in("The baker works nights, the market shuts on weekends, and she swims in the mornings.", "2025-12-02")
        .has("nights", SET, "XXXX-XX-XXTNI")
        .has("weekends", SET, "XXXX-WXX-WE")
        .has("the mornings", SET, "XXXX-XX-XXTMO");
    Examples.in("The nights were cold.", "2025-12-02").hasNothing(); // a subject, no habit
  }

  @Test
  void frequencyAdjectivesAreNotSets() {
    Examples.in("She writes a weekly column on daily life.", "2025-12-02").hasNothing();
  }

  @Test
  void wholeUnitsAreLengths() {
    Examples.in("Crews worked all day to clear the road.", "2025-12-02").has("all day", DURATION, "P1D");
  }

  @Test
  void aRecurrenceOfUnknownPeriod() {
    // TimeML SET with an X period, like the duration "a few days" (PXD)
    Examples.in("Inspectors visit the site every few weeks.", "2025-12-02").has("every few weeks", SET, "PXW");
  }

  @Test
  void numberWordsJoinedByAndOnlyAfterHundreds() {
    Examples.in("The wait is between two and six days.", "2025-12-02").has("six days", DURATION, "P6D");
    Examples.in("The fort stood for one hundred and six years.", "2025-12-02")
        .has("one hundred and six years", DURATION, "P106Y");
    Examples.in("It has been a monarchy for almost a hundred years.", "2025-12-02")
        .has("almost a hundred years", DURATION, "P100Y");
  }

  @Test
  void aRateAfterACountedPluralName() {
    Examples.in("Over fifty thousand CDs a year are sold.", "2025-12-02").has("a year", SET, "P1Y");
  }

  @Test
  void withinHoursOfAnEvent() {
    Examples.in("Within hours of the attack, investigators had arrived.", "2025-12-02").has("hours", DURATION, "PTXH");
  }

  @Test
  void seasonsCountedOverSeveralYearsRecur() {
    Examples.in("Wildfires have grown worse over the past four summers.", "2025-12-02")
        .has("the past four summers", SET, "XXXX-SU");
    Examples.in("The pass was closed for the last two winters.", "2025-12-02")
        .has("the last two winters", SET, "XXXX-WI");
  }

  @Test
  void aLengthMeasuringAPeriodNounIsTheWholePhrase() {
    Examples.in("Repairs will take place over a six-month period.", "2025-12-02")
        .has("a six-month period", DURATION, "P6M");
  }

  @Test
  void aUnitOrTwoIsOneRoughLength() {
    Examples.in("The road should reopen in a day or two.", "2025-12-02").has("a day or two", DURATION, "PXD");
  }

  @Test
  void forThePastUnitIsHowLongUpToNow() {
    Examples.in("The border has been closed for the past month.", "2025-12-02")
        .has("the past month", DURATION, "P1M");
    Examples.in("Prices rose in the past month.", "2025-12-02").has("the past month", DATE, "2025-11");
  }

  @Test
  void adjectivesOfLengthWithoutACount() {
    Examples.in("A weeklong summit followed a day-long strike and months-long talks.", "2025-12-02")
        .has("weeklong", DURATION, "P1W")
        .has("day-long", DURATION, "P1D")
        .has("months-long", DURATION, "PXM");
    Examples.in("They chose the long route home.", "2025-12-02").hasNothing();
  }

  @Test
  void boundsWrittenAroundALengthStayInsideIt() {
    Examples.in("The repairs could take a month or more, the mayor said.", "2025-12-02")
        .has("a month or more", DURATION, "P1M").hasMod("a month or more", "EQUAL_OR_MORE");
    Examples.in("The two sides have talked for just over three years and met just under a week ago.",
            "2025-12-02")
        .has("just over three years", DURATION, "P3Y").hasMod("just over three years", "MORE_THAN");
    // "over" alone is a signal and stays outside
    Examples.in("Prices rose over two years.", "2025-12-02").has("two years", DURATION, "P2Y");
  }

  @Test
  void aLengthRaisedFromAShorterOneIsASecondVagueLength() {
    Examples.in("Clearing the rubble may take weeks or even months.", "2025-12-02")
        .has("weeks", DURATION, "PXW")
        .has("months", DURATION, "PXM");
    Examples.in("The audit could last days, perhaps weeks.", "2025-12-02")
        .has("weeks", DURATION, "PXW");
  }
}
