package org.dateline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.testing.Pipelines4Test;
import org.junit.jupiter.api.Test;

/**
 * Statements that code events: condemnations and rejections of an act told before, naming it
 * only as "the move" or "the measures"; acts named as wrongs ("called the raid a crime");
 * warnings, blame and denials; acts named by their noun or a pronoun ("condemned the launch",
 * "criticized it"), threats at whom the threatened act hits, parties blaming each other. Each case: the text and the events it codes, written as
 * "TYPE/cameo sources -> target [modality]".
 */
class StatementCodingTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 12);

  private static List<String> events(String text) {
    return Pipelines4Test.describedEvents(text, DAY);
  }

  @Test
  void aRejectionOfTheMeasuresAnswersWhoeverImposedThemOnTheSpeaker() {
    assertThat(events("Chile imposed sanctions on Peru on Monday. Peru's foreign ministry dismissed the new measures."))
        .contains("REJECT/120 Ministry of Foreign Affairs of Peru -> Chile [asserted]");
  }

  @Test
  void aCondemnedOperationIsTheLatestAttackOrCoercion() {
    assertThat(events("Bolivian troops raided a Peruvian border post. Argentina condemned the operation."))
        .contains("ACCUSE/111 Argentina -> Bolivia [asserted]");
  }

  @Test
  void theMoveASideAnswersIsTheOneItJustRetaliatedAgainst() {
    assertThat(events("The United Nations sanctioned Peru. Peru recalled its ambassador from Chile on Monday. "
        + "Peru's foreign minister called the move illegal."))
        .contains("REJECT/120 Peru -> Chile [asserted]")
        .doesNotContain("REJECT/120 Peru -> United Nations [asserted]");
  }

  @Test
  void anActNamedAsAWrongIsAnAccusationOfWhoeverDidIt() {
    assertThat(events("Bolivian jets bombed a Peruvian village. Peru called the strikes a war crime."))
        .contains("ACCUSE/111 Peru -> Bolivia [asserted]");
    assertThat(events("Bolivian jets bombed a Peruvian village. Chile condemned the bombing, calling it reprehensible."))
        .contains("ACCUSE/111 Chile -> Bolivia [asserted]");
    assertThat(events("Chile accused Peru of spying. Peru called the accusations baseless."))
        .contains("REJECT/120 Peru -> Chile [asserted]");
    assertThat(events("The Chilean president called Peru \"a reliable ally\" on Monday."))
        .contains("SUPPORT/051 Gabriel Boric -> Peru [asserted]");
  }

  @Test
  void aWarningAboutTheSpeakersOwnCountryTargetsTheOneItWillActOn() {
    assertThat(events("The Chilean president warned that Chile would hold Peru fully accountable."))
        .containsExactly("THREATEN/130 Gabriel Boric -> Peru [asserted]");
  }

  @Test
  void aWarningAfterARejectionNamesNoOneByItsPlace() {
    assertThat(events("Peru rejected the proposal from Chile and warned that Peru would respond to any attack."))
        .doesNotContain("THREATEN/130 Peru -> Chile [asserted]");
  }

  @Test
  void blameLaidOnSomeone() {
    assertThat(events("Explosions hit Lima, which Peru blamed on Bolivia."))
        .containsExactly("ACCUSE/112 Peru -> Bolivia [asserted]");
    // what someone is blamed for may itself be "on" a place: no blame is laid on it
    assertThat(events("Peru blamed the rebels for the attack on Chile's embassy."))
        .noneMatch(e -> e.startsWith("ACCUSE/112 Peru -> Chile"));
  }

  @Test
  void aDenialInARelativeClauseAnswersTheAccusers() {
    assertThat(events("Chile accuses Bolivia of arming the rebels, which Bolivia denies."))
        .containsExactly("ACCUSE/112 Chile -> Bolivia [asserted]", "REJECT/016 Bolivia -> Chile [asserted]");
  }

  @Test
  void aDeniedChargeIsTheAccusationMadeAgainstTheSpeaker() {
    assertThat(events("Peru accuses Bolivia of sheltering smugglers. The Bolivian government denies the charge."))
        .contains("REJECT/016 Bolivia -> Peru [asserted]");
  }

  @Test
  void anActAskedToEndIsNotCodedAsDone() {
    assertThat(events("Chile called on Peru to stop shelling Bolivian villages."))
        .containsExactly("REQUEST/020 Chile -> Peru [asserted]");
  }

  @Test
  void aReportedClauseWithItsOwnSubjectNounIsNotTheSpeakersAct() {
    assertThat(events("A spokesman, Luis Ortega, said its fighters had fired rockets at Peru."))
        .doesNotContain("ASSAULT/190 Luis Ortega -> Peru [asserted]");
  }

  @Test
  void aParticipleInAReportedClauseGivesNothingToWhoCarriedTheReport() {
    assertThat(events("Peru said in a statement carried by Reuters that Chile had fired first, sending shells into its waters."))
        .noneMatch(e -> e.startsWith("AID/"));
  }

  @Test
  void aPronounObjectIsTheObjectNotANameAfterIt() {
    assertThat(events("Peru's foreign ministry called it a clear violation of African Union rules."))
        .doesNotContain("ACCUSE/111 Ministry of Foreign Affairs of Peru -> African Union [asserted]");
  }

  @Test
  void tellingSomeoneWhatTheyMustDoIsADemand() {
    assertThat(events("The Chilean president told Peru that its troops must leave the border zone."))
        .containsExactly("REQUEST/100 Gabriel Boric -> Peru [asserted]");
    assertThat(events("The Chilean president told Peru that talks went well.")).isEmpty();
  }

  @Test
  void sayingWhatSomeoneShouldDoIsADemandOfThem() {
    assertThat(events("Chile's foreign minister said Peru should withdraw its troops from the border."))
        .contains("REQUEST/100 Chile -> Peru [asserted]");
    assertThat(events("Chile said that Bolivia must pay for the damage.")).contains("REQUEST/100 Chile -> Bolivia [asserted]");
    assertThat(events("Chile said Bolivia should be punished.")).isEmpty(); // a passive asks nothing of Bolivia
  }

  @Test
  void aWarningIsToTheOneWhoseActItsConditionNames() {
    assertThat(events("A Chilean general warned that Chile would move troops from its border with Argentina "
        + "to the north if Peru built up forces there.")).contains("THREATEN/130 Chile -> Peru [asserted]");
  }

  @Test
  void whatSomeoneIsToldTheirGovernmentMustDoIsADemandOfIt() {
    assertThat(events("Chile summoned Peru's ambassador and told him that Lima must stop the incursions."))
        .contains("REQUEST/100 Chile -> Peru [asserted]");
  }

  @Test
  void anEnvoySummonedByNoOneNamedWasSummonedByTheHostCountry() {
    assertThat(events("Peru's ambassador in Santiago was summoned to the foreign ministry on Monday."))
        .containsExactly("ACCUSE/114 Chile -> Peru [asserted]");
  }

  @Test
  void actingInDefianceOfADemandRejectsWhoeverMadeIt() {
    assertThat(events("Chile demanded that Peru return the fishermen. Peru kept them in defiance of that demand."))
        .contains("REJECT/128 Peru -> Chile [asserted]");
    assertThat(events("The Peruvian boats sailed on in defiance of Chile.")).contains("REJECT/128 Peru -> Chile [asserted]");
  }

  @Test
  void aQuotationSayingWhatSomeoneMustDoIsTheSpeakersDemand() {
    assertThat(events("\"Peru must pull back its ships,\" Chilean President Gabriel Boric said."))
        .contains("REQUEST/100 Gabriel Boric -> Peru [asserted]");
    assertThat(events("\"Peru must be stopped,\" Chilean President Gabriel Boric said."))
        .noneMatch(e -> e.startsWith("REQUEST/"));
  }

  @Test
  void dealingNoLongerWithSomeoneCutsThemOff() {
    assertThat(events("Chile said it would no longer deal with Peru."))
        .containsExactly("SANCTION/160 Chile -> Peru [asserted]");
  }

  @Test
  void anActNamedByItsNounIsTheDoersEvenWhenItHadNoTarget() {
    assertThat(events("Bolivia said on Monday that it had tested a new rocket. Chile condemned the launch."))
        .contains("ACCUSE/111 Chile -> Bolivia [asserted]");
    assertThat(events("The Bolivian president announced that Bolivia would lift its tariffs on Peru. "
        + "Peru's foreign ministry welcomed the announcement."))
        .contains("SUPPORT/051 Ministry of Foreign Affairs of Peru -> Luis Arce [asserted]");
  }

  @Test
  void anActReferredToByAPronounIsTheLatestActTold() {
    assertThat(events("Bolivian troops raided a Peruvian border post on Friday. Chile criticized it."))
        .contains("ACCUSE/111 Chile -> Bolivia [asserted]");
    assertThat(events("Bolivian troops raided a Peruvian border post. Argentina condemned the operation and "
        + "expressed solidarity with Peru. Chile also criticized it."))
        .contains("ACCUSE/111 Chile -> Bolivia [asserted]")
        .doesNotContain("ACCUSE/111 Chile -> Argentina [asserted]");
  }

  @Test
  void aPronounNamingAJointActOrTheSpeakersOwnAnswersNoOne() {
    assertThat(events("Chile signed a border treaty with Peru. Bolivia criticized it."))
        .noneMatch(e -> e.startsWith("ACCUSE"));
  }

  @Test
  void describingAnActAsAWrongIsLikeCallingItOne() {
    assertThat(events("Bolivian jets bombed a Peruvian village. Peru described the bombing as a war crime."))
        .contains("ACCUSE/111 Peru -> Bolivia [asserted]");
    assertThat(events("Peru arrested the Chilean consul. Chile called the arrest politically motivated."))
        .contains("ACCUSE/111 Chile -> Peru [asserted]");
    assertThat(events("The Chilean president described Peru as a reliable partner."))
        .contains("SUPPORT/051 Gabriel Boric -> Peru [asserted]");
  }

  @Test
  void standingBySomeoneIsSupport() {
    assertThat(events("Chile would continue to stand by Peru, the Chilean president said."))
        .contains("SUPPORT/051 Chile -> Peru [asserted]");
    assertThat(events("The presidents of Chile and Bolivia stood beside Peru's president, Dina Boluarte."))
        .contains("SUPPORT/051 Chile,Bolivia -> Dina Boluarte [asserted]");
  }

  @Test
  void aRequestToAGovernmentNamedByItsCapital() {
    assertThat(events("The African Union called on the authorities in Lima to free the detained journalists."))
        .containsExactly("REQUEST/020 African Union -> Peru [asserted]");
  }

  @Test
  void whatIsAskedOfSomeoneUnnamedIsNotTheRequestersAct() {
    assertThat(events("Chile and Bolivia urged the electoral authorities to release the full count."))
        .noneMatch(e -> e.startsWith("RETREAT"));
  }

  @Test
  void aThreatTargetsWhomTheThreatenedActWouldHit() {
    assertThat(events("The Bolivian president threatened to impose new duties on Chile."))
        .contains("THREATEN/130 Luis Arce -> Chile [asserted]");
    assertThat(events("Chile vowed to punish Peru for the raid."))
        .containsExactly("THREATEN/130 Chile -> Peru [asserted]");
    assertThat(events("Peruvian jets bombed a Chilean village on Monday. Chile vowed to retaliate."))
        .contains("THREATEN/130 Chile -> Peru [asserted]");
  }

  @Test
  void partiesThatBlameEachOtherAccuseEachOther() {
    assertThat(events("Chile and Peru accused each other of breaking the truce."))
        .containsExactlyInAnyOrder("ACCUSE/112 Chile -> Peru [asserted]", "ACCUSE/112 Peru -> Chile [asserted]");
    assertThat(events("Bolivian and Peruvian troops clashed on the border, and each government blamed the other."))
        .contains("ACCUSE/112 Bolivia -> Peru [asserted]", "ACCUSE/112 Peru -> Bolivia [asserted]");
  }

  @Test
  void theirGovernmentsAreTheCountriesJustListed() {
    assertThat(events("Chile recalled its envoys from Peru and Bolivia, accusing their governments of meddling."))
        .contains("ACCUSE/112 Chile -> Peru [asserted]", "ACCUSE/112 Chile -> Bolivia [asserted]");
  }

  @Test
  void permissionRefusedForSomeonesPlanesRejectsThem() {
    assertThat(events("Chile refused landing permission for two Peruvian cargo planes."))
        .contains("REJECT/120 Chile -> Peru [asserted]");
  }

  @Test
  void aSecondReportingVerbSharesTheFirstSpeakerNotTheReportedSubject() {
    assertThat(events("President Dina Boluarte said on Friday that Chile was diverting water from a border river, "
        + "and warned that Peru would take Chile to court."))
        .contains("THREATEN/130 Dina Boluarte -> Chile [asserted]")
        .noneMatch(e -> e.startsWith("THREATEN/130 Chile"));
  }

  @Test
  void anActDeniedInAThatClauseIsNegated() {
    assertThat(events("Russia denied on Monday that its troops had attacked the Ukrainian village."))
        .contains("ASSAULT/190 Russia -> Ukraine [negated]");
  }

  @Test
  void callsFromOthersDismissedAreRejectedTowardThem() {
    assertThat(events("Mali and Niger on Thursday dismissed calls from the African Union to hold elections."))
        .containsExactly("REJECT/120 Mali,Niger -> African Union [asserted]",
            "REQUEST/020 African Union -> Mali [asserted]", "REQUEST/020 African Union -> Niger [asserted]");
  }

  @Test
  void aVetoNamedByItsNounIsARejection() {
    assertThat(events("The Russian veto of a Security Council draft drew criticism."))
        .contains("REJECT/129 Russia -> United Nations Security Council [asserted]");
  }

  @Test
  void talksRefusedAreARejectionOfTheOtherSide() {
    assertThat(events("Serbia refused to hold talks with Kosovo."))
        .contains("REJECT/120 Serbia -> Kosovo [asserted]");
  }

  @Test
  void aDayBetweenTheRefusalAndItsInfinitiveKeepsTheRefusal() {
    assertThat(events("Serbia refused on Saturday to hold talks with Kosovo."))
        .contains("REJECT/120 Serbia -> Kosovo [asserted]");
    assertThat(events("Serbia refused Saturday to hold talks with Kosovo."))
        .contains("REJECT/120 Serbia -> Kosovo [asserted]");
  }

  @Test
  void anAmbassadorWithoutHisPostStandsForHisState() {
    // a state has an ambassador in every capital: "the Russian ambassador" is Russia, not its one post on file
    assertThat(events("France will expel the Russian ambassador.")).contains("SANCTION/166 France -> Russia [expected]");
  }

  @Test
  void bothGovernmentsAreTheCountriesOfThePersonsJustListed() {
    // not the sides of a war with an armed group told before
    assertThat(events("A ceasefire between Israel and Hezbollah took effect. Biden said he had spoken with Israeli "
        + "Prime Minister Benjamin Netanyahu and with Lebanon's caretaker prime minister, Najib Mikati, and that both "
        + "governments had accepted the proposal.")).contains("AGREE/030 Israel -> Lebanon [asserted]");
  }

  @Test
  void welcomingTheEndOfAnActIsNoSupportOfItsDoer() {
    assertThat(events("Iran's foreign ministry welcomed the end of what it called Israel's aggression against Lebanon."))
        .doesNotContain("SUPPORT/051 Ministry of Foreign Affairs of Iran -> Israel [asserted]")
        .contains("ACCUSE/111 Ministry of Foreign Affairs of Iran -> Israel [asserted]");
  }

  @Test
  void findingAStateInBreachCallingInAnEnvoyAndOpeningAnInvestigation() {
    assertThat(events("Germany found Russia in violation of the treaty.")).contains("ACCUSE/112 Germany -> Russia [asserted]");
    assertThat(events("Somalia's foreign minister called in Ethiopia's ambassador on Sunday."))
        .contains("ACCUSE/114 Somalia -> Ethiopia [asserted]");
    assertThat(events("Poland opened an investigation into Belarus.")).contains("ACCUSE/090 Poland -> Belarus [asserted]");
  }

  @Test
  void anArrestNamedByItsVictimIsTheDoingOfWhoeverMadeIt() {
    String arrest = "Bolivian police arrested the Chilean activist Ana Rojas in La Paz on Monday. ";
    assertThat(events(arrest + "Chile called Rojas's arrest arbitrary."))
        .contains("ACCUSE/111 Chile -> Bolivia [asserted]").doesNotContain("ACCUSE/111 Chile -> Ana Rojas [asserted]");
    assertThat(events(arrest + "Chile condemned the arrest of Rojas."))
        .contains("ACCUSE/111 Chile -> Bolivia [asserted]").doesNotContain("ACCUSE/111 Chile -> Ana Rojas [asserted]");
    assertThat(events("Peru tested a missile on Monday. Chile condemned Peru's launch."))
        .contains("ACCUSE/111 Chile -> Peru [asserted]");
  }

  @Test
  void theNameMayFollowALongObjectOrBeOneOfSeveral() {
    String expulsion = "Peru expelled Chile's ambassador on Monday. ";
    assertThat(events(expulsion + "Chile called Peru's decision to expel the diplomat \"unjustified and reprehensible.\""))
        .contains("ACCUSE/111 Chile -> Peru [asserted]");
    assertThat(events(expulsion + "Chile's ambassador, Ana Rojas, called the decision an \"unprecedented\" and hostile act."))
        .anyMatch(e -> e.startsWith("ACCUSE/111 ") && e.endsWith("-> Peru [asserted]"));
    assertThat(events("Peruvian ships rammed a Chilean boat. Chile described Peru's actions as aggressive and illegal."))
        .contains("ACCUSE/111 Chile -> Peru [asserted]").doesNotContain("REJECT/120 Chile -> Peru [asserted]");
  }

  @Test
  void aDaysActAndARemarkAreNamedActsToo() {
    assertThat(events("Bolivian jets bombed a Peruvian village on Tuesday. Peru called Tuesday's attack a crime."))
        .contains("ACCUSE/111 Peru -> Bolivia [asserted]");
    assertThat(events("President Gabriel Boric said on Friday that Peru could not be trusted. "
        + "Peru called the remark offensive the following day."))
        .contains("ACCUSE/111 Peru -> Gabriel Boric [asserted]");
  }

  @Test
  void aDismissalNamesOnlyAfterAs() {
    assertThat(events("Chile warned Peru on Monday. Peru dismissed the warning as reckless."))
        .contains("ACCUSE/111 Peru -> Chile [asserted]");
    assertThat(events("Peru dismissed Chilean accusations of interference in its elections as baseless."))
        .doesNotContain("ACCUSE/111 Peru -> Chile [asserted]");
  }

  @Test
  void theAttackIsTheStrikeItsOwnerWasHeldToAccountFor() {
    assertThat(events("Peru vowed to hold Bolivia to account for its air strike on a border village. "
        + "President Dina Boluarte called the attack a crime."))
        .contains("ACCUSE/111 Dina Boluarte -> Bolivia [asserted]");
  }

  @Test
  void aLandingNamedAsAWrongAccusesThoseWhoLanded() {
    assertThat(events("Turkish troops landed on Cyprus on Saturday. Greece called the landing \"an unjustifiable aggression\"."))
        .anyMatch(e -> e.startsWith("ACCUSE/111 Greece -> ") && e.contains("Turk"));
  }

  @Test
  void aStateOfAffairsNamedAWrongBlamesTheStateItIsIn() {
    assertThat(events("President Hakainde Hichilema called the situation in Malawi \"an embarrassment\" to the region."))
        .contains("ACCUSE/111 Hakainde Hichilema -> Malawi [asserted]");
  }

  @Test
  void aChargeDeniedInAnAsideIsTheAccusedsRejectionOfTheAccuser() {
    assertThat(events("JUBA, South Sudan — The government accused the SPLM-IO of backing the militia, which the party denied."))
        .contains("REJECT/016 Sudan People's Liberation Movement-in-Opposition -> South Sudan [asserted]");
  }
}
