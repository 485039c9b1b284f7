package org.dateline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.pipeline.Document;
import org.dateline.testing.Pipelines4Test;
import org.junit.jupiter.api.Test;

/**
 * Which day an event is dated by, sentence by sentence: "TYPE/cameo sources -> target
 * [modality] @date". The articles are published on Wednesday 2025-03-12 (Monday is 03-10).
 */
class EventDatingTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2025, 3, 12);

  private static List<String> dated(String text) {
    Document d = Pipelines4Test.annotate(text, WEDNESDAY);
    return d.events().stream().map(e -> Pipelines4Test.describe(d, e) + " @" + e.date()).toList();
  }

  // ------------------------------------------------------------------ the clause an act is tied to

  @Test
  void twoVerbsOfOneSubjectShareTheDayTheSecondIsToldWith() {
    assertThat(dated("Chilean jets struck Peru's border post at Tacna and killed three of its guards on Monday."))
        .containsExactly("ASSAULT/190 Chile -> Peru [asserted] @2025-03-10");
  }

  @Test
  void aLengthLaterMovesTheDayTheClauseToldBefore() {
    assertThat(dated("Peruvian police detained Jorge Quispe on March 3 and charged him two days later."))
        .containsExactly("COERCE/173 Peru -> Jorge Quispe [asserted] @2025-03-03",
            "COERCE/173 Peru -> Jorge Quispe [asserted] @2025-03-05");
  }

  @Test
  void aPossessiveBetweenTheActAndItsDayIsNoVerb() {
    assertThat(dated("Bolivia closed its border with Peru on Monday. Peru expelled Bolivia's envoy the next day."))
        .contains("SANCTION/166 Peru -> Bolivia [asserted] @2025-03-11");
  }

  @Test
  void aYearQualifyingANounDatesThatThingNotTheAct() {
    // "a 2004 pact" tells when the pact was made; the act falls on the day the clause names
    assertThat(dated("Japan scrapped a 2004 trade pact with Peru on Monday."))
        .containsExactly("SANCTION/161 Japan -> Peru [asserted] @2025-03-10");
    assertThat(dated("Chile signed an accord with Bolivia in 1998."))
        .containsExactly("AGREE/057 Chile -> Bolivia [asserted] @1998");
  }

  @Test
  void aWhenClauseHappensOnItsMainClausesDay() {
    assertThat(dated("The quarrel erupted on Monday morning, when Peruvian police arrested Chile's consul."))
        .containsExactly("COERCE/173 Peru -> Chile [asserted] @2025-03-10");
  }

  @Test
  void aPlannedActAtTheDestinationOfAPlannedTripIsOnTheTripsDay() {
    assertThat(dated("Boric is due to travel to Peru on Friday for a summit in Lima, where he will hold talks "
        + "with President Dina Boluarte."))
        .containsExactly("CONSULT/042 Gabriel Boric -> Peru [expected] @2025-03-14",
            "CONSULT/046 Gabriel Boric -> Dina Boluarte [expected] @2025-03-14");
  }

  @Test
  void aPastPerfectWhereClauseIsNotOnTheArrivalsDay() {
    assertThat(dated("Boric arrived in Lima on Monday from Bolivia, where he had held talks with President Luis Arce."))
        .containsExactly("CONSULT/042 Gabriel Boric -> Peru [asserted] @2025-03-10",
            "CONSULT/046 Gabriel Boric -> Luis Arce [asserted] @null");
  }

  @Test
  void anActWithoutADayTakesTheDayOfTheAfterClauseItAnswers() {
    assertThat(dated("Chile broke off diplomatic relations with Peru after Peruvian police forced their way into "
        + "the Chilean embassy in Lima late on Monday."))
        .contains("SANCTION/161 Chile -> Peru [asserted] @2025-03-10"); // and the raid itself, an assault on Chile
  }

  @Test
  void aNameCountsAsOneWordBetweenAnActAndItsDay() {
    assertThat(dated("Chilean President Gabriel Boric spoke by phone with Peru's president, Dina Boluarte, "
        + "and Bolivia's leader, Luis Arce, on Tuesday."))
        .contains("CONSULT/041 Gabriel Boric -> Dina Boluarte [asserted] @2025-03-11",
            "CONSULT/041 Gabriel Boric -> Luis Arce [asserted] @2025-03-11");
  }

  // ------------------------------------------------------------------ reported speech

  @Test
  void aSpeakersOwnActIsDatedByItsAnnouncement() {
    assertThat(dated("Ecuador said on Tuesday that it was breaking relations with Peru."))
        .containsExactly("SANCTION/161 Ecuador -> Peru [asserted] @2025-03-11");
    assertThat(dated("Chile announced on Monday that it had suspended its strategic partnership with Peru."))
        .containsExactly("SANCTION/161 Chile -> Peru [asserted] @2025-03-10");
    assertThat(dated("Bolivian President Luis Arce said on Tuesday that his country was suspending relations "
        + "with Peru until the vote was reviewed."))
        .containsExactly("SANCTION/161 Luis Arce -> Peru [asserted] @2025-03-11");
  }

  @Test
  void anotherActorsActIsNotDatedByTheReportNorAPlanByItsAnnouncement() {
    // the accusation is the report's, on its day
    assertThat(dated("Chile's army said on Monday that Peruvian troops had fired at Chilean soldiers."))
        .containsExactly("ASSAULT/190 Peru -> Chile [asserted] @null", "ACCUSE/112 Army of Chile -> Peru [asserted] @2025-03-10");
    assertThat(dated("Chile said on Monday that it would recall its ambassador from Peru."))
        .containsExactly("SANCTION/161 Chile -> Peru [expected] @null");
  }

  @Test
  void anActAgreedOnADayIsNotDatedByTheAgreement() {
    assertThat(dated("Chile and Peru agreed on Monday to cut tariffs after two days of talks in Quito."))
        .containsExactly("AGREE/057 Chile -> Peru [asserted] @2025-03-10", "AGREE/057 Peru -> Chile [asserted] @2025-03-10",
            "CONCEDE/085 Chile -> Peru [expected] @null", "CONCEDE/085 Peru -> Chile [expected] @null",
            "CONSULT/046 Chile -> Peru [asserted] @null");
  }

  // ------------------------------------------------------------------ distances from the day just told

  @Test
  void aDayAfterAndHoursEarlierCountFromTheDayJustTold() {
    assertThat(dated("Chile recalled its ambassador from Peru on Tuesday. "
        + "The move came a day after Bolivia demanded an explanation from Peru."))
        .containsExactly("SANCTION/161 Chile -> Peru [asserted] @2025-03-11",
            "REQUEST/100 Bolivia -> Peru [asserted] @2025-03-10");
    assertThat(dated("Chile expelled Peru's ambassador on Tuesday. Bolivian President Luis Arce had announced "
        + "hours earlier that his country was suspending relations with Peru."))
        .containsExactly("SANCTION/166 Chile -> Peru [asserted] @2025-03-11",
            "SANCTION/161 Luis Arce -> Peru [asserted] @2025-03-11");
  }

  @Test
  void roundsToldMonthByMonthAreOneEventPerMonth() {
    assertThat(dated("Argentina mediated two rounds of talks between Chile and Peru in Buenos Aires, "
        + "in January and in February."))
        .contains("CONSULT/046 Chile -> Peru [asserted] @2025-01", "CONSULT/046 Chile -> Peru [asserted] @2025-02");
  }

  // ------------------------------------------------------------------ talks and the acts they led to

  @Test
  void talksBeforeAnAgreementAreOnItsDayUnlessALaterSentenceDatesThem() {
    assertThat(dated("Chile and Peru agreed on Monday to end the dispute after talks in Quito hosted by "
        + "Ecuadorian President Daniel Noboa."))
        .containsExactly("AGREE/057 Chile -> Peru [asserted] @2025-03-10", "AGREE/057 Peru -> Chile [asserted] @2025-03-10",
            "CONSULT/046 Chile -> Peru [asserted] @2025-03-10",
            "CONSULT/043 Daniel Noboa -> Chile [asserted] @2025-03-10",
            "CONSULT/043 Daniel Noboa -> Peru [asserted] @2025-03-10");
    assertThat(dated("Chile and Peru agreed on Monday to a ceasefire after talks in Quito mediated by Ecuador. "
        + "The talks on Saturday lasted ten hours."))
        .containsExactly("AGREE/057 Chile -> Peru [asserted] @2025-03-10", "AGREE/057 Peru -> Chile [asserted] @2025-03-10",
            "CONSULT/046 Chile -> Peru [asserted] @2025-03-08",
            "CONSULT/045 Ecuador -> Chile [asserted] @2025-03-08",
            "CONSULT/045 Ecuador -> Peru [asserted] @2025-03-08");
  }

  // ------------------------------------------------------------------ scenes

  @Test
  void inAFightTheSideStruckFiringBackIsOnTheSameDayButAnAppealIsNot() {
    assertThat(dated("Chilean jets struck Peruvian positions on Monday. "
        + "Peru's army said its troops fired rockets at Chilean villages."))
        .containsExactly("ASSAULT/190 Chile -> Peru [asserted] @2025-03-10",
            "ASSAULT/195 Army of Peru -> Chile [asserted] @2025-03-10");
    assertThat(dated("Chilean jets struck Peruvian positions on Monday. Peru urged Chile to cease fire."))
        .containsExactly("ASSAULT/190 Chile -> Peru [asserted] @2025-03-10",
            "REQUEST/020 Peru -> Chile [asserted] @null");
  }

  @Test
  void aSceneEndsWhenTheStoryMovesToAnotherMonth() {
    assertThat(dated("Chile recalled its ambassador from Peru on Monday. In February, Chile expelled Peru's envoy. "
        + "Chile also warned Peru."))
        .containsExactly("SANCTION/161 Chile -> Peru [asserted] @2025-03-10",
            "SANCTION/166 Chile -> Peru [asserted] @2025-02", "THREATEN/130 Chile -> Peru [asserted] @null");
  }

  @Test
  void aDatedSentenceWithoutAnEventStillSetsItsSubjectsScene() {
    assertThat(dated("Bolivian President Luis Arce condemned the arrest at a news conference in La Paz on Monday. "
        + "He accused Peru of violating international law."))
        .containsExactly("ACCUSE/112 Luis Arce -> Peru [asserted] @2025-03-10");
  }

  @Test
  void aRelativeClausesActIsBackgroundAndDoesNotMoveTheScene() {
    assertThat(dated("Chile's foreign minister, who met Peru's foreign minister on Friday, said on Monday that "
        + "talks would go on. Chile also expelled Peru's envoy."))
        .containsExactly("CONSULT/040 Chile -> Peru [asserted] @2025-03-07",
            "SANCTION/166 Chile -> Peru [asserted] @2025-03-10");
  }

  @Test
  void theLedesNewsHappenedOnTheDayTheNextSentencesGiveItsSides() {
    assertThat(dated("Kosovo and Serbia have agreed on a plan to normalise their relations. "
        + "Serbian President Aleksandar Vucic met Kosovo Prime Minister Albin Kurti in Ohrid on Saturday."))
        .contains("AGREE/057 Kosovo -> Serbia [asserted] @2025-03-08");
  }

  @Test
  void aDayThatOwnsANounDatesOnlyThatNoun() {
    // "Sunday's election" is the election's day; the dissolution has none of its own here
    assertThat(dated("Army officers dissolved Ecuador's Congress. The Congress of Peru annulled the results of "
        + "Sunday's election and dissolved the cabinet."))
        .noneMatch(e -> e.endsWith("@2025-03-09"));
  }

  @Test
  void aDeadlineToldBeforeDatesNoLaterAct() {
    // "by Sunday" is when the diplomats must be gone; the order and the accusation have no day here
    assertThat(dated("Romania has ordered 20 Russian diplomats and embassy staff to leave the country by Sunday, "
        + "accusing them of spying."))
        .containsExactly("SANCTION/166 Romania -> Russia [asserted] @null", "ACCUSE/112 Romania -> Russia [asserted] @null");
  }

  @Test
  void theDayOfAnOrderToLeaveIsTheOrdersButNotItsDeadline() {
    assertThat(dated("Chile ordered 12 Peruvian diplomats to leave on Monday."))
        .containsExactly("SANCTION/166 Chile -> Peru [asserted] @2025-03-10");
    assertThat(dated("Chile ordered the Peruvian ambassador to leave by Friday."))
        .containsExactly("SANCTION/166 Chile -> Peru [asserted] @null");
  }

  @Test
  void aTimeAdjunctBetweenTalksAndTheirPartnerIsPassedOver() {
    assertThat(dated("Chile's president flew in on Monday and held talks that evening with Peru's president, Dina Boluarte."))
        .anyMatch(e -> e.startsWith("CONSULT/046 ") && e.contains("-> Dina Boluarte") && e.endsWith("@2025-03-10"));
  }

  @Test
  void talksCountedOutAfterAfterAreNotOnTheDayOfWhatFollowedThem() {
    assertThat(dated("The accord was signed on Monday after three weeks of talks between Chile and Peru."))
        .contains("CONSULT/046 Chile -> Peru [asserted] @null");
    assertThat(dated("Peru's president said on Monday after talks with Chile's foreign minister that the border would reopen."))
        .anyMatch(e -> e.startsWith("CONSULT/") && e.endsWith("@2025-03-10"));
  }

  @Test
  void aWeekendDatesTheActToldOnIt() {
    assertThat(dated("A Chilean general warned at the weekend that Chile would move troops north if Peru built up forces."))
        .anyMatch(e -> e.startsWith("THREATEN/130 Chile -> Peru") && e.endsWith("-WE"));
  }

  @Test
  void aWhoseOrWhomClauseDatesOnlyItsOwnAct() {
    assertThat(dated("Interior Minister Karel Dvorak, whom Petr Novak criticized last month, has accused Novak of lying."))
        .contains("ACCUSE/112 Karel Dvorak -> Petr Novak [asserted] @null");
    assertThat(dated("Interior Minister Karel Dvorak, whose resignation Petr Novak sought in January, has accused"
        + " Novak of lying."))
        .containsExactly("ACCUSE/112 Karel Dvorak -> Petr Novak [asserted] @null");
  }

  @Test
  void talksThatAreToBeginAreExpectedOnTheDayTheirPredicateGives() {
    assertThat(dated("Talks between Chile and Bolivia over fishing rights in the disputed northern waters are to start"
        + " on March 18."))
        .containsExactly("CONSULT/046 Chile -> Bolivia [expected] @2025-03-18");
  }

  @Test
  void aLedeThatDescribesThePartiesDatesTheNamedActsThatFollow() {
    // the lede names one side by its office and the other by no actor; the next sentence names both
    assertThat(dated("LA PAZ, Bolivia — Bolivia's president and the leader of the largest opposition party"
        + " signed a pact on Monday. President Rodrigo Paz and Samuel Doria Medina signed the pact at the palace."))
        .contains("AGREE/057 Rodrigo Paz -> Samuel Doria Medina [asserted] @2025-03-10");
  }

  @Test
  void aBrokeringIsDatedAsTheAgreementItProduced() {
    assertThat(dated("Ecuador and Peru signed a declaration on Friday. It was brokered by Brazil."))
        .anyMatch(e -> e.startsWith("CONSULT/045 Brazil -> Peru") && e.endsWith("@2025-03-07"));
  }
}
