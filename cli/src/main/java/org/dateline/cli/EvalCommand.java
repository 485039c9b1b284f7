package org.dateline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.eval.ArticleScore;
import org.dateline.eval.GoldCorpus;
import org.dateline.eval.Scorer;
import org.dateline.model.Extraction;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline eval GOLD_DIR}: extraction scored against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Run extraction on every gold article in a folder and print precision, recall and F1.")
final class EvalCommand implements Callable<Integer> {

  @Parameters(paramLabel = "GOLD_DIR", description = "Folder of gold *.json files with their texts.")
  Path dir;

  @Option(names = {"-v", "--verbose"}, description = "List every miss and spurious item.")
  boolean verbose;

  @picocli.CommandLine.Mixin PipelineOptions pipelineOptions = new PipelineOptions();

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    List<GoldCorpus.Entry> corpus = GoldCorpus.read(dir);
    Pipeline pipeline = pipelineOptions.build();
    Scorer scorer = new Scorer();
    ArticleScore total = ArticleScore.empty("overall");
    for (GoldCorpus.Entry entry : corpus) {
      Extraction extraction = pipeline.extract(entry.article());
      ArticleScore score = scorer.score(entry.gold(), entry.article().text(), extraction);
      print(out, score);
      if (verbose) {
        score.diagnostics().forEach(d -> out.println("    - " + d));
      }
      total = total.plus(score);
    }
    if (corpus.size() > 1) {
      print(out, total);
    }
    return 0;
  }

  static void print(PrintStream out, ArticleScore s) {
    out.println("== " + s.id());
    out.println("  timex strict         " + s.timexStrict());
    out.println("  timex relaxed        " + s.timexRelaxed());
    out.println("  timex value          " + s.timexValue());
    out.println("  actors               " + s.actors());
    out.println("    country accuracy   " + s.actorCountry());
    out.println("    role accuracy      " + s.actorRole());
    out.println("  events (typed dyad)  " + s.eventDyads());
    out.println("  events (+ date)      " + s.eventDatedDyads());
    out.println("  quotes (found)       " + s.quotes());
    out.println("    speaker accuracy   " + s.quoteSpeaker());
  }
}
