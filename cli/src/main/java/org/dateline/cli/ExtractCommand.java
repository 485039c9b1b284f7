package org.dateline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.dateline.ingest.Format;
import org.dateline.ingest.Ingest;
import org.dateline.input.ArticleInput;
import org.dateline.input.ArticleInput.Item;
import org.dateline.input.InputException;
import org.dateline.input.TextDecoder;
import org.dateline.json.Json;
import org.dateline.model.Article;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline extract}: articles in, one JSON record per article out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {
      "Extract actors, temporal expressions, events and quotes from articles.",
      "Prints one JSON object per article (JSON Lines when there are several), in input order."
    })
final class ExtractCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", arity = "0..*", description = {
      "Article files, read as ingest reads them: plain text (optional Title:/Published:/URL: header lines),",
      "HTML pages, RSS/Atom feeds, JSON Lines, WARC crawls; folders are read recursively."})
  List<Path> files = new ArrayList<>();

  @Option(names = "--input", paramLabel = "JSONL",
      description = "A JSON Lines file of objects {id, title, text, published, url, source}.")
  Path jsonl;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = CliErrors.DateConverter.class,
      description = "Publication date (the dateline) for relative dates; overrides the input's.")
  LocalDate published;

  @Option(names = "--id", description = "Article id (only with a single FILE).")
  String id;

  @Option(names = "--pretty", description = "Indented JSON (single article only).")
  boolean pretty;

  @Option(names = "--max-chars", defaultValue = "" + TextDecoder.DEFAULT_MAX_CHARS,
      description = "Largest article accepted, in characters (default: ${DEFAULT-VALUE}).")
  int maxChars;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Mixin PipelineOptions pipelineOptions = new PipelineOptions();

  @Override
  public Integer call() throws Exception {
    PrintStream out = new PrintStream(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
    PrintStream err = System.err;
    if (files.isEmpty() && jsonl == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give a FILE or --input JSONL");
    }
    if (id != null && (files.size() != 1 || jsonl != null)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--id needs exactly one FILE");
    }
    TextDecoder decoder = new TextDecoder(maxChars);
    ArticleInput input = new ArticleInput(decoder);
    Ingest ingest = new Ingest(decoder);
    Pipeline pipeline = pipelineOptions.build();
    int[] failures = {0};
    boolean[] warnedUndated = {false};
    List<Path> paths;
    try {
      paths = Ingest.files(files);
    } catch (InputException e) {
      CliErrors.error(err, e.getMessage());
      return 1;
    }
    for (Path path : paths) {
      Consumer<Item> sink = item -> {
        if (item.error() != null) {
          CliErrors.error(err, item.error().getMessage());
          failures[0]++;
          return;
        }
        Article article = item.article();
        if (id != null) {
          article = article.withId(id);
        }
        if (published != null) {
          article = article.withPublished(published);
        }
        if (article.published() == null && !warnedUndated[0]) {
          CliErrors.warn(err, path + ": no publication date (use --published YYYY-MM-DD); relative dates are left unresolved");
          warnedUndated[0] = true;
        }
        write(out, pipeline, article);
      };
      boolean known = ingest.read(path, sink);
      if (!known && files.contains(path)) {
        // named on the command line: read it as text, so a binary file gets its reason, not silence
        ingest.read(path, Format.TEXT, sink);
      }
    }
    if (jsonl != null) {
      int[] counts = new int[1];
      boolean[] warned = {warnedUndated[0]};
      try {
        input.readJsonLines(jsonl, item -> {
          if (item.error() != null) {
            CliErrors.error(err, item.error().getMessage());
            counts[0]++;
            return;
          }
          Article article = published != null ? item.article().withPublished(published) : item.article();
          if (article.published() == null && !warned[0]) {
            CliErrors.warn(err, jsonl + ": articles without 'published'; their relative dates are left unresolved");
            warned[0] = true;
          }
          write(out, pipeline, article);
        });
      } catch (InputException e) {
        CliErrors.error(err, e.getMessage());
        counts[0]++;
      }
      failures[0] += counts[0];
    }
    out.flush();
    return failures[0] == 0 ? 0 : 1;
  }

  private void write(PrintStream out, Pipeline pipeline, Article article) {
    var extraction = pipeline.extract(article);
    out.println(pretty ? Json.pretty(extraction) : Json.line(extraction));
  }
}
