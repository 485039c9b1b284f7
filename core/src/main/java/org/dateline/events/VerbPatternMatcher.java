package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.actors.ActorIndex;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * Matches the verbs and patterns of a {@link VerbDictionary} against a sentence: which verb of
 * the dictionary a token is (the longest multi-word verb first), which of its block's patterns
 * the words around it fit (the most specific one wins, then the first written), and which
 * actor mentions the pattern's {@code $}, {@code +} and {@code %} pick out. A pattern's words
 * match tokens as written, case aside, as PETRARCH matches them (the dictionary lists the forms
 * it means: "RESOLUTION" is not "resolutions"); only the verb is matched in all its forms.
 */
final class VerbPatternMatcher {

  /** How many words a pattern may pass over between two of its elements. */
  private static final int MAX_GAP = 8;
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her");

  /** A dictionary verb found at a token, and what its best pattern said. */
  record Match(VerbDictionary.Verb verb, int start, int end, String code, VerbDictionary.Pattern pattern,
      ActorIndex.Span source, ActorIndex.Span target, List<ActorIndex.Span> compound, boolean compoundBefore,
      int resume) {}

  private final VerbDictionary dictionary;
  private final List<Token> tokens;
  private final Arguments args;
  /** The tokens in lower case, as pattern words are compared. */
  private final String[] lower;
  /** The words of the sentence last matched (one matcher serves one article, in one thread). */
  private int wordsSentence = -1;
  private Set<String> sentenceWords = Set.of();

  VerbPatternMatcher(VerbDictionary dictionary, List<Token> tokens, Arguments args) {
    this.dictionary = dictionary;
    this.tokens = tokens;
    this.args = args;
    this.lower = new String[tokens.size()];
    for (int k = 0; k < lower.length; k++) {
      lower[k] = tokens.get(k).text().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The dictionary's reading of the verb at {@code i}, or null when the dictionary does not know
   * it. Where several blocks list the form (two blocks for one verb), the best pattern of any of them wins;
   * without one, the first block that codes something by default.
   */
  Match match(int i, Sentence s) {
    String form = tokens.get(i).text().toLowerCase(Locale.ROOT);
    List<VerbDictionary.Verb> candidates = new ArrayList<>(dictionary.verbsWithForm(form));
    // the longest verb first; among equals, one the dictionary lists in this very form before one whose
    // generated forms include it (a past tense listed as a verb of its own before its infinitive)
    candidates.sort(java.util.Comparator.comparingInt((VerbDictionary.Verb v) -> -v.words().size())
        .thenComparing(v -> v.words().get(v.head()).equals(form) ? 0 : 1));
    Match best = null;
    Match fallback = null;
    int fitWords = -1;
    for (VerbDictionary.Verb v : candidates) {
      int start = i - v.head();
      int end = i + v.words().size() - v.head();
      if (start < s.firstToken() || end > s.endToken() || !otherWordsFit(v, start)
          || fitWords >= 0 && v.words().size() < fitWords) {
        continue;
      }
      fitWords = v.words().size();
      Set<String> present = wordsOf(s);
      for (VerbDictionary.Pattern p : v.block().patterns()) {
        if (!present.containsAll(p.words())) {
          continue;
        }
        Bindings b = new Bindings(s);
        if (side(p.after(), 0, end, true, false, b) && side(p.before(), 0, start - 1, false, false, b)) {
          if (best == null || p.specificity() > best.pattern().specificity()) {
            int resume = p.after().isEmpty() ? end : b.reach;
            best = new Match(v, start, end, p.code(), p, b.source, b.target, b.compound, b.compoundBefore, resume);
          }
        }
      }
      boolean codes = v.code() != null && !v.code().isBlank() && !v.code().startsWith("---");
      if (fallback == null || codes && fallback.code().startsWith("---")) {
        fallback = new Match(v, start, end, v.code() == null ? "---" : v.code(), null, null, null, List.of(), false,
            end);
      }
    }
    return best != null ? best : fallback;
  }

  /** The sentence's words in lower case, computed once per sentence. */
  private Set<String> wordsOf(Sentence s) {
    if (wordsSentence != s.index()) {
      wordsSentence = s.index();
      sentenceWords = new java.util.HashSet<>();
      for (int k = s.firstToken(); k < s.endToken(); k++) {
        sentenceWords.add(lower[k]);
      }
    }
    return sentenceWords;
  }

  private boolean otherWordsFit(VerbDictionary.Verb v, int start) {
    for (int w = 0; w < v.words().size(); w++) {
      if (w != v.head() && !lower[start + w].equals(v.words().get(w))) {
        return false;
      }
    }
    return true;
  }

  /** What a pattern's actor elements bound while matching. */
  private static final class Bindings {
    final Sentence s;
    ActorIndex.Span source;
    ActorIndex.Span target;
    List<ActorIndex.Span> compound = List.of();
    boolean compoundBefore;
    /** Where the words after the verb that the pattern named end. */
    int reach;

    Bindings(Sentence s) {
      this.s = s;
    }
  }

  /**
   * Matches the elements of one side from {@code idx} on; {@code pos} is the next token to read
   * (moving right after the verb, left before it); {@code gap}: a skip ({@code ^}) came before.
   */
  private boolean side(List<VerbDictionary.Item> items, int idx, int pos, boolean forward, boolean gap, Bindings b) {
    if (idx == items.size()) {
      if (forward) {
        b.reach = pos;
      }
      return true;
    }
    VerbDictionary.Item item = items.get(idx);
    if (item.kind() == VerbDictionary.Kind.SKIP) {
      // "^" passes over a phrase: at least one word
      return side(items, idx + 1, forward ? pos + 1 : pos - 1, forward, true, b);
    }
    int reach = item.adjacent() && !gap ? 0 : MAX_GAP;
    for (int d = 0; d <= reach; d++) {
      int q = forward ? pos + d : pos - d;
      if (q < b.s.firstToken() || q >= b.s.endToken() || isBoundary(q) || !forward && tokens.get(q).is(",")) {
        return false; // words before the verb belong to its own clause: not past a comma
      }
      for (int next : consume(item, q, forward, b)) {
        ActorIndex.Span savedSource = b.source;
        ActorIndex.Span savedTarget = b.target;
        List<ActorIndex.Span> savedCompound = b.compound;
        boolean savedBefore = b.compoundBefore;
        bind(item, q, next, forward, b);
        if (side(items, idx + 1, next, forward, false, b)) {
          return true;
        }
        b.source = savedSource;
        b.target = savedTarget;
        b.compound = savedCompound;
        b.compoundBefore = savedBefore;
      }
    }
    return false;
  }

  private boolean isBoundary(int q) {
    String w = tokens.get(q).text();
    return w.equals(";") || w.equals(":");
  }

  /** Where reading goes on after the element matched at {@code q}; none if it does not match there. */
  private List<Integer> consume(VerbDictionary.Item item, int q, boolean forward, Bindings b) {
    switch (item.kind()) {
      case WORD:
        return item.word().equals(lower[q]) ? List.of(forward ? q + 1 : q - 1) : List.of();
      case SYNSET: {
        List<Integer> out = new ArrayList<>();
        for (List<VerbDictionary.Item> member : dictionary.synset(item.word())) {
          if (forward) {
            out.addAll(phraseEnds(member, 0, q, b.s, 0));
          } else {
            for (int st = Math.max(b.s.firstToken(), q - 6); st <= q; st++) {
              if (phraseEnds(member, 0, st, b.s, 0).contains(q + 1)) {
                out.add(st - 1);
              }
            }
          }
        }
        return out;
      }
      case TARGET:
      case SOURCE: {
        ActorIndex.Span span = actorAt(q, forward);
        return span == null ? List.of() : List.of(forward ? span.end() : span.start() - 1);
      }
      case COMPOUND: {
        List<ActorIndex.Span> list = compoundAt(q, forward, b.s);
        if (list.size() < 2) {
          return List.of();
        }
        return List.of(forward ? list.get(list.size() - 1).end() : list.get(0).start() - 1);
      }
      default:
        return List.of();
    }
  }

  private void bind(VerbDictionary.Item item, int q, int next, boolean forward, Bindings b) {
    switch (item.kind()) {
      case TARGET -> b.target = actorAt(q, forward);
      case SOURCE -> b.source = actorAt(q, forward);
      case COMPOUND -> {
        b.compound = compoundAt(q, forward, b.s);
        b.compoundBefore = !forward;
      }
      default -> { }
    }
  }

  /** The actor mention that starts (reading right) or ends (reading left) at {@code q}, past a determiner. */
  private ActorIndex.Span actorAt(int q, boolean forward) {
    ActorIndex.Span span = args.index().at(q);
    if (span == null && forward && DETERMINERS.contains(tokens.get(q).text().toLowerCase(Locale.ROOT))) {
      span = args.index().at(q + 1);
      return span != null && span.start() == q + 1 ? span : null;
    }
    if (span == null) {
      return null;
    }
    return (forward ? span.start() == q : span.end() == q + 1) ? span : null;
  }

  /** Two or more coordinated actors at {@code q} ("Chile and Peru"). */
  private List<ActorIndex.Span> compoundAt(int q, boolean forward, Sentence s) {
    if (forward) {
      return args.listAt(q, s);
    }
    ActorIndex.Span last = actorAt(q, false);
    if (last == null) {
      return List.of();
    }
    return args.coordinationEndingAt(last, s);
  }

  /** The ends of the runs of adjacent tokens from {@code q} that spell a synset member. */
  private List<Integer> phraseEnds(List<VerbDictionary.Item> member, int idx, int q, Sentence s, int depth) {
    if (idx == member.size()) {
      return List.of(q);
    }
    if (q >= s.endToken() || depth > 4) {
      return List.of();
    }
    VerbDictionary.Item item = member.get(idx);
    List<Integer> out = new ArrayList<>();
    if (item.kind() == VerbDictionary.Kind.SYNSET) {
      for (List<VerbDictionary.Item> inner : dictionary.synset(item.word())) {
        for (int e : phraseEnds(inner, 0, q, s, depth + 1)) {
          out.addAll(phraseEnds(member, idx + 1, e, s, depth));
        }
      }
    } else if (item.kind() == VerbDictionary.Kind.WORD && item.word().equals(lower[q])) {
      out.addAll(phraseEnds(member, idx + 1, q + 1, s, depth));
    }
    return out;
  }
}
