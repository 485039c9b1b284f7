package org.dateline.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.actors.ActorIndex;
import org.dateline.model.ActorKind;
import org.dateline.text.PreviousSentence;
import org.dateline.text.RelativePronouns;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * Arguments a clause leaves to its context: a pronoun subject the actor layer did not resolve,
 * the one blamed for an attack told without an attacker, the actor an act answers ("after Peru
 * sent warships"), and the shapes that hang a clause on another (a participle after a comma, a
 * reduced passive "hosted by X").
 */
final class ImplicitArguments {

  private static final Set<String> IMPERSONAL_PRONOUNS = Set.of("it", "they");
  /** Words opening a clause whose pronoun subject may be the main clause's ("after they overran"). */
  private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "while", "because", "since",
      "until", "once", "as");
  /** Object pronouns a participle may take from its main clause ("accusing it of ..."). */
  static final Set<String> OBJECT_PRONOUNS = Set.of("it", "them", "him", "her");

  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final Arguments args;
  private final EventLexicon lexicon;

  ImplicitArguments(List<Token> tokens, List<Sentence> sentences, Arguments args, EventLexicon lexicon) {
    this.tokens = tokens;
    this.sentences = sentences;
    this.args = args;
    this.lexicon = lexicon;
  }

  /**
   * "Peru denied the charge. On Monday, it closed its border": a pronoun subject the actor layer
   * left unresolved stands for the subject of the sentence before in the same paragraph, when
   * that is a country or an organization ("it") or several actors ("they").
   */
  List<ActorIndex.Span> pronounSubject(Sentence s, int verb) {
    int k = verb - 1;
    while (k > s.firstToken() && ("ADV".equals(tokens.get(k).pos()) || "AUX".equals(tokens.get(k).pos()))) {
      k--;
    }
    if (k < s.firstToken() || !IMPERSONAL_PRONOUNS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
        || args.index().at(k) != null) {
      return List.of();
    }
    boolean plural = tokens.get(k).is("they");
    int speech = k > s.firstToken() && tokens.get(k - 1).is("that") ? args.verbWithSubjectBefore(k - 1, s)
        : reportingVerbBefore(s, k);
    if (speech >= 0) {
      // "Peru said on Monday that it was cutting ties": the reported clause's "it" is the speaker
      List<ActorIndex.Span> speaker = args.subjectsOf(speech, s);
      return fitsPronoun(speaker, plural, false) ? speaker : List.of();
    }
    if (k > s.firstToken() && SUBORDINATORS.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT))) {
      // "Serbian troops held the town, a day after they overran it": the main clause's subject
      int mainVerb = args.verbWithSubjectBefore(k - 1, s);
      List<ActorIndex.Span> subject = mainVerb >= 0 ? args.subjectsOf(mainVerb, s) : List.of();
      int head = subject.isEmpty() ? -1 : subject.get(0).end(); // "Iraqi troops": the noun after the adjective
      boolean pluralNoun = subject.size() == 1 && (tokens.get(head - 1).text().endsWith("s")
          || head < k && "NOUN".equals(tokens.get(head).pos()) && tokens.get(head).text().endsWith("s"));
      if (!subject.isEmpty() && subject.get(0).end() <= k && fitsPronoun(subject, plural, pluralNoun)) {
        return subject;
      }
    }
    PreviousSentence prev = PreviousSentence.of(sentences, tokens, s);
    if (prev == null) {
      return List.of();
    }
    List<ActorIndex.Span> subject = args.subjectsOf(prev.firstVerb(), prev.sentence());
    return fitsPronoun(subject, plural, false) ? subject : List.of();
  }

  /**
   * Whether subjects fit an impersonal pronoun: "it" one actor that is no person, "they" several
   * actors, or one named by a plural noun when {@code pluralNoun} ("Iraqi troops").
   */
  private static boolean fitsPronoun(List<ActorIndex.Span> subject, boolean plural, boolean pluralNoun) {
    return plural ? subject.size() > 1 || pluralNoun
        : subject.size() == 1 && subject.get(0).actor().kind() != ActorKind.PERSON;
  }

  /**
   * "the United States doubled its reward for Maduro's arrest, accusing him of ...": an object
   * "him" or "her" the actor layer left unresolved is the last person the sentence named before
   * the verb, other than the one acting.
   */
  List<ActorIndex.Span> personalObject(Sentence s, int verb, int after, List<ActorIndex.Span> sources) {
    if (after >= s.endToken() || args.index().at(after) != null
        || !(tokens.get(after).is("him") || tokens.get(after).is("her"))) {
      return List.of();
    }
    List<ActorIndex.Span> before = args.index().outerIn(s.firstToken(), verb);
    ActorIndex.Span person = otherPerson(before, sources, true);
    if (person == null && s.index() > 0 && sentences.get(s.index() - 1).paragraph() == s.paragraph()) {
      // "X met Y. Y praised her", "X demanded that Y and Z resign. Y sacked him": the first other
      // person the sentence before named, most often its subject
      Sentence prev = sentences.get(s.index() - 1);
      person = otherPerson(args.index().outerIn(prev.firstToken(), prev.endToken()), sources, false);
    }
    return person == null ? List.of() : List.of(person);
  }

  /** The last (or first) person among the mentions who is none of the sources, or null. */
  private static ActorIndex.Span otherPerson(List<ActorIndex.Span> mentions, List<ActorIndex.Span> sources, boolean last) {
    for (int n = 0; n < mentions.size(); n++) {
      ActorIndex.Span c = mentions.get(last ? mentions.size() - 1 - n : n);
      if (c.actor().kind() == ActorKind.PERSON && !Arguments.containsActor(sources, c)) {
        return c;
      }
    }
    return null;
  }


  /**
   * "X, who had been granted asylum by Peru", "citizens of Chile who were abducted by Y": the
   * subject of a passive in a relative clause is the phrase the clause hangs on, the actor it
   * names (a person, or a country's adjective or complement: "Chilean citizens who"); null when
   * the verb opens no relative clause or the phrase names no one.
   */
  ActorIndex.Span relativeAntecedent(Sentence s, int verb) {
    int k = relativePronounBefore(s, verb);
    if (k < 0) {
      return null;
    }
    int j = tokens.get(k - 1).is(",") ? k - 2 : k - 1;
    for (int steps = 0; j >= s.firstToken() && steps < 5; steps++) {
      ActorIndex.Span span = args.index().at(j);
      if (span != null) {
        return ActorIndex.isParticipant(span.actor()) || span.actor().kind() == ActorKind.COUNTRY ? span : null;
      }
      String pos = tokens.get(j).pos();
      if (!"NOUN".equals(pos) && !"ADJ".equals(pos) && !tokens.get(j).is("of")) {
        return null;
      }
      j--;
    }
    return null;
  }

  /**
   * "Putin, whom he met on Monday", "Putin, with whom he spoke by phone": the antecedent of an
   * object relative pronoun before the verb's subject, and the preposition before "whom" ("" for
   * none); null when the verb has no such clause.
   */
  ObjectRelative objectRelative(Sentence s, int verb) {
    int k = verb - 1;
    while (k > s.firstToken() && ("ADV".equals(tokens.get(k).pos()) || "AUX".equals(tokens.get(k).pos())
        || "PART".equals(tokens.get(k).pos()))) {
      k--;
    }
    if (k < s.firstToken()) {
      return null;
    }
    ActorIndex.Span subject = args.index().at(k);
    boolean named = subject != null;
    k = subject != null ? subject.start() - 1 : "PRON".equals(tokens.get(k).pos()) ? k - 1 : k;
    // "Iran, which Saudi Arabia and its allies accuse": back over the rest of a listed subject
    for (int steps = 0; k > s.firstToken() && steps < 8 && !isObjectRelative(k); steps++) {
      ActorIndex.Span listed = args.index().at(k);
      String pos = String.valueOf(tokens.get(k).pos());
      if (listed != null) {
        named = true;
        k = listed.start() - 1;
      } else if (tokens.get(k).is("and") || tokens.get(k).is(",") && !isObjectRelative(k - 1)
          || pos.equals("DET") || pos.equals("PRON") || pos.equals("ADJ") || pos.equals("NOUN")) {
        k--;
      } else {
        break;
      }
    }
    if (!named && !"PRON".equals(tokens.get(verb - 1).pos())) {
      return null; // the relative clause's subject must be someone ("whom he met", "which Peru accuses")
    }
    if (k <= s.firstToken() || !isObjectRelative(k)) {
      return null;
    }
    String preposition = "ADP".equals(tokens.get(k - 1).pos()) ? tokens.get(k - 1).text().toLowerCase(Locale.ROOT) : "";
    int comma = preposition.isEmpty() ? k - 1 : k - 2;
    if (comma <= s.firstToken() || !tokens.get(comma).is(",")) {
      return null;
    }
    ActorIndex.Span antecedent = args.index().at(comma - 1);
    // "the war games with South Korea, which he called provocative": "which" stands for the whole
    // phrase, so a name inside a prepositional phrase before it is no antecedent
    boolean insidePhrase = antecedent != null && tokens.get(k).is("which") && antecedent.start() > s.firstToken()
        && "ADP".equals(tokens.get(antecedent.start() - 1).pos());
    return antecedent != null && !insidePhrase && ActorIndex.isParticipant(antecedent.actor())
        ? new ObjectRelative(antecedent, preposition) : null;
  }

  /** "whom", or "which" before the relative clause's own subject. */
  private boolean isObjectRelative(int k) {
    return tokens.get(k).is("whom") || tokens.get(k).is("which");
  }

  record ObjectRelative(ActorIndex.Span antecedent, String preposition) {}

  /** Whether the verb opens a relative clause ("who were sent by X"): its subject is not the main clause's. */
  boolean opensRelativeClause(Sentence s, int verb) {
    return relativePronounBefore(s, verb) >= 0;
  }

  /** The subject pronoun of the relative clause the verb opens ("who were sent", "that was hit"), or -1. */
  private int relativePronounBefore(Sentence s, int verb) {
    int k = RelativePronouns.subjectPronounBefore(tokens, s, verb);
    boolean relative = k >= 0 && !"SCONJ".equals(tokens.get(k).pos()); // "said that ... was hit by": a reported clause
    return relative ? k : -1;
  }

  /** Subjects that stand for the speaker's own state ("the minister said the government would"). */
  private static final Set<String> OWN_STATE = Set.of("government", "authorities");

  /**
   * "Mali's foreign minister said the government would file a complaint": "the government" the
   * actor layer left unresolved, in a clause reported by someone of a country, is that
   * country's; the country's code, or null.
   */
  /**
   * "Peru said it would", "Mali said on Monday it was quitting": the verb right before a reported
   * clause without "that", past a short time adjunct, when its subject is named; else -1.
   */
  private int reportingVerbBefore(Sentence s, int pronoun) {
    for (int k = pronoun - 1; k >= s.firstToken() && k >= pronoun - 4; k--) {
      Token t = tokens.get(k);
      if ("VERB".equals(t.pos())) {
        boolean adjunct = k == pronoun - 1 || tokens.get(k + 1).is("on") || tokens.get(k + 1).is("last")
            || tokens.get(k + 1).is("this");
        return adjunct && !args.subjectsOf(k, s).isEmpty() ? k : -1;
      }
      String pos = t.pos() == null ? "" : t.pos();
      if (!pos.equals("ADP") && !pos.equals("PROPN") && !pos.equals("NOUN") && !pos.equals("NUM") && !t.is(".")
          && !pos.equals("DET") || args.index().at(k) != null) {
        return -1;
      }
    }
    return -1;
  }

  String speakersState(Sentence s, int verb) {
    int k = verb - 1;
    while (k > s.firstToken() && ("ADV".equals(tokens.get(k).pos()) || "AUX".equals(tokens.get(k).pos())
        || "PART".equals(tokens.get(k).pos()))) {
      k--;
    }
    if (k - 1 < s.firstToken() || args.index().at(k) != null
        || !OWN_STATE.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)) || !tokens.get(k - 1).is("the")) {
      return null;
    }
    int speech = args.verbWithSubjectBefore(k - 1, s);
    if (speech < 0) {
      return null;
    }
    List<ActorIndex.Span> speaker = args.subjectsOf(speech, s);
    return speaker.size() == 1 ? speaker.get(0).actor().country() : null;
  }

  /** Possessive pronouns: an owner not named ("their governments", "dismissed his vice president", "for its strike"). */
  static final Set<String> POSSESSIVES = Set.of("their", "its", "his", "her");
  /** Heads that stand for states themselves ("their governments"), beside group-nouns.tsv's people. */
  private static final Set<String> STATE_HEADS = Set.of("governments", "states", "countries", "regimes", "capitals");

  /**
   * "A and B watched as their ministers signed the text": a subject owned by a possessive
   * pronoun ("their ministers", "its navy") the actor layer left unresolved acts for the subject
   * of the clause before it.
   */
  List<ActorIndex.Span> possessiveOwnerSubject(Sentence s, int verb) {
    int k = verb - 1;
    while (k > s.firstToken() && ("ADV".equals(tokens.get(k).pos()) || "AUX".equals(tokens.get(k).pos()))) {
      k--;
    }
    int nouns = 0;
    while (k > s.firstToken() && args.index().at(k) == null
        && ("NOUN".equals(tokens.get(k).pos()) || nouns > 0 && "ADJ".equals(tokens.get(k).pos()))) {
      nouns += "NOUN".equals(tokens.get(k).pos()) ? 1 : 0;
      k--;
    }
    if (nouns == 0 || !POSSESSIVES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
        || args.index().at(k) != null) {
      return List.of();
    }
    int main = args.verbWithSubjectBefore(k, s);
    if (main < 0) {
      return List.of();
    }
    List<ActorIndex.Span> owners = args.subjectsOf(main, s);
    boolean plural = tokens.get(k).is("their");
    boolean stateNoun = STATE_HEADS.contains(tokens.get(verb - 1).text().toLowerCase(Locale.ROOT))
        || args.isGroupNoun(verb - 1);
    if (!plural && stateNoun && owners.stream().noneMatch(o -> o.actor().kind() == ActorKind.COUNTRY)) {
      // "The African Union suspended Mali, a day after its military government expelled ...": a
      // government is a country's, the one the main clause named
      for (ActorIndex.Span m : args.index().outerIn(main + 1, k)) {
        if (m.actor().kind() == ActorKind.COUNTRY) {
          return List.of(m);
        }
      }
    }
    if (tokens.get(k).is("its") && owners.stream().anyMatch(o -> o.actor().kind() == ActorKind.PERSON)) {
      return List.of(); // "the spokesman said its fighters fired": "its" is a body's, not the speaker's
    }
    return plural == owners.size() > 1 ? owners : List.of();
  }

  /**
   * "withdrew its envoys from A, B and C, accusing their governments of meddling": an object
   * "their" + a noun for people acting for a place stands for the list of participants named
   * last before it in the sentence (at least two, none of them a source). Empty otherwise.
   */
  List<ActorIndex.Span> possessiveOwnerObject(Sentence s, int after, List<ActorIndex.Span> sources) {
    if (after + 1 >= s.endToken() || !tokens.get(after).is("their")) {
      return List.of();
    }
    int k = after + 1;
    while (k + 1 < s.endToken() && "ADJ".equals(tokens.get(k).pos())) {
      k++;
    }
    boolean forPlace = args.isGroupNoun(k) || STATE_HEADS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT));
    if (!forPlace || args.index().at(k) != null) {
      return List.of();
    }
    for (int j = after - 1; j >= s.firstToken(); j--) {
      ActorIndex.Span span = args.index().at(j);
      if (span != null && span.end() == j + 1 && ActorIndex.isParticipant(span.actor())) {
        List<ActorIndex.Span> owners = args.coordinationEndingAt(span, s);
        boolean isSource = owners.stream().anyMatch(o -> sources.stream().anyMatch(x -> x.actor().id().equals(o.actor().id())));
        return owners.size() >= 2 && !isSource ? owners : List.of();
      }
    }
    return List.of();
  }

  /**
   * "Armenia said that Azerbaijani troops had fired on its positions": "its" (or "their") after the
   * act's preposition, in a clause a speaker reports, is the speaker's; empty otherwise.
   */
  List<ActorIndex.Span> speakersPossession(Sentence s, int verb, List<ActorIndex.Span> sources) {
    int owner = -1; // "struck its energy grid", "fired rockets at its towns"
    for (int k = verb + 1; k < s.endToken() && k <= verb + 4 && owner < 0; k++) {
      Token t = tokens.get(k);
      if (t.is("its") || t.is("their")) {
        owner = k;
      } else if ("VERB".equals(t.pos()) || "PUNCT".equals(t.pos()) || args.index().at(k) != null) {
        return List.of();
      }
    }
    if (owner < 0) {
      return List.of();
    }
    for (int j = verb - 1; j > s.firstToken(); j--) {
      if (tokens.get(j).is(";")) {
        return List.of();
      }
      if ("VERB".equals(tokens.get(j).pos()) && !args.isSpeechVerb(j)) {
        return List.of(); // "said the vessel had been delivering fuel when ships blocked its path": the vessel's
      }
      if ("VERB".equals(tokens.get(j).pos()) && args.isSpeechVerb(j)) {
        List<ActorIndex.Span> speaker = args.subjectsOf(j, s);
        boolean own = speaker.stream().anyMatch(a -> sources.stream().anyMatch(x -> x.actor().id().equals(a.actor().id())));
        boolean single = tokens.get(owner).is("its") ? speaker.size() == 1 && speaker.get(0).actor().kind() != ActorKind.PERSON
            : !speaker.isEmpty();
        return own || !single ? List.of() : speaker;
      }
    }
    return List.of();
  }

  /** "He mobilized troops after Peru sent warships": the actor of the "after" clause the act answers. */
  List<ActorIndex.Span> respondedTo(Sentence s, int trigger, List<ActorIndex.Span> sources) {
    for (int k = trigger + 1; k + 1 < s.endToken(); k++) {
      if (tokens.get(k).is("after") || tokens.get(k).is("response") && tokens.get(k + 1).is("to")) {
        for (ActorIndex.Span a : args.listAt(tokens.get(k).is("after") ? k + 1 : k + 2, s)) {
          if (sources.stream().noneMatch(x -> x.actor().id().equals(a.actor().id()))) {
            return List.of(a);
          }
        }
        return List.of();
      }
    }
    return List.of();
  }

  /** The "blaming"/"blamed" of the sentence after the trigger, followed by who is blamed, or -1. */
  int blameAfter(Sentence s, int trigger) {
    for (int k = trigger + 1; k + 1 < s.endToken(); k++) {
      boolean blame = "blame".equals(lexicon.verbLemma(tokens.get(k).text()));
      if (blame && (args.index().at(k + 1) != null
          || k + 2 < s.endToken() && tokens.get(k + 1).is("the") && args.index().at(k + 2) != null)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "a ceremony hosted by X", "talks in Doha mediated by X", "The talks, hosted by X,": a past
   * participle after a noun phrase (or after the comma that sets it off), with its agent.
   */
  static boolean reducedPassive(List<Token> tokens, Sentence s, int i) {
    String form = tokens.get(i).text().toLowerCase(Locale.ROOT);
    if (i - 1 <= s.firstToken() || i + 1 >= s.endToken() || !form.endsWith("ed") || !tokens.get(i + 1).is("by")) {
      return false;
    }
    int k = tokens.get(i - 1).is(",") ? i - 2 : i - 1;
    String pos = tokens.get(k).pos();
    return "NOUN".equals(pos) || "PROPN".equals(pos);
  }

  /** ", accusing it of ...": a present participle opening a clause after a comma, without a subject of its own. */
  static boolean participleAfterComma(List<Token> tokens, Sentence s, int i, VerbGroup vg) {
    return i - 1 > s.firstToken() && tokens.get(i - 1).is(",") && vg.tense() == VerbGroup.Tense.PARTICIPLE
        && tokens.get(i).text().endsWith("ing");
  }

  /** Words that open a time adjunct on a present participle: "after meeting X", "while visiting Y". */
  private static final Set<String> ADJUNCT_OPENERS = Set.of("after", "before", "while", "upon", "when", "since",
      "without");

  /**
   * "decided after meeting X", "After visiting Y, she said": a present participle right after a word
   * that opens a time adjunct; its doer is the main clause's subject. The opener, or null.
   */
  static String adjunctOpener(List<Token> tokens, Sentence s, int i, VerbGroup vg) {
    if (i - 1 < s.firstToken() || vg.tense() != VerbGroup.Tense.PARTICIPLE || !tokens.get(i).text().endsWith("ing")) {
      return null;
    }
    String opener = tokens.get(i - 1).text().toLowerCase(Locale.ROOT);
    return ADJUNCT_OPENERS.contains(opener) ? opener : null;
  }
}
