package org.dateline.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Merges reports of the same event across articles. An event is a connected group of reports in
 * one block whose days overlap, which is the same whatever order the articles came in; its id
 * is derived from the block and its first day. After an article's reports change, only the
 * events they touch (before and after) are recomputed: events of one block never overlap, so
 * an untouched event cannot need merging.
 */
final class EventClusters {

  private static final String REPORT_COLUMNS = "article_key, event_id, type, mode, cameo, source_key, target_key, "
      + "source_name, target_name, location, date_value, date_start, date_end, modality, block_key, cluster_id";

  private EventClusters() {}

  /** Clusters that hold, or will take in, the article's reports; call before replacing them. */
  static Set<String> clustersOf(Connection c, String articleKey) throws SQLException {
    Set<String> out = new HashSet<>();
    try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT cluster_id FROM report WHERE article_key = ?")) {
      p.setString(1, articleKey);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** Recomputes the events touched by the article's (already inserted) new reports and its old clusters. */
  static void update(Connection c, String articleKey, List<Report> added, Set<String> oldClusters) throws SQLException {
    Set<String> touched = new HashSet<>(oldClusters);
    try (PreparedStatement p = c.prepareStatement(
        "SELECT cluster_id FROM event WHERE block_key = ? AND date_start <= ? AND date_end >= ?")) {
      for (Report r : added) {
        p.setString(1, r.blockKey());
        p.setString(2, r.days().end().toString());
        p.setString(3, r.days().start().toString());
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            touched.add(rs.getString(1));
          }
        }
      }
    }
    List<Row> rows = new ArrayList<>(reportsOf(c, touched));
    rows.addAll(reportsOfArticle(c, articleKey));
    deleteEvents(c, touched);
    Map<String, List<Row>> byBlock = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    for (Row r : rows) {
      if (seen.add(r.articleKey + "\u0000" + r.eventId)) {
        byBlock.computeIfAbsent(r.blockKey, k -> new ArrayList<>()).add(r);
      }
    }
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO event (cluster_id, block_key, type, mode, cameo, "
        + "source_key, target_key, source_name, target_name, location, date_value, date_start, date_end, modality, "
        + "report_count, article_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement insertWords = c.prepareStatement(EventWords.INSERT);
        PreparedStatement relabel = c.prepareStatement(
            "UPDATE report SET cluster_id = ? WHERE article_key = ? AND event_id = ?")) {
      int relabels = 0;
      for (List<Row> block : byBlock.values()) {
        for (List<Row> group : overlapping(block)) {
          String id = clusterId(group.get(0).blockKey, group.get(0).dateStart);
          insertEvent(insert, insertWords, id, group);
          for (Row r : group) {
            if (!id.equals(r.clusterId)) {
              relabel.setString(1, id);
              relabel.setString(2, r.articleKey);
              relabel.setString(3, r.eventId);
              relabel.addBatch();
              relabels++;
            }
          }
        }
      }
      insert.executeBatch();
      insertWords.executeBatch();
      if (relabels > 0) {
        relabel.executeBatch();
      }
    }
  }

  /** Groups of a block's reports whose day ranges chain by overlap, in date order. */
  static List<List<Row>> overlapping(List<Row> block) {
    List<Row> sorted = new ArrayList<>(block);
    sorted.sort(Comparator.comparing((Row r) -> r.dateStart).thenComparing(r -> r.dateEnd)
        .thenComparing(r -> r.articleKey).thenComparing(r -> r.eventId));
    List<List<Row>> groups = new ArrayList<>();
    List<Row> current = new ArrayList<>();
    String currentEnd = null;
    for (Row r : sorted) {
      if (currentEnd != null && r.dateStart.compareTo(currentEnd) > 0) {
        groups.add(current);
        current = new ArrayList<>();
        currentEnd = null;
      }
      current.add(r);
      currentEnd = currentEnd == null || r.dateEnd.compareTo(currentEnd) > 0 ? r.dateEnd : currentEnd;
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }
    return groups;
  }

  private static void insertEvent(PreparedStatement p, PreparedStatement words, String id, List<Row> group)
      throws SQLException {
    Row first = group.get(0);
    String end = group.stream().map(r -> r.dateEnd).max(String::compareTo).orElseThrow();
    Set<String> articles = new HashSet<>();
    group.forEach(r -> articles.add(r.articleKey));
    p.setString(1, id);
    p.setString(2, first.blockKey);
    p.setString(3, first.type);
    p.setString(4, mostCommon(group, r -> r.mode));
    p.setString(5, mostCommon(group, r -> r.cameo));
    p.setString(6, first.sourceKey);
    p.setString(7, first.targetKey);
    String sourceNames = names(group, r -> r.sourceName);
    String targetNames = names(group, r -> r.targetName);
    p.setString(8, sourceNames);
    p.setString(9, targetNames);
    p.setString(10, mostCommon(group, r -> r.location));
    p.setString(11, mostCommon(group, r -> r.dateValue));
    p.setString(12, first.dateStart);
    p.setString(13, end);
    p.setString(14, mostCommon(group, r -> r.modality));
    p.setInt(15, group.size());
    p.setInt(16, articles.size());
    p.addBatch();
    EventWords.add(words, id, EventWords.of(sourceNames, targetNames, first.sourceKey, first.targetKey));
  }

  /**
   * The names the reports give one side of the event: a block is keyed at country level, so "Rosneft"
   * and "Lukoil" can be one side; showing only one of them would hide the other. Most reported first.
   */
  static String names(Collection<Row> rows, Function<Row, String> field) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Row r : rows) {
      String v = field.apply(r);
      if (v != null) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    List<String> ranked = new ArrayList<>(counts.keySet());
    ranked.sort(Comparator.comparing((String n) -> -counts.get(n)).thenComparing(Comparator.naturalOrder()));
    if (ranked.isEmpty()) {
      return null;
    }
    List<String> shown = ranked.subList(0, Math.min(MAX_NAMES, ranked.size()));
    return String.join(" / ", shown) + (ranked.size() > MAX_NAMES ? " / ..." : "");
  }

  private static final int MAX_NAMES = 3;

  /** The most frequent non-null value; ties go to the smallest, so the choice never depends on order. */
  private static String mostCommon(Collection<Row> rows, Function<Row, String> field) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Row r : rows) {
      String v = field.apply(r);
      if (v != null) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  static String clusterId(String blockKey, String firstDay) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest((blockKey + "\u0000" + firstDay).getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder("ev");
      for (int i = 0; i < 8; i++) {
        sb.append(String.format("%02x", hash[i]));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Row> reportsOf(Connection c, Set<String> clusters) throws SQLException {
    List<Row> out = new ArrayList<>();
    for (List<String> chunk : chunks(clusters)) {
      try (PreparedStatement p = c.prepareStatement("SELECT " + REPORT_COLUMNS + " FROM report WHERE cluster_id IN ("
          + placeholders(chunk.size()) + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          p.setString(i + 1, chunk.get(i));
        }
        read(p, out);
      }
    }
    return out;
  }

  private static List<Row> reportsOfArticle(Connection c, String articleKey) throws SQLException {
    List<Row> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT " + REPORT_COLUMNS + " FROM report WHERE article_key = ?")) {
      p.setString(1, articleKey);
      read(p, out);
    }
    return out;
  }

  private static void deleteEvents(Connection c, Set<String> clusters) throws SQLException {
    for (List<String> chunk : chunks(clusters)) {
      for (String table : new String[] {"event", "event_word"}) {
        try (PreparedStatement p = c.prepareStatement(
            "DELETE FROM " + table + " WHERE cluster_id IN (" + placeholders(chunk.size()) + ")")) {
          for (int i = 0; i < chunk.size(); i++) {
            p.setString(i + 1, chunk.get(i));
          }
          p.executeUpdate();
        }
      }
    }
  }

  private static void read(PreparedStatement p, List<Row> out) throws SQLException {
    try (ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
            rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16)));
      }
    }
  }

  private static List<List<String>> chunks(Collection<String> values) {
    List<String> all = new ArrayList<>(values);
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += 200) {
      out.add(all.subList(i, Math.min(all.size(), i + 200)));
    }
    return out;
  }

  static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  /** A stored report, as clustering reads it. */
  record Row(String articleKey, String eventId, String type, String mode, String cameo, String sourceKey,
      String targetKey, String sourceName, String targetName, String location, String dateValue, String dateStart,
      String dateEnd, String modality, String blockKey, String clusterId) {}
}
