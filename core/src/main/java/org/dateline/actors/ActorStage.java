package org.dateline.actors;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dateline.pipeline.Document;
import org.dateline.pipeline.Layer;
import org.dateline.pipeline.Stage;

/** Stage: actors. */
public final class ActorStage implements Stage {

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.TIMEXES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.ACTORS);
  }

  @Override
  public Document process(Document doc) {
    return doc.withActors(List.of());
  }
}
