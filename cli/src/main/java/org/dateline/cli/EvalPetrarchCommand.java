package org.dateline.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.eval.petrarch.PetrarchActors;
import org.dateline.eval.petrarch.PetrarchScorer;
import org.dateline.eval.petrarch.PetrarchSuite;
import org.dateline.events.Discards;
import org.dateline.events.UserEvents;
import org.dateline.events.VerbDictionary;
import org.dateline.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dateline eval-petrarch FILE}: agreement with PETRARCH's validation records, run as a fair
 * PETRARCH run (the suite's actor, verb and discard dictionaries loaded) and with Dateline's own
 * event lexicon (the suite's actors only).
 */
@Command(name = "eval-petrarch", mixinStandardHelpOptions = true,
    description = {
      "Run the sentences of PETRARCH's validation records and print agreement with the expected codings",
      "(dyad, root code + dyad at country level, exact codes), per category and overall: once with the",
      "suite's verb and discard dictionaries, once with Dateline's own event lexicon."
    })
final class EvalPetrarchCommand implements Callable<Integer> {

  /** Which event lexicons to run with. */
  enum Lexicon { suite, own, both }

  @Parameters(paramLabel = "FILE", description = "PETR.UnitTest.records.xml")
  Path records;

  @Option(names = "--actors-dictionary", paramLabel = "FILE",
      description = "PETRARCH actor dictionary (default: PETR.Validate.actors.txt beside FILE).")
  Path dictionary;

  @Option(names = "--verbs-dictionary", paramLabel = "FILE",
      description = "PETRARCH verb dictionary (default: PETR.Validate.verbs.txt beside FILE).")
  Path verbs;

  @Option(names = "--discards-dictionary", paramLabel = "FILE",
      description = "PETRARCH discard list (default: PETR.Validate.discards.txt beside FILE, when present).")
  Path discards;

  @Option(names = "--lexicon", paramLabel = "suite|own|both",
      description = "suite: the suite's verb dictionary alone (as PETRARCH runs it); own: Dateline's lexicon;"
          + " both (default): report the two.")
  Lexicon lexicon = Lexicon.both;

  @Option(names = {"-v", "--verbose"}, description = "List the records that disagree (root code + dyad).")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    Path actorFile = dictionary != null ? dictionary : records.resolveSibling("PETR.Validate.actors.txt");
    Path verbFile = verbs != null ? verbs : records.resolveSibling("PETR.Validate.verbs.txt");
    Path discardFile = discards != null ? discards : records.resolveSibling("PETR.Validate.discards.txt");
    List<PetrarchSuite.Record> all = PetrarchSuite.read(records);
    List<PetrarchSuite.Record> suite = all.stream().filter(r -> !r.testsParseInput()).toList();
    if (suite.size() < all.size()) {
      out.println((all.size() - suite.size()) + " records left out: they test PETRARCH's handling of malformed"
          + " parse trees, which Dateline does not read.");
    }
    PetrarchActors actors = PetrarchActors.read(actorFile);
    Pipelines.Resources resources = Pipelines.Resources.load();
    if (lexicon != Lexicon.own) {
      UserEvents suiteEvents = new UserEvents(VerbDictionary.read(verbFile),
          Files.exists(discardFile) ? Discards.read(discardFile) : Discards.NONE, false);
      run(out, "With the suite's dictionaries (actors, verbs, discards)", suite,
          new PetrarchScorer(actors, resources, suiteEvents));
    }
    if (lexicon != Lexicon.suite) {
      run(out, "With Dateline's own event lexicon (the suite's actors)", suite, new PetrarchScorer(actors, resources));
    }
    return 0;
  }

  private void run(PrintStream out, String title, List<PetrarchSuite.Record> suite, PetrarchScorer scorer) {
    List<PetrarchScorer.Outcome> outcomes = new ArrayList<>();
    out.println(title);
    for (PetrarchSuite.Record r : suite) {
      PetrarchScorer.Outcome o = scorer.score(r);
      outcomes.add(o);
      if (verbose && !o.rootAgrees()) {
        out.println("x " + r.id() + " [" + r.category() + "] " + r.text());
        out.println("    expected " + o.expected() + "  got " + o.predicted());
        out.println("    read " + o.reading());
      }
    }
    out.printf("%-10s %8s %8s %10s %8s %s%n", "category", "records", "dyad", "root+dyad", "exact",
        "events (root+dyad)");
    for (Map.Entry<String, PetrarchScorer.Score> e : PetrarchScorer.summarize(outcomes).entrySet()) {
      PetrarchScorer.Score s = e.getValue();
      out.printf("%-10s %8d %8.3f %10.3f %8.3f %s%n", e.getKey(), s.records(), s.dyadAgreement(),
          s.rootAgreement(), s.exactAgreement(), s.events());
    }
    out.println();
  }
}
