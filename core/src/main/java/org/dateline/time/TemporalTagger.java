package org.dateline.time;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dateline.pipeline.Document;
import org.dateline.pipeline.Layer;
import org.dateline.pipeline.Stage;

/** Stage: temporal expressions recognized and normalized to TimeML values against the dateline. */
public final class TemporalTagger implements Stage {

  public static TemporalTagger load() {
    return new TemporalTagger();
  }

  @Override
  public String name() {
    return "time";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.TIMEXES);
  }

  @Override
  public Document process(Document doc) {
    return doc.withTimexes(List.of());
  }
}
