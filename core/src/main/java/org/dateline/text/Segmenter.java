package org.dateline.text;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dateline.pipeline.Document;
import org.dateline.pipeline.Layer;
import org.dateline.pipeline.Stage;

/** Stage: tokens and sentences with character offsets. */
public final class Segmenter implements Stage {

  private final Tokenizer tokenizer;
  private final SentenceSplitter splitter;

  public Segmenter(Abbreviations abbreviations) {
    this.tokenizer = new Tokenizer(abbreviations);
    this.splitter = new SentenceSplitter(abbreviations);
  }

  @Override
  public String name() {
    return "segment";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.noneOf(Layer.class);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
  }

  @Override
  public Document process(Document doc) {
    List<Token> tokens = tokenizer.tokenize(doc.text());
    return doc.withSegmentation(tokens, splitter.split(doc.text(), tokens));
  }
}
