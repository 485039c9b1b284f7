package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.actors.ActorIndex;
import org.dateline.model.Modality;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * Events named by a noun of the lexicon ("the sanctions on Iran", "talks between A and B", "a
 * U.S.-brokered agreement"): who acts (the noun's possessor or modifiers, "by X", else the
 * governing verb's subject unless that verb only judges the act), on whom, and whether it
 * happened, by the governing verb (cancelled, threatened, asked for, answered) and the noun's
 * own modifiers ("a planned meeting", "possible sanctions").
 */
final class NounEvents {
  /** Modifiers of an event noun that put it in the future or in the realm of the possible. */
  private static final Set<String> PLANNED = Set.of("planned", "upcoming", "scheduled", "expected", "forthcoming",
      "future", "proposed", "next");
  private static final Set<String> POSSIBLE = Set.of("possible", "potential", "likely", "threatened", "feared");

  /** Statements that judge an act a noun names ("condemned the strikes", "welcomed the aid"), not doing it. */
  private static final Set<String> JUDGING = Set.of("ACCUSE", "REJECT", "SUPPORT");

  /** Forms of "be" ("who was on a visit", "Talks ... are to begin"). */
  static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "been", "be", "being");

  /** Words that end the search back from a noun phrase for the verb governing it. */
  private static final Set<String> LIGHT_BLOCKERS = Set.of(";", ":", "(", ")", "that", "which", "who");

  private final EventLexicon lexicon;
  private final DraftWriter writer;
  private final Threats threats;
  private final EventModes modes;

  NounEvents(EventLexicon lexicon, DraftWriter writer, Threats threats, EventModes modes) {
    this.lexicon = lexicon;
    this.writer = writer;
    this.threats = threats;
    this.modes = modes;
  }

  /** The event the lexicon's pattern {@code p} codes for the noun at {@code i}; whether it coded one. */
  boolean codeNoun(ArticleRun run, Sentence s, int i, EventLexicon.Pattern p) {
    if ("SUPPORT".equals(p.type()) && i > s.firstToken()
        && (run.tokens.get(i - 1).is("percent") || run.tokens.get(i - 1).is("%"))) {
      return false; // "97 percent support for joining": a share of a vote or a poll, no act ("a 50 percent tariff" is one)
    }
    if (i + 1 < s.endToken() && (run.tokens.get(i + 1).is("'s") || run.tokens.get(i + 1).is("’s"))) {
      return false; // "the deal's mechanism": the noun only owns another
    }
    if ("phone".equals(p.mode()) && i + 1 < s.endToken()
        && (run.tokens.get(i + 1).is("for") || run.tokens.get(i + 1).is("from") || run.tokens.get(i + 1).is("to"))) {
      return false; // "calls from X to set dates", "calls for restraint": appeals, not phone calls
    }
    String modifier = p.objectNouns().stream().filter(o -> o.startsWith("modifier:")).map(o -> o.substring(9))
        .findFirst().orElse(null);
    if (modifier != null && !hasModifier(run, s, i, modifier)) {
      return false; // "joint exercise" rows need "joint": a bare "exercise" is the next row's
    }
    if ("SUPPORT".equals(p.type()) && givenAsAnAmount(run, s, i)) {
      return codeNoun(run, s, i, p.recoded("AID", "economic", "071")); // "pledged $3 billion in support for Yemen": money given
    }
    List<ActorIndex.Span> sources = new ArrayList<>();
    int by = run.args.findPreposition("by", i + 1, s, 3);
    if (by >= 0) {
      sources.addAll(run.args.listAt(by + 1, s));
    }
    int nounPhraseStart = modifiersStart(run, s, i);
    // "refused on Saturday to hold/NOUN talks": the tagger's noun after "to" is the verb
    boolean verbAsNoun = nounPhraseStart < i && isVerbTaggedAsNounAfterTo(run, s, nounPhraseStart);
    int modifiersStart = verbAsNoun ? nounPhraseStart + 1 : nounPhraseStart;
    if (sources.isEmpty()) {
      for (ActorIndex.Span m : run.args.index().outerIn(modifiersStart, i)) {
        if (ActorIndex.isParticipant(m.actor())) {
          sources.add(m);
        }
      }
    }
    int governor = verbAsNoun ? nounPhraseStart : governingVerb(run, s, modifiersStart);
    VerbGroup vg = governor >= 0 ? VerbGroup.analyze(lexicon, run.tokens, s, governor) : null;
    // "Chile welcomed the agreement with Peru": a joint act "with" another may be the judge's own
    boolean ownJointAct = EventCodes.JOINT_TYPES.contains(p.type()) && i + 1 < s.endToken()
        && run.tokens.get(i + 1).is("with");
    boolean judged = governor >= 0 && !JUDGING.contains(p.type()) && !ownJointAct
        && lexicon.verbPatterns(run.tokens.get(governor).text()).stream()
            .anyMatch(q -> JUDGING.contains(q.type()) && !q.userDictionary() && q.objectNouns().isEmpty()
                && q.particle() == null && !q.onlyNegated()); // "hold responsible" does not make "held drills" a judgment
    List<ActorIndex.Span> namedBesideGroup = List.of(); // "Iran" in "Iran and six world powers": one side
    if (sources.isEmpty() && governor >= 0 && vg != null && !vg.passive() && !judged) {
      // "Russia condemned the strikes on Iran": who judges an act did not do it
      sources.addAll(run.args.subjectsOf(governor, s));
      List<ActorIndex.Span> named = List.copyOf(sources);
      for (ActorIndex.Span member : run.refs.groupSubjectOf(governor, s)) {
        if (!Arguments.containsActor(sources, member)) {
          sources.add(member); // "Iran and six world powers reached an agreement"
          namedBesideGroup = named;
        }
      }
    }
    boolean earlierAdjunct = false;
    if (sources.isEmpty() && governor < 0 && EventCodes.JOINT_TYPES.contains(p.type())) {
      sources.addAll(jointSubjectsBeforeAdjunct(run, s, modifiersStart)); // "A and B agreed ... after talks in Doha"
      earlierAdjunct = !sources.isEmpty();
    }
    if (governor >= 0 && run.drafts.stream().anyMatch(d -> d.sentence() == s.index() && d.trigger() == governor
        && ("PROTEST".equals(d.type()) || d.type().equals(p.type()) && !EventCodes.JOINT_TYPES.contains(p.type())))) {
      // "held a general strike against X", "sent aid to Y": the verb has coded what the noun names
      // ("mediated talks between A and B" still codes the parties' own talks)
      return false;
    }
    if ("REQUEST".equals(p.type()) && codeAnsweredRequest(run, s, i, p, modifiersStart, governor)) {
      return true;
    }
    // ("did not rule out strikes on X" cancels nothing: the strikes are held out, a threat)
    boolean cancelled = governor >= 0 && lexicon.cancels(run.tokens.get(governor).text(),
        governor + 1 < s.endToken() ? run.tokens.get(governor + 1).text() : null)
        && !(Threats.holdsOut(p.type()) && threats.threatensNoun(run, s, governor, modifiersStart, i));
    if (governor >= 0 && lexicon.deniedGerund(run.tokens, s.firstToken(), governor)) {
      return false; // "denied making any deal with X": the deal is only alleged
    }
    if ("SANCTION".equals(p.type()) && (cancelled || sources.isEmpty())
        && codeImposition(run, s, i, p, sources, cancelled ? governor : -1)) {
      return true; // "lifted the sanctions it had imposed on Niger in 2020": that imposition
    }
    boolean calledOff = cancelled && callsOff(run, s, governor, p.type());
    if (cancelled && !calledOff) {
      return false; // "postponed their meeting", "suspended the talks": the event named does not happen
    }
    Targets targets = run.targets.find(s, i + 1, p, true);
    if (targets.spans().isEmpty()) {
      targets = run.refs.groupTargets(s, i + 1, p, sources); // "mediation between the two sides", "talks with both men"
    }
    if (targets.spans().isEmpty() && "REJECT".equals(p.type()) && i + 2 < s.endToken() && run.tokens.get(i + 1).is("of")) {
      // "in defiance of that demand": whoever made the demand told before
      targets = new Targets(run.refs.partiesOfEventAt(i + 2, s, sources), null, false, true);
    }
    List<ActorIndex.Span> sanctioned = targets.spans().isEmpty() && "SANCTION".equals(p.type())
        ? run.history.underSanctions(s, modifiersStart) : List.of();
    if (!sanctioned.isEmpty()) {
      targets = new Targets(sanctioned, null, false); // "the leader has been under sanctions imposed by X"
    }
    if (targets.spans().isEmpty() && !sources.isEmpty() && governor < 0 && EventCodes.JOINT_MEDIATION.contains(p.cameo())) {
      // "A and B agreed to a truce with Russian and French mediation": the mediators act for the clause's parties
      List<ActorIndex.Span> mediators = sources;
      List<ActorIndex.Span> parties = subjectsBeforeMannerAdjunct(run, s, modifiersStart).stream()
          .filter(x -> !Arguments.containsActor(mediators, x)).toList();
      if (!parties.isEmpty()) {
        targets = new Targets(parties, null, false);
      }
    }
    if (targets.spans().isEmpty() && sources.size() >= 2 && EventCodes.JOINT_TYPES.contains(p.type())
        && !EventCodes.JOINT_MEDIATION.contains(p.cameo()) // mediators do not mediate between one another
        && (governor < 0 || isDirectObject(run, governor, modifiersStart))) {
      // "A and B reached a deal", not "A and B left under the deal"; "A and six powers": A with each of them
      targets = new Targets(sources, null, true, false, namedBesideGroup);
    }
    if (targets.pairs() && !sources.isEmpty() && EventCodes.JOINT_MEDIATION.contains(p.cameo())) {
      // "X led mediation between A and B": the mediator acts towards each party, the parties do not mediate
      List<ActorIndex.Span> mediators = sources;
      targets = new Targets(targets.spans().stream()
          .filter(x -> !Arguments.containsActor(mediators, x)).toList(), null, false);
    } else if (targets.pairs()) {
      sources = new ArrayList<>(); // "talks between A and B": the pairs carry both sides
    }
    if (targets.spans().isEmpty()) {
      targets = run.opposed.of(p.type(), p.cameo(), sources, s, i); // "students staged a protest"
    }
    if (!targets.pairs() && (sources.isEmpty() || targets.spans().isEmpty())) {
      return false;
    }
    if (targets.pairs() && targets.spans().size() < 2) {
      return false;
    }
    Modality modality = vg == null ? Modality.ASSERTED : vg.modality();
    if (calledOff && "CONSULT".equals(p.type()) && modality == Modality.ASSERTED) {
      modality = Modality.NEGATED; // "cancelled a meeting with X", "called off a trip to Y": it did not take place
    }
    if (modifiersStart > s.firstToken() && run.tokens.get(modifiersStart - 1).is("no")) {
      modality = Modality.NEGATED;
    }
    for (int k = Math.max(s.firstToken(), modifiersStart - 1); k < i; k++) {
      String w = run.tokens.get(k).text().toLowerCase(Locale.ROOT);
      if (PLANNED.contains(w) && modality == Modality.ASSERTED) {
        modality = Modality.EXPECTED; // "a planned meeting", "the upcoming summit"
      } else if (POSSIBLE.contains(w) && modality != Modality.NEGATED) {
        modality = Modality.HYPOTHETICAL; // "a possible attack", "potential sanctions"
      }
    }
    String appeal = governor >= 0 && appeals(run, s, governor) ? EventCodes.appealCode(p.type(), p.cameo()) : null;
    if (appeal != null) {
      // "called on Monday for talks with India", "urged a ceasefire between A and B": only asked for,
      // by the verb's subject of the noun's parties
      List<ActorIndex.Span> askers = targets.pairs() ? run.args.subjectsOf(governor, s) : sources;
      Targets asked = targets.pairs() ? new Targets(targets.spans(), null, false) : targets;
      boolean coded = run.drafts.stream().anyMatch(d -> d.sentence() == s.index() && d.trigger() == governor);
      if (!coded && !askers.isEmpty()) {
        List<String> when = run.dating.clauseDates(governor, s, run.quoted);
        writer.emit(run, s, governor, "REQUEST", new String[] {"appeal", appeal}, askers, asked, when, !when.isEmpty(),
            vg.modality(), run.targets.locationIn(s, i + 1), 0.75);
      }
      return true;
    }
    String[] mode = modes.modeOf(run, s, i, p);
    // the main clause's day is not the day of the talks that came before it
    List<String> dates = earlierAdjunct ? List.of() : run.dating.clauseDates(i, s, run.quoted);
    if (dates.isEmpty() && !sanctioned.isEmpty()) {
      dates = run.dating.startDate(i, s, run.quoted); // "under sanctions since 2017": imposed in 2017
    }
    int predicate = governor < 0 && !earlierAdjunct ? verbOfSubjectNoun(run, s, i) : -1;
    if (predicate >= 0 && modality == Modality.ASSERTED) {
      // "Talks ... are to begin", "the summit will open": the predicate says whether it has happened
      Modality told = VerbGroup.analyze(lexicon, run.tokens, s, predicate).modality();
      modality = told == Modality.EXPECTED || told == Modality.HYPOTHETICAL ? told : modality;
    }
    if (dates.isEmpty() && predicate >= 0) {
      dates = run.dating.clauseDates(predicate, s, run.quoted); // "sanctions on X took effect on Monday"
    }
    if (dates.isEmpty() && !earlierAdjunct) {
      String linked = run.dating.linkedDate(i, s, run.quoted, sources, vg != null && vg.tense() == VerbGroup.Tense.PERFECT,
          modality == Modality.ASSERTED, run.scene.date());
      dates = linked == null ? dates : List.of(linked);
    }
    boolean explicit = !dates.isEmpty();
    Draft concluded = earlierAdjunct ? run.lastDraftIn(s, i) : null;
    if (concluded != null && concluded.date() != null && !run.dating.lengthBefore(modifiersStart, i)) {
      // "agreed late on Wednesday after talks in Ankara": the talks that led to it, that day unless
      // told to have lasted days ("after two days of talks") or dated later ("The talks on Saturday")
      dates = List.of(concluded.date());
    }
    String location = targets.place() != null ? targets.place() : run.targets.locationIn(s, i + 1);
    if (dates.isEmpty() && run.scene.date() != null && vg != null && modality == Modality.ASSERTED
        && vg.tense() == VerbGroup.Tense.PAST && run.scene.goesOnWith(p.type(), sources, targets.spans(), location)) {
      dates = List.of(run.scene.date());
    }
    if (location == null && !explicit && dates.size() == 1 && dates.get(0).equals(run.scene.date())) {
      location = run.scene.location();
    }
    String type = p.type();
    if (calledOff && "ASSAULT".equals(type)) {
      type = "RETREAT"; // "called off an invasion of X": a military de-escalation towards X
      mode = new String[] {"de-escalate", "087"};
    }
    if ("SANCTION".equals(type) && predicate >= 0 && lexicon.eases(run.tokens.get(predicate).text())) {
      // "duties on X will fall to 10 percent", "the sanctions on X were lifted": the sanction is eased
      type = "CONCEDE";
      mode = new String[] {"ease", "085"};
      modality = VerbGroup.analyze(lexicon, run.tokens, s, predicate).modality();
    }
    boolean threatened = (vg != null && vg.threat() || threats.threatensNoun(run, s, governor, modifiersStart, i))
        && !targets.pairs() && Threats.holdsOut(type);
    if (threatened) {
      // "threatened sanctions on X", "warned of strikes on Y", "would not rule out military action
      // against Z": the threat is the event, not the act it holds out
      threats.codeThreat(run, s, i, type, sources, targets, dates, explicit, location, 0.75);
      return true;
    }
    writer.emit(run, s, i, type, mode, sources, targets, dates, explicit, modality, location, 0.75);
    if (vg != null && vg.refusal() && !"REJECT".equals(type) && !targets.pairs()) {
      // "refused to hold talks with X": the refusal itself happened, toward the one it concerns
      writer.emit(run, s, i, "REJECT", new String[] {"reject", "125".equals(mode[1]) ? "125" : "120"}, sources, targets, dates,
          explicit, Modality.ASSERTED, location, 0.75);
    }
    String intent = vg != null && vg.promise() && !targets.pairs() && !"AGREE".equals(type)
        ? EventCodes.intentCode(type, mode[1]) : null;
    if (intent != null) {
      writer.emit(run, s, i, "AGREE", new String[] {"intent", intent}, sources, targets, dates, explicit, Modality.ASSERTED,
          location, 0.75); // "vowed to provide more aid to X"
    }
    return true;
  }

  /** The imposition a sanction noun's relative clause tells ("the sanctions it had imposed on X in 2020"); whether one was coded. */
  private boolean codeImposition(ArticleRun run, Sentence s, int noun, EventLexicon.Pattern p, List<ActorIndex.Span> outer,
      int governor) {
    SanctionHistory.Imposition imposed = run.history.imposedBefore(s, noun, p, outer);
    if (imposed == null) {
      return false;
    }
    List<String> dates = run.dating.clauseDates(imposed.verb(), s, run.quoted);
    writer.emit(run, s, noun, p.type(), modes.modeOf(run, s, noun, p), imposed.sources(), imposed.targets(), dates,
        !dates.isEmpty(), Modality.ASSERTED, null, 0.7);
    String sanctionNoun = run.tokens.get(noun).text().toLowerCase(Locale.ROOT);
    for (EventLexicon.Pattern easing : governor < 0 || outer.isEmpty() ? List.<EventLexicon.Pattern>of()
        : lexicon.verbPatterns(run.tokens.get(governor).text())) {
      if ("085".equals(easing.cameo()) && easing.objectNouns().contains(sanctionNoun)) {
        // the lifting acts on those the clause says the sanctions were imposed on
        VerbGroup vg = VerbGroup.analyze(lexicon, run.tokens, s, governor);
        List<String> liftedOn = run.dating.clauseDates(governor, s, run.quoted);
        writer.emit(run, s, governor, easing.type(), new String[] {easing.mode(), easing.cameo()}, outer, imposed.targets(),
            liftedOn, !liftedOn.isEmpty(), vg.modality(), null, 0.75);
        break;
      }
    }
    return true;
  }

  private static final Set<String> TIME_ADJUNCTS = Set.of("after", "following", "before", "during");

  /**
   * "A and B agreed to a truce after two days of talks": a meeting noun in a time adjunct of a
   * clause whose subject is several actors is their meeting; those subjects, or empty.
   */
  private static List<ActorIndex.Span> jointSubjectsBeforeAdjunct(ArticleRun run, Sentence s, int nounPhraseStart) {
    int k = nounPhraseStart - 1;
    if (k - 1 > s.firstToken() && run.tokens.get(k).is("of") && "NOUN".equals(run.tokens.get(k - 1).pos())) {
      k = modifiersStart(run, s, k - 1) - 1; // "after two days of talks"
    }
    if (k <= s.firstToken() || !TIME_ADJUNCTS.contains(run.tokens.get(k).text().toLowerCase(Locale.ROOT))) {
      return List.of();
    }
    int main = run.args.verbWithSubjectBefore(k, s);
    List<ActorIndex.Span> subjects = main < 0 ? List.of() : run.args.subjectsOf(main, s);
    return subjects.size() >= 2 ? subjects : List.of();
  }

  /** Prepositions of an adjunct telling how the clause's act came about ("with/under Russian mediation"). */
  private static final Set<String> MANNER_ADJUNCTS = Set.of("with", "under", "through");

  /** "A and B agreed ... with/under X mediation": the main clause's two or more subjects; else empty. */
  private static List<ActorIndex.Span> subjectsBeforeMannerAdjunct(ArticleRun run, Sentence s, int nounPhraseStart) {
    int k = nounPhraseStart - 1;
    if (k <= s.firstToken() || !MANNER_ADJUNCTS.contains(run.tokens.get(k).text().toLowerCase(Locale.ROOT))) {
      return List.of();
    }
    int main = run.args.verbWithSubjectBefore(k, s);
    List<ActorIndex.Span> subjects = main < 0 ? List.of() : run.args.subjectsOf(main, s);
    return subjects.size() >= 2 ? subjects : List.of();
  }

  /** Whether only determiners and modifiers stand between a verb and a noun phrase ("reached a deal"). */
  private static boolean isDirectObject(ArticleRun run, int verb, int nounPhraseStart) {
    for (int k = verb + 1; k < nounPhraseStart; k++) {
      String pos = run.tokens.get(k).pos() == null ? "" : run.tokens.get(k).pos();
      if (!pos.equals("DET") && !pos.equals("ADJ") && !pos.equals("NUM") && !pos.equals("PRON")
          && !pos.equals("ADV")) {
        return false;
      }
    }
    return true;
  }

  /** The verb a noun trigger is the subject of ("the sanctions on Iran came back"), or -1. */
  private static int verbOfSubjectNoun(ArticleRun run, Sentence s, int noun) {
    for (int k = noun + 1; k < s.endToken() && k <= noun + 16; k++) {
      Token t = run.tokens.get(k);
      if (BE_FORMS.contains(t.text().toLowerCase(Locale.ROOT)) && k + 2 < s.endToken() && run.tokens.get(k + 1).is("to")
          && "VERB".equals(run.tokens.get(k + 2).pos())) {
        return k + 2; // "Talks ... are to begin on April 18": the infinitive carries the day
      }
      // (not "over fishing rights", "the disputed waters": a participle modifying a noun of the phrase)
      boolean modifier = (t.text().endsWith("ing") || "DET".equals(run.tokens.get(k - 1).pos())) && k + 1 < s.endToken()
          && ("NOUN".equals(run.tokens.get(k + 1).pos()) || "ADJ".equals(run.tokens.get(k + 1).pos()));
      if ("VERB".equals(t.pos()) && !modifier) {
        return k;
      }
      if (t.is(",") || t.is(";") || "SCONJ".equals(t.pos()) || t.is("that") || t.is("which") || t.is("who")) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether {@code word} modifies the noun: among the few words before it, whatever the tagger called it ("joint/ADP patrols"). */
  private static boolean hasModifier(ArticleRun run, Sentence s, int noun, String word) {
    for (int k = noun - 1; k >= s.firstToken() && k >= noun - 4; k--) {
      Token t = run.tokens.get(k);
      if (t.is(word)) {
        return true;
      }
      if ("DET".equals(t.pos()) || "VERB".equals(t.pos()) || "PUNCT".equals(t.pos())) {
        return false;
      }
    }
    return false;
  }

  /** Where the modifiers of a noun begin: "the recent EU and U.S. sanctions" → "recent". */
  private static int modifiersStart(ArticleRun run, Sentence s, int noun) {
    int k = noun - 1;
    while (k >= s.firstToken()) {
      Token t = run.tokens.get(k);
      String pos = t.pos() == null ? "" : t.pos();
      ActorIndex.Span m = run.args.index().at(k);
      if (m != null) {
        k = m.start() - 1;
        continue;
      }
      if (pos.equals("ADJ") || pos.equals("ADV") || pos.equals("NUM") || pos.equals("PROPN") || pos.equals("CCONJ")
          || t.text().equals(",")
          || t.text().equals("'s") || t.text().equals("’s") || pos.equals("NOUN")
          || t.text().equals("-") && k > s.firstToken() && "NUM".equals(run.tokens.get(k - 1).pos())) { // "two-day"
        k--;
        continue;
      }
      break;
    }
    return k + 1;
  }

  /**
   * "signed a U.S.-brokered agreement", "a Qatar-mediated truce": the name before the hyphen
   * mediates or hosts for the subjects of the clause's verb; other acts written so are not coded.
   */
  boolean codeCompoundModifier(ArticleRun run, Sentence s, int i, EventLexicon.Pattern p) {
    ActorIndex.Span mediator = run.args.index().at(i - 2);
    int main = run.args.verbWithSubjectBefore(i - 2, s);
    if (!EventCodes.JOINT_MEDIATION.contains(p.cameo()) || main < 0 || !ActorIndex.isParticipant(mediator.actor())) {
      return false;
    }
    List<ActorIndex.Span> parties = run.args.subjectsOf(main, s).stream()
        .filter(x -> !x.actor().id().equals(mediator.actor().id())).toList();
    if (parties.isEmpty()) {
      return false;
    }
    VerbGroup vg = VerbGroup.analyze(lexicon, run.tokens, s, main);
    List<String> dates = run.dating.clauseDates(main, s, run.quoted);
    writer.emit(run, s, i, p.type(), new String[] {p.mode(), p.cameo()}, List.of(mediator), new Targets(parties, null, false),
        dates, !dates.isEmpty(), vg.modality(), run.targets.locationIn(s, i + 1), 0.75);
    return true;
  }

  /** The verb a noun is the object of ("held a call"), if it is close and in the same clause. */
  private boolean isVerbTaggedAsNounAfterTo(ArticleRun run, Sentence s, int k) {
    Token t = run.tokens.get(k);
    return k > s.firstToken() && "NOUN".equals(t.pos()) && !t.isCapitalized() && run.tokens.get(k - 1).is("to")
        && lexicon.isVerbLemma(t.text());
  }

  /** "$3 billion in support", "500 million euros in support": a sum the noun only qualifies (money-units.tsv). */
  private boolean givenAsAnAmount(ArticleRun run, Sentence s, int noun) {
    if (noun - 2 < s.firstToken() || !run.tokens.get(noun - 1).is("in")) {
      return false;
    }
    Token before = run.tokens.get(noun - 2);
    return "NUM".equals(before.pos()) || lexicon.isMoneyUnit(before.text());
  }

  /**
   * A request noun answered by the verb that governs it ("ignored repeated calls from the AU to
   * step down", "rejected Peru's demand"), or after "at" ("met at Turkey's request"): its asker,
   * named by the noun's possessor or modifier or by "from"/"by" after it, asked the verb's
   * subject. An answered request is undated (it came before its answer); one "at" which an act was
   * done shares the act's day. The verb codes its own act.
   */
  private boolean codeAnsweredRequest(ArticleRun run, Sentence s, int i, EventLexicon.Pattern p, int modifiersStart,
      int governor) {
    boolean atRequest = modifiersStart > s.firstToken() && run.tokens.get(modifiersStart - 1).is("at");
    int answering = atRequest ? verbBefore(run, s, modifiersStart)
        : governor >= 0 && lexicon.answersRequest(run.tokens.get(governor).text()) ? governor : -1;
    if (answering < 0) {
      return false;
    }
    List<ActorIndex.Span> askers = new ArrayList<>();
    for (ActorIndex.Span m : run.args.index().outerIn(modifiersStart, i)) {
      if (ActorIndex.isParticipant(m.actor())) {
        askers.add(m);
      }
    }
    if (askers.isEmpty() && i + 1 < s.endToken() && (run.tokens.get(i + 1).is("from") || run.tokens.get(i + 1).is("by"))) {
      askers.addAll(run.args.listAt(i + 2, s));
    }
    List<ActorIndex.Span> asked = run.args.subjectsOf(answering, s).stream()
        .filter(x -> !Arguments.containsActor(askers, x)).toList();
    if (askers.isEmpty() || asked.isEmpty()) {
      return false;
    }
    // "met on Monday at Chile's request" is part of the meeting and shares its day
    List<String> dates = atRequest ? run.dating.clauseDates(answering, s, run.quoted) : List.of();
    writer.emit(run, s, i, "REQUEST", new String[] {p.mode(), p.cameo()}, askers, new Targets(asked, null, false), dates,
        !dates.isEmpty(), Modality.ASSERTED, run.targets.locationIn(s, i + 1), 0.7);
    return true;
  }

  /**
   * Whether a cancelling verb calls off a meeting or an attack that the verb itself codes nothing
   * for ("cancelled a meeting with X", "called off an invasion"): told as a meeting that did not
   * happen, or a de-escalation; "postponed talks" and "denied the attack" are not such.
   */
  private boolean callsOff(ArticleRun run, Sentence s, int governor, String type) {
    if (!"CONSULT".equals(type) && !"ASSAULT".equals(type) || governor < 0) {
      return false;
    }
    String lemma = lexicon.verbLemma(run.tokens.get(governor).text());
    boolean callOff = "call".equals(lemma) && run.followedBy(s, governor, "off");
    boolean coded = run.drafts.stream().anyMatch(d -> d.sentence() == s.index() && d.trigger() == governor);
    return !coded && (callOff || CALLING_OFF.contains(lemma));
  }

  private static final Set<String> CALLING_OFF = Set.of("cancel", "scrap", "abandon", "shelve");

  /** The nearest verb before token {@code k} in its sentence, or -1. */
  private static int verbBefore(ArticleRun run, Sentence s, int k) {
    for (int j = k - 1; j >= s.firstToken(); j--) {
      if ("VERB".equals(run.tokens.get(j).pos())) {
        return j;
      }
    }
    return -1;
  }

  private static int governingVerb(ArticleRun run, Sentence s, int nounPhraseStart) {
    int start = nounPhraseStart;
    // "adopted its nineteenth package of sanctions": through a quantity noun and "of"
    if (start - 2 >= s.firstToken() && run.tokens.get(start - 1).is("of") && "NOUN".equals(run.tokens.get(start - 2).pos())) {
      start = modifiersStart(run, s, start - 2);
    }
    int words = 0;
    for (int k = start - 1; k >= s.firstToken() && words < 6; k--, words++) {
      ActorIndex.Span name = run.args.index().at(k);
      if (name != null && name.start() < k && name.start() >= s.firstToken()) {
        k = name.start(); // "fly to El Salvador for talks": a name counts as one word
      }
      Token t = run.tokens.get(k);
      if ("VERB".equals(t.pos()) && k > s.firstToken() && "DET".equals(run.tokens.get(k - 1).pos())) {
        continue; // "cancelled a planned round of talks": the participle modifies the noun
      }
      if ("VERB".equals(t.pos())) {
        return k;
      }
      if (BE_FORMS.contains(t.text().toLowerCase(Locale.ROOT)) && run.tokens.get(k + 1).is("on")) {
        return k; // "who was on a visit to Peru"
      }
      if (LIGHT_BLOCKERS.contains(t.text().toLowerCase(Locale.ROOT)) || "NOUN".equals(t.pos())) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the verb asks for what its object names ("called for", "urged", "demanded"): a REQUEST pattern of the lexicon. */
  private boolean appeals(ArticleRun run, Sentence s, int verb) {
    int next = run.dating.afterTimeAdjunct(verb + 1, s);
    String following = next < s.endToken() ? run.tokens.get(next).text().toLowerCase(Locale.ROOT) : "";
    return lexicon.verbPatterns(run.tokens.get(verb).text()).stream().anyMatch(q -> "REQUEST".equals(q.type())
        && q.objectNouns().isEmpty() && (q.particle() == null ? !following.equals("on") : q.particle().equals(following)));
  }
}
