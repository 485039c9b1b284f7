package org.dateline.pipeline;

import java.util.Set;

/**
 * One step of the extraction chain. A stage reads the layers it {@link #requires()} and returns
 * a new document with the layers it {@link #provides()}; it knows nothing of the other stages.
 * Stages are immutable and thread-safe once built, so one pipeline serves many threads.
 */
public interface Stage {

  String name();

  Set<Layer> requires();

  Set<Layer> provides();

  Document process(Document document);
}
