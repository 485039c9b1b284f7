package org.dateline.time;

import static org.dateline.model.TimexType.DATE;
import static org.dateline.model.TimexType.DURATION;

import org.junit.jupiter.api.Test;

/** Vague references as TimeML annotates them: PRESENT_REF, PAST_REF, FUTURE_REF. */
class VagueReferencesTest {

  @Test
  void present() {
    Examples.in("The city is now calm and currently without power.", "2025-12-02")
        .has("now", DATE, "PRESENT_REF")
        .has("currently", DATE, "PRESENT_REF");
  }

  @Test
  void past() {
    Examples.in("Similar raids happened recently and often in the past.", "2025-12-02")
        .has("recently", DATE, "PAST_REF")
        .has("the past", DATE, "PAST_REF");
  }

  @Test
  void future() {
    Examples.in("Aid will arrive soon, possibly in the coming months, and more in the future.", "2025-12-02")
        .has("soon", DATE, "FUTURE_REF")
        .has("the coming months", DATE, "FUTURE_REF")
        .has("the future", DATE, "FUTURE_REF");
  }

  @Test
  void theComingDaysAndComingQuartersAreAVagueFuture() {
    Examples.in("Talks will resume in the coming days and a deal may follow in coming weeks.", "2025-12-02")
        .has("the coming days", DATE, "FUTURE_REF")
        .has("coming weeks", DATE, "FUTURE_REF");
    Examples.in("Sales should recover in coming quarters.", "2025-12-02").has("coming quarters", DATE, "FUTURE_REF");
  }

  @Test
  void pastAndFutureBeforeAPluralUnitAreVagueReferences() {
    Examples.in("Prices rose in past years, and the fund expects losses in future quarters.", "2025-12-02")
        .has("past years", DATE, "PAST_REF")
        .has("future quarters", DATE, "FUTURE_REF");
    Examples.in("Over the past years the town grew.", "2025-12-02").has("the past years", DATE, "PAST_REF");
  }

  @Test
  void theFirstOrFinalStretchInAPluralUnitIsAVagueLength() {
    Examples.in("Losses were heavy in the first hours of the offensive.", "2025-12-02")
        .has("the first hours", DURATION, "PTXH");
    Examples.in("In the early years of the republic, and in the final weeks of the war, food was short.",
            "2025-12-02")
        .has("the early years", DURATION, "PXY")
        .has("the final weeks", DURATION, "PXW");
    // "the early hours" of a day is a time of night, not a length
    Examples.in("Gunmen attacked the village in the early hours of Monday.", "2025-12-03").count(1);
  }

  @Test
  void longAgoIsThePastUnlessItsDistanceIsAskedOrWeighed() {
    Examples.in("Long ago the valley was a lake.", "2025-12-02").has("Long ago", DATE, "PAST_REF");
    Examples.in("Nobody knows how long ago the valley was a lake.", "2025-12-02").hasNothing();
  }

  @Test
  void asSoonAsIsAConjunction() {
    Examples.in("They left as soon as they could.", "2025-12-02").hasNothing();
  }

  @Test
  void soonAfterRelatesTwoEventsAndNamesNoTime() {
    Examples.in("He was probably killed soon after his capture.", "2025-12-02").hasNothing();
  }

  @Test
  void oneDayAfterAModalIsSomeDayToCome() {
    Examples.in("The city will one day be the capital of the region.", "2025-12-02")
        .has("one day", DATE, "FUTURE_REF");
    Examples.in("She hopes to one day return, perhaps someday soon.", "2025-12-02")
        .has("one day", DATE, "FUTURE_REF")
        .has("someday", DATE, "FUTURE_REF");
  }

  @Test
  void oneDayAsALengthStaysADuration() {
    Examples.in("The visit lasted one day.", "2025-12-02").has("one day", DURATION, "P1D");
  }

  @Test
  void currentBetweenADeterminerAndItsNoun() {
    Examples.in("The current talks follow the collapse of its current truce.", "2025-12-02")
        .has("current", DATE, "PRESENT_REF")
        .count(2);
    Examples.in("The then-current mayor signed it.", "2025-12-02").has("then-current", DATE, "PAST_REF");
  }

  @Test
  void currentAsAPlainAdjectiveOrANounIsNoTimex() {
    Examples.in("Oil sold at current prices; the data are current; swimmers fought the current.", "2025-12-02")
        .hasNothing();
  }

  @Test
  void recentAloneIsNoTimex() {
    Examples.in("The recent floods closed the road.", "2025-12-02").hasNothing();
  }

  @Test
  void balanceSheetWordsAreNoTimexes() {
    Examples.in("The current account deficit grew, as did current liabilities.", "2025-12-02").hasNothing();
  }

  @Test
  void atTheTimeIsThePastSpokenOf() {
    Examples.in("At the time, he was mayor of the city.", "2025-12-10").has("the time", DATE, "PAST_REF");
    Examples.in("He was at the time of the attack in Paris.", "2025-12-10").hasNothing();
  }
}
