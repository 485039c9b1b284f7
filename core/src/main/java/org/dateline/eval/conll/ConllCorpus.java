package org.dateline.eval.conll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CoNLL-2003 file ("token POS chunk NER" per line, IOB1 tags, blank lines between sentences,
 * -DOCSTART- between documents) as documents: the text rebuilt with tokens joined by spaces
 * and sentences by line breaks, each token's character span, and the gold entities.
 */
public final class ConllCorpus {

  /** A gold entity over tokens {@code [start, end)} of its document. */
  public record Entity(int start, int end, String type) {}

  /** One document. */
  public record Doc(String text, List<int[]> tokenSpans, List<Entity> gold, LocalDate date) {}

  private static final Pattern DATE = Pattern.compile("(19|20)\\d\\d-\\d\\d-\\d\\d");

  private ConllCorpus() {}

  public static List<Doc> read(Path file, LocalDate defaultDate) throws IOException {
    List<Doc> docs = new ArrayList<>();
    Builder b = new Builder(defaultDate);
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("-DOCSTART-")) {
        b.finish(docs);
        b = new Builder(defaultDate);
      } else if (line.isBlank()) {
        b.endSentence();
      } else {
        String[] cols = line.split(" ");
        b.add(cols[0], cols[cols.length - 1]);
      }
    }
    b.finish(docs);
    return docs;
  }

  private static final class Builder {
    final StringBuilder text = new StringBuilder();
    final List<int[]> spans = new ArrayList<>();
    final List<String> tags = new ArrayList<>();
    final List<Integer> sentenceStarts = new ArrayList<>();
    final LocalDate defaultDate;
    boolean lineOpen;

    Builder(LocalDate defaultDate) {
      this.defaultDate = defaultDate;
    }

    void add(String token, String tag) {
      if (lineOpen) {
        text.append(' ');
      } else {
        sentenceStarts.add(spans.size());
      }
      spans.add(new int[] {text.length(), text.length() + token.length()});
      text.append(token);
      tags.add(tag);
      lineOpen = true;
    }

    void endSentence() {
      if (lineOpen) {
        text.append('\n');
        lineOpen = false;
      }
    }

    void finish(List<Doc> docs) {
      endSentence();
      if (spans.isEmpty()) {
        return;
      }
      List<Entity> gold = new ArrayList<>();
      int start = -1;
      String type = null;
      for (int i = 0; i <= tags.size(); i++) {
        String tag = i < tags.size() ? tags.get(i) : "O";
        String t = tag.equals("O") ? null : tag.substring(2);
        boolean begins = t != null && (tag.startsWith("B-") || !t.equals(type) || sentenceStarts.contains(i));
        if (type != null && (t == null || begins)) {
          gold.add(new Entity(start, i, type));
          type = null;
        }
        if (t != null && type == null) {
          start = i;
          type = t;
        }
      }
      String head = text.substring(0, Math.min(text.length(), 200));
      Matcher m = DATE.matcher(head);
      LocalDate date = defaultDate;
      if (m.find()) {
        try {
          date = LocalDate.parse(m.group());
        } catch (RuntimeException e) {
          date = defaultDate;
        }
      }
      docs.add(new Doc(text.toString(), List.copyOf(spans), gold, date));
    }
  }
}
