package org.dateline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.pipeline.Document;
import org.dateline.testing.Pipelines4Test;
import org.junit.jupiter.api.Test;

/**
 * Diplomatic, membership and legal acts (diplomatic-legal-acts.tsv, {@link PassiveObjects},
 * {@link SanctionHistory}): diplomats recalled, ordered home or given hours to leave, a state
 * leaving a bloc, foreign troops ordered out, flights suspended, agreements ended, sanctions
 * imposed years ago, court sentences and warrants, extradition requests. Each test gives the
 * sentence and the events it codes, "TYPE/cameo sources -> target [modality] @date".
 */
class DiplomaticAndLegalActsTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 12); // a Wednesday

  private static List<String> events(String text) {
    Document d = Pipelines4Test.annotate(text, DAY);
    return d.events().stream().map(e -> Pipelines4Test.describe(d, e) + " @" + e.date()).toList();
  }

  // ------------------------------------------------------------------ membership

  @Test
  void withdrawingFromABlocIsASanctionOnTheBloc() {
    assertThat(events("Guinea announced on Friday that it was withdrawing from the African Union."))
        .containsExactly("SANCTION/161 Guinea -> African Union [asserted] @2025-03-07");
  }

  @Test
  void leavingAnOrganizationIsDatedByItsClause() {
    assertThat(events("Mali left ECOWAS in January."))
        .containsExactly("SANCTION/161 Mali -> Economic Community of West African States [asserted] @2025-01");
  }

  @Test
  void quittingABlocInAClauseReportedWithoutThat() {
    assertThat(events("Mali said on Monday it was quitting the African Union."))
        .containsExactly("SANCTION/161 Mali -> African Union [asserted] @2025-03-10");
  }

  @Test
  void troopsWithdrawingFromATownStillRetreat() {
    assertThat(events("Ethiopian troops withdrew from Mogadishu on Friday."))
        .containsExactly("RETREAT/0874 Ethiopia -> Somalia [asserted] @2025-03-07");
  }

  // ------------------------------------------------------------------ diplomats

  @Test
  void diplomatsOrderedHomeFromEachCountryOfAList() {
    assertThat(events("Morocco ordered its diplomats home from Algeria and Tunisia."))
        .containsExactlyInAnyOrder(
            "SANCTION/161 Morocco -> Algeria [asserted] @null",
            "SANCTION/161 Morocco -> Tunisia [asserted] @null");
  }

  @Test
  void staffToBeWithdrawnInThePassiveIsTheReportingMinistersState() {
    assertThat(events("Chile's foreign minister said on Tuesday that diplomatic staff would be withdrawn from "
        + "Bolivia, Ecuador and Paraguay."))
        .containsExactlyInAnyOrder(
            "SANCTION/161 Chile -> Bolivia [expected] @null",
            "SANCTION/161 Chile -> Ecuador [expected] @null",
            "SANCTION/161 Chile -> Paraguay [expected] @null");
  }

  @Test
  void hoursToLeaveExpelTheDiplomatsCountry() {
    assertThat(events("Ghana gave Nigerian diplomats 48 hours to leave the country."))
        .containsExactly("SANCTION/166 Ghana -> Nigeria [asserted] @null");
  }

  @Test
  void foreignTroopsOrderedOutAreExpelled() {
    assertThat(events("Senegal ordered French troops out of the country."))
        .containsExactly("SANCTION/166 Senegal -> French Armed Forces [asserted] @null");
  }

  @Test
  void aStateOrderingItsOwnTroopsOutExpelsNoOne() {
    assertThat(events("Russia ordered Russian troops out of the city.")).isEmpty();
  }

  @Test
  void flightsSuspendedToAndFromTwoCountries() {
    assertThat(events("Egypt suspended flights to and from Libya and Sudan on Monday."))
        .containsExactlyInAnyOrder(
            "SANCTION/163 Egypt -> Libya [asserted] @2025-03-10",
            "SANCTION/163 Egypt -> Sudan [asserted] @2025-03-10");
  }

  @Test
  void flightsSuspendedFromTheDayTheMeasureStarts() {
    assertThat(events("Venezuela's government said it would suspend flights to Panama starting on Friday."))
        .containsExactly("SANCTION/163 Venezuela -> Panama [expected] @2025-03-14");
  }

  @Test
  void noRecallFromCountriesOnlyQualifiedByARegionsAdjective() {
    assertThat(events("Venezuela ordered its diplomats home from five South American countries.")).isEmpty();
  }

  @Test
  void endingADefenceAgreementReducesRelationsAndSignsNothing() {
    assertThat(events("Mali ended its defence agreement with France on Friday."))
        .containsExactly("SANCTION/161 Mali -> France [asserted] @2025-03-07");
  }

  // ------------------------------------------------------------------ sanctions as history

  @Test
  void sanctionedInOneYearAndAgainInAnother() {
    assertThat(events("The European Union sanctioned Viktor Medvedchuk in 2022 and again in 2024."))
        .containsExactlyInAnyOrder(
            "SANCTION/163 European Union -> Viktor Medvedchuk [asserted] @2022",
            "SANCTION/163 European Union -> Viktor Medvedchuk [asserted] @2024");
  }

  @Test
  void underSanctionsSinceAYearAndWidenedLater() {
    assertThat(events("Belarus has been under sanctions imposed by Canada since 2020. Ottawa widened them in 2022."))
        .containsExactlyInAnyOrder(
            "SANCTION/163 Canada -> Belarus [asserted] @2020",
            "SANCTION/163 Canada -> Belarus [asserted] @2022");
  }

  @Test
  void liftingNamesTheEarlierImposition() {
    assertThat(events("Japan lifted the sanctions it had imposed on Myanmar in 2021."))
        .containsExactlyInAnyOrder(
            "SANCTION/163 Japan -> Myanmar [asserted] @2021",
            "CONCEDE/085 Japan -> Myanmar [asserted] @null");
  }

  // ------------------------------------------------------------------ courts

  @Test
  void aCourtNamedByItsCountrySentences() {
    assertThat(events("A Kenyan court sentenced opposition leader Peter Kamau to ten years in prison."))
        .containsExactly("COERCE/173 Court of Kenya -> Peter Kamau [asserted] @null");
  }

  @Test
  void anArrestWarrantIsTheCourtsCoercion() {
    assertThat(events("The International Criminal Court issued an arrest warrant for Vladimir Putin in March 2023."))
        .containsExactly("COERCE/173 International Criminal Court -> Vladimir Putin [asserted] @2023-03");
  }

  @Test
  void criticizingTheVerdictAccusesTheCourt() {
    assertThat(events("A Kenyan court convicted opposition leader Peter Kamau on Monday. "
        + "Uganda's foreign ministry criticized the verdict."))
        .contains("COERCE/173 Court of Kenya -> Peter Kamau [asserted] @2025-03-10",
            "ACCUSE/111 Ministry of Foreign Affairs of Uganda -> Court of Kenya [asserted] @null");
  }

  @Test
  void extraditionRequestedFromTheCountryHoldingThePerson() {
    assertThat(events("Peru requested the extradition of Alejandro Toledo from the United States."))
        .containsExactly("REQUEST/0213 Peru -> United States [asserted] @null");
  }

  @Test
  void aVisitToOnesOwnBaseAbroadIsNoVisitToOnesOwnState() {
    assertThat(events("U.S. Defense Secretary Lloyd Austin visited an American air base in southern Turkey on Tuesday."))
        .noneMatch(e -> e.startsWith("CONSULT/042 Lloyd Austin -> United States"));
  }

  @Test
  void aStateTakenOffATerrorismListIsEasedAndPutBackSanctioned() {
    assertThat(events("WASHINGTON, United States — President Joe Biden said he would remove Cuba from the list of state sponsors of terrorism."))
        .containsExactly("CONCEDE/081 Joe Biden -> Cuba [expected] @null");
    assertThat(events("President Donald Trump returned Cuba to the list in January 2021."))
        .containsExactly("SANCTION/163 Donald Trump -> Cuba [asserted] @2021-01");
    assertThat(events("The United States designated the Houthis a terrorist organization on Friday."))
        .extracting(e -> e.substring(0, e.indexOf('[')))
        .containsExactly("SANCTION/163 United States -> Houthis ");
  }

  @Test
  void anActivistExpelledIsDeportedAndAnAmbassadorExpelledIsHisState() {
    assertThat(events("NAIROBI, Kenya — Tanzania expelled the Kenyan activist Boniface Mwangi on Monday."))
        .containsExactly("COERCE/174 Tanzania -> Boniface Mwangi [asserted] @2025-03-10");
    assertThat(events("Russia expelled the British ambassador."))
        .containsExactly("SANCTION/166 Russia -> United Kingdom [asserted] @null");
  }

  @Test
  void aMatchResultIsNoEvent() {
    assertThat(events("Brazil beat Argentina 2-1 in the final on Sunday.")).isEmpty();
  }

  @Test
  void chargingImpeachingAndBarringAreCoercion() {
    assertThat(events("Russia charged Alexei Navalny with extremism."))
        .containsExactly("COERCE/173 Russia -> Alexei Navalny [asserted] @null");
    assertThat(events("South Korea's parliament impeached President Yoon Suk Yeol."))
        .extracting(e -> e.substring(0, e.indexOf('/'))).containsOnly("COERCE");
  }

  @Test
  void joiningABlocIsCooperationWithIt() {
    assertThat(events("Sweden joined NATO on Thursday."))
        .containsExactly("COOPERATE/060 Sweden -> North Atlantic Treaty Organization [asserted] @2025-03-06");
    assertThat(events("Protesters joined the march on Friday.")).isEmpty();
  }

  @Test
  void houseArrestIsAnArrest() {
    assertThat(events("Bolivian police placed the former president, Jorge Quiroga, under house arrest on Monday."))
        .containsExactly("COERCE/173 Bolivia -> Jorge Quiroga [asserted] @2025-03-10");
  }

  @Test
  void aPersonDismissedOrSuspendedLosesHisOffice() {
    assertThat(events("President Luis Arce dismissed his interior minister, Eduardo del Castillo, on Monday."))
        .containsExactly("COERCE/172 Luis Arce -> Eduardo del Castillo [asserted] @2025-03-10");
    assertThat(events("Senator Carla Ruiz was suspended by the Colorado Party on Monday."))
        .containsExactly("COERCE/172 Colorado Party -> Carla Ruiz [asserted] @2025-03-10");
    assertThat(events("Peru's foreign minister dismissed Chile's claims on Monday."))
        .allMatch(e -> e.startsWith("REJECT/"));
    assertThat(events("Peru suspended flights to Chile on Monday."))
        .allMatch(e -> e.startsWith("SANCTION/"));
  }

  @Test
  void aPersonSackedLosesHisOfficeAsOneDismissed() {
    assertThat(events("Paraguay's health minister, Julio Borba, was sacked by President Luis Arce on Monday."))
        .containsExactly("COERCE/172 Luis Arce -> Julio Borba [asserted] @2025-03-10");
    assertThat(events("President Luis Arce sacked his interior minister, Eduardo del Castillo, on Monday."))
        .containsExactly("COERCE/172 Luis Arce -> Eduardo del Castillo [asserted] @2025-03-10");
  }
}
