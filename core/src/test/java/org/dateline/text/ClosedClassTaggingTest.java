package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dateline.pipeline.Document;
import org.dateline.testing.Pipelines4Test;
import org.junit.jupiter.api.Test;

/** The POS stage gives a closed-class tag (ADP, DET, PRON, AUX, ...) only to a member of its class. */
class ClosedClassTaggingTest {

  private static String tagOf(String text, String word) {
    Document d = Pipelines4Test.annotate(text, LocalDate.of(2025, 1, 1));
    return d.tokens().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow().pos();
  }

  @Test
  void aVerbTheModelCallsAPrepositionIsAVerb() {
    // the model alone tags "accuse" ADP after a coordinated subject
    assertThat(tagOf("The United States and Japan accuse North Korea of lying.", "accuse")).isEqualTo("VERB");
  }

  @Test
  void membersOfTheClassKeepTheirTags() {
    assertThat(tagOf("The United States and Japan accuse North Korea of lying.", "of")).isEqualTo("ADP");
    assertThat(tagOf("He said he had seen it.", "had")).isEqualTo("AUX");
  }

  @Test
  void whatANameOwnsIsANoun() {
    assertThat(tagOf("Narendra Modi's visit to Bangladesh began on Sunday.", "visit")).isEqualTo("NOUN");
  }

  @Test
  void aWordIsNeverPunctuation() {
    // the model alone tags the rare verb PUNCT between a body's name and a day
    assertThat(tagOf("The Committee for Renewal annulled Saturday's election.", "annulled")).isEqualTo("VERB");
  }

  @Test
  void aWordInSAfterAPrepositionIsANoun() {
    assertThat(tagOf("Chile apologised to Peru for remarks by a senator.", "remarks")).isEqualTo("NOUN");
  }
}
