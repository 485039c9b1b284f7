package org.dateline.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A user event dictionary in the verb-dictionary format of TABARI and PETRARCH, read once and
 * immutable:
 *
 * <pre>
 * &amp;TIES                      a synset: its members follow on "+" lines (words, or &amp;OTHER)
 * +DIPLOMATIC_TIES
 * --- MEND  [050] ---         a verb block and its default code ("---": no event unless a pattern codes one)
 * MEND {MENDED MENDING}       the verb, with irregular forms in braces (regular ones are generated)
 * +PATCH_UP                   a multi-word verb of the block; "+" marks the inflected word (FAST_+TRACK)
 * - * &amp;TIES WITH + [064]     a pattern: * is the verb, + the target, $ the source, % a compound
 * - NOT * [112]                actor (each acts on the others), ^ any phrase; words before * precede
 * # comment                    the verb; "_" joins words that must be adjacent, a space allows
 *                              words in between; words match as written (case aside), verbs
 *                              in all their forms
 * </pre>
 *
 * A code written "A:B" codes A from source to target and B back from target to source; a
 * pattern without a code takes its block's; one without {@code *} is ignored. Any other line
 * that is none of these is an error naming the file and line.
 */
public final class VerbDictionary {

  /** What one element of a pattern matches. */
  public enum Kind { WORD, SYNSET, TARGET, SOURCE, COMPOUND, SKIP }

  /**
   * One element of a pattern; {@code adjacent}: it must touch the element nearer the verb (or
   * the verb itself) with no word in between.
   */
  public record Item(Kind kind, String word, boolean adjacent) {}

  /**
   * A pattern: elements before the verb (nearest first), after it (in order), its code, and the
   * plain words it needs ({@code words}: a sentence without them cannot match, so it is not tried).
   */
  public record Pattern(List<Item> before, List<Item> after, String code, int line, Set<String> words) {

    Pattern(List<Item> before, List<Item> after, String code, int line) {
      this(before, after, code, line, wordsOf(before, after));
    }

    private static Set<String> wordsOf(List<Item> before, List<Item> after) {
      Set<String> out = new java.util.HashSet<>();
      for (List<Item> side : List.of(before, after)) {
        for (Item i : side) {
          if (i.kind() == Kind.WORD) {
            out.add(i.word());
          }
        }
      }
      return Set.copyOf(out);
    }

    /** How much of the text a match pins down, to prefer the most specific pattern. */
    public int specificity() {
      int n = 0;
      for (Item i : before) {
        n += i.kind() == Kind.SKIP ? 0 : 1;
      }
      for (Item i : after) {
        n += i.kind() == Kind.SKIP ? 0 : 1;
      }
      return n;
    }
  }

  /** A verb block: its default code and its patterns. */
  public record Block(String name, String code, List<Pattern> patterns) {}

  /**
   * A verb of a block: its words (lower case; one for most verbs, several for "break down"), the
   * index of the inflected word, the inflected forms of that word, and its own code (or the block's).
   */
  public record Verb(List<String> words, int head, Set<String> headForms, String code, Block block) {}

  private final Map<String, List<Verb>> byForm;
  private final Map<String, List<List<Item>>> synsets;
  private final String source;

  private VerbDictionary(Map<String, List<Verb>> byForm, Map<String, List<List<Item>>> synsets, String source) {
    this.byForm = byForm;
    this.synsets = synsets;
    this.source = source;
  }

  public static VerbDictionary read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Reads the dictionary's lines; {@code source} names it in error messages. */
  public static VerbDictionary parse(List<String> lines, String source) {
    return new Reader(source).read(lines);
  }

  /** The verbs whose inflected word has this form ("tapped"), longest first. */
  public List<Verb> verbsWithForm(String token) {
    return byForm.getOrDefault(token.toLowerCase(Locale.ROOT), List.of());
  }

  /** The member phrases of a synset (each a run of adjacent elements), or none. */
  public List<List<Item>> synset(String name) {
    List<List<Item>> members = synsets.get(name); // pattern items carry the name in upper case already
    return members != null ? members : synsets.getOrDefault(name.toUpperCase(Locale.ROOT), List.of());
  }

  public String source() {
    return source;
  }

  /** The number of distinct verb forms known, for messages. */
  public int size() {
    return byForm.size();
  }

  // ------------------------------------------------------------------ reading

  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]");
  private static final java.util.regex.Pattern FORMS = java.util.regex.Pattern.compile("\\{([^}]*)\\}");

  /** The line-by-line reader: a synset or a verb block is open at any time. */
  private static final class Reader {
    private final String source;
    private final Map<String, List<Verb>> byForm = new HashMap<>();
    private final Map<String, List<List<Item>>> synsets = new LinkedHashMap<>();
    private final Map<String, String[]> irregular = new HashMap<>();
    private List<List<Item>> openSynset;
    private String blockName;
    private String blockCode;
    private List<Pattern> blockPatterns;
    private List<String[]> blockVerbs; // raw verb lines of the open block: {words, code}

    Reader(String source) {
      this.source = source;
      for (String[] r : org.dateline.util.DataFile.rows(EventLexicon.class, "irregular-verbs.tsv")) {
        irregular.put(r[0], r);
      }
    }

    VerbDictionary read(List<String> lines) {
      int n = 0;
      for (String raw : lines) {
        n++;
        String line = stripComment(raw).strip();
        if (line.isEmpty() || line.startsWith("<!--")) {
          continue;
        }
        if (line.startsWith("---")) {
          closeBlock();
          openSynset = null;
          String header = line.replaceAll("-+\\s*$", "").substring(3).strip();
          Matcher c = CODE.matcher(header);
          blockCode = c.find() ? c.group(1).strip() : "---";
          blockName = CODE.matcher(header).replaceAll("").strip();
          blockPatterns = new ArrayList<>();
          blockVerbs = new ArrayList<>();
        } else if (line.startsWith("&")) {
          String name = line.substring(1).strip().split("\\s+")[0].replaceAll("_+$", "").toUpperCase(Locale.ROOT);
          openSynset = new ArrayList<>();
          synsets.put(name, openSynset);
        } else if (line.startsWith("+") && openSynset != null) {
          openSynset.add(phrase(line.substring(1).strip(), n));
        } else if (line.startsWith("-") && blockPatterns != null) {
          VerbDictionary.Pattern p = pattern(line.substring(1).strip(), n);
          if (p != null) {
            blockPatterns.add(p);
          }
        } else if (blockVerbs != null && !line.contains("*")) {
          openSynset = null;
          Matcher c = CODE.matcher(line);
          String code = c.find() ? c.group(1).strip() : null;
          blockVerbs.add(new String[] {CODE.matcher(line).replaceAll("").strip(), code});
        } else {
          throw new IllegalArgumentException(source + ":" + n + ": expected a synset (&NAME), a verb block"
              + " (--- VERB [code] ---), a verb or a pattern (- ... * ... [code]), found: " + raw.strip());
        }
      }
      closeBlock();
      Map<String, List<Verb>> sorted = new HashMap<>();
      byForm.forEach((form, verbs) -> {
        List<Verb> l = new ArrayList<>(verbs);
        l.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
        sorted.put(form, List.copyOf(l));
      });
      return new VerbDictionary(Map.copyOf(sorted), Collections.unmodifiableMap(synsets), source);
    }

    /** The line without its comment; a "#" inside a code ("[###]") is part of the code. */
    private static String stripComment(String raw) {
      boolean inCode = false;
      for (int k = 0; k < raw.length(); k++) {
        char c = raw.charAt(k);
        if (c == '[') {
          inCode = true;
        } else if (c == ']') {
          inCode = false;
        } else if (c == '#' && !inCode) {
          return raw.substring(0, k);
        }
      }
      return raw;
    }

    private void closeBlock() {
      if (blockVerbs == null) {
        return;
      }
      Block block = new Block(blockName, blockCode, List.copyOf(blockPatterns));
      for (String[] v : blockVerbs) {
        addVerb(v[0], v[1] == null ? blockCode : v[1], block);
      }
      blockVerbs = null;
      blockPatterns = null;
    }

    /** "FORSAKE {FORSOOK FORSAKEN}", "+CALL_OFF {+CALLED_OFF}", "FAST_+TRACK", "STAND DOWN". */
    private void addVerb(String text, String code, Block block) {
      Matcher f = FORMS.matcher(text);
      List<String> given = new ArrayList<>();
      if (f.find()) {
        for (String form : f.group(1).strip().split("\\s+")) {
          if (!form.isBlank()) {
            given.add(form);
          }
        }
      }
      String base = FORMS.matcher(text).replaceAll("").strip();
      if (base.startsWith("+")) {
        base = base.substring(1);
      }
      String[] parts = base.toLowerCase(Locale.ROOT).split("[_\\s]+");
      List<String> words = new ArrayList<>();
      int head = 0;
      for (String p : parts) {
        if (p.isEmpty()) {
          continue;
        }
        if (p.startsWith("+")) {
          head = words.size();
          p = p.substring(1);
        }
        words.add(p);
      }
      if (words.isEmpty()) {
        return;
      }
      String lemma = words.get(head);
      Set<String> forms = new LinkedHashSet<>(EventLexicon.verbForms(lemma, irregular.get(lemma)));
      for (String g : given) {
        String[] gw = g.replace("+", "").toLowerCase(Locale.ROOT).split("_+");
        int gh = 0;
        String[] marked = g.toLowerCase(Locale.ROOT).split("_+");
        for (int i = 0; i < marked.length; i++) {
          if (marked[i].startsWith("+")) {
            gh = i;
          }
        }
        if (gh < gw.length && !gw[gh].isEmpty()) {
          forms.add(gw[gh]);
        }
      }
      Verb verb = new Verb(List.copyOf(words), head, Set.copyOf(forms), code, block);
      for (String form : forms) {
        byForm.computeIfAbsent(form, k -> new ArrayList<>()).add(verb);
      }
    }

    /** A synset member: adjacent words ("NEW_ZEALAND_DOLLARS", "HONG KONG DOLLARS"). */
    private List<Item> phrase(String text, int line) {
      List<Item> out = new ArrayList<>();
      for (String w : text.split("[_\\s]+")) {
        if (!w.isEmpty()) {
          out.add(item(w, !out.isEmpty()));
        }
      }
      return List.copyOf(out);
    }

    private Pattern pattern(String text, int line) {
      Matcher c = CODE.matcher(text);
      String code = null;
      while (c.find()) {
        code = c.group(1).strip();
      }
      if (code == null) {
        code = blockCode; // PETRARCH's own dictionaries have a few such lines: the block's code stands
      }
      String body = CODE.matcher(text).replaceAll(" ").strip();
      // pieces in text order, each knowing whether "_" joins it to the next one
      List<String> pieces = new ArrayList<>();
      List<Boolean> joinedToNext = new ArrayList<>();
      for (String chunk : body.split("\\s+")) {
        if (chunk.isEmpty()) {
          continue;
        }
        String[] ws = chunk.split("_", -1);
        for (int i = 0; i < ws.length; i++) {
          if (ws[i].isEmpty()) {
            continue; // a trailing "_" ("TO_"): TABARI's mark for the word itself, which every word is here
          }
          boolean more = false;
          for (int j = i + 1; j < ws.length; j++) {
            more |= !ws[j].isEmpty();
          }
          pieces.add(ws[i]);
          joinedToNext.add(more);
        }
      }
      int star = pieces.indexOf("*");
      if (star < 0) {
        return null; // without the verb's place it can never match (PETRARCH's own files have one)
      }
      List<Item> before = new ArrayList<>();
      for (int i = star - 1; i >= 0; i--) {
        before.add(item(pieces.get(i), joinedToNext.get(i)));
      }
      List<Item> after = new ArrayList<>();
      for (int i = star + 1; i < pieces.size(); i++) {
        after.add(item(pieces.get(i), joinedToNext.get(i - 1)));
      }
      return new Pattern(List.copyOf(before), List.copyOf(after), code, line);
    }

    private Item item(String piece, boolean adjacent) {
      return switch (piece) {
        case "+" -> new Item(Kind.TARGET, null, adjacent);
        case "$" -> new Item(Kind.SOURCE, null, adjacent);
        case "%" -> new Item(Kind.COMPOUND, null, adjacent);
        case "^" -> new Item(Kind.SKIP, null, adjacent);
        default -> piece.startsWith("&")
            ? new Item(Kind.SYNSET, piece.substring(1).toUpperCase(Locale.ROOT), adjacent)
            : new Item(Kind.WORD, piece.toLowerCase(Locale.ROOT), adjacent);
      };
    }
  }
}
