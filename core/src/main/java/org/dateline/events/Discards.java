package org.dateline.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * A discard list in TABARI/PETRARCH format: phrases whose presence means a sentence (or, for
 * lines starting with "+", the whole story) reports no political event ("baseball", a storm's
 * name). One phrase a line, words separated by spaces or "_", "#" starting a comment.
 */
public final class Discards {

  public static final Discards NONE = new Discards(List.of(), List.of());

  private final List<List<String>> sentencePhrases;
  private final List<List<String>> storyPhrases;

  private Discards(List<List<String>> sentencePhrases, List<List<String>> storyPhrases) {
    this.sentencePhrases = sentencePhrases;
    this.storyPhrases = storyPhrases;
  }

  public static Discards read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  public static Discards parse(List<String> lines) {
    List<List<String>> sentence = new ArrayList<>();
    List<List<String>> story = new ArrayList<>();
    for (String raw : lines) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      if (line.isEmpty() || line.startsWith("<!--")) {
        continue;
      }
      boolean wholeStory = line.startsWith("+");
      List<String> words = new ArrayList<>();
      for (String w : (wholeStory ? line.substring(1) : line).toLowerCase(Locale.ROOT).split("[\\s_]+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
      if (!words.isEmpty()) {
        (wholeStory ? story : sentence).add(List.copyOf(words));
      }
    }
    return new Discards(List.copyOf(sentence), List.copyOf(story));
  }

  /** Whether the story names a story-level discard anywhere. */
  public boolean discardsStory(List<Token> tokens) {
    return containsAny(tokens, 0, tokens.size(), storyPhrases);
  }

  /** Whether the sentence names a sentence-level discard. */
  public boolean discardsSentence(List<Token> tokens, Sentence s) {
    return containsAny(tokens, s.firstToken(), s.endToken(), sentencePhrases);
  }

  private static boolean containsAny(List<Token> tokens, int from, int to, List<List<String>> phrases) {
    for (List<String> p : phrases) {
      for (int k = from; k + p.size() <= to; k++) {
        boolean all = true;
        for (int j = 0; j < p.size() && all; j++) {
          all = tokens.get(k + j).text().toLowerCase(Locale.ROOT).equals(p.get(j));
        }
        if (all) {
          return true;
        }
      }
    }
    return false;
  }
}
