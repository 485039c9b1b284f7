package org.dateline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.testing.Pipelines4Test;
import org.junit.jupiter.api.Test;

/**
 * A catalogue of the usual ways news tells the acts of each CAMEO root (praise and solidarity,
 * judicial cooperation, loans and airlifts, easing, withdrawal, refusals told as "would not
 * accept", disapproval, halted talks and aid, cancelled visits, shows of force, bans, shelling
 * and missile fire, hostage taking, warnings, appeals, trips), and of events that a cancelling
 * verb holds off: the sentence and the events it codes, written as "TYPE/cameo sources -> target [modality]".
 */
class CameoFamiliesTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 12);

  private static List<String> events(String text) {
    return Pipelines4Test.describedEvents(text, DAY);
  }
  @Test
  void praiseVerbsHailAndLaud() {
    assertThat(events("Poland hailed Lithuania on Tuesday."))
        .containsExactlyInAnyOrder(
            "SUPPORT/051 Poland -> Lithuania [asserted]");
  }

  @Test
  void solidarityIsSupportForItsTarget() {
    assertThat(events("Hungary expressed solidarity with Slovakia."))
        .containsExactlyInAnyOrder(
            "SUPPORT/051 Hungary -> Slovakia [asserted]");
  }

  @Test
  void supportNounWithFor() {
    assertThat(events("Ghana voiced support for Togo."))
        .containsExactlyInAnyOrder(
            "SUPPORT/051 Ghana -> Togo [asserted]");
  }

  @Test
  void welcomingAnAgreementBetweenOthersTargetsBothParties() {
    assertThat(events("Egypt and Qatar welcomed the ceasefire between Israel and Hamas."))
        .containsExactlyInAnyOrder(
            "SUPPORT/051 Egypt,Qatar -> Israel [asserted]",
            "SUPPORT/051 Egypt,Qatar -> Hamas [asserted]",
            "AGREE/0871 Israel -> Hamas [asserted]",
            "AGREE/0871 Hamas -> Israel [asserted]");
  }

  @Test
  void extraditionIsJudicialCooperationWithTheReceivingCountry() {
    assertThat(events("Indonesia extradited the suspect to Australia on Monday."))
        .containsExactlyInAnyOrder(
            "COOPERATE/063 Indonesia -> Australia [asserted]");
  }

  @Test
  void lendingIsEconomicAid() {
    assertThat(events("China lent Pakistan $2 billion."))
        .containsExactlyInAnyOrder(
            "AID/071 China -> Pakistan [asserted]");
  }

  @Test
  void airliftOfSuppliesIsHumanitarianAid() {
    assertThat(events("Spain airlifted tents and medicine to Morocco."))
        .containsExactlyInAnyOrder(
            "AID/073 Spain -> Morocco [asserted]");
  }

  @Test
  void reopeningABorderEasesRestrictions() {
    assertThat(events("Turkey reopened its border with Armenia."))
        .containsExactlyInAnyOrder(
            "CONCEDE/081 Turkey -> Armenia [asserted]");
  }

  @Test
  void pullingOutOfACountryIsAWithdrawal() {
    assertThat(events("France pulled out of Mali last year."))
        .containsExactlyInAnyOrder(
            "RETREAT/0874 France -> Mali [asserted]");
  }

  @Test
  void refusingToAcceptAnswersWhoeverLastActedOnTheSpeaker() {
    assertThat(events("The United States imposed new sanctions on Iran. Iran said it would not accept the pressure."))
        .containsExactlyInAnyOrder(
            "SANCTION/163 United States -> Iran [asserted]",
            "REJECT/120 Iran -> United States [asserted]");
  }

  @Test
  void notRecognizingIsARejectionRecognizingIsSupport() {
    assertThat(events("Japan will not recognize Russia's claim. Japan recognized Kosovo."))
        .containsExactlyInAnyOrder(
            "REJECT/120 Japan -> Russia [asserted]",
            "SUPPORT/054 Japan -> Kosovo [asserted]");
  }

  @Test
  void acceptingAnOfferIsAnAgreementNotARejection() {
    assertThat(events("Jordan accepted the offer from Qatar.")).containsExactly("AGREE/030 Jordan -> Qatar [asserted]");
    assertThat(events("Israel and Lebanon accepted the proposal.")).containsExactly("AGREE/030 Israel -> Lebanon [asserted]", "AGREE/030 Lebanon -> Israel [asserted]");
  }

  @Test
  void criticismVerbsDecryAndOppose() {
    assertThat(events("Germany decried the Russian decision. Greece opposed Turkey on Friday."))
        .containsExactlyInAnyOrder(
            "ACCUSE/111 Germany -> Russia [asserted]",
            "ACCUSE/110 Greece -> Turkey [asserted]");
  }

  @Test
  void suspendingTalksHaltsNegotiationsAndIsNoMeeting() {
    assertThat(events("Ukraine suspended talks with Russia. Moldova broke off negotiations with Russia. "
        + "Georgia postponed talks with Russia."))
        .containsExactlyInAnyOrder(
            "SANCTION/164 Ukraine -> Russia [asserted]",
            "SANCTION/164 Moldova -> Russia [asserted]",
            "SANCTION/164 Georgia -> Russia [asserted]");
  }

  @Test
  void cuttingAidReducesItAndGivesNone() {
    assertThat(events("Washington cut aid to Niger after the coup."))
        .containsExactlyInAnyOrder(
            "SANCTION/162 United States -> Niger [asserted]");
  }

  @Test
  void aPostponedMeetingIsNoMeeting() {
    assertThat(events("Armenia postponed its meeting with Azerbaijan.")).isEmpty();
  }

  @Test
  void aCancelledVisitReducesRelations() {
    assertThat(events("Lebanon cancelled the visit to Syria."))
        .containsExactlyInAnyOrder(
            "SANCTION/161 Lebanon -> Syria [asserted]");
  }

  @Test
  void massingTroopsNearABorderIsAShowOfForce() {
    assertThat(events("Russia massed troops near the border with Ukraine."))
        .containsExactlyInAnyOrder(
            "MOBILIZE/154 Russia -> Ukraine [asserted]");
  }

  @Test
  void banningAGroupIsAnAdministrativeSanction() {
    assertThat(events("Pakistan banned the Pashtun Tahafuz Movement."))
        .containsExactlyInAnyOrder(
            "COERCE/172 Pakistan -> Pashtun Tahafuz Movement [asserted]");
  }

  @Test
  void firingShellsAndLaunchingMissilesAtACountry() {
    assertThat(events("North Korea fired artillery shells at South Korea. Iran launched missiles at Israel on Saturday."))
        .containsExactlyInAnyOrder(
            "ASSAULT/194 North Korea -> South Korea [asserted]",
            "ASSAULT/195 Iran -> Israel [asserted]");
  }

  @Test
  void poundingACityIsShelling() {
    assertThat(events("Russian forces pounded Kyiv overnight."))
        .containsExactlyInAnyOrder(
            "ASSAULT/194 Armed Forces of the Russian Federation -> Ukraine [asserted]");
  }

  @Test
  void takingHostagesIsAnAbduction() {
    assertThat(events("Hamas took Israelis hostage."))
        .containsExactlyInAnyOrder(
            "ASSAULT/181 Hamas -> Israel [asserted]");
  }

  @Test
  void wagingWarIsFighting() {
    assertThat(events("Eritrea promised to wage war on Ethiopia."))
        .containsExactlyInAnyOrder(
            "ASSAULT/190 Eritrea -> Ethiopia [expected]");
  }

  @Test
  void aWarningIssuedToACountry() {
    assertThat(events("China issued a warning to Taiwan."))
        .containsExactlyInAnyOrder(
            "THREATEN/130 China -> Taiwan [asserted]");
  }

  @Test
  void callingForAnotherToActIsAnAppeal() {
    assertThat(events("Kosovo called for Serbia to withdraw its troops."))
        .containsExactlyInAnyOrder(
            "REQUEST/020 Kosovo -> Serbia [asserted]");
  }

  @Test
  void leavingForACapitalIsAVisit() {
    assertThat(events("The Pakistani prime minister left for Beijing on Sunday."))
        .containsExactlyInAnyOrder(
            "CONSULT/042 Shehbaz Sharif -> China [asserted]");
  }

  @Test
  void wherePayloadsWereLaunchedFromIsNoTarget() {
    assertThat(events("The rebels launched the drones from positions in Darfur.")).isEmpty();
  }

  @Test
  void receivingAidFromAnotherIsTheGiversAid() {
    assertThat(events("Ukraine received air-defense weapons from Germany on Friday. Jordan has received money from Saudi Arabia."))
        .containsExactlyInAnyOrder(
            "AID/072 Germany -> Ukraine [asserted]",
            "AID/071 Saudi Arabia -> Jordan [asserted]");
  }

  @Test
  void receivingADelegationIsStillHostingIt() {
    assertThat(events("Peru received the Chilean delegation on Monday."))
        .containsExactly("CONSULT/043 Peru -> Chile [asserted]");
  }

  @Test
  void welcomingWhatAnotherOfferedOrSaidTargetsThem() {
    assertThat(events("Kenya welcomed the offer from Qatar. Chile welcomed the statement by Peru."))
        .containsExactlyInAnyOrder(
            "SUPPORT/051 Kenya -> Qatar [asserted]",
            "SUPPORT/051 Chile -> Peru [asserted]");
  }

  @Test
  void adjectivesListedWithCommasBeforeTheObjectNoun() {
    assertThat(events("Morocco will restore complete, full diplomatic ties with Iran."))
        .containsExactly("COOPERATE/050 Morocco -> Iran [expected]");
  }

  @Test
  void aComplaintNamingNoOneAnswersWhoeverLastActedOnTheComplainant() {
    assertThat(events("Russia closed its border with Georgia on Monday. Georgia said it would file a complaint with the United Nations."))
        .containsExactlyInAnyOrder(
            "SANCTION/191 Russia -> Georgia [asserted]",
            "ACCUSE/115 Georgia -> Russia [expected]");
  }

  @Test
  void theGovernmentInAMinistersReportedClauseIsTheMinistersCountry() {
    assertThat(events("Peru's foreign minister said the government would recall its ambassador from Bolivia."))
        .containsExactly("SANCTION/161 Peru -> Bolivia [expected]");
  }

  @Test
  void anUnresolvedHimIsTheLastPersonTheSentenceNamed() {
    assertThat(events("The Philippines raised its bounty for information on Joseph Kony, accusing him of war crimes."))
        .containsExactly("ACCUSE/112 Philippines -> Joseph Kony [asserted]");
  }

  @Test
  void callingAnActIllegalRejectsWhoeverDidIt() {
    assertThat(events("The European Union imposed sanctions on Belarus. Belarus called the sanctions illegal."))
        .containsExactlyInAnyOrder(
            "SANCTION/163 European Union -> Belarus [asserted]",
            "REJECT/120 Belarus -> European Union [asserted]");
  }

  @Test
  void vowingRetaliationThreatensWhoeverStruck() {
    assertThat(events("Israel struck Iran on Friday. Iran vowed retaliation."))
        .containsExactlyInAnyOrder(
            "ASSAULT/190 Israel -> Iran [asserted]",
            "THREATEN/130 Iran -> Israel [asserted]");
  }

  @Test
  void rulingOutTalksIsARejectionAndNoMeeting() {
    assertThat(events("Ukraine ruled out talks with Russia."))
        .containsExactly("REJECT/120 Ukraine -> Russia [asserted]");
  }

  @Test
  void refusingToMeetIsARejectionAndNoMeeting() {
    assertThat(events("Iran declined to meet the United States."))
        .containsExactlyInAnyOrder(
            "CONSULT/040 Iran -> United States [negated]",
            "REJECT/120 Iran -> United States [asserted]");
  }

  @Test
  void whatCallsAskForHasNotHappened() {
    assertThat(events("Venezuela rejected calls to negotiate with Guyana."))
        .containsExactly("CONSULT/046 Venezuela -> Guyana [expected]");
  }
}
