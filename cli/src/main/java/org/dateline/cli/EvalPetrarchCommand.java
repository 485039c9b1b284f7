package org.dateline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.eval.petrarch.PetrarchActors;
import org.dateline.eval.petrarch.PetrarchScorer;
import org.dateline.eval.petrarch.PetrarchSuite;
import org.dateline.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline eval-petrarch FILE}: agreement with PETRARCH's validation records. */
@Command(name = "eval-petrarch", mixinStandardHelpOptions = true,
    description = {
      "Run the sentences of PETRARCH's validation records and print agreement with the expected",
      "CAMEO root code and dyad (country-level codes), per category and overall."
    })
final class EvalPetrarchCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "PETR.UnitTest.records.xml")
  Path records;

  @Option(names = "--actors-dictionary", paramLabel = "FILE",
      description = "PETRARCH actor dictionary (default: PETR.Validate.actors.txt beside FILE).")
  Path dictionary;

  @Option(names = {"-v", "--verbose"}, description = "List the records that disagree.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    Path dict = dictionary != null ? dictionary : records.resolveSibling("PETR.Validate.actors.txt");
    List<PetrarchSuite.Record> suite = PetrarchSuite.read(records);
    PetrarchScorer scorer = new PetrarchScorer(PetrarchActors.read(dict), Pipelines.Resources.load());
    List<PetrarchScorer.Outcome> outcomes = new ArrayList<>();
    for (PetrarchSuite.Record r : suite) {
      PetrarchScorer.Outcome o = scorer.score(r);
      outcomes.add(o);
      if (verbose && !o.rootAgrees()) {
        out.println("x " + r.id() + " [" + r.category() + "] " + r.text());
        out.println("    expected " + o.expected() + "  got " + o.predicted());
      }
    }
    out.printf("%-10s %8s %8s %10s %8s %s%n", "category", "records", "dyad", "root+dyad", "exact",
        "events (root+dyad)");
    for (Map.Entry<String, PetrarchScorer.Score> e : PetrarchScorer.summarize(outcomes).entrySet()) {
      PetrarchScorer.Score s = e.getValue();
      out.printf("%-10s %8d %8.3f %10.3f %8.3f %s%n", e.getKey(), s.records(), s.dyadAgreement(),
          s.rootAgreement(), s.exactAgreement(), s.events());
    }
    return 0;
  }
}
