package org.dateline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;
import org.dateline.pipeline.Document;
import org.dateline.testing.Pipelines4Test;
import org.junit.jupiter.api.Test;

/**
 * Groups named by what they are (crowds, the opposition, armed groups) as actors, and the acts
 * between them and states: protests aimed at the government, the police's coercion of the crowd,
 * accusations against the opposition, ceasefires declared alone. Events are written as
 * "TYPE/cameo sources -> target [modality]".
 */
class GroupActorsTest {

  private static final LocalDate DAY = LocalDate.of(2025, 6, 10);

  private static List<String> events(String text) {
    return Pipelines4Test.describedEvents(text, DAY);
  }

  private static Actor actor(Document d, String mention) {
    return Pipelines4Test.actorMentionedAs(d, mention).orElseThrow(() -> new AssertionError("no actor for " + mention));
  }

  // ---- the groups as actors

  @Test
  void aDatelineCountryNameMayHaveSmallWordsInside() {
    Document d = Pipelines4Test.annotate("KINSHASA, Democratic Republic of the Congo — Thousands of students "
        + "marched on Monday.", DAY);
    assertThat(actor(d, "Thousands of students").country()).isEqualTo("COD");
  }

  @Test
  void aCrowdIsOneGroupOfTheDatelineCountry() {
    Document d = Pipelines4Test.annotate("LIMA, Peru — Hundreds of demonstrators gathered outside Congress on Monday. "
        + "The crowd later moved toward the main square, where more protesters joined them.", DAY);
    Actor crowd = actor(d, "Hundreds of demonstrators");
    assertThat(crowd.kind()).isEqualTo(ActorKind.GROUP);
    assertThat(crowd.name()).isEqualTo("demonstrators");
    assertThat(crowd.country()).isEqualTo("PER");
    assertThat(crowd.sector()).isEqualTo("CVL");
    assertThat(actor(d, "The crowd").id()).isEqualTo(crowd.id());
    assertThat(actor(d, "protesters").id()).isEqualTo(crowd.id());
  }

  @Test
  void theOppositionOfACountryIsNamedByItsAdjective() {
    Document d = Pipelines4Test.annotate("NAIROBI, Kenya — The opposition called the vote a fraud. "
        + "Opposition parties said they would boycott the new parliament.", DAY);
    Actor opposition = actor(d, "The opposition");
    assertThat(opposition.name()).isEqualTo("Kenyan opposition");
    assertThat(opposition.country()).isEqualTo("KEN");
    assertThat(opposition.sector()).isEqualTo("OPP");
    assertThat(actor(d, "Opposition parties").id()).isEqualTo(opposition.id());
  }

  @Test
  void aCountryBeforeTheGroupGivesItsCountry() {
    Document d = Pipelines4Test.annotate("Bolivian protesters blocked a highway near the border on Friday.", DAY);
    Actor crowd = actor(d, "Bolivian protesters");
    assertThat(crowd.kind()).isEqualTo(ActorKind.GROUP);
    assertThat(crowd.country()).isEqualTo("BOL");
  }

  @Test
  void opposingAndOppositionLeadersAreNoGroup() {
    Document d = Pipelines4Test.annotate("The plan faced opposition from farmers. "
        + "Opposition leader Ana Ruiz said the opposition to the plan was growing.", DAY);
    assertThat(d.actors()).noneMatch(a -> a.kind() == ActorKind.GROUP);
  }

  @Test
  void rebelsNamedWithTheirMovementAreThatMovement() {
    Document d = Pipelines4Test.annotate("The army clashed with the Tigray People's Liberation Front rebels on Sunday. "
        + "The rebels later withdrew from the town.", DAY);
    assertThat(d.actors()).noneMatch(a -> a.kind() == ActorKind.GROUP && a.name().equals("rebels"));
  }

  @Test
  void anUnknownNameBeforeGroupIsAnOrganization() {
    Document d = Pipelines4Test.annotate("Officials blamed the Wali Khan Mahsud group for the bombing.", DAY);
    Actor group = actor(d, "Wali Khan Mahsud group");
    assertThat(group.kind()).isEqualTo(ActorKind.ORGANIZATION);
  }

  // ---- protests and the state's answer

  @Test
  void aRallyWithNoTargetIsAgainstTheGroupsGovernment() {
    assertThat(events("QUITO, Ecuador — Thousands of students marched through Quito on Thursday."))
        .contains("PROTEST/141 students -> Ecuador [asserted]");
  }

  @Test
  void aProtestIsAgainstWhatTheRestOfTheSentenceSaysItIsAgainst() {
    assertThat(events("QUITO, Ecuador — Hundreds of students marched through Quito on Thursday, shouting slogans "
        + "against Colombia."))
        .contains("PROTEST/141 students -> Colombia [asserted]")
        .doesNotContain("PROTEST/141 students -> Ecuador [asserted]");
  }

  @Test
  void aProtestAgainstSomethingThatIsNoActorIsAgainstTheGovernment() {
    assertThat(events("DHAKA, Bangladesh — Opposition supporters took over the streets on Tuesday to protest "
        + "against the new tax."))
        .contains("PROTEST/141 opposition supporters -> Bangladesh [asserted]");
  }

  @Test
  void policeNamedWithoutOwnerAreTheDatelineState() {
    assertThat(events("ACCRA, Ghana — Riot police fired tear gas at demonstrators near the presidency on Monday."))
        .contains("COERCE/175 Ghana -> demonstrators [asserted]");
  }

  @Test
  void securityForcesArrestingProtesters() {
    assertThat(events("TUNIS, Tunisia — Security forces arrested 30 protesters on Saturday."))
        .contains("COERCE/173 Tunisia -> protesters [asserted]");
  }

  @Test
  void protestersDetainedWithoutAgentWereDetainedByTheirState() {
    assertThat(events("MAPUTO, Mozambique — Protesters blocked roads across the capital. "
        + "More than 200 people were detained overnight, the interior ministry said."))
        .contains("COERCE/173 Mozambique -> protesters [asserted]");
  }

  @Test
  void aCountedForceIsNotAssumedToBeTheDatelineState() {
    Document d = Pipelines4Test.annotate("PORT-AU-PRINCE, Haiti — Some 400 police sent from abroad arrived on Tuesday.", DAY);
    assertThat(d.actors()).noneMatch(a -> a.mentions().stream().anyMatch(m -> m.text().equals("police")));
  }

  @Test
  void aGovernmentAccusingTheOpposition() {
    assertThat(events("HARARE, Zimbabwe — The president accused the opposition of planning riots."))
        .anyMatch(e -> e.startsWith("ACCUSE/") && e.endsWith("-> Zimbabwean opposition [asserted]"));
  }

  // ---- armed groups

  @Test
  void aCeasefireDeclaredAloneIsARetreatTowardTheOtherSide() {
    assertThat(events("The government of Sudan declared a three-day ceasefire on Monday in its war against rebel groups."))
        .contains("RETREAT/0871 Sudan -> rebel groups [asserted]");
  }

  @Test
  void rebelsHaltingOperationsYieldToTheirState() {
    assertThat(events("BAMAKO, Mali — The rebels halted military operations on Saturday."))
        .contains("RETREAT/0871 rebels -> Mali [asserted]");
  }

  @Test
  void aProtestBySomeoneWithoutSectorNamesNoGovernment() {
    assertThat(events("HAVANA, Cuba — The Lopez Foundation protested outside the ministry on Friday.")).isEmpty();
  }

  @Test
  void prisonersFreedWithoutANationAreAGroup() {
    assertThat(events("HAVANA, Cuba — Cuba began freeing prisoners on Wednesday."))
        .containsExactly("CONCEDE/0841 Cuba -> prisoners [asserted]");
    assertThat(events("The militia released 40 hostages on Sunday."))
        .isEmpty(); // no one named holds them
  }

  @Test
  void prisonersOfANationAreThatNation() {
    assertThat(events("Russia released 90 Ukrainian prisoners on Monday."))
        .containsExactly("CONCEDE/0841 Russia -> Ukraine [asserted]");
  }

  @Test
  void aCoalitionOfArmedGroupsIsNoGroupOfItsOwn() {
    Document d = Pipelines4Test.annotate("The alliance, a coalition of ethnic armed groups, took the town.", DAY);
    assertThat(d.actors()).noneMatch(a -> a.kind() == ActorKind.GROUP);
  }

  @Test
  void aCrowdsViolenceIsARiot() {
    assertThat(events("NAIROBI, Kenya — Protesters stormed the Kenyan parliament on Tuesday."))
        .containsExactly("PROTEST/145 protesters -> Parliament of Kenya [asserted]");
    // a bare "parliament" is the story's country's; where the crowd stood is no target
    assertThat(events("LUSAKA, Zambia — Protesters stormed parliament on Tuesday."))
        .containsExactly("PROTEST/145 protesters -> Parliament of Zambia [asserted]");
    assertThat(events("LUSAKA, Zambia — Police fired tear gas at protesters outside parliament on Tuesday."))
        .noneMatch(e -> e.contains("Parliament"));
  }

  @Test
  void aGeneralStrikeIsAProtestOnly() {
    assertThat(events("BUENOS AIRES, Argentina — Students held a general strike against President Javier Milei on Thursday."))
        .extracting(e -> e.substring(0, e.indexOf('/'))).containsOnly("PROTEST");
  }

  @Test
  void protestersBeatingSomeoneAssaultThem() {
    // storming a building is a riot (PROTEST 145), beating a person an assault
    assertThat(events("KATHMANDU, Nepal — Protesters beat Sher Bahadur Deuba."))
        .containsExactly("ASSAULT/182 protesters -> Sher Bahadur Deuba [asserted]");
  }

  @Test
  void gunmenFromANamedCoalitionAreThatCoalition() {
    assertThat(events("Gunmen from the Viv Ansanm gang coalition stormed the town of Mirebalais in central Haiti on March 31."))
        .extracting(e -> e.substring(0, e.indexOf('[')))
        .containsExactly("ASSAULT/190 Viv Ansanm -> Haiti ");
  }

  @Test
  void expellingPeopleIsADeportation() {
    assertThat(events("TUNIS, Tunisia — Tunisian authorities expelled hundreds of migrants to the desert."))
        .containsExactly("COERCE/174 Tunisia -> migrants [asserted]");
  }

  @Test
  void theGovernmentOrTheAuthoritiesWithoutOwnerAreTheDatelineState() {
    assertThat(events("PORT VILA, Vanuatu — The government asked Australia for help."))
        .containsExactly("REQUEST/020 Vanuatu -> Australia [asserted]");
    assertThat(events("The government of Peru asked Chile for help."))
        .containsExactly("REQUEST/020 Peru -> Chile [asserted]");
    assertThat(events("BAMAKO, Mali — The junta expelled the French ambassador."))
        .containsExactly("SANCTION/166 Mali -> France [asserted]");
  }

  @Test
  void countedPeopleMarchingAreACrowd() {
    assertThat(events("BELGRADE, Serbia — Thousands of people marched in Belgrade on Saturday."))
        .containsExactly("PROTEST/141 protesters -> Serbia [asserted]");
    assertThat(events("BELGRADE, Serbia — Thousands of people died in the war.")).isEmpty();
  }

  @Test
  void aCrowdDefyingACurfewDefiesItsState() {
    assertThat(events("KATHMANDU, Nepal — Thousands of protesters defied a curfew on Tuesday."))
        .containsExactly("REJECT/128 protesters -> Nepal [asserted]");
  }

  @Test
  void aListOfWhatIsFiredMayHoldAVerbTheTaggerMisreads() {
    assertThat(events("KATHMANDU, Nepal — Police fired tear gas, rubber bullets and live rounds at the protesters."))
        .containsExactly("COERCE/175 Nepal -> protesters [asserted]");
  }

  @Test
  void aPersonsSupportersAreAGroupOfTheirOwn() {
    assertThat(events("LA PAZ, Bolivia — Former President Evo Morales was charged on Monday. "
        + "Morales's supporters clashed with police on Tuesday."))
        .contains("PROTEST/145 Morales supporters -> Bolivia [asserted]");
    assertThat(events("LA PAZ, Bolivia — Former President Evo Morales was charged on Monday. "
        + "Supporters of Evo Morales protested against the government on Tuesday."))
        .anyMatch(e -> e.startsWith("PROTEST/") && e.contains("Morales supporters ->"));
  }

  @Test
  void aCrowdsArsonAndForcedEntryAreRiotsAndHandingBuildingsBackAReturn() {
    assertThat(events("DHAKA, Bangladesh — Protesters set fire to the home of Prime Minister Sheikh Hasina on Monday."))
        .anyMatch(e -> e.startsWith("PROTEST/145 protesters -> Sheikh Hasina"));
    assertThat(events("DHAKA, Bangladesh — Students forced their way into the office of Prime Minister Sheikh Hasina."))
        .anyMatch(e -> e.startsWith("PROTEST/145 ") && e.contains("-> Sheikh Hasina"));
    assertThat(events("DHAKA, Bangladesh — Protesters began handing the occupied ministries back to the authorities."))
        .containsExactly("CONCEDE/0842 protesters -> Bangladesh [asserted]");
  }

  @Test
  void aLeaderCondemningHisOwnCountrysRiotersTargetsThem() {
    assertThat(events("LUSAKA, Zambia — Protesters stormed parliament on Tuesday. President Hakainde Hichilema "
        + "called the storming of parliament treasonous."))
        .contains("ACCUSE/111 Hakainde Hichilema -> protesters [asserted]");
  }

  @Test
  void theBuildingABodySitsInStandsForTheBody() {
    assertThat(events("LUSAKA, Zambia — Protesters broke into the parliament building on Tuesday."))
        .containsExactly("PROTEST/145 protesters -> Parliament of Zambia [asserted]");
  }

  @Test
  void aCrowdCallingALeaderATraitorAccusesHim() {
    assertThat(events("LUSAKA, Zambia — Protesters marched on Tuesday, calling President Hakainde Hichilema a traitor."))
        .contains("ACCUSE/111 protesters -> Hakainde Hichilema [asserted]");
  }

  @Test
  void aSecondParticipleAfterAndSharesThePassive() {
    assertThat(events("LUSAKA, Zambia — Protesters marched on Tuesday. A minister, Jack Mwiimbu, was pulled from his car "
        + "and beaten by the crowd."))
        .contains("ASSAULT/182 protesters -> Jack Mwiimbu [asserted]");
  }

  @Test
  void aCountryAfterProIsTheGroupsCauseNotItsOwner() {
    assertThat(events("KIEV, Ukraine — Pro-Western militiamen freed nobody. On Monday, pro-Russian militiamen detained "
        + "Colonel Taras Melnyk."))
        .anyMatch(e -> e.startsWith("COERCE/173 militiamen -> Taras Melnyk"))
        .noneMatch(e -> e.startsWith("COERCE/173 Russia"));
  }

  @Test
  void aShareOfAVoteIsNoSupport() {
    assertThat(events("The vote showed 97 percent support for joining Russia.")).isEmpty();
  }

  @Test
  void aCountryAfterEthnicIsTheGroupsPeopleNotItsState() {
    assertThat(events("BAKU, Azerbaijan — Azerbaijani troops attacked ethnic Armenian militias on Sunday."))
        .anyMatch(e -> e.startsWith("ASSAULT/") && e.contains("Azerbaijan -> militias"))
        .noneMatch(e -> e.contains("-> Armenia "));
  }
  // ---- a state's soldiers named bare: whose force they are

  @Test
  void bareSoldiersAreTheForceJustToldByItsCountry() {
    assertThat(events("TBILISI, Georgia — Russian troops entered the town of Zugdidi on Tuesday. Soldiers then detained "
        + "Giorgi Beridze, who runs the town council."))
        .anyMatch(e -> e.startsWith("COERCE/173 Armed Forces of the Russian Federation -> Giorgi Beridze"))
        .noneMatch(e -> e.startsWith("COERCE/173 Georgia"));
  }

  @Test
  void bareTroopsWithNoForeignForceToldAreTheDatelineCountrys() {
    assertThat(events("QUITO, Ecuador — Troops detained the opposition lawmaker Marta Pineda on Friday."))
        .containsExactly("COERCE/173 Ecuador -> Marta Pineda [asserted]");
  }

  @Test
  void aPossessiveOrAModifierBeforeTroopsLeavesThemToTheirOwner() {
    assertThat(events("NAIROBI, Kenya — Kenya began pulling its troops out of Somalia on Monday."))
        .containsExactly("RETREAT/0874 Kenya -> Somalia [asserted]");
    assertThat(events("QUITO, Ecuador — The president said Ecuador would not accept foreign troops on its soil."))
        .noneMatch(e -> e.contains("-> Ecuador"));
  }

  @Test
  void soldiersLeavingAPlaceOfTheirOwnCountryActOnNoOne() {
    assertThat(events("QUITO, Ecuador — Troops detained the opposition lawmaker Marta Pineda on Friday. Within hours "
        + "the soldiers had pulled out of Plaza Grande."))
        .containsExactly("COERCE/173 Ecuador -> Marta Pineda [asserted]");
  }
}
