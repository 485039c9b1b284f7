package org.dateline.text;

import java.util.HashMap;
import java.util.Map;
import org.dateline.util.DataFile;

/** Known abbreviations and how they behave at a possible sentence end (data: abbreviations.tsv). */
public final class Abbreviations {

  public enum Kind { TITLE, MONTH, OTHER }

  private final Map<String, Kind> kinds;

  private Abbreviations(Map<String, Kind> kinds) {
    this.kinds = Map.copyOf(kinds);
  }

  public static Abbreviations load() {
    Map<String, Kind> map = new HashMap<>();
    for (String[] row : DataFile.rows(Abbreviations.class, "abbreviations.tsv")) {
      map.put(row[0], Kind.valueOf(DataFile.col(row, 1).toUpperCase(java.util.Locale.ROOT)));
    }
    return new Abbreviations(map);
  }

  /** The kind of an abbreviation given without its final period, or null when unknown. */
  public Kind kindOf(String withoutPeriod) {
    return kinds.get(withoutPeriod);
  }

  public boolean contains(String withoutPeriod) {
    return kinds.containsKey(withoutPeriod);
  }
}
