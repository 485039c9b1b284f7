package org.dateline.util;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A lower-case word → row lookup over a data file whose first column is the word; the rest of
 * the row is kept as it is. For small lexicons (speech verbs, head nouns).
 */
public final class WordTable {

  private final Map<String, String[]> rows;

  private WordTable(Map<String, String[]> rows) {
    this.rows = Map.copyOf(rows);
  }

  public static WordTable load(Class<?> anchor, String resource) {
    return of(DataFile.rows(anchor, resource));
  }

  /** A table over rows already read (the first row of a word wins). */
  public static WordTable of(List<String[]> rows) {
    Map<String, String[]> map = new HashMap<>();
    for (String[] row : rows) {
      map.putIfAbsent(row[0].toLowerCase(Locale.ROOT), row);
    }
    return new WordTable(map);
  }

  public boolean contains(String word) {
    return rows.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** Column {@code i} of the word's row ("" when absent or short), or null if the word is unknown. */
  public String get(String word, int i) {
    String[] row = rows.get(word.toLowerCase(Locale.ROOT));
    return row == null ? null : DataFile.col(row, i);
  }

  public List<String> words() {
    return List.copyOf(rows.keySet());
  }
}
