package org.dateline.store;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.Actor;
import org.dateline.model.Event;
import org.dateline.model.Modality;

/**
 * One event as one article reports it, with what cross-article matching needs: the dyad keys,
 * the days its date covers, and the block of reports it may be merged with.
 *
 * <p>The block holds reports of the same type, modality and dyad. Within a block, reports whose
 * days overlap are one event. A date vaguer than a week (a month, a year) is matched only with
 * reports of the same vague value, so "in December" never chains separate meetings of December
 * into one. An undated report counts on its article's publication day; with no publication date
 * either, it stays an event of its own.
 */
record Report(
    String articleKey,
    String eventId,
    String type,
    String mode,
    String cameo,
    String sourceIds,
    String targetIds,
    String sourceKey,
    String targetKey,
    String sourceName,
    String targetName,
    String location,
    String dateValue,
    DateRange days,
    String modality,
    Double confidence,
    Integer evidenceStart,
    Integer evidenceEnd,
    String evidenceText,
    String blockKey) {

  /** A date no report has: sorts after every real one. */
  static final LocalDate UNKNOWN_DAY = LocalDate.of(9999, 12, 31);

  static Report of(String articleKey, LocalDate published, String eventId, Event e, Map<String, Actor> actors) {
    String sourceKey = Dyads.key(e.source(), actors);
    String targetKey = Dyads.key(e.target(), actors);
    Optional<DateRange> dated = DateRange.of(e.date());
    DateRange days;
    String block = e.type() + "|" + (e.modality() == null ? Modality.ASSERTED : e.modality()).json()
        + "|" + sourceKey + "|" + targetKey;
    if (dated.isPresent()) {
      days = dated.get();
      if (!days.precise()) {
        block += "|" + e.date().strip();
      }
    } else if (published != null) {
      days = DateRange.day(published);
    } else {
      days = DateRange.day(UNKNOWN_DAY);
      block += "|" + articleKey + "#" + eventId;
    }
    return new Report(articleKey, eventId, e.type(), e.mode(), e.cameo(),
        String.join(" ", e.source()), String.join(" ", e.target()), sourceKey, targetKey,
        Dyads.names(e.source(), actors), Dyads.names(e.target(), actors), e.location(), e.date(), days,
        e.modality() == null ? null : e.modality().json(), e.confidence(),
        e.evidence() == null ? null : e.evidence().start(), e.evidence() == null ? null : e.evidence().end(),
        e.evidence() == null ? null : e.evidence().text(), block);
  }

  static Map<String, Actor> byId(List<Actor> actors) {
    Map<String, Actor> m = new HashMap<>();
    for (Actor a : actors) {
      m.put(a.id(), a);
    }
    return m;
  }
}
