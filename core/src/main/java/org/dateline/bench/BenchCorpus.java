package org.dateline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dateline.model.Article;

/**
 * The texts of the shared evaluation folder as articles, for throughput measurements: the
 * seed article, the raw text of every TempEval-3 document (dated by its DCT) and every
 * CoNLL-2003 test document (tokens joined by spaces). Missing parts are skipped.
 */
public final class BenchCorpus {

  private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
  private static final Pattern DCT = Pattern.compile("<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]+>");

  private BenchCorpus() {}

  public static List<Article> load(Path eval) throws IOException {
    List<Article> out = new ArrayList<>();
    Path seed = eval.resolve("seed");
    if (Files.isDirectory(seed)) {
      for (Path p : list(seed, ".txt")) {
        out.add(new Article(p.getFileName().toString(), null, Files.readString(p, StandardCharsets.UTF_8),
            LocalDate.of(2025, 12, 2), null, null));
      }
    }
    for (String part : List.of("tempeval3/timebank", "tempeval3/aquaint")) {
      Path dir = eval.resolve(part);
      if (Files.isDirectory(dir)) {
        for (Path p : list(dir, ".tml")) {
          String xml = Files.readString(p, StandardCharsets.UTF_8);
          Matcher m = TEXT.matcher(xml);
          if (!m.find()) {
            continue;
          }
          String raw = unescape(TAG.matcher(m.group(1)).replaceAll(""));
          Matcher d = DCT.matcher(xml);
          LocalDate dct = d.find() ? LocalDate.parse(d.group(1)) : null;
          out.add(new Article(p.getFileName().toString(), null, raw, dct, null, null));
        }
      }
    }
    Path conll = eval.resolve("conll2003/eng.testb");
    if (Files.isRegularFile(conll)) {
      StringBuilder doc = new StringBuilder();
      int n = 0;
      for (String line : Files.readAllLines(conll, StandardCharsets.UTF_8)) {
        if (line.startsWith("-DOCSTART-")) {
          if (doc.length() > 0) {
            out.add(new Article("conll-" + (++n), null, doc.toString(), LocalDate.of(1996, 8, 30), null, null));
            doc.setLength(0);
          }
        } else if (line.isBlank()) {
          if (doc.length() > 0 && doc.charAt(doc.length() - 1) != '\n') {
            doc.append('\n');
          }
        } else {
          if (doc.length() > 0 && doc.charAt(doc.length() - 1) != '\n') {
            doc.append(' ');
          }
          doc.append(line, 0, line.indexOf(' ') < 0 ? line.length() : line.indexOf(' '));
        }
      }
      if (doc.length() > 0) {
        out.add(new Article("conll-" + (++n), null, doc.toString(), LocalDate.of(1996, 8, 30), null, null));
      }
    }
    return out;
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
