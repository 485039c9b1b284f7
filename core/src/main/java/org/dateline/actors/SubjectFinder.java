package org.dateline.actors;

import java.util.List;
import java.util.Set;
import org.dateline.text.RelativePronouns;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * Finds who performs a verb: the nearest actor mention to its left in the same clause that is
 * not an object or a prepositional complement ("met Zelensky", "in Florida"), not a possessor
 * ("Zelensky's aide"), and not inside a relative clause (", who met Witkoff on Nov. 30,").
 * A shallow reading that holds for the subject–verb order of news prose.
 */
public final class SubjectFinder {

  /** Tags of the words of a noun phrase before a relative "that". */
  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("NOUN", "PROPN", "ADJ", "DET", "NUM");

  private static final Set<String> RELATIVE = Set.of("who", "which", "whose", "whom", "where", "when");
  private static final Set<String> STOPS = Set.of(";", ":", "—", "–");
  /** Words that open a clause: a name after them is that clause's subject, not a complement. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("after", "before", "since", "until", "while", "when",
      "as", "because", "if", "unless", "though", "although", "whereas", "once");

  /** Nouns that count people ("hundreds of Filipinos"): what follows their "of" is who acts. */
  private static final Set<String> COUNTS = Set.of("hundreds", "thousands", "dozens", "millions", "scores", "tens");

  /** People who speak for a body ("a spokesman for X"): X is who acts. */
  private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson");
  /** Adjectives before "to" that give whom a force serves ("troops loyal to X"): X acts through them. */
  private static final Set<String> SERVING = Set.of("loyal", "faithful", "allied");

  private final List<Token> tokens;
  private final ActorIndex index;
  private final java.util.function.Predicate<Token> takesClause;

  /**
   * @param takesClause verbs followed directly by a reported clause ("said Russia attacked"):
   *     a name after them is that clause's subject, not their object
   */
  private final java.util.function.Predicate<Token> groupNoun;

  public SubjectFinder(List<Token> tokens, ActorIndex index, java.util.function.Predicate<Token> takesClause) {
    this(tokens, index, takesClause, t -> false);
  }

  /**
   * @param groupNoun nouns for people acting for a place ("officials", "soldiers"): in "soldiers
   *     from Kenya attacked", Kenya is who acted, not a complement
   */
  public SubjectFinder(List<Token> tokens, ActorIndex index, java.util.function.Predicate<Token> takesClause,
      java.util.function.Predicate<Token> groupNoun) {
    this.tokens = tokens;
    this.index = index;
    this.takesClause = takesClause;
    this.groupNoun = groupNoun;
  }

  /** The mentions this finder reads. */
  public ActorIndex index() {
    return index;
  }

  /** The mention that is the subject of the verb at {@code verb}, or null. */
  public ActorIndex.Span subjectOf(int verb, Sentence s) {
    int pronoun = subjectRelativePronoun(verb, s);
    if (pronoun >= 0) {
      return antecedent(pronoun, s); // "X arrested Y, who had been granted asylum": Y
    }
    int closing = beforeAuxiliaries(tokens, s, verb);
    if (closing > s.firstToken() && tokens.get(closing).is(",")) {
      ActorIndex.Span described = personBeforeApposition(closing - 1, s);
      if (described != null) {
        return described; // "X, the leader of the opposition party Y, was arrested": X
      }
    }
    boolean[] relative = relativeClauses(s);
    // a verb inside a relative clause finds its subject there (", which Peru denies")
    for (int i = verb; i >= s.firstToken() && relative[i - s.firstToken()]; i--) {
      relative[i - s.firstToken()] = false;
    }
    for (int i = verb - 1; i >= s.firstToken(); i--) {
      Token t = tokens.get(i);
      // a name is no speech verb: "The United States and allies accused" ("States")
      if (takesClause.test(t) && index.at(i) == null && bareNounBefore(verb, i)) {
        return null; // "X said its fighters fired": the fighters acted, not the speaker
      }
      if (t.is("that") && opensSubjectRelative(i, verb, s)) {
        continue; // "A delegation of the Duma that visited Tallinn on Monday called on ...": the Duma's
      }
      if (STOPS.contains(t.text()) || "SCONJ".equals(t.pos()) && !relative[i - s.firstToken()]
          || t.is("that")) {
        return null;
      }
      if (relative[i - s.firstToken()]) {
        continue;
      }
      ActorIndex.Span span = index.at(i);
      if (span == null) {
        continue;
      }
      i = span.start();
      int membership = membershipAppositionStart(span, s);
      if (membership >= 0) {
        i = membership; // "the committee of the bloc, made up of the leaders of A, B and C, urged": the committee
        continue;
      }
      if (!ActorIndex.isParticipant(span.actor()) || isComplement(span, s) || isPossessor(span)) {
        continue;
      }
      ActorIndex.Span owner = ownerOfGroupIn(span, s);
      return owner != null ? owner : span;
    }
    return null;
  }

  /**
   * Whether "that" at {@code that} opens a relative clause on the name or noun before it whose
   * own verb comes right after it, before {@code verb}: the verb is then the main clause's.
   */
  private boolean opensSubjectRelative(int that, int verb, Sentence s) {
    if (that - 1 < s.firstToken() || that + 1 >= verb) {
      return false;
    }
    Token before = tokens.get(that - 1);
    Token after = tokens.get(that + 1);
    boolean nominal = index.at(that - 1) != null || "NOUN".equals(before.pos()) || "PROPN".equals(before.pos());
    if (!nominal || !("VERB".equals(after.pos()) || "AUX".equals(after.pos())) || takesClause.test(before)) {
      return false;
    }
    // the noun phrase before it opens its clause ("stormed the building that houses ... and set" is an object's)
    int k = that - 1;
    while (k >= s.firstToken() && (index.at(k) != null || tokens.get(k).is("of")
        || NOUN_PHRASE_TAGS.contains(String.valueOf(tokens.get(k).pos())))) {
      k--;
    }
    return k < s.firstToken() || tokens.get(k).is(",") || "CCONJ".equals(tokens.get(k).pos())
        || "SCONJ".equals(tokens.get(k).pos()) || STOPS.contains(tokens.get(k).text());
  }

  /**
   * Whether a noun that names no actor stands right before the verb (past auxiliaries and
   * adverbs), after the speech verb at {@code speech}: the reported clause's own subject.
   */
  private boolean bareNounBefore(int verb, int speech) {
    int k = verb - 1;
    while (k > speech && ("AUX".equals(tokens.get(k).pos()) || "ADV".equals(tokens.get(k).pos())
        || "PART".equals(tokens.get(k).pos()))) {
      k--;
    }
    return k > speech && "NOUN".equals(tokens.get(k).pos()) && index.at(k) == null;
  }

  /**
   * The "who", "which" or "that" right before a verb (past auxiliaries, adverbs and "not") that
   * stands for the verb's subject ("Y, who had been granted asylum"; "citizens who were
   * abducted"), or -1.
   */
  private int subjectRelativePronoun(int verb, Sentence s) {
    int k = RelativePronouns.subjectPronounBefore(tokens, s, verb);
    if (k < 0) {
      return -1;
    }
    Token before = tokens.get(k - 1);
    // "said that had ..." is no relative clause; "warned that" opens a reported one
    return "VERB".equals(before.pos()) || "AUX".equals(before.pos()) ? -1 : k;
  }

  /**
   * What a subject relative pronoun stands for: the actor named right before it (past a comma),
   * or the country of people named there by its adjective ("Chilean fishermen who were detained"); else null.
   */
  private ActorIndex.Span antecedent(int pronoun, Sentence s) {
    int k = pronoun - 1;
    if (k > s.firstToken() && tokens.get(k).is(",")) {
      k--;
    }
    ActorIndex.Span span = index.at(k);
    if (span != null && span.end() == k + 1) {
      return ActorIndex.isParticipant(span.actor()) ? span : null;
    }
    ActorIndex.Span people = index.at(k - 1);
    boolean noun = "NOUN".equals(tokens.get(k).pos());
    if (people != null && people.end() == k && noun && people.actor().kind() == org.dateline.model.ActorKind.COUNTRY) {
      return people;
    }
    return personBeforeApposition(k, s);
  }

  /**
   * "Andriy Yusov, a spokesman for Ukraine's military intelligence, who had said": the person
   * named before an apposition that ends at {@code last} and opens with an article.
   */
  private ActorIndex.Span personBeforeApposition(int last, Sentence s) {
    for (int k = last; k > s.firstToken() && k > last - 12; k--) {
      if (!tokens.get(k).is(",")) {
        continue;
      }
      ActorIndex.Span person = index.at(k - 1);
      boolean opensWithArticle = k + 1 <= last && (tokens.get(k + 1).is("a") || tokens.get(k + 1).is("an")
          || tokens.get(k + 1).is("the"));
      return person != null && person.end() == k && opensWithArticle
          && person.actor().kind() == org.dateline.model.ActorKind.PERSON ? person : null;
    }
    return null;
  }

  /** The mention right after a verb that is its subject in inverted order ("..., said Ahmed Hassan"). */
  public ActorIndex.Span invertedSubject(int verb, Sentence s) {
    int i = verb + 1;
    if (i < s.endToken()) {
      ActorIndex.Span span = index.at(i);
      if (span != null && span.start() == i && ActorIndex.isParticipant(span.actor())) {
        return span;
      }
    }
    return null;
  }

  /** Whether a mention is an object, a prepositional complement or a possessor, not a subject. */
  public boolean isComplementOrPossessor(ActorIndex.Span span, Sentence s) {
    return isComplement(span, s) || isPossessor(span);
  }

  private boolean isComplement(ActorIndex.Span span, Sentence s) {
    int before = span.start() - 1;
    if (before < s.firstToken()) {
      return false;
    }
    // look past determiners and adjectives: "in south Lebanon", "with the whole of Chile"
    while (before > s.firstToken() && ("DET".equals(tokens.get(before).pos()) || "ADJ".equals(tokens.get(before).pos())
        || tokens.get(before).is("the") || tokens.get(before).is("a") || hyphenatedModifierEndsAt(before))) {
      before = hyphenatedModifierEndsAt(before) ? compoundStart(before) - 1 : before - 1;
    }
    if (before < s.firstToken()) {
      return false; // "Iran-backed Houthis fired": the modifier opens the sentence
    }
    Token t = tokens.get(before);
    if ("DET".equals(t.pos()) || "ADJ".equals(t.pos())) {
      return false;
    }
    String w = t.text().toLowerCase(java.util.Locale.ROOT);
    if ((w.equals("in") || w.equals("of") || w.equals("from")) && before - 1 >= s.firstToken()
        && (groupNoun.test(tokens.get(before - 1)) || isUnnamedGroup(index.at(before - 1)))) {
      return false; // "lawmakers in Ghana", "soldiers from Chad", "gunmen from the X coalition"
    }
    if (w.equals("of") && before - 1 >= s.firstToken()
        && COUNTS.contains(tokens.get(before - 1).text().toLowerCase(java.util.Locale.ROOT))) {
      return false; // "Hundreds of Filipinos demonstrated": the people counted act
    }
    if ((w.equals("for") || w.equals("of")) && before - 1 >= s.firstToken()
        && SPOKESPEOPLE.contains(tokens.get(before - 1).text().toLowerCase(java.util.Locale.ROOT))) {
      return false; // "A spokeswoman for Russia's foreign ministry defended Belarus": the ministry speaks
    }
    if (CLAUSE_OPENERS.contains(t.text().toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    if (w.equals("of") && before - 1 >= s.firstToken()
        && BODY_PARTS.contains(tokens.get(before - 1).text().toLowerCase(java.util.Locale.ROOT))) {
      return false; // "the security committee of the bloc urged": the bloc acts through it
    }
    if (servingAt(tokens, before, s)) {
      return false; // "Forces loyal to X shelled the airport": X's forces
    }
    // "to" before a name is a preposition, whatever the tagger says ("travelled to/PART Banja/X Luka")
    return "ADP".equals(t.pos()) || w.equals("to") || "VERB".equals(t.pos()) && !takesClause.test(t);
  }

  /**
   * "The European Union's delegation in Sarajevo called on ...": the owner of the people a
   * place after "in" or "from" locates, or null.
   */
  private ActorIndex.Span ownerOfGroupIn(ActorIndex.Span place, Sentence s) {
    int k = place.start() - 1;
    if (k - 3 < s.firstToken() || !(tokens.get(k).is("in") || tokens.get(k).is("from")) || !groupNoun.test(tokens.get(k - 1))
        || !(tokens.get(k - 2).is("'s") || tokens.get(k - 2).is("’s"))) {
      return null;
    }
    ActorIndex.Span owner = index.at(k - 3);
    return owner != null && ActorIndex.isParticipant(owner.actor()) ? owner : null;
  }

  /** Nouns for a part of a body, which acts for the body named after "of". */
  private static final Set<String> BODY_PARTS = Set.of("committee", "commission", "council", "delegation", "panel",
      "secretariat", "presidency");

  /** Participles that open, with "of", an apposition listing a body's members ("composed of"); "made" takes "up of". */
  private static final Set<String> MEMBERSHIP_PARTICIPLES = Set.of("composed", "consisting", "made");
  /** Words that open such an apposition alone ("comprising A and B"). */
  private static final Set<String> MEMBERSHIP_WORDS = Set.of("comprising", "grouping");

  /**
   * The comma that opens an apposition listing the members of the body before it, when the
   * mention is one of those members ("..., made up of the leaders of Angola, Swaziland and
   * Tanzania, urged"), else -1.
   */
  private int membershipAppositionStart(ActorIndex.Span span, Sentence s) {
    for (int k = span.start() - 1; k > s.firstToken() && k >= span.start() - 16; k--) {
      Token t = tokens.get(k);
      int opener = -1;
      if (MEMBERSHIP_WORDS.contains(t.text().toLowerCase(java.util.Locale.ROOT))) {
        opener = k;
      } else if (t.is("of") && k - 1 > s.firstToken()) {
        Token before = tokens.get(k - 1);
        if (before.is("up") && k - 2 > s.firstToken() && tokens.get(k - 2).is("made")) {
          opener = k - 2;
        } else if (!before.is("made") && MEMBERSHIP_PARTICIPLES.contains(before.text().toLowerCase(java.util.Locale.ROOT))) {
          opener = k - 1;
        }
      }
      if (opener > s.firstToken() && tokens.get(opener - 1).is(",")) {
        return opener - 1;
      }
      if (STOPS.contains(t.text()) || "VERB".equals(t.pos()) && opener < 0 && !t.is("made")) {
        return -1;
      }
    }
    return -1;
  }

  /** The last token before the auxiliaries and adverbs that stand before the verb at {@code verb}. */
  public static int beforeAuxiliaries(List<Token> tokens, Sentence s, int verb) {
    int k = verb - 1;
    while (k > s.firstToken() && ("AUX".equals(tokens.get(k).pos()) || "ADV".equals(tokens.get(k).pos()))) {
      k--;
    }
    return k;
  }

  /** Whether {@code to} at {@code k} follows an adjective of serving ("troops loyal to"). */
  public static boolean servingAt(List<Token> tokens, int k, Sentence s) {
    return k - 1 >= s.firstToken() && tokens.get(k).is("to")
        && SERVING.contains(tokens.get(k - 1).text().toLowerCase(java.util.Locale.ROOT));
  }

  /** "the al-Qaeda-linked JNIM", "Iran-backed militias": a participle glued by a hyphen modifies the name after it. */
  private boolean hyphenatedModifierEndsAt(int k) {
    Token t = tokens.get(k);
    String w = t.text();
    return k >= 2 && (w.endsWith("ed") || w.endsWith("ing")) && tokens.get(k - 1).is("-")
        && tokens.get(k - 1).end() == t.start() && tokens.get(k - 2).end() == tokens.get(k - 1).start();
  }

  /** The first token of a run of words and hyphens written without spaces that ends at {@code k}. */
  private int compoundStart(int k) {
    int j = k;
    while (j > 0 && tokens.get(j - 1).end() == tokens.get(j).start()) {
      j--;
    }
    return j;
  }

  /** A group named by what it is ("gunmen", "protesters"): an organization named after it is who it is. */
  private static boolean isUnnamedGroup(ActorIndex.Span span) {
    return span != null && span.actor().kind() == org.dateline.model.ActorKind.GROUP;
  }

  private boolean isPossessor(ActorIndex.Span span) {
    if (span.end() >= tokens.size()) {
      return false;
    }
    String next = tokens.get(span.end()).text();
    return next.equals("'s") || next.equals("’s");
  }

  /** Marks tokens of relative clauses: from ", who" up to the next comma. */
  private boolean[] relativeClauses(Sentence s) {
    boolean[] in = new boolean[s.tokenCount()];
    for (int i = s.firstToken(); i + 1 < s.endToken(); i++) {
      if (tokens.get(i).text().equals(",") && RELATIVE.contains(tokens.get(i + 1).text().toLowerCase())) {
        int j = i;
        do {
          in[j - s.firstToken()] = true;
          j++;
        } while (j < s.endToken() && !tokens.get(j).text().equals(","));
        i = j - 1;
      }
    }
    return in;
  }
}
