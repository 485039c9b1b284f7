package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.actors.ActorIndex;
import org.dateline.model.Actor;
import org.dateline.model.Modality;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * The narrative's current day and place, carried from one dated event to the next events of
 * the same actors; {@code actors}: who acted in the event that set it. One per article: the
 * coder moves it as dated acts are told, and an undated act that goes on with it takes its day.
 */
final class Scene {
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final Arguments args;
  private final EventDating dating;
  private final EventLexicon lexicon;
  private final boolean[] quoted;

  private String date;
  private String location;
  /** Who acted in the events that set it; both sides of the fighting it told, if any. */
  private List<Actor> actors = List.of();
  private List<Actor> parties = List.of();

  Scene(List<Token> tokens, List<Sentence> sentences, Arguments args, EventDating dating, EventLexicon lexicon,
      boolean[] quoted) {
    this.tokens = tokens;
    this.sentences = sentences;
    this.args = args;
    this.dating = dating;
    this.lexicon = lexicon;
    this.quoted = quoted;
  }

  /** The scene's day, or null when the narrative has none. */
  String date() {
    return date;
  }

  /** The scene's place, or null. */
  String location() {
    return location;
  }

  /**
   * Whether an undated event goes on with the scene: its source acted in it ("met Macron ...
   * later held a call"), or a hostile act of one side of the fighting it told on the other
   * (the one struck strikes back: "Israel struck Iran on Friday ... Iran answered with
   * missiles", wherever it lands); another's reaction
   * ("the UN urged restraint") is not dated by it, nor an act told in another place ("In
   * Tokyo, he also met ..." after a scene at a naval base). An actor of a country stands for
   * it ("the Armenian prime minister thanked the host" after "Armenia and Azerbaijan signed").
   */
  boolean goesOnWith(String type, List<ActorIndex.Span> sources, List<ActorIndex.Span> targets, String place) {
    boolean elsewhere = place != null && location != null && !place.equals(location);
    boolean parties = false;
    for (ActorIndex.Span x : sources) {
      if (in(actors, x.actor()) && !elsewhere) {
        return true;
      }
      parties |= in(this.parties, x.actor());
    }
    if (!parties || !COUNTER_ACTS.contains(type)) {
      return false;
    }
    for (ActorIndex.Span t : targets) {
      if (in(this.parties, t.actor())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> COUNTER_ACTS = Set.of("ASSAULT", "COERCE");

  private static boolean in(List<Actor> list, Actor a) {
    for (Actor x : list) {
      if (EventDating.sameSide(x, a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The scene moves to the day of the last event whose own clause dated it; an event dated only
   * by a month or a year ("In April, it expelled ...") ends it. Whether any did either.
   */
  boolean update(List<Draft> drafts) {
    boolean set = false;
    for (Draft d : drafts) {
      if (!d.explicitDate() || d.date() == null || d.modality() != Modality.ASSERTED
          || dating.inRelativeClause(d.trigger(), sentences.get(d.sentence()))
          || dating.inClauseAtADistance(d.trigger(), sentences.get(d.sentence()))) {
        continue; // "X, who met Y on Nov. 30, said ...": a background act does not move the story's day
      }
      set = true;
      if (!EventDating.isDay(d.date())) {
        if (date != null && !date.startsWith(d.date())) {
          moveTo(null, null); // the narrative moved to another time
        }
        continue;
      }
      if (!d.date().equals(date)) {
        moveTo(d.date(), d.location());
      }
      for (Actor a : d.sources()) {
        addActor(actors, a);
      }
      if ("ASSAULT".equals(d.type())) {
        d.sources().forEach(a -> addActor(parties, a));
        d.targets().forEach(a -> addActor(parties, a));
      }
      if (d.location() != null) {
        location = d.location();
      }
    }
    return set;
  }

  private void moveTo(String date, String location) {
    this.date = date;
    this.location = location;
    this.actors = new ArrayList<>();
    this.parties = new ArrayList<>();
  }

  private static void addActor(List<Actor> list, Actor a) {
    if (!Sides.containsActor(list, a)) {
      list.add(a);
    }
  }

  /**
   * A sentence that dates what its subject did without coding an event ("X condemned the launch
   * at a news conference on Monday") still sets the scene for that subject's next acts ("He
   * accused Russia of ...").
   */
  void fromClause(Sentence s) {
    for (int v = s.firstToken(); v < s.endToken(); v++) {
      if (quoted[v] || !"VERB".equals(tokens.get(v).pos()) || dating.inRelativeClause(v, s)
          || v > s.firstToken() && tokens.get(v - 1).is("-")) { // "Islamic-led": a modifier, no act
        continue;
      }
      List<ActorIndex.Span> subjects = args.subjectsOf(v, s);
      if (subjects.isEmpty()) {
        continue;
      }
      VerbGroup vg = VerbGroup.analyze(lexicon, tokens, s, v);
      List<String> dates = dating.clauseDates(v, s, quoted);
      if (vg.tense() != VerbGroup.Tense.PAST || vg.modality() != Modality.ASSERTED || dates.size() != 1
          || !EventDating.isDay(dates.get(0))) {
        return; // the sentence's first told act has no day of its own
      }
      if (!dates.get(0).equals(date)) {
        moveTo(dates.get(0), null);
      }
      for (ActorIndex.Span x : subjects) {
        addActor(actors, x.actor());
      }
      return;
    }
  }
}
