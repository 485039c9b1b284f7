package org.dateline.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Quote;
import org.dateline.pipeline.Document;
import org.dateline.testing.Pipelines4Test;
import org.junit.jupiter.api.Test;

/** Quotations and their speakers, one construction per test: "quote" — speaker (channel). */
class QuoteExtractorTest {

  private static List<String> quotes(String text) {
    Document d = Pipelines4Test.annotate(text, LocalDate.of(2025, 4, 2));
    return d.quotes().stream().map(q -> describe(d, q)).toList();
  }

  private static String describe(Document d, Quote q) {
    String who = q.speaker() == null ? "?" : Pipelines4Test.nameOf(d, q.speaker());
    return q.text() + " — " + who + (q.channel() == null ? "" : " (" + q.channel() + ")");
  }

  @Test
  void speakerAfterTheQuote() {
    assertThat(quotes("\"We will not give up,\" Keir Starmer said."))
        .containsExactly("We will not give up, — Keir Starmer");
  }

  @Test
  void speakerAfterTheVerbAndChannel() {
    assertThat(quotes("\"The talks were useful,\" said Keir Starmer in a statement."))
        .containsExactly("The talks were useful, — Keir Starmer (statement)");
  }

  @Test
  void speakerBeforeTheQuote() {
    assertThat(quotes("Keir Starmer told reporters that \"the door remains open.\""))
        .containsExactly("the door remains open. — Keir Starmer (press conference)");
  }

  @Test
  void nameThatLooksLikeASpeechVerbIsNoVerb() {
    assertThat(quotes("Keir Starmer told reporters that the United States was \"a close friend.\""))
        .containsExactly("a close friend. — Keir Starmer (press conference)");
  }

  @Test
  void speakerWithAnAppositionAfterTheQuote() {
    assertThat(quotes("\"The vote was clear,\" the bloc's trade commissioner, Maria Ostberg, wrote on X."))
        .containsExactly("The vote was clear, — Maria Ostberg (X)");
  }

  @Test
  void institutionsItIsTheSubjectOfTheSentenceBefore() {
    assertThat(quotes("The Kremlin rejected the plan. \"No decision has been taken,\" it said in a statement."))
        .containsExactly("No decision has been taken, — Presidential Executive Office of Russia (statement)");
  }

  @Test
  void pronounSpeakerIsNotSomeoneNamedInsideTheQuote() {
    assertThat(quotes("Keir Starmer criticized the delay. \"Silence only helps Vladimir Putin,\" he said."))
        .containsExactly("Silence only helps Vladimir Putin, — Keir Starmer");
  }

  @Test
  void curlyQuotesAndMultipleSentences() {
    assertThat(quotes("“Peace is close. We must not waste it,” Keir Starmer wrote on X."))
        .containsExactly("Peace is close. We must not waste it, — Keir Starmer (X)");
  }

  @Test
  void quoteSplitBySaid() {
    assertThat(quotes("\"This is the first step,\" Keir Starmer said, \"and not the last.\""))
        .containsExactly("This is the first step, — Keir Starmer", "and not the last. — Keir Starmer");
  }

  @Test
  void pronounAndDescriptionSpeakers() {
    assertThat(quotes("British Prime Minister Keir Starmer arrived in Paris. \"It is a good day,\" he said. "
        + "\"Europe is united,\" the prime minister added."))
        .containsExactly("It is a good day, — Keir Starmer", "Europe is united, — Keir Starmer");
  }

  @Test
  void institutionSpeaksThroughAStatement() {
    assertThat(quotes("The Kremlin said on Monday that \"no decision has been taken.\""))
        .containsExactly("no decision has been taken. — Presidential Executive Office of Russia (statement)");
  }

  @Test
  void aQuoteOpeningTheNextSentenceKeepsTheSpeaker() {
    assertThat(quotes("\"We are ready,\" Keir Starmer said. \"Nobody should doubt our resolve.\""))
        .containsExactly("We are ready, — Keir Starmer", "Nobody should doubt our resolve. — Keir Starmer");
  }

  @Test
  void multiParagraphQuoteIsAttributedThroughout() {
    assertThat(quotes("Keir Starmer said: \"The first paragraph of the speech is long enough to matter.\n"
        + "\"And the second paragraph carries on with the argument,\" he said."))
        .hasSize(2).allSatisfy(q -> assertThat(q).endsWith("— Keir Starmer"));
  }

  @Test
  void nestedQuotesStayInsideTheirQuote() {
    assertThat(quotes("“They told us ‘never again’ and meant it,” Keir Starmer said."))
        .containsExactly("They told us ‘never again’ and meant it, — Keir Starmer");
  }

  @Test
  void theOccasionCarriesToTheNextQuote() {
    assertThat(quotes("At a press conference, Keir Starmer said \"we are ready.\" "
        + "\"Nobody doubts it,\" he added."))
        .containsExactly("we are ready. — Keir Starmer (press conference)",
            "Nobody doubts it, — Keir Starmer (press conference)");
  }

  @Test
  void namesAndScareQuotesAreNotQuotes() {
    assertThat(quotes("France joined the so-called \"Friends of the Sahel\" group.")).isEmpty();
    assertThat(quotes("The \"Coalition for Open Seas\" met in Oslo.")).isEmpty();
  }

  @Test
  void shortQuotedWordsAttributedByTheClause() {
    assertThat(quotes("Keir Starmer called the talks \"constructive\" and said they were \"a start.\""))
        .containsExactly("constructive — Keir Starmer", "a start. — Keir Starmer");
  }

  @Test
  void sheOrTheSpokesmanSaidIsTheSpeakerJustTold() {
    assertThat(quotes("Chile would reopen its consulate, a spokeswoman for the Chilean foreign ministry said. "
        + "\"Our doors are open again,\" she said."))
        .containsExactly("Our doors are open again, — Ministry of Foreign Affairs of Chile (statement)");
    assertThat(quotes("The Chilean embassy in Lima rejected the report on Monday. \"The report is false,\" the embassy said."))
        .containsExactly("The report is false, — Chile (statement)");
  }

  @Test
  void aQuotedPhraseRunningOnIsNotAttributedByALaterClause() {
    assertThat(quotes("Secretary of State Antony Blinken said on Thursday that the release was \"a constructive step\" "
        + "toward addressing abuses in Nicaragua, and U.S. officials said more was needed."))
        .containsExactly("a constructive step — Antony Blinken");
  }

  @Test
  void theSpeakerOfARelativeClauseIsItsAntecedent() {
    assertThat(quotes("Abdoulaye Maïga said the decision followed remarks by Andriy Yusov, a spokesman for "
        + "Ukraine's military intelligence agency, who had said that the rebels received \"necessary information\"."))
        .containsExactly("necessary information — Andriy Yusov");
  }

  @Test
  void heIsThePersonSpokenOfBeforeNotANameInTheSentence() {
    assertThat(quotes("Prime Minister K.P. Sharma Oli resigned on Tuesday. In his letter to President Ram Chandra "
        + "Paudel, he said he was stepping down to allow \"a constitutional solution\" of the crisis."))
        .containsExactly("a constitutional solution — K.P. Sharma Oli");
  }

  @Test
  void wordsQuotedInAnAccusationOrCondemnationAreTheirSpeakers() {
    assertThat(quotes("Prime Minister Keir Starmer condemned the attack as \"cowardly\"."))
        .containsExactly("cowardly — Keir Starmer");
    // a participle after a comma has the main clause's subject, not the nearest name
    assertThat(quotes("Foreign Minister Yván Gil said envoys would leave Peru and Chile, accusing their "
        + "governments of \"interference\"."))
        .containsExactly("interference — Yván Gil");
  }

  @Test
  void withANameAndAGerundTheNameSpeaks() {
    assertThat(quotes("Israel moved troops into the buffer zone, with Prime Minister Benjamin Netanyahu saying the "
        + "agreement had \"collapsed\"."))
        .containsExactly("collapsed — Benjamin Netanyahu");
  }

  @Test
  void theOneQuotedAsSayingIsTheSpeakerNotTheSpokesman() {
    assertThat(quotes("President Lula da Silva called Gustavo Petro on Monday. \"We stand with you,\" Lula's spokesman "
        + "quoted him as saying."))
        .containsExactly("We stand with you, — Luiz Inácio Lula da Silva");
    // no one named right after the verb: nothing to take from it
    org.assertj.core.api.Assertions.assertThatCode(() -> quotes("\"The border stays open,\" the agency quoted "
        + "an official as saying.")).doesNotThrowAnyException();
  }

  @Test
  void heAfterASpeakerOfTheSameSentenceIsThatSpeaker() {
    assertThat(quotes("President Gabriel Boric met Dina Boluarte. After Boluarte left, Boric said Chile would end the drills, "
        + "which he called \"needless\"."))
        .containsExactly("needless — Gabriel Boric");
  }

  @Test
  void aClauseJoinedAfterTheQuoteIsNotItsAttribution() {
    assertThat(quotes("The Polish foreign ministry called the expulsion \"shameful\", and a group of senators that visited"
        + " Vilnius on Monday said the talks would resume."))
        .containsExactly("shameful — Ministry of Foreign Affairs of Poland (statement)");
  }
}
