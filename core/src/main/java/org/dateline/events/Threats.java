package org.dateline.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.actors.ActorIndex;
import org.dateline.model.Modality;
import org.dateline.text.Sentence;

/**
 * Threats and warnings: a hostile act held out is coded as the threat of it (THREATEN, with the
 * CAMEO code of threatening that act), never as the act, which has not happened and may never;
 * a noun phrase is read as what its verb threatens ("threatened sanctions", "did not rule out
 * military action"); and an act announced "unless" another side yields is also a warning to it.
 */
final class Threats {
  /** Hostile acts a threat can hold out, with the CAMEO code of threatening them. */
  private static final Map<String, String> THREATENED_TYPES = Map.of("ASSAULT", "138",
      "COERCE", "137", "SANCTION", "1312", "MOBILIZE", "138", "PROTEST", "133", "THREATEN", "130");

  private final EventLexicon lexicon;
  private final DraftWriter writer;

  Threats(EventLexicon lexicon, DraftWriter writer) {
    this.lexicon = lexicon;
    this.writer = writer;
  }

  /** Whether a threat can hold out an act of this type: a hostile act with a code of threatening it. */
  static boolean holdsOut(String type) {
    return THREATENED_TYPES.containsKey(type);
  }

  /** The threat of a hostile act of {@code type}, unless the verb "threaten" before it in the clause has coded it. */
  void codeThreat(ArticleRun run, Sentence s, int i, String type, List<ActorIndex.Span> sources, Targets targets,
      List<String> dates, boolean explicit, String location, double confidence) {
    Draft before = run.lastDraftIn(s, i);
    if (before != null && "THREATEN".equals(before.type())) {
      return; // "threatened to attack X"
    }
    writer.emit(run, s, i, "THREATEN", new String[] {"threaten", THREATENED_TYPES.get(type)}, sources, targets, dates,
        explicit, Modality.ASSERTED, location, confidence);
  }

  /**
   * "She would ask Putin to close the embassy unless the Bulgarian government withdrew the order":
   * an act announced on a condition that another side must meet is a warning to that side
   * (THREATEN 130, asserted), beside the announced act itself.
   */
  void conditionalThreat(ArticleRun run, Sentence s, int firstDraft) {
    for (int u = s.firstToken() + 1; u < s.endToken(); u++) {
      if (!run.tokens.get(u).is("unless") || run.quoted[u]) {
        continue;
      }
      ActorIndex.Span side = null;
      for (int k = u + 1; k < s.endToken() && k <= u + 5 && side == null; k++) {
        ActorIndex.Span m = run.args.index().at(k);
        side = m != null && m.start() == k && ActorIndex.isParticipant(m.actor()) ? m : null;
      }
      if (side == null) {
        return;
      }
      for (int d = firstDraft; d < run.drafts.size(); d++) {
        Draft act = run.drafts.get(d);
        boolean announced = act.modality() == Modality.EXPECTED || act.modality() == Modality.HYPOTHETICAL;
        ActorIndex.Span target = side;
        if (act.trigger() < u && announced && !"THREATEN".equals(act.type())
            && act.sources().stream().noneMatch(a -> a.id().equals(target.actor().id())
                || a.country() != null && a.country().equals(target.actor().country()))) {
          writer.emit(run, s, act.trigger(), "THREATEN", new String[] {"threaten", "130"}, run.mentionsOf(act.sources()),
              new Targets(List.of(side), null, false, true), act.date() == null ? List.of() : List.of(act.date()),
              act.explicitDate(), Modality.ASSERTED, act.location(), 0.7);
          return;
        }
      }
      return;
    }
  }

  /**
   * Whether the noun phrase at {@code nounPhraseStart} is what its governing verb threatens:
   * "threatened sanctions", "warned of strikes", "did not rule out military action".
   */
  boolean threatensNoun(ArticleRun run, Sentence s, int governor, int nounPhraseStart, int noun) {
    // the phrase may open with a determiner ("an attack") or take in the particle ("out military action")
    for (int j = Math.max(s.firstToken() + 1, nounPhraseStart - 2); j <= Math.min(noun, nounPhraseStart + 1); j++) {
      if (VerbGroup.excludedNot(run.tokens, s, j) && onlyModifiersBetween(run, j, noun)) {
        return true;
      }
    }
    if (governor < 0) {
      return false;
    }
    String lemma = lexicon.verbLemma(run.tokens.get(governor).text());
    return "threaten".equals(lemma) && governor + 1 == nounPhraseStart
        || "warn".equals(lemma) && governor + 2 == nounPhraseStart && run.tokens.get(governor + 1).is("of");
  }

  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN");

  /** Whether only determiners, numbers and modifiers stand from {@code from} up to the noun. */
  private static boolean onlyModifiersBetween(ArticleRun run, int from, int noun) {
    for (int k = from; k < noun; k++) {
      String pos = run.tokens.get(k).pos() == null ? "" : run.tokens.get(k).pos();
      if (!NOUN_PHRASE_TAGS.contains(pos)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a mention is the subject of an "if" or "unless" clause ("if India ...", "unless the army ..."). */
  static boolean opensCondition(ArticleRun run, ActorIndex.Span x) {
    int k = x.start() - 1;
    if (k >= 0 && run.tokens.get(k).is("the")) {
      k--;
    }
    return k >= 0 && (run.tokens.get(k).is("if") || run.tokens.get(k).is("unless"));
  }
}
