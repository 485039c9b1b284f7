package org.dateline.eval;

import java.util.List;

/** Scores of one article (or, summed, of a corpus) against its gold annotation. */
public record ArticleScore(
    String id,
    Prf timexStrict,
    Prf timexRelaxed,
    Prf timexValue,
    Prf actors,
    Accuracy actorCountry,
    Accuracy actorRole,
    Prf eventDyads,
    Prf eventDatedDyads,
    Prf quotes,
    Accuracy quoteSpeaker,
    List<String> diagnostics) {

  public ArticleScore {
    diagnostics = List.copyOf(diagnostics);
  }

  public static ArticleScore empty(String id) {
    return new ArticleScore(id, Prf.ZERO, Prf.ZERO, Prf.ZERO, Prf.ZERO, Accuracy.ZERO, Accuracy.ZERO,
        Prf.ZERO, Prf.ZERO, Prf.ZERO, Accuracy.ZERO, List.of());
  }

  public ArticleScore plus(ArticleScore o) {
    return new ArticleScore(id, timexStrict.plus(o.timexStrict), timexRelaxed.plus(o.timexRelaxed),
        timexValue.plus(o.timexValue), actors.plus(o.actors), actorCountry.plus(o.actorCountry),
        actorRole.plus(o.actorRole), eventDyads.plus(o.eventDyads), eventDatedDyads.plus(o.eventDatedDyads),
        quotes.plus(o.quotes), quoteSpeaker.plus(o.quoteSpeaker), List.of());
  }
}
