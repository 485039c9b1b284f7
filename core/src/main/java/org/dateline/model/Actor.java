package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A participant resolved across the article: one entry per real-world actor, with every
 * mention that names it. {@code country} is ISO 3166-1 alpha-3, or a short code for an
 * international organization (EU, NATO, UN); {@code sector} is GOV, MIL, BUS, MED, OPP, CVL or
 * IGO. Fields the text does not support are null and omitted from JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Actor(
    String id,
    String name,
    ActorKind kind,
    String country,
    String sector,
    String role,
    List<Mention> mentions) {

  public Actor {
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }
}
