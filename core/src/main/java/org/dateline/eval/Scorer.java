package org.dateline.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;
import org.dateline.model.Event;
import org.dateline.model.Extraction;
import org.dateline.model.Mention;
import org.dateline.model.Quote;
import org.dateline.model.Timex;

/**
 * Scores an extraction against a gold annotation following the matching rules of
 * spec/gold-format.md. Every match is one-to-one (a maximum bipartite matching), so a
 * duplicate prediction counts against precision.
 */
public final class Scorer {

  private static final Set<String> SYMMETRIC_TYPES = Set.of("CONSULT", "COOPERATE");
  private static final Set<String> ROLE_STOPWORDS = Set.of("of", "the", "a", "an", "for", "and", "to");

  public ArticleScore score(Gold gold, String text, Extraction predicted) {
    List<String> notes = new ArrayList<>();
    TimexScores t = scoreTimexes(gold, text, predicted.timexes(), notes);
    ActorScores a = scoreActors(gold, predicted.actors(), notes);
    EventScores e = scoreEvents(gold, predicted, notes);
    QuoteScores q = scoreQuotes(gold, text, predicted, notes);
    return new ArticleScore(gold.id(), t.strict, t.relaxed, t.value, a.prf, a.country, a.role,
        e.dyads, e.dated, q.found, q.speaker, notes);
  }

  // ---------------------------------------------------------------- timexes

  private record TimexScores(Prf strict, Prf relaxed, Prf value) {}

  private record Located(int start, int end) {
    boolean overlaps(int s, int e) {
      return s < end && start < e;
    }
  }

  private TimexScores scoreTimexes(Gold gold, String text, List<Timex> predicted, List<String> notes) {
    List<Located> spans = locateInOrder(text, gold.timexes().stream().map(Gold.Timex::text).toList());
    List<Integer> goldIdx = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      goldIdx.add(i);
    }
    int[] strict = BipartiteMatching.match(goldIdx, predicted, (g, p) -> spans.get(g) != null
        && spans.get(g).start == p.start() && spans.get(g).end == p.end());
    int[] relaxed = BipartiteMatching.match(goldIdx, predicted, (g, p) -> spans.get(g) != null
        && spans.get(g).overlaps(p.start(), p.end()));
    int valueCorrect = 0;
    boolean[] used = new boolean[predicted.size()];
    for (int g = 0; g < relaxed.length; g++) {
      Gold.Timex gt = gold.timexes().get(g);
      if (relaxed[g] < 0) {
        notes.add("timex missed: \"" + gt.text() + "\" = " + gt.value());
        continue;
      }
      used[relaxed[g]] = true;
      Timex pt = predicted.get(relaxed[g]);
      if (Objects.equals(gt.value(), pt.value())) {
        valueCorrect++;
      } else {
        notes.add("timex value: \"" + gt.text() + "\" gold " + gt.value() + ", got \"" + pt.text() + "\" = " + pt.value());
      }
    }
    for (int p = 0; p < predicted.size(); p++) {
      if (!used[p]) {
        notes.add("timex spurious: \"" + predicted.get(p).text() + "\" = " + predicted.get(p).value());
      }
    }
    int n = predicted.size();
    int gn = gold.timexes().size();
    return new TimexScores(new Prf(BipartiteMatching.count(strict), n, gn),
        new Prf(BipartiteMatching.count(relaxed), n, gn), new Prf(valueCorrect, n, gn));
  }

  /**
   * Finds each gold text in the article, in order: gold lists expressions as they occur, so each
   * search starts after the previous hit (falling back to the whole text).
   */
  static List<Located> locateInOrder(String text, List<String> needles) {
    List<Located> out = new ArrayList<>();
    int from = 0;
    for (String needle : needles) {
      int at = text.indexOf(needle, from);
      if (at < 0) {
        at = text.indexOf(needle);
      }
      if (at < 0) {
        at = indexOfLoosely(text, needle);
      }
      if (at < 0) {
        out.add(null);
        continue;
      }
      out.add(new Located(at, at + needle.length()));
      from = at + 1;
    }
    return out;
  }

  /** Finds a quote or expression whose quotation marks or spacing differ from the gold's. */
  private static int indexOfLoosely(String text, String needle) {
    String n = needle.strip();
    while (!n.isEmpty() && ".,;:".indexOf(n.charAt(n.length() - 1)) >= 0) {
      n = n.substring(0, n.length() - 1);
    }
    return n.isEmpty() ? -1 : text.indexOf(n);
  }

  // ---------------------------------------------------------------- actors

  private record ActorScores(Prf prf, Accuracy country, Accuracy role) {}

  /** Normalized form of a name: lower case, no accents, straight apostrophes, no leading "the". */
  static String norm(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    n = n.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT).strip();
    n = n.replaceAll("\\s+", " ");
    if (n.startsWith("the ")) {
      n = n.substring(4);
    }
    while (!n.isEmpty() && ".,;:".indexOf(n.charAt(n.length() - 1)) >= 0 && !n.matches(".*\\b\\p{L}\\.\\p{L}\\.$")) {
      n = n.substring(0, n.length() - 1);
    }
    return n;
  }

  private static Set<String> goldKeys(Gold.Actor a) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(norm(a.name()));
    a.aliases().forEach(x -> keys.add(norm(x)));
    keys.remove("");
    return keys;
  }

  private static Set<String> predictedKeys(Actor a) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(norm(a.name()));
    for (Mention m : a.mentions()) {
      keys.add(norm(m.text()));
    }
    keys.remove("");
    return keys;
  }

  private static String lastName(String name) {
    String n = norm(name);
    int sp = n.lastIndexOf(' ');
    return sp < 0 ? n : n.substring(sp + 1);
  }

  /** Strength of the match between a gold and a predicted actor: 0 none, 3 same name. */
  static int actorMatch(Gold.Actor g, Actor p) {
    if (norm(g.name()).equals(norm(p.name()))) {
      return 3;
    }
    Set<String> gk = goldKeys(g);
    for (String k : predictedKeys(p)) {
      if (gk.contains(k)) {
        return 2;
      }
    }
    boolean goldPerson = "PERSON".equals(g.kind());
    boolean predPerson = p.kind() == ActorKind.PERSON;
    if (goldPerson && predPerson && lastName(g.name()).equals(lastName(p.name()))) {
      return 1;
    }
    return 0;
  }

  private ActorScores scoreActors(Gold gold, List<Actor> predicted, List<String> notes) {
    List<Gold.Actor> goldActors = gold.actors();
    // Better candidates first: exact name, then alias/mention, then last name.
    int[] match = new int[goldActors.size()];
    java.util.Arrays.fill(match, -1);
    boolean[] taken = new boolean[predicted.size()];
    for (int strength = 3; strength >= 1; strength--) {
      final int s = strength;
      List<Integer> openGold = new ArrayList<>();
      for (int g = 0; g < goldActors.size(); g++) {
        if (match[g] < 0) {
          openGold.add(g);
        }
      }
      List<Integer> openPred = new ArrayList<>();
      for (int p = 0; p < predicted.size(); p++) {
        if (!taken[p]) {
          openPred.add(p);
        }
      }
      int[] m = BipartiteMatching.match(openGold, openPred,
          (g, p) -> actorMatch(goldActors.get(g), predicted.get(p)) >= s);
      for (int i = 0; i < m.length; i++) {
        if (m[i] >= 0) {
          match[openGold.get(i)] = openPred.get(m[i]);
          taken[openPred.get(m[i])] = true;
        }
      }
    }
    Set<String> countryWords = countryWords(gold);
    int tp = 0;
    int countryOk = 0;
    int roleOk = 0;
    for (int g = 0; g < goldActors.size(); g++) {
      Gold.Actor ga = goldActors.get(g);
      if (match[g] < 0) {
        notes.add("actor missed: " + ga.name() + " (" + ga.kind() + ")");
        continue;
      }
      tp++;
      Actor pa = predicted.get(match[g]);
      if (Objects.equals(ga.country(), pa.country())) {
        countryOk++;
      } else {
        notes.add("actor country: " + ga.name() + " gold " + ga.country() + ", got " + pa.country());
      }
      if (roleMatches(ga.role(), pa.role(), countryWords)) {
        roleOk++;
      } else {
        notes.add("actor role: " + ga.name() + " gold \"" + ga.role() + "\", got \"" + pa.role() + "\"");
      }
    }
    int counted = 0;
    for (int p = 0; p < predicted.size(); p++) {
      Actor pa = predicted.get(p);
      if (!taken[p] && pa.kind() == ActorKind.LOCATION) {
        continue; // places that match no participant are not counted as wrong
      }
      counted++;
      if (!taken[p]) {
        notes.add("actor spurious: " + pa.name() + " (" + pa.kind() + ")");
      }
    }
    return new ActorScores(new Prf(tp, counted, goldActors.size()),
        new Accuracy(countryOk, tp), new Accuracy(roleOk, tp));
  }

  /** Words that name countries in this gold file, so roles compare without them. */
  private static Set<String> countryWords(Gold gold) {
    Set<String> words = new HashSet<>();
    for (Gold.Actor a : gold.actors()) {
      if ("COUNTRY".equals(a.kind())) {
        for (String name : concat(a.name(), a.aliases())) {
          words.addAll(roleTokens(name, Set.of()));
        }
      }
    }
    return words;
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> out = new ArrayList<>();
    out.add(first);
    out.addAll(rest);
    return out;
  }

  private static Set<String> roleTokens(String role, Set<String> drop) {
    Set<String> out = new LinkedHashSet<>();
    String r = norm(role).replaceAll("\\(.*?\\)", " ").replace(".", "");
    for (String w : r.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !ROLE_STOPWORDS.contains(w) && !drop.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Roles agree when their words agree once country names and function words are set aside
   * ("U.S. Special Envoy" = "Special Envoy of the United States"); the actor's country is
   * judged separately.
   */
  static boolean roleMatches(String gold, String predicted, Set<String> countryWords) {
    if (gold == null || gold.isBlank()) {
      return predicted == null || predicted.isBlank();
    }
    if (predicted == null) {
      return false;
    }
    return roleTokens(gold, countryWords).equals(roleTokens(predicted, countryWords));
  }

  private static Map<String, Gold.Actor> goldActorsByName(Gold gold) {
    Map<String, Gold.Actor> byName = new HashMap<>();
    for (Gold.Actor a : gold.actors()) {
      byName.put(a.name(), a);
    }
    return byName;
  }

  private static Map<String, Actor> predictedActorsById(Extraction predicted) {
    Map<String, Actor> byId = new HashMap<>();
    for (Actor a : predicted.actors()) {
      byId.put(a.id(), a);
    }
    return byId;
  }

  // ---------------------------------------------------------------- events

  private record EventScores(Prf dyads, Prf dated) {}

  private record Dyad(String type, Object source, Object target, String date, String label) {}

  private EventScores scoreEvents(Gold gold, Extraction predicted, List<String> notes) {
    Map<String, Gold.Actor> goldByName = goldActorsByName(gold);
    Map<String, Actor> predById = predictedActorsById(predicted);
    List<Dyad> goldDyads = new ArrayList<>();
    for (Gold.Event e : gold.events()) {
      for (String s : e.source()) {
        for (String t : e.target()) {
          Gold.Actor gs = goldByName.getOrDefault(s, new Gold.Actor(s, null, null, null, null, List.of()));
          Gold.Actor gt = goldByName.getOrDefault(t, new Gold.Actor(t, null, null, null, null, List.of()));
          goldDyads.add(new Dyad(e.type(), gs, gt, e.date(), e.type() + " " + s + " -> " + t + " @" + e.date()));
        }
      }
    }
    List<Dyad> predDyads = new ArrayList<>();
    for (Event e : predicted.events()) {
      for (String s : e.source()) {
        for (String t : e.target()) {
          Actor ps = predById.get(s);
          Actor pt = predById.get(t);
          if (ps == null || pt == null) {
            continue;
          }
          predDyads.add(new Dyad(e.type(), ps, pt, e.date(),
              e.type() + " " + ps.name() + " -> " + pt.name() + " @" + e.date()));
        }
      }
    }
    int[] typed = BipartiteMatching.match(goldDyads, predDyads, (g, p) -> dyadMatches(g, p, false));
    int[] dated = BipartiteMatching.match(goldDyads, predDyads, (g, p) -> dyadMatches(g, p, true));
    boolean[] used = new boolean[predDyads.size()];
    for (int g = 0; g < typed.length; g++) {
      if (typed[g] < 0) {
        notes.add("event missed: " + goldDyads.get(g).label);
      } else {
        used[typed[g]] = true;
        if (dated[g] < 0) {
          notes.add("event date: " + goldDyads.get(g).label + ", got " + predDyads.get(typed[g]).date);
        }
      }
    }
    for (int p = 0; p < predDyads.size(); p++) {
      if (!used[p]) {
        notes.add("event spurious: " + predDyads.get(p).label);
      }
    }
    return new EventScores(new Prf(BipartiteMatching.count(typed), predDyads.size(), goldDyads.size()),
        new Prf(BipartiteMatching.count(dated), predDyads.size(), goldDyads.size()));
  }

  private static boolean dyadMatches(Dyad g, Dyad p, boolean needDate) {
    if (!g.type.equals(p.type)) {
      return false;
    }
    if (needDate && !Objects.equals(g.date, p.date)) {
      return false;
    }
    Gold.Actor gs = (Gold.Actor) g.source;
    Gold.Actor gt = (Gold.Actor) g.target;
    Actor ps = (Actor) p.source;
    Actor pt = (Actor) p.target;
    if (sideMatches(gs, ps) && sideMatches(gt, pt)) {
      return true;
    }
    return SYMMETRIC_TYPES.contains(g.type) && sideMatches(gs, pt) && sideMatches(gt, ps);
  }

  /** Same actor, or - where either side is a country - the same country. */
  static boolean sideMatches(Gold.Actor g, Actor p) {
    if (actorMatch(g, p) > 0) {
      return true;
    }
    boolean eitherCountry = "COUNTRY".equals(g.kind()) || p.kind() == ActorKind.COUNTRY;
    return eitherCountry && g.country() != null && g.country().equals(p.country());
  }

  // ---------------------------------------------------------------- quotes

  private record QuoteScores(Prf found, Accuracy speaker) {}

  private QuoteScores scoreQuotes(Gold gold, String text, Extraction predicted, List<String> notes) {
    List<Located> spans = locateInOrder(text, gold.quotes().stream().map(Gold.Quote::text).toList());
    List<Quote> pq = predicted.quotes();
    List<Integer> goldIdx = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      goldIdx.add(i);
    }
    int[] match = BipartiteMatching.match(goldIdx, pq, (g, p) -> {
      Located l = spans.get(g);
      if (l == null) {
        return false;
      }
      int overlap = Math.min(l.end, p.end()) - Math.max(l.start, p.start());
      int shorter = Math.min(l.end - l.start, p.end() - p.start());
      return overlap > 0 && overlap * 2 >= shorter;
    });
    Map<String, Gold.Actor> goldByName = goldActorsByName(gold);
    Map<String, Actor> predById = predictedActorsById(predicted);
    int correct = 0;
    boolean[] used = new boolean[pq.size()];
    for (int g = 0; g < match.length; g++) {
      Gold.Quote gq = gold.quotes().get(g);
      if (match[g] < 0) {
        notes.add("quote missed: \"" + abbreviate(gq.text()) + "\" (" + gq.speaker() + ")");
        continue;
      }
      used[match[g]] = true;
      Quote q = pq.get(match[g]);
      Actor speaker = q.speaker() == null ? null : predById.get(q.speaker());
      Gold.Actor goldSpeaker = goldByName.getOrDefault(gq.speaker(),
          new Gold.Actor(gq.speaker(), null, null, null, null, List.of()));
      if (speaker != null && actorMatch(goldSpeaker, speaker) > 0) {
        correct++;
      } else {
        notes.add("quote speaker: \"" + abbreviate(gq.text()) + "\" gold " + gq.speaker() + ", got "
            + (speaker == null ? "none" : speaker.name()));
      }
    }
    for (int p = 0; p < pq.size(); p++) {
      if (!used[p]) {
        notes.add("quote spurious: \"" + abbreviate(pq.get(p).text()) + "\"");
      }
    }
    int found = BipartiteMatching.count(match);
    return new QuoteScores(new Prf(found, pq.size(), gold.quotes().size()), new Accuracy(correct, found));
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
