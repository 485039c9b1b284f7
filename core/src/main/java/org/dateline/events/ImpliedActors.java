package org.dateline.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.actors.ActorIndex;
import org.dateline.model.ActorKind;
import org.dateline.text.Sentence;

/**
 * Actors a verb's clause does not give as its subject or object, found where the sentence or
 * the run puts them: the one a participle's aid goes to, the host who summoned an envoy, the
 * envoy sent on a visit, the owner opening a passive's sentence, and the targets a bare count
 * repeats ("Canada expelled four"). Static helpers of {@link VerbEvents}; each answers nothing
 * (null or empty) where the text does not tell.
 */
final class ImpliedActors {

  private ImpliedActors() {}

  /** Who receives aid given in a participle ("a key backer of Ukraine, providing jets"): the main clause's other actor. */
  static List<ActorIndex.Span> recipientInMainClause(ArticleRun run, Sentence s, int trigger, List<ActorIndex.Span> sources) {
    int from = s.firstToken();
    for (int k = trigger - 1; k > s.firstToken(); k--) {
      if (run.tokens.get(k).is("that")) {
        from = k + 1; // "said in a statement carried by KCNA that the South had fired, sending shells": the reported clause
        break;
      }
    }
    List<ActorIndex.Span> candidates = run.args.index().outerIn(from, trigger);
    for (int k = candidates.size() - 1; k >= 0; k--) {
      ActorIndex.Span c = candidates.get(k);
      boolean isSource = sources.stream().anyMatch(x -> x.actor().id().equals(c.actor().id()));
      if (!isSource && ActorIndex.isParticipant(c.actor())) {
        return List.of(c);
      }
    }
    return List.of();
  }

  /**
   * Who summoned an envoy when the passive names no one: the other country the sentence names
   * ("Israel's ambassador in Ankara was summoned": Turkey), else the country the story is filed
   * from, when it is not the envoy's own. Empty otherwise.
   */
  static List<ActorIndex.Span> hostOfSummons(ArticleRun run, Sentence s, List<ActorIndex.Span> envoys) {
    Set<String> own = new java.util.HashSet<>();
    for (ActorIndex.Span e : envoys) {
      own.add(e.actor().country());
    }
    for (ActorIndex.Span m : run.args.index().outerIn(s.firstToken(), s.endToken())) {
      if (m.actor().kind() == ActorKind.COUNTRY && !own.contains(m.actor().country())) {
        return List.of(m);
      }
    }
    ActorIndex.Span filed = run.targets.countryMention(run.doc.filedFrom());
    return filed != null && !own.contains(filed.actor().country()) ? List.of(filed) : List.of();
  }

  /** The person named as the object of a sending verb, before its "to" ("sent its foreign minister, X, to Y"). */
  static ActorIndex.Span sentPerson(ArticleRun run, Sentence s, int after) {
    for (int k = after; k < s.endToken() && k < after + 8 && !run.tokens.get(k).is("to"); k++) {
      ActorIndex.Span m = run.args.index().at(k);
      if (m != null && m.actor().kind() == ActorKind.PERSON && ActorIndex.isParticipant(m.actor())) {
        return m;
      }
    }
    return null;
  }

  /**
   * The possessor or country adjective that opens the sentence ("Poland's decision to fortify its
   * border was applauded", "A Venezuelan request ... was rejected"): what the passive subject is
   * about is its owner's. Null otherwise.
   */
  static ActorIndex.Span ownerOpeningSentence(ArticleRun run, Sentence s, int verb) {
    List<ActorIndex.Span> before = run.args.index().outerIn(s.firstToken(), verb);
    if (before.isEmpty()) {
      return null;
    }
    ActorIndex.Span first = before.get(0);
    int after = first.end();
    String opener = run.tokens.get(s.firstToken()).text().toLowerCase(Locale.ROOT);
    boolean opens = first.start() == s.firstToken()
        || first.start() == s.firstToken() + 1 && Set.of("the", "a", "an").contains(opener);
    boolean possessor = after < verb && (run.tokens.get(after).is("'s") || run.tokens.get(after).is("’s"));
    // "A Venezuelan request to extradite X was rejected by Y": a country's adjective on the subject noun
    boolean adjective = after < verb && first.actor().kind() == ActorKind.COUNTRY && first.length() == 1
        && !run.tokens.get(first.start()).text().equalsIgnoreCase(first.actor().name())
        && "NOUN".equals(run.tokens.get(after).pos());
    return opens && (possessor || adjective) && ActorIndex.isParticipant(first.actor()) ? first : null;
  }

  /**
   * "Germany expelled four Russian diplomats, Canada expelled four": an object that is only a
   * count repeats the latest act of the same code, in this sentence or the one before, on its
   * targets; none otherwise.
   */
  static Targets sameActAgain(ArticleRun run, Sentence s, int after, EventLexicon.Pattern p) {
    if (after >= s.endToken() || !"NUM".equals(run.tokens.get(after).pos())
        || after + 1 < s.endToken() && "NOUN".equals(run.tokens.get(after + 1).pos())) {
      return Targets.none();
    }
    for (int k = run.drafts.size() - 1; k >= 0; k--) {
      Draft d = run.drafts.get(k);
      if (d.sentence() < s.index() - 1) {
        break;
      }
      if (d.cameo().equals(p.cameo()) && !d.targetSpans().isEmpty()) {
        return new Targets(d.targetSpans(), null, false, true);
      }
    }
    return Targets.none();
  }
}
