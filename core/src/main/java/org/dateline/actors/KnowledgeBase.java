package org.dateline.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.ActorKind;
import org.dateline.text.Token;
import org.dateline.text.Tokenizer;
import org.dateline.util.DataFile;

/**
 * What Dateline knows about the world's actors before reading an article: countries with their
 * names, adjectives and capitals; regions; international organizations and national
 * institutions; office holders with their terms; titles; given names. Loaded once from the data
 * files next to this class (each documents its columns) and immutable afterwards.
 */
public final class KnowledgeBase {

  /** How a phrase names an entity, which decides how the text may use it. */
  public enum Form { NAME, ALIAS, ADJECTIVE, SEAT }

  /** A phrase of the gazetteer: the entity it names, how, and whether a user file added it. */
  public record NameForm(KbEntity entity, Form form, boolean user) {}

  /** A holder of an office, with the term that makes them one. */
  public record Holder(KbEntity person, Term term) {}

  private final Tokenizer tokenizer;
  private final Map<String, Country> countries = new LinkedHashMap<>();
  private final Map<String, KbEntity> entities = new LinkedHashMap<>();
  private final PhraseTrie<NameForm> names = new PhraseTrie<>();
  private final PhraseTrie<Title> titles = new PhraseTrie<>();
  private final Map<String, List<KbEntity>> personsBySurname = new HashMap<>();
  private final Map<String, List<Holder>> holdersByOffice = new HashMap<>();
  private final Map<String, KbEntity> officeOrgsByRole = new HashMap<>();
  private final Set<String> givenNames = new HashSet<>();
  private final Set<String> nations = new HashSet<>();
  /** Periods in which a country's head of state leads the executive (first and last day, null when open). */
  private final Map<String, List<LocalDate[]>> executiveHeadsOfState = new HashMap<>();
  private final Set<String> familyNameFirst = new HashSet<>();

  /** Set once the bundled files are read: names added from then on are the user's. */
  private boolean userEntries;

  private KnowledgeBase(Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  public static KnowledgeBase load(Tokenizer tokenizer) {
    return load(tokenizer, List.of());
  }

  /** The bundled knowledge plus a user's entries, which win where they name the same thing. */
  public static KnowledgeBase load(Tokenizer tokenizer, List<UserActors.Entry> userEntries) {
    KnowledgeBase kb = new KnowledgeBase(tokenizer);
    kb.loadCountries(DataFile.rows(KnowledgeBase.class, "countries.tsv"));
    for (String[] row : DataFile.rows(KnowledgeBase.class, "name-order.tsv")) {
      kb.familyNameFirst.add(row[0]);
    }
    kb.loadRegions(DataFile.rows(KnowledgeBase.class, "regions.tsv"));
    kb.loadOrganizations(DataFile.rows(KnowledgeBase.class, "organizations.tsv"));
    kb.loadPlaces(DataFile.rows(KnowledgeBase.class, "places.tsv"));
    kb.loadTeams(DataFile.rows(KnowledgeBase.class, "teams.tsv"));
    kb.loadOfficeHolders(DataFile.rows(KnowledgeBase.class, "officeholders.tsv"));
    kb.loadTitles(DataFile.rows(KnowledgeBase.class, "titles.tsv"));
    for (String[] row : DataFile.rows(KnowledgeBase.class, "executive-heads-of-state.tsv")) {
      kb.executiveHeadsOfState.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new LocalDate[] {
          Term.parseDate(DataFile.col(row, 2), false), Term.parseDate(DataFile.col(row, 3), true)});
    }
    for (String[] row : DataFile.rows(KnowledgeBase.class, "given-names.tsv")) {
      kb.givenNames.add(Names.key(row[0]));
    }
    kb.userEntries = true;
    userEntries.forEach(kb::addUserEntry);
    return kb;
  }

  // ------------------------------------------------------------------ loading

  private List<String> tokens(String phrase) {
    if (isPlainWords(phrase)) {
      return List.of(phrase.split(" ")); // most phrases: letters between single spaces, as the tokenizer would split
    }
    List<Token> toks = tokenizer.tokenize(phrase);
    List<String> out = new ArrayList<>(toks.size());
    for (Token t : toks) {
      out.add(t.text());
    }
    return out;
  }

  private static boolean isPlainWords(String phrase) {
    if (phrase.isEmpty() || phrase.charAt(0) == ' ' || phrase.charAt(phrase.length() - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (c == ' ' ? phrase.charAt(i - 1) == ' ' : !Character.isLetter(c)) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.regex.Pattern ARABIC_ARTICLE = java.util.regex.Pattern.compile("([Aa]l|[Ee]l|[Aa][dnrst])-\\p{Lu}");

  private void addName(String phrase, KbEntity e, Form form) {
    if (phrase != null && !phrase.isBlank()) {
      names.add(tokens(phrase), new NameForm(e, form, userEntries));
      // "the United States": also without the article
      if (phrase.startsWith("the ") && phrase.length() > 4) {
        names.add(tokens(phrase.substring(4)), new NameForm(e, form, userEntries));
      }
      // "Al-Shabaab" is also written "al-Shabaab": the Arabic article in either case
      java.util.regex.Matcher article = ARABIC_ARTICLE.matcher(phrase);
      if (article.lookingAt()) {
        String first = article.group(1);
        String other = Character.isUpperCase(first.charAt(0)) ? first.toLowerCase(java.util.Locale.ROOT)
            : Character.toUpperCase(first.charAt(0)) + first.substring(1);
        names.add(tokens(other + phrase.substring(first.length())), new NameForm(e, form, userEntries));
      }
    }
  }

  private void loadCountries(List<String[]> rows) {
    for (String[] r : rows) {
      Country c = new Country(r[0], DataFile.col(r, 1), DataFile.col(r, 2), DataFile.col(r, 3),
          DataFile.list(r, 4), DataFile.list(r, 5), DataFile.list(r, 6), DataFile.col(r, 7));
      countries.put(c.iso3(), c);
      List<String> all = new ArrayList<>();
      all.add(c.name());
      all.addAll(c.aliases());
      KbEntity e = new KbEntity(c.iso3(), ActorKind.COUNTRY, c.name(), c.iso3(), null, null, all, List.of());
      entities.put(e.id(), e);
      addName(c.name(), e, Form.NAME);
      addName(c.phrase(), e, Form.NAME);
      c.aliases().forEach(a -> addName(a, e, Form.ALIAS));
      c.adjectives().forEach(a -> addName(a, e, Form.ADJECTIVE));
      c.seats().forEach(a -> addName(a, e, Form.SEAT));
    }
  }

  private void loadRegions(List<String[]> rows) {
    for (String[] r : rows) {
      List<String> all = new ArrayList<>();
      all.add(r[1]);
      all.addAll(DataFile.list(r, 2));
      KbEntity e = new KbEntity("region:" + r[0], ActorKind.GROUP, r[1], null, null, null, all, List.of());
      entities.put(e.id(), e);
      addName(r[1], e, Form.NAME);
      DataFile.list(r, 2).forEach(a -> addName(a, e, Form.ALIAS));
      DataFile.list(r, 3).forEach(a -> addName(a, e, Form.ADJECTIVE));
    }
  }

  private void loadOrganizations(List<String[]> rows) {
    for (String[] r : rows) {
      String code = r[0];
      String name = DataFile.col(r, 1);
      List<String> aliases = DataFile.list(r, 2);
      ActorKind kind = parseKind(DataFile.col(r, 3), ActorKind.ORGANIZATION);
      String sector = emptyToNull(DataFile.col(r, 4));
      String country = emptyToNull(DataFile.col(r, 5));
      String servedRole = emptyToNull(DataFile.col(r, 6));
      if (country == null && "IGO".equals(sector) && kind == ActorKind.ORGANIZATION) {
        country = code; // international bodies carry their own code (EU, NATO, UN)
      }
      String role = servedRole == null ? null : "Office of the " + servedRole;
      List<String> all = new ArrayList<>();
      all.add(name);
      all.addAll(aliases);
      KbEntity e = new KbEntity(code, kind, name, country, sector, role, all, List.of());
      entities.put(code, e);
      addName(name, e, Form.NAME);
      aliases.forEach(a -> addName(a, e, Form.ALIAS));
      if (servedRole != null) {
        officeOrgsByRole.put(servedRole.toLowerCase(Locale.ROOT), e);
      }
    }
  }

  private void loadPlaces(List<String[]> rows) {
    for (String[] r : rows) {
      String name = r[0];
      String country = emptyToNull(DataFile.col(r, 1));
      String id = "place:" + name + "/" + country;
      if (entities.containsKey(id)) {
        continue;
      }
      List<String> all = new ArrayList<>();
      all.add(name);
      all.addAll(DataFile.list(r, 3));
      KbEntity e = new KbEntity(id, ActorKind.LOCATION, name, country, null, null, all, List.of());
      entities.put(id, e);
      if ("nation".equals(DataFile.col(r, 2))) {
        nations.add(id);
      }
      all.forEach(n -> addName(n, e, Form.NAME));
      DataFile.list(r, 4).forEach(a -> addName(a, e, Form.ADJECTIVE));
    }
  }

  private void loadTeams(List<String[]> rows) {
    for (String[] r : rows) {
      String name = r[0];
      String country = emptyToNull(DataFile.col(r, 3));
      List<String> all = new ArrayList<>();
      all.add(name);
      all.addAll(DataFile.list(r, 1));
      KbEntity e = new KbEntity("team:" + name + "/" + country, ActorKind.ORGANIZATION, name, country, null, null,
          all, List.of());
      entities.put(e.id(), e);
      all.forEach(n -> addName(n, e, Form.NAME));
    }
  }

  private void loadOfficeHolders(List<String[]> rows) {
    Map<String, List<Term>> terms = new LinkedHashMap<>();
    Map<String, Set<String>> aliases = new HashMap<>();
    for (String[] r : rows) {
      String name = DataFile.col(r, 3);
      Set<String> functions = new HashSet<>();
      boolean exOfficio = false;
      for (String f : DataFile.list(r, 1)) {
        exOfficio |= f.endsWith("*");
        functions.add(f.endsWith("*") ? f.substring(0, f.length() - 1) : f);
      }
      String sector = DataFile.col(r, 7).isEmpty() ? "GOV" : DataFile.col(r, 7);
      Term t = new Term(r[0], functions, DataFile.col(r, 2), Term.parseDate(DataFile.col(r, 5), false),
          Term.parseDate(DataFile.col(r, 6), true), sector, exOfficio);
      terms.computeIfAbsent(name, k -> new ArrayList<>()).add(t);
      aliases.computeIfAbsent(name, k -> new java.util.LinkedHashSet<>()).addAll(DataFile.list(r, 4));
    }
    for (var entry : terms.entrySet()) {
      String name = entry.getKey();
      List<Term> ts = entry.getValue();
      Term latest = ts.get(ts.size() - 1);
      for (Term t : ts) {
        if (!t.exOfficio() && (latest.exOfficio() || t.start() != null && latest.start() != null
            && t.start().isAfter(latest.start()))) {
          latest = t;
        }
      }
      List<String> all = new ArrayList<>();
      all.add(name);
      all.addAll(aliases.get(name));
      KbEntity person = new KbEntity("person:" + name, ActorKind.PERSON, name, countryOf(latest.country()),
          latest.sector(), null, all, ts);
      entities.put(person.id(), person);
      addName(name, person, Form.NAME);
      aliases.get(name).forEach(a -> addName(a, person, Form.ALIAS));
      all.forEach(form -> indexSurname(form, person));
      for (Term t : ts) {
        for (String f : t.functions()) {
          holdersByOffice.computeIfAbsent(t.country() + "/" + f, k -> new ArrayList<>()).add(new Holder(person, t));
        }
      }
    }
  }

  private void addUserEntry(UserActors.Entry u) {
    String role = blankToNull(u.role());
    String kindText = blankToNull(u.kind());
    ActorKind kind = kindText != null ? ActorKind.valueOf(kindText.toUpperCase(Locale.ROOT))
        : role != null ? ActorKind.PERSON : !u.adjectiveList().isEmpty() ? ActorKind.COUNTRY : ActorKind.ORGANIZATION;
    String country = blankToNull(u.country());
    String sector = blankToNull(u.sector());
    List<String> all = new ArrayList<>();
    all.add(u.name().strip());
    all.addAll(u.aliasList());
    List<Term> terms = new ArrayList<>();
    if (kind == ActorKind.PERSON && role != null) {
      Title t = titleOf(role);
      Set<String> functions = t == null || t.function() == null ? Set.of() : Set.of(t.function());
      terms.add(new Term(country, functions, role, Term.parseDate(u.start(), false), Term.parseDate(u.end(), true),
          sector == null ? (t == null || t.sector() == null ? "GOV" : t.sector()) : sector));
    }
    if (kind == ActorKind.COUNTRY) {
      String code = country != null ? country : u.name().strip().toUpperCase(Locale.ROOT);
      country = code;
      countries.put(code, new Country(code, "", u.name().strip(), "", u.aliasList(), u.adjectiveList(), List.of(),
          "user"));
    }
    String id = kind == ActorKind.COUNTRY ? country : "user:" + u.name().strip();
    KbEntity e = new KbEntity(id, kind, u.name().strip(), country, sector,
        kind == ActorKind.PERSON ? null : role, all, terms);
    entities.put(id, e);
    all.forEach(n -> addName(n, e, Form.NAME));
    u.adjectiveList().forEach(a -> addName(a, e, Form.ADJECTIVE));
    if (kind == ActorKind.PERSON) {
      indexSurname(u.name().strip(), e);
      for (Term t : terms) {
        for (String f : t.functions()) {
          holdersByOffice.computeIfAbsent(t.country() + "/" + f, k -> new ArrayList<>()).add(0, new Holder(e, t));
        }
      }
    }
  }

  /**
   * Indexes a person under the surname of one of their full names: the last word, and for names
   * written family name first in their country ("Xi Jinping"), also the first.
   */
  private void indexSurname(String fullName, KbEntity person) {
    List<String> toks = tokens(fullName);
    if (toks.size() > 1) {
      personsBySurname.computeIfAbsent(Names.key(toks.get(toks.size() - 1)), k -> new ArrayList<>()).add(person);
      if (writesFamilyNameFirst(person.country())) {
        personsBySurname.computeIfAbsent(Names.key(toks.get(0)), k -> new ArrayList<>()).add(person);
      }
    }
  }

  private Title titleOf(String role) {
    List<PhraseTrie.Entry<Title>> found = titles.get(titleTokens(role.toLowerCase(Locale.ROOT)));
    return found.isEmpty() ? null : found.get(0).value();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Leaders of organizations belong to the organization's code; others to their country. */
  private String countryOf(String code) {
    return code;
  }

  private void loadTitles(List<String[]> rows) {
    for (String[] r : rows) {
      Title t = new Title(r[0], emptyToNull(DataFile.col(r, 1)), emptyToNull(DataFile.col(r, 2)));
      titles.add(titleTokens(r[0]), t);
    }
  }

  /**
   * Titles are written in lower case, where the tokenizer does not know "mr." or "lt." as
   * abbreviations; a word ending in a period is kept whole, as the tokenizer keeps "Mr." in text.
   */
  private List<String> titleTokens(String title) {
    List<String> out = new ArrayList<>();
    for (String word : title.split(" ")) {
      if (word.endsWith(".")) {
        out.add(word);
      } else {
        out.addAll(tokens(word));
      }
    }
    return out;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static ActorKind parseKind(String s, ActorKind fallback) {
    try {
      return s.isEmpty() ? fallback : ActorKind.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }

  // ------------------------------------------------------------------ lookups

  public PhraseTrie<NameForm> names() {
    return names;
  }

  public PhraseTrie<Title> titles() {
    return titles;
  }

  public Country country(String iso3) {
    return iso3 == null ? null : countries.get(iso3);
  }

  public Collection<Country> countries() {
    return countries.values();
  }

  public KbEntity entity(String id) {
    return entities.get(id);
  }

  public Collection<KbEntity> entities() {
    return entities.values();
  }

  /**
   * The entry for a country's body named with the country's adjective or possessive ("Japanese
   * defense ministry", "Argentina's congress"), {@code bodyWords} in lower case; or null.
   */
  public KbEntity bodyOf(String iso3, List<String> bodyWords) {
    Country country = country(iso3);
    if (country == null) {
      return null;
    }
    List<List<String>> forms = new ArrayList<>();
    for (String adjective : country.adjectives()) {
      List<String> form = new ArrayList<>(List.of(adjective.split(" ")));
      form.addAll(bodyWords);
      forms.add(form);
    }
    List<String> names = new ArrayList<>();
    names.add(country.name());
    names.addAll(country.aliases());
    for (String name : names) {
      List<String> form = new ArrayList<>(List.of(name.split(" ")));
      form.add("'s");
      form.addAll(bodyWords);
      forms.add(form);
    }
    for (List<String> form : forms) {
      for (PhraseTrie.Entry<NameForm> e : this.names.get(form)) {
        KbEntity entity = e.value().entity();
        if (entity.kind() == ActorKind.ORGANIZATION && iso3.equals(entity.country())) {
          return entity;
        }
      }
    }
    return null;
  }

  /** A constituent country with its own national teams (England, Scotland): not a club's town. */
  public boolean isNation(KbEntity e) {
    return e != null && nations.contains(e.id());
  }

  /** Whether the country's people are named family name first ("Xi Jinping" is "Mr. Xi"). */
  public boolean writesFamilyNameFirst(String countryCode) {
    return countryCode != null && familyNameFirst.contains(countryCode);
  }

  public boolean isGivenName(String token) {
    return givenNames.contains(Names.key(token));
  }

  public List<KbEntity> personsWithSurname(String surname) {
    return personsBySurname.getOrDefault(Names.key(surname), List.of());
  }

  /** Who held an office ("UKR", "HOS") on a day; several for shared offices, none if unknown. */
  public List<Holder> holders(String country, String function, LocalDate day) {
    List<Holder> out = new ArrayList<>();
    for (Holder h : holdersByOffice.getOrDefault(country + "/" + function, List.of())) {
      if (h.term().heldOn(day)) {
        out.add(h);
      }
    }
    return out;
  }

  /**
   * Who "the leader" of a country was on a day: the head of state where the head of state led
   * the executive then (executive-heads-of-state.tsv, whose periods may be dated) or is also head
   * of government, otherwise the head of government.
   */
  public List<Holder> leaders(String country, LocalDate day) {
    List<Holder> heads = holders(country, "HOS", day);
    heads.removeIf(h -> h.term().exOfficio());
    List<Holder> governments = holders(country, "HOG", day);
    if (headOfStateLeads(country, day) || governments.isEmpty()) {
      return heads;
    }
    return governments;
  }

  /** Whether the country's head of state led its executive on the day (the current period when no day). */
  private boolean headOfStateLeads(String country, LocalDate day) {
    for (LocalDate[] period : executiveHeadsOfState.getOrDefault(country, List.of())) {
      boolean started = period[0] == null || day == null || !day.isBefore(period[0]);
      boolean notEnded = period[1] == null || day != null && !day.isAfter(period[1]);
      if (started && notEnded) {
        return true;
      }
    }
    return false;
  }

  /** The institution that serves an office ("President of France" → the Élysée), or null. */
  public KbEntity officeOf(String role) {
    return role == null ? null : officeOrgsByRole.get(role.toLowerCase(Locale.ROOT));
  }

  /** "President of Ukraine", "Prime Minister of the United Kingdom", "Secretary-General of the UN". */
  public String roleName(String title, String countryCode) {
    if (title == null) {
      return null;
    }
    Country c = country(countryCode);
    if (c != null) {
      return title + " of " + c.inPhrase();
    }
    KbEntity org = countryCode == null ? null : entities.get(countryCode);
    if (org != null) {
      return title + " of the " + org.name();
    }
    return title;
  }
}
