package org.dateline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.actors.ActorIndex;
import org.dateline.actors.Lexicons;
import org.dateline.model.Actor;
import org.dateline.pipeline.Document;
import org.dateline.text.Sentence;
import org.dateline.text.Token;
import org.dateline.text.TokenSpans;

/**
 * Everything one article's coding needs: the document, its actor index and argument finders,
 * the dates, the scene the narrative is at and the drafts coded so far. Built once per article
 * by {@link EventCoder}; the coder's parts ({@link VerbEvents}, {@link NounEvents},
 * {@link Threats}, {@link DraftWriter}, ...) read and add to it, so they keep no state of their own.
 */
final class ArticleRun {
  final Document doc;
  final List<Token> tokens;
  final Arguments args;
  final EventDating dating;
  final boolean[] quoted;
  final Scene scene;
  final List<Draft> drafts = new ArrayList<>();
  final LocalDate published;
  final VerbPatternMatcher userVerbs;
  final TargetFinder targets;
  final References refs;
  final ImplicitArguments implicit;
  final OpposedState opposed;
  final PassiveObjects passives;
  final SanctionHistory history;

  ArticleRun(Document doc, EventLexicon lexicon, Lexicons words, UserEvents user) {
    this.doc = doc;
    this.tokens = doc.tokens();
    this.args = new Arguments(tokens, ActorIndex.of(tokens, doc.actors()), words::takesClause, words::isGroupNoun,
        words::isSpeechVerb);
    this.userVerbs = user.verbs() == null ? null : new VerbPatternMatcher(user.verbs(), tokens, args);
    this.targets = new TargetFinder(tokens, doc.text(), doc.actors(), args, lexicon, doc.filedFrom());
    this.dating = new EventDating(tokens, doc.timexes(), args, words::isSpeechVerb, lexicon);
    this.implicit = new ImplicitArguments(tokens, doc.sentences(), args, lexicon);
    this.refs = new References(tokens, doc.sentences(), args, lexicon, implicit, drafts);
    this.opposed = new OpposedState(targets, tokens, args.index());
    this.passives = new PassiveObjects(tokens, args, targets, words::takesClause);
    this.history = new SanctionHistory(tokens, args, targets, lexicon);
    this.quoted = TokenSpans.covered(tokens, doc.quotes());
    this.published = doc.article().published();
    this.scene = new Scene(tokens, doc.sentences(), args, dating, lexicon, quoted);
  }

  /** The latest draft coded in this sentence with its trigger before {@code before}, or null. */
  Draft lastDraftIn(Sentence s, int before) {
    for (int k = drafts.size() - 1; k >= 0; k--) {
      Draft d = drafts.get(k);
      if (d.sentence() == s.index() && d.trigger() < before) {
        return d;
      }
      if (d.sentence() != s.index()) {
        break;
      }
    }
    return null;
  }

  /** The first mention of each of the actors that the text has one of. */
  List<ActorIndex.Span> mentionsOf(List<Actor> actors) {
    List<ActorIndex.Span> out = new ArrayList<>();
    for (Actor a : actors) {
      ActorIndex.Span span = args.index().firstMentionOf(a);
      if (span != null) {
        out.add(span);
      }
    }
    return out;
  }

  /** Whether the token after {@code k}, in its sentence, is one of the words. */
  boolean followedBy(Sentence s, int k, String... words) {
    if (k + 1 >= s.endToken()) {
      return false;
    }
    for (String w : words) {
      if (tokens.get(k + 1).is(w)) {
        return true;
      }
    }
    return false;
  }
}
