package org.dateline.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.actors.ActorIndex;
import org.dateline.actors.Lexicons;
import org.dateline.model.Actor;
import org.dateline.model.Event;
import org.dateline.model.Modality;
import org.dateline.model.Quote;
import org.dateline.pipeline.Document;
import org.dateline.pipeline.Layer;
import org.dateline.pipeline.Stage;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * Stage: events. Each verb or noun of the lexicon ({@link EventLexicon}) outside quotations is
 * read as a clause: who acts (subject, possessor, modifier or passive agent), on whom (object,
 * prepositional object, "between A and B"), with what modality, when (the clause's own date,
 * else the scene's) and where. One event is coded per target; repeats of the same event within
 * the article are merged ({@link EventMerger}).
 *
 * <p>This class walks the sentences and takes the tagger's misses for what they are; a verb's
 * clause is read by {@link VerbEvents}, an event noun by {@link NounEvents}, and what they code
 * is drafted by {@link DraftWriter} into the article's {@link ArticleRun}.
 */
public final class EventCoder implements Stage {

  /** Determiners of an act named before ("joined the strikes"). */
  private static final Set<String> DEFINITE = Set.of("the", "these", "those");
  /** Words before a verb that show the tagger missed it ("will haggle/ADV", "can't ever meet"). */
  private static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "can", "could", "may", "might",
      "must", "did", "does", "do", "'ll", "wo", "ca");
  /** Quantifiers between a subject and its verb ("A and B each freed"). */
  private static final Set<String> FLOATING_QUANTIFIERS = Set.of("each", "both", "all");

  private final EventLexicon lexicon;
  private final Lexicons words;
  private final UserEvents user;
  private final DraftWriter writer;
  private final Threats threats;
  private final NounEvents nouns;
  private final VerbEvents verbs;

  public EventCoder(EventLexicon lexicon, Lexicons words) {
    this(lexicon, words, UserEvents.NONE);
  }

  /** A coder whose user dictionary ({@code --verbs}) overrides the lexicon for the verbs it knows. */
  public EventCoder(EventLexicon lexicon, Lexicons words, UserEvents user) {
    this.lexicon = lexicon;
    this.words = words;
    this.user = user;
    this.writer = new DraftWriter(lexicon, words);
    this.threats = new Threats(lexicon, writer);
    EventModes modes = new EventModes(lexicon);
    this.nouns = new NounEvents(lexicon, writer, threats, modes);
    this.verbs = new VerbEvents(lexicon, words, writer, threats, modes, nouns, new ObjectNouns(lexicon));
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.TIMEXES, Layer.ACTORS, Layer.QUOTES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.EVENTS);
  }

  @Override
  public Document process(Document doc) {
    ArticleRun run = new ArticleRun(doc, lexicon, words, user);
    if (user.discards().discardsStory(run.tokens)) {
      return doc.withEvents(List.of());
    }
    for (Sentence s : doc.sentences()) {
      if (isHeadline(doc, s) || user.discards().discardsSentence(run.tokens, s)) {
        continue;
      }
      int told = run.drafts.size();
      int sentenceStart = told;
      boolean sceneSet = false;
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        // the scene moves as soon as an act dates it: "Israel struck Iran on Friday ... and Iran answered"
        sceneSet |= run.scene.update(run.drafts.subList(told, run.drafts.size()));
        told = run.drafts.size();
        if (run.quoted[i]) {
          if (i == 0 || !run.quoted[i - 1]) {
            codeQuotedDemand(run, s, i); // "\"Russia must keep its word,\" Bush said"
          }
          continue;
        }
        Token t = run.tokens.get(i);
        if (opensWithEventNoun(run, s, i) && user.ownLexicon()) {
          // "Clashes/PROPN between A and B", "Talks/VERB between ...": the tagger's guess for a capitalized opening noun
          for (EventLexicon.Pattern p : lexicon.nounPatterns(t.text())) {
            if (nouns.codeNoun(run, s, i, p)) {
              break;
            }
          }
          continue;
        }
        if ("VERB".equals(t.pos()) || isMistaggedVerb(run, s, i)) {
          VerbPatternMatcher.Match m = run.userVerbs == null ? null : run.userVerbs.match(i, s);
          if (m != null) {
            verbs.codeDictionaryVerb(run, s, i, m);
            i = Math.max(i, m.resume() - 1); // the words the pattern named are part of this event
            continue;
          }
          if (!user.ownLexicon()) {
            continue;
          }
          int joined = codeJoinedAct(run, s, i);
          if (joined >= 0) {
            i = joined; // the act's noun is this event's, not another mention of the act
            continue;
          }
          for (EventLexicon.Pattern p : lexicon.verbPatterns(t.text())) {
            if (verbs.codeVerb(run, s, i, p)) {
              break;
            }
          }
        } else if (!user.ownLexicon()) {
          continue;
        } else if (("NOUN".equals(t.pos()) || "PROPN".equals(t.pos()) && !t.isCapitalized()) && !modifiesAName(run, i)) {
          boolean coded = false;
          for (EventLexicon.Pattern p : lexicon.nounPatterns(t.text())) {
            if (nouns.codeNoun(run, s, i, p)) {
              coded = true;
              break;
            }
          }
          if (!coded && !lexicon.nounPatterns(t.text()).isEmpty()) {
            Redating.dateEarlierMention(run, s, i);
          }
        }
      }
      sceneSet |= run.scene.update(run.drafts.subList(told, run.drafts.size()));
      if (!sceneSet) {
        run.scene.fromClause(s);
      }
      if (user.ownLexicon()) {
        threats.conditionalThreat(run, s, sentenceStart);
      }
    }
    Redating.dateTheLede(run);
    List<Draft> merged = EventMerger.merge(ExileTrips.drop(run.drafts));
    List<Event> events = new ArrayList<>();
    for (Draft d : merged) {
      events.add(d.toEvent("v" + (events.size() + 1), doc.text()));
    }
    return doc.withEvents(events);
  }

  /** A capitalized event noun opening the sentence (or the text after the dateline) right before a preposition. */
  private boolean opensWithEventNoun(ArticleRun run, Sentence s, int i) {
    Token t = run.tokens.get(i);
    boolean opening = i == s.firstToken() || i - 1 >= s.firstToken()
        && (run.tokens.get(i - 1).is("—") || run.tokens.get(i - 1).is("–") || run.tokens.get(i - 1).is("--"));
    return opening && t.isCapitalized() && !"NOUN".equals(t.pos()) && i + 1 < s.endToken()
        && "ADP".equals(run.tokens.get(i + 1).pos()) && run.args.index().at(i) == null
        && !lexicon.nounPatterns(t.text()).isEmpty();
  }

  /** "the protest movement", "the strike committee": a noun inside an actor's mention, before its head, tells no act. */
  private static boolean modifiesAName(ArticleRun run, int i) {
    ActorIndex.Span span = run.args.index().at(i);
    return span != null && i < span.end() - 1;
  }

  /**
   * A verb the tagger called something else: a gerund after a verb ("began freeing prisoners")
   * read as an adjective, or a known verb form right after its subject's name and before its
   * object ("Spain and Chile welcome the accord"), read as an interjection or, when the name
   * opens the clause, a noun (elsewhere a noun there is a noun: "the EU sanctions on Moscow").
   */
  private boolean isMistaggedVerb(ArticleRun run, Sentence s, int i) {
    Token t = run.tokens.get(i);
    if ("ADJ".equals(t.pos()) && t.text().endsWith("ing") && i > s.firstToken()
        && "VERB".equals(run.tokens.get(i - 1).pos())) {
      return true;
    }
    if (i == s.firstToken() || i + 1 >= s.endToken() || "VERB".equals(t.pos()) || "AUX".equals(t.pos())
        || t.isCapitalized() || run.args.index().at(i) != null) {
      return false;
    }
    if (lexicon.isPastOnly(t.text()) && !lexicon.verbPatterns(t.text()).isEmpty()) {
      return true; // "Serbian troops overran/ADJ Kosovo": a simple past that is no participle is a verb
    }
    if ("NOUN".equals(t.pos()) && i - 2 >= s.firstToken() && run.tokens.get(i - 1).is("to")
        && "VERB".equals(run.tokens.get(i - 2).pos()) && !t.text().endsWith("s") && !lexicon.verbPatterns(t.text()).isEmpty()
        && (run.args.index().at(i + 1) != null || "DET".equals(run.tokens.get(i + 1).pos()))) {
      return true; // "crowds gathered to cheer/NOUN President X": an infinitive after a verb
    }
    String lower = t.text().toLowerCase(Locale.ROOT);
    String nextWord = run.tokens.get(i + 1).text().toLowerCase(Locale.ROOT);
    if ("NOUN".equals(run.tokens.get(i - 1).pos()) && !lexicon.verbPatterns(lower).isEmpty()) {
      // "the army shot/NOUN down a drone": a phrasal verb of the lexicon, or an irregular past
      // ("jets struck/NOUN positions") right after the subject's head noun
      boolean phrasal = lexicon.verbPatterns(lower).stream().anyMatch(p -> nextWord.equals(p.particle()));
      boolean irregularPast = VerbGroup.isPastForm(lower) && !lower.endsWith("ed")
          && (run.args.index().at(i + 1) != null || "DET".equals(run.tokens.get(i + 1).pos()));
      if (phrasal || irregularPast) {
        return true;
      }
    }
    boolean knownVerb = !lexicon.verbPatterns(t.text()).isEmpty()
        || user.verbs() != null && !user.verbs().verbsWithForm(t.text()).isEmpty();
    if (!knownVerb || "PROPN".equals(t.pos())) {
      return false;
    }
    ActorIndex.Span subject = run.args.index().at(i - 1);
    String next = run.tokens.get(i + 1).pos();
    // a noun after a name is a verb only when the name opens the clause ("Ethiopia departs/NOUN from")
    boolean opensClause = subject != null && (subject.start() == s.firstToken()
        || run.tokens.get(subject.start() - 1).is(",") || run.tokens.get(subject.start() - 1).is("that"));
    if (subject != null && subject.end() == i && ActorIndex.isParticipant(subject.actor())
        && (!"NOUN".equals(t.pos()) || opensClause)
        && ("DET".equals(next) || "PRON".equals(next) || "ADP".equals(next) || "NUM".equals(next)
            || "VERB".equals(next) && nextWord.endsWith("ing"))) { // "Tehran denies/NOUN giving ..."
      return true;
    }
    boolean objectRelative = subject != null && subject.start() > s.firstToken()
        && VerbEvents.RELATIVE_OBJECTS.contains(run.tokens.get(subject.start() - 1).text().toLowerCase(Locale.ROOT));
    if (objectRelative && subject.end() == i && "PUNCT".equals(next)) {
      return true; // "..., which Peru denies."
    }
    if (("PUNCT".equals(next) || "ADP".equals(next)) && run.implicit.objectRelative(s, i) != null) {
      return true; // "Iran, which Saudi Arabia and its allies accuse/NOUN of arming ..."
    }
    if (FLOATING_QUANTIFIERS.contains(run.tokens.get(i - 1).text().toLowerCase(Locale.ROOT)) && i - 2 >= s.firstToken()
        && run.args.index().at(i - 2) != null && ActorIndex.isParticipant(run.args.index().at(i - 2).actor())) {
      return true; // "A and B each freed/ADJ 100 prisoners"
    }
    int k = i - 1;
    while (k > s.firstToken() && ("ADV".equals(run.tokens.get(k).pos()) || run.tokens.get(k).is("not")
        || run.tokens.get(k).is("n't"))) {
      k--;
    }
    String w = run.tokens.get(k).text().toLowerCase(Locale.ROOT);
    String form = t.text().toLowerCase(Locale.ROOT);
    boolean participle = form.endsWith("ed") || form.endsWith("en");
    return MODALS.contains(w) && !"NOUN".equals(t.pos()) // "will haggle/ADV over terms"
        || NounEvents.BE_FORMS.contains(w) && participle && "ADJ".equals(t.pos()); // "was freed/ADJ from"
  }

  /**
   * A quotation that opens with an actor and "must" or "should" in the active voice ("\"Russia must
   * keep its word,\" Bush said") is its speaker's demand of that actor (REQUEST 100), dated like the
   * speech verb after it.
   */
  private void codeQuotedDemand(ArticleRun run, Sentence s, int first) {
    int k = first;
    while (k < s.endToken() && run.tokens.get(k).isDoubleQuoteMark()) {
      k++;
    }
    ActorIndex.Span subject = k < s.endToken() ? run.args.index().at(k) : null;
    if (subject == null || subject.start() != k || !ActorIndex.isParticipant(subject.actor())) {
      return;
    }
    if (!ObjectNouns.asksOfSubject(run, s, subject.end(), "must")
        && !ObjectNouns.asksOfSubject(run, s, subject.end(), "should")) {
      return; // "X must be punished": nothing asked of X
    }
    int at = run.tokens.get(first).start();
    org.dateline.model.Quote quote = run.doc.quotes().stream().filter(q -> q.start() <= at && at < q.end()).findFirst()
        .orElse(null);
    Actor speaker = quote == null || quote.speaker() == null ? null : run.doc.actors().stream()
        .filter(a -> a.id().equals(quote.speaker())).findFirst().orElse(null);
    ActorIndex.Span speakerSpan = speaker == null ? null : run.args.index().firstMentionOf(speaker);
    if (speakerSpan == null || speaker.id().equals(subject.actor().id())) {
      return;
    }
    int verb = -1;
    for (int j = k; j < s.endToken(); j++) {
      if (!run.quoted[j] && "VERB".equals(run.tokens.get(j).pos())) {
        verb = j; // the speech verb after the quotation
        break;
      }
    }
    List<String> dates = verb < 0 ? List.of() : run.dating.clauseDates(verb, s, run.quoted);
    writer.emit(run, s, k, "REQUEST", new String[] {"demand", "100"}, List.of(speakerSpan),
        new Targets(List.of(subject), null, false), dates, !dates.isEmpty(), Modality.ASSERTED, null, 0.7);
  }

  /** How many sentences back a joined act may have been told. */
  private static final int JOINED_REACH = 3;

  /**
   * "Bahrain, Kuwait and Qatar joined the strikes": those who join an act told before
   * (joining-verbs.tsv) do it too, to its targets. Returns the act noun's token; -1 when the
   * object names no act coded in the last sentences, or its doers are the joiners.
   */
  private int codeJoinedAct(ArticleRun run, Sentence s, int i) {
    List<String> words = lexicon.joiningWords(run.tokens.get(i).text());
    if (words == null) {
      return -1;
    }
    int k = i + 1;
    for (String w : words) {
      if (k >= s.endToken() || !run.tokens.get(k).is(w)) {
        return -1;
      }
      k++;
    }
    if (k >= s.endToken() || !DEFINITE.contains(run.tokens.get(k).text().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    k++;
    while (k < s.endToken() && "ADJ".equals(run.tokens.get(k).pos())) {
      k++;
    }
    if (k >= s.endToken() || !"NOUN".equals(run.tokens.get(k).pos()) || run.args.index().at(k) != null) {
      return -1;
    }
    Draft joined = latestActNamed(run, s, run.tokens.get(k).text());
    List<ActorIndex.Span> joiners = joined == null ? List.of() : run.args.subjectsOf(i, s).stream()
        .filter(x -> joined.sources().stream().noneMatch(a -> a.id().equals(x.actor().id()))).toList();
    if (joiners.isEmpty()) {
      return -1;
    }
    VerbGroup vg = VerbGroup.analyze(lexicon, run.tokens, s, i);
    List<String> dates = run.dating.clauseDates(i, s, run.quoted);
    writer.emit(run, s, i, joined.type(), new String[] {joined.mode(), joined.cameo()}, joiners,
        new Targets(joined.targetSpans(), null, false, true), dates, !dates.isEmpty(), vg.modality(), joined.location(), 0.7);
    return k;
  }

  /** The latest event of the last sentences whose trigger is this noun or a verb of the act it names ("the strikes": struck, bombed). */
  private Draft latestActNamed(ArticleRun run, Sentence s, String noun) {
    Set<String> verbs = lexicon.actVerbForms(noun);
    List<EventLexicon.Pattern> nouns = lexicon.nounPatterns(noun);
    for (int d = run.drafts.size() - 1; d >= 0; d--) {
      Draft draft = run.drafts.get(d);
      if (draft.sentence() < s.index() - JOINED_REACH) {
        break;
      }
      String trigger = run.tokens.get(draft.trigger()).text().toLowerCase(Locale.ROOT);
      boolean sameNoun = lexicon.nounPatterns(trigger).stream().anyMatch(q -> nouns.stream().anyMatch(n -> n.lemma().equals(q.lemma())));
      if (!draft.targetSpans().isEmpty() && (sameNoun || verbs != null && verbs.contains(trigger))) {
        return draft;
      }
    }
    return null;
  }

  /** A headline repeats the story's first events; a short first line without final punctuation. */
  private static boolean isHeadline(Document doc, Sentence s) {
    if (s.index() != 0 || doc.sentences().size() < 3) {
      return false;
    }
    String text = doc.text().substring(s.start(), s.end()).strip();
    char last = text.isEmpty() ? '.' : text.charAt(text.length() - 1);
    return ".!?\"”".indexOf(last) < 0 && doc.sentences().get(1).paragraph() != s.paragraph();
  }
}
