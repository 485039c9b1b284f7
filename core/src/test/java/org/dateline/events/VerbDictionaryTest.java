package org.dateline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a verb dictionary in TABARI/PETRARCH format, on a small dictionary written for the test. */
class VerbDictionaryTest {

  static final List<String> SNIPPET = List.of(
      "<!-- a test dictionary -->",
      "&TIES            # what can be mended",
      "+DIPLOMATIC_TIES",
      "+RELATIONS",
      "",
      "--- MEND  [050]  ---",
      "MEND               # the verb; its regular forms are generated",
      "+PATCH_UP {+PATCHED_UP +PATCHING_UP}",
      "- * &TIES WITH  [064]",
      "- NOT_*  [112]",
      "",
      "--- ESCORT  [042:043]  ---",
      "ESCORT",
      "",
      "--- SHUN  [---]  ---",
      "SHUN {SHUNNED SHUNNING}",
      "- * TALKS  [191]",
      "",
      "--- RECEIVE  [---]  ---",
      "RECEIVE",
      "- + * ^ LOAN FROM $  [071]",
      "",
      "--- CONFER  [040]  ---",
      "CONFER",
      "- % * [046:046]",
      "- * WITH %  [046]",
      "",
      "--- SAY  [010]  ---",
      "SAY {SAID SAYS}");

  @Test
  void verbsAreFoundInEveryFormAndMultiWordVerbsByTheirInflectedWord() {
    VerbDictionary d = VerbDictionary.parse(SNIPPET, "test");
    assertThat(d.verbsWithForm("mended")).extracting(v -> v.block().name()).containsExactly("MEND");
    assertThat(d.verbsWithForm("patched")).singleElement()
        .satisfies(v -> assertThat(v.words()).containsExactly("patch", "up"));
    assertThat(d.verbsWithForm("shunned")).singleElement().extracting(VerbDictionary.Verb::code).isEqualTo("---");
    assertThat(d.verbsWithForm("conferred")).isNotEmpty();
    assertThat(d.verbsWithForm("talks")).isEmpty();
  }

  @Test
  void patternsKnowTheirSidesAdjacencyAndActors() {
    VerbDictionary d = VerbDictionary.parse(SNIPPET, "test");
    List<VerbDictionary.Pattern> mend = d.verbsWithForm("mend").get(0).block().patterns();
    VerbDictionary.Pattern ties = mend.get(0);
    assertThat(ties.code()).isEqualTo("064");
    assertThat(ties.before()).isEmpty();
    assertThat(ties.after()).extracting(VerbDictionary.Item::kind)
        .containsExactly(VerbDictionary.Kind.SYNSET, VerbDictionary.Kind.WORD);
    assertThat(ties.after().get(1).word()).isEqualTo("with");
    VerbDictionary.Pattern not = mend.get(1);
    assertThat(not.before()).singleElement().satisfies(i -> {
      assertThat(i.word()).isEqualTo("not");
      assertThat(i.adjacent()).isTrue(); // "NOT_*": right before the verb
    });
    VerbDictionary.Pattern loan = d.verbsWithForm("received").get(0).block().patterns().get(0);
    assertThat(loan.before()).extracting(VerbDictionary.Item::kind).containsExactly(VerbDictionary.Kind.TARGET);
    assertThat(loan.after()).extracting(VerbDictionary.Item::kind).containsExactly(VerbDictionary.Kind.SKIP,
        VerbDictionary.Kind.WORD, VerbDictionary.Kind.WORD, VerbDictionary.Kind.SOURCE);
    assertThat(d.synset("ties")).hasSize(2);
    assertThat(d.synset("TIES").get(0)).extracting(VerbDictionary.Item::word).containsExactly("diplomatic", "ties");
  }

  @Test
  void aCodeInsideBracketsMayHoldTheCommentSign() {
    VerbDictionary d = VerbDictionary.parse(List.of("--- HAIL [041] ---", "HAIL", "- * LOUDLY [###]  # odd code"),
        "test");
    assertThat(d.verbsWithForm("hailed").get(0).block().patterns().get(0).code()).isEqualTo("###");
  }

  @Test
  void aPatternWithoutACodeTakesItsBlocksAndOneWithoutTheVerbIsIgnored() {
    VerbDictionary d = VerbDictionary.parse(List.of("--- HAIL [041] ---", "HAIL", "- * LOUDLY", "- LOUDLY [042]"), "test");
    assertThat(d.verbsWithForm("hails").get(0).block().patterns()).singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("041"));
  }

  @Test
  void malformedLinesNameTheirLine() {
    assertThatThrownBy(() -> VerbDictionary.parse(List.of("HAIL"), "mine.txt")).hasMessageContaining("mine.txt:1");
    assertThatThrownBy(() -> VerbDictionary.parse(List.of("--- HAIL [041] ---", "HAIL", "* LOUDLY [042]"), "mine.txt"))
        .hasMessageContaining("mine.txt:3"); // a pattern must start with "-"
  }
}
