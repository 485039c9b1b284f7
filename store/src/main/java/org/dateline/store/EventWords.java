package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The word index behind "events with this actor": every word of an event's source and target
 * names (all the names its reports give) and keys, normalized as {@link Dyads#normalizeName}
 * does, one row per word. A query matches an event when each of its words is one of the event's
 * words, so "Putin" and "vladimir putin" find "Vladimir Putin", and "ukr" an event keyed to
 * Ukraine. Rows are written and deleted with their event.
 */
final class EventWords {

  static final String INSERT = "INSERT INTO event_word (word, cluster_id) VALUES (?, ?)";

  private static final int BATCH = 1000;

  private EventWords() {}

  /** The distinct words of one event's two sides. */
  static Set<String> of(String sourceName, String targetName, String sourceKey, String targetKey) {
    Set<String> words = new LinkedHashSet<>();
    for (String text : new String[] {sourceName, targetName, sourceKey, targetKey}) {
      words.addAll(words(text));
    }
    return words;
  }

  /** The normalized words of a name, a key ("UKR+USA") or a user's query. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String w : Dyads.normalizeName(text).split(" ")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Adds an event's words to a batch of {@link #INSERT}. */
  static void add(PreparedStatement insert, String clusterId, Set<String> words) throws SQLException {
    for (String w : words) {
      insert.setString(1, w);
      insert.setString(2, clusterId);
      insert.addBatch();
    }
  }

  /** Indexes the events stored before the word index existed (run once, by its migration). */
  static void backfill(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT cluster_id, source_name, target_name, source_key, target_key FROM event");
        PreparedStatement insert = c.prepareStatement(INSERT)) {
      int pending = 0;
      while (rs.next()) {
        Set<String> words = of(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
        add(insert, rs.getString(1), words);
        pending += words.size();
        if (pending >= BATCH) {
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
  }
}
