package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;

/**
 * Merges the repeats of one event within an article: "The visit follows talks between
 * Ukrainian and U.S. officials" restates meetings that are dated elsewhere, and "his 10th
 * visit to France" the arrival told before. An event is dropped when another of the same type
 * covers its sides (the same actor, or a person of the country where one side is a country) and
 * it has no date of its own, or when another has exactly its actors and date.
 */
final class EventMerger {

  private static final Set<String> SYMMETRIC = Set.of("CONSULT", "COOPERATE");
  /** Types whose acts between the same sides, told in one sentence on one day, are one act. */
  private static final Set<String> ONE_ACT_TYPES = Set.of("CONSULT", "AGREE", "ASSAULT");

  private EventMerger() {}

  static List<Draft> merge(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft e = drafts.get(i);
      boolean redundant = false;
      for (int j = 0; j < drafts.size() && !redundant; j++) {
        if (i == j) {
          continue;
        }
        Draft f = drafts.get(j);
        if (covers(f, e)) {
          int se = specificity(e);
          int sf = specificity(f);
          // of two equally specific repeats, the first told is kept
          redundant = sf > se || sf == se && (j < i || !covers(e, f));
        }
      }
      if (!redundant) {
        out.add(e);
      }
    }
    return out;
  }

  /** Whether {@code f} reports everything {@code e} does. */
  private static boolean covers(Draft f, Draft e) {
    if (!f.type().equals(e.type()) || e.modality() != f.modality()) {
      return false;
    }
    if (f.trigger() != e.trigger() && !f.cameo().equals(e.cameo()) && !oneAct(f, e)) {
      return false; // "recalled its envoy and expelled theirs", "closed the border": different acts
    }
    if (e.date() != null) {
      // a dated event is only a repeat of one with exactly the same actors on the same day
      return e.date().equals(f.date()) && sameActors(f.sources(), e.sources()) && sameActors(f.targets(), e.targets());
    }
    if (sides(f.sources(), e.sources()) && sides(f.targets(), e.targets())) {
      return true;
    }
    return SYMMETRIC.contains(e.type()) && !e.directed() && !f.directed() && sides(f.sources(), e.targets()) && sides(f.targets(), e.sources());
  }

  /**
   * "arrived in Abuja on Monday for talks with Nigerian officials", "signed a six-month ceasefire":
   * one sentence telling a meeting, an agreement or an attack between the same sides on the same
   * day tells one (the visit and its talks are one meeting, the signing and the truce one agreement,
   * "fired 170 shells at the island, killing two marines" one attack); attacks between the same
   * sides on one named day are one attack wherever they are told ("shelled the island on Tuesday").
   */
  private static boolean oneAct(Draft f, Draft e) {
    boolean sameDayAttack = "ASSAULT".equals(e.type()) && EventDating.isDay(e.date());
    return ONE_ACT_TYPES.contains(e.type()) && (f.sentence() == e.sentence() || sameDayAttack)
        && java.util.Objects.equals(f.date(), e.date())
        && sameActors(f.sources(), e.sources()) && sameActors(f.targets(), e.targets());
  }

  private static boolean sameActors(List<Actor> a, List<Actor> b) {
    return a.stream().map(Actor::id).collect(java.util.stream.Collectors.toSet())
        .equals(b.stream().map(Actor::id).collect(java.util.stream.Collectors.toSet()));
  }

  private static boolean sides(List<Actor> wider, List<Actor> narrower) {
    for (Actor n : narrower) {
      boolean found = false;
      for (Actor w : wider) {
        if (compatible(w, n)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static boolean compatible(Actor a, Actor b) {
    if (a.id().equals(b.id())) {
      return true;
    }
    boolean country = a.kind() == ActorKind.COUNTRY || b.kind() == ActorKind.COUNTRY;
    // a rebel or opposition body is the state's other side, never a part of it ("Ethiopia and the TPLF")
    boolean opposition = "OPP".equals(a.sector()) || "OPP".equals(b.sector());
    return country && !opposition && a.country() != null && a.country().equals(b.country());
  }

  private static int specificity(Draft d) {
    int s = d.date() == null ? 0 : 4;
    for (Actor a : d.sources()) {
      s += a.kind() == ActorKind.COUNTRY ? 0 : 1;
    }
    for (Actor a : d.targets()) {
      s += a.kind() == ActorKind.COUNTRY ? 0 : 1;
    }
    return s;
  }
}
