package org.dateline.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import org.dateline.pipeline.Document;
import org.dateline.pipeline.Layer;
import org.dateline.pipeline.Stage;

/**
 * Stage: Universal POS tags (NOUN, PROPN, VERB, AUX, ...) from OpenNLP's English UD-EWT model.
 * The model is loaded once and read into {@link PosModelTables}; each thread gets its own
 * {@link GreedyPosDecoder}, which gives OpenNLP's {@code POSTaggerME} tags about ten times
 * faster (per-word features resolved once, one candidate per token instead of a beam whose
 * candidates all see the same features). A closed-class tag (ADP, DET, PRON, ...) only goes to
 * a member of its class ({@link ClosedClasses}): "Japan accuse/ADP" takes the word's best open tag.
 */
public final class PosTagger implements Stage {

  private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private final ThreadLocal<GreedyPosDecoder> taggers;

  public PosTagger(POSModel model) {
    PosModelTables tables = new PosModelTables(model);
    ClosedClasses closed = ClosedClasses.load();
    this.taggers = ThreadLocal.withInitial(() -> new GreedyPosDecoder(tables, closed));
  }

  public static POSModel loadModel() {
    try (InputStream in = PosTagger.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("POS model " + MODEL + " is not on the classpath");
      }
      return new POSModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load POS model", e);
    }
  }

  @Override
  public String name() {
    return "pos";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.POS);
  }

  @Override
  public Document process(Document doc) {
    GreedyPosDecoder tagger = taggers.get();
    List<Token> tagged = new ArrayList<>(doc.tokens().size());
    for (Sentence s : doc.sentences()) {
      List<Token> toks = doc.tokensOf(s);
      String[] words = new String[toks.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = normalizeForModel(toks.get(i).text());
      }
      String[] tags = tagger.tag(words);
      for (int i = 0; i < words.length; i++) {
        tagged.add(toks.get(i).withPos(tags[i]));
      }
    }
    return doc.withTaggedTokens(tagged);
  }

  /** The model was trained on straight quotes and ASCII apostrophes. */
  static String normalizeForModel(String w) {
    switch (w) {
      case "“": case "”": case "``": case "''": case "«": case "»":
        return "\"";
      case "‘":
        return "'";
      case "—": case "–": case "--":
        return "-";
      default:
        return w.indexOf('’') >= 0 ? w.replace('’', '\'') : w;
    }
  }
}
