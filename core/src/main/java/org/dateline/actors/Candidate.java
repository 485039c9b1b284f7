package org.dateline.actors;

import java.util.List;
import org.dateline.model.ActorKind;

/**
 * A stretch of tokens that names or describes an actor, found in one sentence before mentions
 * are resolved across the document. Token indices are document-wide, end exclusive.
 *
 * @param entity   the knowledge-base entry it names, when known
 * @param form     how the KB phrase names it (name, adjective, seat), when from the KB
 * @param name     the name as written, for names the KB does not know
 * @param title    an explicit title ("Prime Minister"), for persons and descriptions
 * @param function the title's function (HOS, HOG, FM, ...), when known
 * @param roleOrg  the body named with the title ("National Security and Defense Council")
 * @param head     the token that heads the phrase (the name's last token, the title word)
 * @param alternatives other KB entries the same words name ("RSF"), to prefer one the article
 *     already names
 * @param cue      what the words around the name say it names (PERSON, ORGANIZATION, LOCATION),
 *     for names whose kind the name alone does not settle; null when they say nothing
 * @param context  what the words around a person add to the title: a former office, a visitor,
 *     the organization the title serves, the relative the person is named through
 */
public record Candidate(
    int start,
    int end,
    Type type,
    KbEntity entity,
    KnowledgeBase.Form form,
    ActorKind kind,
    String name,
    String country,
    String sector,
    String title,
    String function,
    String roleOrg,
    int head,
    int sentence,
    List<KbEntity> alternatives,
    Cue cue,
    PersonContext context) {

  /** A context cue and how much it weighs in the vote over a name's mentions. */
  public record Cue(ActorKind kind, int weight, String sector) {}

  /**
   * What the words around a person's title or name say beyond the title.
   *
   * @param former           the office is no longer held ("former President X")
   * @param visiting         the office belongs to another country than the dateline's ("visiting")
   * @param organizationToken a token of the organization the title serves ("a spokesman for the
   *     coast guard"), or -1
   * @param relativeToken    a token naming the person this one is a relative of ("his son X":
   *     "his"; "X's wife Y": X), or -1
   */
  public record PersonContext(boolean former, boolean visiting, int organizationToken, int relativeToken) {
    public static final PersonContext NONE = new PersonContext(false, false, -1, -1);
  }

  public Candidate(int start, int end, Type type, KbEntity entity, KnowledgeBase.Form form, ActorKind kind,
      String name, String country, String sector, String title, String function, String roleOrg, int head,
      int sentence, List<KbEntity> alternatives, Cue cue) {
    this(start, end, type, entity, form, kind, name, country, sector, title, function, roleOrg, head, sentence,
        alternatives, cue, PersonContext.NONE);
  }

  public Candidate(int start, int end, Type type, KbEntity entity, KnowledgeBase.Form form, ActorKind kind,
      String name, String country, String sector, String title, String function, String roleOrg, int head,
      int sentence, List<KbEntity> alternatives) {
    this(start, end, type, entity, form, kind, name, country, sector, title, function, roleOrg, head, sentence,
        alternatives, null);
  }

  /** A candidate whose knowledge-base reading, if any, is unambiguous. */
  public Candidate(int start, int end, Type type, KbEntity entity, KnowledgeBase.Form form, ActorKind kind,
      String name, String country, String sector, String title, String function, String roleOrg, int head,
      int sentence) {
    this(start, end, type, entity, form, kind, name, country, sector, title, function, roleOrg, head, sentence,
        List.of());
  }

  /** What was found; decides how the resolver links it to an actor. */
  public enum Type {
    /** A knowledge-base entry named directly (name, alias, adjective or seat). */
    ENTITY,
    /** A person's full name the KB does not know, possibly with a title. */
    PERSON,
    /** A capitalized single word that may be a surname of someone mentioned before. */
    SINGLE_NAME,
    /** A capitalized sequence of words whose kind its shape does not tell ("Deportivo Coruna"). */
    UNKNOWN_NAME,
    /** A word of a headline in capitals: a name only if the article names it elsewhere. */
    CAPS_WORD,
    /** An organization or group named by its shape ("Ministry of Defence", "Air Force"). */
    ORGANIZATION,
    /** A place that is not a country ("Florida", "Geneva"). */
    LOCATION,
    /** A regional group ("European leaders"). */
    GROUP,
    /**
     * A non-state group named by what it is ("protesters", "the Georgian opposition"), or the
     * state's forces named without an owner ("riot police"): {@code name} is the phrase of
     * group-actors.tsv, {@code country} the one its modifier or a place after it names, {@code
     * entity} a known organization that owns it ("Houthi rebels").
     */
    NON_STATE_GROUP,
    /** A definite description of a person by title ("the Ukrainian president"). */
    DESCRIPTION,
    /** A body named in lower case after its owner ("Japan's defense ministry", "Ecuadorian police"). */
    OWNED_BODY,
    /** A definite description of an organization ("the coalition", "the ministry"). */
    ORG_DESCRIPTION,
    /** A person's office or spokespeople named through the person ("Macron's office"). */
    OFFICE_OF,
    /** he / she. */
    PRONOUN
  }

  public Candidate withSpan(int newStart, int newEnd) {
    return new Candidate(newStart, newEnd, type, entity, form, kind, name, country, sector, title, function,
        roleOrg, head, sentence, alternatives, cue, context);
  }

  public Candidate withCountry(String newCountry) {
    return new Candidate(start, end, type, entity, form, kind, name, newCountry, sector, title, function, roleOrg,
        head, sentence, alternatives, cue, context);
  }

  public Candidate withCue(Cue newCue) {
    return new Candidate(start, end, type, entity, form, kind, name, country, sector, title, function, roleOrg,
        head, sentence, alternatives, newCue, context);
  }

  public Candidate withContext(PersonContext newContext) {
    return new Candidate(start, end, type, entity, form, kind, name, country, sector, title, function, roleOrg,
        head, sentence, alternatives, cue, newContext);
  }
}
