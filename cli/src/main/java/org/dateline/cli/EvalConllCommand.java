package org.dateline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.actors.ActorStage;
import org.dateline.eval.Prf;
import org.dateline.eval.conll.ConllCorpus;
import org.dateline.eval.conll.ConllScorer;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline eval-conll FILE}: actor mentions scored as CoNLL-2003 named entities. */
@Command(name = "eval-conll", mixinStandardHelpOptions = true,
    description = {
      "Score actor mentions as CoNLL-2003 entities (PER, LOC, ORG; MISC excluded): mention-level",
      "precision, recall and F1 per type and micro-averaged."
    })
final class EvalConllCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "A CoNLL-2003 file, e.g. ../shared/eval/conll2003/eng.testa")
  Path file;

  @Option(names = "--published", defaultValue = "1996-08-30", converter = CliErrors.DateConverter.class,
      description = "Date for documents whose first lines give none (default: ${DEFAULT-VALUE}).")
  LocalDate published;

  @Option(names = {"-v", "--verbose"},
      description = "List each missed (-) and wrong (+) entity with its context (development files only).")
  boolean verbose;

  @picocli.CommandLine.Mixin PipelineOptions pipelineOptions = new PipelineOptions();

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    Pipeline pipeline = pipelineOptions.build();
    ActorStage actors = null;
    for (Stage s : pipeline.stages()) {
      if (s instanceof ActorStage a) {
        actors = a;
      }
    }
    List<ConllCorpus.Doc> docs = ConllCorpus.read(file, published);
    ConllScorer scorer = new ConllScorer(pipeline.upTo("time"), actors);
    if (verbose) {
      for (ConllCorpus.Doc doc : docs) {
        scorer.errors(doc).forEach(out::println);
      }
    }
    long t0 = System.nanoTime();
    Map<String, Prf> scores = scorer.score(docs);
    double seconds = (System.nanoTime() - t0) / 1e9;
    out.printf("%s: %d documents, %.1f s (MISC excluded)%n", file, docs.size(), seconds);
    for (Map.Entry<String, Prf> e : scores.entrySet()) {
      out.printf("  %-4s %s%n", e.getKey(), e.getValue());
    }
    return 0;
  }
}
