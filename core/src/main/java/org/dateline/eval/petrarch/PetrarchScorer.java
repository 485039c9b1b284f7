package org.dateline.eval.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.actors.UserActors;
import org.dateline.actors.ActorIndex;
import org.dateline.eval.Prf;
import org.dateline.events.UserEvents;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Extraction;
import org.dateline.pipeline.Document;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Pipelines;

/**
 * Runs Dateline on PETRARCH's validation sentences with the suite's actor dictionary loaded as
 * user actors, and compares the events with the expected codings: per record, whether the set
 * of (source, target, CAMEO root) agrees, counting actors by their country-level code (the
 * first three letters), whether the dyads alone agree (who acted on whom, whatever the code),
 * and whether the full codes agree; per event, precision and recall of (source, target, root).
 */
public final class PetrarchScorer {

  /** Scores of a group of records. */
  public record Score(int records, int dyadAgree, int rootAgree, int exactAgree, Prf events) {
    Score plus(Score o) {
      return new Score(records + o.records, dyadAgree + o.dyadAgree, rootAgree + o.rootAgree,
          exactAgree + o.exactAgree, events.plus(o.events));
    }

    public double dyadAgreement() {
      return records == 0 ? 0 : (double) dyadAgree / records;
    }

    public double rootAgreement() {
      return records == 0 ? 0 : (double) rootAgree / records;
    }

    public double exactAgreement() {
      return records == 0 ? 0 : (double) exactAgree / records;
    }
  }

  /** The outcome of one record, for listing disagreements. */
  public record Outcome(PetrarchSuite.Record record, Set<String> expected, Set<String> predicted, boolean rootAgrees,
      String reading) {}

  private final PetrarchActors dictionary;
  private final Pipelines.Resources resources;
  private final UserEvents events;
  private final Map<List<UserActors.Entry>, Pipeline> pipelines = new HashMap<>();

  /** A scorer with the suite's actors and Dateline's own event lexicon. */
  public PetrarchScorer(PetrarchActors dictionary, Pipelines.Resources resources) {
    this(dictionary, resources, UserEvents.NONE);
  }

  /** A scorer with the suite's actors and an event dictionary (the suite's verbs and discards). */
  public PetrarchScorer(PetrarchActors dictionary, Pipelines.Resources resources, UserEvents events) {
    this.dictionary = dictionary;
    this.resources = resources;
    this.events = events;
  }

  public Outcome score(PetrarchSuite.Record r) {
    List<UserActors.Entry> actors = dictionary.asUserActors(r.date());
    Pipeline pipeline = pipelines.computeIfAbsent(actors, a -> resources.pipeline(a, events));
    Document doc = pipeline.annotate(new Article(r.id(), null, r.text(), r.date(), null, null));
    Extraction x = doc.toExtraction();
    Set<String> predicted = new HashSet<>();
    Map<String, Actor> byId = new HashMap<>();
    x.actors().forEach(a -> byId.put(a.id(), a));
    for (Event e : x.events()) {
      for (String s : e.source()) {
        for (String t : e.target()) {
          for (String sc : codes(byId.get(s))) {
            for (String tc : codes(byId.get(t))) {
              predicted.add(sc + " " + tc + " " + e.cameo());
            }
          }
        }
      }
    }
    Set<String> expected = new HashSet<>();
    for (PetrarchSuite.Coding c : r.expected()) {
      expected.add(c.source() + " " + c.target() + " " + c.code());
    }
    return new Outcome(r, expected, predicted, roots(expected).equals(roots(predicted)), reading(doc));
  }

  /** How the sentence was read, for listing disagreements: word/POS, actor mentions in brackets with their code. */
  static String reading(Document doc) {
    ActorIndex index = ActorIndex.of(doc.tokens(), doc.actors());
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < doc.tokens().size(); k++) {
      ActorIndex.Span span = index.at(k);
      if (span != null && span.start() == k) {
        sb.append('[');
      }
      sb.append(doc.tokens().get(k).text()).append('/').append(doc.tokens().get(k).pos());
      if (span != null && span.end() == k + 1) {
        sb.append(' ').append(code(span.actor())).append(']');
      }
      sb.append(' ');
    }
    return sb.toString().strip();
  }

  /** An actor's codes: a dictionary code "FRO/BIL/SAM" names several actors, each coded apart. */
  static List<String> codes(Actor a) {
    return List.of(code(a).split("/"));
  }

  /** An actor's code: its country code, with the sector appended for people and bodies. */
  static String code(Actor a) {
    if (a == null || a.country() == null) {
      return "---";
    }
    if (a.kind() == ActorKind.COUNTRY || a.sector() == null || a.country().length() > 3) {
      return a.country();
    }
    return a.country() + a.sector();
  }

  static Set<String> roots(Set<String> codings) {
    Set<String> out = new HashSet<>();
    for (String c : codings) {
      String[] p = c.split(" ");
      out.add(prefix(p[0], 3) + " " + prefix(p[1], 3) + " " + prefix(p[2], 2));
    }
    return out;
  }

  /** Who did something to whom, whatever the code: (source, target) at country level. */
  static Set<String> dyads(Set<String> codings) {
    Set<String> out = new HashSet<>();
    for (String c : codings) {
      String[] p = c.split(" ");
      out.add(prefix(p[0], 3) + " " + prefix(p[1], 3));
    }
    return out;
  }

  private static String prefix(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }

  public static Map<String, Score> summarize(List<Outcome> outcomes) {
    Map<String, Score> out = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      Set<String> exp = roots(o.expected());
      Set<String> pred = roots(o.predicted());
      Set<String> both = new HashSet<>(exp);
      both.retainAll(pred);
      Score s = new Score(1, dyads(o.expected()).equals(dyads(o.predicted())) ? 1 : 0, o.rootAgrees() ? 1 : 0,
          o.expected().equals(o.predicted()) ? 1 : 0,
          new Prf(both.size(), pred.size(), exp.size()));
      out.merge(o.record().category(), s, Score::plus);
      out.merge("overall", s, Score::plus);
    }
    Score overall = out.remove("overall");
    if (overall != null) {
      out.put("overall", overall);
    }
    return out;
  }

  public static LocalDate anyDate() {
    return null;
  }

  static List<String> sorted(Set<String> s) {
    List<String> l = new ArrayList<>(s);
    java.util.Collections.sort(l);
    return l;
  }
}
