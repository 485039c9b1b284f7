package org.dateline.timeml;

import java.util.Map;

/** An EVENT or SIGNAL of a TimeML document: tag name, id, span in the raw text, attributes. */
public record TimemlTag(String name, String id, int start, int end, Map<String, String> attributes) {

  public TimemlTag {
    attributes = Map.copyOf(attributes);
  }
}
