package org.dateline.eval.conll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dateline.actors.ActorStage;
import org.dateline.eval.Prf;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Pipelines;
import org.dateline.pipeline.Stage;
import org.junit.jupiter.api.Test;

/**
 * Guards the measured CoNLL-2003 figures of the actor mentions on eng.testa (the development
 * file) with floors a little under today's figures. Skips without the shared data.
 */
class ConllFiguresTest {

  @Test
  void developmentFiguresStayAtTheirMeasuredLevel() throws Exception {
    Path file = Path.of(System.getProperty("dateline.shared", "../shared"), "eval", "conll2003", "eng.testa");
    assumeTrue(Files.isRegularFile(file), "CoNLL-2003 not found at " + file);
    Pipeline pipeline = Pipelines.standard();
    ActorStage actors = null;
    for (Stage s : pipeline.stages()) {
      if (s instanceof ActorStage a) {
        actors = a;
      }
    }
    List<ConllCorpus.Doc> docs = ConllCorpus.read(file, LocalDate.of(1996, 8, 30));
    Map<String, Prf> scores = new ConllScorer(pipeline.upTo("time"), actors).score(docs);
    assertThat(scores.get("PER").f1()).as("PER F1").isGreaterThanOrEqualTo(PER_F1_FLOOR);
    assertThat(scores.get("LOC").f1()).as("LOC F1").isGreaterThanOrEqualTo(LOC_F1_FLOOR);
    assertThat(scores.get("ORG").f1()).as("ORG F1").isGreaterThanOrEqualTo(ORG_F1_FLOOR);
    assertThat(scores.get("ALL").f1()).as("micro F1").isGreaterThanOrEqualTo(ALL_F1_FLOOR);
  }

  // measured: PER F1 0.908, LOC 0.911, ORG 0.828, micro 0.889 (dateline eval-conll eng.testa)
  private static final double PER_F1_FLOOR = 0.895;
  private static final double LOC_F1_FLOOR = 0.90;
  private static final double ORG_F1_FLOOR = 0.815;
  private static final double ALL_F1_FLOOR = 0.878;
}
