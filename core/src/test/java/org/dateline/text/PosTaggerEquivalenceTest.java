package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.dateline.bench.BenchCorpus;
import org.dateline.model.Article;
import org.dateline.pipeline.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The POS stage's own decoder against OpenNLP's {@code POSTaggerME} (default beam of 3): the
 * same probabilities at every position and the same tags, and the property of OpenNLP's feature
 * generation that makes a greedy decoder give the beam's tags.
 */
class PosTaggerEquivalenceTest {

  private static final List<String> SENTENCES = List.of(
      "The ministers met in Geneva on Tuesday and agreed to resume talks next month .",
      "\" We will not accept any deal that ignores the border , \" the deputy premier told reporters .",
      "Shares of Korvex Holdings fell 4.5 % to $ 12.30 after the quarterly report , its third loss in a row .",
      "Police said two men , aged 34 and 41 , were arrested late on Saturday near the port of Antwerp .",
      "It 's the first time the council has met since the 2019 ceasefire , which collapsed within weeks .",
      "Ms. Okafor , who chairs the committee , didn't say whether the U.N. mission would be extended .",
      "Rain .",
      "Yes",
      "BRUSSELS -",
      "Protesters chanted slogans outside parliament ; riot police fired tear gas and rubber bullets .",
      "The well-known e-commerce start-up re-opened its Dublin office in mid-2024 , hiring 1,200 staff .",
      "ABBA , NATO and the IMF : three acronyms , one headline , zero verbs",
      "Flights resumed at 06:45 local time ( 0445 GMT ) , an airport spokeswoman said by phone .",
      "He said he had seen it .");

  private static POSModel model;
  private static GreedyPosDecoder decoder;
  private static POSTaggerME opennlp;

  @BeforeAll
  static void load() {
    model = PosTagger.loadModel();
    decoder = new GreedyPosDecoder(new PosModelTables(model));
    opennlp = new POSTaggerME(model, POSTagFormat.UD);
  }

  @Test
  void tagsAreOpenNlpsBeamSearchTags() {
    for (String s : SENTENCES) {
      String[] words = s.split(" ");
      assertThat(decoder.tag(words)).as(s).containsExactly(opennlp.tag(words));
    }
  }

  @Test
  void probabilitiesAreOpenNlpsBitForBit() {
    MaxentModel maxent = (MaxentModel) model.getArtifact("pos.model");
    POSContextGenerator features = model.getFactory().getPOSContextGenerator(0);
    for (String s : SENTENCES) {
      String[] words = s.split(" ");
      String[] tags = opennlp.tag(words);
      for (int i = 0; i < words.length; i++) {
        String[] history = Arrays.copyOf(tags, i);
        double[] expected = maxent.eval(features.getContext(i, words, history, null));
        assertThat(decoder.probabilities(words, i, history)).as(s + " @" + i).containsExactly(expected);
      }
    }
  }

  /**
   * Why one candidate per token is enough: OpenNLP caches the model's features per position, so
   * a second beam candidate at a position gets the tag features of the first. Should an OpenNLP
   * upgrade change this, the beam would become a real one and the decoder would need revisiting.
   */
  @Test
  void beamCandidatesAtOnePositionShareTheFirstCandidatesTagFeatures() {
    POSContextGenerator features = model.getFactory().getPOSContextGenerator(3);
    String[] words = "The mayor opened the new bridge".split(" ");
    String[] first = features.getContext(3, words, new String[] {"DET", "NOUN", "VERB"}, null);
    String[] second = features.getContext(3, words, new String[] {"DET", "PROPN", "AUX"}, null);
    assertThat(first).contains("t=VERB", "t2=NOUN,VERB");
    assertThat(second).containsExactly(first);
  }

  /**
   * Every sentence of a third of the shared evaluation texts that {@code dateline bench} reads
   * (all of them were checked when the decoder was written; a third keeps the test short).
   */
  @Test
  void benchCorpusTagsAreOpenNlps() throws Exception {
    Path eval = Path.of(System.getProperty("dateline.shared", "../shared"), "eval");
    assumeTrue(Files.isDirectory(eval), "no shared evaluation data at " + eval);
    Segmenter segmenter = new Segmenter(Abbreviations.load());
    int tokens = 0;
    List<String> differences = new ArrayList<>();
    List<Article> articles = BenchCorpus.load(eval);
    for (int k = 0; k < articles.size(); k += 3) {
      Article a = articles.get(k);
      Document d = segmenter.process(Document.of(a));
      for (Sentence s : d.sentences()) {
        List<Token> toks = d.tokensOf(s);
        String[] words = toks.stream().map(t -> PosTagger.normalizeForModel(t.text())).toArray(String[]::new);
        String[] expected = opennlp.tag(words);
        if (!Arrays.equals(decoder.tag(words), expected)) {
          differences.add(a.id() + ": " + String.join(" ", words));
        }
        tokens += words.length;
      }
    }
    assertThat(tokens).isGreaterThan(0);
    assertThat(differences).isEmpty();
  }
}
