package org.dateline.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dateline.input.ArticleInput;
import org.dateline.input.TextDecoder;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Extraction;
import org.dateline.model.Quote;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dateline demo}: the bundled example articles, extracted and summarized. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Extract the bundled example articles and print what was found in each.")
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--examples", description = "Folder of example articles (default: the bundled examples/).")
  Path examples;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    Path dir = examples != null ? examples : Path.of(System.getProperty("dateline.home", "."), "examples");
    if (!Files.isDirectory(dir)) {
      CliErrors.error(System.err, dir + ": no examples folder");
      return 1;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    Pipeline pipeline = Pipelines.standard();
    ArticleInput input = new ArticleInput(new TextDecoder());
    for (Path file : files) {
      Article article = input.readText(file);
      Extraction x = pipeline.extract(article);
      summarize(out, article, x);
    }
    return 0;
  }

  static void summarize(PrintStream out, Article article, Extraction x) {
    Map<String, String> names = new HashMap<>();
    for (Actor a : x.actors()) {
      names.put(a.id(), a.name());
    }
    out.println("== " + article.id() + (article.published() == null ? "" : "  (published " + article.published() + ")"));
    out.printf("   %d actors, %d time expressions, %d events, %d quotes%n",
        x.actors().size(), x.timexes().size(), x.events().size(), x.quotes().size());
    for (Event e : x.events()) {
      out.printf("   %-10s %-4s %-10s %s -> %s%s%s%n",
          e.date() == null ? "(undated)" : e.date(), e.cameo(), e.type() + "/" + e.mode(),
          join(e.source(), names), join(e.target(), names),
          e.location() == null ? "" : " in " + e.location(),
          e.modality() == null || e.modality().json().equals("asserted") ? "" : " [" + e.modality().json() + "]");
    }
    for (Quote q : x.quotes()) {
      String text = q.text().length() > 70 ? q.text().substring(0, 67) + "..." : q.text();
      out.printf("   \"%s\" - %s%n", text, q.speaker() == null ? "?" : names.get(q.speaker()));
    }
    out.println();
  }

  private static String join(List<String> ids, Map<String, String> names) {
    return String.join(", ", ids.stream().map(id -> names.getOrDefault(id, id)).toList());
  }
}
