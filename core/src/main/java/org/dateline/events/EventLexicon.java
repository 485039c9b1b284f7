package org.dateline.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.text.Token;
import org.dateline.util.DataFile;

/**
 * The event patterns of patterns.tsv, indexed by every inflected form of their trigger words,
 * the words that decide the mode of aid (aid-modes.tsv), and the classes of verbs and nouns of
 * the other files beside it, each documented in its header. Loaded once; immutable.
 */
public final class EventLexicon {

  /** One row of patterns.tsv. */
  public record Pattern(String lemma, String particle, boolean noun, String type, String mode, String cameo,
      List<String> targets, Set<String> objectNouns, boolean userDictionary, boolean onlyNegated,
      boolean received) {

    /** A pattern read off a user's verb dictionary: its code is the dictionary's, its target the next actor. */
    static Pattern ofDictionary(String lemma, String[] plover, String cameo) {
      return new Pattern(lemma, null, false, plover[0], plover[1], cameo, List.of("obj", "next"), Set.of(), true, false,
          false);
    }

    /** Whether every frame wants an international organization ("withdraw from>org": leaving a bloc). */
    public boolean onlyOrganizations() {
      return !targets.isEmpty() && targets.stream().allMatch(f -> f.endsWith(">org"));
    }

    /** The same pattern with other target frames. */
    Pattern withTargets(List<String> frames) {
      return new Pattern(lemma, particle, noun, type, mode, cameo, frames, objectNouns, userDictionary, onlyNegated,
          received);
    }

    /** The same pattern with another type, mode and code, its frames kept. */
    Pattern recoded(String newType, String newMode, String newCameo) {
      return new Pattern(lemma, particle, noun, newType, newMode, newCameo, targets, objectNouns, userDictionary,
          onlyNegated, received);
    }

    /** A verb pattern that needs a particular object noun ("restore ties"). */
    public boolean needsObject() {
      return !objectNouns.isEmpty();
    }
  }

  /** A mode decided by what is given ("missiles" → military, 072). */
  public record AidMode(String mode, String cameo) {}

  private final Map<String, List<Pattern>> verbs = new HashMap<>();
  private final Map<String, List<Pattern>> nouns = new HashMap<>();
  private final Map<String, String> verbLemmas = new HashMap<>();
  private final Set<String> irregularLemmas = new java.util.HashSet<>();
  /** Irregular simple-past forms that are no participle ("overran", "drove", "flew"): never adjectives or nouns. */
  private final Set<String> pastOnly = new java.util.HashSet<>();
  private final Map<String, AidMode> aidModes = new HashMap<>();
  private final Map<String, String[]> cameoRoots = new HashMap<>();
  private final Set<String> cancelling = new java.util.HashSet<>();
  private final Set<String> answering = new java.util.HashSet<>();
  private final Set<String> ousting = new java.util.HashSet<>();
  private final Set<String> relationNouns = new java.util.HashSet<>();
  private final Map<String, Set<String>> referenceNouns = new HashMap<>();
  private final Set<String> easing = new java.util.HashSet<>();
  private final Set<String> imposing = new java.util.HashSet<>();
  private final Map<String, Pattern> presidingRoles = new HashMap<>();
  private final Set<String> namingVerbs = new java.util.HashSet<>();
  private final Map<String, Set<String>> actNouns = new HashMap<>();
  /** Forms of the act nouns whose owner undergoes the act ("Castillo's arrest"). */
  private final Set<String> undergoneActs = new java.util.HashSet<>();
  /** Forms of the verbs of the act an act noun undoes ("release": detained, held), by the noun's forms. */
  private final Map<String, Set<String>> undoneActs = new HashMap<>();
  /** Naming verbs whose name follows "as" ("dismissed the claims as baseless"), from naming-verbs.tsv. */
  private final Set<String> namingOnlyAfterAs = new java.util.HashSet<>();
  /** The words a "call" pattern names its object with ("illegal", "provocation"). */
  private final Set<String> namingWords = new java.util.HashSet<>();
  /** Forms of the verbs of joining an act told before, with the words after them ("take": "part in"), from joining-verbs.tsv. */
  private final Map<String, List<String>> joining = new HashMap<>();
  /** Forms of the verbs of aspect before a gerund ("keep striking"), from aspectual-verbs.tsv. */
  private final Set<String> aspectual = new java.util.HashSet<>();
  /** Forms of the causative verbs whose object does the infinitive's act ("prompted Peru to"), from causative-verbs.tsv. */
  private final Set<String> causative = new java.util.HashSet<>();
  /** Lemmas of the verbs that take an office away from a person, from office-removing-verbs.tsv. */
  private final Set<String> removingFromOffice = new java.util.HashSet<>();
  /** Lemmas of the verbs that station forces, from deploying-verbs.tsv. */
  private final Set<String> deploying = new java.util.HashSet<>();
  /** Words that bound a count before its number ("about", "more than"), from count-bounds.tsv. */
  private final Set<String> countBounds = new java.util.HashSet<>();
  /** Words that end an amount of money ("million", "euros"), from money-units.tsv. */
  private final Set<String> moneyUnits = new java.util.HashSet<>();

  private EventLexicon() {}

  public static EventLexicon load() {
    EventLexicon lex = new EventLexicon();
    Map<String, String[]> irregular = new HashMap<>();
    for (String[] r : DataFile.rows(EventLexicon.class, "irregular-verbs.tsv")) {
      irregular.put(r[0], r);
      lex.irregularLemmas.add(r[0]);
      for (String past : r.length > 2 ? r[1].split("\\|") : new String[0]) {
        if (!past.equals(r[2]) && !past.equals(r[0])) {
          lex.pastOnly.add(past.toLowerCase(Locale.ROOT)); // "overran"; "swept" is also a participle: not listed
        }
      }
    }
    // the diplomatic, membership and legal acts first: their rows are tried before the general ones
    List<String[]> rows = new ArrayList<>(DataFile.rows(EventLexicon.class, "diplomatic-legal-acts.tsv"));
    rows.addAll(DataFile.rows(EventLexicon.class, "patterns.tsv"));
    rows.addAll(DataFile.rows(EventLexicon.class, "group-patterns.tsv"));
    for (String[] r : rows) {
      String[] trigger = r[0].split(" ", 2);
      String pos = DataFile.col(r, 1);
      boolean withModifier = pos.equals("NM"); // "joint exercise": the noun with this word among its modifiers
      boolean noun = pos.equals("N") || withModifier;
      boolean onlyNegated = pos.equals("V-"); // "will not accept": the negated verb is the act
      boolean received = pos.equals("VN<"); // "received weapons from X": the frames name the giver
      boolean withClause = pos.equals("VC"); // "told Peru that it must leave": a clause with that word
      boolean afterObject = pos.equals("VP"); // "ordered French troops out": a word after the object
      boolean reported = pos.equals("VR"); // "said Pakistan should cooperate": the reported subject's modal
      boolean withObject = (pos.equals("VN") || pos.equals("VI") || received || withClause || afterObject || reported)
          && trigger.length > 1;
      Set<String> objectNouns = withModifier ? Set.of("modifier:" + trigger[0])
          : !withObject ? Set.of() : withClause ? Set.of("clause:" + trigger[1])
          : reported ? Set.of("reported:" + trigger[1])
          : afterObject ? Set.of("after:" + trigger[1])
          : !pos.equals("VI") ? nounForms(trigger[1]) : infinitives(verbForms(trigger[1], irregular.get(trigger[1])));
      if (withModifier) {
        trigger = new String[] {trigger[1], trigger[0]}; // indexed by the noun
      }
      Pattern p = new Pattern(trigger[0], trigger.length > 1 && !withObject && !withModifier ? trigger[1] : null, noun,
          DataFile.col(r, 2), DataFile.col(r, 3), DataFile.col(r, 4), DataFile.list(r, 5), objectNouns, false,
          onlyNegated, received);
      Set<String> forms = noun ? nounForms(trigger[0]) : verbForms(trigger[0], irregular.get(trigger[0]));
      for (String f : forms) {
        (noun ? lex.nouns : lex.verbs).computeIfAbsent(f, k -> new ArrayList<>()).add(p);
        if (!noun) {
          lex.verbLemmas.put(f, trigger[0]);
        }
      }
    }
    for (String[] r : DataFile.rows(EventLexicon.class, "act-nouns.tsv")) {
      Set<String> forms = new java.util.HashSet<>();
      for (String verb : DataFile.list(r, 1)) {
        forms.addAll(verbForms(verb, irregular.get(verb)));
      }
      Set<String> verbs = Set.copyOf(forms);
      Set<String> undone = new java.util.HashSet<>();
      for (String verb : DataFile.list(r, 3)) {
        undone.addAll(verbForms(verb, irregular.get(verb)));
      }
      for (String f : nounForms(r[0])) {
        lex.actNouns.put(f, verbs);
        if ("undergoes".equals(DataFile.col(r, 2))) {
          lex.undergoneActs.add(f);
        }
        if (!undone.isEmpty()) {
          lex.undoneActs.put(f, Set.copyOf(undone));
        }
      }
    }
    for (Pattern p : lex.verbs.getOrDefault("call", List.of())) {
      if (p.needsObject() && p.lemma().equals("call") && p.targets().equals(List.of("obj"))) {
        lex.namingWords.addAll(p.objectNouns()); // "called the move illegal"; not "call strike" (a strike called against X)
      }
    }
    for (String[] r : DataFile.rows(EventLexicon.class, "naming-verbs.tsv")) {
      lex.addNamingVerb(r[0], irregular.get(r[0]));
      if ("as".equals(DataFile.col(r, 1))) {
        lex.namingOnlyAfterAs.add(r[0]);
      }
    }
    for (String[] r : DataFile.rows(EventLexicon.class, "aid-modes.tsv")) {
      AidMode m = new AidMode(DataFile.col(r, 1), DataFile.col(r, 2));
      for (String f : nounForms(r[0])) {
        lex.aidModes.putIfAbsent(f, m);
      }
    }
    for (String[] r : DataFile.rows(EventLexicon.class, "relation-nouns.tsv")) {
      lex.relationNouns.add(r[0]);
    }
    for (String[] r : DataFile.rows(EventLexicon.class, "cancelling-verbs.tsv")) {
      String[] words = r[0].split(" ", 2); // "call off": every form of the verb with its particle
      for (String form : verbForms(words[0], irregular.get(words[0]))) {
        lex.cancelling.add(words.length == 1 ? form : form + " " + words[1]);
      }
    }
    for (String[] r : DataFile.rows(EventLexicon.class, "answering-verbs.tsv")) {
      lex.answering.addAll(verbForms(r[0], irregular.get(r[0])));
    }
    for (String[] r : DataFile.rows(EventLexicon.class, "ousting-verbs.tsv")) {
      lex.ousting.add(r[0].trim()); // written forms, each on its own line
    }
    for (String[] r : DataFile.rows(EventLexicon.class, "reference-nouns.tsv")) {
      Set<String> types = Set.copyOf(DataFile.list(r, 1));
      for (String f : nounForms(r[0])) {
        lex.referenceNouns.put(f, types);
      }
    }
    for (String[] r : DataFile.rows(EventLexicon.class, "presiding-roles.tsv")) {
      Pattern p = new Pattern(r[0], null, true, DataFile.col(r, 1), DataFile.col(r, 2), DataFile.col(r, 3), List.of(),
          Set.of(), false, false, false);
      for (String f : nounForms(r[0])) {
        lex.presidingRoles.put(f, p);
      }
    }
    for (String[] r : DataFile.rows(EventLexicon.class, "imposing-verbs.tsv")) {
      lex.imposing.addAll(verbForms(r[0], irregular.get(r[0])));
    }
    for (String[] r : DataFile.rows(EventLexicon.class, "easing-verbs.tsv")) {
      lex.easing.addAll(verbForms(r[0], irregular.get(r[0])));
    }
    for (String[] r : DataFile.rows(EventLexicon.class, "cameo-roots.tsv")) {
      lex.cameoRoots.put(r[0], new String[] {DataFile.col(r, 1), DataFile.col(r, 2)});
    }
    for (String[] r : DataFile.rows(EventLexicon.class, "joining-verbs.tsv")) {
      List<String> after = DataFile.col(r, 1).isEmpty() ? List.of() : List.of(DataFile.col(r, 1).split(" "));
      for (String f : verbForms(r[0], irregular.get(r[0]))) {
        lex.joining.put(f, after);
      }
    }
    for (String[] r : DataFile.rows(EventLexicon.class, "causative-verbs.tsv")) {
      lex.causative.addAll(verbForms(r[0], irregular.get(r[0])));
    }
    for (String[] r : DataFile.rows(EventLexicon.class, "aspectual-verbs.tsv")) {
      lex.aspectual.addAll(verbForms(r[0], irregular.get(r[0])));
    }
    for (String[] r : DataFile.rows(EventLexicon.class, "office-removing-verbs.tsv")) {
      lex.removingFromOffice.add(r[0]);
    }
    for (String[] r : DataFile.rows(EventLexicon.class, "deploying-verbs.tsv")) {
      lex.deploying.add(r[0]);
    }
    for (String[] r : DataFile.rows(EventLexicon.class, "count-bounds.tsv")) {
      lex.countBounds.add(r[0].toLowerCase(Locale.ROOT));
    }
    for (String[] r : DataFile.rows(EventLexicon.class, "money-units.tsv")) {
      lex.moneyUnits.add(r[0].toLowerCase(Locale.ROOT));
    }
    return lex;
  }

  /**
   * A verb that names its object as "call" does ("described the resolution as blackmail"): it
   * takes every "call" pattern with an object word, under its own lemma (naming-verbs.tsv).
   */
  private void addNamingVerb(String lemma, String[] irregular) {
    List<Pattern> copies = new ArrayList<>();
    for (Pattern p : verbs.getOrDefault("call", List.of())) {
      if (p.needsObject() && p.lemma().equals("call")) {
        copies.add(new Pattern(lemma, null, false, p.type(), p.mode(), p.cameo(), p.targets(), p.objectNouns(), false,
            false, false));
      }
    }
    for (String f : verbForms(lemma, irregular)) {
      List<Pattern> own = verbs.computeIfAbsent(f, k -> new ArrayList<>());
      int bare = 0; // before the verb's own rows without an object word: "dismissed the warning as reckless" names it
      while (bare < own.size() && own.get(bare).needsObject()) {
        bare++;
      }
      own.addAll(bare, copies);
      verbLemmas.putIfAbsent(f, lemma);
    }
    namingVerbs.add(lemma);
  }

  /**
   * The forms of the verbs that tell the act a noun names ("the launch": launched, fired,
   * tested; act-nouns.tsv), or null when it is no such noun.
   */
  public Set<String> actVerbForms(String noun) {
    return actNouns.get(noun.toLowerCase(Locale.ROOT));
  }

  /** The forms of the verbs of the act this noun undoes ("release": detained, held; act-nouns.tsv column 4), or null. */
  public Set<String> undoneVerbForms(String noun) {
    return undoneActs.get(noun.toLowerCase(Locale.ROOT));
  }

  /** Whether the owner of this act noun undergoes the act ("Castillo's arrest"), not does it ("Brazil's proposal"). */
  public boolean ownerUndergoes(String noun) {
    return undergoneActs.contains(noun.toLowerCase(Locale.ROOT));
  }

  /** Whether a verb names its object with "as" before the name ("described it as blackmail"). */
  public boolean namesWithAs(String lemma) {
    return namingVerbs.contains(lemma);
  }

  /** Whether a naming verb's name comes only after "as" ("dismissed the claims as baseless", not "dismissed claims of interference"). */
  public boolean namesOnlyAfterAs(String lemma) {
    return namingOnlyAfterAs.contains(lemma);
  }

  /** Whether a word is one that "call" names an object with ("illegal", "a provocation"). */
  public boolean isNamingWord(String word) {
    return namingWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether the verb names its object as "call" does ("called the move illegal", "branded it a crime"). */
  public boolean namesLikeCall(String lemma) {
    return lemma.equals("call") || namingVerbs.contains(lemma);
  }

  /** The PLOVER type and mode of a CAMEO code, by its root (cameo-roots.tsv). */
  public String[] ploverOf(String cameo) {
    String[] m = cameo.length() >= 2 ? cameoRoots.get(cameo.substring(0, 2)) : null;
    return m != null ? m : cameoRoots.get("*");
  }

  public List<Pattern> verbPatterns(String word) {
    return verbs.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
  }

  public List<Pattern> nounPatterns(String word) {
    return nouns.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
  }

  public String verbLemma(String word) {
    return verbLemmas.get(word.toLowerCase(Locale.ROOT));
  }

  /** Whether the word is the base form of a verb the lexicon knows (a pattern's lemma or an irregular verb). */
  public boolean isVerbLemma(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals(verbLemmas.get(w)) || irregularLemmas.contains(w);
  }

  /**
   * Whether a verb governing an event noun undoes or holds off the event it names ("postponed
   * the meeting", "suspended talks", "lifted the sanctions"): the noun then reports no event.
   */
  public boolean cancels(String verb) {
    return cancelling.contains(verb.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the gerund at {@code i} is an act its verb before denies ("denies giving the group
   * weapons", "denied making any deal"): only alleged, the denial is what happens.
   */
  public boolean deniedGerund(List<Token> tokens, int first, int i) {
    return i > first && tokens.get(i).text().endsWith("ing") && verbPatterns(tokens.get(i - 1).text())
        .stream().anyMatch(q -> "deny".equals(q.mode()) && !q.noun());
  }

  /** {@link #cancels(String)} for a verb with the word after it, which may be its particle ("called off the invasion"). */
  public boolean cancels(String verb, String next) {
    return cancels(verb) || next != null && cancelling.contains(verb.toLowerCase(Locale.ROOT) + " " + next.toLowerCase(Locale.ROOT));
  }

  /** Whether a written verb form holds or removes an ousted leader ("detaining the president"): ousting-verbs.tsv. */
  public boolean holdsOrRemovesLeader(String verb) {
    return ousting.contains(verb.toLowerCase(Locale.ROOT));
  }

  /** Whether a verb governing a request noun answers it ("ignored calls from X", "rejected Peru's demand"): answering-verbs.tsv. */
  public boolean answersRequest(String verb) {
    return answering.contains(verb.toLowerCase(Locale.ROOT));
  }

  /** Whether a noun names a country by its relation to the subject's ("its neighbour", "its NATO ally"): relation-nouns.tsv. */
  public boolean isRelationNoun(String noun) {
    return relationNouns.contains(noun.toLowerCase(Locale.ROOT));
  }

  /**
   * The types of earlier events a noun may stand for without naming its own ("the move", "the
   * measures": reference-nouns.tsv; "*" for any), or null when it is no such noun.
   */
  public Set<String> referenceTypes(String noun) {
    return referenceNouns.get(noun.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a verb told of a sanction noun eases it ("tariffs on X will fall", "the duties were
   * cut"): the noun then reports the easing (easing-verbs.tsv).
   */
  public boolean eases(String verb) {
    return easing.contains(verb.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a verb imposes the sanction noun it is told of ("the sanctions it had imposed on
   * Niger", imposing-verbs.tsv): a lifting that names such sanctions also tells their imposition.
   */
  public boolean imposes(String verb) {
    return imposing.contains(verb.toLowerCase(Locale.ROOT));
  }

  /** The act of one who takes this part in others' act ("with X as a witness"), or null (presiding-roles.tsv). */
  public Pattern presidingRole(String noun) {
    return presidingRoles.get(noun.toLowerCase(Locale.ROOT));
  }

  /**
   * The words that must follow a form of a verb of joining before its object ("took": "part in"),
   * or null when the word is no such verb (joining-verbs.tsv).
   */
  public List<String> joiningWords(String word) {
    return joining.get(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a word is an irregular simple past that is no participle ("overran"; irregular-verbs.tsv). */
  boolean isPastOnly(String word) {
    return pastOnly.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a word is a form of a causative verb ("prompted", "forcing"; causative-verbs.tsv). */
  boolean isCausative(String word) {
    return causative.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a word is a form of a verb of aspect ("kept", "continuing"; aspectual-verbs.tsv): the gerund after it is the act. */
  public boolean isAspectual(String word) {
    return aspectual.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a verb lemma, done to a person, takes an office away ("dismiss", "suspend"; office-removing-verbs.tsv). */
  public boolean removesFromOffice(String lemma) {
    return removingFromOffice.contains(lemma);
  }

  /** Whether a verb lemma stations forces, whose aid needs a named recipient ("deploy"; deploying-verbs.tsv). */
  public boolean deploysForces(String lemma) {
    return deploying.contains(lemma);
  }

  /** Whether a word bounds a count before its number ("over 100", "more than 20"; count-bounds.tsv). */
  public boolean isCountBound(String word) {
    return countBounds.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a word ends an amount of money ("million", "euros"; money-units.tsv). */
  public boolean isMoneyUnit(String word) {
    return moneyUnits.contains(word.toLowerCase(Locale.ROOT));
  }

  public AidMode aidMode(String word) {
    return aidModes.get(word.toLowerCase(Locale.ROOT));
  }

  // ------------------------------------------------------------------ inflection

  /** "to leave": the complement a VI pattern needs, written "to:leave" (only the base form follows "to"). */
  private static Set<String> infinitives(Set<String> forms) {
    return Set.of("to:" + forms.iterator().next());
  }

  static Set<String> nounForms(String lemma) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(lemma);
    if (lemma.endsWith("s") && !lemma.endsWith("ss")) {
      return forms; // already plural ("talks")
    }
    if (lemma.endsWith("y") && lemma.length() > 2 && !isVowel(lemma.charAt(lemma.length() - 2))) {
      forms.add(lemma.substring(0, lemma.length() - 1) + "ies");
    } else if (lemma.endsWith("s") || lemma.endsWith("x") || lemma.endsWith("ch") || lemma.endsWith("sh")) {
      forms.add(lemma + "es");
    } else {
      forms.add(lemma + "s");
    }
    return forms;
  }

  /** All forms of a verb: base, third person, past, participles; irregular forms from the table. */
  static Set<String> verbForms(String lemma, String[] irregular) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(lemma);
    int n = lemma.length();
    char last = lemma.charAt(n - 1);
    boolean consonantY = last == 'y' && n > 1 && !isVowel(lemma.charAt(n - 2));
    if (consonantY) {
      forms.add(lemma.substring(0, n - 1) + "ies");
    } else if (lemma.endsWith("s") || lemma.endsWith("x") || lemma.endsWith("z") || lemma.endsWith("ch")
        || lemma.endsWith("sh") || lemma.endsWith("o")) {
      forms.add(lemma + "es");
    } else {
      forms.add(lemma + "s");
    }
    boolean doubles = n >= 3 && !isVowel(last) && last != 'w' && last != 'x' && last != 'y'
        && isVowel(lemma.charAt(n - 2)) && (!isVowel(lemma.charAt(n - 3)) || lemma.startsWith("qu", n - 4)); // "quitting"
    if (irregular != null) {
      forms.addAll(List.of(DataFile.col(irregular, 1).split("\\|")));
      forms.addAll(List.of(DataFile.col(irregular, 2).split("\\|")));
    } else if (last == 'e') {
      forms.add(lemma + "d");
    } else if (consonantY) {
      forms.add(lemma.substring(0, n - 1) + "ied");
    } else {
      forms.add(lemma + "ed");
      if (doubles) {
        forms.add(lemma + last + "ed");
      }
    }
    if (lemma.endsWith("ie")) {
      forms.add(lemma.substring(0, n - 2) + "ying");
    } else if (last == 'e' && !lemma.endsWith("ee") && !lemma.endsWith("ye") && !lemma.endsWith("oe")) {
      forms.add(lemma.substring(0, n - 1) + "ing");
    } else {
      forms.add(lemma + "ing");
      if (doubles) {
        forms.add(lemma + last + "ing");
      }
    }
    forms.remove("");
    return forms;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
