package org.dateline.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.dateline.model.ActorKind;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * Finds, in one sentence, every stretch of text that names or describes an actor: names the
 * knowledge base knows; people introduced by a title ("U.K. Prime Minister Keir Starmer") or a
 * given name; organizations by the shape of their names ("Ministry of Defence", "Ukraine's Air
 * Force"); places after locative prepositions; regional groups ("European leaders");
 * descriptions ("the Ukrainian president", "the coalition"); possessive offices ("Macron's
 * office"); and he/she. Linking them to actors is the {@link Coreference}'s job.
 */
final class MentionFinder {

  /** Capitalized words for a treaty or a forum that a place's name may open ("the Rio Protocol"). */
  private static final Set<String> DOCUMENT_WORDS = Set.of("Protocol", "Accord", "Accords", "Agreement", "Agreements",
      "Treaty", "Declaration", "Convention", "Charter", "Process", "Format", "Group", "Memorandum");
  /** Words after a hyphen that make a country adjective a people ("Russian-speaking", "Serb-run"). */
  private static final Set<String> LANGUAGE_WORDS = Set.of("speaking", "speaker", "speakers", "language",
      // "the Serb-run entity", "Tamil-majority districts": a people, not its state
      "run", "dominated", "majority", "populated", "inhabited");
  private static final Set<String> NAME_PARTICLES = Set.of(
      "bin", "ibn", "al", "el", "de", "del", "della", "di", "da", "dos", "das", "van", "von", "der", "den",
      "la", "le", "du", "abu", "ben", "mac", "ter", "y");
  private static final Set<String> ORG_CONNECTORS = Set.of("of", "the", "and", "for", "on", "&", "de");
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "to", "outside", "inside",
      "across", "around", "into", "toward", "towards", "through", "throughout", "via");
  private static final Set<String> OFFICE_WORDS = Set.of("office", "administration", "spokesman",
      "spokeswoman", "spokesperson", "press");

  private final KnowledgeBase kb;
  private final Lexicons lex;

  MentionFinder(KnowledgeBase kb, Lexicons lex) {
    this.kb = kb;
    this.lex = lex;
  }

  /** Working state over one sentence: which tokens are already part of a found mention. */
  private static final class View {
    final List<Token> tokens;
    final int from;
    final int to;
    final int sentence;
    final boolean[] blocked;
    final Candidate[] owner;
    final List<Candidate> found = new ArrayList<>();
    final List<Appositive> appositives = new ArrayList<>();
    boolean sports;
    Set<String> namesInside = Set.of();

    View(List<Token> tokens, Sentence s, boolean[] inTimex) {
      this.tokens = tokens;
      this.from = s.firstToken();
      this.to = s.endToken();
      this.sentence = s.index();
      this.blocked = inTimex;
      this.owner = new Candidate[tokens.size()];
    }

    Token tok(int i) {
      return tokens.get(i);
    }

    String text(int i) {
      return i >= from && i < to ? tokens.get(i).text() : "";
    }

    String lower(int i) {
      return text(i).toLowerCase(Locale.ROOT);
    }

    boolean free(int i) {
      return i >= from && i < to && owner[i] == null && !blocked[i];
    }

    void claim(Candidate c) {
      for (int i = c.start(); i < c.end(); i++) {
        owner[i] = c;
      }
      found.add(c);
    }

    void release(Candidate c) {
      for (int i = c.start(); i < c.end(); i++) {
        if (owner[i] == c) {
          owner[i] = null;
        }
      }
      found.remove(c);
    }

    String span(int s, int e) {
      StringBuilder sb = new StringBuilder();
      for (int i = s; i < e; i++) {
        Token t = tokens.get(i);
        if (i > s && t.start() > tokens.get(i - 1).end()) {
          sb.append(' ');
        }
        sb.append(t.text());
      }
      return sb.toString();
    }
  }

  /**
   * @param sports whether the article is a sports report, where a place in a score position
   *     ("Ipswich 2 Norwich 1") names its team
   * @param namesInside the words (as {@link Names#key} keys) the article capitalizes inside
   *     sentences of mixed case, so a name is known as one at the start of a sentence too
   */
  List<Candidate> find(List<Token> tokens, Sentence s, boolean[] inTimex, boolean sports, Set<String> namesInside) {
    View v = new View(tokens, s, inTimex);
    v.sports = sports;
    v.namesInside = namesInside;
    knownNames(v);
    ethnicAfterNationality(v);
    titledPeople(v);
    shapedNames(v);
    possessiveOffices(v);
    regionalGroups(v);
    ownedBodies(v);
    namedGroups(v);
    nonStateGroups(v);
    organizationDescriptions(v);
    relatives(v);
    appositives(v);
    pronouns(v);
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : v.found) {
      out.add(needsCue(c) ? c.withCue(cue(v, c)) : c);
    }
    out.sort(Comparator.comparingInt(Candidate::start));
    listsShareKinds(v, out);
    out.sort(Comparator.comparingInt(Candidate::start).thenComparing(c -> -c.end()));
    return out;
  }

  // ------------------------------------------------------------------ 1. the knowledge base

  private void knownNames(View v) {
    for (int i = v.from; i < v.to; ) {
      if (!v.free(i) || !v.tok(i).isWord()) {
        i++;
        continue;
      }
      PhraseTrie.Match<KnowledgeBase.NameForm> m = knownAt(v, i);
      if (m == null || anyBlocked(v, m.start(), m.end())) {
        i++;
        continue;
      }
      // "the West Bank": a longer name starting inside this one wins over "the West"
      PhraseTrie.Match<KnowledgeBase.NameForm> inner = m.end() > i + 1 ? knownAt(v, i + 1) : null;
      if (inner != null && inner.end() > m.end()) {
        i++;
        continue;
      }
      // "Total ( for six wickets )": a firm's name that is also a word, only capitalized by the sentence start
      if (m.end() - m.start() == 1 && m.entries().get(0).value().entity().kind() == ActorKind.ORGANIZATION
          && (i == v.from || opensClause(v, i)) && !"PROPN".equals(v.tok(i).pos()) && !Names.isAllCaps(v.text(i))
          && !v.namesInside.contains(Names.key(v.text(i)))) {
        i++;
        continue;
      }
      // "National Liberation Front": a known one-word name inside a longer capitalized name is not itself named
      if (m.end() - m.start() == 1 && m.entries().get(0).value().entity().kind() == ActorKind.ORGANIZATION
          && i > v.from && v.free(i - 1) && isNameWord(v, i - 1) && !Names.isAllCaps(v.text(i - 1))
          && m.end() < v.to && v.free(m.end()) && isNameWord(v, m.end()) && !Names.isAllCaps(v.text(m.end()))) {
        i = m.end();
        continue;
      }
      // "Algeria's High Security Council": a known body's short alias after a capitalized word is part of a longer name
      // ("the Kenya National Commission on Human Rights": a one-word alias, when the longer name goes on after it)
      if ((m.end() - m.start() > 1 || continuesAfter(v, m.end()))
          && m.entries().stream().allMatch(e -> e.value().form() == KnowledgeBase.Form.ALIAS
              && e.value().entity().kind() == ActorKind.ORGANIZATION)
          && i > v.from && v.free(i - 1) && isNameWord(v, i - 1) && !Names.isAllCaps(v.text(i - 1))
          && ("PROPN".equals(v.tok(i - 1).pos()) || "ADJ".equals(v.tok(i - 1).pos())) && knownAt(v, i - 1) == null
          && !kb.titles().get(List.of(v.lower(i - 1))).iterator().hasNext()) {
        i = m.end();
        continue;
      }
      // "a Commission on National Reconciliation": a one-word alias that a longer name goes on from
      if (m.end() - m.start() == 1 && continuesAfter(v, m.end())
          && m.entries().stream().allMatch(e -> e.value().form() == KnowledgeBase.Form.ALIAS
              && e.value().entity().kind() == ActorKind.ORGANIZATION)) {
        i = m.end();
        continue;
      }
      // "Rafael Dizon", "Victoria Starmer": a firm's or a place's one-word name that is also a given
      // name, before a surname, is a person's
      if (m.end() - m.start() == 1 && m.entries().stream().allMatch(e -> e.value().form() != KnowledgeBase.Form.ADJECTIVE)
          && kb.isGivenName(v.text(i)) && !Names.isAllCaps(v.text(i)) && m.end() < v.to && v.free(m.end())
          && isNameWord(v, m.end()) && !Names.isAllCaps(v.text(m.end())) && knownAt(v, m.end()) == null
          && "PROPN".equals(v.tok(m.end()).pos()) && !lex.orgHeads().contains(v.text(m.end()))
          && !lex.lastWords().contains(v.text(m.end()))) {
        i++;
        continue;
      }
      // "Twente Enschede", "Sparta Rotterdam": a one-word place after a capitalized word ends a longer name
      if (m.end() - m.start() == 1 && m.entries().get(0).value().entity().kind() == ActorKind.LOCATION
          && i > v.from && (i - 1 > v.from || v.sports && scorePosition(v, i - 1, m.end()) || "PROPN".equals(v.tok(i - 1).pos()))
          && v.free(i - 1) && isNameWord(v, i - 1) && !Names.isAllCaps(v.text(i - 1))
          && !Names.isAllCaps(v.text(i)) && !opensClause(v, i - 1) && !kb.titles().get(List.of(v.lower(i - 1))).iterator().hasNext()
          && !allCapsSentence(v)) {
        i = m.end();
        continue;
      }
      // "Miraflores Locks", "Kensington Gardens": a known name before a place's last word is part of that place's name
      if (m.entries().stream().noneMatch(e -> e.value().entity().kind() == ActorKind.COUNTRY)
          && m.end() < v.to && v.free(m.end()) && isNameWord(v, m.end())
          && "LOCATION".equals(lex.lastWords().get(v.text(m.end()), 1))) {
        i = m.end();
        continue;
      }
      // "Russian-speaking youths", "French-language schools", "the Serb-run entity": a country's
      // adjective glued to a word of language or of a population names a people, not the state
      if (m.end() + 1 < v.to && v.text(m.end()).equals("-") && LANGUAGE_WORDS.contains(v.lower(m.end() + 1))
          && m.entries().stream().allMatch(e -> e.value().form() == KnowledgeBase.Form.ADJECTIVE)) {
        i = m.end();
        continue;
      }
      // "the Rio Protocol", "the Dayton Accords", "the Minsk Group": a place's name before a capitalized
      // word for a treaty or a forum names that treaty, not the place
      if (m.end() < v.to && DOCUMENT_WORDS.contains(v.text(m.end()))
          && m.entries().stream().allMatch(e -> e.value().entity().kind() == ActorKind.LOCATION
              || e.value().form() == KnowledgeBase.Form.SEAT)) {
        i = m.end();
        continue;
      }
      // "Smith & Nephew", "Procter & Gamble": a place or person name before "&" is part of a firm's name
      if (v.text(m.end()).equals("&") && Names.startsUpper(v.text(m.end() + 1))) {
        i = m.end();
        continue;
      }
      KnowledgeBase.NameForm f = pick(m.entries());
      // "the Montreal Expos", "Cleveland Indians": in a sports report a town and a plural name are a team
      if (v.sports && f.entity().kind() == ActorKind.LOCATION && f.form() != KnowledgeBase.Form.ADJECTIVE
          && m.end() < v.to && v.free(m.end()) && isNameWord(v, m.end()) && !Names.isAllCaps(v.text(m.end()))
          && v.text(m.end()).length() > 3 && v.text(m.end()).endsWith("s")) {
        v.claim(new Candidate(m.start(), m.end() + 1, Candidate.Type.ORGANIZATION, null, null, ActorKind.ORGANIZATION,
            v.span(m.start(), m.end() + 1), f.entity().country(), null, null, null, null, m.end(), v.sentence));
        i = m.end() + 1;
        continue;
      }
      // "Jordan" after a given name is a person's name, not the country
      if (f.entity().kind() != ActorKind.PERSON && i > v.from && v.free(i - 1) && m.end() - m.start() == 1
          && (kb.isGivenName(v.text(i - 1)) && Names.startsUpper(v.text(i - 1))
              || isInitial(v.text(i - 1)) && f.entity().kind() == ActorKind.LOCATION)) {
        i++;
        continue;
      }
      KbEntity e = f.entity();
      List<KbEntity> alternatives = new ArrayList<>();
      for (PhraseTrie.Entry<KnowledgeBase.NameForm> other : m.entries()) {
        KbEntity o = other.value().entity();
        if (o != e && o.kind() == e.kind() && !alternatives.contains(o)) {
          alternatives.add(o);
        }
      }
      int end = m.end();
      if (e.kind() == ActorKind.ORGANIZATION && "BUS".equals(lex.orgHeads().get(v.text(end), 2)) && v.free(end)
          && Names.startsUpper(v.text(end))) {
        end++; // "Chevron Corp", "Siemens AG": the company's legal suffix belongs to its name
      }
      PhraseTrie.Match<KnowledgeBase.NameForm> city = e.id().startsWith("team:") && end < v.to ? knownAt(v, end) : null;
      if (city != null && city.entries().get(0).value().entity().kind() == ActorKind.LOCATION
          && !anyBlocked(v, city.start(), city.end())) {
        end = city.end(); // "Ajax Amsterdam", "Dinamo Zagreb": a club is often named with its city
      }
      v.claim(new Candidate(m.start(), end, Candidate.Type.ENTITY, e, f.form(), e.kind(), null, e.country(),
          e.sector(), null, null, null, end - 1, v.sentence, alternatives));
      i = end;
    }
  }

  /**
   * "Bosnian Serb officials", "Iraqi Kurdish forces": a people's adjective right after a country's
   * names the people of that country, not a second state; only the first adjective is a mention.
   */
  private static void ethnicAfterNationality(View v) {
    for (int i = v.from + 1; i < v.to; i++) {
      Candidate c = v.owner[i];
      Candidate before = v.owner[i - 1];
      if (c != null && before != null && c != before && c.start() == i && before.end() == i
          && nationalAdjective(c) && nationalAdjective(before)) {
        v.release(c);
      }
    }
  }

  private static boolean nationalAdjective(Candidate c) {
    return c.type() == Candidate.Type.ENTITY && c.kind() == ActorKind.COUNTRY && c.form() == KnowledgeBase.Form.ADJECTIVE;
  }

  /** Whether a capitalized name goes on at {@code k}, directly or after "of", "on" or "for" ("... Commission on Human Rights"). */
  private static boolean continuesAfter(View v, int k) {
    if (k >= v.to) {
      return false;
    }
    if (isNameWord(v, k) && !Names.isAllCaps(v.text(k))) {
      return true;
    }
    return (v.text(k).equals("of") || v.text(k).equals("on") || v.text(k).equals("for")) && k + 1 < v.to
        && isNameWord(v, k + 1);
  }

  private PhraseTrie.Match<KnowledgeBase.NameForm> knownAt(View v, int i) {
    return kb.names().longest(v.tokens, i, v.to, (e, span) -> PhraseTrie.caseFits(e.spelling(), span));
  }

  private static boolean anyBlocked(View v, int s, int e) {
    for (int i = s; i < e; i++) {
      if (v.blocked[i]) {
        return true;
      }
    }
    return false;
  }

  /** Names and aliases before adjectives; countries before other entries that share a form. */
  private static KnowledgeBase.NameForm pick(List<PhraseTrie.Entry<KnowledgeBase.NameForm>> entries) {
    KnowledgeBase.NameForm best = null;
    for (PhraseTrie.Entry<KnowledgeBase.NameForm> e : entries) {
      KnowledgeBase.NameForm f = e.value();
      if (best == null || score(f) > score(best)) {
        best = f;
      }
    }
    return best;
  }

  private static int score(KnowledgeBase.NameForm f) {
    int s = (f.user() ? 100 : 0) + switch (f.form()) {
      case NAME -> 30;
      case ALIAS -> 20;
      case SEAT -> 10;
      case ADJECTIVE -> 5;
    };
    // a capital is its government before it is a place ("Paris said", "talks in Paris")
    boolean countryName = f.entity().kind() == ActorKind.COUNTRY && f.form() != KnowledgeBase.Form.ADJECTIVE;
    return s + (countryName ? 40 : switch (f.entity().kind()) {
      case PERSON -> 2;
      case LOCATION -> 0;
      default -> 1;
    });
  }

  // ------------------------------------------------------------------ 2. titles

  private void titledPeople(View v) {
    if (allCapsSentence(v)) {
      return; // "MAJOR LEAGUE RESULTS": in a headline in capitals every word looks like a title or a name
    }
    for (int i = v.from; i < v.to; i++) {
      if (!v.free(i)) {
        continue;
      }
      PhraseTrie.Match<Title> tm = kb.titles().longest(v.tokens, i, v.to, (e, span) -> true);
      if (tm == null || anyBlocked(v, tm.start(), tm.end()) || !freeRange(v, tm.start(), tm.end())) {
        continue;
      }
      Title title = tm.entries().get(0).value();
      if (tm.end() - tm.start() == 1 && lex.titleQualifiers().contains(v.text(i)) && tm.end() < v.to
          && kb.titles().longest(v.tokens, tm.end(), v.to, (e, span) -> true) != null) {
        continue; // "Deputy Interior Minister X": the word qualifies the title after it
      }
      Modifiers mod = modifiersBefore(v, tm.start());
      if (mod.orgStart() >= 0) {
        String head = v.text(mod.orgEnd() - 1);
        v.claim(new Candidate(mod.orgStart(), mod.orgEnd(), Candidate.Type.ORGANIZATION, null, null,
            ActorKind.valueOf(lex.orgHeads().get(head, 1)), mod.org(), mod.country(),
            emptyToNull(lex.orgHeads().get(head, 2)), null, null, null, mod.orgEnd() - 1, v.sentence));
      }
      int nameStart = tm.end();
      boolean apposition = false;
      if (v.text(nameStart).equals(",") && !Names.startsUpper(v.text(tm.start()))) {
        nameStart++;
        apposition = true;
      }
      int[] name = nameAt(v, nameStart);
      if (name == null && !apposition && title.function() != null) {
        // "Army chief Gen. X", "Defense Minister Lt. Gen. X": a rank between the office and the name
        PhraseTrie.Match<Title> rank = kb.titles().longest(v.tokens, nameStart, v.to, (e, span) -> true);
        if (rank != null && rank.start() == nameStart && rank.entries().get(0).value().function() == null
            && freeRange(v, rank.start(), rank.end()) && Names.startsUpper(v.text(nameStart))) {
          name = nameAt(v, rank.end());
          nameStart = name != null ? rank.end() : nameStart;
        }
      }
      String titleText = titleCase(String.join(" ", mod.kept()) + (mod.kept().isEmpty() ? "" : " ")
          + v.span(tm.start(), tm.end()));
      String function = mod.function() != null ? mod.function() : title.function();
      Candidate.PersonContext context = new Candidate.PersonContext(mod.former(), mod.visiting(), -1, -1);
      if (name != null && (!apposition || v.text(name[1]).equals(",") || v.text(name[1]).equals(".")
          || name[1] >= v.to)) {
        Candidate known = v.owner[name[0]];
        KbEntity person = known != null && known.entity() != null && known.entity().isPerson()
            && known.start() == name[0] ? known.entity() : null;
        int nameEnd = person != null ? known.end() : name[1];
        if (known != null) {
          v.release(known);
        }
        for (int k = name[0]; k < nameEnd; k++) {
          if (v.owner[k] != null) {
            v.release(v.owner[k]); // "Sabah" in "al-Sabah" is no place of its own
          }
        }
        int start = apposition ? nameStart : mod.start();
        String country = mod.country() != null ? mod.country() : countryAfterOf(v, nameEnd);
        String sector = title.sector() != null ? title.sector() : mod.orgSector(); // a spokesman of the army is MIL
        v.claim(new Candidate(start, nameEnd, Candidate.Type.PERSON, person, null, ActorKind.PERSON,
            v.span(nameStart, nameEnd), country, sector, titleText, function, mod.org(),
            nameEnd - 1, v.sentence, List.of(), null, context));
        i = nameEnd - 1;
        continue;
      }
      boolean definite = v.lower(mod.start() - 1).equals("the") || mod.country() != null && mod.possessive();
      Candidate description = null;
      if (definite && !Names.startsUpper(v.text(tm.end())) && !leadsAGroupNamedAfter(v, tm.end())) {
        int start = v.lower(mod.start() - 1).equals("the") ? mod.start() - 1 : mod.start();
        description = new Candidate(start, tm.end(), Candidate.Type.DESCRIPTION, null, null, ActorKind.PERSON, null,
            mod.country(), title.sector(), titleText, function, mod.org(), tm.end() - 1, v.sentence, List.of(),
            null, context);
        v.claim(description);
        i = tm.end() - 1;
      }
      if (!Names.startsUpper(v.text(tm.end()))) {
        v.appositives.add(new Appositive(mod, tm.start(), tm.end(), title, titleText, function, description));
      }
    }
  }

  /**
   * "the leader of the country's Islamic-led opposition", "the head of the rebel movement": the
   * title serves a group named after "of", not a state, so it describes no office holder.
   */
  private boolean leadsAGroupNamedAfter(View v, int titleEnd) {
    if (!v.lower(titleEnd).equals("of")) {
      return false;
    }
    for (int k = titleEnd + 1; k < v.to && k <= titleEnd + 8; k++) {
      if (GROUPS_LED.contains(v.lower(k))) {
        return true;
      }
      if (v.text(k).equals(",") || "VERB".equals(v.tok(k).pos()) && !v.text(k - 1).equals("-")) {
        return false; // (a participle glued by a hyphen is a modifier: "Islamic-led")
      }
    }
    return false;
  }

  private static final Set<String> GROUPS_LED = Set.of("opposition", "party", "rebels", "movement", "faction",
      "militia", "insurgents", "separatists", "alliance", "coalition", "front", "union");

  /** "Deputy Foreign Minister X of Jordan", "X of Bosnia": the country named right after a person's name. */
  private static String countryAfterOf(View v, int nameEnd) {
    Candidate c = v.lower(nameEnd).equals("of") && nameEnd + 1 < v.to ? v.owner[nameEnd + 1] : null;
    return c != null && c.start() == nameEnd + 1 && c.type() == Candidate.Type.ENTITY && c.kind() == ActorKind.COUNTRY
        && c.form() != KnowledgeBase.Form.ADJECTIVE ? c.country() : null;
  }

  private static boolean freeRange(View v, int s, int e) {
    for (int i = s; i < e; i++) {
      if (!v.free(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * What stands before a title: qualifiers ("former", "acting": title-qualifiers.tsv), a country
   * ("U.K.", "Ukraine's"), a body ("Defense Council", kept with its span so it also becomes an
   * organization mention).
   *
   * @param kept     qualifiers that are part of the role as written ("acting"), in reading order
   * @param function the office the qualifiers make of the title (a deputy's), or null
   */
  private record Modifiers(int start, String country, String org, boolean possessive, int orgStart, int orgEnd,
      List<String> kept, String function, boolean former, boolean visiting, String orgSector) {}

  /** Qualifiers read so far, right to left. */
  private static final class Qualifiers {
    final List<String> kept = new ArrayList<>();
    String function;
    boolean former;
    boolean visiting;
  }

  /**
   * "the army toppled President X": a participle qualifier ("toppled", "ousted") right after its
   * subject is the clause's verb, not part of the title ("the toppled president", "Sudan's ousted leader").
   */
  private static boolean actsOnTheTitle(View v, int word) {
    if (!v.lower(word).endsWith("ed") || word - 1 < v.from) {
      return false;
    }
    String before = v.tok(word - 1).pos();
    return "NOUN".equals(before) || "PROPN".equals(before) || "PRON".equals(before);
  }

  /** Reads qualifiers leftwards from token {@code k}; returns the first token before them. */
  private int qualifiersBefore(View v, int k, Qualifiers q) {
    while (k >= v.from) {
      int word = k;
      if (v.text(k).equals("-") && k - 1 >= v.from && v.tok(k).start() == v.tok(k - 1).end()) {
        word = k - 1; // "then-President", "ex-Prime Minister"
      }
      String effect = lex.titleQualifiers().get(v.lower(word), 1);
      if (effect == null || !v.free(word) || actsOnTheTitle(v, word)) {
        return k;
      }
      switch (effect) {
        case "former" -> q.former = true;
        case "visiting" -> q.visiting = true;
        case "keep" -> q.kept.add(0, v.lower(word));
        default -> { }
      }
      String f = lex.titleQualifiers().get(v.lower(word), 2);
      if (q.function == null && !f.isEmpty()) {
        q.function = f;
      }
      k = word - 1;
    }
    return k;
  }

  private Modifiers modifiersBefore(View v, int titleStart) {
    String org = null;
    int orgStart = -1;
    int orgEnd = -1;
    String country = null;
    String orgSector = null;
    Qualifiers q = new Qualifiers();
    int k = qualifiersBefore(v, titleStart - 1, q);
    Candidate c = k >= v.from ? v.owner[k] : null;
    if (c != null && c.type() == Candidate.Type.ENTITY && c.kind() == ActorKind.ORGANIZATION) {
      org = c.entity().name();
      country = c.entity().country();
      orgSector = c.entity().sector();
      k = c.start() - 1;
    } else if (k >= v.from && v.free(k) && Names.startsUpper(v.text(k)) && lex.orgHeads().contains(v.text(k))) {
      int s = k;
      while (s - 1 >= v.from && v.free(s - 1)
          && (Names.startsUpper(v.text(s - 1)) || ORG_CONNECTORS.contains(v.lower(s - 1)) && s - 2 >= v.from
              && Names.startsUpper(v.text(s - 2)) && v.free(s - 2))) {
        s--;
      }
      org = v.span(s, k + 1);
      orgSector = emptyToNull(lex.orgHeads().get(v.text(k), 2));
      orgStart = s;
      orgEnd = k + 1;
      k = s - 1;
    }
    boolean possessive = k >= v.from && (v.text(k).equals("'s") || v.text(k).equals("’s"));
    Candidate owner = possessive ? (k - 1 >= v.from ? v.owner[k - 1] : null) : (k >= v.from ? v.owner[k] : null);
    if (owner != null && owner.kind() == ActorKind.COUNTRY && owner.end() == (possessive ? k : k + 1)) {
      int start = qualifiersBefore(v, owner.start() - 1, q) + 1; // "former U.S. President"
      return new Modifiers(start, owner.country(), org, possessive, orgStart, orgEnd, List.copyOf(q.kept),
          q.function, q.former, q.visiting, orgSector);
    }
    return new Modifiers(k + 1, country, org, false, orgStart, orgEnd, List.copyOf(q.kept), q.function, q.former,
        q.visiting, orgSector);
  }

  /**
   * A title without a name after it, which may stand in apposition to a name before it ("X, the
   * foreign minister,") or after it ("a spokesman for the coast guard, X,"), once all names of
   * the sentence are found.
   */
  private record Appositive(Modifiers mod, int titleStart, int titleEnd, Title title, String titleText,
      String function, Candidate description) {}

  /** A person's name starting at {@code i}: [start, end) or null. */
  private int[] nameAt(View v, int i) {
    if (i >= v.to) {
      return null;
    }
    Candidate c = v.owner[i];
    if (c != null && !(namesAPlaceAlone(c, i) && Names.startsUpper(v.text(i)))) {
      return c.kind() == ActorKind.PERSON && c.start() == i ? new int[] {c.start(), c.end()} : null;
    }
    // a title is followed by a name, so a one-word place there is a surname ("Ms. Pereira")
    int j = c != null ? i + 1 : i;
    int hyphens = 0; // a hyphen inside a name is no word of it ("al-Ahmad al-Sabah")
    while (j < v.to && j - i - hyphens < 5 && (v.free(j) || gluedAfterHyphen(v, j))) {
      String t = v.text(j);
      if (t.equals("-")) {
        hyphens++;
      }
      boolean cap = v.tok(j).isWord() && Names.startsUpper(t) && !kb.titles().get(List.of(t)).iterator().hasNext();
      boolean initial = t.length() == 2 && t.endsWith(".") && Character.isUpperCase(t.charAt(0));
      // "bin Hamad", and glued by a hyphen, "al-Ahmad al-Sabah"
      boolean particle = j > i && NAME_PARTICLES.contains(t.toLowerCase(Locale.ROOT)) && j + 1 < v.to
          && (Names.startsUpper(v.text(j + 1)) || v.text(j + 1).equals("-") && j + 2 < v.to
              && v.tok(j + 1).start() == v.tok(j).end() && Names.startsUpper(v.text(j + 2)));
      boolean joined = j > i && t.equals("-") && j + 1 < v.to && v.free(j + 1) && v.tok(j + 1).isWord()
          && v.tok(j).start() == v.tok(j - 1).end() && v.tok(j + 1).start() == v.tok(j).end()
          && Character.isLetter(v.text(j + 1).charAt(0)); // "Lee Min-jun"
      if (joined && !Names.startsUpper(v.text(j + 1))) {
        j += 2;
      } else if (cap || initial || particle || (j > i && t.equals("-") && Names.startsUpper(v.text(j + 1)))) {
        j++;
      } else {
        break;
      }
    }
    if (j == i || lex.orgHeads().contains(v.text(j - 1))) {
      return null;
    }
    return new int[] {i, j};
  }

  /** Whether token {@code j} is glued to a hyphen glued to a name particle: "Sabah" in "al-Sabah", whatever else it names. */
  private static boolean gluedAfterHyphen(View v, int j) {
    return j >= 2 && v.text(j - 1).equals("-") && v.tok(j).start() == v.tok(j - 1).end()
        && NAME_PARTICLES.contains(v.text(j - 2).toLowerCase(Locale.ROOT)) && v.tok(j - 1).start() == v.tok(j - 2).end();
  }

  private static boolean namesAPlaceAlone(Candidate c, int i) {
    return c.start() == i && c.end() == i + 1 && c.type() == Candidate.Type.ENTITY
        && (c.kind() == ActorKind.LOCATION || c.kind() == ActorKind.COUNTRY)
        && c.form() != KnowledgeBase.Form.ADJECTIVE;
  }

  private static String titleCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean start = true;
    for (String w : s.split(" ")) {
      if (!start) {
        sb.append(' ');
      }
      start = false;
      if (w.isEmpty()) {
        continue;
      }
      boolean small = w.equals("of") || w.equals("the") || w.equals("and") || w.equals("for");
      sb.append(small ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return sb.toString();
  }

  private static final Set<String> SERVES = Set.of("for", "of", "at");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /**
   * Titles in apposition to a name: "X, the foreign minister,", "X, Japan's defense minister",
   * "said X, a spokesman for the coast guard", "a spokesman for the Thai army, X, said"; the
   * organization the title serves ("for the coast guard") is kept for its country.
   */
  private void appositives(View v) {
    for (Appositive a : v.appositives) {
      boolean describedAlone = a.description() != null && v.found.contains(a.description());
      if (!describedAlone && !freeRange(v, a.titleStart(), a.titleEnd())) {
        continue;
      }
      int after = a.titleEnd();
      int organizationToken = -1;
      if (SERVES.contains(v.lower(after))) {
        int k = after + 1;
        Candidate o = k < v.to ? v.owner[k] : null;
        if (o == null && v.lower(k).equals("the") && k + 1 < v.to) {
          o = v.owner[k + 1];
        }
        if (o != null && (o.start() == k || o.start() == k + 1) && servesAsBody(o)) {
          organizationToken = o.head();
          after = o.end();
        } else if (o != null && (o.start() == k || o.start() == k + 1) && o.kind() == ActorKind.COUNTRY) {
          int head = o.end(); // "for the Indian foreign ministry": a country's body described in lower case
          while (head < v.to && head - o.end() < 3 && isLowerNoun(v, head) && !lex.orgHeads().contains(v.text(head))) {
            head++;
          }
          if (head < v.to && isLowerNoun(v, head) && lex.orgHeads().contains(v.text(head))) {
            organizationToken = o.head();
            after = head + 1;
          }
        }
        int comma = after;
        while (organizationToken >= 0 && comma < v.to && comma - after < 3 && isLowerNoun(v, comma)) {
          comma++;
        }
        if (comma > after && comma < v.to && v.text(comma).equals(",")) {
          after = comma; // "the commander of the U.S. force, X,": the words after the body end at the name
        }
      }
      int first = a.description() != null ? a.description().start() : a.mod().start();
      boolean former = a.mod().former();
      for (int n = 0; a.description() == null && n < 3 && first - 1 > v.from && v.free(first - 1); n++) {
        String effect = lex.titleQualifiers().get(v.lower(first - 1), 1); // "a former army captain"
        if (effect == null && !isLowerNoun(v, first - 1)) {
          break;
        }
        former |= "former".equals(effect);
        first--;
      }
      if (a.description() == null && ARTICLES.contains(v.lower(first - 1))) {
        first--;
      }
      Candidate person = null;
      if (v.text(first - 1).equals(",") && endsApposition(v, after)) {
        person = first - 2 >= v.from ? v.owner[first - 2] : null; // "X, the foreign minister,"
        person = person != null && person.end() == first - 1 ? person : null;
      }
      if (person == null && v.text(after).equals(",") && after + 1 < v.to) {
        Candidate next = v.owner[after + 1]; // "a spokesman for the army, X, said"
        person = next != null && next.start() == after + 1 && endsApposition(v, next.end()) ? next : null;
      }
      if (person == null || !namesAPerson(person)) {
        continue;
      }
      Candidate.PersonContext context = new Candidate.PersonContext(former || person.context().former(),
          a.mod().visiting() || person.context().visiting(), organizationToken, person.context().relativeToken());
      boolean ownTitle = person.title() != null && person.function() != null;
      String country = person.country() != null ? person.country() : a.mod().country();
      Candidate titled = new Candidate(person.start(), person.end(), Candidate.Type.PERSON,
          person.entity() != null && person.entity().isPerson() ? person.entity() : null, null, ActorKind.PERSON,
          person.name() != null ? person.name() : v.span(person.start(), person.end()), country,
          ownTitle || a.title().sector() == null ? person.sector() : a.title().sector(),
          ownTitle ? person.title() : a.titleText(), ownTitle ? person.function() : a.function(),
          ownTitle ? person.roleOrg() : a.mod().org(), person.head(), v.sentence, List.of(), null, context);
      v.release(person);
      if (describedAlone) {
        v.release(a.description()); // the name carries the title now
      }
      v.claim(titled);
    }
  }

  /** What a title may serve: a body, a country or a group ("for the coast guard", "for Hamas"). */
  private static boolean servesAsBody(Candidate o) {
    return o.kind() == ActorKind.ORGANIZATION || o.kind() == ActorKind.GROUP || o.kind() == ActorKind.COUNTRY
        && o.form() != KnowledgeBase.Form.ADJECTIVE || o.type() == Candidate.Type.ORG_DESCRIPTION;
  }

  /** Where an apposition may end: a comma, the sentence's end, a closing bracket or a speech verb. */
  private boolean endsApposition(View v, int k) {
    String t = v.text(k);
    return k >= v.to || t.equals(",") || t.equals(".") || t.equals(")") || t.equals(";") || lex.isSpeechVerb(v.tok(k));
  }

  /** A name that may be a person's: untitled or only ranked, not a place, country or body. */
  private static boolean namesAPerson(Candidate c) {
    return switch (c.type()) {
      case PERSON -> c.title() == null || c.function() == null || c.context().organizationToken() < 0;
      case UNKNOWN_NAME -> true;
      case SINGLE_NAME -> !Names.isAllCaps(c.name());
      case ENTITY -> c.kind() == ActorKind.PERSON;
      default -> false;
    };
  }

  /**
   * People named as someone's relative: "his son X", "her husband, X,", "X's wife Y": the
   * relative is the token of "his"/"her" or of the person's name.
   */
  private void relatives(View v) {
    for (int i = v.from + 1; i < v.to; i++) {
      if (!lex.kinNouns().contains(v.lower(i)) || !v.free(i)) {
        continue;
      }
      int owner = -1;
      int k = i - 1;
      if (k > v.from && "ADJ".equals(v.tok(k).pos()) && v.free(k)) {
        k--; // "his eldest son"
      }
      String w = v.lower(k);
      if (w.equals("his") || w.equals("her")) {
        owner = k;
      } else if ((w.equals("'s") || w.equals("’s")) && k - 1 >= v.from && v.owner[k - 1] != null
          && namesAPerson(v.owner[k - 1])) {
        owner = v.owner[k - 1].head();
      }
      int n = v.text(i + 1).equals(",") ? i + 2 : i + 1;
      Candidate person = owner >= 0 && n < v.to ? v.owner[n] : null;
      if (person == null || person.start() != n || !namesAPerson(person) || person.title() != null
          || n == i + 2 && !endsApposition(v, person.end())) {
        continue;
      }
      Candidate relative = new Candidate(person.start(), person.end(), Candidate.Type.PERSON,
          person.entity() != null && person.entity().isPerson() ? person.entity() : null, null, ActorKind.PERSON,
          person.name() != null ? person.name() : v.span(person.start(), person.end()), null, null, null, null,
          null, person.head(), v.sentence, List.of(), null, new Candidate.PersonContext(false, false, -1, owner));
      v.release(person);
      v.claim(relative);
    }
  }

  // ------------------------------------------------------------------ 3. possessive offices

  private void possessiveOffices(View v) {
    for (int i = v.from + 1; i + 1 < v.to; i++) {
      if (!v.text(i).equals("'s") && !v.text(i).equals("’s")) {
        continue;
      }
      Candidate owner = v.owner[i - 1];
      String word = v.lower(i + 1);
      boolean personLike = owner != null && (owner.kind() == ActorKind.PERSON || owner.type() == Candidate.Type.SINGLE_NAME);
      if (!personLike || !OFFICE_WORDS.contains(word) || !v.free(i + 1)) {
        continue;
      }
      int end = i + 2;
      if (word.equals("press") && v.lower(i + 2).equals("service")) {
        end++;
      }
      v.claim(new Candidate(owner.start(), end, Candidate.Type.OFFICE_OF, null, null, ActorKind.ORGANIZATION,
          v.span(owner.start(), end), null, "GOV", word, null, null, owner.head(), v.sentence));
    }
  }

  // ------------------------------------------------------------------ 4. names by their shape

  private void shapedNames(View v) {
    for (int i = v.from; i < v.to; i++) {
      if (!v.free(i) || !isNameWord(v, i)) {
        continue;
      }
      if (i == v.from || opensClause(v, i)) {
        String pos = v.tok(i).pos();
        // one sense per document: a word the article also capitalizes inside sentences is a name
        // ("Sogavare/ADV told": the tagger's guess for an unknown word opening a sentence is often an adverb)
        boolean adverbGuess = "ADV".equals(pos) && !v.lower(i).endsWith("ly");
        boolean speaks = v.namesInside.contains(Names.key(v.text(i))) && (!FUNCTION_WORDS.contains(String.valueOf(pos)) || adverbGuess)
            || i + 1 < v.to && lex.isSpeechVerb(v.tok(i + 1)) && ("NOUN".equals(pos) || "ADJ".equals(pos))
                && !v.lower(i).endsWith("s") && !lex.groupNouns().contains(v.text(i))
                && !lex.orgHeads().contains(v.text(i));
        int run = i;
        while (run < v.to && v.free(run) && isNameWord(v, run)) {
          run++;
        }
        speaks |= v.sports && scorePosition(v, i, run) && !lex.sportsWords().contains(v.text(i)); // "Loznica 3 2 0 1"
        speaks |= v.sports && (isOrdinal(v.text(run)) || bowlingFigures(v, run)); // "( Seeliger 47th )"
        speaks &= !FUNCTION_WORDS.contains(String.valueOf(pos)) || adverbGuess && v.namesInside.contains(Names.key(v.text(i)));
        if (!"PROPN".equals(pos) && !kb.isGivenName(v.text(i)) && !lex.orgHeads().contains(v.text(i))
            && (kb.personsWithSurname(v.text(i)).isEmpty() || FUNCTION_WORDS.contains(String.valueOf(pos))) && !speaks) {
          continue; // a capital only because the sentence starts here
        }
      }
      if (allCapsSentence(v)) {
        // a headline in capitals: each word on its own, a name only if the article names it elsewhere
        if (v.text(i).length() < 2) {
          continue;
        }
        v.claim(new Candidate(i, i + 1, Candidate.Type.CAPS_WORD, null, null, ActorKind.OTHER, v.text(i), null, null,
            null, null, null, i, v.sentence));
        continue;
      }
      int j = i + 1;
      while (j < v.to) {
        if (v.free(j) && isNameWord(v, j)) {
          j++;
          continue;
        }
        int joined = hyphenJoined(v, j);
        if (joined > j) {
          j = joined; // "Jean-Michel", "Inzamam-ul-Haq", "Stuer-Lauridsen"
          continue;
        }
        // connectors inside a name: "Coalition of the Willing", "Council on Foreign Relations", "bin Salman"
        int k = j;
        while (k < v.to && k - j < 2 && v.free(k)
            && (ORG_CONNECTORS.contains(v.lower(k)) || NAME_PARTICLES.contains(v.lower(k)))) {
          k++;
        }
        if (k > j && k < v.to && v.free(k) && isNameWord(v, k)) {
          j = k + 1;
        } else {
          break;
        }
      }
      j = trimConnectors(v, i, j);
      Candidate c = classify(v, i, j);
      String countryAfter = c != null && c.country() == null
          && (c.type() == Candidate.Type.PERSON || c.type() == Candidate.Type.UNKNOWN_NAME) ? countryAfterOf(v, j) : null;
      if (countryAfter != null) {
        c = c.withCountry(countryAfter); // "Alija Izetbegovic of Bosnia"
      }
      if (c != null) {
        v.claim(c);
      }
      i = j - 1;
    }
  }

  /**
   * Where a hyphenated continuation of a name ends, starting at a hyphen written without spaces
   * ("Jean-Michel", "Inzamam-ul-Haq"), or {@code at} itself when there is none.
   */
  private static int hyphenJoined(View v, int at) {
    int k = at;
    while (k + 1 < v.to && v.text(k).equals("-") && v.free(k) && v.free(k + 1) && v.tok(k + 1).isWord()
        && v.tok(k).start() == v.tok(k - 1).end() && v.tok(k + 1).start() == v.tok(k).end()
        && Character.isLetter(v.text(k + 1).charAt(0))) {
      k += 2;
    }
    return k > at && Names.startsUpper(v.text(k - 1)) ? k : at;
  }

  /** "National Commission on Human Rights": the head word right before the name's first connector, or null. */
  private String headBeforeConnector(View v, int s, int e) {
    for (int k = s + 1; k < e - 1; k++) {
      if (ORG_CONNECTORS.contains(v.lower(k)) && !v.lower(k).equals("and")) {
        return lex.orgHeads().contains(v.text(k - 1)) ? v.text(k - 1) : null;
      }
    }
    return null;
  }

  /**
   * Connectors belong inside organization names ("Ministry of Defence") and before particles of
   * personal names; elsewhere ("Geneva on Monday", "Paris and Berlin") the name ends before them.
   */
  private int trimConnectors(View v, int s, int e) {
    if (lex.orgHeads().contains(v.text(s)) || lex.orgHeads().contains(v.text(e - 1))) {
      return e;
    }
    if (e - s >= 3 && "OTHER".equals(lex.lastWords().get(v.text(e - 1), 1))) {
      return e; // "Belt and Road Initiative": a thing's name keeps its "and"
    }
    for (int k = s + 1; k < e; k++) {
      String w = v.lower(k);
      if (ORG_CONNECTORS.contains(w) && !NAME_PARTICLES.contains(w) && !w.equals("&")) {
        // "National Commission on Human Rights": a body's head word before the connector keeps the rest
        return headBeforeConnector(v, s, e) != null ? e : k;
      }
    }
    return e;
  }

  private static boolean isNameWord(View v, int i) {
    Token t = v.tok(i);
    if (!t.isWord() || !Names.startsUpper(t.text()) || v.blocked[i]) {
      return false;
    }
    return !t.text().equals("I");
  }

  private static boolean opensClause(View v, int i) {
    String prev = v.text(i - 1);
    return prev.equals("\"") || prev.equals("“") || prev.equals(":") || prev.equals("—") || prev.equals("(")
        || prev.equals("``") || prev.equals("-") || prev.equals("–");
  }

  private Candidate classify(View v, int s, int e) {
    String name = v.span(s, e);
    String first = v.text(s);
    String last = v.text(e - 1);
    // organizations: "... Council", "Air Force", "Ministry of Defence", "Coalition of the Willing"
    String head = lex.orgHeads().contains(last) ? last
        : lex.orgHeads().contains(first) && e - s > 2 && ORG_CONNECTORS.contains(v.lower(s + 1)) ? first
        : headBeforeConnector(v, s, e);
    if (head != null && v.sports && COMPETITIONS.contains(head.toLowerCase(Locale.ROOT))) {
      return null; // "Premier League", "Eastern Division": competitions, not organizations
    }
    if (head != null && head.equals(last) && s == v.from && e - s >= 4 && v.lower(s + 1).equals("of")
        && !lex.orgHeads().contains(first) && !v.namesInside.contains(Names.key(first))) {
      return classify(v, s + 2, e); // "Shares of Norland Shipping Ltd": the name starts after "of"
    }
    Owner owner = head != null ? ownerBefore(v, s) : null;
    if (head != null && (e - s > 1 || owner.start < s)) { // a bare "Police" or "Division" names nothing
      if (owner.place != null) {
        v.release(owner.place); // "the Tokyo Stock Exchange": the city is part of the name
        name = v.span(owner.start, e);
      }
      ActorKind kind = ActorKind.valueOf(lex.orgHeads().get(head, 1));
      String sector = emptyToNull(lex.orgHeads().get(head, 2));
      return new Candidate(owner.start, e, Candidate.Type.ORGANIZATION, null, null, kind, name, owner.country,
          sector, null, null, null, e - 1, v.sentence);
    }
    boolean allProper = true;
    for (int k = s; k < e; k++) {
      if (v.tok(k).isWord() && Names.startsUpper(v.text(k)) && !"PROPN".equals(v.tok(k).pos())) {
        allProper = false;
      }
    }
    String lastKind = e - s >= 2 ? lex.lastWords().get(last, 1) : null;
    if ("OTHER".equals(lastKind)) {
      return null; // "World Cup", "Labour Day": events and things, not actors
    }
    if ("LOCATION".equals(lastKind)) {
      return new Candidate(s, e, Candidate.Type.LOCATION, null, null, ActorKind.LOCATION, name, null, null, null,
          null, null, e - 1, v.sentence);
    }
    if (name.contains("&")) {
      return new Candidate(s, e, Candidate.Type.ORGANIZATION, null, null, ActorKind.ORGANIZATION, name, null, "BUS",
          null, null, null, e - 1, v.sentence);
    }
    if (e - s >= 2 && "ORGANIZATION".equals(lex.firstWords().get(first, 1))) {
      return new Candidate(s, e, Candidate.Type.ORGANIZATION, null, null, ActorKind.ORGANIZATION, name, null, null,
          null, null, null, e - 1, v.sentence); // "FC Kosice", "Dinamo Zagreb"
    }
    if (e - s >= 2 && organizationWordAround(v, s, e)) {
      return new Candidate(s, e, Candidate.Type.UNKNOWN_NAME, null, null, ActorKind.OTHER, name, null, null, null,
          null, null, e - 1, v.sentence); // "the daily Le Monde": the word around it decides
    }
    if (e - s >= 2 && (kb.isGivenName(first) || allProper && speechNearby(v, s, e) || isInitial(first)
        || countryInParentheses(v, e) || ageAfter(v, e))) {
      return new Candidate(s, e, Candidate.Type.PERSON, null, null, ActorKind.PERSON, name, null, null, null,
          null, null, e - 1, v.sentence);
    }
    if ((LOCATIVE.contains(v.lower(s - 1)) || v.lower(s - 1).equals("the") && LOCATIVE.contains(v.lower(s - 2)))
        && !modifiesNoun(v, e)) {
      if (e - s >= 2 && e - s <= 4) { // one word after "to" may still be a surname: it gets a cue below
        return new Candidate(s, e, Candidate.Type.LOCATION, null, null, ActorKind.LOCATION, name, null, null, null,
            null, null, e - 1, v.sentence);
      }
    }
    boolean acronym = Names.isAllCaps(first) && first.length() >= 2 && !isInitial(first) && !allCapsSentence(v);
    if (e - s == 1 && "OTHER".equals(lex.lastWords().get(first, 1))) {
      return null; // "the French Open": a word that names events
    }
    if (e - s == 1 && (!Names.isAllCaps(first) || first.length() > 4 || acronym)) {
      return new Candidate(s, e, Candidate.Type.SINGLE_NAME, null, null, ActorKind.OTHER, name, null, null, null,
          null, null, s, v.sentence);
    }
    if (e - s >= 2 && e - s <= 5 && !allCapsSentence(v)) {
      return new Candidate(s, e, Candidate.Type.UNKNOWN_NAME, null, null, ActorKind.OTHER, name, null, null, null,
          null, null, e - 1, v.sentence);
    }
    return null;
  }

  private boolean organizationWordAround(View v, int s, int e) {
    String before = v.lower(s - 1);
    String after = v.lower(e);
    return !Names.startsUpper(v.text(s - 1)) && "ORGANIZATION".equals(lex.cuesBefore().get(before, 1))
        || !Names.startsUpper(v.text(e)) && "ORGANIZATION".equals(lex.cuesAfter().get(after, 1));
  }

  /** "to Moslem leaders", "at the Olympic stadium": the capitalized word modifies the noun after it. */
  private static boolean modifiesNoun(View v, int e) {
    return e < v.to && "NOUN".equals(v.tok(e).pos()) && !Names.startsUpper(v.text(e));
  }

  /** "M.", "J.R.": an initial opens a person's name. */
  private static boolean isInitial(String t) {
    if (t.length() < 2 || t.length() > 4 || !t.endsWith(".")) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      char ch = t.charAt(k);
      if (!(k % 2 == 0 ? Character.isUpperCase(ch) : ch == '.')) {
        return false;
      }
    }
    return true;
  }

  /**
   * "... ( Kenya )" after a name: the country a competitor represents, in results; not when a
   * small score follows, as after a club in cup results ("Shelbourne ( Ireland ) 1").
   */
  private static boolean countryInParentheses(View v, int e) {
    if (!v.text(e).equals("(")) {
      return false;
    }
    Candidate c = e + 1 < v.to ? v.owner[e + 1] : null;
    if (c == null || c.kind() != ActorKind.COUNTRY || c.start() != e + 1 || !v.text(c.end()).equals(")")) {
      return false;
    }
    return !clubScore(v, c.end() + 1);
  }

  /** A football score after a club: a small number on its own ("1"), not a set score ("6-4") or a time. */
  private static boolean clubScore(View v, int k) {
    return k < v.to && isInteger(v.text(k)) && Integer.parseInt(v.text(k)) <= 20 && numberGroups(v, k) == 1
        && !v.text(k + 1).equals(":") && !v.text(k + 1).equals(".");
  }

  /** "..., 34, ...": an age in apposition. */
  private static boolean ageAfter(View v, int e) {
    if (!v.text(e).equals(",") || !isInteger(v.text(e + 1))) {
      return false;
    }
    int age = Integer.parseInt(v.text(e + 1));
    String after = v.text(e + 2);
    return age >= 12 && age <= 110 && (after.equals(",") || after.equals(")") || after.equals(".") || after.isEmpty());
  }

  private static boolean isInteger(String t) {
    if (t.isEmpty() || t.length() > 4) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      if (!Character.isDigit(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** A headline or table line in capitals, where capitalization says nothing about names. */
  private static boolean allCapsSentence(View v) {
    int words = 0;
    int caps = 0;
    for (int k = v.from; k < v.to; k++) {
      String t = v.text(k);
      if (v.tok(k).isWord() && Character.isLetter(t.charAt(0))) {
        words++;
        if (Names.isAllCaps(t)) {
          caps++;
        }
      }
    }
    return words >= 3 && caps * 10 >= words * 8;
  }

  /** A speech verb right after the name, or "said" right before it: a sign of a person. */
  private boolean speechNearby(View v, int s, int e) {
    return e < v.to && lex.isSpeechVerb(v.tok(e))
        || s - 1 >= v.from && lex.isSpeechVerb(v.tok(s - 1)) && !v.lower(s - 1).equals("according")
        || v.text(e).equals(",") && (v.lower(e + 1).equals("who") || v.lower(e + 1).equals("a")
            || v.lower(e + 1).equals("the"));
  }

  /** @param place a city or region that is part of the organization's name, else null */
  private record Owner(int start, String country, Candidate place) {
    Owner(int start, String country) {
      this(start, country, null);
    }
  }

  /** The country that owns an organization named at {@code s}: "Ukraine's", "Ukrainian", "the French ... company". */
  private Owner ownerBefore(View v, int s) {
    int k = s - 1;
    if (k >= v.from && (v.text(k).equals("'s") || v.text(k).equals("’s"))) {
      Candidate c = v.owner[k - 1];
      if (c != null && c.kind() == ActorKind.COUNTRY) {
        return new Owner(c.start(), c.country());
      }
      return new Owner(s, null);
    }
    Candidate c = k >= v.from ? v.owner[k] : null;
    if (c != null && c.kind() == ActorKind.COUNTRY && c.end() == s) {
      return new Owner(c.start(), c.country());
    }
    if (c != null && c.kind() == ActorKind.LOCATION && c.end() == s && c.form() != KnowledgeBase.Form.ADJECTIVE) {
      return new Owner(c.start(), c.entity().country(), c);
    }
    // "the French aerospace company Dassault Aviation": look back over the descriptor
    for (int j = k; j >= v.from && j >= s - 5; j--) {
      Candidate o = v.owner[j];
      if (o != null && o.kind() == ActorKind.COUNTRY && o.form() == KnowledgeBase.Form.ADJECTIVE) {
        return new Owner(s, o.country());
      }
      String pos = v.tok(j).pos();
      if (!"NOUN".equals(pos) && !"ADJ".equals(pos)) {
        break;
      }
    }
    return new Owner(s, null);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  // ------------------------------------------------------------------ 5. regional groups

  private void regionalGroups(View v) {
    for (Candidate c : new ArrayList<>(v.found)) {
      if (c.type() != Candidate.Type.ENTITY || c.kind() != ActorKind.GROUP || c.form() != KnowledgeBase.Form.ADJECTIVE) {
        continue;
      }
      int j = c.end();
      while (j < v.to && v.free(j) && "ADJ".equals(v.tok(j).pos()) && j - c.end() < 2) {
        j++;
      }
      if (j < v.to && v.free(j) && lex.groupNouns().contains(v.text(j))) {
        v.release(c);
        v.claim(new Candidate(c.start(), j + 1, Candidate.Type.GROUP, c.entity(), c.form(), ActorKind.GROUP,
            v.span(c.start(), j + 1), null, emptyToNull(lex.groupNouns().get(v.text(j), 1)), null, null, null, j,
            v.sentence));
      }
    }
  }

  // ------------------------------------------------------------------ 5a. "protesters", "the opposition"

  /**
   * Groups named by what they are ("protesters", "thousands of opposition supporters", "the
   * Georgian opposition", "rebel forces") and the state's forces named without an owner ("riot
   * police in Georgia"): group-actors.tsv. The phrase must head its noun phrase ("opposition
   * leader X" is no group); a country or a known organization right before it is its owner
   * ("Venezuela's opposition", "Houthi rebels"), else a place after "in" gives its country.
   */
  private static final Set<String> ACT_OF_OPPOSING = Set.of("to", "from", "against");

  private void nonStateGroups(View v) {
    for (int i = v.from; i < v.to; i++) {
      Candidate capitalized = v.owner[i];
      if (capitalized != null && capitalized.type() == Candidate.Type.SINGLE_NAME && capitalized.start() == i
          && capitalized.end() == i + 1 && groupWord(v, i) && lex.groupActors().startsPhrase(v.lower(i))) {
        v.release(capitalized); // "Police said", "Rebels seized": capitalized only by the sentence start
      }
    }
    for (int i = v.from; i < v.to; i++) {
      if (!v.free(i) || !groupWord(v, i)) {
        continue;
      }
      List<String> words = freeWordsAt(v, i, k -> groupWord(v, k));
      GroupActors.Phrase phrase = lex.groupActors().longestAt(words);
      if (phrase == null) {
        continue;
      }
      int end = i + phrase.words().size();
      if (phrase.followers()) {
        i = followersOf(v, i, end, phrase) - 1;
        continue;
      }
      Token next = end < v.to ? v.tok(end) : null;
      if (next != null && next.isWord() && ("NOUN".equals(next.pos()) || "PROPN".equals(next.pos())
          || Names.startsUpper(next.text()))) {
        i = end - 1;
        continue; // "opposition leader X", "the opposition Labour Party", "police officials"
      }
      // ("urged the authorities to investigate": a "to" opening an infinitive is no act of opposing)
      boolean infinitive = next != null && next.is("to") && end + 1 < v.to && ("VERB".equals(v.tok(end + 1).pos())
          || phrase.state() && !Set.of("DET", "PRON", "NUM", "PROPN").contains(String.valueOf(v.tok(end + 1).pos())));
      if (phrase.definite() && (!v.lower(i - 1).equals("the") && groupOwnerBefore(v, i) == null
          || next != null && ACT_OF_OPPOSING.contains(next.text().toLowerCase(Locale.ROOT)) && !infinitive)) {
        continue; // "faced opposition", "the opposition to the plan": the act of opposing
      }
      if (v.lower(i - 1).equals("of") && lex.groupActors().isCollective(v.lower(i - 2))) {
        i = end - 1;
        continue; // "a coalition of armed groups" describes the coalition
      }
      int afterPhrase = i + phrase.words().size();
      boolean crowdAct = afterPhrase < v.to && lex.groupActors().countedCrowd(phrase, v.lower(afterPhrase));
      if (phrase.counted() && (!counted(v, i) || !passiveAfter(v, afterPhrase) && !crowdAct)) {
        // "people" joins a crowd only counted and undergoing ("more than 100 people were detained"),
        // or is one when counted in the street ("thousands of people marched")
        continue;
      }
      if (phrase.state() && (i - 1 >= v.from && "NUM".equals(v.tok(i - 1).pos()) || phrase.force() && counted(v, i))) {
        continue; // "some 3,000 police were sent": a force counted out is often another state's
      }
      if (phrase.force() && i - 1 >= v.from && !bareBefore(v, i)) {
        continue; // "Thai soldiers", "its troops", "foreign troops": the word before says whose they are
      }
      int start = i;
      String country = null;
      KbEntity owner = null;
      int ownerToken = -1;
      boolean unknownOwner = false;
      Candidate before = groupOwnerBefore(v, i);
      boolean cause = before != null && before.start() - 2 >= v.from && v.text(before.start() - 1).equals("-")
          && CAUSE_PREFIXES.contains(v.lower(before.start() - 2));
      boolean ethnic = before != null && !cause && before.start() - 1 >= v.from && v.lower(before.start() - 1).equals("ethnic")
          && before.kind() == ActorKind.COUNTRY;
      // "pro-Russian militiamen", "ethnic Armenian militias": the country names the group, it owns no part of it
      Candidate namedNotOwner = cause || ethnic ? before : null;
      if (namedNotOwner != null) {
        start = before.start() - (cause ? 2 : 1);
        before = null;
      }
      if (before != null && before.kind() == ActorKind.COUNTRY && before.entity() != null) {
        country = before.entity().country();
        start = before.start();
      } else if (before != null && !phrase.state() && before.kind() != ActorKind.COUNTRY && before.entity() == null
          && "armed".equals(phrase.family())) {
        v.release(before); // "the Tamasheq rebels": a name no one knows names the armed group itself
        start = before.start();
        unknownOwner = true;
      } else if (before != null && !phrase.state() && before.kind() != ActorKind.COUNTRY
          && (before.entity() == null || !before.entity().id().startsWith("region:"))) {
        owner = before.entity(); // "Houthi rebels", "Hamas militants", "the M23 rebels"
        ownerToken = before.start();
        start = before.start();
      } else if (before != null) {
        continue; // "Kanak protesters" is the Kanak's, "the army's police" the army's
      } else if (namedNotOwner != null) {
        v.release(namedNotOwner); // the country's adjective is part of the group's name
      } else if (v.lower(i - 1).equals("the") && v.free(i - 1)) {
        start = i - 1;
      } else {
        // "tens of thousands of protesters": the count is part of the phrase, not a head it complements
        while (v.lower(start - 1).equals("of") && lex.groupActors().isCount(v.lower(start - 2)) && v.free(start - 2)) {
          start -= 2;
        }
      }
      if (country == null && owner == null && !phrase.force()) {
        country = countryOfPlaceAfter(v, end); // ("troops in Gabon" are often another state's: Coreference decides)
      }
      if (country == null && owner == null && phrase.state() && !phrase.force() && start == i) {
        // "Riot police stormed the offices in Minsk": a bare state force acts where its clause is;
        // "Armenia's interior ministry said police had arrested": the speaker's state's
        country = countryOfPlaceInClause(v, end);
        if (country == null) {
          country = speakersCountryBefore(v, start);
        }
      }
      v.claim(new Candidate(start, end, Candidate.Type.NON_STATE_GROUP, owner, null, ActorKind.GROUP,
          unknownOwner ? v.span(start, end) : String.join(" ", phrase.words()), country, phrase.sector(), null, null, null, end - 1, v.sentence, List.of(),
          null, new Candidate.PersonContext(false, false, ownerToken, -1)));
      i = end - 1;
    }
  }

  /**
   * A person's followers: "Khan's supporters", "Morales supporters", "supporters of Evo Morales",
   * "his supporters" (the person named before, resolved in {@code Coreference}). The candidate's
   * owner token is the person's; -1 for a possessive pronoun. Returns where the phrase ends.
   */
  private int followersOf(View v, int i, int end, GroupActors.Phrase phrase) {
    int start = i;
    int ownerToken = Integer.MIN_VALUE;
    int last = ownerEndBefore(v, i);
    Candidate before = last >= v.from ? v.owner[last] : null;
    Candidate after = end + 1 < v.to && v.lower(end).equals("of") ? v.owner[end + 1] : null;
    if (before != null && mayBePerson(before) && before.end() == last + 1) {
      ownerToken = before.start();
      start = before.start();
    } else if (v.lower(i - 1).equals("his") || v.lower(i - 1).equals("her")) {
      ownerToken = -1;
      start = i - 1;
    } else if (after != null && mayBePerson(after) && after.start() == end + 1) {
      ownerToken = after.start();
      end = after.end();
    }
    if (ownerToken == Integer.MIN_VALUE || !freeRange(v, i, i + phrase.words().size())) {
      return i + 1;
    }
    v.claim(new Candidate(start, end, Candidate.Type.NON_STATE_GROUP, null, null, ActorKind.GROUP,
        String.join(" ", phrase.words()), null, phrase.sector(), null, null, null, i, v.sentence, List.of(),
        null, new Candidate.PersonContext(false, false, ownerToken, -1)));
    return end;
  }

  /** A person's name, or a name that may turn out to be one ("Khan", resolved later). */
  private static boolean mayBePerson(Candidate c) {
    return c.kind() == ActorKind.PERSON || (c.type() == Candidate.Type.SINGLE_NAME || c.type() == Candidate.Type.UNKNOWN_NAME)
        && c.kind() != ActorKind.COUNTRY && c.kind() != ActorKind.LOCATION && c.kind() != ActorKind.ORGANIZATION;
  }

  /** Words that open a noun phrase without saying whose its head is ("the troops", "and soldiers"). */
  private static final Set<String> NO_OWNER_TAGS = Set.of("DET", "CCONJ", "ADP", "VERB", "AUX", "PUNCT", "SCONJ", "ADV");
  private static final Set<String> POSSESSIVES = Set.of("its", "his", "her", "their", "our", "your", "whose", "my");

  /** Whether the word before token {@code i} leaves its noun without an owner or a modifier. */
  private static boolean bareBefore(View v, int i) {
    return NO_OWNER_TAGS.contains(String.valueOf(v.tok(i - 1).pos())) && !POSSESSIVES.contains(v.lower(i - 1))
        && v.owner[i - 1] == null;
  }

  /** Whether a number or a count of people stands right before token {@code i} ("749 people", "thousands of people"). */
  private boolean counted(View v, int i) {
    return i - 1 >= v.from && "NUM".equals(v.tok(i - 1).pos())
        || v.lower(i - 1).equals("of") && lex.groupActors().isCount(v.lower(i - 2));
  }

  private static final Set<String> PASSIVE_AUXILIARIES = Set.of("were", "was", "had", "have", "has", "been", "be",
      "being", "are", "is");

  /** Whether a passive verb group opens at token {@code k} ("were arrested", "had been detained"). */
  private static boolean passiveAfter(View v, int k) {
    int aux = 0;
    while (k < v.to && PASSIVE_AUXILIARIES.contains(v.lower(k))) {
      aux++;
      k++;
    }
    return aux > 0 && k < v.to && "VERB".equals(v.tok(k).pos()) && (v.lower(k).endsWith("ed") || v.lower(k).endsWith("en"));
  }

  /**
   * "the Hafiz Gul Bahadur group", "the Haqqani network": a name the knowledge base does not know,
   * after "the" and before a word of group-actors.tsv's "named" family, is an organization.
   */
  private void namedGroups(View v) {
    for (Candidate c : new ArrayList<>(v.found)) {
      boolean unknownName = c.entity() == null && (c.type() == Candidate.Type.PERSON
          || c.type() == Candidate.Type.UNKNOWN_NAME || c.type() == Candidate.Type.SINGLE_NAME);
      GroupActors.Phrase word = unknownName && c.end() < v.to && !Names.startsUpper(v.text(c.end()))
          ? lex.groupActors().namingWord(v.text(c.end())) : null;
      if (word == null || !v.lower(c.start() - 1).equals("the") || !v.free(c.end())) {
        continue;
      }
      v.release(c);
      v.claim(new Candidate(c.start(), c.end() + 1, Candidate.Type.ORGANIZATION, null, null, ActorKind.ORGANIZATION,
          v.span(c.start(), c.end() + 1), null, word.sector(), null, null, null, c.end(), v.sentence));
    }
  }

  /** A word that may belong to a group phrase: lower case, or capitalized only by its place ("Rebels said"). */
  private static boolean groupWord(View v, int k) {
    if (!v.tok(k).isWord()) {
      return false;
    }
    return !Names.startsUpper(v.text(k)) || k == v.from || opensClause(v, k) && !Names.isAllCaps(v.text(k));
  }

  /** The last token of a name that may own the phrase at {@code i}: right before it, or before its "'s". */
  private static int ownerEndBefore(View v, int i) {
    return v.text(i - 1).equals("'s") || v.text(i - 1).equals("’s") ? i - 2 : i - 1;
  }

  /** The country or known organization named right before token {@code i}, also with "'s"; else null. */
  private static Candidate groupOwnerBefore(View v, int i) {
    int last = ownerEndBefore(v, i);
    Candidate c = last >= v.from ? v.owner[last] : null;
    boolean named = c != null && (c.type() == Candidate.Type.ENTITY || c.type() == Candidate.Type.ORGANIZATION
        || c.type() == Candidate.Type.SINGLE_NAME || c.type() == Candidate.Type.UNKNOWN_NAME);
    if (!named || c.end() != last + 1) {
      return null;
    }
    return c.kind() == ActorKind.LOCATION || c.kind() == ActorKind.PERSON ? null : c;
  }

  /**
   * The country of a speaker's subject whose reporting verb stands right before {@code k}
   * ("Armenia's interior ministry said (that) police ..."): the first country named in the few
   * words before the verb, or null.
   */
  private String speakersCountryBefore(View v, int k) {
    int say = k - 1;
    if (say >= v.from && v.lower(say).equals("that")) {
      say--;
    }
    if (say <= v.from || !lex.isSpeechVerb(v.tok(say)) || !"VERB".equals(v.tok(say).pos())) {
      return null;
    }
    for (int j = say - 1; j >= v.from && j >= say - 6; j--) {
      Candidate c = v.owner[j];
      String country = c == null ? null : c.country() != null ? c.country() : c.entity() != null ? c.entity().country() : null;
      if (country != null && (c.kind() == ActorKind.COUNTRY || c.kind() == ActorKind.ORGANIZATION)) {
        return country; // "Armenia's interior ministry", "Peru": the speaker's state
      }
      if (v.lower(j).equals(",") || v.lower(j).equals(";")) {
        return null;
      }
    }
    return null;
  }

  /** The country of the first known place after "in" within the clause after {@code k} (a few words), or null. */
  private static String countryOfPlaceInClause(View v, int k) {
    for (int j = k; j < v.to && j < k + 10; j++) {
      String w = v.lower(j);
      if (w.equals(";") || w.equals(",") || w.equals("and") || w.equals("that") || w.equals("who") || w.equals("which")) {
        return null;
      }
      if (w.equals("in")) {
        String country = countryOfPlaceAfter(v, j);
        if (country != null) {
          return country;
        }
      }
    }
    return null;
  }

  /** "protesters in Tbilisi", "riot police in Georgia": the country of a known place after "in", or null. */
  private static String countryOfPlaceAfter(View v, int k) {
    if (!v.lower(k).equals("in") || k + 1 >= v.to) {
      return null;
    }
    int at = v.lower(k + 1).equals("the") ? k + 2 : k + 1;
    Candidate c = at < v.to ? v.owner[at] : null;
    boolean place = c != null && c.start() == at && c.type() == Candidate.Type.ENTITY && c.entity() != null
        && (c.kind() == ActorKind.COUNTRY || c.kind() == ActorKind.LOCATION) && c.form() != KnowledgeBase.Form.ADJECTIVE;
    return place ? c.entity().country() : null;
  }

  // ------------------------------------------------------------------ 5b. "Japan's defense ministry"

  /** Words after a body that make it a modifier of someone who acts for it ("army chief", "police officers"). */
  private static final Set<String> FOR_THE_BODY = Set.of("chief", "chiefs", "head", "spokesman", "spokeswoman",
      "spokesperson", "official", "officer", "source", "sources", "minister", "commander");
  private static final Set<String> OWNING_PARTICIPLES = Set.of("run", "controlled", "led");

  /**
   * A body named in lower case after the country or group that owns it ("Japan's defense
   * ministry", "the Indian foreign ministry", "Ecuadorian police", "the Houthis' political
   * bureau", "the Hamas-run health ministry"): the knowledge base's entry for that body when it
   * has one under the owner's adjective, else a body of the owner's country.
   */
  private void ownedBodies(View v) {
    for (int i = v.from + 1; i < v.to; i++) {
      if (!v.free(i) || !isLowerWord(v, i)) {
        continue;
      }
      List<String> words = freeWordsAt(v, i, k -> isLowerWord(v, k));
      NationalBodies.Body body = lex.nationalBodies().longestAt(words);
      Candidate owner = body == null ? null : bodyOwner(v, i);
      if (owner == null) {
        unownedGenericBody(v, i);
        continue;
      }
      int end = i + body.words().size();
      if (end < v.to && (FOR_THE_BODY.contains(v.lower(end)) || lex.groupNouns().contains(v.text(end)))) {
        continue; // "Japan's defense ministry spokesman", "Ecuadorian police officers"
      }
      String country = owner.entity() != null ? owner.entity().country() : owner.country();
      KbEntity known = owner.kind() == ActorKind.COUNTRY ? kb.bodyOf(country, body.words()) : null;
      String ownerName = owner.entity() != null ? ownerName(owner.entity()) : owner.name();
      String name = known != null ? known.name() : body.name() + " of " + ownerName;
      String sector = known != null ? known.sector() : body.sector() != null ? body.sector() : owner.sector();
      v.claim(new Candidate(owner.start(), end, Candidate.Type.OWNED_BODY, known, null, ActorKind.ORGANIZATION, name,
          country, sector, null, null, null, end - 1, v.sentence));
      i = end - 1;
    }
  }

  /** Words joined by a hyphen to a country's adjective that make it a cause ("pro-Russian", "anti-American"). */
  private static final Set<String> CAUSE_PREFIXES = Set.of("pro", "anti");

  /** Words before a bare body that make it a place or the thing an act is done to, not an actor. */
  private static final Set<String> PLACE_OR_PART = Set.of("in", "at", "near", "outside", "inside", "into", "around",
      "through", "of", "from", "before");

  /**
   * "protesters stormed parliament", "the legislature voted": a bare body of generic-bodies.tsv in
   * lower case, with no owner; the story's country may own it (resolved in {@code Coreference}).
   */
  private void unownedGenericBody(View v, int i) {
    String w = v.lower(i);
    if (lex.genericBodies().get(w, 1) == null || !"NOUN".equals(v.tok(i).pos())) {
      return;
    }
    boolean seat = i + 1 < v.to && lex.seatNouns().contains(v.lower(i + 1)); // "broke into the parliament building"
    boolean compound = !seat && i + 1 < v.to && ("NOUN".equals(v.tok(i + 1).pos()) || "PROPN".equals(v.tok(i + 1).pos()));
    int k = v.lower(i - 1).equals("the") ? i - 1 : i;
    String before = k - 1 >= v.from ? v.lower(k - 1) : "";
    String pos = k - 1 >= v.from ? String.valueOf(v.tok(k - 1).pos()) : "";
    boolean owned = k == i && Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON").contains(pos)
        || before.equals("'s") || before.equals("’s");
    // "outside parliament", "the storming of parliament"; but a building is named for what is done to it
    boolean place = !seat && PLACE_OR_PART.contains(before);
    if (compound || owned || place || i + 1 < v.to && v.lower(i + 1).equals("of")) {
      return; // "the parliament speaker", "a new parliament", "the Republika Srpska parliament", "the parliament of Chad"
    }
    v.claim(new Candidate(i, seat ? i + 2 : i + 1, Candidate.Type.ORGANIZATION, null, null, ActorKind.ORGANIZATION, v.text(i), null,
        "GOV", null, null, null, i, v.sentence));
  }

  /**
   * The lower-case words from {@code i} on, at most four, while each is free and fits: the words a
   * phrase of group-actors.tsv or national-bodies.tsv is looked up by (its longest match first).
   */
  private static List<String> freeWordsAt(View v, int i, IntPredicate fits) {
    List<String> words = new ArrayList<>();
    for (int k = i; k < v.to && k < i + 4 && v.free(k) && fits.test(k); k++) {
      words.add(v.lower(k));
    }
    return words;
  }

  private static boolean isLowerWord(View v, int k) {
    return v.tok(k).isWord() && !Names.startsUpper(v.text(k));
  }

  /**
   * Who owns a body named from token {@code i}: a country or group right before it ("Ecuadorian
   * police", "Hamas political bureau"), or before "'s" or "X-run" ("Japan's", "the Houthis'", a
   * place's "Gaza's"); null if none.
   */
  private Candidate bodyOwner(View v, int i) {
    int k = i - 1;
    boolean possessive = v.text(k).equals("'s") || v.text(k).equals("’s")
        || (v.text(k).equals("'") || v.text(k).equals("’")) && v.lower(k - 1).endsWith("s");
    boolean owning = OWNING_PARTICIPLES.contains(v.lower(k)) && v.text(k - 1).equals("-");
    int last = possessive ? k - 1 : owning ? k - 2 : k;
    Candidate c = last >= v.from ? v.owner[last] : null;
    if (c == null || c.end() != last + 1) {
      return null;
    }
    boolean country = c.type() == Candidate.Type.ENTITY && c.kind() == ActorKind.COUNTRY;
    boolean group = (c.type() == Candidate.Type.ENTITY || c.type() == Candidate.Type.ORGANIZATION)
        && (c.kind() == ActorKind.ORGANIZATION || c.kind() == ActorKind.GROUP) && c.country() != null
        || c.type() == Candidate.Type.ENTITY && c.entity().kind() == ActorKind.ORGANIZATION;
    boolean place = c.type() == Candidate.Type.ENTITY && c.kind() == ActorKind.LOCATION && c.entity().country() != null;
    if (possessive || owning) {
      return country || group || place ? c : null;
    }
    // a country's name right before ("Pakistan army"), not where a place is told ("in Peru police said")
    boolean afterPlacePreposition = LOCATIVE.contains(v.lower(c.start() - 1));
    return (country || group) && !afterPlacePreposition ? c : null;
  }

  /** How a body's owner is named in the body's name: a country as in a phrase ("the United Kingdom"). */
  private String ownerName(KbEntity owner) {
    Country country = owner.kind() == ActorKind.COUNTRY ? kb.country(owner.country()) : null;
    return country != null ? country.inPhrase() : owner.name();
  }

  // ------------------------------------------------------------------ 6. "the coalition", "the ministry"

  private void organizationDescriptions(View v) {
    for (int i = v.from + 1; i < v.to; i++) {
      if (!v.free(i) || !v.lower(i - 1).equals("the") || !v.free(i - 1)) {
        continue;
      }
      String w = v.lower(i);
      if (lex.orgHeads().contains(w) && !"PROPN".equals(v.tok(i).pos()) || Names.startsUpper(v.text(i))
          && lex.orgHeads().contains(w) && (i + 1 >= v.to || !Names.startsUpper(v.text(i + 1)))) {
        if (i + 2 < v.to && v.lower(i + 1).equals("of") && (Names.startsUpper(v.text(i + 2)) || v.lower(i + 2).equals("the"))) {
          continue; // "the government of Mali" names the country's government, found elsewhere; not "accused the court of bias"
        }
        v.claim(new Candidate(i - 1, i + 1, Candidate.Type.ORG_DESCRIPTION, null, null, ActorKind.ORGANIZATION, w,
            null, null, null, null, null, i, v.sentence));
        continue;
      }
      int head = i + 1; // "the coast guard", "the foreign ministry": a head after a word or two
      while (head < v.to && head - i < 2 && v.free(head) && isLowerNoun(v, head) && !lex.orgHeads().contains(v.text(head))) {
        head++;
      }
      if (isLowerNoun(v, i) && head < v.to && v.free(head) && isLowerNoun(v, head) && lex.orgHeads().contains(v.text(head))
          && !v.lower(head + 1).equals("of") && freeRange(v, i, head)) {
        v.claim(new Candidate(i - 1, head + 1, Candidate.Type.ORG_DESCRIPTION, null, null, ActorKind.ORGANIZATION,
            v.span(i, head + 1).toLowerCase(Locale.ROOT), null, null, null, null, null, head, v.sentence));
        i = head;
      }
    }
  }

  private static boolean isLowerNoun(View v, int k) {
    String pos = v.tok(k).pos();
    return v.tok(k).isWord() && !Names.startsUpper(v.text(k)) && ("NOUN".equals(pos) || "ADJ".equals(pos));
  }

  // ------------------------------------------------------------------ 7. context cues

  private static boolean needsCue(Candidate c) {
    return c.type() == Candidate.Type.SINGLE_NAME || c.type() == Candidate.Type.UNKNOWN_NAME
        || c.type() == Candidate.Type.ENTITY && c.kind() == ActorKind.LOCATION && c.form() != KnowledgeBase.Form.ADJECTIVE;
  }

  private static final Set<String> VERSUS = Set.of("v", "v.", "vs", "vs.");
  private static final Set<String> FUNCTION_WORDS = Set.of("PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "ADV",
      "PART", "NUM");
  private static final Set<String> COMPETITIONS = Set.of("league", "division", "conference");

  /**
   * What the words around a name say it names: a person (an initial, an age, the country a
   * competitor represents, a speech verb, bowling figures), an organization (a descriptor word,
   * a score position in a sports report), or a place (a locative preposition). Null if nothing.
   */
  private Candidate.Cue cue(View v, Candidate c) {
    Candidate.Cue cue = contextCue(v, c);
    if (cue != null && cue.kind() == ActorKind.PERSON && c.end() - c.start() == 1 && Names.isAllCaps(v.text(c.start()))
        && c.type() != Candidate.Type.ENTITY) {
      return new Candidate.Cue(ActorKind.ORGANIZATION, cue.weight(), null); // "PUK said": people are not acronyms
    }
    return cue;
  }

  private Candidate.Cue contextCue(View v, Candidate c) {
    int s = c.start();
    int e = c.end();
    boolean known = c.type() == Candidate.Type.ENTITY;
    boolean aged = v.lower(s - 1).equals("old") && v.text(s - 2).equals("-") && v.lower(s - 3).equals("year");
    if (!known && (ageAfter(v, e) || countryInParentheses(v, e) || isInitial(v.text(s)) || bowlingFigures(v, e)
        || aged || v.sports && isOrdinal(v.text(e)))) { // "Rubin, 20,", "the 20-year-old Rubin"
      return new Candidate.Cue(ActorKind.PERSON, 2, null);
    }
    String before = v.lower(s - 1);
    String after = v.lower(e);
    boolean beforeLower = !Names.startsUpper(v.text(s - 1)) || s - 1 == v.from;
    if (beforeLower && lex.cuesBefore().contains(before) || Names.startsUpper(v.text(s - 1))
        && lex.cuesBefore().contains(before) && "PERSON".equals(lex.cuesBefore().get(before, 1))) {
      return new Candidate.Cue(ActorKind.valueOf(lex.cuesBefore().get(before, 1)), 2,
          emptyToNull(lex.cuesBefore().get(before, 3)));
    }
    if (!Names.startsUpper(v.text(e)) && lex.cuesAfter().contains(after)) {
      return new Candidate.Cue(ActorKind.valueOf(lex.cuesAfter().get(after, 1)), 1,
          emptyToNull(lex.cuesAfter().get(after, 3)));
    }
    if (known && datelinePlace(v, s, e)) {
      return new Candidate.Cue(ActorKind.LOCATION, 3, null);
    }
    if (!known && e - s == 1 && before.equals("in") && s - 2 >= v.from && isLowerNoun(v, s - 2)
        && v.lower(s - 2).endsWith("s")) {
      return new Candidate.Cue(ActorKind.LOCATION, 2, null); // "officials in Pale", "protesters in Tbilisi"
    }
    if (v.sports && scorePosition(v, s, e) && !kb.isNation(c.entity()) && !lex.sportsWords().contains(v.text(s))) {
      return new Candidate.Cue(ActorKind.ORGANIZATION, 2, null);
    }
    if (v.sports && v.text(e).equals("(") && e + 1 < v.to && v.owner[e + 1] != null
        && v.owner[e + 1].kind() == ActorKind.COUNTRY && v.text(v.owner[e + 1].end()).equals(")")
        && clubScore(v, v.owner[e + 1].end() + 1)) {
      return new Candidate.Cue(ActorKind.ORGANIZATION, 2, null); // "Shelbourne ( Ireland ) 1": a club in cup results
    }
    if (v.sports && before.equals(")") && s - 3 >= v.from && v.text(s - 3).equals("(") && v.owner[s - 2] != null
        && v.owner[s - 2].kind() == ActorKind.COUNTRY) {
      return new Candidate.Cue(ActorKind.ORGANIZATION, 2, null); // "Lance Armstrong ( U.S. ) Motorola": the rider's team
    }
    if (v.sports && before.equals("(") && v.text(e).equals(")") && s - 2 >= v.from && v.owner[s - 2] != null
        && v.owner[s - 2].kind() == ActorKind.PERSON && c.kind() != ActorKind.COUNTRY) {
      return new Candidate.Cue(ActorKind.ORGANIZATION, 2, null); // "Emmanuel Tetteh ( Polonia Warszawa )": his club
    }
    if (v.sports && !known && e - s == 1 && before.equals("the") && v.lower(s).endsWith("s") && !modifiesNoun(v, e)) {
      return new Candidate.Cue(ActorKind.ORGANIZATION, 2, null); // "the Pirates pushed across two runs"
    }
    if (v.sports && known && c.kind() == ActorKind.LOCATION && !kb.isNation(c.entity())
        && (lex.teamVerbsAfter().contains(after) && !Names.startsUpper(v.text(e))
            || lex.teamWordsBefore().contains(before) && !Names.startsUpper(v.text(s - 1)))) {
      return new Candidate.Cue(ActorKind.ORGANIZATION, 2, null); // "Sao Paulo scored", "lost to Leeds"
    }
    boolean bodyWord = lex.orgHeads().contains(v.text(s)) || lex.groupNouns().contains(v.text(s));
    if ((!known || c.kind() == ActorKind.LOCATION) && e - s == 1 && !bodyWord && (e < v.to && lex.isSpeechVerb(v.tok(e)) && !"report".equals(lex.speechVerbs().get(after, 1))
        || s - 1 >= v.from && lex.isSpeechVerb(v.tok(s - 1)) && !before.equals("according"))) {
      return new Candidate.Cue(ActorKind.PERSON, 1, null);
    }
    if ((LOCATIVE.contains(before) || before.equals("the") && LOCATIVE.contains(v.lower(s - 2))) && !modifiesNoun(v, e)) {
      return new Candidate.Cue(ActorKind.LOCATION, 1, null);
    }
    return null;
  }

  /**
   * Members of a list share their kind: a name without a cue between commas next to a person
   * ("Chaminda Vaas , Muthiah Muralitharan ,") or an organization takes that kind, weakly.
   */
  private static void listsShareKinds(View v, List<Candidate> found) {
    for (int pass = 0; pass < 2; pass++) {
      for (int k = 0; k < found.size(); k++) {
        Candidate c = found.get(k);
        if (!needsCue(c) || c.cue() != null || c.type() == Candidate.Type.ENTITY) {
          continue;
        }
        ActorKind kind = listNeighbourKind(v, k > 0 ? found.get(k - 1) : null, c, true);
        if (kind == null) {
          kind = listNeighbourKind(v, k + 1 < found.size() ? found.get(k + 1) : null, c, false);
        }
        if (kind != null) {
          found.set(k, c.withCue(new Candidate.Cue(kind, 1, null)));
        }
      }
    }
  }

  private static ActorKind listNeighbourKind(View v, Candidate n, Candidate c, boolean before) {
    if (n == null) {
      return null;
    }
    int gapStart = before ? n.end() : c.end();
    int gapEnd = before ? c.start() : n.start();
    if (gapEnd - gapStart != 1 || !(v.text(gapStart).equals(",") || v.lower(gapStart).equals("and"))) {
      return null;
    }
    if (n.type() == Candidate.Type.PERSON && n.title() == null) {
      return ActorKind.PERSON;
    }
    if (n.cue() != null && n.cue().weight() >= 2 && n.cue().kind() != ActorKind.LOCATION) {
      return n.cue().kind();
    }
    return null;
  }

  /** "LONDON 1996-08-30", "BIRMINGHAM , England 1996-08-31": the place a report is filed from. */
  private static boolean datelinePlace(View v, int s, int e) {
    if (s != v.from && !(v.text(s - 1).equals(",") && s - 2 >= v.from && v.owner[s - 2] != null
        && v.owner[s - 2].start() == v.from)) {
      return false;
    }
    int k = e;
    if (v.text(k).equals(",")) {
      Candidate next = k + 1 < v.to ? v.owner[k + 1] : null;
      k = next != null && next.start() == k + 1 ? next.end() : k;
    }
    return k < v.to && v.blocked[k];
  }

  /** "6-0-27-2": overs, maidens, runs and wickets after a bowler's name. */
  private static boolean bowlingFigures(View v, int k) {
    return numberGroups(v, k) == 4;
  }

  /** "2-1" is two groups, "6-0-27-2" four: numbers joined by hyphens without spaces, from token k. */
  private static int numberGroups(View v, int k) {
    if (!isNumber(v.text(k))) {
      return 0;
    }
    int groups = 1;
    while (k + 2 < v.to && v.text(k + 1).equals("-") && isNumber(v.text(k + 2))
        && v.tok(k + 1).start() == v.tok(k).end() && v.tok(k + 2).start() == v.tok(k + 1).end()) {
      groups++;
      k += 2;
    }
    return groups;
  }

  private static boolean isNumber(String t) {
    return !t.isEmpty() && Character.isDigit(t.charAt(0)) && t.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.');
  }

  /** "39th", "4th": the minute of a goal after a scorer's name. */
  private static boolean isOrdinal(String t) {
    return t.length() >= 3 && Character.isDigit(t.charAt(0)) && (t.endsWith("th") || t.endsWith("st")
        || t.endsWith("nd") || t.endsWith("rd")) && t.chars().limit(t.length() - 2).allMatch(Character::isDigit);
  }

  /**
   * A team's place in a results line or table: "Ipswich 2 Norwich 1", "Ipswich 4 1 2 1 9 7",
   * "Surrey 429-7", "Walsall v Wrexham", "ATLANTA AT CHICAGO".
   */
  private static boolean scorePosition(View v, int s, int e) {
    String next = v.text(e);
    String prev = s > v.from ? v.text(s - 1) : "";
    boolean lineStart = s == v.from || prev.equals(",") || prev.equals(";") || prev.equals(":") || prev.equals("-")
        || prev.equals(")"); // "Monaco 1 ( Scifo 35th ) Lens 2"
    boolean score = isInteger(next) && next.length() <= 3 && numberGroups(v, e) == 1 || numberGroups(v, e) == 2;
    if (score && (lineStart || isInteger(prev) || VERSUS.contains(prev.toLowerCase(Locale.ROOT)))) {
      return true;
    }
    if (VERSUS.contains(next.toLowerCase(Locale.ROOT)) && Names.startsUpper(v.text(e + 1))
        || VERSUS.contains(prev.toLowerCase(Locale.ROOT)) && Names.startsUpper(v.text(s - 2))) {
      return true;
    }
    return next.equals("AT") && Names.isAllCaps(v.text(e + 1)); // "BOSTON AT NEW YORK": the home team's city is the venue
  }

  // ------------------------------------------------------------------ 8. he / she / him

  private static void pronouns(View v) {
    for (int i = v.from; i < v.to; i++) {
      String w = v.lower(i);
      // "her" as an object ("urged her to resign", "met her"), not as an owner ("her government")
      boolean objectHer = w.equals("her") && (i + 1 >= v.to
          || !Set.of("NOUN", "ADJ", "PROPN", "NUM").contains(String.valueOf(v.tok(i + 1).pos())));
      if ((w.equals("he") || w.equals("she") || w.equals("him") || objectHer) && v.free(i)) {
        v.claim(new Candidate(i, i + 1, Candidate.Type.PRONOUN, null, null, ActorKind.PERSON, null, null, null,
            null, null, null, i, v.sentence));
      }
    }
  }
}
