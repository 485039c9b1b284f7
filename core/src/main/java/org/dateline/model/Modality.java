package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether an event happened, is expected, did not happen, or is only posed as a possibility. */
public enum Modality {
  ASSERTED, EXPECTED, NEGATED, HYPOTHETICAL;

  @JsonValue
  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Modality parse(String s) {
    return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
