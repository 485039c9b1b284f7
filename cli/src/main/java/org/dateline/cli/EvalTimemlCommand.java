package org.dateline.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.model.Timex;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Pipelines;
import org.dateline.timeml.TaskAScore;
import org.dateline.timeml.TaskAScorer;
import org.dateline.timeml.TimemlDocument;
import org.dateline.timeml.TimemlReader;
import org.dateline.timeml.TimemlWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline eval-timeml DIR}: the temporal stage scored as in TempEval-3 Task A. */
@Command(name = "eval-timeml", mixinStandardHelpOptions = true,
    description = {
      "Run the temporal stage on the raw text of every .tml document in a folder (its DCT as dateline)",
      "and print TempEval-3 Task A figures: strict and relaxed extraction, value and type F1."
    })
final class EvalTimemlCommand implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", description = "Folder of TimeML .tml files (or one file).")
  Path dir;

  @Option(names = {"-v", "--verbose"}, description = "Figures per document, with every miss, spurious timex and wrong value.")
  boolean verbose;

  @Option(names = "--write", paramLabel = "OUT_DIR", description = "Also write the system's TimeML, one .tml per document.")
  Path outDir;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    List<TimemlDocument> docs = TimemlReader.readAll(dir);
    Pipeline pipeline = Pipelines.standard().upTo("time");
    TaskAScorer scorer = new TaskAScorer();
    TaskAScore total = TaskAScore.empty("overall");
    if (outDir != null) {
      Files.createDirectories(outDir);
    }
    for (TimemlDocument doc : docs) {
      List<Timex> predicted = pipeline.annotate(doc.toArticle()).timexes();
      TaskAScorer.Result result = scorer.score(doc.id(), doc.timexes(), predicted);
      if (verbose) {
        out.println("== " + doc.id() + " (DCT " + doc.dctValue() + ")");
        out.print(result.score().format());
        result.diagnostics().forEach(d -> out.println("    - " + d));
      }
      if (outDir != null) {
        Files.writeString(outDir.resolve(doc.id() + ".tml"),
            TimemlWriter.write(doc.id(), doc.dctValue(), doc.text(), predicted), StandardCharsets.UTF_8);
      }
      total = total.plus(result.score());
    }
    out.println("== overall: " + docs.size() + " documents in " + dir);
    out.print(total.format());
    return 0;
  }
}
