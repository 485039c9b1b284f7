package org.dateline.events;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dateline.pipeline.Document;
import org.dateline.pipeline.Layer;
import org.dateline.pipeline.Stage;

/** Stage: events. */
public final class EventCoder implements Stage {

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.TIMEXES, Layer.ACTORS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.EVENTS);
  }

  @Override
  public Document process(Document doc) {
    return doc.withEvents(List.of());
  }
}
