package org.dateline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.pipeline.Document;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Pipelines;
import org.dateline.testing.Pipelines4Test;
import org.junit.jupiter.api.Test;

/**
 * Coding with a user's verb dictionary (the test dictionary of {@link VerbDictionaryTest}): one
 * test per construction of the format, the sentence and the events, "cameo sources -> target
 * [modality]".
 */
class UserDictionaryCodingTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 12);
  private static final Pipelines.Resources RESOURCES = Pipelines.Resources.load();
  private static final VerbDictionary VERBS = VerbDictionary.parse(VerbDictionaryTest.SNIPPET, "test");
  private static final Pipeline WITH_OWN_LEXICON = RESOURCES.pipeline(List.of(),
      new UserEvents(VERBS, Discards.parse(List.of("football match", "+cyclone")), true));
  private static final Pipeline VERBS_ONLY = RESOURCES.pipeline(List.of(), new UserEvents(VERBS, Discards.NONE, false));

  private static List<String> events(Pipeline pipeline, String text) {
    Document d = pipeline.annotate(Article.of("test", text, DAY));
    return d.events().stream().map(e -> describe(d, e)).toList();
  }

  private static List<String> events(String text) {
    return events(WITH_OWN_LEXICON, text);
  }

  private static String describe(Document d, Event e) {
    String src = e.source().stream().map(id -> Pipelines4Test.nameOf(d, id)).collect(Collectors.joining(","));
    String tgt = e.target().stream().map(id -> Pipelines4Test.nameOf(d, id)).collect(Collectors.joining(","));
    return e.cameo() + " " + src + " -> " + tgt + " [" + e.modality().json() + "]";
  }

  @Test
  void aPatternWithASynsetGivesItsCode() {
    assertThat(events("France mended diplomatic ties with Germany on Monday."))
        .containsExactly("064 France -> Germany [asserted]");
  }

  @Test
  void withoutAMatchingPatternTheBlocksCodeApplies() {
    assertThat(events("France mended its fences with Germany.")).containsExactly("050 France -> Germany [asserted]");
  }

  @Test
  void aMultiWordVerbSharesItsBlocksPatterns() {
    assertThat(events("France patched up relations with Germany."))
        .containsExactly("064 France -> Germany [asserted]");
  }

  @Test
  void aWordRightBeforeTheVerbAndTheClausesNegation() {
    assertThat(events("France will not mend Germany.")).containsExactly("112 France -> Germany [negated]");
  }

  @Test
  void aPairedCodeIsCodedBackFromTargetToSource() {
    assertThat(events("Britain escorted France.")).containsExactly(
        "042 United Kingdom -> France [asserted]", "043 France -> United Kingdom [asserted]");
  }

  @Test
  void aBlockWithoutACodeCodesOnlyThroughItsPatterns() {
    assertThat(events("Britain shunned France.")).isEmpty();
    assertThat(events("Britain shunned talks with France.")).containsExactly("191 United Kingdom -> France [asserted]");
  }

  @Test
  void targetAndSourceMarkedInThePattern() {
    assertThat(events("Ukraine received a large loan from Germany."))
        .containsExactly("071 Germany -> Ukraine [asserted]");
  }

  @Test
  void aCompoundBeforeTheVerbActsBothWaysAndAfterItIsEachATarget() {
    assertThat(events("France and Spain conferred.")).containsExactlyInAnyOrder(
        "046 France -> Spain [asserted]", "046 Spain -> France [asserted]");
    assertThat(events("Britain conferred with Spain and Italy.")).containsExactlyInAnyOrder(
        "046 United Kingdom -> Spain [asserted]", "046 United Kingdom -> Italy [asserted]");
  }

  @Test
  void theDictionaryAddsToDatelinesLexiconOrReplacesIt() {
    assertThat(events("Russia attacked Ukraine.")).containsExactly("190 Russia -> Ukraine [asserted]");
    assertThat(events(VERBS_ONLY, "Russia attacked Ukraine.")).isEmpty();
    assertThat(events(VERBS_ONLY, "France mended diplomatic ties with Germany."))
        .containsExactly("064 France -> Germany [asserted]");
  }

  @Test
  void discardedSentencesAndStoriesCodeNothing() {
    assertThat(events("France met Germany at a football match.")).isEmpty();
    assertThat(events("France met Germany. A cyclone hit the coast.")).isEmpty();
    assertThat(events("France met Germany.")).containsExactly("040 France -> Germany [asserted]");
  }

  @Test
  void aDictionaryCodeIsTypedByItsCameoRoot() {
    Document d = WITH_OWN_LEXICON.annotate(Article.of("test", "France mended diplomatic ties with Germany.", DAY));
    assertThat(d.events()).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo("COOPERATE"));
  }

  @Test
  void reportedSpeechCodesTheStatementAndTheReportedEvent() {
    assertThat(events("France said that Russia attacked Ukraine.")).containsExactlyInAnyOrder(
        "010 France -> Russia [asserted]", "190 Russia -> Ukraine [asserted]");
  }
}
