package org.dateline.pipeline;

/** The annotation layers a {@link Document} can carry; stages declare which they need and add. */
public enum Layer {
  TOKENS, SENTENCES, POS, TIMEXES, ACTORS, QUOTES, EVENTS
}
