package org.dateline.events;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.dateline.actors.ActorIndex;
import org.dateline.model.ActorKind;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * A verb-with-object pattern ("withdraw diplomats", "suspend flights", "impose sanctions") told in
 * the passive, its object noun standing as the subject: "diplomatic staff would be withdrawn
 * from A, B and C". The act is then the agent's ("by X") or, without one, that of whoever reports
 * it: "the foreign minister said diplomatic staff would be withdrawn" is his state's act.
 */
final class PassiveObjects {

  /** How far before the passive verb its subject noun may stand ("staff would not be withdrawn"). */
  private static final int REACH = 6;

  private final List<Token> tokens;
  private final Arguments args;
  private final TargetFinder targets;
  private final Predicate<Token> speechVerb;

  PassiveObjects(List<Token> tokens, Arguments args, TargetFinder targets, Predicate<Token> speechVerb) {
    this.tokens = tokens;
    this.args = args;
    this.targets = targets;
    this.speechVerb = speechVerb;
  }

  /**
   * Where the subject noun phrase holding one of the pattern's object nouns begins, for a
   * passive verb at {@code verb} ("diplomatic staff would be withdrawn"); -1 when there is none.
   */
  int subjectNoun(Sentence s, int verb, EventLexicon.Pattern p) {
    int k = verb - 1;
    while (k >= s.firstToken() && k >= verb - REACH && isAuxiliary(tokens.get(k))) {
      k--;
    }
    if (k == verb - 1 || k < s.firstToken()) {
      return -1; // no auxiliary: "the staff withdrawn from X" is no clause of its own
    }
    if (!p.objectNouns().contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int start = k;
    while (start - 1 >= s.firstToken() && isModifier(tokens.get(start - 1))) {
      start--;
    }
    return start;
  }

  /**
   * Who acts in the passive: the agent after "by", else the speaker of the reported clause the
   * subject opens ("X said [that] ... would be withdrawn"), as his state when he speaks for one.
   */
  List<ActorIndex.Span> actor(Sentence s, int verb, int after, int subjectStart) {
    int by = args.findPreposition("by", after, s, 8);
    if (by >= 0) {
      return args.listAt(by + 1, s);
    }
    // back over "that" and a time adjunct ("said on Monday that ...") to the speech verb
    int k = subjectStart - 1;
    while (k >= s.firstToken() && k >= subjectStart - REACH && !"VERB".equals(tokens.get(k).pos())
        && !tokens.get(k).is(",") && !tokens.get(k).is(";") && args.index().at(k) == null) {
      k--;
    }
    if (k < s.firstToken() || !"VERB".equals(tokens.get(k).pos()) || !speechVerb.test(tokens.get(k))) {
      return List.of();
    }
    List<ActorIndex.Span> speakers = args.subjectsOf(k, s);
    if (speakers.size() == 1 && speakers.get(0).actor().kind() == ActorKind.PERSON) {
      ActorIndex.Span state = targets.countryMention(speakers.get(0).actor().country());
      if (state != null && speakers.get(0).actor().sector() != null) {
        return List.of(state);
      }
    }
    return speakers;
  }

  private static boolean isAuxiliary(Token t) {
    return "AUX".equals(t.pos()) || "PART".equals(t.pos()) || "ADV".equals(t.pos()) || t.is("not");
  }

  private static boolean isModifier(Token t) {
    return "ADJ".equals(t.pos()) || "NOUN".equals(t.pos()) || "DET".equals(t.pos()) || "NUM".equals(t.pos());
  }
}
