package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.actors.ActorIndex;
import org.dateline.actors.Lexicons;
import org.dateline.actors.SubjectFinder;
import org.dateline.model.ActorKind;
import org.dateline.model.Modality;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * Events told by a verb of the lexicon or of a user's dictionary, read as a clause: its sources
 * (the subject, a participle's main clause, a passive's agent, or what the context leaves them
 * to), its targets by the pattern's frames and what the text refers back to, its modality,
 * date and place; then the acts told with it (a refusal, a promise, a threat, a third party's
 * part "with X as a witness", a dictionary's code back from target to source).
 */
final class VerbEvents {
  /** Types whose target may be where it happened ("shelled a market in Kharkiv"). */
  private static final Set<String> PLACE_TARGETED = Set.of("ASSAULT", "COERCE");

  /** Relative pronouns that can open a clause on its object ("the vote that A and B refused to recognise"). */
  static final Set<String> RELATIVE_OBJECTS = Set.of("which", "that", "whom");

  /** Statements, after which a warning names no one by being told in the same breath. */
  private static final Set<String> VERBAL = Set.of("ACCUSE", "REJECT", "SUPPORT", "REQUEST");

  /** Verbs whose gerund object is an act to end ("stop firing"), not one told as done. */
  private static final Set<String> ENDING_VERBS = Set.of("stop", "stops", "stopped", "stopping", "cease", "ceased",
      "halt", "halted", "end", "ended", "quit");

  /** CAMEO's summoning of an envoy in protest. */
  private static final String SUMMONS = "114";

  private final EventLexicon lexicon;
  private final Lexicons words;
  private final DraftWriter writer;
  private final Threats threats;
  private final EventModes modes;
  private final NounEvents nouns;
  private final ObjectNouns objects;

  VerbEvents(EventLexicon lexicon, Lexicons words, DraftWriter writer, Threats threats, EventModes modes,
      NounEvents nouns, ObjectNouns objects) {
    this.lexicon = lexicon;
    this.words = words;
    this.writer = writer;
    this.threats = threats;
    this.modes = modes;
    this.nouns = nouns;
    this.objects = objects;
  }

  /** The event the lexicon's pattern {@code p} codes for the verb at {@code i}; whether it coded one. */
  boolean codeVerb(ArticleRun run, Sentence s, int i, EventLexicon.Pattern p) {
    return codeVerb(run, s, i, p, null);
  }

  /**
   * What a user dictionary's verb and pattern say: the pattern's code (none for "---"), the
   * actors its {@code $ + %} picked out, and for a code "A:B" the event back from target to source.
   */
  boolean codeDictionaryVerb(ArticleRun run, Sentence s, int i, VerbPatternMatcher.Match m) {
    String code = m.code() == null ? "" : m.code().strip();
    String[] codes = code.split(":", 2);
    String forward = codes[0].strip();
    if (forward.isEmpty() || forward.startsWith("---")) {
      return true; // the dictionary knows the verb and says it reports no event here
    }
    String back = codes.length > 1 && !codes[1].isBlank() && !codes[1].strip().startsWith("---") ? codes[1].strip() : null;
    VerbDictionary.Verb v = m.verb();
    EventLexicon.Pattern p = EventLexicon.Pattern.ofDictionary(v.words().get(v.head()), lexicon.ploverOf(forward), forward);
    EventLexicon.Pattern reverse = back == null ? null
        : EventLexicon.Pattern.ofDictionary(v.words().get(v.head()), lexicon.ploverOf(back), back);
    return codeVerb(run, s, i, p,
        new Bound(m.end(), m.resume(), m.source(), m.target(), m.compound(), m.compoundBefore(), reverse));
  }

  /**
   * What a dictionary pattern fixed: where the verb ends ({@code after}) and where the words it
   * named end ({@code resume}: the target comes after them), the actors it bound, the code back.
   */
  private record Bound(int after, int resume, ActorIndex.Span source, ActorIndex.Span target, List<ActorIndex.Span> compound,
      boolean compoundBefore, EventLexicon.Pattern reverse) {}

  private boolean codeVerb(ArticleRun run, Sentence s, int i, EventLexicon.Pattern p, Bound bound) {
    if (i - 2 >= s.firstToken() && run.tokens.get(i - 1).is("-") && run.tokens.get(i - 2).is("so")) {
      return false; // "so-called"
    }
    if (i > s.firstToken() && run.tokens.get(i).text().endsWith("ing")
        && ENDING_VERBS.contains(run.tokens.get(i - 1).text().toLowerCase(Locale.ROOT))) {
      return false; // "urged X to stop killing civilians": an act asked to end, only alleged
    }
    if (foiledAttempt(run, s, i)) {
      return false; // "ending a failed attempt to overthrow the government": not the ender's act, and undone
    }
    if (lexicon.deniedGerund(run.tokens, s.firstToken(), i)) {
      return false; // "denies giving the group weapons": the act denied is only alleged; the denial is coded
    }
    if (EventModes.NAMED_AID.equals(p.mode())) {
      // "sent a letter to X", "sent a delegation to Y": only a verb that sends aid it names gives aid
      p = p.recoded(p.type(), "*", p.cameo());
      if (!modes.namesAid(run, s, i)) {
        return false;
      }
    }
    if (EventModes.HANDING_BACK.equals(p.cameo()) && !p.userDictionary() && modes.givesAidObject(run, s, i)) {
      p = p.recoded("AID", "*", "070"); // "handed over six patrol boats to Libya": equipment given, not returned
    }
    int particleAt = p.particle() == null ? -1 : run.dating.afterTimeAdjunct(i + 1, s);
    if (p.particle() != null && (particleAt >= s.endToken() || !run.tokens.get(particleAt).is(p.particle()))) {
      return false; // "called on Monday for talks": a call for, not a call on
    }
    int passiveObject = -1; // "diplomatic staff would be withdrawn from X": the object noun as the passive's subject
    if (p.needsObject() && !objects.hasObjectNoun(run, s, i, p)) {
      passiveObject = bound == null && !p.received() && !p.objectNouns().stream().anyMatch(o -> o.contains(":"))
          ? run.passives.subjectNoun(s, i, p) : -1;
      if (passiveObject < 0) {
        return false;
      }
    }
    if (p.particle() == null && bound == null && !p.needsObject() && i + 1 < s.endToken()
        && ObjectNouns.PHRASAL_PARTICLES.contains(run.tokens.get(i + 1).text().toLowerCase(Locale.ROOT))
        && !p.targets().contains(run.tokens.get(i + 1).text().toLowerCase(Locale.ROOT))
        && !(i + 2 < s.endToken() && "NUM".equals(run.tokens.get(i + 2).pos()))) { // "expelled over 100": a count
      return false; // "give up", "call off", "back down" mean something else
    }
    if ("AID".equals(p.type()) && bound == null && promisesAnAct(run, s, i)) {
      return false; // "pledged (on Monday) to consult": a promise to act, not aid
    }
    if (bound == null && i - 2 >= s.firstToken() && run.tokens.get(i - 1).is("-") && run.args.index().at(i - 2) != null) {
      return nouns.codeCompoundModifier(run, s, i, p); // "a U.S.-brokered agreement"
    }
    VerbGroup vg = VerbGroup.analyze(lexicon, run.tokens, s, i);
    if (vg.modality() == Modality.HYPOTHETICAL && vg.tense() == VerbGroup.Tense.PRESENT && !p.userDictionary()
        && VerbGroup.demandedClause(run.tokens, s, i)) {
      return true; // "demanded that Israel free 50 prisoners": the demand is the event; the release has not happened
    }
    if (p.onlyNegated() && vg.modality() != Modality.NEGATED) {
      return false; // "accepted the offer" is no rejection; "would not accept" is
    }
    if (passiveObject >= 0 && !vg.passive()) {
      return false;
    }
    int after = bound != null ? bound.after() : p.particle() != null ? particleAt + 1 : i + 1;
    if ("AID".equals(p.type()) && p.particle() != null && after < s.endToken()
        && ("ADP".equals(run.tokens.get(after).pos()) || run.tokens.get(after).is("to"))) {
      return false; // "flew in to Kyiv": nothing flown in, a trip
    }
    int afterAdjunct = run.dating.afterTimeAdjunct(after, s);
    if (bound == null && p.targets().contains("inf") && afterAdjunct > after && afterAdjunct < s.endToken()
        && run.tokens.get(afterAdjunct).is("to")) {
      after = afterAdjunct; // "agreed late on Sunday to accept flights from X"
    }
    Draft denied = "deny".equals(p.mode()) && bound == null ? chargeDeniedInAside(run, s, i) : null;
    if (denied != null) {
      // "X accused Y of backing the militia, a charge Y denies" / ", which the party denied": the accused rejects the accuser
      ActorIndex.Span subject = actorRightBefore(run, s, i);
      List<ActorIndex.Span> deniers = subject != null && Sides.containsActor(denied.targets(), subject.actor()) ? List.of(subject)
          : run.mentionsOf(denied.targets());
      List<ActorIndex.Span> accusers = run.mentionsOf(denied.sources());
      if (!deniers.isEmpty() && !accusers.isEmpty()) {
        writer.emit(run, s, i, p.type(), modes.modeOf(run, s, i, p), deniers, new Targets(accusers, null, false),
            run.dating.clauseDates(i, s, run.quoted), true, vg.modality(), null, 0.75);
        return true;
      }
    }
    List<ActorIndex.Span> sources;
    Targets targets;
    int mainVerb = -1; // the verb of the main clause a participle hangs on
    String adjunctOpener = null; // "after" in "decided after meeting X"
    if (passiveObject >= 0) {
      sources = run.passives.actor(s, i, after, passiveObject);
      targets = run.targets.find(s, after, p, false);
    } else if (vg.passive() || ImplicitArguments.reducedPassive(run.tokens, s, i)) {
      int by = run.args.findPreposition("by", after, s, 8);
      int sharedHead = by < 0 && vg.passive() ? VerbGroup.sharedPassiveHead(run.tokens, s, i) : -1;
      if (sharedHead >= 0) {
        by = run.args.findPreposition("by", sharedHead + 1, s, 8); // "were arrested by police and charged": one agent
      }
      sources = by < 0 || sharedHead >= 0 && by > i ? List.of() : run.args.listAt(by + 1, s);
      if (by >= 0 && sources.isEmpty() && !(sharedHead >= 0 && by > i)) {
        sources = run.args.membersNamedAfter(by + 1, s); // "by a group of guarantor countries, among them A, B and C"
      }
      List<ActorIndex.Span> parties = ImplicitArguments.reducedPassive(run.tokens, s, i)
          ? run.refs.partiesOfNounBefore(i, s, sources)
          : EventCodes.JOINT_MEDIATION.contains(p.cameo()) ? run.refs.partiesOfPassiveSubject(i, s, sources) : List.of();
      // "talks mediated by X": the mediator or host acts on the parties of the talks
      ActorIndex.Span antecedent = parties.isEmpty() ? run.implicit.relativeAntecedent(s, i) : null;
      // "under treaties signed by X": the participle's own noun names no actor, so no one is its target
      // (a host or mediator acts for the clause's subjects: "signed the deal at a ceremony hosted by X")
      boolean ownNoun = ImplicitArguments.reducedPassive(run.tokens, s, i) && i > s.firstToken()
          && !EventCodes.JOINT_MEDIATION.contains(p.cameo())
          && "NOUN".equals(run.tokens.get(i - 1).pos()) && run.args.index().at(i - 1) == null;
      targets = new Targets(!parties.isEmpty() ? parties : antecedent != null ? List.of(antecedent)
          : run.implicit.opensRelativeClause(s, i) || ownNoun ? List.of() : run.args.subjectsOf(i, s), null, false);
      if (targets.spans().isEmpty() && !sources.isEmpty() && vg.passive()) {
        // "A and B crossed into Cyprus. They were detained by Cypriot police": the pronoun for the sentence before's subjects
        targets = new Targets(run.implicit.pronounSubject(s, i), null, false, true);
      }
      if (targets.spans().isEmpty() && !sources.isEmpty()) {
        ActorIndex.Span owner = ImpliedActors.ownerOpeningSentence(run, s, i);
        if (owner != null) {
          targets = new Targets(List.of(owner), null, false); // "Poland's decision to ... was applauded by X"
        } else if (vg.passive()) {
          // "The takeover was condemned by France": the subject names an act told before; its doers are the target
          List<ActorIndex.Span> doers = run.refs.doersOfSubjectAct(i, s, p.type(), sources);
          if (!doers.isEmpty()) {
            targets = new Targets(doers, null, false, true);
          }
        }
      }
      Targets recipients = "AID".equals(p.type()) && p.targets().contains("to")
          ? run.targets.find(s, after, p.withTargets(List.of("to")), false) : Targets.none();
      if (!recipients.spans().isEmpty()) {
        targets = recipients; // "Two patrol boats were delivered to Ghana's navy by the United States"
      }
    } else {
      // PETRARCH's dictionaries leave such adjuncts uncoded ("after leaving X"): only Dateline's own patterns read them
      adjunctOpener = p.userDictionary() ? null : ImplicitArguments.adjunctOpener(run.tokens, s, i, vg);
      mainVerb = ImplicitArguments.participleAfterComma(run.tokens, s, i, vg) || adjunctOpener != null
          ? run.args.verbWithSubjectBefore(i - 1, s) : -1;
      if (mainVerb < 0 && adjunctOpener != null && i - 1 == s.firstToken()) {
        mainVerb = run.args.verbWithSubjectAfterComma(i, s); // "After meeting X, Y said"
      }
      // "Sudan cut ties with X, accusing it of ...": the participle's subject is the main clause's
      sources = mainVerb >= 0 ? run.args.subjectsOf(mainVerb, s) : run.args.subjectsOf(i, s);
      for (int v = i; sources.isEmpty() && v > s.firstToken(); v--) {
        if (v == i || "VERB".equals(run.tokens.get(v).pos())) {
          sources = run.refs.groupSubjectOf(v, s); // "the two governments said ... and urged"
        }
      }
      if (sources.isEmpty()) {
        sources = run.args.demonymSubjectOf(i, s); // "Peruvian jets struck ..."
      }
      if (sources.isEmpty()) {
        sources = run.implicit.pronounSubject(s, i);
      }
      if (sources.isEmpty()) {
        sources = run.implicit.possessiveOwnerSubject(s, i); // "A and B watched as their ministers signed"
      }
      if (sources.isEmpty()) {
        ActorIndex.Span state = run.targets.countryMention(run.implicit.speakersState(s, i));
        sources = state == null ? List.of() : List.of(state); // "the minister said the government would"
      }
      if (sources.isEmpty() && run.args.joinedToEarlierVerb(i, s)) {
        // "On Monday, it closed its border and warned ...": the subject the earlier verb was coded with
        Draft earlier = run.lastDraftIn(s, i);
        sources = earlier == null ? List.of() : run.mentionsOf(earlier.sources());
      }
      if (EventCodes.JOINT_TYPES.contains(p.type()) && sources.size() >= 2 && p.targets().contains("inf")) {
        // "Chile and Peru agreed to cut tariffs after talks in Quito": they agreed with each other
        p = p.withTargets(p.targets().stream().filter(f -> !f.equals("inf")).toList());
      }
      targets = bound == null ? run.refs.groupTargets(s, after, p, sources) : Targets.none();
      if (targets.spans().isEmpty()) {
        targets = run.targets.find(s, bound != null ? bound.resume() : after, p, false);
      }
      if (targets.spans().isEmpty() && bound == null) {
        targets = run.history.again(s, after, p, run.drafts); // "Washington widened them in 2022"
      }
      if (targets.spans().isEmpty() && bound != null && bound.resume() > after) {
        targets = run.targets.find(s, after, p, false); // "conceded that Peru is no easy partner"
      }
      List<ActorIndex.Span> doers = bound == null ? run.refs.doersOfActOn(targets, s, p.type(), sources) : List.of();
      if (!doers.isEmpty()) {
        targets = new Targets(doers, null, false, true); // "called Castillo's arrest illegal": those who arrested him
      }
      if (targets.spans().isEmpty() && bound == null) {
        targets = run.refs.answeredTargets(s, i, after, p, sources);
      }
      if (targets.spans().isEmpty() && mainVerb >= 0 && after < s.endToken()
          && ImplicitArguments.OBJECT_PRONOUNS.contains(run.tokens.get(after).text().toLowerCase(Locale.ROOT))
          && run.args.index().at(after) == null) {
        // "cut ties with Peru, accusing it of ...": the participle's pronoun is the main clause's target
        Draft earlier = run.lastDraftIn(s, i);
        targets = earlier == null ? Targets.none() : new Targets(earlier.targetSpans(), null, false, true);
      }
      if (targets.spans().isEmpty() && bound == null) {
        ImplicitArguments.ObjectRelative rel = run.implicit.objectRelative(s, i);
        // "Putin, whom he met on Monday", "Putin, with whom he spoke": the relative's antecedent, by the pattern's frame
        if (rel != null && p.targets().contains(rel.preposition().isEmpty() ? "obj" : rel.preposition())
            && sources.stream().noneMatch(x -> x.actor().id().equals(rel.antecedent().actor().id()))) {
          targets = new Targets(List.of(rel.antecedent()), null, false, true);
        }
      }
      if (targets.spans().isEmpty() && bound == null) {
        targets = new Targets(run.implicit.personalObject(s, i, after, sources), null, false, true);
      }
      if (targets.spans().isEmpty() && bound == null) {
        // "recalled its envoys from A and B, accusing their governments of meddling"
        targets = new Targets(run.implicit.possessiveOwnerObject(s, after, sources), null, false, true);
      }
    }
    if (sources.isEmpty() && bound == null && vg.passive() && "ASSAULT".equals(p.type())
        && !targets.spans().isEmpty() && targets.spans().stream().allMatch(t -> t.actor().kind() == ActorKind.PERSON)) {
      // "Israel struck Iran. Two of its generals had been killed": the attack just told killed them
      sources = run.refs.attackerOf(targets.spans(), s);
    }
    List<ActorIndex.Span> blamer = List.of();
    if (sources.isEmpty() && bound == null && "ASSAULT".equals(p.type())) {
      // "Drones hit the port, the army said, blaming the rebels": the blamed one attacked the blamer
      int blame = run.implicit.blameAfter(s, i);
      if (blame >= 0) {
        sources = run.args.listAt(blame + 1, s);
        blamer = run.args.subjectsBefore(blame, s);
      }
    }
    if (bound != null && !bound.compound().isEmpty() && !bound.compoundBefore()) {
      targets = new Targets(bound.compound(), null, false); // "agrees with % that": each of them a target
    }
    if (bound != null && bound.source() != null) {
      sources = List.of(bound.source());
    }
    if (bound != null && bound.target() != null) {
      targets = new Targets(List.of(bound.target()), null, false);
      ActorIndex.Span t = bound.target();
      if (bound.source() == null && sources.stream().anyMatch(x -> x.actor().id().equals(t.actor().id()))) {
        // "the minister noted that Chile regretted ...": the target is this clause's subject, the
        // source the subject of the clause around it
        sources = run.args.subjectsBefore(t.start(), s);
      }
    }
    boolean gerundComplement = i > s.firstToken() && run.tokens.get(i).text().endsWith("ing")
        && (run.tokens.get(i - 1).is("of") || run.tokens.get(i - 1).is("for"));
    Draft accusation = gerundComplement ? run.lastDraftIn(s, i) : null;
    if (accusation != null && !accusation.targetSpans().isEmpty() && "ACCUSE".equals(accusation.type())) {
      // "accused Rwanda of backing the rebels": an act only alleged is not coded as an event
      return true;
    }
    Draft main = vg.purpose() ? run.lastDraftIn(s, i) : null;
    if (main != null && "REQUEST".equals(main.type()) && !askedBy(run, main, i)) {
      main = null; // "urging Bolivia to hold talks, prompting Bolivia to recall": the recall answers the call
    }
    if (vg.purpose() && !vg.passive() && (main == null || !"REQUEST".equals(main.type())) && askedBefore(run, s, i)) {
      // "A and B urged the electoral authorities to release ...": asked of someone not named as an actor
      return false;
    }
    int causer = vg.purpose() && !vg.passive() ? causativeBefore(run, s, i) : -1;
    if (causer >= 0) {
      // "prompting Bolivia to recall its envoys": the object acts; "forced the plane to land": no one named did
      List<ActorIndex.Span> caused = run.args.listAt(causer + 1, s).stream().filter(x -> x.start() < i).toList();
      if (caused.isEmpty()) {
        return false;
      }
      sources = caused;
      main = null;
    }
    if (main != null && "REQUEST".equals(main.type()) && !vg.passive()) {
      // "X urged Y to withdraw": Y is asked to act; nothing has happened yet
      sources = main.targetSpans();
      if (targets.spans().isEmpty() && "AID".equals(p.type())) {
        targets = new Targets(ImpliedActors.recipientInMainClause(run, s, i, sources), null, false);
      }
      main = new Draft(main.type(), main.mode(), main.cameo(), main.targets(), main.sources(), List.of(),
          main.location(), main.date(), main.explicitDate(), Modality.HYPOTHETICAL, main.confidence(),
          main.sentence(), main.trigger(), main.evidenceStart(), main.evidenceEnd(), main.directed());
    }
    // "urged Peru to meet Chile" goes on with the main clause's parties; a trip ("ordered them to
    // leave") is to the place it names or to no one
    boolean travelOnly = p.targets().stream().allMatch(f -> f.endsWith(">place"));
    if (targets.spans().isEmpty() && main != null && !travelOnly
        && ("AGREE".equals(p.type()) || "CONSULT".equals(p.type()))) {
      targets = new Targets(main.targetSpans(), main.location(), false);
    }
    if (targets.spans().isEmpty() && "AID".equals(p.type()) && mainVerb >= 0) {
      // only for a participle: in "India sent doctors, and Russia sent teams" India receives nothing
      targets = new Targets(ImpliedActors.recipientInMainClause(run, s, i, sources), null, false);
    }
    if (targets.spans().isEmpty() && "AID".equals(p.type()) && bound == null && !vg.passive()
        && !lexicon.deploysForces(p.lemma()) // forces deployed with no destination show force (MOBILIZE)
        && Set.of("073", "074").contains(modes.modeOf(run, s, i, p)[1])) {
      // "YANGON, Myanmar — ... India flew in rescuers": relief or personnel told without a recipient go where the story is filed
      ActorIndex.Span filed = run.targets.countryMention(run.doc.filedFrom());
      if (filed != null && sources.stream().noneMatch(x -> filed.actor().country().equals(x.actor().country()))) {
        targets = new Targets(List.of(filed), null, false, true);
      }
    }
    if (targets.spans().isEmpty() && PLACE_TARGETED.contains(p.type())) {
      targets = new Targets(run.implicit.speakersPossession(s, i, sources), null, false, true); // "said X fired on its positions"
    }
    if (targets.spans().isEmpty() && PLACE_TARGETED.contains(p.type())) {
      targets = run.targets.placeTargets(s, after); // "struck a refinery in Russia's Volgograd region"
    }
    if (targets.spans().isEmpty() && !blamer.isEmpty()) {
      targets = new Targets(blamer, null, false);
    }
    if (!targets.spans().isEmpty() && scoreAfter(run, targets.spans().get(targets.spans().size() - 1).end(), s)) {
      return false; // "Brazil beat Argentina 2-1": a match result, not an event between the states
    }
    if ("THREATEN".equals(p.type()) && bound == null && !targets.spans().isEmpty()) {
      // "the minister warned that Peru would respond": his own country is who threatens, not the target
      List<ActorIndex.Span> own = sources;
      // (nor are its forces: "warned that U.S. forces would act if Iraq failed")
      java.util.function.Predicate<ActorIndex.Span> other = t -> t.actor().kind() != ActorKind.COUNTRY
          && !ActorIndex.isStateBody(t.actor())
          || own.stream().noneMatch(x -> t.actor().country() != null && t.actor().country().equals(x.actor().country()));
      List<ActorIndex.Span> kept = targets.spans().stream().filter(other).toList();
      if (kept.isEmpty() && p.targets().contains("that")) {
        // "warned that America would hold Tehran accountable": the one the clause acts on
        List<ActorIndex.Span> inClause = run.targets.thatClauseActors(s, after).stream().filter(other).toList();
        // "warned that Pakistan would move troops from its border with Afghanistan if India built up
        // forces": the one whose act the condition names is warned
        List<ActorIndex.Span> conditioned = inClause.stream().filter(x -> Threats.opensCondition(run, x)).limit(1).toList();
        kept = !conditioned.isEmpty() ? conditioned : inClause.stream().limit(1).toList();
      }
      targets = new Targets(kept, targets.place(), targets.pairs(), targets.inherited(), targets.firstSide());
    }
    if (targets.spans().isEmpty() && bound == null && "THREATEN".equals(p.type()) && !sources.isEmpty()) {
      // "closed its airspace to Peru and warned that ...": the warning is to the one just acted on
      Draft before = run.lastDraftIn(s, i);
      if (before != null && before.sources().get(0).id().equals(sources.get(0).actor().id())
          && !VERBAL.contains(before.type())) { // "called the move void and warned that ...": no one named
        targets = new Targets(before.targetSpans(), null, false, true);
      }
    }
    if (targets.spans().isEmpty() && bound == null && !sources.isEmpty() && "SANCTION".equals(p.type())) {
      // "Jordan downgraded its relations with Qatar and Mauritania cut its ties altogether": the second
      // side acts on the first one's target
      Draft before = run.lastDraftIn(s, i);
      if (before != null && before.type().equals(p.type()) && !doneBy(before, sources) && andBetween(run, before.trigger(), i)) {
        targets = new Targets(before.targetSpans(), null, false, true);
      }
    }
    if (targets.spans().isEmpty() && bound == null && "MOBILIZE".equals(p.type())) {
      targets = new Targets(run.implicit.respondedTo(s, i, sources), null, false, true); // "..., after Peru sent ships"
    }
    if (targets.pairs() && !sources.isEmpty()) {
      targets = new Targets(targets.spans(), targets.place(), false); // "Egypt mediated between A and B"
    }
    if (targets.spans().isEmpty() && sources.size() >= 2 && EventCodes.JOINT_TYPES.contains(p.type()) && !travelOnly
        && !EventCodes.JOINT_MEDIATION.contains(p.cameo()) // mediators do not mediate between themselves
        && !objectRelativeClause(run, s, sources.get(0).start())) { // "a vote that A and B refused to recognise"
      targets = new Targets(sources, null, true); // "Xi and Putin signed a statement": with each other ("A and B left" is no visit)
    }
    boolean mutualRelease = p.cameo().startsWith("084") || p.cameo().equals("085");
    boolean reciprocal = bound == null && reciprocalObject(run, s, after);
    if (mutualRelease && sources.size() >= 2 && !targets.spans().isEmpty()
        && targets.spans().stream().allMatch(t -> "captives".equals(words.groupFamily(t.actor().name())))) {
      targets = Targets.none(); // "A and B each freed 120 prisoners of war": each the other's
    }
    boolean foughtEachOther = "fight".equals(p.mode()) && !vg.passive(); // "A's troops and B's forces fought in the streets"
    if (targets.spans().isEmpty() && sources.size() >= 2 && (p.mode().equals("exchange") || mutualRelease || reciprocal
        || foughtEachOther)) {
      // "Israel and Hezbollah exchanged fire": each on the other; "A and B each freed 100 prisoners":
      // each released the other's
      for (ActorIndex.Span a : sources) {
        List<ActorIndex.Span> others = sources.stream().filter(b -> b != a).toList();
        writer.emit(run, s, i, p.type(), modes.modeOf(run, s, i, p), List.of(a), new Targets(others, null, false),
            run.dating.clauseDates(i, s, run.quoted), true, vg.modality(), run.targets.locationIn(s, after), 0.8);
      }
      return true;
    }
    if (bound != null && !bound.compound().isEmpty() && bound.compoundBefore()) {
      sources = bound.compound();
      targets = new Targets(bound.compound(), null, true); // "% agree": each of them with the others
    }
    if (p.received() && !vg.passive() && sources.isEmpty() && !targets.spans().isEmpty()) {
      sources = run.refs.doersOfSubjectAct(i, s, p.type(), targets.spans()); // "The raid drew criticism from X"
    }
    if (p.received() && !vg.passive() && !sources.isEmpty() && !targets.spans().isEmpty()) {
      // "Ukraine received weapons from Germany": the giver acts on the one who receives
      List<ActorIndex.Span> givers = targets.spans();
      targets = new Targets(sources, null, false);
      sources = givers;
    }
    if (EventCodes.VISIT.equals(p.cameo()) && !p.objectNouns().isEmpty() && !vg.passive() && bound == null) {
      // "was sending Secretary of State Condoleezza Rice to Tbilisi": the named envoy sent makes the visit
      ActorIndex.Span sent = ImpliedActors.sentPerson(run, s, after);
      if (sent != null) {
        sources = List.of(sent);
      }
    }
    if (!sources.isEmpty() && targets.spans().isEmpty() && bound == null) {
      targets = ImpliedActors.sameActAgain(run, s, after, p); // "Canada expelled four": four more of those just expelled
    }
    if (!sources.isEmpty() && targets.spans().isEmpty() && bound == null
        && codePresidingRole(run, s, i, after, p, sources, targets, run.dating.clauseDates(i, s, run.quoted), true,
            vg.modality(), run.targets.locationIn(s, after))) {
      return true; // "A signed the text, with X as a witness": X's part is the only act told with another
    }
    if (p.onlyOrganizations() && !targets.spans().stream().allMatch(x -> TargetFinder.isInternationalBody(x.actor()))) {
      return false; // "withdrew from the town" is no leaving of a bloc: the next pattern reads it
    }
    if (targets.spans().isEmpty() && bound == null) {
      targets = run.opposed.of(p.type(), p.cameo(), sources, s, i); // "protesters rallied": against their government
    }
    if (sources.isEmpty() && bound == null && vg.passive()) {
      sources = run.opposed.coercer(p.type(), targets.spans()); // "100 protesters were detained": by their state
    }
    if (sources.isEmpty() && bound == null && vg.passive() && SUMMONS.equals(p.cameo()) && !targets.spans().isEmpty()) {
      sources = ImpliedActors.hostOfSummons(run, s, targets.spans()); // "Israel's ambassador in Ankara was summoned"
    }
    if (sources.isEmpty() || targets.spans().isEmpty() || namesRatherThanCalls(run, s, i, p, targets)) {
      return false;
    }
    Modality modality = main != null ? main.modality() : p.onlyNegated() ? Modality.ASSERTED : vg.modality();
    if ("without".equals(adjunctOpener)) {
      modality = Modality.NEGATED; // "left without meeting X"
    } else if (adjunctOpener != null && mainVerb >= 0) {
      Modality outer = VerbGroup.analyze(lexicon, run.tokens, s, mainVerb).modality();
      if (outer == Modality.EXPECTED || outer == Modality.HYPOTHETICAL) {
        modality = outer; // "will fly home after meeting X": the meeting is as planned as the flight
      }
    }
    if (!sources.isEmpty() && sources.get(0).start() > s.firstToken()
        && run.tokens.get(sources.get(0).start() - 1).is("neither")) {
      modality = Modality.NEGATED; // "neither A nor B signed"
    }
    String[] mode = modes.modeOf(run, s, i, p);
    List<String> dates = run.dating.clauseDates(i, s, run.quoted);
    if (dates.isEmpty() && mainVerb >= 0) {
      dates = run.dating.clauseDates(mainVerb, s, run.quoted); // the participle's act is the main clause's
    }
    int complement = dates.isEmpty() ? complementVerb(run, s, i, p) : -1;
    if (complement >= 0 && complement + 1 < s.endToken() && run.tokens.get(complement + 1).is("on")) {
      // ("to leave by Friday", "within 72 hours" is a deadline, not the order's day)
      dates = run.dating.clauseDates(complement, s, run.quoted); // "ordered 60 diplomats to leave on Monday": one act
    }
    if (dates.isEmpty()) {
      String linked = run.dating.linkedDate(i, s, run.quoted, sources, vg.tense() == VerbGroup.Tense.PERFECT,
          modality == Modality.ASSERTED, run.scene.date());
      dates = linked == null ? dates : List.of(linked);
    }
    boolean explicit = !dates.isEmpty();
    // "signed it on Friday at a ceremony hosted by X"
    Draft around = ImplicitArguments.reducedPassive(run.tokens, s, i) ? run.lastDraftIn(s, i) : null;
    if (around != null && i - around.trigger() <= 4 && !around.explicitDate()) {
      // "talks in Doha mediated by X": the mediation is dated as the talks are
      dates = around.date() == null ? List.of() : List.of(around.date());
      explicit = false;
    }
    if (dates.isEmpty() && vg.passive() && EventCodes.JOINT_MEDIATION.contains(p.cameo()) && !targets.spans().isEmpty()) {
      // "A and B signed a declaration on Friday. It was brokered by X": the brokering is dated as what it produced
      Draft produced = lastJointBetween(run, i, targets.spans());
      dates = produced == null || produced.date() == null ? dates : List.of(produced.date());
    }
    String location = targets.place() != null ? targets.place() : run.targets.locationIn(s, after);
    if (dates.isEmpty() && main != null && main.date() != null) {
      dates = List.of(main.date());
    } else if (dates.isEmpty() && around != null && around.date() != null) {
      dates = List.of(around.date());
    } else if (dates.isEmpty() && run.scene.date() != null && modality == Modality.ASSERTED
        && vg.tense() == VerbGroup.Tense.PAST && !run.dating.inRelativeClause(i, s)
        && run.scene.goesOnWith(p.type(), sources, targets.spans(), location)
        && !targets.inherited()) {
      dates = List.of(run.scene.date());
    }
    if (location == null && !explicit && dates.size() == 1 && dates.get(0).equals(run.scene.date())) {
      location = run.scene.location(); // the scene goes on: same day, same place
    }
    double confidence = vg.purpose() || targets.inherited() ? 0.7 : 0.85;
    if (vg.threat() && !p.userDictionary() && Threats.holdsOut(p.type())) {
      // "threatened to impose tariffs on X", "refused to rule out striking Y": the threat is the event;
      // the act threatened has not happened and may never
      threats.codeThreat(run, s, i, p.type(), sources, targets, dates, explicit, location, confidence);
      return true;
    }
    if ("REJECT".equals(p.type()) && modality == Modality.NEGATED && !p.userDictionary()
        && VerbGroup.excludedNot(run.tokens, s, after)) {
      return false; // "did not rule out talks": no rejection, and no threat unless the act is hostile
    }
    if ("AID".equals(p.type()) && "pledge".equals(p.lemma()) && !p.userDictionary() && modality == Modality.ASSERTED) {
      // "pledged $300 million to Haiti": the pledge is made (CAMEO 033x), the aid is to come
      writer.emit(run, s, i, "AGREE", new String[] {"intent", EventCodes.intentCode("AID", mode[1])}, sources, targets,
          dates, explicit, Modality.ASSERTED, location, confidence);
      writer.emit(run, s, i, p.type(), mode, sources, targets, List.of(), false, Modality.EXPECTED, location, confidence);
      return true;
    }
    writer.emit(run, s, i, p.type(), mode, sources, targets, dates, explicit, modality, location, confidence,
        p.userDictionary());
    for (ActorIndex.Span gapped : bound == null ? run.args.gappedSubjects(after, s) : List.<ActorIndex.Span>of()) {
      // "... and Ukraine 13"
      writer.emit(run, s, i, p.type(), mode, List.of(gapped), targets, dates, explicit, modality, location, confidence);
    }
    codePresidingRole(run, s, i, after, p, sources, targets, dates, explicit, modality, location);
    // a dictionary's "A:B" codes B back from target to source; actors acting together act both ways
    EventLexicon.Pattern r = bound == null ? null : bound.reverse() != null ? bound.reverse() : targets.pairs() ? p : null;
    if (r != null) {
      String[] back = {r.mode(), r.cameo()};
      if (targets.pairs()) {
        List<ActorIndex.Span> all = new ArrayList<>(targets.spans());
        java.util.Collections.reverse(all);
        writer.emit(run, s, i, r.type(), back, List.of(), new Targets(all, null, true), dates, explicit, modality, location,
            confidence, true);
      } else {
        for (ActorIndex.Span t : targets.spans()) {
          writer.emit(run, s, i, r.type(), back, List.of(t), new Targets(sources, null, false), dates, explicit, modality,
              location, confidence, true);
        }
      }
    }
    if (vg.refusal() && !"REJECT".equals(p.type()) && !p.userDictionary()) {
      // "refused to meet the envoy": the refusal itself happened, toward the one it concerns
      writer.emit(run, s, i, "REJECT", new String[] {"reject", "120"}, sources, targets, dates, explicit,
          Modality.ASSERTED, location, confidence);
    }
    if (vg.promise() && !p.userDictionary() && !"AGREE".equals(p.type())) {
      String intent = EventCodes.intentCode(p.type(), mode[1]);
      if (intent != null) {
        // "Japan pledged on Monday to pay for the bridges": the pledge itself happened (CAMEO 03x), on its own day
        List<String> promised = run.dating.clauseDates(governorOfInfinitive(run, s, i), s, run.quoted);
        writer.emit(run, s, i, "AGREE", new String[] {"intent", intent}, sources, targets, promised, !promised.isEmpty(),
            Modality.ASSERTED, location, confidence);
      }
    }
    if (vg.threat() && !"THREATEN".equals(p.type()) && !p.userDictionary()) {
      // "threatened to impose tariffs on X": the threat itself happened
      writer.emit(run, s, i, "THREATEN", new String[] {"threaten", "130"}, sources, targets, dates, explicit,
          Modality.ASSERTED, location, confidence);
    }
    if (CLAIMED_HARM.contains(p.type()) && modality != Modality.NEGATED && !p.userDictionary()) {
      victimsClaim(run, s, sources, targets.spans());
    }
    return true;
  }

  /** Acts that a victim telling them accuses their doer of. */
  private static final Set<String> CLAIMED_HARM = Set.of("ASSAULT", "COERCE", "MOBILIZE");

  /**
   * "Armenia said Azerbaijani troops had shelled its villages", "Ecuador said Colombian troops
   * attacked its territory": a side telling a hostile act done to it accuses the doer (ACCUSE 112), on the day it
   * speaks, beside the act it tells.
   */
  private void victimsClaim(ArticleRun run, Sentence s, List<ActorIndex.Span> doers, List<ActorIndex.Span> victims) {
    if (doers.isEmpty() || doers.get(0).start() <= s.firstToken()) {
      return;
    }
    int k = doers.get(0).start() - 1;
    if (run.tokens.get(k).is("that")) {
      k--;
    }
    int say = -1;
    for (int j = k; j >= s.firstToken() && j >= k - 3; j--) {
      if (words.isSpeechVerb(run.tokens.get(j)) && "VERB".equals(run.tokens.get(j).pos())) {
        say = j;
        break;
      }
      if (!VerbGroup.allTimeWords(run.tokens, j, j + 1) && !run.tokens.get(j).is("on")) {
        return; // "said on Monday (that)": only a time adjunct may stand between the verb and its clause
      }
    }
    if (say < 0) {
      return;
    }
    List<ActorIndex.Span> speakers = run.args.subjectsOf(say, s);
    boolean victim = !speakers.isEmpty()
        && speakers.stream().allMatch(sp -> victims.stream().anyMatch(v -> EventDating.sameSide(sp.actor(), v.actor())))
        && speakers.stream().noneMatch(sp -> doers.stream().anyMatch(d -> EventDating.sameSide(sp.actor(), d.actor())));
    if (!victim) {
      return;
    }
    List<String> when = run.dating.clauseDates(say, s, run.quoted);
    writer.emit(run, s, say, "ACCUSE", new String[] {"accuse", "112"}, speakers, new Targets(doers, null, false), when,
        !when.isEmpty(), Modality.ASSERTED, null, 0.7);
  }

  /**
   * "signed the accord, with X as a witness": for an agreement or meeting, the one a "with ... as"
   * phrase gives a part (presiding-roles.tsv) acts toward those who act; whether it coded one.
   * Where the act is itself a host's or a mediator's ("talks hosted by Cuba, with Norway as a
   * guarantor"), or pairs sides with each other, its targets are the parties.
   */
  private boolean codePresidingRole(ArticleRun run, Sentence s, int i, int after, EventLexicon.Pattern p,
      List<ActorIndex.Span> sources, Targets targets, List<String> dates, boolean explicit, Modality modality,
      String location) {
    List<ActorIndex.Span> parties = EventCodes.JOINT_MEDIATION.contains(p.cameo()) || targets.pairs()
        ? targets.spans() : sources;
    if (p.userDictionary() || !EventCodes.JOINT_TYPES.contains(p.type()) || parties.isEmpty()) {
      return false;
    }
    ActorIndex.Span presider = run.targets.presidingActor(s, after);
    if (presider == null) {
      return false;
    }
    EventLexicon.Pattern role = run.targets.presidingRoleAfter(presider, s);
    writer.emit(run, s, i, role.type(), new String[] {role.mode(), role.cameo()}, List.of(presider),
        new Targets(parties, null, false), dates, explicit, modality, location, 0.75);
    return true;
  }

  /** "blamed each other", "accused one another", "each government blamed the other": the subjects act on each other. */
  private static boolean reciprocalObject(ArticleRun run, Sentence s, int after) {
    if (after + 1 >= s.endToken()) {
      return false;
    }
    String first = run.tokens.get(after).text().toLowerCase(Locale.ROOT);
    String second = run.tokens.get(after + 1).text().toLowerCase(Locale.ROOT);
    return second.equals("other") && (first.equals("each") || first.equals("the"))
        || first.equals("one") && second.equals("another");
  }

  /**
   * Whether the infinitive at {@code verb} is what a request verb before it in the clause asks
   * for ("urged the authorities to release"), rather than the subject's own act.
   */
  private boolean askedBefore(ArticleRun run, Sentence s, int verb) {
    for (int k = verb - 1; k >= s.firstToken() && k >= verb - 12; k--) {
      Token t = run.tokens.get(k);
      if (t.is(";") || t.is("that") || t.is("which") || t.is("who")) {
        return false;
      }
      if ("VERB".equals(t.pos())) {
        return lexicon.verbPatterns(t.text()).stream().anyMatch(p -> "REQUEST".equals(p.type()) && !p.noun());
      }
    }
    return false;
  }

  /**
   * "called Peru a reliable partner", "the talks both sides called useful": "call" with an object
   * complement, or with no one called, names something; only "called X" is a phone call.
   */
  private boolean namesRatherThanCalls(ArticleRun run, Sentence s, int verb, EventLexicon.Pattern p, Targets targets) {
    if (p.userDictionary() || !"phone".equals(p.mode()) || !"call".equals(lexicon.verbLemma(run.tokens.get(verb).text()))) {
      return false;
    }
    if (targets.pairs() || targets.inherited()) {
      return true;
    }
    int end = targets.spans().stream().mapToInt(ActorIndex.Span::end).max().orElse(verb + 1);
    if (end >= s.endToken()) {
      return false;
    }
    Token next = run.tokens.get(end);
    return "DET".equals(next.pos()) || "ADJ".equals(next.pos()) || "NOUN".equals(next.pos()) || next.isDoubleQuoteMark();
  }

  /** A match score at token k: "2-1", "3 - 0". */
  private static boolean scoreAfter(ArticleRun run, int k, Sentence s) {
    if (k >= s.endToken()) {
      return false;
    }
    String w = run.tokens.get(k).text();
    if (w.matches("\\d{1,3}[-–]\\d{1,3}")) {
      return true;
    }
    return k + 2 < s.endToken() && w.matches("\\d{1,3}") && run.tokens.get(k + 1).text().matches("[-–]")
        && run.tokens.get(k + 2).text().matches("\\d{1,3}");
  }

  /**
   * Whether the clause whose subject starts at {@code subject} is a relative clause on a thing
   * ("the referendum that Ukraine and the West refused to recognise"): its verb's object is that
   * thing, so its subjects do not act with each other. A "that" after a verb opens a reported clause.
   */
  private static boolean objectRelativeClause(ArticleRun run, Sentence s, int subject) {
    int k = subject - 1;
    return k - 1 >= s.firstToken() && RELATIVE_OBJECTS.contains(run.tokens.get(k).text().toLowerCase(Locale.ROOT))
        && "NOUN".equals(run.tokens.get(k - 1).pos()) && run.args.index().at(k - 1) == null;
  }

  /** The infinitive that completes a VI pattern's verb ("ordered the envoys to leave": "leave"), or -1. */
  private static int complementVerb(ArticleRun run, Sentence s, int verb, EventLexicon.Pattern p) {
    for (int k = verb + 1; k + 1 < s.endToken() && k <= verb + 10; k++) {
      if (run.tokens.get(k).is("to")
          && p.objectNouns().contains("to:" + run.tokens.get(k + 1).text().toLowerCase(Locale.ROOT))) {
        return k + 1;
      }
    }
    return -1;
  }

  /** Whether a verb's "to"-infinitive follows it, past a short adjunct ("pledged on Monday to provide"). */
  private static boolean promisesAnAct(ArticleRun run, Sentence s, int verb) {
    for (int k = verb + 1; k + 1 < s.endToken() && k <= verb + 4; k++) {
      Token t = run.tokens.get(k);
      if (t.is("to")) {
        Token next = run.tokens.get(k + 1);
        return "VERB".equals(next.pos()) && run.args.index().at(k + 1) == null && Character.isLowerCase(next.text().charAt(0));
      }
      if (run.args.index().at(k) != null || "VERB".equals(t.pos())) {
        return false;
      }
    }
    return false;
  }

  /**
   * The causative verb whose object does the infinitive at {@code verb} ("prompting Bolivia to recall",
   * "forced the plane to land"; causative-verbs.tsv): its index, or -1 when the infinitive has no such governor.
   */
  private int causativeBefore(ArticleRun run, Sentence s, int verb) {
    int to = verb - 1;
    while (to > s.firstToken() && to >= verb - 2 && !run.tokens.get(to).is("to")) {
      to--;
    }
    if (to <= s.firstToken() || !run.tokens.get(to).is("to")) {
      return -1;
    }
    for (int k = to - 1; k >= s.firstToken() && k >= to - 6; k--) {
      if (lexicon.isCausative(run.tokens.get(k).text())) {
        return k;
      }
      boolean objectWord = run.args.index().at(k) != null || OBJECT_TAGS.contains(String.valueOf(run.tokens.get(k).pos()));
      if (!objectWord) {
        return -1;
      }
    }
    return -1;
  }

  /** Tags of the words of a causative verb's object ("forced the small plane to land"). */
  private static final Set<String> OBJECT_TAGS = Set.of("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM");

  /** Whether the infinitive at {@code verb} is what the request {@code main} asks for: no other verb governs it. */
  private static boolean askedBy(ArticleRun run, Draft main, int verb) {
    int to = verb - 1;
    while (to > main.trigger() && !run.tokens.get(to).is("to")) {
      to--;
    }
    for (int k = main.trigger() + 1; k < to; k++) {
      if ("VERB".equals(run.tokens.get(k).pos())) {
        return false;
      }
    }
    return to > main.trigger();
  }

  /** The verb that governs the infinitive at {@code verb} ("pledged on Monday to provide": "pledged"), else the verb itself. */
  private static int governorOfInfinitive(ArticleRun run, Sentence s, int verb) {
    for (int k = verb - 1; k > s.firstToken() && k >= verb - 3; k--) {
      if (run.tokens.get(k).is("to")) {
        for (int g = k - 1; g >= s.firstToken() && g >= k - 5; g--) {
          if ("VERB".equals(run.tokens.get(g).pos())) {
            return g;
          }
        }
        return verb;
      }
    }
    return verb;
  }

  /**
   * Whether the infinitive at {@code verb} completes a noun ("attempt to", "bid to") that a
   * cancelling verb governs ("ending a failed attempt to overthrow X", "foiled a plot to").
   */
  private boolean foiledAttempt(ArticleRun run, Sentence s, int verb) {
    int to = verb - 1;
    if (to - 1 <= s.firstToken() || !run.tokens.get(to).is("to") || !"NOUN".equals(run.tokens.get(to - 1).pos())
        || !lexicon.nounPatterns(run.tokens.get(to - 1).text()).isEmpty()) {
      return false; // ("rejected calls to negotiate": a call is an event of its own, the talks only asked for)
    }
    for (int k = to - 2; k >= s.firstToken() && k >= to - 5; k--) {
      Token t = run.tokens.get(k);
      String pos = String.valueOf(t.pos());
      if (pos.equals("VERB") && lexicon.cancels(t.text(), run.tokens.get(k + 1).text())) {
        return true;
      }
      if (!pos.equals("DET") && !pos.equals("ADJ") && !pos.equals("VERB") && !pos.equals("NOUN")) {
        return false;
      }
    }
    return false;
  }

  /** The latest meeting or agreement told before the trigger whose parties are all among {@code parties}, or null. */
  private static Draft lastJointBetween(ArticleRun run, int trigger, List<ActorIndex.Span> parties) {
    for (int d = run.drafts.size() - 1; d >= 0; d--) {
      Draft e = run.drafts.get(d);
      boolean among = java.util.stream.Stream.concat(e.sources().stream(), e.targets().stream())
          .allMatch(a -> parties.stream().anyMatch(x -> x.actor().id().equals(a.id())));
      if (e.trigger() < trigger && EventCodes.JOINT_TYPES.contains(e.type()) && among) {
        return e;
      }
    }
    return null;
  }

  /** The actor named right before the verb (past its auxiliaries), or null. */
  private static ActorIndex.Span actorRightBefore(ArticleRun run, Sentence s, int verb) {
    return run.args.index().at(SubjectFinder.beforeAuxiliaries(run.tokens, s, verb));
  }

  /** Nouns for a charge that an aside after an accusation denies ("a charge the party denies"). */
  private static final Set<String> CHARGE_NOUNS = Set.of("charge", "accusation", "claim", "allegation");

  /**
   * The accusation of the same sentence that the verb of denial at {@code verb} answers from an
   * aside after it (", which X denied", ", a charge X denies"), or null.
   */
  private static Draft chargeDeniedInAside(ArticleRun run, Sentence s, int verb) {
    int k = SubjectFinder.beforeAuxiliaries(run.tokens, s, verb);
    ActorIndex.Span subject = run.args.index().at(k);
    int j = subject != null ? subject.start() - 1 : k;
    while (j > s.firstToken() && j > k - 4 && (run.tokens.get(j).is("the") || "NOUN".equals(run.tokens.get(j).pos())
        && !CHARGE_NOUNS.contains(run.tokens.get(j).text().toLowerCase(Locale.ROOT)))) {
      j--; // "the party", "the military": the subject as a description
    }
    boolean aside = j - 1 >= s.firstToken() && run.tokens.get(j).is("which") && run.tokens.get(j - 1).is(",")
        || j - 2 >= s.firstToken() && CHARGE_NOUNS.contains(run.tokens.get(j).text().toLowerCase(Locale.ROOT))
            && (run.tokens.get(j - 1).is("a") || run.tokens.get(j - 1).is("an")) && run.tokens.get(j - 2).is(",");
    if (!aside) {
      return null;
    }
    for (int d = run.drafts.size() - 1; d >= 0; d--) {
      Draft e = run.drafts.get(d);
      if (e.sentence() == s.index() && e.trigger() < j && "ACCUSE".equals(e.type())) {
        return e;
      }
    }
    return null;
  }

  private static boolean doneBy(Draft d, List<ActorIndex.Span> sources) {
    return d.sources().stream().anyMatch(a -> sources.stream().anyMatch(x -> x.actor().id().equals(a.id())));
  }

  /** Whether an "and" joins the clause of one trigger to that of a later one. */
  private static boolean andBetween(ArticleRun run, int first, int second) {
    for (int k = first + 1; k < second; k++) {
      if (run.tokens.get(k).is("and")) {
        return true;
      }
    }
    return false;
  }
}
