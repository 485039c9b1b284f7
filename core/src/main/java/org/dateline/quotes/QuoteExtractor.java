package org.dateline.quotes;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dateline.pipeline.Document;
import org.dateline.pipeline.Layer;
import org.dateline.pipeline.Stage;

/** Stage: quotes. */
public final class QuoteExtractor implements Stage {

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.ACTORS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.QUOTES);
  }

  @Override
  public Document process(Document doc) {
    return doc.withQuotes(List.of());
  }
}
