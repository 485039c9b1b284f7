package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A temporal expression with its TimeML value: {@code 2025-12-01}, {@code 2025-W48}, {@code
 * PTXH}, {@code FUTURE_REF}. {@code value} is null when it cannot be resolved (for example a
 * relative date in an article without a dateline). {@code mod} is TimeML's optional modifier
 * (START, END, MID, APPROX, BEFORE, AFTER, ...).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Timex(int start, int end, String text, TimexType type, String value, String mod) implements TextSpan {

  public Timex(int start, int end, String text, TimexType type, String value) {
    this(start, end, text, type, value, null);
  }
}
