package org.dateline.time;

import static org.dateline.model.TimexType.DATE;
import static org.dateline.model.TimexType.TIME;

import org.junit.jupiter.api.Test;

/**
 * Weekdays, and dates written without their year, placed before or after the dateline by the
 * tense of the verb they go with.
 */
class PlacementByTenseTest {

  // 2025-12-06 is a Saturday

  @Test
  void aWeekdayNextToTheReportingVerbTakesItsTense() {
    Examples.in("The ministry said Thursday that the envoy would travel to the capital.", "2025-12-06")
        .has("Thursday", DATE, "2025-12-04");
    Examples.in("The union said on Monday it intends to strike.", "2025-12-06").has("Monday", DATE, "2025-12-01");
  }

  @Test
  void aWeekdayOfTheReportingClauseIsNotPlacedByTheReportedClause() {
    Examples.in("In a statement on Monday evening, the minister said the embassy staff would leave.", "2025-12-06")
        .has("Monday evening", TIME, "2025-12-01TEV");
    Examples.in("The general said in a radio interview on Thursday that the patrols would go on.", "2025-12-06")
        .has("Thursday", DATE, "2025-12-04");
  }

  @Test
  void aWeekdayInsideTheReportedClauseTakesThatClausesTense() {
    Examples.in("The ministry said the envoy will travel to the capital on Tuesday.", "2025-12-06")
        .has("Tuesday", DATE, "2025-12-09");
  }

  @Test
  void aMonthInAPastParticipleSetOffByCommasIsPastWhateverTheClausesTense() {
    Examples.in("The minister said the force, approved by parliament in October, would deploy soon.", "2025-12-06")
        .has("October", DATE, "2025-10");
  }

  @Test
  void thanExpectedIsNotAFutureCue() {
    Examples.in("Shares fell on lower-than-expected sales after the market closed Wednesday.", "2025-12-06")
        .has("Wednesday", DATE, "2025-12-03");
  }

  @Test
  void anArrangementWithIsToLooksAhead() {
    Examples.in("The exchange is to resume trading Tuesday.", "2025-12-06").has("Tuesday", DATE, "2025-12-09");
  }

  @Test
  void aPresentTenseEventVerbSpeaksOfAScheduledDay() {
    Examples.in("The summit opens Monday and ends Wednesday.", "2025-12-06")
        .has("Monday", DATE, "2025-12-08")
        .has("Wednesday", DATE, "2025-12-10");
    Examples.in("The vote is set for Tuesday.", "2025-12-06").has("Tuesday", DATE, "2025-12-09");
    Examples.in("The deadline is Friday.", "2025-12-08").has("Friday", DATE, "2025-12-12");
  }

  @Test
  void aParticipleDescribingANounIsNotThePastTense() {
    Examples.in("The airline will add flights to new markets untouched by the slump by August.", "2025-02-13")
        .has("August", DATE, "2025-08");
  }

  @Test
  void verbsInEedAreNotPastForms() {
    Examples.in("Ms. Lane will succeed Mr. Ross Feb. 1.", "2025-10-26").has("Feb. 1", DATE, "2026-02-01");
  }

  @Test
  void shortAndIrregularPastForms() {
    Examples.in("The former president died Sunday at the age of 86.", "2025-12-06").has("Sunday", DATE, "2025-11-30");
    Examples.in("The river swept away the bridge on Thursday.", "2025-12-06").has("Thursday", DATE, "2025-12-04");
  }

  @Test
  void aPlanReportedInThePastLeavesTheDayToTheNearestOne() {
    Examples.in("The team flew in on Friday, and more agents were expected to arrive Sunday.", "2025-12-06")
        .has("Sunday", DATE, "2025-12-07");
  }

  @Test
  void aVerbInARelativeClauseBeatsTheMainVerbBehindAComma() {
    Examples.in("The president, who returns to the capital on Sunday, spoke by phone with the king.", "2025-12-06")
        .has("Sunday", DATE, "2025-12-07");
  }

  @Test
  void hopesAndPledgesLookAhead() {
    Examples.in("Officials hope to identify all the victims by Tuesday.", "2025-12-06")
        .has("Tuesday", DATE, "2025-12-09");
    Examples.in("On Thursday, the president is scheduled to arrive in the capital.", "2025-12-08")
        .has("Thursday", DATE, "2025-12-11");
  }

  @Test
  void aPlanNamedAsANounIsNoFutureCue() {
    // "the plan" is what was announced; only the verb "plans (to)" looks ahead
    Examples.in("The bank announced the plan Oct. 21.", "2025-12-06").has("Oct. 21", DATE, "2025-10-21");
    Examples.in("The bank plans to sell the unit by Feb. 1.", "2025-12-06").has("Feb. 1", DATE, "2026-02-01");
  }

  @Test
  void aScheduledEventInThePresentTenseLooksAheadForItsMonth() {
    Examples.in("The agreement expires in March.", "2025-08-12").has("March", DATE, "2026-03");
  }

  @Test
  void effectiveNamesADayAhead() {
    Examples.in("The bank raised its key rate, effective Wednesday.", "2025-12-09").has("Wednesday", DATE, "2025-12-10");
    Examples.in("The ban, effective since Jan. 1, was lifted.", "2025-12-09").has("Jan. 1", DATE, "2025-01-01");
  }

  @Test
  void asPlannedSpeaksOfWhatHappened() {
    Examples.in("The lander went silent as planned at noon Friday.", "2025-12-06").has("noon Friday", TIME, "2025-12-05T12:00");
  }

  @Test
  void aPresentTenseEventVerbReachesItsWeekdayAcrossAShortObject() {
    Examples.in("The jury begins deliberations Friday.", "2025-12-03").has("Friday", DATE, "2025-12-05");
    // a past verb nearer still decides
    Examples.in("Share prices closed sharply lower Friday.", "2025-12-08").has("Friday", DATE, "2025-12-05");
  }

  @Test
  void aShortPresentVerbBeforeItsObjectSchedulesTheDay() {
    Examples.in("Citizens go to the polls Sunday in a tight race.", "2025-12-03").has("Sunday", DATE, "2025-12-07");
  }

  @Test
  void aPresentVerbTaggedAsAPluralNounStillSchedulesTheDay() {
    Examples.in("The assembly meets Monday, its speaker said.", "2025-12-03").has("Monday", DATE, "2025-12-08");
    Examples.in("The Senate votes Tuesday on the budget.", "2025-12-03").has("Tuesday", DATE, "2025-12-09");
    Examples.in("The president arrives on Thursday, his spokesman said.", "2025-12-03")
        .has("Thursday", DATE, "2025-12-04");
  }

  @Test
  void aPluralSubjectBeforeTheDayLeavesThePastVerbToDecide() {
    Examples.in("Rebel fighters Friday seized the airport.", "2025-12-03").has("Friday", DATE, "2025-11-28");
    Examples.in("He joined the trade talks Friday.", "2025-12-03").has("Friday", DATE, "2025-11-28");
  }

  @Test
  void aBaseVerbAfterAnOpeningPluralSubjectSchedulesTheDay() {
    Examples.in("Hearings start Monday in the capital.", "2025-12-03").has("Monday", DATE, "2025-12-08");
    Examples.in("Farmers drive to the capital Sunday.", "2025-12-03").has("Sunday", DATE, "2025-12-07");
  }

  @Test
  void anExpectationLooksAhead() {
    Examples.in("Analysts expect the central bank to cut rates Monday.", "2025-12-03")
        .has("Monday", DATE, "2025-12-08");
  }

  @Test
  void aParticipleSetOffByCommasTakesNoTenseOfItsOwn() {
    Examples.in("The mayor, visiting Tuesday, said the bridge would reopen.", "2025-12-03")
        .has("Tuesday", DATE, "2025-12-02");
  }

  @Test
  void aDayAStrikeWasCalledForLiesAfterTheCall() {
    Examples.in("The union called a general strike for Tuesday.", "2025-12-01").has("Tuesday", DATE, "2025-12-02");
    Examples.in("The union called a general strike for Tuesday.", "2025-12-03").has("Tuesday", DATE, "2025-12-02");
  }

  @Test
  void aNounWithAFutureSenseTakesTheDayAsItsOwn() {
    Examples.in("The bank's pledge on Saturday to lend the money drew praise.", "2025-12-03")
        .has("Saturday", DATE, "2025-11-29");
  }

  @Test
  void aPluralNounAfterAFiniteVerbIsNoPresentVerb() {
    Examples.in("Austria did not join the other member states on Monday.", "2025-12-03")
        .has("Monday", DATE, "2025-12-01");
  }

  @Test
  void aModalLooksAheadUnlessHaveFollows() {
    Examples.in("Lawyers said a decision could come as soon as Tuesday.", "2025-12-03").has("Tuesday", DATE, "2025-12-09");
    Examples.in("The bridge should reopen Friday.", "2025-12-03").has("Friday", DATE, "2025-12-05");
    Examples.in("The crash could have been avoided on Monday.", "2025-12-03").has("Monday", DATE, "2025-12-01");
    Examples.in("Officials could not be reached Tuesday.", "2025-12-03").has("Tuesday", DATE, "2025-12-02");
  }

  @Test
  void aParticipleAfterALinkingVerbIsNoPastTense() {
    Examples.in("The lab will stay closed at least until Monday.", "2025-12-03").has("Monday", DATE, "2025-12-08");
  }

  @Test
  void aDayInAnInfinitiveOfAPlanLiesAhead() {
    Examples.in("The minister hoped to reopen most schools in February.", "2025-11-15").has("February", DATE, "2026-02");
    Examples.in("He hoped to reopen the schools in February and to rebuild the bridges by the end of the year.",
        "2025-11-15").has("the end of the year", DATE, "2025");
    Examples.in("The trial had been set to open on Dec. 7, but the judge postponed it.", "2026-01-06")
        .has("Dec. 7", DATE, "2025-12-07");
  }

  @Test
  void aPlanInTheNextVerbPhraseDoesNotMoveTheDay() {
    Examples.in("His aide pleaded guilty in December and is expected to testify against him.", "2026-01-06")
        .has("December", DATE, "2025-12");
  }

  @Test
  void aHabitInARelativeClauseIsPresent() {
    Examples.in("Forecasters said there was little hope before the rains, which usually arrive in early July.",
        "2025-05-12").has("early July", DATE, "2025-07");
  }

  @Test
  void readyForADayIsAhead() {
    Examples.in("Officials say the computers are ready for Friday night.", "2025-12-01")
        .has("Friday night", TIME, "2025-12-05TNI");
  }

  @Test
  void aDayAsTheSubjectOfAModalIsAhead() {
    Examples.in("Forecasters said Monday afternoon should be cool and dry.", "2025-12-03")
        .has("Monday afternoon", TIME, "2025-12-08TAF");
  }

  @Test
  void aDayInAnInfinitiveOfACommandLiesAhead() {
    Examples.in("The government ordered public offices to close at noon Monday.", "2025-12-06")
        .has("noon Monday", TIME, "2025-12-08T12:00");
  }

  @Test
  void figuresForTheMonthJustEnded() {
    Examples.in("Next Friday, the government will report consumer prices for December.", "2026-01-08")
        .has("December", DATE, "2025-12");
  }

  @Test
  void aClockTimeInThePastIsNotOnADeadlineAhead() {
    Examples.in("Profit for the quarter ending June 30 will fall. The warning came shortly after 4 p.m.", "2025-06-18")
        .has("4 p.m.", TIME, "2025-06-18T16:00");
  }

  @Test
  void aPassiveInfinitiveLooksAhead() {
    Examples.in("Officials met to prepare agreements to be signed Thursday.", "2025-12-02")
        .has("Thursday", DATE, "2025-12-04");
  }

  @Test
  void aWeekFromADayIsAhead() {
    Examples.in("The primary is a week from Saturday.", "2025-12-03").has("Saturday", DATE, "2025-12-06");
  }

  @Test
  void aPresentVerbWithALongObjectSchedulesTheDay() {
    Examples.in("Cleveland, which won the series, opens the championship series against New York Tuesday night.",
        "2025-10-06").has("Tuesday night", TIME, "2025-10-07TNI");
  }

  @Test
  void daysListedAheadFollowOneAnother() {
    Examples.in("The series moves to Cleveland for games on Friday, Saturday and Sunday.", "2025-10-08")
        .has("Friday", DATE, "2025-10-10").has("Saturday", DATE, "2025-10-11");
  }

  @Test
  void aDayInARelativeClauseIsNoSubjectOfTheMainModal() {
    Examples.in("Beaches that closed Wednesday could reopen by Saturday.", "2025-12-04")
        .has("Wednesday", DATE, "2025-12-03");
  }

  @Test
  void insideAQuotationOnlyItsOwnWordsTellTheTense() {
    Examples.in("Asked about it again Thursday, he smiled and said, \"Ask me in January.\"", "2025-12-10")
        .has("January", DATE, "2026-01");
  }

  @Test
  void aMonthInsideAPlannedPurchaseLiesAheadEvenPastALongObject() {
    Examples.in("The rival agreed to purchase the group's testing unit for $22 million in February.", "2025-10-30")
        .has("February", DATE, "2026-02");
    Examples.in("The bank announced an agreement to acquire the Peoria, Ill., lender in January.", "2025-11-02")
        .has("January", DATE, "2026-01");
  }

  @Test
  void aCommaOutsideAPlaceNameEndsThePlannedInfinitive() {
    // 2025-12-03 is a Wednesday: the speech was on the Monday before
    Examples.in("The leader vowed to fight on, in a speech on Monday.", "2025-12-03").has("Monday", DATE, "2025-12-01");
  }

  @Test
  void aVerbAfterAModalIsItsBaseFormNotItsPast() {
    // "cut", "hit", "set" look the same in the past: after "will" they speak of the future
    Examples.in("If sales stay weak, the chain will cut prices again in January.", "2025-11-25")
        .has("January", DATE, "2026-01");
  }

  @Test
  void aStoryToldOfItsOwnWeekFollowsTheDayItDatedInFull() {
    // the first day dated with its weekday, weeks before the dateline: later weekdays are that week's
    Examples.in("The storm reached the island at 4 p.m. on Friday, Oct. 3. Roofs were torn off that night. "
        + "Crews restored power on Sunday.", "2025-12-06")
        .has("Sunday", DATE, "2025-10-05");
    // a background date without its weekday leaves a later weekday to the dateline's week
    Examples.in("The treaty was signed on Oct. 3. On Tuesday, the parliament voted to ratify it.", "2025-12-06")
        .has("Tuesday", DATE, "2025-12-02");
  }

  @Test
  void anIrregularPastParticipleTellsThePastAsTheSimplePastDoes() {
    Examples.in("The militia still holds two teachers taken from a village school in March.", "2025-12-06")
        .has("March", DATE, "2025-03");
    Examples.in("Officials now run the port, which was given back to the city in February.", "2025-12-06")
        .has("February", DATE, "2025-02");
  }

  @Test
  void aMonthJustAheadOfTheDatelineIsLastYearsWhenAPastVerbOfItsOwnHeadsIt() {
    // the act was done in that month: it can only be last year's
    Examples.in("The two ministers met in February to discuss the border.", "2026-01-10")
        .has("February", DATE, "2025-02");
    Examples.in("The company moved its offices from the suburbs to the city center in March.", "2026-01-10")
        .has("March", DATE, "2025-03");
    // a month that belongs to a noun or to a plan keeps the dateline's year
    Examples.in("The refiners were told of a cut in their deliveries in February.", "2026-01-10")
        .has("February", DATE, "2026-02");
  }

  @Test
  void asPlannedTellsWhatHappenedEvenWithAnAdverbInside() {
    Examples.in("The strike began as originally planned Tuesday morning.", "2025-12-06")
        .has("Tuesday morning", TIME, "2025-12-02TMO");
  }

  @Test
  void aModalInReportedSpeechLooksAheadPastTheAttributionAndATrailingParticiple() {
    // 2025-12-03 is a Wednesday
    Examples.in("Forecasters said a second front could bring two or three more inches of rain on Friday night, "
        + "followed by frost.", "2025-12-03").has("Friday night", TIME, "2025-12-05TNI");
    Examples.in("The ferry could sail again by Saturday, in time for the weekend's crowds and the port's Monday fair, "
        + "the harbor master said.", "2025-12-03").has("Monday", DATE, "2025-12-08");
  }

  @Test
  void aPresentVerbSchedulesTheWeekdaysOfItsPhrase() {
    // 2025-12-01 is a Monday: the coming Friday is nearer behind than ahead, the verb puts it ahead
    Examples.in("The series moves to Chicago for games on Friday and Saturday.", "2025-12-01")
        .has("Friday", DATE, "2025-12-05").has("Saturday", DATE, "2025-12-06");
    // a list of days goes on past an aside set off by commas
    Examples.in("The tournament moves to the coast for matches on Friday, Saturday and, if required, Sunday.",
        "2025-12-01").has("Sunday", DATE, "2025-12-07");
    // 2025-12-02 is a Tuesday: a weekend an event is scheduled for is the coming one
    Examples.in("The sale ends this weekend.", "2025-12-02").has("this weekend", DATE, "2025-W49-WE");
    // "top-seeded" is an adjective, no past tense
    Examples.in("The top-seeded Hornets start again in the league opener Friday night at home.", "2025-12-03")
        .has("Friday night", TIME, "2025-12-05TNI");
  }
}
