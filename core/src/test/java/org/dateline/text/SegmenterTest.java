package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.pipeline.Document;
import org.junit.jupiter.api.Test;

class SegmenterTest {

  private final Segmenter segmenter = new Segmenter(Abbreviations.load());

  private Document segment(String text) {
    return segmenter.process(Document.of(Article.of("t", text, LocalDate.of(2025, 12, 2))));
  }

  private List<String> tokens(String text) {
    return segment(text).tokens().stream().map(Token::text).toList();
  }

  private List<String> sentences(String text) {
    Document d = segment(text);
    return d.sentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void keepsInitialismsAndMonthAbbreviationsWhole() {
    assertThat(tokens("U.K. Prime Minister met U.S. officials on Dec. 1."))
        .containsExactly("U.K.", "Prime", "Minister", "met", "U.S.", "officials", "on", "Dec.", "1", ".");
  }

  @Test
  void splitsPossessivesContractionsHyphensAndQuotes() {
    assertThat(tokens("Ukraine's \"long-range\" missiles don't fly."))
        .containsExactly("Ukraine", "'s", "\"", "long", "-", "range", "\"", "missiles", "do", "n't", "fly", ".");
    assertThat(tokens("the “most difficult” issue")).containsExactly("the", "“", "most", "difficult", "”", "issue");
  }

  @Test
  void keepsNumbersTimesAndUrlsWhole() {
    assertThat(tokens("1,000 troops at 10:30 cost $3.5 billion, see https://example.org/a."))
        .containsExactly("1,000", "troops", "at", "10:30", "cost", "$", "3.5", "billion", ",", "see",
            "https://example.org/a", ".");
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "Gen. Smith arrived — late.";
    for (Token t : segment(text).tokens()) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
  }

  @Test
  void doesNotEndSentencesAtTitlesOrMonthsBeforeNumbers() {
    assertThat(sentences("Gen. Smith met Sen. Jones on Nov. 30 in St. Louis. They talked."))
        .containsExactly("Gen. Smith met Sen. Jones on Nov. 30 in St. Louis.", "They talked.");
  }

  @Test
  void endsSentenceAfterInitialismOnlyBeforeASentenceOpener() {
    assertThat(sentences("Sanctions came from the U.S. The plan changed."))
        .containsExactly("Sanctions came from the U.S.", "The plan changed.");
    assertThat(sentences("He met U.S. Envoy Steve Smith."))
        .containsExactly("He met U.S. Envoy Steve Smith.");
  }

  @Test
  void closingQuoteStaysWithItsSentence() {
    assertThat(sentences("She said \"peace.\" Officials agreed."))
        .containsExactly("She said \"peace.\"", "Officials agreed.");
  }

  @Test
  void ellipsisBeforeLowerCaseDoesNotEndSentence() {
    assertThat(sentences("The pressure... will change. Next one."))
        .containsExactly("The pressure... will change.", "Next one.");
  }

  @Test
  void lineBreaksEndHeadlinesAndNotes() {
    Document d = segment("Leaders meet in Paris\n\nEditor's note: updated.\nThe visit began.");
    assertThat(d.sentences()).hasSize(3);
    assertThat(d.sentences().get(2).paragraph()).isEqualTo(2);
  }

  @Test
  void hardWrappedLinesAreJoined() {
    String text = "The minister said on Monday that the government would consider new\n"
        + "measures against the rebels if the attacks in the northern provinces\n"
        + "continued through the end of the month, according to officials in the\n"
        + "capital who spoke on condition of anonymity because they were not\n"
        + "authorized to speak. Another sentence follows here.\n";
    assertThat(sentences(text)).hasSize(2);
  }
}
