package org.dateline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.actors.ActorIndex;
import org.dateline.actors.Lexicons;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;
import org.dateline.model.Modality;
import org.dateline.text.Sentence;

/**
 * Writes what a rule coded as drafts of the run: one a source and target and day, each side of
 * a pair acting on the other, a day still to come made a plan. Last, it reads the actors once
 * more, since they may show the act to be another ("dismissed his vice president" a coercion,
 * "protesters stormed" a riot, forces that arrive somewhere protecting it, an expelled envoy
 * standing for the state that sent them) or none (a state acting on its own side).
 */
final class DraftWriter {
  /** Types a scorer reads without a direction: a pair of sides is one event ("talks between A and B"). */
  private static final Set<String> SYMMETRIC = Set.of("CONSULT", "COOPERATE");

  /** Returning people or things (0841): going back to one's own country is no such act. */
  private static final String RETURN = "0841";

  /** Expelling diplomats (166). */
  private static final String EXPULSION = "166";

  /** Forces withdrawing (0874) leave places, states and bodies, never a person ("pulled out of X Square"). */
  private static final String FORCES_WITHDRAWAL = "0874";

  /** Recalls, expulsions and breaks of relations, which states and bodies do, never whole regions. */
  private static final Set<String> DIPLOMATIC_BREAKS = Set.of("161", "166");

  /** Beating, torturing or killing people by hand (182, 1822, 1823): an assault whoever does it. */
  private static final Set<String> PHYSICAL_ASSAULT = Set.of("182", "1821", "1822", "1823");

  /** A country, a body of its state, or one of its officials. */
  private static boolean isState(Actor a) {
    return a.kind() == ActorKind.COUNTRY || ActorIndex.isStateBody(a)
        || a.kind() == ActorKind.PERSON && a.country() != null && "GOV".equals(a.sector());
  }

  private final EventLexicon lexicon;
  private final Lexicons words;

  DraftWriter(EventLexicon lexicon, Lexicons words) {
    this.lexicon = lexicon;
    this.words = words;
  }

  /** Drafts the event for each of its days and targets (for pairs, between each two of them). */
  void emit(ArticleRun run, Sentence s, int trigger, String type, String[] mode, List<ActorIndex.Span> sources,
      Targets targets, List<String> dates, boolean explicit, Modality modality, String location, double confidence) {
    emit(run, s, trigger, type, mode, sources, targets, dates, explicit, modality, location, confidence, false);
  }

  /** {@code directed}: a dictionary coded this direction on purpose; its reverse is another event. */
  void emit(ArticleRun run, Sentence s, int trigger, String type, String[] mode, List<ActorIndex.Span> sources,
      Targets targets, List<String> dates, boolean explicit, Modality modality, String location, double confidence,
      boolean directed) {
    if ("CONSULT".equals(type) && !directed && !targets.spans().isEmpty()
        && targets.spans().stream().allMatch(t -> run.args.isPossessor(t) && t.start() > trigger && ownsAThing(run, t))) {
      return; // "called Assad's fall an act of justice": one meets or calls a person, not what a person owns
    }
    String lemma = lexicon.verbLemma(run.tokens.get(trigger).text());
    if (lemma != null && lexicon.removesFromOffice(lemma) && !targets.spans().isEmpty()
        && ("REJECT".equals(type) || "SANCTION".equals(type)) && !namedAsSomeone(run, s, trigger)
        && targets.spans().stream().allMatch(
            t -> t.actor().kind() == ActorKind.PERSON && !run.args.isPossessor(t))) {
      type = "COERCE"; // "dismissed his vice president", "was suspended by his party": not a claim rejected
      mode = new String[] {"restrict", "172"};
    }
    if ("head".equals(lemma) && EventCodes.VISIT.equals(mode[1]) && !directed && run.followedBy(s, trigger, "by")) {
      return; // "a commission headed by X": X leads it, no one travels
    }
    if ("return".equals(lemma) && RETURN.equals(mode[1]) && !directed && run.followedBy(s, trigger, "to", "home", "from")) {
      return; // "he would return to Dushanbe": a person going back hands nothing back
    }
    if ("welcome".equals(lemma) && "SUPPORT".equals(type) && !directed && !targets.spans().isEmpty()
        && targets.spans().stream().allMatch(t -> t.actor().kind() == ActorKind.PERSON && !run.args.isPossessor(t))
        && !forAfter(run, s, targets.spans()) && greetsInPerson(run, s, trigger)) {
      type = "CONSULT"; // "was welcomed by Sharif with an embrace": a visitor greeted by his host
      mode = new String[] {"host", "043"};
    }
    if (EXPULSION.equals(mode[1]) && "give".equals(lemma) && !targets.spans().isEmpty()
        && targets.spans().stream().allMatch(t -> Sides.isArmedGroup(t.actor()))) {
      type = "THREATEN"; // "gave the rebels 48 hours to leave the city": a deadline to fighters is an ultimatum
      mode = new String[] {"ultimatum", "139"};
    }
    if ("ASSAULT".equals(type) && "execute".equals(mode[0]) && !directed && !sources.isEmpty()
        && sources.stream().allMatch(x -> isState(x.actor()))) {
      // "its military government hanged the writer": a state's execution of a prisoner is coercion, an
      // armed group's execution of captives stays unconventional violence
      type = "COERCE";
      mode = new String[] {"execute", "170"};
    }
    if ("ASSAULT".equals(type) && !directed && !sources.isEmpty() && !PHYSICAL_ASSAULT.contains(mode[1])
        && sources.stream().allMatch(x -> words.isCrowd(x.actor().name()))) {
      // "protesters stormed the parliament": a riot, not an armed attack ("beat the minister" stays an assault)
      type = "PROTEST";
      mode = new String[] {"riot", "145"};
    }
    List<String> days = dates.isEmpty() ? java.util.Collections.singletonList(null) : dates;
    for (String date : days) {
      Modality m = modality;
      if (m == Modality.ASSERTED && date != null && run.published != null && EventDating.isDay(date)
          && LocalDate.parse(date).isAfter(run.published)) {
        m = Modality.EXPECTED; // told as a plan for a day still to come
      }
      if (targets.pairs()) {
        List<ActorIndex.Span> all = targets.spans();
        for (int a = 0; a < all.size(); a++) {
          for (int b = a + 1; b < all.size(); b++) {
            if (!targets.opposed(all.get(a), all.get(b))) {
              continue;
            }
            addDraft(run, s, trigger, type, mode, List.of(all.get(a)), List.of(all.get(b)), date, explicit, m,
                location, confidence, directed);
            if (!SYMMETRIC.contains(type) && !directed) {
              // "A and B signed a deal", "a clash between A and B": each acts on the other
              addDraft(run, s, trigger, type, mode, List.of(all.get(b)), List.of(all.get(a)), date, explicit, m,
                  location, confidence, directed);
            }
          }
        }
      } else {
        for (ActorIndex.Span target : targets.spans()) {
          addDraft(run, s, trigger, type, mode, sources, List.of(target), date, explicit, m, location, confidence,
              directed);
        }
      }
    }
  }

  private static void addDraft(ArticleRun run, Sentence s, int trigger, String type, String[] mode,
      List<ActorIndex.Span> sources, List<ActorIndex.Span> targets, String date, boolean explicit, Modality modality,
      String location, double confidence, boolean directed) {
    if (EventCodes.VISIT.equals(mode[1]) && !sources.isEmpty()
        && sources.stream().allMatch(x -> Sides.namesForces(run.tokens, run.args.index(), x))) {
      // "Kenyan police officers arrived in Haiti": forces sent to a country do not visit it; they protect it
      type = "AID";
      mode = new String[] {"peacekeeping", "074"};
    }
    List<Actor> src = new ArrayList<>();
    for (ActorIndex.Span span : sources) {
      if (!Sides.containsActor(src, span.actor()) && ActorIndex.isParticipant(span.actor())
          && !(DIPLOMATIC_BREAKS.contains(mode[1]) && Sides.isRegion(span.actor()))) {
        src.add(span.actor());
      }
    }
    if (EXPULSION.equals(mode[1])) {
      targets = statesOfEnvoys(run, targets, src);
      if (!targets.isEmpty() && targets.stream().allMatch(t -> Sides.isPrivatePerson(t.actor()))) {
        type = "COERCE"; // "expelled hundreds of migrants", "expelled the activist X": a deportation
        mode = new String[] {"deport", "174"};
      }
    }
    List<Actor> tgt = new ArrayList<>();
    for (ActorIndex.Span span : targets) {
      boolean placeOfACountry = span.actor().kind() == ActorKind.LOCATION && span.actor().country() != null;
      if (!Sides.containsActor(tgt, span.actor()) && !Sides.containsActor(src, span.actor())
          && !Sides.ownState(src, span.actor())
          && !("SANCTION".equals(type) && Sides.ownSide(src, span.actor()))
          && !((EventCodes.VISIT.equals(mode[1]) || RETURN.equals(mode[1]))
              && Sides.ownSide(src, span.actor())) // "returned to Berlin"
          && !(DIPLOMATIC_BREAKS.contains(mode[1])
              && (Sides.isRegion(span.actor()) || Sides.modifiesCountries(run.tokens, span)))
          && !(EventCodes.VISIT.equals(mode[1]) && Sides.isRegion(span.actor())) // "touring Latin America": no host is named
          && !(FORCES_WITHDRAWAL.equals(mode[1]) && span.actor().kind() == ActorKind.PERSON)
          && (ActorIndex.isParticipant(span.actor()) || placeOfACountry)) {
        tgt.add(span.actor());
      }
    }
    if (src.isEmpty() || tgt.isEmpty()) {
      return;
    }
    run.drafts.add(new Draft(type, mode[0], mode[1], src, tgt, List.copyOf(targets), location, date, explicit,
        modality, confidence, s.index(), trigger, s.start(), s.end(), directed));
  }

  /** "Assad's fall": what the possessor owns is a thing or an act, not people acting for it ("South Korea's new government"). */
  private static boolean ownsAThing(ArticleRun run, ActorIndex.Span possessor) {
    int k = possessor.end() + 1; // past the "'s"
    while (k < run.tokens.size() && "ADJ".equals(run.tokens.get(k).pos())) {
      k++;
    }
    return k < run.tokens.size() && !run.args.isGroupNoun(k);
  }

  /** "dismissed him as a puppet": the verb names someone, it removes no one ("dismissed as head of" does). */
  private static boolean namedAsSomeone(ArticleRun run, Sentence s, int verb) {
    for (int k = verb + 1; k + 1 < s.endToken() && k <= verb + 8; k++) {
      if (run.tokens.get(k).is("as")) {
        return "DET".equals(run.tokens.get(k + 1).pos());
      }
    }
    return false;
  }

  /**
   * "declared Mexico's ambassador, Raquel Serur, persona non grata": an expelled envoy stands for
   * the state that sent them, when the article names it.
   */
  private static List<ActorIndex.Span> statesOfEnvoys(ArticleRun run, List<ActorIndex.Span> targets, List<Actor> sources) {
    List<ActorIndex.Span> out = new ArrayList<>();
    for (ActorIndex.Span t : targets) {
      ActorIndex.Span state = t.actor().kind() == ActorKind.PERSON && t.actor().country() != null
          && !Sides.isPrivatePerson(t.actor()) && sources.stream().noneMatch(x -> t.actor().country().equals(x.country()))
          ? run.targets.countryMention(t.actor().country()) : null;
      out.add(state != null ? state : t);
    }
    return out;
  }

  /** "welcomed Scholz", "was welcomed by Sharif": a person named as the object or the agent, not an act referred to. */
  private static boolean greetsInPerson(ArticleRun run, Sentence s, int trigger) {
    if (trigger + 1 >= s.endToken()) {
      return false;
    }
    ActorIndex.Span object = run.args.index().at(trigger + 1);
    return run.followedBy(s, trigger, "by")
        || object != null && object.start() == trigger + 1 && object.actor().kind() == ActorKind.PERSON;
  }

  /** "welcomed X for his efforts": praise, told by what it is for. */
  private static boolean forAfter(ArticleRun run, Sentence s, List<ActorIndex.Span> targets) {
    return run.followedBy(s, targets.get(targets.size() - 1).end() - 1, "for", "as");
  }
}
