package org.dateline.eval.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.events.Discards;
import org.dateline.events.UserEvents;
import org.dateline.events.VerbDictionary;
import org.dateline.pipeline.Pipelines;
import org.junit.jupiter.api.Test;

/**
 * PETRARCH's validation records run like PETRARCH (the suite's actor, verb and discard
 * dictionaries): guards the measured agreement with floors a little under today's figures
 * (README, "Results"). Skips when the shared evaluation data is absent.
 */
class PetrarchSuiteTest {

  @Test
  void suiteRunWithItsDictionariesStaysAtItsMeasuredLevels() throws Exception {
    Path dir = Path.of(System.getProperty("dateline.shared", "../shared"), "eval", "petrarch");
    assumeTrue(Files.isDirectory(dir), "no shared evaluation data at " + dir);
    UserEvents events = new UserEvents(VerbDictionary.read(dir.resolve("PETR.Validate.verbs.txt")),
        Discards.read(dir.resolve("PETR.Validate.discards.txt")), false);
    PetrarchScorer scorer = new PetrarchScorer(PetrarchActors.read(dir.resolve("PETR.Validate.actors.txt")),
        Pipelines.Resources.load(), events);
    List<PetrarchScorer.Outcome> outcomes = new ArrayList<>();
    for (PetrarchSuite.Record r : PetrarchSuite.read(dir.resolve("PETR.UnitTest.records.xml"))) {
      if (!r.testsParseInput()) {
        outcomes.add(scorer.score(r));
      }
    }
    PetrarchScorer.Score overall = PetrarchScorer.summarize(outcomes).get("overall");
    assertThat(overall.records()).isEqualTo(282);
    assertThat(overall.dyadAgreement()).as("dyad agreement").isGreaterThanOrEqualTo(0.80);
    assertThat(overall.rootAgreement()).as("root code + dyad agreement").isGreaterThanOrEqualTo(0.80);
    assertThat(overall.exactAgreement()).as("exact agreement").isGreaterThanOrEqualTo(0.58);
  }
}
