package org.dateline.time;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.util.DataFile;

/**
 * The temporal stage's knowledge, read once from the data files beside this class: temporal
 * words (words.tsv), fixed phrases such as vague references (phrases.tsv), holidays
 * (holidays.tsv), tense cues (tense.tsv), planning verbs (planning-verbs.tsv) and words of
 * company results and statistics (reporting-words.tsv), and the adjectives of "the better part
 * of" (part-of-words.tsv). Immutable after loading.
 */
public final class TimeLexicon {

  /** What a word is, temporally. */
  public enum Category { MONTH, WEEKDAY, NUMBER, ORDINAL, UNIT, SEASON, DAYPART, ZONE, SETADV, LASTING }

  /**
   * One reading of a word. {@code ambiguous} words also have common non-temporal uses;
   * {@code number} is the value read as a number (months, weekdays, numbers, ordinals), else 0.
   */
  public record Entry(Category category, String value, boolean ambiguous, boolean plural, int number) {
    Entry(Category category, String value, boolean ambiguous, boolean plural) {
      this(category, value, ambiguous, plural, numberOf(value));
    }

    private static int numberOf(String value) {
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException notANumber) {
        return 0;
      }
    }
  }

  /**
   * A fixed phrase: its tokens and the TIMEX3 it stands for ({@code type} NONE: words that are
   * no timex, read before a shorter phrase could match them: "current account"). {@code
   * attributive}: only before the noun it modifies ("current rules", "a recent vote"). {@code
   * notAfterDegree}: not after a degree word ("how long ago", "not that long ago" ask or weigh a
   * distance in time rather than name a time).
   */
  public record Phrase(String[] tokens, String type, String value, boolean notAfterAs, boolean notBeforeRelation,
      boolean attributive, boolean notAfterDegree) {
    public boolean isTimex() {
      return !type.equals("NONE");
    }
  }

  /** A tense cue word; a modal looks ahead unless "have" follows ("should have left Monday"). */
  public record TenseCue(Tense tense, boolean weak, boolean modal) {}

  private static final Entry[] NO_ENTRIES = new Entry[Category.values().length];

  /** Each word's readings, indexed by {@link Category#ordinal()}. */
  private final Map<String, Entry[]> words;
  private final Map<String, List<Phrase>> phrasesByFirstToken;
  private final Map<String, List<Phrase>> holidaysByFirstToken;
  private final Map<String, TenseCue> tenseCues;
  private final Set<String> planningVerbs;
  private final Set<String> reportingWords;
  private final Set<String> partOfWords;

  private TimeLexicon(Map<String, Entry[]> words, Map<String, List<Phrase>> phrases,
      Map<String, List<Phrase>> holidays, Map<String, TenseCue> tenseCues, Set<String> planningVerbs,
      Set<String> reportingWords, Set<String> partOfWords) {
    this.words = words;
    this.phrasesByFirstToken = phrases;
    this.holidaysByFirstToken = holidays;
    this.tenseCues = tenseCues;
    this.planningVerbs = planningVerbs;
    this.reportingWords = reportingWords;
    this.partOfWords = partOfWords;
  }

  public static TimeLexicon load() {
    Map<String, Entry[]> words = new HashMap<>();
    for (String[] row : DataFile.rows(TimeLexicon.class, "words.tsv")) {
      String flags = DataFile.col(row, 3);
      Category c = Category.valueOf(row[1]);
      words.computeIfAbsent(row[0], k -> new Entry[Category.values().length])[c.ordinal()] =
          new Entry(c, row[2], flags.contains("ambiguous"), flags.contains("plural"));
    }
    Map<String, List<Phrase>> phrases = new HashMap<>();
    for (String[] row : DataFile.rows(TimeLexicon.class, "phrases.tsv")) {
      String context = DataFile.col(row, 3);
      addPhrase(phrases, new Phrase(row[0].split(" "), row[1], row[2], context.contains("not-after-as"),
          context.contains("not-before-after"), context.contains("attributive"), context.contains("not-after-degree")));
    }
    Map<String, List<Phrase>> holidays = new HashMap<>();
    for (String[] row : DataFile.rows(TimeLexicon.class, "holidays.tsv")) {
      addPhrase(holidays, new Phrase(row[0].split(" "), "DATE", row[1], false, false, false, false));
    }
    Map<String, TenseCue> cues = new HashMap<>();
    for (String[] row : DataFile.rows(TimeLexicon.class, "tense.tsv")) {
      String weight = DataFile.col(row, 2);
      cues.put(row[0], new TenseCue(Tense.valueOf(row[1]), weight.equals("weak"), weight.equals("modal")));
    }
    Set<String> planning = new java.util.HashSet<>();
    for (String[] row : DataFile.rows(TimeLexicon.class, "planning-verbs.tsv")) {
      planning.add(row[0]);
    }
    Set<String> reporting = new java.util.HashSet<>();
    for (String[] row : DataFile.rows(TimeLexicon.class, "reporting-words.tsv")) {
      reporting.add(row[0]);
    }
    Set<String> partOf = new java.util.HashSet<>();
    for (String[] row : DataFile.rows(TimeLexicon.class, "part-of-words.tsv")) {
      partOf.add(row[0]);
    }
    freeze(phrases);
    freeze(holidays);
    return new TimeLexicon(words, Map.copyOf(phrases), Map.copyOf(holidays), Map.copyOf(cues), Set.copyOf(planning),
        Set.copyOf(reporting), Set.copyOf(partOf));
  }

  private static void addPhrase(Map<String, List<Phrase>> index, Phrase p) {
    index.computeIfAbsent(p.tokens()[0], k -> new java.util.ArrayList<>()).add(p);
  }

  /** Longest phrases first, so the first that matches is the longest. */
  private static void freeze(Map<String, List<Phrase>> index) {
    index.replaceAll((k, v) -> v.stream()
        .sorted((a, b) -> Integer.compare(b.tokens().length, a.tokens().length)).toList());
  }

  /** The lookup form of a token: lower case, without a trailing abbreviation period. */
  public static String key(String token) {
    return keyOfLower(token.toLowerCase(Locale.ROOT));
  }

  /** {@link #key(String)} of a token already in lower case. */
  static String keyOfLower(String lower) {
    if (lower.length() > 1 && lower.endsWith(".")) {
      lower = lower.substring(0, lower.length() - 1);
    }
    return lower;
  }

  /** The word's reading in a category, or null. {@code key} is a {@link #key(String)}. */
  public Entry get(String key, Category category) {
    return readings(key)[category.ordinal()];
  }

  /**
   * All readings of a word, indexed by {@link Category#ordinal()} (an array of nulls when it has
   * none). The array is shared: callers must not change it.
   */
  Entry[] readings(String word) {
    return words.getOrDefault(word, NO_ENTRIES);
  }

  public List<Phrase> phrasesStartingWith(String lowerToken) {
    return phrasesByFirstToken.getOrDefault(lowerToken, List.of());
  }

  public List<Phrase> holidaysStartingWith(String lowerToken) {
    return holidaysByFirstToken.getOrDefault(lowerToken, List.of());
  }

  public TenseCue tenseCue(String lowerToken) {
    return tenseCues.get(lowerToken);
  }

  /** Whether the word belongs to company results or statistics ("sales", "$"; reporting-words.tsv). */
  public boolean isReportingWord(String lowerToken) {
    return reportingWords.contains(lowerToken);
  }

  /** Whether "a/the <word> part of" a time holds that time ("the better part of two years"; part-of-words.tsv). */
  public boolean isPartOfWord(String lowerToken) {
    return partOfWords.contains(lowerToken);
  }

  /** Whether an infinitive after this word lies ahead of it ("hoped to", "ordered X to"; planning-verbs.tsv). */
  public boolean plansAhead(String lowerToken) {
    return planningVerbs.contains(lowerToken);
  }
}
