package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.testing.Pipelines4Test;
import org.junit.jupiter.api.Test;

/**
 * End to end on the written development set (eval/written, ten articles in the team's own
 * words): guards the measured event levels with floors a little under today's figures (README,
 * "Results"). Skips when the folder is absent.
 */
class WrittenGoldTest {

  @Test
  void writtenSetEventsStayAtTheirMeasuredLevels() throws Exception {
    Path dir = Files.isDirectory(Path.of("..", "eval", "written")) ? Path.of("..", "eval", "written")
        : Path.of("eval", "written");
    assumeTrue(Files.isDirectory(dir), "no written development set at " + dir);
    List<GoldCorpus.Entry> corpus = GoldCorpus.read(dir);
    ArticleScore total = ArticleScore.empty("written");
    for (GoldCorpus.Entry e : corpus) {
      total = total.plus(new Scorer().score(e.gold(), e.article().text(),
          Pipelines4Test.standard().extract(e.article())));
    }
    assertThat(total.eventDyads().f1()).as("event F1, typed dyad").isGreaterThanOrEqualTo(0.85);
    assertThat(total.eventDatedDyads().f1()).as("event F1, typed dyad and date").isGreaterThanOrEqualTo(0.80);
    assertThat(total.timexValue().f1()).as("timex value F1").isGreaterThanOrEqualTo(0.90);
    assertThat(total.quotes().recall()).as("quote recall").isGreaterThanOrEqualTo(0.95);
  }
}
