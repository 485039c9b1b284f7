package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;
import org.dateline.model.ArticleInfo;
import org.dateline.model.Event;
import org.dateline.model.Extraction;
import org.dateline.model.Mention;
import org.dateline.model.Modality;
import org.dateline.model.Quote;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private static final String TEXT = "Chancellor Anna Berg met Kenyan officials in Nairobi on May 3. "
      + "\"We agreed on trade,\" Berg said.";

  private static final Gold GOLD = new Gold("t", "2024-05-06", null, null, null, "t.txt",
      List.of(new Gold.Timex("May 3", "DATE", "2024-05-03")),
      List.of(new Gold.Actor("Anna Berg", "PERSON", "DEU", "GOV", "Chancellor of Germany", List.of("Berg")),
          new Gold.Actor("Kenya", "COUNTRY", "KEN", null, null, List.of("Kenyan"))),
      List.of(new Gold.Event("CONSULT", "meet", "040", List.of("Anna Berg"), List.of("Kenya"), "Nairobi",
          "2024-05-03", "asserted", null)),
      List.of(new Gold.Quote("We agreed on trade,", "Anna Berg", null)));

  private static Actor actor(String id, String name, ActorKind kind, String country, String role, String... mentions) {
    List<Mention> ms = java.util.Arrays.stream(mentions).map(m -> {
      int at = TEXT.indexOf(m);
      return new Mention(at, at + m.length(), m);
    }).toList();
    return new Actor(id, name, kind, country, null, role, ms);
  }

  @Test
  void perfectPredictionScoresOne() {
    Extraction x = new Extraction(new ArticleInfo("t", null, null, null, null),
        List.of(actor("a1", "Anna Berg", ActorKind.PERSON, "DEU", "Chancellor of Germany", "Anna Berg", "Berg"),
            actor("a2", "Kenya", ActorKind.COUNTRY, "KEN", null, "Kenyan"),
            actor("a3", "Nairobi", ActorKind.LOCATION, "KEN", null, "Nairobi")),
        List.of(new Timex(TEXT.indexOf("May 3"), TEXT.indexOf("May 3") + 5, "May 3", TimexType.DATE, "2024-05-03")),
        List.of(new Event("v1", "CONSULT", "meet", "040", List.of("a2"), List.of("a1"), null, "2024-05-03",
            Modality.ASSERTED, 0.9, null)),
        List.of(new Quote(TEXT.indexOf("We"), TEXT.indexOf("trade,") + 6, "We agreed on trade,", "a1", null)));
    ArticleScore s = new Scorer().score(GOLD, TEXT, x);
    assertThat(s.timexValue().f1()).isEqualTo(1.0);
    assertThat(s.actors().f1()).as("an unmatched place is not counted").isEqualTo(1.0);
    assertThat(s.actorRole().value()).isEqualTo(1.0);
    assertThat(s.eventDyads().f1()).as("CONSULT is symmetric").isEqualTo(1.0);
    assertThat(s.eventDatedDyads().f1()).isEqualTo(1.0);
    assertThat(s.quoteSpeaker().value()).isEqualTo(1.0);
  }

  @Test
  void aPersonOfTheGoldCountryMatchesACountrySide() {
    Gold.Actor kenya = GOLD.actors().get(1);
    Actor minister = new Actor("a9", "Grace Otieno", ActorKind.PERSON, "KEN", "GOV", null, List.of());
    assertThat(Scorer.sideMatches(kenya, minister)).isTrue();
  }

  @Test
  void rolesCompareWithoutCountryWordsAndFunctionWords() {
    Set<String> country = Set.of("us", "united", "states");
    assertThat(Scorer.roleMatches("U.S. Special Envoy", "Special Envoy of the United States", country)).isTrue();
    assertThat(Scorer.roleMatches("President of Ukraine", "Prime Minister of Ukraine", Set.of("ukraine"))).isFalse();
  }

  @Test
  void duplicatePredictionsCountAgainstPrecision() {
    Timex t = new Timex(TEXT.indexOf("May 3"), TEXT.indexOf("May 3") + 5, "May 3", TimexType.DATE, "2024-05-03");
    Extraction x = new Extraction(new ArticleInfo("t", null, null, null, null), List.of(), List.of(t, t),
        List.of(), List.of());
    ArticleScore s = new Scorer().score(GOLD, TEXT, x);
    assertThat(s.timexRelaxed().precision()).isEqualTo(0.5);
    assertThat(s.timexRelaxed().recall()).isEqualTo(1.0);
  }
}
