package org.dateline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.testing.Pipelines4Test;
import org.junit.jupiter.api.Test;

/**
 * A catalogue of meetings told from a third party's side (hosts, mediators, the parties counted
 * back as "the two ministers"), of mutual yielding (prisoner releases, tariff cuts, eased
 * sanctions), of diplomatic breaks, of attacks on named people and of agreements signed together:
 * the sentence and the events it codes, written as "TYPE/cameo sources -> target [modality]".
 */
class HostsMediatorsAndYieldingTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 12);

  private static List<String> events(String text) {
    return Pipelines4Test.describedEvents(text, DAY);
  }

  // ---- meetings told from the host's side

  @Test
  void hostingTheMinistersOfTwoCountries() {
    assertThat(events("Kenya hosted the foreign ministers of Ethiopia and Somalia on Monday."))
        .containsExactlyInAnyOrder(
            "CONSULT/043 Kenya -> Ethiopia [asserted]",
            "CONSULT/043 Kenya -> Somalia [asserted]");
  }

  @Test
  void theTwoMinistersAreThePersonsJustNamedNotTheirCountries() {
    assertThat(events("Ghana's Ama Boateng and Togo's Koffi Mensah signed the text on Friday. "
        + "President William Ruto received the two ministers later that day."))
        .contains(
            "CONSULT/043 William Ruto -> Ama Boateng [asserted]",
            "CONSULT/043 William Ruto -> Koffi Mensah [asserted]");
  }

  @Test
  void lookingForwardToHostingTheTwoMinistersIsExpected() {
    assertThat(events("Ghana's Ama Boateng and Togo's Koffi Mensah met in Accra. "
        + "Tanzania said it looked forward to hosting the two ministers in Dodoma."))
        .contains(
            "CONSULT/043 Tanzania -> Ama Boateng [expected]",
            "CONSULT/043 Tanzania -> Koffi Mensah [expected]");
  }

  @Test
  void talksHostedByAThirdCountryAreHeldWithTheirParties() {
    assertThat(events("Peru and Bolivia held talks on Monday. The talks, hosted by Brazil, were the first since 2020."))
        .containsExactlyInAnyOrder(
            "CONSULT/046 Peru -> Bolivia [asserted]",
            "CONSULT/043 Brazil -> Peru [asserted]",
            "CONSULT/043 Brazil -> Bolivia [asserted]");
  }

  @Test
  void theTwoDelegationsAreTheirCountries() {
    assertThat(events("Peru and Bolivia sent delegations to Lima. The two delegations would meet again on Friday."))
        .anyMatch(e -> e.startsWith("CONSULT/040 ") && e.contains("Peru") && e.contains("Bolivia") && e.endsWith("[expected]"));
  }

  // ---- mediation

  @Test
  void talksMediatedByTwoCountriesAfterWhichThePartiesAgreed() {
    assertThat(events("Ethiopia and Eritrea agreed to a truce after talks in Nairobi mediated by Kenya and Uganda."))
        .containsExactlyInAnyOrder(
            "AGREE/057 Ethiopia -> Eritrea [asserted]",
            "AGREE/057 Eritrea -> Ethiopia [asserted]",
            "CONSULT/046 Ethiopia -> Eritrea [asserted]",
            "CONSULT/045 Kenya,Uganda -> Ethiopia [asserted]",
            "CONSULT/045 Kenya,Uganda -> Eritrea [asserted]");
  }

  @Test
  void aMediatorInARelativeClause() {
    assertThat(events("Egypt, which is mediating talks between Israel and Hamas, said on Monday that progress was slow."))
        .containsExactlyInAnyOrder(
            "CONSULT/045 Egypt -> Israel [asserted]",
            "CONSULT/045 Egypt -> Hamas [asserted]",
            "CONSULT/046 Israel -> Hamas [asserted]");
  }

  @Test
  void mediatingBetweenTheTwoGovernmentsJustNamed() {
    assertThat(events("Syria and Israel clashed in May. Talks between Iran and the United States stalled. "
        + "Oman has mediated between the two governments since April."))
        .contains(
            "CONSULT/045 Oman -> Iran [asserted]",
            "CONSULT/045 Oman -> United States [asserted]")
        .doesNotContain("CONSULT/045 Oman -> Syria [asserted]");
  }

  @Test
  void theTwoSidesAreNotTheMediator() {
    assertThat(events("Peru and Bolivia agreed to a truce after talks mediated by Brazil. "
        + "The two sides also agreed to meet again, Brazil said."))
        .anyMatch(e -> e.startsWith("CONSULT/040 ") && e.contains("Peru") && e.contains("Bolivia") && e.endsWith("[expected]"))
        .noneMatch(e -> e.contains("Brazil -> Bolivia") && e.startsWith("AGREE"));
  }

  @Test
  void mediatorsNamedByTheirAdjectivesMediateForTheClausesParties() {
    assertThat(events("Sudan and South Sudan agreed to a truce with Egyptian and Ethiopian mediation."))
        .containsExactlyInAnyOrder(
            "AGREE/057 Sudan -> South Sudan [asserted]",
            "AGREE/057 South Sudan -> Sudan [asserted]",
            "CONSULT/045 Egypt,Ethiopia -> Sudan [asserted]",
            "CONSULT/045 Egypt,Ethiopia -> South Sudan [asserted]");
    assertThat(events("Sudan and South Sudan agreed to a truce under Kenyan mediation."))
        .contains("CONSULT/045 Kenya -> Sudan [asserted]", "CONSULT/045 Kenya -> South Sudan [asserted]");
  }

  @Test
  void aGuarantorOfHostedTalksActsForTheParties() {
    assertThat(events("Sudan and the SPLM held talks hosted by Kenya, with Norway as a guarantor."))
        .contains("CONSULT/045 Norway -> Sudan [asserted]")
        .noneMatch(e -> e.contains("Norway -> Kenya"));
  }

  @Test
  void expellingACountedNumberOfEnvoys() {
    assertThat(events("Chile expelled about 30 Peruvian diplomats.")).containsExactly("SANCTION/166 Chile -> Peru [asserted]");
    assertThat(events("Chile expelled over 30 Peruvian diplomats.")).containsExactly("SANCTION/166 Chile -> Peru [asserted]");
  }

  @Test
  void aClauseWithItsVerbLeftOutActsAsTheOneBefore() {
    assertThat(events("Chile expelled four Peruvian diplomats and Bolivia two."))
        .containsExactly("SANCTION/166 Chile -> Peru [asserted]", "SANCTION/166 Bolivia -> Peru [asserted]");
    assertThat(events("Chile expelled four Peruvian diplomats. Ecuador expelled two and Bolivia three."))
        .contains("SANCTION/166 Ecuador -> Peru [asserted]", "SANCTION/166 Bolivia -> Peru [asserted]");
  }

  @Test
  void subjectsOrderingOthersToLeaveDoNotVisitEachOther() {
    assertThat(events("Chile and Ecuador ordered Peruvian diplomats to leave."))
        .containsExactly("SANCTION/166 Chile,Ecuador -> Peru [asserted]");
  }

  // ---- exchanges and mutual yielding

  @Test
  void eachSideFreeingPrisonersReleasesTheOthers() {
    assertThat(events("Armenia and Azerbaijan each freed 120 prisoners of war on Tuesday."))
        .containsExactlyInAnyOrder(
            "CONCEDE/0841 Armenia -> Azerbaijan [asserted]",
            "CONCEDE/0841 Azerbaijan -> Armenia [asserted]");
  }

  @Test
  void aPrisonerExchangeGoesBothWays() {
    assertThat(events("Armenia and Azerbaijan exchanged 120 prisoners on Tuesday."))
        .containsExactlyInAnyOrder(
            "CONCEDE/0841 Armenia -> Azerbaijan [asserted]",
            "CONCEDE/0841 Azerbaijan -> Armenia [asserted]");
  }

  @Test
  void agreeingToCutTariffsOnEachOthersGoodsEasesSanctionsBothWays() {
    assertThat(events("Peru and Bolivia agreed on Monday to slash the tariffs they have imposed on each other's goods."))
        .containsExactlyInAnyOrder(
            "AGREE/057 Peru -> Bolivia [asserted]",
            "AGREE/057 Bolivia -> Peru [asserted]",
            "CONCEDE/085 Peru -> Bolivia [expected]",
            "CONCEDE/085 Bolivia -> Peru [expected]");
  }

  @Test
  void suspendingTariffsAndLiftingSanctionsEaseThem() {
    assertThat(events("Ecuador suspended tariffs on Peruvian goods. The United States lifted sanctions on Syria."))
        .containsExactlyInAnyOrder(
            "CONCEDE/085 Ecuador -> Peru [asserted]",
            "CONCEDE/085 United States -> Syria [asserted]");
  }

  @Test
  void dutiesThatWillFallAreAnExpectedEasing() {
    assertThat(events("Ecuadorian duties on most Peruvian imports will fall to 30 percent from 145 percent."))
        .containsExactly("CONCEDE/085 Ecuador -> Peru [expected]");
  }

  @Test
  void imposingTariffsIsStillASanction() {
    assertThat(events("The United States imposed tariffs on Chinese goods in April."))
        .containsExactly("SANCTION/163 United States -> China [asserted]");
  }

  // ---- diplomatic breaks

  @Test
  void breakingOffDiplomaticRelations() {
    assertThat(events("Peru broke off diplomatic relations with Bolivia on Monday."))
        .containsExactly("SANCTION/161 Peru -> Bolivia [asserted]");
  }

  @Test
  void declaringAnAmbassadorPersonaNonGrata() {
    assertThat(events("Peru declared Bolivia's ambassador, Juan Soto, persona non grata on Monday."))
        .contains("SANCTION/166 Peru -> Bolivia [asserted]");
  }

  @Test
  void aCountrySayingItIsCuttingTies() {
    assertThat(events("Honduras said on Saturday that it was also cutting ties with Peru."))
        .containsExactly("SANCTION/161 Honduras -> Peru [asserted]");
  }

  @Test
  void expellingAndRecallingAmbassadors() {
    assertThat(events("Peru expelled the Bolivian ambassador. Ecuador recalled its ambassador from Bolivia."))
        .containsExactlyInAnyOrder(
            "SANCTION/166 Peru -> Bolivia [asserted]",
            "SANCTION/161 Ecuador -> Bolivia [asserted]");
  }

  // ---- attacks on named people, and relative clauses

  @Test
  void namedPeopleKilledWithoutAnAgentWereKilledByTheAttackJustTold() {
    assertThat(events("Ukraine struck Russia on Friday. Russia's army chief, Ivan Petrov, was killed."))
        .containsExactlyInAnyOrder(
            "ASSAULT/190 Ukraine -> Russia [asserted]",
            "ASSAULT/1823 Ukraine -> Ivan Petrov [asserted]");
  }

  @Test
  void killingANamedCommander() {
    assertThat(events("Ukraine killed Russian general Ivan Petrov on Monday."))
        .containsExactly("ASSAULT/1823 Ukraine -> Ivan Petrov [asserted]");
  }

  @Test
  void aPassiveInARelativeClauseActsOnWhatTheClauseDescribes() {
    assertThat(events("Police in Lima arrested Juan Soto, who had been granted asylum by Ecuador earlier that day."))
        .contains("AID/075 Ecuador -> Juan Soto [asserted]")
        .noneMatch(e -> e.startsWith("AID") && e.endsWith("-> Peru [asserted]"));
    assertThat(events("In Lima, Macron also met relatives of French citizens who were abducted by Peru in the 1980s."))
        .contains("ASSAULT/181 Peru -> France [asserted]")
        .noneMatch(e -> e.contains("-> Emmanuel Macron"));
  }

  // ---- agreements signed together, and who witnesses them

  @Test
  void twoLeadersSigningTogetherOneIntroducedByHisTitle() {
    assertThat(events("President Emmanuel Macron and Germany's new chancellor, Friedrich Merz, signed an agreement in Paris."))
        .containsExactly("AGREE/057 Emmanuel Macron -> Friedrich Merz [asserted]",
            "AGREE/057 Friedrich Merz -> Emmanuel Macron [asserted]");
  }

  @Test
  void aWitnessToASigningHostsTheSignersAndIsNoParty() {
    assertThat(events("Ghana's Ama Boateng and Togo's Koffi Mensah signed the text at the ministry, "
        + "with Secretary of State Marco Rubio as a witness."))
        .containsExactlyInAnyOrder(
            "AGREE/057 Ama Boateng -> Koffi Mensah [asserted]",
            "AGREE/057 Koffi Mensah -> Ama Boateng [asserted]",
            "CONSULT/043 Marco Rubio -> Ama Boateng [asserted]",
            "CONSULT/043 Marco Rubio -> Koffi Mensah [asserted]");
  }

  @Test
  void praisingHerAfterAMeetingPraisesTheOtherPersonJustNamed() {
    assertThat(events("Giorgia Meloni met Emmanuel Macron. Macron praised her."))
        .containsExactlyInAnyOrder(
            "CONSULT/040 Giorgia Meloni -> Emmanuel Macron [asserted]",
            "SUPPORT/051 Emmanuel Macron -> Giorgia Meloni [asserted]");
  }

  // ---- naming with "call"

  @Test
  void callingACountryAPartnerPraisesIt() {
    assertThat(events("Macron called Italy a reliable partner."))
        .containsExactly("SUPPORT/051 Emmanuel Macron -> Italy [asserted]");
  }


  @Test
  void callingSomeoneSomethingIsNoPhoneCall() {
    assertThat(events("Macron praised Peru and called Bolivia \"a friend at the highest level.\""))
        .containsExactlyInAnyOrder(
            "SUPPORT/051 Emmanuel Macron -> Peru [asserted]",
            "SUPPORT/051 Emmanuel Macron -> Bolivia [asserted]");
    assertThat(events("Peru and Bolivia ended two days of talks in Lima that both sides called useful."))
        .noneMatch(e -> e.startsWith("CONSULT/041"));
  }

  @Test
  void aTruceBrokeredInThePassiveIsMediationBetweenItsParties() {
    assertThat(events("BEIRUT, Lebanon — A ceasefire between Israel and Hezbollah took effect on Wednesday. "
        + "The truce was brokered by the United States and France."))
        .contains("CONSULT/045 United States,France -> Israel [asserted]",
            "CONSULT/045 United States,France -> Hezbollah [asserted]");
  }

  @Test
  void aMediatorNamedBeforeAHyphenMediatesForTheSigners() {
    assertThat(events("Congo and Rwanda signed a U.S.-brokered peace agreement."))
        .contains("CONSULT/045 United States -> Democratic Republic of the Congo [asserted]",
            "CONSULT/045 United States -> Rwanda [asserted]");
  }

  @Test
  void aRepeatedPrepositionGoesOnWithTheList() {
    assertThat(events("President Joe Biden said he had spoken with Israeli Prime Minister Benjamin Netanyahu "
        + "and with Lebanese Prime Minister Najib Mikati."))
        .contains("CONSULT/040 Joe Biden -> Benjamin Netanyahu [asserted]", "CONSULT/040 Joe Biden -> Najib Mikati [asserted]");
  }

  @Test
  void thePartiesNamedInAPassiveSubjectAreTheMediatorsTargets() {
    // a rebel group is the state's other side, so the mediation toward each is kept
    assertThat(events("The talks between Ethiopia and the TPLF were mediated by the African Union."))
        .contains("CONSULT/045 African Union -> Ethiopia [asserted]",
            "CONSULT/045 African Union -> Tigray People's Liberation Front [asserted]");
  }
}
