package org.dateline.benchmark;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;
import org.dateline.pipeline.Document;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Pipelines;
import org.dateline.pipeline.Stage;
import org.dateline.timeml.TaskAScore;
import org.dateline.timeml.TaskAScorer;
import org.dateline.timeml.TimemlDocument;
import org.dateline.timeml.TimemlReader;

/**
 * TempEval-3 Task A on a folder of TimeML documents, for Dateline's temporal stage and for
 * Stanford CoreNLP's SUTime in the same run, scored by the same scorer, with the throughput of
 * each on one thread after warm-up. Both read the raw text of each document with its DCT as the
 * document date. Throughput counts Dateline's tokens of the same texts for both systems.
 *
 * <p>Usage: {@code TempEvalComparison [DIR] [--rounds N] [--warmup N]}; DIR defaults to
 * ../shared/eval/tempeval3/aquaint.
 */
public final class TempEvalComparison {

  private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");

  private TempEvalComparison() {}

  public static void main(String[] args) throws Exception {
    // CoreNLP brings an old Xerces; the JDK's parser serves OpenNLP without warnings
    System.setProperty("javax.xml.parsers.DocumentBuilderFactory",
        "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    Path dir = Path.of("../shared/eval/tempeval3/aquaint");
    int rounds = 2;
    int warmup = 1;
    for (int k = 0; k < args.length; k++) {
      switch (args[k]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++k]);
        case "--warmup" -> warmup = Integer.parseInt(args[++k]);
        default -> dir = Path.of(args[k]);
      }
    }
    List<TimemlDocument> docs = TimemlReader.readAll(dir);

    Pipeline upToPos = Pipelines.standard().upTo("pos");
    Pipeline upToTime = Pipelines.standard().upTo("time");
    Stage time = upToTime.stages().get(upToTime.stages().size() - 1);
    List<Document> tagged = new ArrayList<>();
    long tokens = 0;
    for (TimemlDocument d : docs) {
      Document doc = upToPos.annotate(d.toArticle());
      tagged.add(doc);
      tokens += doc.tokens().size();
    }
    System.out.printf("corpus: %s, %d documents, %,d tokens (Dateline tokenizer), %,d gold timexes%n",
        dir, docs.size(), tokens, docs.stream().mapToInt(d -> d.timexes().size()).sum());

    TaskAScore dateline = score(docs, d -> upToTime.annotate(d.toArticle()).timexes());
    double stageSeconds = Timing.fastestPass(rounds, warmup, () -> tagged.forEach(time::process));
    double datelineSeconds = Timing.fastestPass(rounds, warmup, () -> docs.forEach(d -> upToTime.annotate(d.toArticle())));

    StanfordCoreNLP corenlp = sutimePipeline();
    TaskAScore sutime = score(docs, d -> sutime(corenlp, d));
    double sutimeSeconds = Timing.fastestPass(rounds, warmup, () -> docs.forEach(d -> sutime(corenlp, d)));

    System.out.println();
    System.out.println("TempEval-3 Task A (F1 in percent; attribute F1 over relaxed matches, TE3 style)");
    System.out.printf("%-34s %8s %8s %8s %8s %8s %8s %8s%n",
        "system", "strictP", "strictR", "strictF1", "relaxF1", "valueF1", "typeF1", "relaxP/R");
    row("Dateline temporal stage", dateline);
    row("SUTime (CoreNLP 4.5.10)", sutime);
    System.out.println();
    System.out.println("Throughput on one thread, best of " + rounds + " timed passes after " + warmup + " warm-up:");
    System.out.printf("  Dateline temporal stage alone       %,12.0f tokens/s%n", tokens / stageSeconds);
    System.out.printf("  Dateline segment+pos+time           %,12.0f tokens/s%n", tokens / datelineSeconds);
    System.out.printf("  CoreNLP tokenize,ssplit,pos,lemma,ner (SUTime) %,8.0f tokens/s%n", tokens / sutimeSeconds);
  }

  private static void row(String name, TaskAScore s) {
    System.out.printf("%-34s %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f  %.1f/%.1f%n", name,
        100 * s.strict().precision(), 100 * s.strict().recall(), 100 * s.strict().f1(), 100 * s.relaxed().f1(),
        100 * s.value().f1(), 100 * s.type().f1(), 100 * s.relaxed().precision(), 100 * s.relaxed().recall());
  }

  private static TaskAScore score(List<TimemlDocument> docs, Function<TimemlDocument, List<Timex>> system) {
    TaskAScorer scorer = new TaskAScorer();
    TaskAScore total = TaskAScore.empty("overall");
    for (TimemlDocument d : docs) {
      total = total.plus(scorer.score(d.id(), d.timexes(), system.apply(d)).score());
    }
    return total;
  }

  private static StanfordCoreNLP sutimePipeline() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("threads", "1");
    return new StanfordCoreNLP(props);
  }

  /** SUTime's TIMEX3s for one document, dated by its DCT, from CoreNLP's entity mentions. */
  static List<Timex> sutime(StanfordCoreNLP corenlp, TimemlDocument d) {
    Annotation annotation = new Annotation(d.text());
    annotation.set(CoreAnnotations.DocDateAnnotation.class, d.dct().toString());
    corenlp.annotate(annotation);
    List<Timex> out = new ArrayList<>();
    List<CoreMap> mentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return out;
    }
    for (CoreMap m : mentions) {
      String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      if (tag == null || !TEMPORAL.contains(tag)) {
        continue;
      }
      int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      edu.stanford.nlp.time.Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      String type = timex != null && timex.timexType() != null ? timex.timexType() : tag;
      String value = timex != null ? timex.value()
          : m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      TimexType t;
      try {
        t = TimexType.valueOf(type);
      } catch (IllegalArgumentException e) {
        t = TimexType.DATE;
      }
      out.add(new Timex(start, end, d.text().substring(start, end), t, value));
    }
    return out;
  }
}
