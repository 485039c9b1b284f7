package org.dateline.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;
import org.dateline.model.Mention;
import org.dateline.text.Token;

/**
 * Which actor each token names, for stages that read actors off the text (quotes, events).
 * Where mentions nest ("U.K." inside "U.K. Prime Minister Keir Starmer") the outer one wins.
 */
public final class ActorIndex {

  /** A mention as a token range, with its actor. */
  public record Span(int start, int end, Actor actor) {
    public int length() {
      return end - start;
    }
  }

  private final Span[] outer;
  private final List<Span> all;
  private final Map<String, Actor> byId = new HashMap<>();

  private ActorIndex(Span[] outer, List<Span> all) {
    this.outer = outer;
    this.all = all;
  }

  public static ActorIndex of(List<Token> tokens, List<Actor> actors) {
    Span[] outer = new Span[tokens.size()];
    List<Span> all = new ArrayList<>();
    for (Actor a : actors) {
      for (Mention m : a.mentions()) {
        int s = firstTokenAt(tokens, m.start());
        int e = s;
        while (e < tokens.size() && tokens.get(e).start() < m.end()) {
          e++;
        }
        if (s >= e) {
          continue;
        }
        Span span = new Span(s, e, a);
        all.add(span);
        for (int i = s; i < e; i++) {
          // the longest mention wins; on a tie, a participant over a place ("Kharkiv" as Ukraine)
          if (outer[i] == null || outer[i].length() < span.length()
              || outer[i].length() == span.length() && !isParticipant(outer[i].actor()) && isParticipant(a)) {
            outer[i] = span;
          }
        }
      }
    }
    all.sort((x, y) -> x.start != y.start ? Integer.compare(x.start, y.start) : Integer.compare(y.end, x.end));
    ActorIndex index = new ActorIndex(outer, all);
    for (Actor a : actors) {
      index.byId.put(a.id(), a);
    }
    return index;
  }

  private static int firstTokenAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The outermost mention covering a token, or null. */
  public Span at(int token) {
    return token >= 0 && token < outer.length ? outer[token] : null;
  }

  /** Outermost mentions that start in {@code [from, to)}, in text order. */
  public List<Span> outerIn(int from, int to) {
    List<Span> out = new ArrayList<>();
    for (int i = Math.max(0, from); i < to && i < outer.length; i++) {
      Span s = outer[i];
      if (s != null && s.start == i) {
        out.add(s);
        i = s.end - 1;
      }
    }
    return out;
  }

  /** Every mention (nested ones too) that starts in {@code [from, to)}, in text order. */
  public List<Span> allIn(int from, int to) {
    List<Span> out = new ArrayList<>();
    for (Span s : all) {
      if (s.start >= from && s.start < to) {
        out.add(s);
      }
    }
    return out;
  }

  /** The first mention of an actor, or null. */
  public Span firstMentionOf(Actor a) {
    for (Span s : all) {
      if (s.actor().id().equals(a.id())) {
        return s;
      }
    }
    return null;
  }

  public Actor actor(String id) {
    return byId.get(id);
  }

  public static boolean isParticipant(Actor a) {
    return a.kind() != ActorKind.LOCATION && a.kind() != ActorKind.OTHER;
  }

  /** A body of a state: a ministry, the army, the police (an organization of sector GOV or MIL). */
  public static boolean isStateBody(Actor a) {
    return a.kind() == ActorKind.ORGANIZATION && ("GOV".equals(a.sector()) || "MIL".equals(a.sector()));
  }
}
