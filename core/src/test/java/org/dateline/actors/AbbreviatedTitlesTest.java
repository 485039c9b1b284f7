package org.dateline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dateline.model.Actor;
import org.dateline.pipeline.Document;
import org.dateline.testing.Pipelines4Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Titles that news writes abbreviated ("Sen.", "Lt. Gen.", "Mr.") introduce a person like the
 * full word does, and a later "Ms. Surname" is the same person as the full name.
 */
class AbbreviatedTitlesTest {

  private static final LocalDate DATE = LocalDate.of(2025, 11, 20);

  @ParameterizedTest(name = "{1} in \"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "Sen. Ellen Varga questioned the envoy.|Ellen Varga|MIL_OR_GOV",
      "Lt. Gen. Omar Haddad inspected the troops.|Omar Haddad|MIL",
      "Dr. Lena Oduya treated the wounded.|Lena Oduya|",
  })
  void anAbbreviatedTitleIntroducesAPerson(String text, String name, String sector) {
    Document d = Pipelines4Test.annotate(text, DATE);
    Actor a = d.actors().stream().filter(x -> x.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + d.actors()));
    if ("MIL".equals(sector)) {
      assertThat(a.sector()).isEqualTo("MIL");
    }
  }

  @ParameterizedTest(name = "\"{1}\" is {2}")
  @CsvSource(delimiter = '|', value = {
      "Foreign Minister Ana Pereira arrived on Monday. Ms. Pereira met the premier.|Ms. Pereira|Ana Pereira",
      "Nadia Karimova spoke first. Mrs. Karimova then left the hall.|Mrs. Karimova|Nadia Karimova",
      "\"We will not sign,\" Mr. Okafor said. Gabriel Okafor had led the talks.|Mr. Okafor|Gabriel Okafor",
  })
  void anHonorificAndSurnameIsTheNamedPerson(String text, String mention, String name) {
    Document d = Pipelines4Test.annotate(text, DATE);
    Actor a = Pipelines4Test.actorMentionedAs(d, mention)
        .orElseThrow(() -> new AssertionError("no actor mentioned as " + mention + " in " + d.actors()));
    assertThat(a.name()).isEqualTo(name);
  }
}
