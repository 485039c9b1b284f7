package org.dateline.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;

/**
 * Drops the "visits" of a person the article tells was overthrown, sent into exile or given
 * refuge: "landed in San José", "flew to the Maldives", "arrived in Moscow" after a coup, an
 * expulsion or an asylum is a flight, not a visit to a host (CAMEO 042).
 */
final class ExileTrips {

  private static final String VISIT = "042";
  /** Acts that put a person out of power or of the country, or shelter them abroad. */
  private static final Set<String> OUSTING = Set.of("180", "174", "075");

  private ExileTrips() {}

  static List<Draft> drop(List<Draft> drafts) {
    Set<String> ousted = new HashSet<>();
    for (Draft d : drafts) {
      if (OUSTING.contains(d.cameo())) {
        for (Actor t : d.targets()) {
          if (t.kind() == ActorKind.PERSON) {
            ousted.add(t.id());
          }
        }
      }
    }
    if (ousted.isEmpty()) {
      return drafts;
    }
    return drafts.stream()
        .filter(d -> !(VISIT.equals(d.cameo()) && d.sources().stream().allMatch(a -> ousted.contains(a.id()))))
        .toList();
  }
}
