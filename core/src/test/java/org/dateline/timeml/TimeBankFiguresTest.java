package org.dateline.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Pipelines;
import org.junit.jupiter.api.Test;

/**
 * Guards the measured TempEval-3 Task A figures of the temporal stage on TimeBank (the
 * development set) with floors a little under today's figures. Skips without the shared data.
 */
class TimeBankFiguresTest {

  @Test
  void timeBankFiguresStayAtTheirMeasuredLevel() throws Exception {
    Path dir = Path.of(System.getProperty("dateline.shared", "../shared"), "eval", "tempeval3", "timebank");
    assumeTrue(Files.isDirectory(dir), "TimeBank not found at " + dir);
    List<TimemlDocument> docs = TimemlReader.readAll(dir);
    Pipeline pipeline = Pipelines.standard().upTo("time");
    TaskAScorer scorer = new TaskAScorer();
    TaskAScore total = TaskAScore.empty("timebank");
    for (TimemlDocument d : docs) {
      total = total.plus(scorer.score(d.id(), d.timexes(), pipeline.annotate(d.toArticle()).timexes()).score());
    }
    assertThat(total.strict().f1()).as("strict F1").isGreaterThanOrEqualTo(STRICT_F1_FLOOR);
    assertThat(total.relaxed().f1()).as("relaxed F1").isGreaterThanOrEqualTo(RELAXED_F1_FLOOR);
    assertThat(total.value().f1()).as("value F1").isGreaterThanOrEqualTo(VALUE_F1_FLOOR);
    assertThat(total.type().f1()).as("type F1").isGreaterThanOrEqualTo(TYPE_F1_FLOOR);
  }

  // measured after session 17: strict F1 93.1, relaxed F1 95.3, value F1 85.6, type F1 93.5 (dateline eval-timeml)
  private static final double STRICT_F1_FLOOR = 0.92;
  private static final double RELAXED_F1_FLOOR = 0.945;
  private static final double VALUE_F1_FLOOR = 0.845;
  private static final double TYPE_F1_FLOOR = 0.925;
}
