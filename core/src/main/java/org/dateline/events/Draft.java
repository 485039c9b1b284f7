package org.dateline.events;

import java.util.List;
import org.dateline.actors.ActorIndex;
import org.dateline.model.Actor;
import org.dateline.model.Event;
import org.dateline.model.Evidence;
import org.dateline.model.Modality;

/**
 * An event as coded from one clause, before repeats within the article are merged; {@code
 * directed}: a user dictionary coded this direction on purpose, so its reverse is not a repeat.
 */
record Draft(
    String type,
    String mode,
    String cameo,
    List<Actor> sources,
    List<Actor> targets,
    List<ActorIndex.Span> targetSpans,
    String location,
    String date,
    boolean explicitDate,
    Modality modality,
    double confidence,
    int sentence,
    int trigger,
    int evidenceStart,
    int evidenceEnd,
    boolean directed) {

  /** The same event on another day, which a later sentence tells ("The talks on Saturday ..."). */
  Draft withDate(String day) {
    return new Draft(type, mode, cameo, sources, targets, targetSpans, location, day, explicitDate, modality,
        confidence, sentence, trigger, evidenceStart, evidenceEnd, directed);
  }

  Event toEvent(String id, String text) {
    return new Event(id, type, mode, cameo, sources.stream().map(Actor::id).toList(),
        targets.stream().map(Actor::id).toList(), location, date, modality, confidence,
        new Evidence(evidenceStart, evidenceEnd, text.substring(evidenceStart, evidenceEnd)));
  }
}
