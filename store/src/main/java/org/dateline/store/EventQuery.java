package org.dateline.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which events to list: by actor (whole words of a name or key on either side: "Putin",
 * "vladimir putin", "ukr"), by country (ISO alpha-3 or organization code, on either side), by
 * PLOVER type, and by days (events whose days overlap [from, to]). Null fields do not filter. {@code limit} 0 means no limit.
 */
public record EventQuery(String actor, String country, String type, LocalDate from, LocalDate to, int limit) {

  public static EventQuery all() {
    return new EventQuery(null, null, null, null, null, 0);
  }

  /** The WHERE clause over table alias {@code e}, with its parameters appended to {@code params}. */
  String where(List<Object> params) {
    List<String> conditions = new ArrayList<>();
    List<String> actorWords = EventWords.words(actor);
    if (!actorWords.isEmpty()) {
      // events having every word of the query among their names' and keys' words
      List<String> perWord = new ArrayList<>();
      for (String word : actorWords) {
        perWord.add("SELECT cluster_id FROM event_word WHERE word = ?");
        params.add(word);
      }
      conditions.add("e.cluster_id IN (" + String.join(" INTERSECT ", perWord) + ")");
    }
    if (country != null && !country.isBlank()) {
      String code = country.strip().toUpperCase(Locale.ROOT);
      conditions.add("(e.source_key = ? OR e.target_key = ? OR e.source_key LIKE ? OR e.target_key LIKE ? "
          + "OR e.source_key LIKE ? OR e.target_key LIKE ?)");
      params.add(code);
      params.add(code);
      params.add(code + "+%");
      params.add(code + "+%");
      params.add("%+" + code + "%");
      params.add("%+" + code + "%");
    }
    if (type != null && !type.isBlank()) {
      conditions.add("e.type = ?");
      params.add(type.strip().toUpperCase(Locale.ROOT));
    }
    if (from != null) {
      conditions.add("e.date_end >= ?");
      params.add(from.toString());
    }
    if (to != null) {
      conditions.add("e.date_start <= ?");
      params.add(to.toString());
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }
}
