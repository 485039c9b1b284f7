package org.dateline.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.text.Token;

/**
 * Multi-token phrase lookup: phrases are stored as sequences of normalized tokens, and a
 * match at a position is the longest stored phrase whose tokens follow there. Each stored
 * phrase keeps its original spelling so callers can require the text's capitalization to fit.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTrie<V> {

  /** A stored phrase: its spelling as written in the data, and its value. */
  public record Entry<V>(List<String> spelling, V value) {}

  /** A match in a token list: tokens {@code [start, end)} and the entries stored for them. */
  public record Match<V>(int start, int end, List<Entry<V>> entries) {}

  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>(4);
    List<Entry<V>> entries;
  }

  private final Node<V> root = new Node<>();
  private int size;

  public void add(List<String> tokens, V value) {
    if (tokens.isEmpty()) {
      return;
    }
    Node<V> n = root;
    for (String t : tokens) {
      n = n.next.computeIfAbsent(Names.key(t), k -> new Node<>());
    }
    if (n.entries == null) {
      n.entries = new ArrayList<>(1);
    }
    n.entries.add(new Entry<>(List.copyOf(tokens), value));
    size++;
  }

  public int size() {
    return size;
  }

  /**
   * The longest match starting at {@code start} (not beyond {@code limit}) that has at least one
   * entry accepted by the filter; null if none.
   */
  public Match<V> longest(List<Token> tokens, int start, int limit, java.util.function.BiPredicate<Entry<V>, List<Token>> accept) {
    Node<V> n = root;
    Match<V> best = null;
    for (int i = start; i < limit; i++) {
      n = n.next.get(Names.key(tokens.get(i).text()));
      if (n == null) {
        break;
      }
      if (n.entries != null) {
        List<Token> span = tokens.subList(start, i + 1);
        List<Entry<V>> ok = new ArrayList<>(n.entries.size());
        for (Entry<V> e : n.entries) {
          if (accept.test(e, span)) {
            ok.add(e);
          }
        }
        if (!ok.isEmpty()) {
          best = new Match<>(start, i + 1, ok);
        }
      }
    }
    return best;
  }

  /** Exact lookup of a whole phrase (normalized), or an empty list. */
  public List<Entry<V>> get(List<String> tokens) {
    Node<V> n = root;
    for (String t : tokens) {
      n = n.next.get(Names.key(t));
      if (n == null) {
        return List.of();
      }
    }
    return n.entries == null ? List.of() : n.entries;
  }

  /**
   * The usual case rule for names: every capitalized word of the stored spelling must be
   * capitalized in the text, and short all-capital forms ("US", "UN") must match exactly, so
   * that "us" or "un" never match.
   */
  public static boolean caseFits(List<String> spelling, List<Token> span) {
    for (int i = 0; i < spelling.size(); i++) {
      String s = spelling.get(i);
      String t = span.get(i).text();
      if (Names.isAllCaps(s) && s.length() <= 4 && s.indexOf('.') < 0) {
        if (!s.equals(t)) {
          return false;
        }
      } else if (Names.startsUpper(s) && !Names.startsUpper(t)) {
        return false;
      }
    }
    return true;
  }
}
