package org.dateline.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.dateline.model.Actor;

/**
 * The key of one side of an event (its source or target actors) for matching reports across
 * articles: each actor counts at country level when the article gives its country (a president,
 * a ministry and the country itself all stand for that country), otherwise at actor level by
 * its normalized name. Keys of several actors are sorted and joined with '+'; no actor is "-".
 */
public final class Dyads {

  public static final String NOBODY = "-";

  private Dyads() {}

  public static String key(List<String> actorIds, Map<String, Actor> actors) {
    TreeSet<String> keys = new TreeSet<>();
    for (String id : actorIds) {
      Actor a = actors.get(id);
      if (a == null) {
        continue;
      }
      keys.add(a.country() != null && !a.country().isBlank() ? a.country().strip().toUpperCase(Locale.ROOT)
          : normalizeName(a.name()));
    }
    return keys.isEmpty() ? NOBODY : String.join("+", keys);
  }

  public static String names(List<String> actorIds, Map<String, Actor> actors) {
    List<String> names = new ArrayList<>();
    for (String id : actorIds) {
      Actor a = actors.get(id);
      if (a != null && !names.contains(a.name())) {
        names.add(a.name());
      }
    }
    return names.isEmpty() ? null : String.join(" + ", names);
  }

  /** Lower case, accents and punctuation dropped, spaces collapsed: "Dr. José  Ramos" → "dr jose ramos". */
  public static String normalizeName(String name) {
    if (name == null) {
      return "";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return s;
  }
}
