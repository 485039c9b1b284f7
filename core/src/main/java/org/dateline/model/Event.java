package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An interaction between actors: PLOVER {@code type} and {@code mode}, the closest CAMEO code,
 * source and target actor ids, where and when (a TimeML date value) it happened, its modality,
 * and the sentence span that supports it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Event(
    String id,
    String type,
    String mode,
    String cameo,
    List<String> source,
    List<String> target,
    String location,
    String date,
    Modality modality,
    Double confidence,
    Evidence evidence) {

  public Event {
    source = source == null ? List.of() : List.copyOf(source);
    target = target == null ? List.of() : List.copyOf(target);
  }
}
