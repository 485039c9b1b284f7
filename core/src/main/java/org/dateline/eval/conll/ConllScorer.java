package org.dateline.eval.conll;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dateline.actors.ActorStage;
import org.dateline.eval.Prf;
import org.dateline.model.Article;
import org.dateline.pipeline.Document;
import org.dateline.pipeline.Pipeline;
import org.dateline.text.Token;

/**
 * Scores Dateline's actor mentions as CoNLL-2003 named entities: names of people → PER;
 * countries, their capitals, places and regions → LOC; organizations and named groups → ORG.
 * Adjectives and demonyms ("German") are MISC in CoNLL and, like descriptions and pronouns,
 * are not counted; MISC is excluded on both sides. A prediction is right when its token span
 * and type equal a gold entity's (the shared task's rule).
 */
public final class ConllScorer {

  public static final List<String> TYPES = List.of("PER", "LOC", "ORG");

  private final Pipeline untilActors;
  private final ActorStage actors;

  /** @param untilActors the pipeline up to (not including) the actor stage */
  public ConllScorer(Pipeline untilActors, ActorStage actors) {
    this.untilActors = untilActors;
    this.actors = actors;
  }

  /** Per-type counts; key "ALL" holds the micro average over PER, LOC and ORG. */
  public Map<String, Prf> score(List<ConllCorpus.Doc> docs) {
    return score(docs, this::predict);
  }

  /**
   * Scores any system's predictions ("start:end:TYPE" over each document's CoNLL tokens, see
   * {@link #entity}) by the same rule, so that other taggers can be compared in the same run.
   */
  public static Map<String, Prf> score(List<ConllCorpus.Doc> docs, Function<ConllCorpus.Doc, Set<String>> system) {
    Map<String, Prf> out = new LinkedHashMap<>();
    for (String t : TYPES) {
      out.put(t, Prf.ZERO);
    }
    for (ConllCorpus.Doc doc : docs) {
      Set<String> gold = new HashSet<>();
      for (ConllCorpus.Entity e : doc.gold()) {
        if (TYPES.contains(e.type())) {
          gold.add(e.start() + ":" + e.end() + ":" + e.type());
        }
      }
      Set<String> predicted = system.apply(doc);
      for (String t : TYPES) {
        int tp = 0;
        int p = 0;
        int g = 0;
        for (String x : predicted) {
          if (x.endsWith(":" + t)) {
            p++;
            if (gold.contains(x)) {
              tp++;
            }
          }
        }
        for (String x : gold) {
          if (x.endsWith(":" + t)) {
            g++;
          }
        }
        out.merge(t, new Prf(tp, p, g), Prf::plus);
      }
    }
    Prf all = Prf.ZERO;
    for (String t : TYPES) {
      all = all.plus(out.get(t));
    }
    out.put("ALL", all);
    return out;
  }

  /**
   * The disagreements of one document, for error analysis on the development files: each
   * missed gold entity ("- TYPE words") and each wrong prediction ("+ TYPE words"), with the
   * gold reading of a predicted span when there is one ("+ LOC words (gold ORG)").
   */
  public List<String> errors(ConllCorpus.Doc doc) {
    Map<String, String> goldBySpan = new LinkedHashMap<>();
    for (ConllCorpus.Entity e : doc.gold()) {
      goldBySpan.put(e.start() + ":" + e.end(), e.type());
    }
    Set<String> predicted = predict(doc);
    List<String> out = new ArrayList<>();
    for (ConllCorpus.Entity e : doc.gold()) {
      if (TYPES.contains(e.type()) && !predicted.contains(e.start() + ":" + e.end() + ":" + e.type())) {
        out.add("- " + e.type() + " " + words(doc, e.start(), e.end()) + "  | " + context(doc, e.start(), e.end()));
      }
    }
    for (String x : predicted) {
      String[] f = x.split(":");
      int s = Integer.parseInt(f[0]);
      int e = Integer.parseInt(f[1]);
      String gold = goldBySpan.get(s + ":" + e);
      if (!f[2].equals(gold)) {
        out.add("+ " + f[2] + " " + words(doc, s, e) + (gold != null ? " (gold " + gold + ")" : "") + "  | "
            + context(doc, s, e));
      }
    }
    return out;
  }

  private static String words(ConllCorpus.Doc doc, int s, int e) {
    return doc.text().substring(doc.tokenSpans().get(s)[0], doc.tokenSpans().get(e - 1)[1]);
  }

  private static String context(ConllCorpus.Doc doc, int s, int e) {
    int from = Math.max(0, s - 6);
    int to = Math.min(doc.tokenSpans().size(), e + 6);
    return words(doc, from, to).replace('\n', ' ');
  }

  /** Predicted entities as "start:end:TYPE" over the CoNLL tokens. */
  public Set<String> predict(ConllCorpus.Doc doc) {
    Document d = untilActors.annotate(new Article("conll", null, doc.text(), doc.date(), null, null));
    List<Token> tokens = d.tokens();
    Set<String> out = new HashSet<>();
    List<int[]> taken = new ArrayList<>();
    for (ActorStage.EntityMention m : actors.entityMentions(d)) {
      if (m.naming() != ActorStage.Naming.NAME) {
        continue;
      }
      String type = switch (m.kind()) {
        case PERSON -> "PER";
        case COUNTRY, LOCATION -> "LOC";
        case ORGANIZATION -> "ORG";
        case GROUP -> m.region() ? "LOC" : "ORG";
        default -> null;
      };
      if (type == null) {
        continue;
      }
      int startChar = tokens.get(m.startToken()).start();
      int endChar = tokens.get(m.endToken() - 1).end();
      int s = conllTokenAt(doc, startChar, true);
      int e = conllTokenAt(doc, endChar, false);
      if (s < 0 || e <= s || overlaps(taken, s, e)) {
        continue;
      }
      taken.add(new int[] {s, e});
      out.add(s + ":" + e + ":" + type);
    }
    return out;
  }

  /**
   * A prediction over characters {@code [startChar, endChar)} of the document's text as
   * "start:end:TYPE" over its CoNLL tokens, or null when the span does not fall on token edges.
   */
  public static String entity(ConllCorpus.Doc doc, int startChar, int endChar, String type) {
    int s = conllTokenAt(doc, startChar, true);
    int e = conllTokenAt(doc, endChar, false);
    return s < 0 || e <= s ? null : s + ":" + e + ":" + type;
  }

  private static boolean overlaps(List<int[]> taken, int s, int e) {
    for (int[] t : taken) {
      if (s < t[1] && t[0] < e) {
        return true;
      }
    }
    return false;
  }

  /** The CoNLL token starting at a character (start) or the end index of the token ending there. */
  private static int conllTokenAt(ConllCorpus.Doc doc, int offset, boolean start) {
    List<int[]> spans = doc.tokenSpans();
    for (int i = 0; i < spans.size(); i++) {
      if (start && spans.get(i)[0] == offset) {
        return i;
      }
      if (!start && spans.get(i)[1] == offset) {
        return i + 1;
      }
    }
    return -1;
  }
}
