package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.testing.Pipelines4Test;
import org.junit.jupiter.api.Test;

/**
 * End to end on the seed gold (../shared/eval/seed): guards the measured levels with floors a
 * little under today's figures (README, "Results"), so a regression fails the build. Skips when
 * the shared evaluation data is absent.
 */
class SeedGoldTest {

  @Test
  void seedArticleStaysAtItsMeasuredLevels() throws Exception {
    Path dir = Path.of(System.getProperty("dateline.shared", "../shared"), "eval", "seed");
    assumeTrue(Files.isDirectory(dir), "no shared evaluation data at " + dir);
    List<GoldCorpus.Entry> corpus = GoldCorpus.read(dir);
    ArticleScore total = ArticleScore.empty("seed");
    for (GoldCorpus.Entry e : corpus) {
      total = total.plus(new Scorer().score(e.gold(), e.article().text(),
          Pipelines4Test.standard().extract(e.article())));
    }
    assertThat(total.timexValue().f1()).as("timex value F1").isGreaterThanOrEqualTo(0.90);
    assertThat(total.actors().recall()).as("actor recall").isGreaterThanOrEqualTo(0.95);
    assertThat(total.actorRole().value()).as("actor role accuracy").isGreaterThanOrEqualTo(0.90);
    assertThat(total.actorCountry().value()).as("actor country accuracy").isGreaterThanOrEqualTo(0.95);
    assertThat(total.eventDyads().f1()).as("event F1, typed dyad").isGreaterThanOrEqualTo(0.90);
    assertThat(total.eventDatedDyads().f1()).as("event F1, typed dyad and date").isGreaterThanOrEqualTo(0.85);
    assertThat(total.quotes().recall()).as("quote recall").isGreaterThanOrEqualTo(0.90);
    assertThat(total.quoteSpeaker().value()).as("quote speaker accuracy").isGreaterThanOrEqualTo(0.95);
  }
}
