package org.dateline.actors;

import java.util.List;
import org.dateline.model.ActorKind;

/**
 * An entry of the knowledge base: a country, an organization or a person, with the forms that
 * name it. {@code country} is the ISO alpha-3 code (or an organization code); for a person,
 * {@code terms} lists the offices held.
 */
public record KbEntity(
    String id,
    ActorKind kind,
    String name,
    String country,
    String sector,
    String role,
    List<String> names,
    List<Term> terms) {

  public KbEntity {
    names = List.copyOf(names);
    terms = List.copyOf(terms);
  }

  public boolean isPerson() {
    return kind == ActorKind.PERSON;
  }

  /** The office held on a day, preferring one with a head-of-state/government function. */
  public Term termOn(java.time.LocalDate day) {
    Term best = null;
    for (Term t : terms) {
      if (t.heldOn(day) && (best == null || rank(t) < rank(best))) {
        best = t;
      }
    }
    return best;
  }

  /** The most recent office that started on or before the day (for former office holders). */
  public Term latestTermBefore(java.time.LocalDate day) {
    Term best = null;
    for (Term t : terms) {
      boolean started = day == null || t.start() == null || !t.start().isAfter(day);
      if (started && (best == null || (t.start() != null && (best.start() == null || t.start().isAfter(best.start()))))) {
        best = t;
      }
    }
    return best;
  }

  private static int rank(Term t) {
    if (t.exOfficio()) {
      return 3;
    }
    if (t.functions().contains("HOS")) {
      return 0;
    }
    if (t.functions().contains("HOG")) {
      return 1;
    }
    return 2;
  }
}
