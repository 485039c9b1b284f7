package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.actors.ActorIndex;
import org.dateline.model.Actor;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * Who did an act that a statement answers when the statement names it only by a noun or a
 * pronoun and no coded event tells it with its doer: "condemned the launch" after "North Korea
 * said it had tested a missile" (a test has no target, so no event was coded), "criticized the
 * verdict" after "a court sentenced him", "criticized it" after a raid. The nouns and the verbs
 * that tell their acts are in act-nouns.tsv.
 */
final class ActReferences {

  /** How many sentences back the act may have been told. */
  private static final int REACH = 8;
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  private static final Set<String> ACT_PRONOUNS = Set.of("it", "this", "that");
  /** Prepositions after which a pronoun object is the party the statement is about ("accused it of"). */
  private static final Set<String> ENTITY_PREPOSITIONS = Set.of("of", "for", "to", "on", "over", "with");
  /** Statements: a pronoun naming one stands for what it answered, when the new one is of its kind. */
  private static final Set<String> VERBAL = Set.of("ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN");
  /** Types the speaker may have joined: a pronoun naming such an act answers no one. */
  private static final Set<String> JOINT = Set.of("AGREE", "CONSULT", "COOPERATE");

  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final Arguments args;
  private final ActorIndex index;
  private final EventLexicon lexicon;
  private final ImplicitArguments implicit;
  private final List<Draft> drafts;

  /** {@code drafts}: the article's events coded so far (read as they grow). */
  ActReferences(List<Token> tokens, List<Sentence> sentences, Arguments args, EventLexicon lexicon,
      ImplicitArguments implicit, List<Draft> drafts) {
    this.tokens = tokens;
    this.sentences = sentences;
    this.args = args;
    this.index = args.index();
    this.lexicon = lexicon;
    this.implicit = implicit;
    this.drafts = drafts;
  }

  /**
   * The doers of the act that the object at {@code k} refers to: a pronoun ("criticized it": the
   * latest act told in this sentence or the one before) or a definite noun of act-nouns.tsv ("the
   * launch"). The object ends before {@code end} ("called the remark offensive": the naming
   * word). Empty when none is found, or when the act is the speaker's own or a joint one.
   */
  List<ActorIndex.Span> doersOfObjectAt(int k, int end, Sentence s, String type, List<ActorIndex.Span> sources) {
    if (k < s.endToken() && index.at(k) != null && index.at(k).start() == k) {
      return doersOfActOn(index.at(k), s, sources); // "condemned Castillo's arrest"
    }
    if (k >= s.endToken() || index.at(k) != null) {
      return List.of();
    }
    if (isActPronoun(k, s)) {
      return doersOfLatestAct(k, s, type, sources);
    }
    int determiner = DEFINITE.contains(lower(k)) ? k : timePossessive(k, s);
    if (determiner < 0) {
      return List.of();
    }
    for (int h = determiner + 1; h < s.endToken() && h <= determiner + 4; h++) {
      if (index.at(h) != null) {
        return List.of(); // "the Russian launch" names its own actor
      }
      boolean head = h + 1 >= Math.min(end, s.endToken()) || !"NOUN".equals(tokens.get(h + 1).pos());
      Set<String> verbs = lexicon.actVerbForms(tokens.get(h).text());
      if (verbs != null && head && "NOUN".equals(tokens.get(h).pos())) {
        return doersBefore(verbs, k, s, sources);
      }
      String pos = tokens.get(h).pos();
      if (!"ADJ".equals(pos) && !"NOUN".equals(pos)) {
        return List.of();
      }
    }
    return List.of();
  }

  /**
   * Who did to {@code owner} the act its possessive or an "of" before it names: "called
   * Castillo's arrest illegal", "condemned the arrest of Castillo" after "police arrested
   * Castillo" are about the police. Empty when the noun names no act of act-nouns.tsv, when no
   * earlier verb tells it, or when the owner did it himself ("Pyongyang's launch").
   */
  List<ActorIndex.Span> doersOfActOn(ActorIndex.Span owner, Sentence s, List<ActorIndex.Span> sources) {
    int noun = actNounOf(owner, s);
    if (noun < 0 || !lexicon.ownerUndergoes(tokens.get(noun).text())) {
      return List.of(); // "backed Brazil's proposal": Brazil's own
    }
    return doersOtherThan(owner, doersBefore(lexicon.actVerbForms(tokens.get(noun).text()), Math.min(noun, owner.start()), s, sources));
  }

  /**
   * Who holds {@code owner} when a request names the act that would end it: "called for Suu Kyi's
   * release", "demanded the release of the crew" after "soldiers detained Suu Kyi" are addressed
   * to the soldiers. Empty when the noun undoes no act (act-nouns.tsv, column 4) or nothing
   * earlier tells the act undone.
   */
  List<ActorIndex.Span> holdersOf(ActorIndex.Span owner, Sentence s, List<ActorIndex.Span> sources) {
    int noun = actNounOf(owner, s);
    Set<String> undone = noun < 0 ? null : lexicon.undoneVerbForms(tokens.get(noun).text());
    return undone == null ? List.of()
        : doersOtherThan(owner, doersBefore(undone, Math.min(noun, owner.start()), s, sources, s.index(), owner.actor())); // held since told
  }

  /** The act noun of act-nouns.tsv that {@code owner} owns ("Castillo's arrest") or follows ("the arrest of Castillo"), or -1. */
  private int actNounOf(ActorIndex.Span owner, Sentence s) {
    int of = owner.start() - 1;
    if (of - 1 >= s.firstToken() && tokens.get(of).is("of") && "NOUN".equals(tokens.get(of - 1).pos())) {
      return lexicon.actVerbForms(tokens.get(of - 1).text()) == null ? -1 : of - 1;
    }
    int mark = owner.end();
    if (mark >= s.endToken() || !args.isPossessor(owner)) {
      return -1;
    }
    for (int h = mark + 1; h < s.endToken() && h <= mark + 3; h++) {
      String pos = tokens.get(h).pos();
      if (lexicon.actVerbForms(tokens.get(h).text()) != null && "NOUN".equals(pos)) {
        return h;
      }
      if (!"ADJ".equals(pos)) {
        return -1;
      }
    }
    return -1;
  }

  private static List<ActorIndex.Span> doersOtherThan(ActorIndex.Span owner, List<ActorIndex.Span> doers) {
    return doers.stream().anyMatch(d -> d.actor().id().equals(owner.actor().id())) ? List.of() : doers;
  }

  /**
   * The possessive mark after a time adjunct that opens the object ("Tuesday's attack", "last
   * week's vote"): a day's act is as definite as "the attack"; -1 when there is none.
   */
  private int timePossessive(int k, Sentence s) {
    for (int h = k + 1; h < s.endToken() && h <= k + 3; h++) {
      if (tokens.get(h).is("'s") || tokens.get(h).is("’s")) {
        return VerbGroup.allTimeWords(tokens, k, h) ? h : -1;
      }
    }
    return -1;
  }

  /** "criticized it", "called this a violation": "it", "this", "that" standing alone. */
  private boolean isActPronoun(int k, Sentence s) {
    if (!ACT_PRONOUNS.contains(lower(k))) {
      return false;
    }
    if (k + 1 < s.endToken() && ENTITY_PREPOSITIONS.contains(lower(k + 1))) {
      return false; // "accusing it of ...", "praised it for ...": "it" is a party, not an act
    }
    String next = k + 1 < s.endToken() ? tokens.get(k + 1).pos() : "";
    return !"NOUN".equals(next) && !"ADJ".equals(next) && !"PROPN".equals(next) && !"NUM".equals(next);
  }

  /**
   * The latest act before {@code k} in this sentence or the one before: a coded event (its
   * sources) or a noun or verb of act-nouns.tsv (its doer). A statement of the same kind stands
   * for the act it answered ("Lula condemned the raid. Petro also criticized it": its targets);
   * other statements are passed over.
   */
  private List<ActorIndex.Span> doersOfLatestAct(int k, Sentence s, String type, List<ActorIndex.Span> sources) {
    int from = s.index() > 0 ? sentences.get(s.index() - 1).firstToken() : s.firstToken();
    for (int j = k - 1; j >= from; j--) {
      Draft d = draftAt(j);
      if (d != null && VERBAL.contains(d.type()) && !d.type().equals(type)) {
        continue;
      }
      if (d != null) {
        boolean statement = VERBAL.contains(d.type());
        if (JOINT.contains(d.type()) || !statement && d.sources().stream().anyMatch(a -> sameSide(sources, a))) {
          return List.of();
        }
        List<ActorIndex.Span> out = new ArrayList<>();
        for (Actor a : statement ? d.targets() : d.sources()) {
          if (sameSide(sources, a)) {
            return List.of();
          }
          ActorIndex.Span span = index.firstMentionOf(a);
          if (span != null && out.stream().noneMatch(x -> x.actor().id().equals(a.id()))) {
            out.add(span);
          }
        }
        return out;
      }
      Set<String> verbs = lexicon.actVerbForms(tokens.get(j).text());
      if (verbs != null && "NOUN".equals(tokens.get(j).pos())) {
        return doersBefore(verbs, j + 1, sentenceOf(j), sources);
      }
    }
    return List.of();
  }

  private Draft draftAt(int token) {
    for (int d = drafts.size() - 1; d >= 0; d--) {
      if (drafts.get(d).trigger() == token) {
        return drafts.get(d);
      }
    }
    return null;
  }

  /**
   * The doer of the latest act before {@code before} told by one of {@code verbs} (its subject, or
   * a passive's agent) or by the noun itself with an owner ("Pyongyang's launch", "the launch by
   * X"), within {@link #REACH} sentences; empty when none, or when it is the speaker's side.
   */
  private List<ActorIndex.Span> doersBefore(Set<String> verbs, int before, Sentence s,
      List<ActorIndex.Span> sources) {
    return doersBefore(verbs, before, s, sources, REACH, null);
  }

  /**
   * {@code reach}: how many sentences back the act may have been told; {@code undergoer}, when
   * not null, must be named after the verb in its sentence (done to them, not to others).
   */
  private List<ActorIndex.Span> doersBefore(Set<String> verbs, int before, Sentence s,
      List<ActorIndex.Span> sources, int reach, Actor undergoer) {
    for (int si = s.index(); si >= 0 && si >= s.index() - reach; si--) {
      Sentence at = sentences.get(si);
      int last = si == s.index() ? before - 1 : at.endToken() - 1;
      for (int j = last; j >= at.firstToken(); j--) {
        String w = lower(j);
        List<ActorIndex.Span> doers = List.of();
        if (verbs.contains(w) && "VERB".equals(tokens.get(j).pos())
            && (undergoer == null || namedAfter(undergoer, j, at))) {
          doers = doersOfVerb(j, at);
        } else if (undergoer == null && sharesAVerb(verbs, lexicon.actVerbForms(w)) && "NOUN".equals(tokens.get(j).pos())
            && !afterJoiningVerb(j, at)) { // "X joined the strikes": the strikes were told, and done, before
          doers = ownerOfNoun(j, at);
        }
        if (!doers.isEmpty()) {
          return doers.stream().anyMatch(x -> sameSide(sources, x.actor())) ? List.of() : doers;
        }
      }
    }
    return List.of();
  }

  /** Whether the noun at {@code j} is the object of a verb of joining ("joined the strikes", "took part in the raids"). */
  private boolean afterJoiningVerb(int j, Sentence s) {
    for (int k = j - 1; k >= s.firstToken() && k >= j - 5; k--) {
      if (lexicon.joiningWords(tokens.get(k).text()) != null && "VERB".equals(tokens.get(k).pos())) {
        return true;
      }
      String pos = String.valueOf(tokens.get(k).pos());
      if (!pos.equals("DET") && !pos.equals("ADJ") && !pos.equals("ADP") && !pos.equals("NOUN")) {
        return false;
      }
    }
    return false;
  }

  private boolean namedAfter(Actor actor, int verb, Sentence s) {
    return index.outerIn(verb + 1, s.endToken()).stream().anyMatch(m -> m.actor().id().equals(actor.id()));
  }

  /** Who did what a verb tells: its subject, a passive's agent; none for a participle set off after a noun. */
  private List<ActorIndex.Span> doersOfVerb(int j, Sentence s) {
    VerbGroup vg = VerbGroup.analyze(lexicon, tokens, s, j);
    boolean offset = j - 1 > s.firstToken() && tokens.get(j - 1).is(",") && w(j).endsWith("ed")
        && "NOUN".equals(tokens.get(j - 2).pos()); // "the missile, fired from near the capital,"
    if (vg.passive() || ImplicitArguments.reducedPassive(tokens, s, j) || offset) {
      int by = args.findPreposition("by", j + 1, s, 8);
      return by < 0 ? List.of() : args.listAt(by + 1, s);
    }
    List<ActorIndex.Span> subjects = args.subjectsOf(j, s);
    return subjects.isEmpty() ? implicit.pronounSubject(s, j) : subjects;
  }

  /** "Pyongyang's launch", "the North Korean test", "the visit by X": the act's own actor, or empty. */
  private List<ActorIndex.Span> ownerOfNoun(int j, Sentence s) {
    if (j + 2 < s.endToken() && tokens.get(j + 1).is("by")) {
      List<ActorIndex.Span> agents = args.listAt(j + 2, s);
      if (!agents.isEmpty()) {
        return agents;
      }
    }
    for (int k = j - 1; k >= s.firstToken() && k >= j - 5; k--) {
      ActorIndex.Span span = index.at(k);
      if (span != null) {
        return ActorIndex.isParticipant(span.actor()) ? List.of(span) : List.of();
      }
      if (ImplicitArguments.POSSESSIVES.contains(lower(k)) && k - 1 > s.firstToken() && tokens.get(k - 1).is("for")) {
        return actorBefore(k - 1, s); // "to hold Israel to account for its air strike": the one just named
      }
      String pos = tokens.get(k).pos();
      if (!"ADJ".equals(pos) && !"NOUN".equals(pos) && !"NUM".equals(pos) && !tokens.get(k).is("'s")
          && !tokens.get(k).is("’s")) {
        return List.of();
      }
    }
    return List.of();
  }

  /** "the attack" after "its air strike": nouns told by a common verb name the same act. */
  private static boolean sharesAVerb(Set<String> verbs, Set<String> other) {
    return other != null && other.stream().anyMatch(verbs::contains);
  }

  /** The nearest participant named before token {@code k} in the sentence, or empty. */
  private List<ActorIndex.Span> actorBefore(int k, Sentence s) {
    for (int j = k - 1; j >= s.firstToken(); j--) {
      ActorIndex.Span span = index.at(j);
      if (span != null) {
        return ActorIndex.isParticipant(span.actor()) ? List.of(span) : List.of();
      }
    }
    return List.of();
  }

  private Sentence sentenceOf(int token) {
    for (Sentence s : sentences) {
      if (token >= s.firstToken() && token < s.endToken()) {
        return s;
      }
    }
    throw new IllegalArgumentException("token outside every sentence: " + token);
  }

  /** The same actor, or one of the same country. */
  private static boolean sameSide(List<ActorIndex.Span> side, Actor a) {
    return side.stream().anyMatch(x -> x.actor().id().equals(a.id())
        || x.actor().country() != null && x.actor().country().equals(a.country()) && !nonState(x.actor()) && !nonState(a));
  }

  /** A crowd, an opposition or an armed group: of a country, but not on its state's side ("Ruto condemned the storming"). */
  private static boolean nonState(Actor a) {
    return a.kind() == org.dateline.model.ActorKind.GROUP || "OPP".equals(a.sector()) || "CVL".equals(a.sector());
  }

  private String w(int k) {
    return lower(k);
  }

  private String lower(int k) {
    return tokens.get(k).text().toLowerCase(Locale.ROOT);
  }
}
