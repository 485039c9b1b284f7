package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the record back: events with their reports, quotes, actors, and counts. */
public final class Queries {

  /** A deduplicated event. {@code date} is the date most reports give (a TimeML value). */
  public record EventRow(String id, String date, String dateStart, String dateEnd, String type, String mode,
      String cameo, String sourceKey, String targetKey, String sourceName, String targetName, String location,
      String modality, int reports, int articles) {

    public String source() {
      return sourceName != null ? sourceName : sourceKey;
    }

    public String target() {
      return targetName != null ? targetName : targetKey;
    }
  }

  /** One article's report of an event, with its evidence span. */
  public record ReportRow(String eventId, String articleKey, String url, String title, String source,
      String published, Integer evidenceStart, Integer evidenceEnd, String evidence) {}

  public record QuoteRow(String articleKey, String title, String published, String speaker, String text,
      String channel, int start, int end) {}

  public record ActorRow(String name, String kind, String country, String role, int articles, int mentions) {}

  /** Counts of the record; {@code mergedEvents} are the events reported by more than one article. */
  public record Stats(long articles, long versions, long actors, long mentions, long quotes, long reports,
      long events, long mergedEvents) {}

  private final Connection c;

  public Queries(Database db) {
    this.c = db.connection();
  }

  /** Events in date order (then by number of reports, most first, then id). */
  public List<EventRow> events(EventQuery q) throws SQLException {
    List<Object> params = new ArrayList<>();
    String sql = "SELECT e.cluster_id, e.date_value, e.date_start, e.date_end, e.type, e.mode, e.cameo, e.source_key, "
        + "e.target_key, e.source_name, e.target_name, e.location, e.modality, e.report_count, e.article_count "
        + "FROM event e" + q.where(params) + " ORDER BY e.date_start, e.report_count DESC, e.cluster_id"
        + (q.limit() > 0 ? " LIMIT " + q.limit() : "");
    List<EventRow> out = new ArrayList<>();
    try (PreparedStatement p = prepare(sql, params); ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(new EventRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
            rs.getString(12), rs.getString(13), rs.getInt(14), rs.getInt(15)));
      }
    }
    return out;
  }

  /** The reports of the given events, grouped by event id, in article order. */
  public Map<String, List<ReportRow>> reports(List<String> eventIds) throws SQLException {
    Map<String, List<ReportRow>> out = new LinkedHashMap<>();
    for (int i = 0; i < eventIds.size(); i += 200) {
      List<String> chunk = eventIds.subList(i, Math.min(eventIds.size(), i + 200));
      String sql = "SELECT r.cluster_id, r.article_key, a.url, a.title, a.source, a.published, r.evidence_start, "
          + "r.evidence_end, r.evidence_text FROM report r JOIN article a ON a.article_key = r.article_key "
          + "WHERE r.cluster_id IN (" + EventClusters.placeholders(chunk.size()) + ") ORDER BY r.cluster_id, "
          + "a.published, r.article_key, r.event_id";
      try (PreparedStatement p = prepare(sql, new ArrayList<>(chunk)); ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ReportRow(rs.getString(1),
              rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
              rs.getObject(7) == null ? null : rs.getInt(7), rs.getObject(8) == null ? null : rs.getInt(8),
              rs.getString(9)));
        }
      }
    }
    return out;
  }

  /** Quotes, by speaker name (or part of it) when given, newest article first. */
  public List<QuoteRow> quotes(String speaker, int limit) throws SQLException {
    List<Object> params = new ArrayList<>();
    String where = "";
    if (speaker != null && !speaker.isBlank()) {
      where = " WHERE lower(q.speaker_name) LIKE ?";
      params.add("%" + speaker.strip().toLowerCase(Locale.ROOT) + "%");
    }
    String sql = "SELECT q.article_key, a.title, a.published, q.speaker_name, q.text, q.channel, q.start_offset, "
        + "q.end_offset FROM quote q JOIN article a ON a.article_key = q.article_key" + where
        + " ORDER BY a.published DESC, q.article_key, q.quote_no" + (limit > 0 ? " LIMIT " + limit : "");
    List<QuoteRow> out = new ArrayList<>();
    try (PreparedStatement p = prepare(sql, params); ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(new QuoteRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getInt(7), rs.getInt(8)));
      }
    }
    return out;
  }

  /** Actors across articles, by normalized name, most widely reported first. */
  public List<ActorRow> actors(int limit) throws SQLException {
    // The ranking comes from the covering index alone, without reading the table.
    String rank = "SELECT norm_name, COUNT(DISTINCT article_key), SUM(mentions) FROM actor GROUP BY norm_name "
        + "ORDER BY COUNT(DISTINCT article_key) DESC, SUM(mentions) DESC, norm_name" + (limit > 0 ? " LIMIT " + limit : "");
    List<String> names = new ArrayList<>();
    Map<String, int[]> counts = new LinkedHashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(rank)) {
      while (rs.next()) {
        names.add(rs.getString(1));
        counts.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
      }
    }
    // Name, kind, country and role as the first article (by key) gives them: one index probe per name.
    List<ActorRow> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT name, kind, country, role FROM actor WHERE norm_name = ? "
        + "ORDER BY article_key LIMIT 1")) {
      for (String name : names) {
        p.setString(1, name);
        try (ResultSet rs = p.executeQuery()) {
          rs.next();
          int[] n = counts.get(name);
          out.add(new ActorRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), n[0], n[1]));
        }
      }
    }
    return out;
  }

  /** Event counts by type, for summaries. */
  public Map<String, Integer> eventsByType() throws SQLException {
    Map<String, Integer> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT type, COUNT(*) FROM event GROUP BY type ORDER BY COUNT(*) DESC, type")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getInt(2));
      }
    }
    return out;
  }

  public Stats stats() throws SQLException {
    return new Stats(count("SELECT COUNT(*) FROM article"), count("SELECT COUNT(*) FROM article_version"),
        count("SELECT COUNT(*) FROM actor"), count("SELECT COUNT(*) FROM mention"),
        count("SELECT COUNT(*) FROM quote"), count("SELECT COUNT(*) FROM report"),
        count("SELECT COUNT(*) FROM event"), count("SELECT COUNT(*) FROM event WHERE article_count > 1"));
  }

  private long count(String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
    PreparedStatement p = c.prepareStatement(sql);
    for (int i = 0; i < params.size(); i++) {
      p.setObject(i + 1, params.get(i));
    }
    return p;
  }
}
