package org.dateline.events;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Actor;
import org.dateline.model.Modality;
import org.dateline.text.Sentence;

/**
 * Days that later sentences give to events told before without one: the lede's news takes the
 * day of the next sentences' acts of the same sides, and a sentence opening with a definite
 * event noun ("The talks on Saturday ...") dates the event that noun told. Static: each rewrites
 * drafts of the run already coded.
 */
final class Redating {

  private Redating() {}

  /** How many sentences after the lede may tell the day of its news. */
  private static final int LEDE_REACH = 3;

  /**
   * "Kosovo and Serbia have agreed on how to ... . The two leaders met on Saturday ...": an event
   * the article's first sentence tells without a day happened on the day the next sentences give
   * the same sides' acts (a day, asserted, not after publication).
   */
  static void dateTheLede(ArticleRun run) {
    if (run.drafts.isEmpty()) {
      return;
    }
    int lede = run.drafts.get(0).sentence();
    if (lede > 1) {
      return; // the story opens with no event (a title line may come first)
    }
    for (int k = 0; k < run.drafts.size(); k++) {
      Draft d = run.drafts.get(k);
      if (d.sentence() != lede || d.date() != null || d.modality() != Modality.ASSERTED) {
        continue;
      }
      for (Draft later : run.drafts) {
        boolean near = later.sentence() > lede && later.sentence() <= lede + LEDE_REACH;
        if (near && later.date() != null && EventDating.isDay(later.date()) && later.modality() == Modality.ASSERTED
            && (run.published == null || !LocalDate.parse(later.date()).isAfter(run.published))
            && sharesASide(d, later)) {
          run.drafts.set(k, d.withDate(later.date()));
          break;
        }
      }
    }
  }

  /** Whether an actor of one draft is an actor of the other, or of its country. */
  private static boolean sharesASide(Draft a, Draft b) {
    return sides(a).anyMatch(x -> sides(b).anyMatch(
        y -> x.id().equals(y.id()) || x.country() != null && x.country().equals(y.country())));
  }

  private static java.util.stream.Stream<Actor> sides(Draft d) {
    return java.util.stream.Stream.concat(d.sources().stream(), d.targets().stream());
  }

  /**
   * "The talks on Saturday lasted about 13 hours": a sentence opening with a definite event noun
   * that codes nothing of its own but has a day dates the last event that noun told as done
   * without a day of its own, and the acts told as part of it ("talks in Doha mediated by X").
   */
  static void dateEarlierMention(ArticleRun run, Sentence s, int noun) {
    if (noun - 1 != s.firstToken() || !run.tokens.get(noun - 1).is("the")) {
      return; // the sentence is about that event: "The talks ...", not "tried to delay the sanctions on Friday"
    }
    List<String> dates = run.dating.clauseDates(noun, s, run.quoted);
    if (dates.size() != 1 || !EventDating.isDay(dates.get(0))) {
      return;
    }
    String word = run.tokens.get(noun).text();
    for (int k = run.drafts.size() - 1; k >= 0; k--) {
      Draft d = run.drafts.get(k);
      if (d.sentence() == s.index() || !run.tokens.get(d.trigger()).text().equalsIgnoreCase(word)) {
        continue;
      }
      if (d.explicitDate() || d.modality() != Modality.ASSERTED) {
        return;
      }
      for (int j = 0; j < run.drafts.size(); j++) {
        Draft e = run.drafts.get(j);
        boolean part = e == d || e.sentence() == d.sentence() && !e.explicitDate() && e.trigger() > d.trigger()
            && e.trigger() - d.trigger() <= 4 && java.util.Objects.equals(e.date(), d.date());
        if (part) {
          run.drafts.set(j, e.withDate(dates.get(0)));
        }
      }
      return;
    }
  }
}
