package org.dateline.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.actors.ActorIndex;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * Sanctions told as a past or standing state rather than as today's act: who is "under sanctions
 * imposed by X", the sanctions "it had imposed on Niger in 2020" that a lifting names, and a
 * later widening of them ("Washington widened them in 2022", the frame {@code again}).
 */
final class SanctionHistory {

  /** Verbs that state a sanction is under way on its subject ("is under", "remains under"). */
  private static final Set<String> STATE_VERBS = Set.of("is", "are", "was", "were", "been", "be", "remain", "remains",
      "remained", "stay", "stays", "stayed", "came", "come", "comes", "fell", "fall", "falls");
  /** Auxiliaries the tagger may call verbs ("it had/VERB imposed"). */
  private static final Set<String> AUXILIARIES = Set.of("had", "has", "have", "was", "were", "been", "is", "are");
  private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "them", "those");
  /** How many sentences back a widening may refer ("... since 2017. Washington widened them in 2022."). */
  private static final int SENTENCES_BACK = 2;

  /** A sanction an earlier clause imposed: its imposing verb, who imposed it and on whom. */
  record Imposition(int verb, List<ActorIndex.Span> sources, Targets targets) {}

  private final List<Token> tokens;
  private final Arguments args;
  private final TargetFinder targets;
  private final EventLexicon lexicon;

  SanctionHistory(List<Token> tokens, Arguments args, TargetFinder targets, EventLexicon lexicon) {
    this.tokens = tokens;
    this.args = args;
    this.targets = targets;
    this.lexicon = lexicon;
  }

  /** "the leader has been under sanctions ...": the subject of the state a sanction noun is in; empty otherwise. */
  List<ActorIndex.Span> underSanctions(Sentence s, int nounPhraseStart) {
    int k = nounPhraseStart - 1;
    if (k - 1 < s.firstToken() || !tokens.get(k).is("under")) {
      return List.of();
    }
    int verb = k - 1;
    if (!STATE_VERBS.contains(tokens.get(verb).text().toLowerCase(Locale.ROOT))) {
      return List.of();
    }
    return args.subjectsOf(verb, s);
  }

  /**
   * "lifted the sanctions it had imposed on Niger in 2020", "eased sanctions imposed on Iran in
   * 2012": the earlier imposition a relative clause after a sanction noun tells; its subject, a
   * pronoun or none standing for the subject of the clause around it ({@code outer}); null when
   * the noun is followed by no such clause.
   */
  Imposition imposedBefore(Sentence s, int noun, EventLexicon.Pattern p, List<ActorIndex.Span> outer) {
    int k = noun + 1;
    if (k < s.endToken() && (tokens.get(k).is("that") || tokens.get(k).is("which"))) {
      k++;
    }
    List<ActorIndex.Span> subject = List.of();
    ActorIndex.Span named = k < s.endToken() ? args.index().at(k) : null;
    if (named != null && named.start() == k && ActorIndex.isParticipant(named.actor())) {
      subject = List.of(named);
      k = named.end();
    } else if (k < s.endToken() && "PRON".equals(tokens.get(k).pos())) {
      k++;
    }
    while (k < s.endToken() && ("AUX".equals(tokens.get(k).pos()) || "ADV".equals(tokens.get(k).pos())
        || AUXILIARIES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)))) {
      k++;
    }
    if (k >= s.endToken() || !lexicon.imposes(tokens.get(k).text())) {
      return null;
    }
    Targets on = targets.find(s, k + 1, p, false);
    List<ActorIndex.Span> by = List.of();
    int agent = args.findPreposition("by", k + 1, s, 3);
    if (agent >= 0) {
      by = args.listAt(agent + 1, s);
    }
    List<ActorIndex.Span> sources = !by.isEmpty() ? by : !subject.isEmpty() ? subject : outer;
    return on.spans().isEmpty() || sources.isEmpty() ? null : new Imposition(k, sources, on);
  }

  /**
   * "Washington widened them in 2022": a pronoun object after a verb with the frame {@code
   * again} stands for the last sanction told in this or the two sentences before; its targets, or
   * none.
   */
  Targets again(Sentence s, int after, EventLexicon.Pattern p, List<Draft> drafts) {
    if (!p.targets().contains("again") || after >= s.endToken()
        || !OBJECT_PRONOUNS.contains(tokens.get(after).text().toLowerCase(Locale.ROOT))) {
      return Targets.none();
    }
    for (int d = drafts.size() - 1; d >= 0; d--) {
      Draft earlier = drafts.get(d);
      if (earlier.sentence() < s.index() - SENTENCES_BACK) {
        break;
      }
      if (earlier.type().equals(p.type())) {
        List<ActorIndex.Span> all = new java.util.ArrayList<>();
        for (Draft same : drafts) {
          if (same.sentence() == earlier.sentence() && same.trigger() == earlier.trigger()
              && same.type().equals(p.type())) {
            all.addAll(same.targetSpans());
          }
        }
        return new Targets(all, null, false, true);
      }
    }
    return Targets.none();
  }
}
