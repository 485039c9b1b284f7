package org.dateline.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;
import org.dateline.model.Mention;
import org.dateline.text.Token;

/**
 * Links the mentions found in an article to actors. Names come first (knowledge-base entries,
 * full names, organizations, places, groups); then, in reading order, what needs an
 * antecedent: single surnames, descriptions ("the Ukrainian president" → the person with that
 * office mentioned last, or who held it on the article's date), "the coalition", possessive
 * offices, and he/she (the person who opened the clause or the sentence before).
 */
final class Coreference {

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern SPACES_OR_HYPHENS = java.util.regex.Pattern.compile("[\\s-]+");

  private final KnowledgeBase kb;
  private final Lexicons lex;

  Coreference(KnowledgeBase kb, Lexicons lex) {
    this.kb = kb;
    this.lex = lex;
  }

  /** One actor being assembled. */
  private static final class Cluster {
    final String key;
    KbEntity entity;
    ActorKind kind;
    String name;
    String country;
    String sector;
    String title;
    /** Every title the mentions bore, lower case ("prime minister", "prince"): a description may use any. */
    final Set<String> titlesBorne = new HashSet<>();
    String function;
    String roleOrg;
    String groupName;
    /** The country was taken from a person mentioned alongside, not stated: a guess, kept out of the role. */
    boolean countryInferred;
    /** Described as no longer holding the office ("former President X"). */
    boolean former;
    /** Described as a visitor ("visiting Foreign Minister X"): not of the dateline's country. */
    boolean visiting;
    /** Tokens of the bodies the person's title serves ("a spokesman for the coast guard"). */
    final List<Integer> organizationTokens = new ArrayList<>();
    /** Tokens naming the person this one is a relative of ("his son X": "his"). */
    final List<Integer> relativeTokens = new ArrayList<>();
    final List<Candidate> mentions = new ArrayList<>();
    private NameKeys keys;

    Cluster(String key, ActorKind kind) {
      this.key = key;
      this.kind = kind;
    }

    int lastStartBefore(int token) {
      Candidate last = lastMentionBefore(token);
      return last == null ? -1 : last.start();
    }

    /** The last mention that starts before {@code token}, or null. */
    Candidate lastMentionBefore(int token) {
      Candidate best = null;
      for (Candidate c : mentions) {
        if (c.start() < token && (best == null || c.start() > best.start())) {
          best = c;
        }
      }
      return best;
    }

    /** How many mentions come before {@code token}. */
    int mentionsBefore(int token) {
      int n = 0;
      for (Candidate c : mentions) {
        n += c.start() < token ? 1 : 0;
      }
      return n;
    }

    int firstStart() {
      int best = Integer.MAX_VALUE;
      for (Candidate c : mentions) {
        if (c.type() != Candidate.Type.PRONOUN) {
          best = Math.min(best, c.start());
        }
      }
      return best;
    }

    /** The keys of the current name; recomputed only when the name changes (one-word mentions ask often). */
    NameKeys keys() {
      if (keys == null || !Objects.equals(keys.name(), name)) {
        keys = NameKeys.of(name);
      }
      return keys;
    }

    String surname() {
      return name == null ? null : keys().last();
    }

    /** The first word of a full name, when the person's people write the family name first. */
    String familyNameFirst(KnowledgeBase kb) {
      String c = country != null ? country : entity == null ? null : entity.country();
      if (name == null || keys().words() < 2) {
        return null;
      }
      // a person of no known country whose first name is no given name we know may be named family
      // name first ("Odua" for a ferry owner introduced by his full name)
      boolean unknownOrder = c == null && entity == null && !kb.isGivenName(keys().first());
      return kb.writesFamilyNameFirst(c) || unknownOrder ? keys().first() : null;
    }

    /** Whether a one-word mention names this person by family name. */
    boolean hasFamilyName(String word, KnowledgeBase kb) {
      return kind == ActorKind.PERSON && (word.equals(surname()) || word.equals(familyNameFirst(kb)));
    }
  }

  /** The state of resolving one document. */
  private final class Run {
    final List<Token> tokens;
    final LocalDate date;
    final Map<String, Cluster> byKey = new LinkedHashMap<>();
    final Map<Candidate, Cluster> resolved = new IdentityHashMap<>();
    private final Map<KbEntity, Set<String>> shortNames = new IdentityHashMap<>();

    /**
     * The one-word forms a known person's names give: each name's last word, and its first word
     * where the person's people write the family name first.
     */
    Set<String> shortNamesOf(KbEntity e) {
      return shortNames.computeIfAbsent(e, p -> {
        Set<String> out = new HashSet<>();
        boolean familyFirst = kb.writesFamilyNameFirst(p.country());
        for (String n : p.names()) {
          out.add(Names.key(n.substring(n.lastIndexOf(' ') + 1)));
          if (familyFirst && n.indexOf(' ') > 0) {
            out.add(Names.key(n.substring(0, n.indexOf(' '))));
          }
        }
        return out;
      });
    }
    final Map<String, Candidate.Cue> senses = new HashMap<>();
    final java.util.Set<String> surnames = new java.util.HashSet<>();
    /** The known organization a group family stands for once named with it ("Houthi rebels"). */
    final Map<String, Cluster> groupOwners = new HashMap<>();
    /** The countries whose forces the article has named ("police"), so "officers" may join them. */
    final java.util.Set<String> forcesNamed = new java.util.HashSet<>();
    String datelineCountry;
    /** The article's text, or null: where its paragraphs break. */
    String text;

    Run(List<Token> tokens, LocalDate date) {
      this.tokens = tokens;
      this.date = date;
    }

    /** The words of a mention as written, joined by spaces. */
    String text(Candidate c) {
      StringBuilder sb = new StringBuilder();
      for (int i = c.start(); i < c.end(); i++) {
        if (i > c.start()) {
          sb.append(' ');
        }
        sb.append(tokens.get(i).text());
      }
      return sb.toString();
    }

    /** The lookup key of a mention's words ("new york" for "NEW YORK"). */
    String key(Candidate c) {
      return Names.key(text(c));
    }

    Cluster cluster(String key, ActorKind kind) {
      return byKey.computeIfAbsent(key, k -> new Cluster(k, kind));
    }

    void link(Candidate c, Cluster cl) {
      cl.mentions.add(c);
      resolved.put(c, cl);
    }

    Cluster forEntity(KbEntity e) {
      Cluster cl = byKey.get(e.id());
      if (cl == null) {
        cl = cluster(e.id(), e.kind());
        cl.entity = e;
        cl.name = e.name();
        cl.country = e.country();
        cl.sector = e.sector();
        if (e.isPerson()) {
          Term t = termFor(e, date);
          if (t != null) {
            cl.country = t.country();
            cl.sector = t.sector();
          }
        }
      }
      return cl;
    }
  }

  static Term termFor(KbEntity person, LocalDate date) {
    Term t = person.termOn(date);
    return t != null ? t : person.latestTermBefore(date);
  }

  /** @param datelineCountry the country the story is filed from ({@link Dateline#country}), or null */
  List<Actor> resolve(List<Token> tokens, List<Candidate> candidates, LocalDate date, String text, String datelineCountry) {
    return build(link(tokens, candidates, date, datelineCountry, text), text);
  }

  /** The kind of actor each linked candidate resolved to. */
  Map<Candidate, ActorKind> kinds(List<Token> tokens, List<Candidate> candidates, LocalDate date) {
    Run run = link(tokens, candidates, date, null, null);
    Map<Candidate, ActorKind> out = new IdentityHashMap<>();
    run.resolved.forEach((c, cl) -> out.put(c, cl.kind));
    return out;
  }

  /** @param datelineCountry the country the story is filed from, or null */
  private Run link(List<Token> tokens, List<Candidate> candidates, LocalDate date, String datelineCountry, String text) {
    Run run = new Run(tokens, date);
    run.text = text;
    run.datelineCountry = datelineCountry;
    run.senses.putAll(senses(run, candidates));
    run.surnames.addAll(surnames(run, candidates));
    List<Candidate> later = new ArrayList<>();
    for (Candidate c : candidates) {
      switch (c.type()) {
        case ENTITY -> {
          Candidate.Cue sense = run.senses.get(run.key(c));
          boolean placeHere = c.cue() != null && c.cue().kind() == ActorKind.LOCATION; // its own context wins
          if (mayBeSurname(c) && (run.surnames.contains(run.key(c))
              || c.kind() == ActorKind.LOCATION && sense != null && sense.kind() == ActorKind.PERSON)) {
            later.add(c); // "Washington" in an article about MaliVai Washington; "Duran, 45, said"
          } else if (c.kind() == ActorKind.LOCATION && isOrganizationSense(sense) && !placeHere) {
            namedBySense(run, c, sense, c.entity().country()); // "Ipswich 2 Norwich 1"
          } else if (!localBody(run, c)) {
            Cluster cl = run.forEntity(preferMentioned(run, c));
            run.link(c, cl);
            titleInName(run, c, cl);
          }
        }
        case PERSON -> person(run, c);
        case ORGANIZATION -> {
          // a bare "parliament" that no story country owns names no one
          if (!localBody(run, c) && Names.startsUpper(c.name())) {
            organization(run, c);
          }
        }
        case OWNED_BODY -> {
          if (c.entity() != null) {
            run.link(c, run.forEntity(c.entity()));
          } else {
            organization(run, c);
          }
        }
        case LOCATION -> {
          Cluster cl = run.cluster("loc:" + Names.key(c.name()), ActorKind.LOCATION);
          cl.name = cl.name == null ? c.name() : cl.name;
          run.link(c, cl);
        }
        case GROUP -> {
          Cluster cl = run.forEntity(c.entity());
          if (cl.groupName == null) {
            cl.groupName = c.name();
          }
          run.link(c, cl);
        }
        default -> later.add(c);
      }
    }
    later.sort(Comparator.comparingInt(Candidate::start)
        .thenComparingInt(c -> c.type() == Candidate.Type.OFFICE_OF || c.type() == Candidate.Type.NON_STATE_GROUP ? 1 : 0));
    for (Candidate c : later) {
      switch (c.type()) {
        case SINGLE_NAME, ENTITY, CAPS_WORD -> singleName(run, c);
        case UNKNOWN_NAME -> unknownName(run, c);
        case DESCRIPTION -> description(run, c);
        case ORG_DESCRIPTION -> organizationDescription(run, c);
        case OFFICE_OF -> office(run, c);
        case PRONOUN -> pronoun(run, c, candidates);
        case NON_STATE_GROUP -> nonStateGroup(run, c, candidates);
        default -> { }
      }
    }
    organizationsOfTitles(run, candidates);
    relativesCountries(run, candidates);
    datelineOffices(run);
    inferCountries(run, candidates);
    placesStandForTheirCountries(run);
    return run;
  }

  /**
   * A group named by what it is (group-actors.tsv): one actor per family and country ("protesters",
   * "demonstrators" and "the crowd" in one story are one crowd), of the country its modifier
   * names, else the dateline's; owned by a known organization ("Houthi rebels"), the family's
   * later mentions are that organization. The state's forces named without an owner ("riot
   * police") are a mention of their country.
   */
  private void nonStateGroup(Run run, Candidate c, List<Candidate> all) {
    GroupActors.Phrase phrase = lex.groupActors().phrase(c.name());
    for (int space = c.name().indexOf(' '); phrase == null && space > 0; space = c.name().indexOf(' ', space + 1)) {
      phrase = lex.groupActors().phrase(c.name().substring(space + 1)); // "Tamasheq rebels": an armed group named by its name
    }
    if (phrase == null) {
      return;
    }
    String country = c.country() != null ? c.country() : run.datelineCountry;
    if (phrase.captives() && c.country() != null) {
      KbEntity nation = kb.entity(c.country());
      if (nation != null && nation.kind() == ActorKind.COUNTRY) {
        run.link(c, run.forEntity(nation)); // "Ukrainian prisoners" freed: released to Ukraine
        return;
      }
    }
    if (phrase.followers()) {
      followers(run, c, all);
      return;
    }
    if (phrase.force() && c.country() == null) {
      Cluster force = ownerOfForce(run, c);
      if (force != null) {
        run.link(c, force);
      }
      return;
    }
    if (phrase.state()) {
      KbEntity state = country == null ? null : kb.entity(country);
      if (state != null && state.kind() == ActorKind.COUNTRY && (phrase.starts() || run.forcesNamed.contains(country))) {
        run.forcesNamed.add(country);
        Cluster force = phrase.sector() == null ? null : namedForce(run, country, phrase.sector());
        run.link(c, force != null ? force : run.forEntity(state)); // "the military" after "Myanmar's military"
      }
      return;
    }
    if (c.entity() != null || c.context().organizationToken() >= 0) {
      Cluster owner = c.entity() != null ? run.forEntity(c.entity()) : clusterAt(run, c.context().organizationToken());
      if (owner != null) {
        run.groupOwners.putIfAbsent(phrase.family(), owner);
        run.link(c, owner);
      }
      return;
    }
    Cluster owner = run.groupOwners.computeIfAbsent(phrase.family(), f -> namedWithFamily(run, f, c.start()));
    if (owner != null && (c.country() == null || c.country().equals(owner.country))) {
      run.link(c, owner); // "the rebels" after "M23 rebels"
      return;
    }
    String key = "group:" + phrase.family() + ":" + country;
    Cluster cl = run.byKey.get(key);
    if (cl == null) {
      boolean crowdInTheStreet = c.end() < run.tokens.size()
          && lex.groupActors().countedCrowd(phrase, run.tokens.get(c.end()).text()); // "thousands of people marched"
      if (!phrase.starts() && !crowdInTheStreet) {
        return; // "the crowd" with no crowd told before
      }
      cl = run.cluster(key, ActorKind.GROUP);
      cl.country = country;
      cl.sector = phrase.sector();
      Country known = kb.country(country);
      boolean opposition = "opposition".equals(phrase.family()) && known != null && !known.adjectives().isEmpty();
      cl.groupName = opposition ? known.adjectives().get(0) + " opposition"
          : crowdInTheStreet ? lex.groupActors().familyName(phrase.family()) : c.name();
    }
    run.link(c, cl);
  }

  /** How many sentences back a force told by its country ("Russian troops") still owns bare "troops". */
  private static final int FORCE_REACH = 3;

  /**
   * Whose forces bare "soldiers" or "troops" are: the force of a state told in this sentence or
   * the few before ("Russian troops ... Soldiers then"), the latest one; else, when the article
   * has told no force of another country before them, the dateline country's; else no one
   * (a foreign force told earlier makes the bare word ambiguous).
   */
  private Cluster ownerOfForce(Run run, Candidate c) {
    Cluster latest = null;
    int latestStart = -1;
    boolean foreignTold = false;
    for (Cluster cl : run.byKey.values()) {
      if (!"MIL".equals(cl.sector) || cl.country == null || cl.kind == ActorKind.PERSON) {
        continue;
      }
      KbEntity state = kb.entity(cl.country);
      Candidate last = cl.lastMentionBefore(c.start());
      if (state == null || state.kind() != ActorKind.COUNTRY || last == null) {
        continue;
      }
      foreignTold |= !cl.country.equals(run.datelineCountry);
      if (last.sentence() >= c.sentence() - FORCE_REACH && last.start() > latestStart) {
        latest = cl;
        latestStart = last.start();
      }
    }
    if (latest != null) {
      return latest;
    }
    KbEntity home = run.datelineCountry == null || foreignTold ? null : kb.entity(run.datelineCountry);
    if (home == null || home.kind() != ActorKind.COUNTRY) {
      return null;
    }
    Cluster named = namedForce(run, run.datelineCountry, "MIL");
    return named != null ? named : run.forEntity(home);
  }

  /** The country's body of that sector already in the article ("Myanmar's military"), or null. */
  private static Cluster namedForce(Run run, String country, String sector) {
    for (Cluster cl : run.byKey.values()) {
      if (cl.kind == ActorKind.ORGANIZATION && country.equals(cl.country) && sector.equals(cl.sector)) {
        return cl;
      }
    }
    return null;
  }

  /**
   * "Khan's supporters", "his supporters": one group per person followed, named "<surname>
   * supporters", of that person's country; none when the person is not known.
   */
  private void followers(Run run, Candidate c, List<Candidate> all) {
    int token = c.context().organizationToken();
    Cluster person = token >= 0 ? clusterAt(run, token) : personSpokenOf(run, all, c); // "his supporters"
    if (person == null || person.kind != ActorKind.PERSON || person.name == null) {
      return;
    }
    String key = "group:followers:" + person.key;
    Cluster cl = run.byKey.get(key);
    if (cl == null) {
      cl = run.cluster(key, ActorKind.GROUP);
      String[] words = SPACES.split(person.name);
      String family = person.familyNameFirst(kb) != null ? words[0] : words[words.length - 1]; // "Yoon supporters"
      cl.groupName = family + " supporters";
      cl.country = person.country;
      cl.sector = lex.groupActors().phrase(c.name()).sector();
    }
    run.link(c, cl);
  }

  /**
   * An organization the article has named, before {@code token}, with a word of the family
   * ending the name as written ("the M23 rebels" known as a whole to the knowledge base), or null.
   */
  private Cluster namedWithFamily(Run run, String family, int token) {
    for (Cluster cl : run.byKey.values()) {
      if (cl.kind != ActorKind.ORGANIZATION && cl.kind != ActorKind.GROUP || cl.key.startsWith("group:")) {
        continue;
      }
      for (Candidate m : cl.mentions) {
        GroupActors.Phrase last = m.start() < token && m.end() - m.start() > 1
            ? lex.groupActors().phrase(run.tokens.get(m.end() - 1).text()) : null;
        if (last != null && family.equals(last.family())) {
          return cl;
        }
      }
    }
    return null;
  }

  /**
   * A place inside a known country also names that country as a participant ("strikes on
   * Kharkiv", "arrived in Florida"), the way a capital names its government.
   */
  private void placesStandForTheirCountries(Run run) {
    for (Cluster place : new ArrayList<>(run.byKey.values())) {
      KbEntity country = place.kind == ActorKind.LOCATION && place.country != null ? kb.entity(place.country) : null;
      if (country == null || country.kind() != ActorKind.COUNTRY) {
        continue;
      }
      Cluster cl = run.byKey.get(country.id());
      if (cl == null) {
        continue; // a place whose country the article never names stays a place
      }
      for (Candidate c : place.mentions) {
        cl.mentions.add(c);
      }
    }
  }

  // ------------------------------------------------------------------ names

  /** Of the entries an ambiguous name ("RSF") may mean, one the article has already named. */
  private static KbEntity preferMentioned(Run run, Candidate c) {
    if (run.byKey.containsKey(c.entity().id())) {
      return c.entity();
    }
    for (KbEntity alt : c.alternatives()) {
      if (run.byKey.containsKey(alt.id())) {
        return alt;
      }
    }
    // "Sudan's army and the RSF": else the one whose home country the article has named
    if (!homeNamed(run, c.entity())) {
      for (KbEntity alt : c.alternatives()) {
        if (homeNamed(run, alt)) {
          return alt;
        }
      }
    }
    return c.entity();
  }

  private static boolean homeNamed(Run run, KbEntity e) {
    return e.country() != null && e.kind() != ActorKind.COUNTRY
        && run.byKey.values().stream().anyMatch(cl -> e.country().equals(cl.country));
  }

  private void person(Run run, Candidate c) {
    Cluster cl;
    KbEntity known = c.entity() != null ? c.entity() : titledKnownPerson(c, run.date);
    if (known != null) {
      cl = run.forEntity(known);
    } else {
      String key = "person:" + Names.key(c.name());
      cl = run.byKey.get(key);
      if (cl == null) {
        cl = samePerson(run, c.name());
        if (cl != null && holdsAnotherOffice(cl, c)) {
          cl = null; // "King Faisal" and, later, "President Omar Faisal": two people
        }
      }
      if (cl == null) {
        cl = run.cluster(key, ActorKind.PERSON);
        cl.name = c.name();
      }
    }
    if (c.title() != null && !HONORIFIC.equals(c.function())) {
      cl.titlesBorne.add(c.title().toLowerCase(Locale.ROOT));
    }
    titleInName(run, c, cl);
    if (c.title() != null && cl.title == null && !HONORIFIC.equals(c.function())) { // "Mr." is no role
      cl.title = c.title();
      cl.function = c.function();
      cl.roleOrg = c.roleOrg();
    }
    if (c.country() != null && cl.entity == null) {
      cl.country = c.country();
    }
    if (cl.sector == null) {
      cl.sector = c.sector();
    }
    if (cl.name != null && c.name() != null && cl.entity == null && c.name().length() > cl.name.length()) {
      cl.name = c.name();
    }
    Candidate.PersonContext context = c.context();
    cl.former |= context.former() && c.title() != null;
    cl.visiting |= context.visiting();
    if (context.organizationToken() >= 0) {
      cl.organizationTokens.add(context.organizationToken());
    }
    if (context.relativeToken() >= 0) {
      cl.relativeTokens.add(context.relativeToken());
    }
    run.link(c, cl);
  }

  /**
   * "President Trump", "former Prime Minister Johnson": a surname after a title, of the one
   * person the knowledge base knows in that office on the article's date (or, for a former
   * holder, before it), in the title's country when it names one.
   */
  private KbEntity titledKnownPerson(Candidate c, LocalDate date) {
    if (c.function() == null || c.name() == null || SPACES.split(c.name()).length != 1) {
      return null;
    }
    KbEntity found = null;
    for (KbEntity p : kb.personsWithSurname(c.name())) {
      boolean fits = false;
      for (Term t : p.terms()) {
        boolean when = c.context().former() ? t.end() != null && (date == null || t.end().isBefore(date)) : t.heldOn(date);
        fits |= when && t.functions().contains(c.function()) && (c.country() == null || c.country().equals(t.country()));
      }
      if (fits) {
        if (found != null && found != p) {
          return null;
        }
        found = p;
      }
    }
    return found;
  }

  /** Whether a person named before and a new mention sharing a name hold different offices or are of different countries. */
  private static boolean holdsAnotherOffice(Cluster cl, Candidate c) {
    boolean otherCountry = c.country() != null && cl.country != null && !c.country().equals(cl.country);
    boolean titled = c.title() != null && cl.title != null && !HONORIFIC.equals(c.function())
        && !HONORIFIC.equals(cl.function);
    if (!titled || otherCountry) {
      return otherCountry;
    }
    String a = c.title().toLowerCase(Locale.ROOT);
    String b = cl.title.toLowerCase(Locale.ROOT);
    if (c.function() == null || cl.function == null) {
      return !a.equals(b);
    }
    // a head of state goes by one title ("King", "President"; "interim president" is still a president),
    // while a head of government may be "Premier" and "Prime Minister" in one story
    boolean otherHeadOfState = "HOS".equals(c.function()) && "HOS".equals(cl.function) && !a.contains(b) && !b.contains(a);
    return !c.function().equals(cl.function) || otherHeadOfState;
  }

  /**
   * An earlier person whose name this one extends or shortens ("Ahmed Hassan" / "Hassan", "Xi
   * Jinping" / "Xi").
   */
  private Cluster samePerson(Run run, String name) {
    String[] parts = SPACES.split(name);
    String surname = Names.key(parts[parts.length - 1]);
    for (Cluster cl : run.byKey.values()) {
      if (parts.length == 1 && cl.hasFamilyName(surname, kb)) {
        return cl;
      }
      if (cl.kind == ActorKind.PERSON && surname.equals(cl.surname())) {
        if (parts.length == 1 || cl.keys().words() == 1 || Names.key(parts[0]).equals(cl.keys().first())) {
          return cl;
        }
        if (cl.name != null && cl.keys().words() > parts.length && Names.key(cl.name).endsWith(" " + Names.key(name))) {
          return cl; // "De Gucht" after "Karel De Gucht": a family name of several words
        }
      }
    }
    return null;
  }

  private void organization(Run run, Candidate c) {
    organization(run, c, c.kind(), c.name(), c.country(), c.sector());
  }

  private void organization(Run run, Candidate c, ActorKind kind, String name, String country, String sector) {
    String key = "org:" + Names.key(name) + "/" + country;
    Cluster cl = run.byKey.get(key);
    if (cl == null) {
      cl = run.cluster(key, kind);
      cl.name = name;
      cl.country = country;
      cl.sector = sector;
    }
    run.link(c, cl);
  }

  /**
   * "Congress" or "the Supreme Court" in a story filed from another country than the one the
   * knowledge base gives the bare name to: that country's body (generic-bodies.tsv), its own
   * knowledge-base entry when it has one. False when the name is no such bare name.
   */
  private boolean localBody(Run run, Candidate c) {
    KbEntity e = c.entity();
    String here = run.datelineCountry;
    boolean knownElsewhere = e != null && e.kind() == ActorKind.ORGANIZATION && !here(e.country(), here)
        && c.form() == KnowledgeBase.Form.ALIAS; // "Congress": the U.S. one in the knowledge base
    boolean unowned = e == null && c.type() == Candidate.Type.ORGANIZATION && c.country() == null; // "the National Assembly"
    if (here == null || !knownElsewhere && !unowned) {
      return false;
    }
    List<String> words = new ArrayList<>();
    for (int k = c.start(); k < c.end(); k++) {
      String w = run.tokens.get(k).text().toLowerCase(Locale.ROOT);
      if (!(words.isEmpty() && w.equals("the"))) {
        words.add(w);
      }
    }
    if (words.size() > 1 && lex.seatNouns().contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1); // "the parliament building": the parliament
    }
    String phrase = String.join(" ", words);
    String base = lex.genericBodies().get(phrase, 1);
    Country country = kb.country(here);
    List<String> countries = base == null ? List.of() : List.of(lex.genericBodies().get(phrase, 2).split("\\|"));
    if (base == null || country == null || !countries.contains(here) && !countries.contains("*")) {
      return false;
    }
    KbEntity own = kb.bodyOf(here, words);
    if (own != null) {
      run.link(c, run.forEntity(own)); // "Congress" in Buenos Aires: the entry known as "Argentine Congress"
    } else {
      organization(run, c, ActorKind.ORGANIZATION, base + " of " + country.inPhrase(), here, "GOV"); // "of the Philippines"
    }
    return true;
  }

  private static boolean here(String country, String here) {
    return country != null && country.equals(here);
  }

  // ------------------------------------------------------------------ what needs an antecedent

  // ------------------------------------------------------------------ one sense per document

  /** What the context cues of every mention of a name say it names, summed over the article. */
  private static Map<String, Candidate.Cue> senses(Run run, List<Candidate> candidates) {
    Map<String, Map<ActorKind, Integer>> votes = new HashMap<>();
    Map<String, String> sectors = new HashMap<>();
    for (Candidate c : candidates) {
      if (c.cue() != null) {
        String key = run.key(c);
        votes.computeIfAbsent(key, k -> new java.util.EnumMap<>(ActorKind.class))
            .merge(c.cue().kind(), c.cue().weight(), Integer::sum);
        if (c.cue().sector() != null) {
          sectors.putIfAbsent(key, c.cue().sector());
        }
      }
    }
    Map<String, Candidate.Cue> out = new HashMap<>();
    votes.forEach((key, byKind) -> {
      ActorKind best = null;
      int bestWeight = 0;
      int total = 0;
      for (var e : byKind.entrySet()) {
        total += e.getValue();
        if (e.getValue() > bestWeight) {
          best = e.getKey();
          bestWeight = e.getValue();
        }
      }
      if (bestWeight * 2 > total) {
        out.put(key, new Candidate.Cue(best, bestWeight, sectors.get(key)));
      }
    });
    return out;
  }

  /** A place is read as an organization (its team, its firm) only on firm evidence. */
  private static boolean isOrganizationSense(Candidate.Cue sense) {
    return sense != null && sense.kind() == ActorKind.ORGANIZATION && sense.weight() >= 2;
  }

  /** The surnames of the people the article names in full. */
  private static java.util.Set<String> surnames(Run run, List<Candidate> candidates) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (Candidate c : candidates) {
      boolean person = c.type() == Candidate.Type.PERSON || c.type() == Candidate.Type.ENTITY && c.kind() == ActorKind.PERSON;
      if (person && c.end() - c.start() >= 2) {
        out.add(Names.key(run.tokens.get(c.end() - 1).text()));
      }
    }
    return out;
  }

  /** A one-word place or country name that may be someone's surname. */
  private static boolean mayBeSurname(Candidate c) {
    return c.end() - c.start() == 1 && c.form() != KnowledgeBase.Form.ADJECTIVE
        && (c.kind() == ActorKind.LOCATION || c.kind() == ActorKind.COUNTRY);
  }

  /** A cluster for a name known only by what its context says it is. */
  private static void namedBySense(Run run, Candidate c, Candidate.Cue sense, String country) {
    String key = run.key(c);
    String prefix = switch (sense.kind()) {
      case PERSON -> "person:";
      case LOCATION -> "loc:";
      default -> "org:";
    };
    Cluster cl = run.byKey.get(prefix + key + (sense.kind() == ActorKind.ORGANIZATION ? "/" + country : ""));
    if (cl == null) {
      cl = run.cluster(prefix + key + (sense.kind() == ActorKind.ORGANIZATION ? "/" + country : ""), sense.kind());
      cl.name = run.text(c);
      cl.country = country;
      cl.sector = sense.sector();
    }
    run.link(c, cl);
  }

  /** A capitalized phrase of unknown kind: a name already resolved, else what its context says. */
  private void unknownName(Run run, Candidate c) {
    String key = run.key(c);
    for (Cluster cl : run.byKey.values()) {
      if (cl.name != null && Names.key(cl.name).equals(key) && cl.kind != ActorKind.OTHER) {
        run.link(c, cl);
        return;
      }
    }
    Candidate.Cue sense = run.senses.get(key);
    if (sense == null && looksLikePersonName(run, c)) {
      sense = new Candidate.Cue(ActorKind.PERSON, 0, null);
    }
    if (sense != null) {
      namedBySense(run, c, sense, null);
      Cluster named = run.resolved.get(c);
      if (named != null && named.country == null && named.kind == ActorKind.PERSON) {
        named.country = c.country(); // "Alija Izetbegovic of Bosnia"
      }
    }
  }

  /**
   * Two or three plain capitalized words the tagger reads as proper nouns, with nothing around
   * them saying otherwise: most often a person's full name ("Freddy Pinas").
   */
  private boolean looksLikePersonName(Run run, Candidate c) {
    int n = c.end() - c.start();
    if (n < 2 || n > 3) {
      return false;
    }
    if (MONTHS.contains(run.tokens.get(c.start()).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int i = c.start(); i < c.end(); i++) {
      Token t = run.tokens.get(i);
      String w = t.text();
      if (!"PROPN".equals(t.pos()) || w.length() < 2 || Names.isAllCaps(w) || !w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'')) {
        return false;
      }
      if (lex.orgHeads().contains(w) || lex.groupNouns().contains(w) || NUMBER_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return false; // "Air Force One": a body's word or a number is no part of a person's name
      }
    }
    return true;
  }

  private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("one", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten", "first", "second", "third");

  /** Whether a person was named in this sentence or the one before, in the same paragraph: the story still tells of them. */
  private static boolean stillTold(Run run, Cluster person, Candidate c) {
    Candidate last = person.lastMentionBefore(c.start());
    if (last == null || c.sentence() - last.sentence() > 1) {
      return false;
    }
    if (run.text == null) {
      return true;
    }
    int from = run.tokens.get(last.start()).end();
    int to = run.tokens.get(c.start()).start();
    int lineBreak = run.text.indexOf('\n', from);
    return from <= to && (lineBreak < 0 || lineBreak >= to);
  }

  /** Whether {@code newer}, the more recent of two people named by one surname, gives way to the more-told {@code older}. */
  private static boolean givesWayTo(Run run, Cluster newer, Cluster older, Candidate c) {
    return !stillTold(run, newer, c) && older.mentionsBefore(c.start()) > newer.mentionsBefore(c.start());
  }

  private static final java.util.Set<String> MONTHS = java.util.Arrays.stream(java.time.Month.values())
      .map(m -> m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))
      .collect(java.util.stream.Collectors.toSet());

  private void singleName(Run run, Candidate c) {
    String word = run.key(c);
    Cluster best = null;
    int bestPos = Integer.MIN_VALUE;
    for (Cluster cl : run.byKey.values()) {
      boolean surnameHit = cl.hasFamilyName(word, kb);
      boolean orgHit = cl.kind != ActorKind.PERSON && cl.name != null
          && (cl.keys().whole().equals(word) || cl.keys().first().equals(word)
              && !lex.orgHeads().contains(run.text(c))); // "Police" opening a sentence is no short form of "Police of X"
      boolean aliasHit = cl.entity != null && cl.entity.isPerson() && run.shortNamesOf(cl.entity).contains(word);
      boolean acronymHit = cl.kind != ActorKind.PERSON && cl.name != null && word.length() >= 2
          && word.equals(cl.keys().initials());
      if (surnameHit || orgHit || aliasHit || acronymHit) {
        int pos = cl.lastStartBefore(c.start());
        // a relative introduced through the person ("his son Eduardo X") is not the one "X" names
        boolean relative = !cl.relativeTokens.isEmpty();
        boolean bestRelative = best != null && !best.relativeTokens.isEmpty();
        if (best == null || bestRelative && !relative || relative == bestRelative && pos > bestPos) {
          boolean twoPeople = best != null && surnameHit && best.kind == ActorKind.PERSON && cl.kind == ActorKind.PERSON
              && relative == bestRelative;
          if (twoPeople && givesWayTo(run, cl, best, c)) {
            continue; // two Dutertes: past the newer one's own sentences, the surname is the one the story is about
          }
          best = cl;
          bestPos = pos;
        } else if (surnameHit && best.kind == ActorKind.PERSON && cl.kind == ActorKind.PERSON && relative == bestRelative
            && givesWayTo(run, best, cl, c)) {
          best = cl; // the more recent one was named a while ago and less often
          bestPos = pos;
        }
      }
    }
    if (best == null && c.type() != Candidate.Type.CAPS_WORD) { // "MAJOR LEAGUE" is no John Major
      KbEntity known = uniqueKnownPerson(run.text(c), run.date);
      if (known != null) {
        best = run.forEntity(known);
      }
    }
    if (best == null && c.type() == Candidate.Type.ENTITY) {
      run.link(c, run.forEntity(preferMentioned(run, c)));
      return;
    }
    if (best == null && c.type() == Candidate.Type.CAPS_WORD) {
      return; // a headline word the article does not name elsewhere
    }
    Candidate.Cue sense = run.senses.get(word);
    if (best == null && sense == null && isAcronym(run.text(c))) {
      sense = new Candidate.Cue(ActorKind.ORGANIZATION, 0, null); // "IHC forecast": an acronym most often names a body
    }
    if (best == null && sense != null) {
      namedBySense(run, c, sense, null);
      return;
    }
    if (best == null) {
      Token next = c.end() < run.tokens.size() ? run.tokens.get(c.end()) : null;
      Token prev = c.start() > 0 ? run.tokens.get(c.start() - 1) : null;
      boolean speaks = next != null && lex.isSpeechVerb(next) || prev != null && lex.isSpeechVerb(prev)
          && !prev.is("according");
      String w = run.text(c);
      if (!speaks || lex.orgHeads().contains(w) || lex.groupNouns().contains(w)) { // "Police said"
        return;
      }
      boolean reports = next != null && "report".equals(lex.speechVerbs().get(next.text(), 1));
      best = run.cluster("name:" + word, reports ? ActorKind.ORGANIZATION : ActorKind.PERSON);
      best.name = run.text(c);
      if (reports) {
        best.sector = "MED";
      }
    }
    run.link(c, best);
  }

  /** Three to five capital letters, no periods: "SPLA", "IHC". */
  private static boolean isAcronym(String w) {
    return w.length() >= 3 && w.length() <= 5 && w.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
  }

  /** A cluster name's keys: whole, first and last word (split at spaces), word count, initials. */
  record NameKeys(String name, String whole, String first, String last, int words, String initials) {
    static NameKeys of(String name) {
      if (name == null) {
        return new NameKeys(null, null, null, null, 0, null);
      }
      String[] parts = SPACES.split(name);
      return new NameKeys(name, Names.key(name), Names.key(parts[0]), Names.key(parts[parts.length - 1]), parts.length,
          Coreference.initials(name));
    }
  }

  /** "kdp" for "Kurdistan Democratic Party": the initials of a name's capitalized words. */
  static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : SPACES_OR_HYPHENS.split(name)) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        sb.append(Character.toLowerCase(w.charAt(0)));
      }
    }
    return sb.toString();
  }

  /** A KB person with this surname who held office on the date, if exactly one did. */
  private KbEntity uniqueKnownPerson(String surname, LocalDate date) {
    KbEntity found = null;
    for (KbEntity p : kb.personsWithSurname(surname)) {
      if (p.termOn(date) != null) {
        if (found != null && found != p) {
          return null;
        }
        found = p;
      }
    }
    return found;
  }

  private void description(Run run, Candidate c) {
    Cluster best = null;
    int bestPos = Integer.MIN_VALUE;
    boolean former = c.context().former();
    for (Cluster cl : run.byKey.values()) {
      if (cl.kind != ActorKind.PERSON || !holdsTitle(cl, c, run.date)) {
        continue;
      }
      // "Tajikistan's president ... President X": a titled name of no known country may be the one described
      boolean countryUnknown = cl.country == null && cl.entity == null;
      if (c.country() != null && !c.country().equals(cl.country) && !countryUnknown) {
        continue;
      }
      if (former != isFormer(cl, run.date)) {
        continue; // "the former president" is not the president, nor the other way round
      }
      int pos = cl.lastStartBefore(c.start());
      if (pos < 0) {
        pos = -1_000_000 + (1_000_000 - cl.firstStart()); // mentioned only later: less likely
      }
      if (best == null || pos > bestPos) {
        best = cl;
        bestPos = pos;
      }
    }
    if (best != null && best.country == null && best.entity == null && c.country() != null) {
      best.country = c.country(); // the description says whose office the name holds
    }
    if (former) {
      if (best != null) {
        run.link(c, best);
      }
      return; // no holder on the article's date, nor the country, is a former office holder
    }
    String country = c.country();
    if (country == null && run.datelineCountry != null && c.function() != null
        && lex.nationalFunctions().contains(c.function()) && hasOffice(run.datelineCountry, c.function(), c.title(), run.date)) {
      country = run.datelineCountry; // "TOKYO — The defense minister said": Japan's
    }
    if (best == null && country != null && (c.function() != null || isLeader(c))) {
      List<KnowledgeBase.Holder> holders = isLeader(c) ? kb.leaders(country, run.date)
          : kb.holders(country, c.function(), run.date);
      if ("AMB".equals(c.function())) {
        holders.removeIf(h -> !namesPost(c.name(), h.term().title()));
      }
      if (holders.size() == 1) {
        best = run.forEntity(holders.get(0).person());
      }
    }
    if (best == null && c.country() != null && kb.entity(c.country()) != null) {
      // "Ukraine's foreign minister" whom we cannot name acts for the country
      best = run.forEntity(kb.entity(c.country()));
    }
    if (best != null) {
      run.link(c, best);
    }
  }

  /**
   * Whether a description of an ambassador names the post a holder has: a country has an
   * ambassador in every capital, so "the Russian ambassador" is none of those the knowledge base
   * lists, while "Russia's U.N. ambassador" is its ambassador to the United Nations.
   */
  private static boolean namesPost(String description, String postTitle) {
    if (description == null || postTitle == null) {
      return false;
    }
    int to = postTitle.indexOf(" to ");
    String host = to < 0 ? "" : postTitle.substring(to + 4).replaceFirst("^the ", "");
    String d = description.replace(".", "");
    if (host.equals("United Nations")) {
      return d.contains("United Nations") || d.matches(".*\\bUN\\b.*");
    }
    return !host.isEmpty() && d.contains(host);
  }

  /** The state a name's navy prefix gives ("USS X": USA), or null. */
  private String shipState(String name) {
    int space = name.indexOf(' ');
    return space > 0 && Names.isAllCaps(name.substring(0, space)) ? lex.shipState(name.substring(0, space)) : null;
  }

  /** Whether a person fits a description's title: same function, or the same title words. */
  private static boolean holdsTitle(Cluster cl, Candidate c, LocalDate date) {
    Term t = cl.entity == null ? null : termFor(cl.entity, date);
    if (isLeader(c)) {
      return t != null && !t.exOfficio() && (t.functions().contains("HOS") || t.functions().contains("HOG"))
          || "HOS".equals(cl.function) || "HOG".equals(cl.function);
    }
    String f = c.function();
    if (f != null && (f.equals(cl.function) || t != null && t.functions().contains(f))) {
      return true;
    }
    return c.title() != null && cl.titlesBorne.contains(c.title().toLowerCase(Locale.ROOT)); // cl.title is among them
  }

  /**
   * The titles stacked at the head of a person's mention ("First Prime Minister Prince X", or a
   * known person's name matched whole as "Prince X"): the person bears each, so "the prince" may
   * describe them later.
   */
  private void titleInName(Run run, Candidate c, Cluster cl) {
    if (c.kind() != ActorKind.PERSON) {
      return;
    }
    int at = c.start();
    while (at < c.end() - 1) {
      PhraseTrie.Match<Title> t = kb.titles().longest(run.tokens, at, c.end() - 1, (e, span) -> true);
      if (t == null || t.start() != at) {
        return;
      }
      StringBuilder title = new StringBuilder();
      for (int k = t.start(); k < t.end(); k++) {
        title.append(k > t.start() ? " " : "").append(run.tokens.get(k).text().toLowerCase(Locale.ROOT));
      }
      cl.titlesBorne.add(title.toString());
      at = t.end();
    }
  }


  private static boolean isLeader(Candidate c) {
    return "leader".equalsIgnoreCase(c.title());
  }

  /** Sectors of organizations that a bare "the group" may stand for: not a state's body, a bloc or a firm. */
  private static final Set<String> NON_STATE_SECTORS = Set.of("OPP", "CVL", "REL");

  private void organizationDescription(Run run, Candidate c) {
    String[] words = SPACES.split(c.name().toLowerCase(Locale.ROOT)); // "coast guard": every word in the name
    String head = words[words.length - 1];
    Cluster best = null;
    int bestPos = Integer.MIN_VALUE;
    for (Cluster cl : run.byKey.values()) {
      if (cl.kind != ActorKind.ORGANIZATION && cl.kind != ActorKind.GROUP || cl.name == null && cl.entity == null) {
        continue;
      }
      boolean fits = cl.name != null && containsWords(cl.name, words)
          || cl.entity != null && cl.entity.names().stream().anyMatch(n -> containsWords(n, words))
          || (head.equals("bloc") || head.equals("alliance")) && "IGO".equals(cl.sector) // "the alliance" after NATO
              && (cl.entity == null || cl.entity.id().indexOf('-') < 0) // an organ (UN-SC, EU-COM) is no bloc
          || head.equals("group") && words.length == 1 && cl.sector != null && NON_STATE_SECTORS.contains(cl.sector); // "the group" after "the Taliban"
      int pos = cl.lastStartBefore(c.start());
      if (fits && pos >= 0 && pos > bestPos) {
        best = cl;
        bestPos = pos;
      }
    }
    if (best != null) {
      run.link(c, best);
    }
  }

  private static boolean containsWords(String name, String[] words) {
    for (String w : words) {
      if (!containsWord(name, w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsWord(String name, String word) {
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.equals(word)) {
        return true;
      }
    }
    return false;
  }

  private void office(Run run, Candidate c) {
    Cluster person = null;
    for (var e : run.resolved.entrySet()) {
      Candidate m = e.getKey();
      if (m != c && m.start() <= c.head() && c.head() < m.end() && e.getValue().kind == ActorKind.PERSON) {
        person = e.getValue();
      }
    }
    if (person == null) {
      return;
    }
    String role = roleOf(person, run.date);
    KbEntity office = role == null ? null : kb.officeOf(stripPrefix(role));
    Cluster cl;
    if (office != null) {
      cl = run.forEntity(office);
    } else {
      cl = run.cluster("office:" + person.key, ActorKind.ORGANIZATION);
      if (cl.name == null) {
        cl.name = role != null ? "Office of the " + stripPrefix(role) : c.name();
        cl.country = person.country;
        cl.sector = "GOV";
      }
    }
    run.link(c, cl);
  }

  private static String stripPrefix(String role) {
    return role;
  }

  private void pronoun(Run run, Candidate c, List<Candidate> all) {
    if (run.tokens.get(c.start()).is("him") || run.tokens.get(c.start()).is("her")) {
      Cluster object = objectPronounAntecedent(run, c, all);
      if (object != null) {
        run.link(c, object);
      }
      return;
    }
    Cluster target = personSpokenOf(run, all, c);
    if (target != null) {
      run.link(c, target);
    }
  }

  /** Who "he", "she" or "his" stands for: the first person of its sentence before it, else of the two sentences before. */
  private static Cluster personSpokenOf(Run run, List<Candidate> all, Candidate c) {
    Cluster target = firstPersonInSentence(run, all, c.sentence(), c.start());
    for (int s = c.sentence() - 1; target == null && s >= c.sentence() - 2 && s >= 0; s--) {
      target = firstPersonInSentence(run, all, s, Integer.MAX_VALUE);
    }
    return target;
  }

  /**
   * "him" (and "her" as an object): the nearest person named before it in its sentence, unless that person is the subject
   * of the verb right before it ("he said Putin had called him": not Putin), then the one before;
   * "criticized X, accusing him": X. Null when the sentence names no such person.
   */
  private static Cluster objectPronounAntecedent(Run run, Candidate c, List<Candidate> all) {
    Cluster nearest = null;
    Cluster before = null;
    int nearestEnd = -1;
    for (Candidate m : all) {
      if (m.sentence() != c.sentence() || m.start() >= c.start() || m == c) {
        continue;
      }
      Cluster cl = run.resolved.get(m);
      if (cl == null || cl.kind != ActorKind.PERSON || m.type() == Candidate.Type.OFFICE_OF || cl == nearest) {
        continue;
      }
      if (m.end() > nearestEnd) {
        before = nearest;
        nearest = cl;
        nearestEnd = m.end();
      }
    }
    if (nearest == null) { // "X arrived. Russia gave him asylum."
      return c.sentence() > 0 ? firstPersonInSentence(run, all, c.sentence() - 1, Integer.MAX_VALUE) : null;
    }
    if (acrossQuoteMark(run, nearestEnd, c.start())) {
      return null;
    }
    boolean subjectOfVerbBefore = nearestEnd < c.start();
    for (int k = nearestEnd; k < c.start(); k++) {
      String pos = run.tokens.get(k).pos();
      // "X, who pressed him": the relative pronoun stands for X, the verb's subject
      boolean relative = run.tokens.get(k).is("who") || run.tokens.get(k).is(",") && k + 1 < c.start()
          && run.tokens.get(k + 1).is("who");
      if (!"VERB".equals(pos) && !"AUX".equals(pos) && !"ADV".equals(pos) && !"PART".equals(pos) && !"ADP".equals(pos)
          && !relative) {
        subjectOfVerbBefore = false; // "X called on her": X is the verb's subject, not "her"
      }
    }
    return subjectOfVerbBefore ? before : nearest;
  }

  private static Cluster firstPersonInSentence(Run run, List<Candidate> all, int sentence, int before) {
    return firstPersonInSentence(run, all, sentence, before, null);
  }

  private static Cluster firstPersonInSentence(Run run, List<Candidate> all, int sentence, int before,
      Cluster except) {
    for (Candidate m : all) {
      if (m.sentence() == sentence && m.start() < before && !acrossQuoteMark(run, m.end(), before)) {
        Cluster cl = run.resolved.get(m);
        if (cl != null && cl != except && cl.kind == ActorKind.PERSON && m.type() != Candidate.Type.OFFICE_OF) {
          return cl;
        }
      }
    }
    return null;
  }

  /**
   * Whether an odd number of quotation marks lies between two tokens of a sentence: then one is
   * quoted and the other not, and "..., only encourages Putin," he said" does not make "he" Putin.
   */
  private static boolean acrossQuoteMark(Run run, int from, int to) {
    int marks = 0;
    for (int i = from; i < Math.min(to, run.tokens.size()); i++) {
      if (run.tokens.get(i).isDoubleQuoteMark()) {
        marks++;
      }
    }
    return marks % 2 == 1;
  }

  /**
   * Whether a person no longer holds the office the article knows them by: described as former,
   * or known to the knowledge base only by offices that ended before the article's date.
   */
  private static boolean isFormer(Cluster cl, LocalDate date) {
    if (cl.former) {
      return true;
    }
    if (cl.entity == null || cl.title != null && cl.function != null) {
      return false;
    }
    Term t = termFor(cl.entity, date);
    return t != null && !t.heldOn(date);
  }

  /** "a spokesman for the Philippine Coast Guard": the body served gives the person's country. */
  private void organizationsOfTitles(Run run, List<Candidate> all) {
    for (Cluster cl : run.byKey.values()) {
      for (int token : cl.organizationTokens) {
        Cluster body = clusterAt(run, token);
        if (body == null) {
          nationalBody(run, cl, all, token);
          continue;
        }
        if (body == cl || body.kind == ActorKind.PERSON) {
          continue;
        }
        if (body.kind != ActorKind.COUNTRY && cl.roleOrg == null && body.name != null) {
          cl.roleOrg = body.name;
        }
        if (cl.country == null && cl.entity == null && body.country != null) {
          cl.country = body.country;
        }
        if (cl.sector == null) {
          cl.sector = body.kind == ActorKind.COUNTRY ? "GOV" : body.sector;
        }
      }
    }
  }

  /**
   * "MANILA — ..., a spokesman for the coast guard": a state body the article names only by its
   * kind (a government or military head word, org-heads.tsv) is the dateline country's.
   */
  private void nationalBody(Run run, Cluster cl, List<Candidate> all, int token) {
    if (run.datelineCountry == null || cl.country != null || cl.entity != null) {
      return;
    }
    for (Candidate c : all) {
      if (c.type() == Candidate.Type.ORG_DESCRIPTION && c.start() <= token && token < c.end()) {
        String sector = lex.orgHeads().get(run.tokens.get(c.head()).text(), 2);
        if ("GOV".equals(sector) || "MIL".equals(sector)) {
          cl.country = run.datelineCountry;
          cl.sector = cl.sector == null ? sector : cl.sector;
          if (cl.roleOrg == null) {
            cl.roleOrg = capitalized(c.name()); // "Spokesman of the Coast Guard of the Philippines"
          }
        }
        return;
      }
    }
  }

  private static String capitalized(String words) {
    StringBuilder sb = new StringBuilder();
    for (String w : SPACES.split(words)) {
      if (!w.isEmpty()) {
        sb.append(sb.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
    }
    return sb.toString();
  }

  /** "his son X", "X's wife Y": a relative without a country of their own takes the person's. */
  private static void relativesCountries(Run run, List<Candidate> all) {
    for (Cluster cl : run.byKey.values()) {
      for (int token : cl.relativeTokens) {
        Cluster relative = clusterAt(run, token);
        if (relative == null) { // "his", "her": the person who opened the sentence or the one before
          int sentence = sentenceOf(all, token);
          relative = firstPersonInSentence(run, all, sentence, token, cl);
          for (int s = sentence - 1; relative == null && s >= sentence - 2 && s >= 0; s--) {
            relative = firstPersonInSentence(run, all, s, Integer.MAX_VALUE, cl);
          }
        }
        if (relative != null && relative != cl && cl.country == null && cl.entity == null) {
          cl.country = relative.country;
          cl.countryInferred = true;
        }
      }
    }
  }

  /** A bare national title in a story filed from a country is that country's office. */
  private void datelineOffices(Run run) {
    if (run.datelineCountry == null) {
      return;
    }
    for (Cluster cl : run.byKey.values()) {
      if (cl.kind == ActorKind.PERSON && cl.country == null && cl.entity == null && !cl.visiting && cl.title != null
          && cl.function != null && lex.nationalFunctions().contains(cl.function)
          && hasOffice(run.datelineCountry, cl.function, cl.title, run.date)
          && !heldByAnotherMentioned(run, cl, run.datelineCountry, cl.function)) {
        cl.country = run.datelineCountry;
      }
    }
  }

  /**
   * "MOSCOW — Foreign Minister Sergei Lavrov met Foreign Minister X": the dateline country's
   * holder of a one-person office is someone else the article names, so X is a visitor.
   */
  private static boolean heldByAnotherMentioned(Run run, Cluster cl, String country, String function) {
    if ("MIN".equals(function)) {
      return false; // a government has many ministers
    }
    for (Cluster other : run.byKey.values()) {
      Term t = other == cl || other.entity == null ? null : other.entity.termOn(run.date);
      if (t != null && country.equals(t.country()) && t.functions().contains(function) && sameOffice(t.title(), cl.title)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a country has a head of state or government of this title, as far as the knowledge
   * base knows (it records them for every country): "President" is no office of Japan, whose
   * head of state is the Emperor, nor "Prime Minister" of the United States. Other offices'
   * titles vary too much (India's foreign secretary is no minister) to be judged this way.
   */
  private boolean hasOffice(String country, String function, String title, LocalDate date) {
    if (!"HOS".equals(function) && !"HOG".equals(function)) {
      return true;
    }
    List<KnowledgeBase.Holder> holders = kb.holders(country, function, date);
    if (holders.isEmpty() || title == null) {
      return true;
    }
    for (KnowledgeBase.Holder h : holders) {
      if (sameOffice(h.term().title(), title)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an office's own title has the last word of a title as written ("Minister"). */
  private static boolean sameOffice(String officeTitle, String title) {
    if (officeTitle == null || title == null) {
      return true;
    }
    String[] words = SPACES.split(title.trim());
    return containsWord(officeTitle, words[words.length - 1].toLowerCase(Locale.ROOT));
  }

  private static Cluster clusterAt(Run run, int token) {
    for (var e : run.resolved.entrySet()) {
      if (e.getKey().start() <= token && token < e.getKey().end()) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The sentence of the mention that names its relative at this token. */
  private static int sentenceOf(List<Candidate> all, int relativeToken) {
    for (Candidate c : all) {
      if (c.context().relativeToken() == relativeToken) {
        return c.sentence();
      }
    }
    return 0;
  }

  /** People without a stated country take the country of the person they appear with. */
  private static void inferCountries(Run run, List<Candidate> all) {
    for (Cluster cl : run.byKey.values()) {
      if (cl.kind != ActorKind.PERSON || cl.country != null || cl.entity != null) {
        continue;
      }
      for (Candidate own : cl.mentions) {
        for (Candidate m : all) {
          Cluster other = run.resolved.get(m);
          if (m.sentence() == own.sentence() && other != null && other != cl && other.kind == ActorKind.PERSON
              && other.country != null
              && (cl.function == null || !heldByAnotherMentioned(run, cl, other.country, cl.function))) {
            cl.country = other.country;
            cl.countryInferred = true;
            break;
          }
        }
        if (cl.country != null) {
          break;
        }
      }
    }
  }

  // ------------------------------------------------------------------ output

  /** The function of titles that introduce a name but are no role (titles.tsv). */
  private static final String HONORIFIC = "HON";

  /** Functions that say little about the office: a text title with one yields to the KB's. */
  private static final java.util.Set<String> VAGUE_FUNCTIONS = java.util.Set.of("ADV", "OFF", "DEP");

  /**
   * The role an actor held on the date: the title the article gives ("U.S. Special Envoy"),
   * with the country it names or the knowledge base knows; or, when the article's title is vague
   * ("top aide") or absent, the office the knowledge base records for that date.
   */
  private String roleOf(Cluster cl, LocalDate date) {
    if (cl.kind != ActorKind.PERSON) {
      return cl.entity == null ? null : cl.entity.role();
    }
    Term term = cl.entity == null ? null : termFor(cl.entity, date);
    boolean textSpecific = cl.title != null && !"leader".equalsIgnoreCase(cl.title)
        && (cl.function != null && !VAGUE_FUNCTIONS.contains(cl.function) || cl.roleOrg != null || term == null);
    boolean former = isFormer(cl, date);
    if (term != null && !textSpecific) {
      return asFormer(kb.roleName(term.title(), term.country()), former);
    }
    if (cl.title == null) {
      return null;
    }
    StringBuilder role = new StringBuilder(asFormer(cl.title, former));
    if (cl.roleOrg != null) {
      role.append(" of the ").append(cl.roleOrg);
    }
    String stated = cl.countryInferred ? null : cl.country;
    Country country = kb.country(stated != null ? stated : term == null ? null : term.country());
    if (country != null && (cl.roleOrg == null || !namesCountry(cl.roleOrg, country))) {
      role.append(" of ").append(country.inPhrase());
    }
    return role.toString();
  }

  /** "Former President of Brazil": the role as of the article's date of someone who left it. */
  private static String asFormer(String role, boolean former) {
    if (!former || role == null || role.regionMatches(true, 0, "former ", 0, 7)) {
      return role;
    }
    return "Former " + role;
  }

  /** Whether a body's name already says its country ("Philippine Coast Guard", "... of the United States"). */
  private static boolean namesCountry(String body, Country c) {
    List<String> forms = new ArrayList<>();
    forms.add(c.name());
    forms.add(c.inPhrase());
    forms.addAll(c.aliases());
    forms.addAll(c.adjectives());
    String padded = " " + body + " ";
    for (String f : forms) {
      if (f.length() > 2 && padded.contains(" " + f + " ")) {
        return true;
      }
    }
    return false;
  }

  private List<Actor> build(Run run, String text) {
    List<Cluster> clusters = new ArrayList<>();
    for (Cluster cl : run.byKey.values()) {
      if (cl.firstStart() != Integer.MAX_VALUE) {
        clusters.add(cl);
      }
    }
    clusters.sort(Comparator.comparingInt(Cluster::firstStart));
    List<Actor> out = new ArrayList<>();
    Map<String, Boolean> seen = new HashMap<>();
    int n = 0;
    for (Cluster cl : clusters) {
      List<Mention> mentions = new ArrayList<>();
      List<Candidate> sorted = new ArrayList<>(cl.mentions);
      sorted.sort(Comparator.comparingInt(Candidate::start));
      seen.clear();
      for (Candidate c : sorted) {
        int s = run.tokens.get(c.start()).start();
        int e = run.tokens.get(c.end() - 1).end();
        if (seen.putIfAbsent(s + ":" + e, Boolean.TRUE) == null) {
          mentions.add(new Mention(s, e, text.substring(s, e)));
        }
      }
      String name = cl.groupName != null ? cl.groupName : cl.name;
      if (name == null) {
        name = mentions.get(0).text();
      }
      String role = roleOf(cl, run.date);
      String sector = cl.kind == ActorKind.COUNTRY || cl.kind == ActorKind.LOCATION ? null : cl.sector;
      String country = cl.country != null ? cl.country : shipState(name); // "USS Harry S. Truman": a state's warship
      out.add(new Actor("a" + (++n), name, cl.kind, country, sector, role, mentions));
    }
    return out;
  }
}
