package org.dateline.benchmark;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.dateline.actors.ActorStage;
import org.dateline.eval.Prf;
import org.dateline.eval.conll.ConllCorpus;
import org.dateline.eval.conll.ConllScorer;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Pipelines;
import org.dateline.pipeline.Stage;

/**
 * CoNLL-2003 named entities (PER, LOC, ORG; MISC excluded on both sides) for Dateline's actor
 * mentions and for Stanford CoreNLP's NER in the same run, scored by the same scorer
 * ({@link ConllScorer}, exact span and type), with the throughput of each on one thread after
 * warm-up. Both read the same text: the file's tokens joined by spaces, one sentence a line;
 * CoreNLP is told to keep those tokens and lines (whitespace tokenizer, end-of-line sentences)
 * so that its spans fall on the gold tokens. CoreNLP's pronoun mentions ("he" as PERSON) are
 * left out, as CoNLL and Dateline's view leave pronouns out. Throughput counts the CoNLL tokens
 * for both.
 *
 * <p>Usage: {@code ConllComparison [FILE] [--rounds N] [--warmup N]}; FILE defaults to
 * ../shared/eval/conll2003/eng.testa (develop there; eng.testb is held out, report only).
 */
public final class ConllComparison {

  private ConllComparison() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("javax.xml.parsers.DocumentBuilderFactory",
        "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    Path file = Path.of("../shared/eval/conll2003/eng.testa");
    int rounds = 1;
    int warmup = 1;
    for (int k = 0; k < args.length; k++) {
      switch (args[k]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++k]);
        case "--warmup" -> warmup = Integer.parseInt(args[++k]);
        default -> file = Path.of(args[k]);
      }
    }
    List<ConllCorpus.Doc> docs = ConllCorpus.read(file, LocalDate.of(1996, 8, 30));
    long tokens = docs.stream().mapToLong(d -> d.tokenSpans().size()).sum();
    System.out.printf("corpus: %s, %d documents, %,d tokens, %,d gold PER/LOC/ORG entities%n", file, docs.size(),
        tokens, docs.stream().mapToLong(d -> d.gold().stream().filter(e -> ConllScorer.TYPES.contains(e.type())).count()).sum());

    Pipeline pipeline = Pipelines.standard();
    ActorStage actors = null;
    for (Stage s : pipeline.stages()) {
      if (s instanceof ActorStage a) {
        actors = a;
      }
    }
    ConllScorer dateline = new ConllScorer(pipeline.upTo("time"), actors);
    Map<String, Prf> datelineScores = dateline.score(docs);
    double datelineSeconds = Timing.fastestPass(rounds, warmup, () -> docs.forEach(dateline::predict));

    StanfordCoreNLP corenlp = nerPipeline();
    Map<String, Prf> corenlpScores = ConllScorer.score(docs, d -> corenlp(corenlp, d));
    double corenlpSeconds = Timing.fastestPass(rounds, warmup, () -> docs.forEach(d -> corenlp(corenlp, d)));

    System.out.println();
    System.out.println("CoNLL-2003 entities, exact span and type (MISC excluded)");
    System.out.printf("%-30s %-5s %7s %7s %7s %16s%n", "system", "type", "P", "R", "F1", "tp/pred/gold");
    rows("Dateline actor mentions", datelineScores);
    rows("CoreNLP 4.5.10 NER", corenlpScores);
    System.out.println();
    System.out.println("Throughput on one thread, best of " + rounds + " timed passes after " + warmup + " warm-up:");
    System.out.printf("  Dateline segment+pos+time+actors            %,10.0f tokens/s%n", tokens / datelineSeconds);
    System.out.printf("  CoreNLP tokenize,ssplit,pos,lemma,ner       %,10.0f tokens/s%n", tokens / corenlpSeconds);
  }

  private static void rows(String system, Map<String, Prf> scores) {
    for (Map.Entry<String, Prf> e : scores.entrySet()) {
      Prf p = e.getValue();
      System.out.printf("%-30s %-5s %7.3f %7.3f %7.3f %16s%n", system, e.getKey(), p.precision(), p.recall(), p.f1(),
          p.truePositives() + "/" + p.predicted() + "/" + p.gold());
    }
  }

  /** CoreNLP's default English NER over the given tokens and lines; SUTime and numbers off. */
  private static StanfordCoreNLP nerPipeline() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("tokenize.whitespace", "true");
    props.setProperty("ssplit.eolonly", "true");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("threads", "1");
    return new StanfordCoreNLP(props);
  }

  /**
   * CoreNLP's entity mentions include pronouns ("he", "his") as PERSON mentions; CoNLL does not
   * tag pronouns and Dateline's view leaves them out, so neither side counts them.
   */
  private static boolean pronominal(CoreMap mention) {
    List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens == null || tokens.isEmpty()) {
      return false;
    }
    for (CoreLabel t : tokens) {
      String tag = t.get(CoreAnnotations.PartOfSpeechAnnotation.class);
      if (tag == null || !tag.startsWith("PRP")) {
        return false;
      }
    }
    return true;
  }

  /** CoreNLP's PERSON, LOCATION and ORGANIZATION mentions (not pronouns) as CoNLL entities. */
  static Set<String> corenlp(StanfordCoreNLP corenlp, ConllCorpus.Doc doc) {
    Annotation annotation = new Annotation(doc.text());
    corenlp.annotate(annotation);
    Set<String> out = new HashSet<>();
    List<CoreMap> mentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return out;
    }
    for (CoreMap m : mentions) {
      String type = switch (String.valueOf(m.get(CoreAnnotations.NamedEntityTagAnnotation.class))) {
        case "PERSON" -> "PER";
        case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> "LOC";
        case "ORGANIZATION" -> "ORG";
        default -> null;
      };
      if (type == null || pronominal(m)) {
        continue;
      }
      String e = ConllScorer.entity(doc, m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), type);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }
}
