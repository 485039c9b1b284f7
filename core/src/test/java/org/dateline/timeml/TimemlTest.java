package org.dateline.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.dateline.input.InputException;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;
import org.junit.jupiter.api.Test;

/** Reading, writing and scoring TimeML as TempEval-3 distributes it. */
class TimemlTest {

  private static final String DOC = """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>APW_EXAMPLE</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
      <TEXT>
      Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> at AT&amp;T offices <SIGNAL sid="s1">for</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="PT2H" mod="APPROX" anchorTimeID="t0">about two hours</TIMEX3>.
      </TEXT>
      </TimeML>
      """;

  @Test
  void readsRawTextWithOffsetsAndAttributes() throws InputException {
    TimemlDocument d = TimemlReader.parse(DOC, "fallback", "example.tml");
    assertThat(d.id()).isEqualTo("APW_EXAMPLE");
    assertThat(d.dct()).isEqualTo(LocalDate.of(1998, 8, 7));
    assertThat(d.text()).contains("Bombs exploded Friday at AT&T offices for about two hours.");
    assertThat(d.timexes()).hasSize(2);
    TimemlTimex friday = d.timexes().get(0);
    assertThat(d.text().substring(friday.start(), friday.end())).isEqualTo("Friday");
    assertThat(friday.value()).isEqualTo("1998-08-07");
    TimemlTimex hours = d.timexes().get(1);
    assertThat(d.text().substring(hours.start(), hours.end())).isEqualTo("about two hours");
    assertThat(hours.mod()).isEqualTo("APPROX");
    assertThat(hours.anchorTimeId()).isEqualTo("t0");
    assertThat(d.events()).extracting(TimemlTag::id).containsExactly("e1");
    assertThat(d.signals()).extracting(TimemlTag::id).containsExactly("s1");
  }

  @Test
  void writtenTimemlReadsBackTheSameTimexes() throws InputException {
    String text = "Talks <resumed> on Dec. 1 & lasted three days.";
    int dec = text.indexOf("Dec. 1");
    int days = text.indexOf("three days");
    List<Timex> timexes = List.of(
        new Timex(dec, dec + 6, "Dec. 1", TimexType.DATE, "2025-12-01"),
        new Timex(days, days + 10, "three days", TimexType.DURATION, "P3D", "APPROX"));
    String xml = TimemlWriter.write("doc1", "2025-12-02", text, timexes);
    TimemlDocument back = TimemlReader.parse(xml, "doc1", "written");
    assertThat(back.text()).isEqualTo(text);
    assertThat(back.timexes()).extracting(TimemlTimex::toTimex).containsExactlyElementsOf(timexes);
  }

  @Test
  void badMarkupIsOneClearError() {
    assertThatThrownBy(() -> TimemlReader.parse("<TimeML><TEXT>x</TEXT></TimeML>", "x", "broken.tml"))
        .isInstanceOf(InputException.class).hasMessage("broken.tml: no <DCT> element");
  }

  @Test
  void scoresStrictRelaxedAndAttributesLikeTempEval3() {
    List<TimemlTimex> gold = List.of(
        new TimemlTimex("t1", 0, 6, "Friday", "DATE", "1998-08-07", null, null),
        new TimemlTimex("t2", 10, 25, "about two hours", "DURATION", "PT2H", null, null),
        new TimemlTimex("t3", 30, 33, "now", "DATE", "PRESENT_REF", null, null));
    List<Timex> system = List.of(
        new Timex(0, 6, "Friday", TimexType.DATE, "1998-08-07"),
        new Timex(16, 25, "two hours", TimexType.DURATION, "PT3H"),
        new Timex(40, 45, "later", TimexType.DATE, "FUTURE_REF"));
    TaskAScore s = new TaskAScorer().score("d", gold, system).score();
    assertThat(s.strict().truePositives()).isEqualTo(1);
    assertThat(s.relaxed().truePositives()).isEqualTo(2);
    assertThat(s.valueCorrect()).isEqualTo(1);
    assertThat(s.typeCorrect()).isEqualTo(2);
    assertThat(s.relaxed().f1()).isEqualTo(2.0 / 3);
    assertThat(s.value().f1()).isEqualTo(1.0 / 3);
  }
}
