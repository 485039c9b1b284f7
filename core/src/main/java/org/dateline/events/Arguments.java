package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.actors.ActorIndex;
import org.dateline.actors.SubjectFinder;
import org.dateline.model.ActorKind;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * Reads who takes part in a clause: coordinated subjects ("The Ukrainian leader and Macron"),
 * noun-phrase lists after a verb or preposition ("with the leaders of Germany, Poland, ..., as
 * well as top EU and NATO officials"), the agent of a passive ("by X").
 */
final class Arguments {

  private static final Set<String> LIST_WORDS = Set.of(",", "and", "or", "of", "as", "well", "&", "both", "also",
      "including", "plus", "the", "a", "an");
  private static final Set<String> STOP_WORDS = Set.of("that", "who", "which", "whose", "whom", "where", "when",
      "while", "after", "before", "because", "since", "until", "but", ";", ":", ".", "!", "?", "(", ")", "—",
      "–", "\"", "“", "”", "``", "''", "to", "on", "in", "at", "for", "from", "with", "during", "over", "about",
      "against", "by", "into", "amid", "despite", "via", "through", "under", "than", "if");

  private final List<Token> tokens;
  private final ActorIndex index;
  private final SubjectFinder subjects;
  private final java.util.function.Predicate<Token> groupNoun;
  private final java.util.function.Predicate<Token> speechVerb;

  Arguments(List<Token> tokens, ActorIndex index, java.util.function.Predicate<Token> takesClause,
      java.util.function.Predicate<Token> groupNoun, java.util.function.Predicate<Token> speechVerb) {
    this.tokens = tokens;
    this.index = index;
    this.subjects = new SubjectFinder(tokens, index, takesClause, groupNoun);
    this.groupNoun = groupNoun;
    this.speechVerb = speechVerb;
  }

  ActorIndex index() {
    return index;
  }

  /** Whether the token is a reporting verb ("said", "told", "announced": speech-verbs.tsv). */
  boolean isSpeechVerb(int k) {
    return speechVerb.test(tokens.get(k));
  }

  /** Whether the token is a noun for people acting for a place ("officials", "governments": group-nouns.tsv). */
  boolean isGroupNoun(int k) {
    return groupNoun.test(tokens.get(k));
  }

  /** The subject of a verb and whatever is coordinated with it to its left. */
  List<ActorIndex.Span> subjectsOf(int verb, Sentence s) {
    int joint = coordinatingJoint(verb, s);
    if (joint >= 0) {
      // "X condemned the attack and promised aid": the second verb shares the first one's subject
      List<ActorIndex.Span> shared = demandingSubjectBefore(joint, verb, s);
      if (shared.isEmpty() && speechVerb.test(tokens.get(verb))) {
        shared = reportingSubjectBefore(joint, s);
      }
      if (shared.isEmpty()) {
        shared = subjectsBefore(joint, s);
      }
      if (!shared.isEmpty()) {
        return new ArrayList<>(shared);
      }
    }
    ActorIndex.Span first = subjects.subjectOf(verb, s);
    ActorIndex.Span owner = ownerOfSubject(verb, s);
    if (owner != null && (first == null || first.end() <= owner.start())) {
      first = owner;
    }
    if (first == null) {
      first = namedBeforeUnnamedConjunct(verb, s);
    }
    if (first == null || opensClauseWithOwnSubject(first.end(), verb)) {
      return new ArrayList<>();
    }
    return coordinationEndingAt(first, s);
  }

  /**
   * "Tajikistan's president and the leader of the country's opposition signed": the named
   * members of a subject whose last member names no actor, or null. The words between "and" and
   * the verb must be one noun phrase (a participle glued by a hyphen, "Islamic-led", is a modifier).
   */
  private ActorIndex.Span namedBeforeUnnamedConjunct(int verb, Sentence s) {
    int k = verb - 1;
    for (int words = 0; k > s.firstToken() && words < 10; k--, words++) {
      Token t = tokens.get(k);
      String pos = String.valueOf(t.pos());
      if (t.is("and")) {
        break;
      }
      boolean glued = pos.equals("VERB") && tokens.get(k - 1).is("-");
      if (index.at(k) != null || !(pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("DET") || t.is("of")
          || t.is("'s") || t.is("’s") || t.is("-") || pos.equals("PROPN") || glued)) {
        return null;
      }
    }
    if (k <= s.firstToken() || !tokens.get(k).is("and") || !"DET".equals(tokens.get(k + 1).pos())) {
      return null;
    }
    ActorIndex.Span named = index.at(k - 1);
    if (named == null && tokens.get(k - 1).pos() != null && "NOUN".equals(tokens.get(k - 1).pos())) {
      named = ownerOfNounPhraseEndingAt(k - 1, s);
    }
    return named != null && named.end() == k && ActorIndex.isParticipant(named.actor()) ? named : null;
  }

  /**
   * "Peru's casualty count has grown", "Chile's navy vowed": when the subject is a noun
   * phrase owned by an actor and naming none itself, the owner acts.
   */
  private ActorIndex.Span ownerOfSubject(int verb, Sentence s) {
    int k = verb - 1;
    while (k > s.firstToken() && ("ADV".equals(tokens.get(k).pos()) || "AUX".equals(tokens.get(k).pos())
        || "PART".equals(tokens.get(k).pos()) || AUXILIARIES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)))) {
      k--;
    }
    int nouns = 0;
    for (int steps = 0; k > s.firstToken() && steps < 6 && index.at(k) == null; steps++, k--) {
      String pos = tokens.get(k).pos();
      String w = tokens.get(k).text();
      boolean participle = "VERB".equals(pos) && nouns > 0 && (w.endsWith("ed") || w.endsWith("ing")); // "exiled"
      if ("NOUN".equals(pos)) {
        nouns++;
      } else if (!"ADJ".equals(pos) && !"CCONJ".equals(pos) && !"NUM".equals(pos) && !participle) {
        break;
      }
    }
    if (nouns == 0 || k <= s.firstToken() || !(tokens.get(k).is("'s") || tokens.get(k).is("’s"))) {
      return null;
    }
    if (verb + 1 < s.endToken() && "NOUN".equals(tokens.get(verb + 1).pos()) && !"AUX".equals(tokens.get(verb - 1).pos())
        && !VerbGroup.isPastForm(tokens.get(verb).text().toLowerCase(Locale.ROOT))) {
      return null; // "Iraq's food and oil supply route": the "verb" is a noun of the phrase
    }
    ActorIndex.Span owner = index.at(k - 1);
    return owner != null && owner.end() == k && ActorIndex.isParticipant(owner.actor()) ? owner : null;
  }

  /** Whether "and" joins the verb to an earlier verb of the sentence ("closed its border and warned"). */
  boolean joinedToEarlierVerb(int verb, Sentence s) {
    return coordinatingJoint(verb, s) >= 0;
  }

  /** The "and" right before a verb (past adverbs and auxiliaries) that joins it to an earlier verb, or -1. */
  private int coordinatingJoint(int verb, Sentence s) {
    int k = verb - 1;
    while (k > s.firstToken() && ("ADV".equals(tokens.get(k).pos()) || "AUX".equals(tokens.get(k).pos()))) {
      k--;
    }
    if (k <= s.firstToken() || !(tokens.get(k).is("and") || tokens.get(k).is("or") || tokens.get(k).is("but"))) {
      return -1;
    }
    for (int j = k - 1; j >= s.firstToken(); j--) {
      if (isVerb(tokens.get(j)) && "VERB".equals(tokens.get(j).pos())) {
        return k;
      }
    }
    return -1;
  }

  private boolean hasAuxiliary(int from, int to) {
    for (int k = from; k < to; k++) {
      if ("AUX".equals(tokens.get(k).pos()) || AUXILIARIES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> CLAUSE_OPENERS = Set.of("after", "before", "since", "until", "while", "when",
      "because", "although", "though", "whereas", "once");

  /**
   * "Peru ... after protesters stormed its embassy": between the name and the verb a clause opens
   * ("after", whatever the tagger called it) with a subject of its own right before the verb, so
   * the name is not the verb's subject.
   */
  private boolean opensClauseWithOwnSubject(int from, int verb) {
    int k = verb - 1;
    while (k > from && ("ADV".equals(tokens.get(k).pos()) || "AUX".equals(tokens.get(k).pos())
        || "PART".equals(tokens.get(k).pos()))) {
      k--;
    }
    if (k <= from || !"NOUN".equals(tokens.get(k).pos())) {
      return false; // a pronoun there may stand for the name ("until it retreats")
    }
    for (int j = k - 1; j >= from; j--) {
      String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
      if (w.equals(",")) {
        return false;
      }
      if (CLAUSE_OPENERS.contains(w) || "VERB".equals(tokens.get(j).pos()) && j + 1 < k
          && "DET".equals(tokens.get(j + 1).pos()) && hasAuxiliary(k + 1, verb)) {
        return true; // "X said the vessel had been delivering fuel": the vessel delivers
      }
    }
    return false;
  }

  /**
   * A mention and the mentions coordinated with it to its left: "A, B and C", "A and the
   * defiant young B", "Proud A, the wary B, and calm C", "neither A nor B". The joint nearest the
   * mention must be a conjunction; commas may join further left.
   */
  List<ActorIndex.Span> coordinationEndingAt(ActorIndex.Span first, Sentence s) {
    List<ActorIndex.Span> out = new ArrayList<>();
    out.add(first);
    int k = skipServing(skipTitleOrOwner(skipModifiers(first.start() - 1, s), first, s), s);
    boolean joined = false;
    while (k >= s.firstToken()) {
      String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
      boolean and = CONJUNCTIONS.contains(w);
      if (and || joined && w.equals(",")) {
        int m = k - 1;
        boolean commaAnd = and && m > s.firstToken() && tokens.get(m).text().equals(",");
        if (commaAnd) {
          m--; // "A, B, and C"
        }
        m = skipModifiers(m, s);
        ActorIndex.Span prev = index.at(m);
        ActorIndex.Span owner = prev == null ? ownerOfNounPhraseEndingAt(m, s) : null;
        // (the phrase opens the clause: not "to dictate Iran's foreign policy, and he called")
        if (owner != null && ActorIndex.isParticipant(owner.actor()) && (owner.start() == s.firstToken()
            || "PUNCT".equals(tokens.get(owner.start() - 1).pos())
            || CONJUNCTIONS.contains(tokens.get(owner.start() - 1).text().toLowerCase(Locale.ROOT)))) {
          out.add(0, owner); // "Ethiopia's federal government and the TPLF agreed"
          joined = true;
          k = owner.start() - 1;
          continue;
        }
        // a list's first member may follow a preposition ("the ambassadors of A, B and C"): the list is one phrase
        // (", and" after a lone complement joins clauses: "recalled its envoy from Lagos, and the United States said")
        boolean clauseJoined = commaAnd && !joined && prev != null && subjects.isComplementOrPossessor(prev, s);
        if (prev != null && ActorIndex.isParticipant(prev.actor()) && prev.end() == m + 1 && !isPossessor(prev) && !clauseJoined
            && (!subjects.isComplementOrPossessor(prev, s) || insideNounPhrase(prev, s) || namedAsExamples(prev, s))) {
          prev = describedActor(prev, s);
          out.add(0, prev);
          joined = true;
          k = skipServing(skipTitleOrOwner(skipModifiers(prev.start() - 1, s), prev, s), s);
          continue;
        }
      }
      break;
    }
    return out;
  }

  private static final Set<String> FORCE_PHRASE_TAGS = Set.of("NOUN", "ADJ", "DET", "NUM");

  /** "troops loyal to X": leftwards past the force that serves the member, else {@code k} unchanged. */
  private int skipServing(int k, Sentence s) {
    if (k < s.firstToken() || !org.dateline.actors.SubjectFinder.servingAt(tokens, k, s)) {
      return k;
    }
    int j = k - 2;
    while (j >= s.firstToken() && index.at(j) == null && FORCE_PHRASE_TAGS.contains(String.valueOf(tokens.get(j).pos()))) {
      j--;
    }
    return j;
  }

  /** "Iran-backed", "U.S.-led", "Hamas-run": a name glued by a hyphen to a participle after it modifies what follows. */
  private boolean modifiesByHyphen(ActorIndex.Span span, Sentence s) {
    int h = span.end();
    if (h + 1 >= s.endToken() || !tokens.get(h).is("-") || tokens.get(h).start() != tokens.get(h - 1).end()
        || tokens.get(h + 1).start() != tokens.get(h).end()) {
      return false;
    }
    String w = tokens.get(h + 1).text().toLowerCase(Locale.ROOT);
    return w.endsWith("ed") || w.equals("run") || w.endsWith("ing");
  }

  /** "countries, including the United States and Britain,", "among them X and Y", "such as X and Y": members named as examples. */
  private boolean namedAsExamples(ActorIndex.Span member, Sentence s) {
    int k = member.start() - 1;
    if (k >= s.firstToken() && tokens.get(k).is("the")) {
      k--;
    }
    return k > s.firstToken() && (tokens.get(k).is("including") || tokens.get(k).is("as") && tokens.get(k - 1).is("such")
        || tokens.get(k).is("them") && tokens.get(k - 1).is("among"));
  }

  /** "Ethiopia's federal government": the owner of a short noun phrase (no actor itself) ending at {@code end}, or null. */
  private ActorIndex.Span ownerOfNounPhraseEndingAt(int end, Sentence s) {
    int j = end;
    while (j > s.firstToken() && j > end - 3 && index.at(j) == null
        && ("NOUN".equals(tokens.get(j).pos()) || "ADJ".equals(tokens.get(j).pos()))) {
      j--;
    }
    if (j == end || j <= s.firstToken() || !"NOUN".equals(tokens.get(end).pos())
        || !(tokens.get(j).is("'s") || tokens.get(j).is("’s"))) {
      return null;
    }
    ActorIndex.Span owner = index.at(j - 1);
    return owner != null && owner.end() == j ? owner : null;
  }

  /**
   * Leftwards past what introduces a person in a list: the country that owns the name ("A and
   * Peru's X"), or a title set off before it ("A and Peru's new foreign minister, X,"); the
   * token where a joining conjunction may stand, else {@code k} unchanged.
   */
  private int skipTitleOrOwner(int k, ActorIndex.Span person, Sentence s) {
    if (person.actor().kind() != org.dateline.model.ActorKind.PERSON || k <= s.firstToken()) {
      return k;
    }
    if (tokens.get(k).is("'s") || tokens.get(k).is("’s")) {
      ActorIndex.Span owner = index.at(k - 1);
      return owner != null && owner.actor().kind() == org.dateline.model.ActorKind.COUNTRY ? owner.start() - 1 : k;
    }
    if (!tokens.get(k).is(",")) {
      return k;
    }
    // ", X" after a title: back over the title's words to the conjunction before them
    int j = k - 1;
    int words = 0;
    while (j > s.firstToken() && words < 7) {
      Token t = tokens.get(j);
      ActorIndex.Span m = index.at(j);
      String pos = t.pos() == null ? "" : t.pos();
      if (CONJUNCTIONS.contains(t.text().toLowerCase(Locale.ROOT))) {
        return words > 0 && tokens.get(j + 1).pos() != null ? j : k;
      }
      if (words > 0 && CLAUSE_START.contains(t.text())) {
        return j; // "KHASAVYURT — Russia's security chief, X, and ...": the title opens the clause
      }
      if (m != null && m.actor().kind() != org.dateline.model.ActorKind.PERSON) {
        j = m.start() - 1; // "Peru's foreign minister", "the commander of the navy"
      } else if (pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("DET") || t.is("'s") || t.is("’s")
          || t.is("of") || pos.equals("VERB") && words > 0 && !tokens.get(j + 1).is(",")
          && ("ADJ".equals(tokens.get(j + 1).pos()) || "NOUN".equals(tokens.get(j + 1).pos()))) {
        j--; // (a word the tagger read as a verb before a noun modifies it: "the separatist military commander")
      } else {
        return k;
      }
      words++;
    }
    boolean opensSentence = words > 0 && j == s.firstToken()
        && (index.at(j) != null || "DET".equals(tokens.get(j).pos()) || "ADJ".equals(tokens.get(j).pos()));
    return opensSentence ? j - 1 : k; // "Russia's security chief, X, and ...": the title is X's
  }

  /** Tokens that open a clause inside a sentence: a title right after one belongs to the name after it. */
  private static final Set<String> CLAUSE_START = Set.of("—", "–", ":", "\"", "“", "(");

  /** A mention after "of", "from" or "in" ("the envoys of A", "lawmakers in A"): part of a noun phrase, not an object. */
  private boolean insideNounPhrase(ActorIndex.Span span, Sentence s) {
    int k = span.start() - 1;
    while (k > s.firstToken() && ("DET".equals(tokens.get(k).pos()) || "ADJ".equals(tokens.get(k).pos()))) {
      k--;
    }
    return k >= s.firstToken() && (tokens.get(k).is("of") || tokens.get(k).is("from") || tokens.get(k).is("in"));
  }

  /**
   * "Leonid Kuchma of Ukraine and Boris Yeltsin": a place after "of" or "from" that describes a
   * named actor stands for that actor in a coordination; after a common noun ("the envoys of A,
   * B and C") it is itself a member.
   */
  private ActorIndex.Span describedActor(ActorIndex.Span span, Sentence s) {
    if (span == null || span.start() - 2 < s.firstToken()) {
      return span;
    }
    Token prep = tokens.get(span.start() - 1);
    ActorIndex.Span head = index.at(span.start() - 2);
    if ((prep.is("of") || prep.is("from")) && head != null && head.end() == span.start() - 1
        && ActorIndex.isParticipant(head.actor()) && head.actor().kind() == org.dateline.model.ActorKind.PERSON) {
      return head;
    }
    return span;
  }

  /** Whether the name owns what follows it ("Trump's claims"). */
  boolean isPossessor(ActorIndex.Span span) {
    return span.end() < tokens.size() && (tokens.get(span.end()).is("'s") || tokens.get(span.end()).is("’s"));
  }

  /** Auxiliaries whatever the tagger called them ("has/VERB risen"). */
  private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "been",
      "will", "would", "could", "may", "might", "can", "should", "must");

  private static final Set<String> CONJUNCTIONS = Set.of("and", "&", "nor");

  /**
   * Leftwards past the modifiers of a name ("the defiant young"): determiners, adjectives, and a
   * lower-case word the tagger called a noun when an adjective or the name follows it.
   */
  private int skipModifiers(int k, Sentence s) {
    int steps = 0;
    while (k > s.firstToken() && steps < 4 && index.at(k) == null) {
      Token t = tokens.get(k);
      String pos = t.pos() == null ? "" : t.pos();
      boolean modifier = pos.equals("ADJ") || pos.equals("DET");
      if (!modifier && pos.equals("NOUN") && !t.isCapitalized() && k + 1 < tokens.size()) {
        String nextPos = tokens.get(k + 1).pos();
        modifier = "ADJ".equals(nextPos) || index.at(k + 1) != null && index.at(k + 1).start() == k + 1;
        modifier &= k - 1 >= s.firstToken() && ("DET".equals(tokens.get(k - 1).pos())
            || CONJUNCTIONS.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT)));
      }
      if (!modifier) {
        break;
      }
      k--;
      steps++;
    }
    return k;
  }

  /**
   * The verb before {@code token} whose subject is named (the main clause a participle hangs on),
   * or -1; a relative clause set off by commas is passed over.
   */
  int verbWithSubjectBefore(int token, Sentence s) {
    for (int k = token - 1; k > s.firstToken(); k--) {
      String pos = tokens.get(k).pos();
      boolean infinitive = k - 1 > s.firstToken() && tokens.get(k - 1).is("to"); // "ordered X to leave, accusing them"
      if (("VERB".equals(pos) || "AUX".equals(pos)) && !opensCommaRelative(k, s) && !infinitive
          && !subjectsOf(k, s).isEmpty()) {
        return k;
      }
    }
    return -1;
  }

  /** The first verb with a named subject after the comma that closes an opening adjunct ("After meeting X, Y said"), or -1. */
  int verbWithSubjectAfterComma(int token, Sentence s) {
    int comma = token + 1;
    while (comma < s.endToken() && !tokens.get(comma).is(",")) {
      comma++;
    }
    for (int k = comma + 1; k < s.endToken(); k++) {
      String pos = tokens.get(k).pos();
      if (("VERB".equals(pos) || "AUX".equals(pos)) && !subjectsOf(k, s).isEmpty()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "Peruvian jets struck ...", "Chilean troops fired": a subject noun phrase opening the clause
   * whose only actor is a country's adjective; that country acts.
   */
  List<ActorIndex.Span> demonymSubjectOf(int verb, Sentence s) {
    int k = verb - 1;
    if (k < s.firstToken()) {
      return List.of();
    }
    while (k > s.firstToken() && ("ADV".equals(tokens.get(k).pos()) || "AUX".equals(tokens.get(k).pos()))) {
      k--;
    }
    int nouns = 0;
    while (k >= s.firstToken() && index.at(k) == null && ("NOUN".equals(tokens.get(k).pos())
        || nouns > 0 && "ADJ".equals(tokens.get(k).pos()))) {
      nouns += "NOUN".equals(tokens.get(k).pos()) ? 1 : 0;
      k--;
    }
    ActorIndex.Span adj = k >= s.firstToken() ? index.at(k) : null;
    if (nouns == 0 || adj == null || adj.length() != 1 || adj.actor().kind() != ActorKind.COUNTRY
        || tokens.get(k).text().equalsIgnoreCase(adj.actor().name())) {
      return List.of();
    }
    int before = tokens.get(k - 1 < s.firstToken() ? k : k - 1).is("the") ? k - 2 : k - 1;
    // an object or a complement ("hit Peruvian jets", "of Chilean troops") does not act
    boolean complement = before >= s.firstToken() && ("ADP".equals(tokens.get(before).pos())
        || "VERB".equals(tokens.get(before).pos()) || "NOUN".equals(tokens.get(before).pos()));
    return complement ? List.of() : List.of(adj);
  }

  /**
   * "he said that China was running the canal, and warned that …": a reporting verb joined by
   * "and" shares the subject of the reporting verb before it, not of the clause that verb reports.
   */
  private List<ActorIndex.Span> reportingSubjectBefore(int token, Sentence s) {
    for (int k = token - 1; k > s.firstToken(); k--) {
      if ("VERB".equals(tokens.get(k).pos()) && speechVerb.test(tokens.get(k))) {
        return subjectsOf(k, s);
      }
    }
    return List.of();
  }

  /**
   * "X demanded that the RUF release the peacekeepers and called on Y": a past verb after "and"
   * cannot go on a "that" clause whose verb is a bare form (a demand's subjunctive), so it shares
   * the subject of the verb that governs that clause. Empty otherwise.
   */
  private List<ActorIndex.Span> demandingSubjectBefore(int joint, int verb, Sentence s) {
    if (!VerbGroup.isPastForm(tokens.get(verb).text().toLowerCase(Locale.ROOT))) {
      return List.of();
    }
    for (int k = joint - 1; k > s.firstToken() + 1; k--) {
      if (!tokens.get(k).is("that")) {
        continue;
      }
      int clauseVerb = -1;
      for (int j = k + 1; j < joint; j++) {
        if ("VERB".equals(tokens.get(j).pos()) || "AUX".equals(tokens.get(j).pos())) {
          clauseVerb = j;
          break;
        }
      }
      String w = clauseVerb < 0 ? "" : tokens.get(clauseVerb).text().toLowerCase(Locale.ROOT);
      boolean bare = clauseVerb >= 0 && !VerbGroup.isPastForm(w) && !w.endsWith("s") && !w.endsWith("ing")
          && !AUXILIARIES.contains(w);
      int governor = k - 1;
      while (governor > s.firstToken() && !"VERB".equals(tokens.get(governor).pos()) && k - governor < 6) {
        governor--;
      }
      return bare && "VERB".equals(tokens.get(governor).pos()) ? subjectsOf(governor, s) : List.of();
    }
    return List.of();
  }

  /**
   * The subject of the clause that a participle or relative clause hangs on; a relative clause
   * between them is passed over ("criticized X, who visited Rabat, accusing him": the critic accuses).
   */
  List<ActorIndex.Span> subjectsBefore(int token, Sentence s) {
    for (int k = token - 1; k > s.firstToken(); k--) {
      String pos = tokens.get(k).pos();
      if (("VERB".equals(pos) || "AUX".equals(pos)) && !opensCommaRelative(k, s)) {
        List<ActorIndex.Span> subj = subjectsOf(k, s);
        if (!subj.isEmpty()) {
          return subj;
        }
      }
    }
    return List.of();
  }

  /**
   * Whether the verb at {@code k} is the first of a relative clause set off by a comma (", who visited").
   * Narrower than {@link org.dateline.text.RelativePronouns#subjectPronounBefore}, as its callers pass
   * over only a parenthesis between a participle and its main clause: a comma before "who"/"which",
   * at most two adverbs or auxiliaries after it, no "that" and no "not".
   */
  private boolean opensCommaRelative(int k, Sentence s) {
    for (int j = k - 1; j > s.firstToken() && j >= k - 3; j--) {
      Token t = tokens.get(j);
      if (t.is("who") || t.is("which")) {
        return tokens.get(j - 1).is(",");
      }
      if (!"ADV".equals(t.pos()) && !"AUX".equals(t.pos())) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Canada expelled four and Ukraine 13": the subjects of clauses whose verb is left out after a
   * counted object at {@code object}, each a name followed by its own count; empty when none.
   */
  List<ActorIndex.Span> gappedSubjects(int object, Sentence s) {
    List<ActorIndex.Span> out = new ArrayList<>();
    if (object >= s.endToken() || !"NUM".equals(tokens.get(object).pos())) {
      return out; // the object must open with its count
    }
    int k = object;
    while (k < s.endToken() && k <= object + 3 && !tokens.get(k).is("and") && !tokens.get(k).is(",")) {
      String pos = String.valueOf(tokens.get(k).pos());
      if (!pos.equals("NUM") && !pos.equals("ADJ") && !pos.equals("NOUN") && !pos.equals("PROPN")) {
        return out;
      }
      k++;
    }
    while (k + 2 < s.endToken() && (tokens.get(k).is("and") || tokens.get(k).is(","))) {
      int at = tokens.get(k).is(",") && tokens.get(k + 1).is("and") ? k + 2 : k + 1;
      ActorIndex.Span span = at < s.endToken() ? index.at(at) : null;
      if (span == null || span.start() != at || span.end() >= s.endToken() || !"NUM".equals(tokens.get(span.end()).pos())) {
        return out;
      }
      int next = span.end() + 1;
      boolean ends = next >= s.endToken() || tokens.get(next).is(",") || tokens.get(next).is(".") || tokens.get(next).is(";")
          || tokens.get(next).is("and");
      if (!ends) {
        return out;
      }
      out.add(span);
      k = next;
    }
    return out;
  }

  /** Tags of the words a noun phrase is built of ("four days of intense talks", "crowds of X's supporters"). */
  static final Set<String> NOUN_PHRASE_TAGS = Set.of("DET", "NOUN", "ADJ", "NUM");

  /**
   * Whether a comma (and a conjunction) opens the noun phrase that ends in the mention at {@code k}:
   * ", Zelensky", ", and Y", ", and crowds of Y's supporters" (the words before the name only count it).
   */
  private boolean afterComma(int k, int from) {
    int j = k - 1;
    for (int n = 0; n < 4 && j > from && (NOUN_PHRASE_TAGS.contains(String.valueOf(tokens.get(j).pos()))
        || tokens.get(j).is("of")); n++) {
      j--;
    }
    if (j > from && tokens.get(j).is("and")) {
      j--;
    }
    return j >= from && tokens.get(j).text().equals(",");
  }

  /**
   * The participants named in a noun-phrase list starting at {@code from}: outermost mentions
   * joined by commas, "and", "as well as", "of" ("the leaders of Germany"), until a verb, a
   * preposition or a clause boundary.
   */
  List<ActorIndex.Span> listAt(int from, Sentence s) {
    List<ActorIndex.Span> out = new ArrayList<>();
    int k = from;
    int limit = Math.min(s.endToken(), from + 60);
    while (k < limit) {
      ActorIndex.Span span = index.at(k);
      if (span != null && span.start() == k && modifiesByHyphen(span, s)) {
        k = span.end() + 2; // "the Iran-backed militia X": the backer is no member of the list
        for (int n = 0; n < 3 && k < limit && index.at(k) == null
            && ("NOUN".equals(tokens.get(k).pos()) || "ADJ".equals(tokens.get(k).pos())); n++) {
          k++; // the noun it modifies, before the name in apposition
        }
        continue;
      }
      if (span != null && span.start() == k) {
        if (ActorIndex.isParticipant(span.actor()) && !containsActor(out, span)) {
          // "..., Zelensky said": a name followed by its verb starts a new clause
          if (span.end() < s.endToken() && isVerb(tokens.get(span.end())) && k > from
              && (tokens.get(k - 1).text().equals(",") || k > from + 1 && tokens.get(k - 2).text().equals(",")
              || afterComma(k, from))) {
            break;
          }
          boolean apposition = !out.isEmpty() && out.get(out.size() - 1).actor().kind() == ActorKind.PERSON
              && k - 1 > from && tokens.get(k - 1).is(",") && "DET".equals(tokens.get(k).pos());
          if (apposition) {
            break; // "sentenced X, the president of ...,": a description of X, not a second one
          }
          boolean possessed = k - 1 > from && (tokens.get(k - 1).is("'s") || tokens.get(k - 1).is("’s"))
              && span.end() < s.endToken() && "NOUN".equals(tokens.get(span.end()).pos()) && index.at(span.end()) == null;
          if (possessed && !out.isEmpty()) {
            k = span.end(); // "Sweden's NATO bid": the name only says which bid is Sweden's
            continue;
          }
          if (!out.isEmpty() && span.actor().kind() == ActorKind.PERSON && (titledByOwner(out.get(out.size() - 1), k, span)
              || titledAfterOf(out.get(out.size() - 1), k, span) || ownersPerson(out.get(out.size() - 1), k, span))) {
            // "Israel's prime minister, Benjamin Netanyahu": the person, not his country, from where the phrase starts
            ActorIndex.Span owner = out.remove(out.size() - 1);
            out.add(new ActorIndex.Span(owner.start(), span.end(), span.actor()));
            k = span.end();
            continue;
          }
          if (!modifiesNextMention(span, s)) {
            out.add(span);
          }
        }
        k = span.end();
        continue;
      }
      Token t = tokens.get(k);
      String w = t.text().toLowerCase(Locale.ROOT);
      String pos = t.pos() == null ? "" : t.pos();
      if (w.equals("as") && k + 2 < limit && tokens.get(k + 1).is("well") && tokens.get(k + 2).is("as")) {
        k += 3;
        continue;
      }
      if (w.equals(",") && opensReportingClause(k + 1, s)) {
        break; // "..., the Lima daily El Sol said": a new clause, not a list member
      }
      if (w.equals(",") && !out.isEmpty() && index.at(k - 1) == null && k + 2 < limit
          && CONJUNCTIONS.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT)) && opensClauseAt(k + 2, s)) {
        break; // "recalled their envoys from Asuncion last weekend, and Venezuela, which ..., halted": a clause of its own
      }
      if ((w.equals("from") || w.equals("to")) && k - 2 >= s.firstToken() && tokens.get(k - 1).is("and")
          && (tokens.get(k - 2).is("to") || tokens.get(k - 2).is("from"))) {
        k++; // "flights to and from Peru"
        continue;
      }
      if (w.equals("in") && out.isEmpty() && k > from && k + 1 < limit && groupNoun.test(tokens.get(k - 1))
          && index.at(k + 1) != null && index.at(k + 1).actor().kind() == ActorKind.COUNTRY) {
        k++; // "the authorities in Niamey": a country's people named by its capital
        continue;
      }
      if (w.equals("from") && out.isEmpty() && k > from && k + 1 < limit && groupNoun.test(tokens.get(k - 1))
          && index.at(k + 1) != null && ActorIndex.isParticipant(index.at(k + 1).actor())) {
        k++; // "hosted senior diplomats from Japan and China": the people stand for their countries
        continue;
      }
      if (LIST_WORDS.contains(w) && !(w.equals("as"))) {
        k++;
        continue;
      }
      if (!out.isEmpty() && pos.equals("ADP") && from > s.firstToken() && tokens.get(from - 1).is(w)
          && CONJUNCTIONS.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT))) {
        k++; // "signed by X and by Y": the list's preposition repeated
        continue;
      }
      if (w.equals("to") && k > from && k + 1 < limit && "NUM".equals(tokens.get(k + 1).pos())
          && (tokens.get(k - 1).is("close") || tokens.get(k - 1).is("up"))) {
        k++; // "close to two thousand prisoners"
        continue;
      }
      if (w.equals("than") && k > from && k + 1 < limit && "NUM".equals(tokens.get(k + 1).pos())
          && (tokens.get(k - 1).is("more") || tokens.get(k - 1).is("fewer") || tokens.get(k - 1).is("less"))) {
        k++; // "more than 200 vessels of Russia's shadow fleet"
        continue;
      }
      if (out.isEmpty() && isVerb(t) && (w.endsWith("ing") || w.endsWith("ed")) && k + 1 < limit
          && isNounPhraseWord(k + 1) && !(k > from && CONJUNCTIONS.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT)))) {
        k++; // a participle inside the noun phrase: "the last living Israeli hostages"
        continue;
      }
      if ((pos.equals("ADP") || pos.equals("ADV")) && k > from && tokens.get(k - 1).is("of") && k + 1 < limit
          && "NUM".equals(tokens.get(k + 1).pos())) {
        k++; // "a convoy of about 40 soldiers": a bound on a count, inside the noun phrase
        continue;
      }
      if (STOP_WORDS.contains(w) || isVerb(t) || pos.equals("SCONJ") || pos.equals("ADP")) {
        break;
      }
      if (!out.isEmpty() && w.endsWith("ing") && k > from && (tokens.get(k - 1).is("of") || tokens.get(k - 1).is("for"))) {
        break; // "accused Afghanistan of protecting/NOUN militants": what the named one is accused of
      }
      if (pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("NUM") || pos.equals("DET") || pos.equals("PROPN")
          || pos.equals("CCONJ")
          || pos.equals("ADV") || pos.equals("PUNCT") || pos.equals("PRON") || pos.equals("PART")) {
        k++;
        continue;
      }
      break;
    }
    return out;
  }

  /**
   * The members a phrase naming no actor lists after it ("a group of guarantor countries, among
   * them A, B and C", "the four guarantors of the protocol: A, B, C and D"), or an empty list.
   */
  List<ActorIndex.Span> membersNamedAfter(int from, Sentence s) {
    boolean relative = false; // "the four guarantors of the protocol that drew the frontier: A, B, C and D"
    for (int k = from; k < s.endToken() - 1 && k < from + 16; k++) {
      Token t = tokens.get(k);
      relative |= t.is("that") || t.is("which");
      if (index.at(k) != null && !relative || isVerb(t) && !relative || t.is(";")) {
        return List.of();
      }
      int list = t.is(":") ? k + 1 : t.is("including") ? k + 1
          : t.is("among") && tokens.get(k + 1).is("them") ? k + 2 : -1;
      if (list > 0 && (list == k + 1 || k > from) && (t.is(":") || tokens.get(k - 1).is(","))) {
        return listAt(list, s);
      }
    }
    return List.of();
  }

  /** Whether a name at {@code k} is a clause's subject: its verb, or a relative clause on it, comes right after it. */
  private boolean opensClauseAt(int k, Sentence s) {
    ActorIndex.Span span = index.at(k);
    if (span == null || span.start() != k || span.end() + 1 >= s.endToken()) {
      return false;
    }
    Token after = tokens.get(span.end());
    return isVerb(after) || after.is(",") && (tokens.get(span.end() + 1).is("which") || tokens.get(span.end() + 1).is("who"));
  }

  private static final Set<String> ENVOYS = Set.of("ambassador", "envoy", "diplomat", "charge", "chargé", "consul");

  /**
   * "freed the founder of the Brotherhood, Hassan Farouk": a title "of" an owner, then the person in
   * apposition; the owner only says whose founder he is.
   */
  private boolean titledAfterOf(ActorIndex.Span owner, int k, ActorIndex.Span person) {
    int of = owner.start() - 1;
    if (owner.end() != k - 1 || !tokens.get(k - 1).is(",") || of - 1 < 0 || !tokens.get(of).is("of")
        || !"NOUN".equals(tokens.get(of - 1).pos()) || index.at(of - 1) != null) {
      return false;
    }
    String ownerCountry = owner.actor().country();
    return ownerCountry == null || ownerCountry.equals(person.actor().country());
  }

  /** "Saudi Arabia's King Abdullah": a country's own titled person right after its possessive. */
  private boolean ownersPerson(ActorIndex.Span owner, int k, ActorIndex.Span person) {
    return owner.end() == k - 1 && (tokens.get(k - 1).is("'s") || tokens.get(k - 1).is("’s"))
        && owner.actor().kind() == ActorKind.COUNTRY && owner.actor().country() != null
        && owner.actor().country().equals(person.actor().country());
  }

  /**
   * Whether {@code owner} owns a title that the person at {@code k} is named after, in apposition:
   * "Israel's prime minister, Benjamin Netanyahu" (the person of the owner's country).
   */
  private boolean titledByOwner(ActorIndex.Span owner, int k, ActorIndex.Span person) {
    int j = owner.end();
    if (j >= k || !tokens.get(j).is("'s") && !tokens.get(j).is("’s") || !tokens.get(k - 1).is(",")) {
      return false;
    }
    for (int m = j + 1; m < k - 1; m++) {
      String pos = tokens.get(m).pos();
      if (!"NOUN".equals(pos) && !"ADJ".equals(pos) && !"PROPN".equals(pos) || index.at(m) != null
          || ENVOYS.contains(tokens.get(m).text().toLowerCase(Locale.ROOT))) {
        return false; // "Bolivia's ambassador, X, persona non grata": an envoy stands for the state that sent him
      }
    }
    return k - 1 > j + 1 && owner.actor().country() != null && owner.actor().country().equals(person.actor().country());
  }

  /** Whether a noun phrase starting at {@code k} is the subject of a verb right after it ("a senior official said"). */
  private boolean opensReportingClause(int k, Sentence s) {
    for (int j = k; j < s.endToken() && j < k + 7; j++) {
      ActorIndex.Span span = index.at(j);
      if (span != null) {
        j = span.end() - 1; // a name is one noun, whatever its words were tagged
        continue;
      }
      Token t = tokens.get(j);
      String pos = t.pos() == null ? "" : t.pos();
      if ("VERB".equals(pos) && j > k) {
        return true;
      }
      boolean nounPhrase = pos.equals("DET") || pos.equals("ADJ") || pos.equals("NOUN")
          || pos.equals("PROPN") || pos.equals("ADV") || t.text().equals("-");
      if (!nounPhrase) {
        return false;
      }
    }
    return false;
  }

  /**
   * An adjective that modifies a name later in the same noun phrase ("his Russian counterpart
   * Sergei Lavrov") is part of that name's description, not a participant of its own.
   */
  private boolean modifiesNextMention(ActorIndex.Span span, Sentence s) {
    if (span.length() != 1 || !"ADJ".equals(tokens.get(span.start()).pos())) {
      return false;
    }
    for (int k = span.end(); k < s.endToken() && k < span.end() + 4; k++) {
      ActorIndex.Span next = index.at(k);
      if (next != null) {
        return true;
      }
      String pos = tokens.get(k).pos();
      if (!"NOUN".equals(pos) && !"ADJ".equals(pos)) {
        return false;
      }
    }
    return false;
  }

  /** Whether a list of mentions names the actor of {@code span}. */
  static boolean containsActor(List<ActorIndex.Span> list, ActorIndex.Span span) {
    for (ActorIndex.Span s : list) {
      if (s.actor().id().equals(span.actor().id())) {
        return true;
      }
    }
    return false;
  }

  private boolean isNounPhraseWord(int k) {
    String pos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
    return pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN") || index.at(k) != null;
  }

  static boolean isVerb(Token t) {
    return "VERB".equals(t.pos()) || "AUX".equals(t.pos());
  }

  /**
   * The first token of the preposition {@code prep} after {@code from} in the clause, looking no
   * further than {@code reach} tokens and not past another verb or a clause boundary; -1 if none.
   */
  int findPreposition(String prep, int from, Sentence s, int reach) {
    for (int k = from; k < s.endToken() && k < from + reach; k++) {
      Token t = tokens.get(k);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (w.equals(prep)) {
        return k;
      }
      boolean demonstrative = w.equals("that") && k + 1 < s.endToken() && VerbGroup.allTimeWords(tokens, k + 1, k + 2); // "that evening"
      if (isVerb(t) && k > from && !modifierInList(k, s) && !participleBeforeNoun(k, s) || w.equals(";")
          || w.equals("that") && !demonstrative || w.equals("who")
          || w.equals("which") || "SCONJ".equals(t.pos())) {
        return -1;
      }
    }
    return -1;
  }

  /** "suspended some planned/VERB exchanges with X": a participle between a determiner and its noun modifies the noun. */
  private boolean participleBeforeNoun(int k, Sentence s) {
    String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
    return k > s.firstToken() && k + 1 < s.endToken() && (w.endsWith("ed") || w.endsWith("en"))
        && "DET".equals(tokens.get(k - 1).pos()) && "NOUN".equals(tokens.get(k + 1).pos());
  }

  /** "fired tear gas, rubber bullets and live/VERB rounds at": a base form between a list's joint and its noun. */
  private boolean modifierInList(int k, Sentence s) {
    String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
    return k > s.firstToken() && k + 1 < s.endToken() && (tokens.get(k - 1).is("and") || tokens.get(k - 1).is(","))
        && "NOUN".equals(tokens.get(k + 1).pos()) && !w.endsWith("ed") && !w.endsWith("ing") && !w.endsWith("s");
  }

  /** A country named by the first mention after {@code from} (a country, its capital, its institution). */
  ActorIndex.Span placeAt(int from, Sentence s) {
    for (int k = from; k < s.endToken() && k < from + 7; k++) {
      ActorIndex.Span span = index.at(k);
      if (span != null) {
        return span; // "from two bases in southern Somalia", "out of Congo's Ituri province"
      }
      Token t = tokens.get(k);
      if (t.is(",") || t.is(";") || "VERB".equals(t.pos()) || "SCONJ".equals(t.pos())) {
        return null;
      }
    }
    return null;
  }

  static boolean isCountry(ActorIndex.Span span) {
    return span != null && span.actor().kind() == ActorKind.COUNTRY;
  }
}
