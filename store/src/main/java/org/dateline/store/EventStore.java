package org.dateline.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Extraction;
import org.dateline.model.Mention;
import org.dateline.model.Quote;
import org.dateline.model.Timex;

/**
 * Writes articles and their facts. Each {@link #save} is one transaction: the article, its new
 * version, its actors, mentions, time expressions, quotes and event reports, and the merged
 * events they belong to are all stored, or none is. An article is known by its URL, or by its
 * id when it has none; saving the same content again changes nothing, saving changed content
 * adds a version and replaces the facts.
 */
public final class EventStore {

  /** What a save did. */
  public enum Outcome { STORED, UPDATED, UNCHANGED }

  private final Database db;

  public EventStore(Database db) {
    this.db = db;
  }

  public Database database() {
    return db;
  }

  /** The identity of an article in the store: its URL, else "id:" + its id. */
  public static String keyOf(Article a) {
    if (a.url() != null && !a.url().isBlank()) {
      return a.url().strip();
    }
    if (a.id() == null || a.id().isBlank()) {
      return "sha:" + contentHash(a);
    }
    return "id:" + a.id().strip();
  }

  /** A digest of what an article says: text, title, publication date and source. */
  public static String contentHash(Article a) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {a.text(), a.title(), a.published() == null ? null : a.published().toString(),
          a.source()}) {
        md.update((part == null ? "\u0001" : part).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      StringBuilder sb = new StringBuilder();
      for (byte b : md.digest()) {
        sb.append(String.format("%02x", b));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The hash of the stored version of an article, if any: lets ingest skip extraction of unchanged articles. */
  public Optional<String> storedHash(Article a) throws SQLException {
    try (PreparedStatement p = db.connection().prepareStatement("SELECT content_hash FROM article WHERE article_key = ?")) {
      p.setString(1, keyOf(a));
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  public Outcome save(Article article, Extraction extraction) throws SQLException {
    Connection c = db.connection();
    String key = keyOf(article);
    String hash = contentHash(article);
    c.setAutoCommit(false);
    try {
      db.dialect().lockWriters(c);
      int version = 0;
      try (PreparedStatement p = c.prepareStatement("SELECT version, content_hash FROM article WHERE article_key = ?")) {
        p.setString(1, key);
        try (ResultSet rs = p.executeQuery()) {
          if (rs.next()) {
            if (rs.getString(2).equals(hash)) {
              c.rollback();
              return Outcome.UNCHANGED;
            }
            version = rs.getInt(1);
          }
        }
      }
      String now = Instant.now().toString();
      Set<String> oldClusters = Set.of();
      if (version > 0) {
        oldClusters = EventClusters.clustersOf(c, key);
        for (String table : new String[] {"mention", "actor", "timex", "quote", "report"}) {
          try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE article_key = ?")) {
            p.setString(1, key);
            p.executeUpdate();
          }
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE article SET ext_id = ?, title = ?, source = ?, "
            + "published = ?, version = ?, content_hash = ?, last_ingested = ? WHERE article_key = ?")) {
          p.setString(1, article.id());
          p.setString(2, article.title());
          p.setString(3, article.source());
          p.setString(4, article.published() == null ? null : article.published().toString());
          p.setInt(5, version + 1);
          p.setString(6, hash);
          p.setString(7, now);
          p.setString(8, key);
          p.executeUpdate();
        }
      } else {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO article (article_key, ext_id, url, title, source, "
            + "published, version, content_hash, first_ingested, last_ingested) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)")) {
          p.setString(1, key);
          p.setString(2, article.id());
          p.setString(3, article.url());
          p.setString(4, article.title());
          p.setString(5, article.source());
          p.setString(6, article.published() == null ? null : article.published().toString());
          p.setString(7, hash);
          p.setString(8, now);
          p.setString(9, now);
          p.executeUpdate();
        }
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO article_version (article_key, version, content_hash, "
          + "title, published, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        p.setString(1, key);
        p.setInt(2, version + 1);
        p.setString(3, hash);
        p.setString(4, article.title());
        p.setString(5, article.published() == null ? null : article.published().toString());
        p.setString(6, article.text());
        p.setString(7, now);
        p.executeUpdate();
      }
      insertFacts(c, key, extraction);
      List<Report> reports = reports(key, article, extraction);
      insertReports(c, reports);
      EventClusters.update(c, key, reports, oldClusters);
      c.commit();
      return version == 0 ? Outcome.STORED : Outcome.UPDATED;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  private static List<Report> reports(String key, Article article, Extraction x) {
    Map<String, Actor> actors = Report.byId(x.actors());
    List<Report> out = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    int n = 0;
    for (Event e : x.events()) {
      n++;
      if (e.type() == null || e.type().isBlank()) {
        continue; // an untyped event cannot be matched or queried by type
      }
      // a missing or repeated id would break the report's key: number it by position instead
      String id = e.id() != null && !e.id().isBlank() && ids.add(e.id()) ? e.id() : "v#" + n;
      ids.add(id);
      out.add(Report.of(key, article.published(), id, e, actors));
    }
    return out;
  }

  private static void insertFacts(Connection c, String key, Extraction x) throws SQLException {
    try (PreparedStatement actor = c.prepareStatement("INSERT INTO actor (article_key, actor_id, name, norm_name, kind, "
        + "country, sector, role, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement mention = c.prepareStatement("INSERT INTO mention (article_key, actor_id, start_offset, "
            + "end_offset, text) VALUES (?, ?, ?, ?, ?)")) {
      java.util.Set<String> ids = new java.util.HashSet<>();
      for (Actor a : x.actors()) {
        if (a.id() == null || !ids.add(a.id())) {
          continue;
        }
        String name = a.name() == null ? (a.mentions().isEmpty() ? a.id() : a.mentions().get(0).text()) : a.name();
        actor.setString(1, key);
        actor.setString(2, a.id());
        actor.setString(3, name);
        actor.setString(4, Dyads.normalizeName(name));
        actor.setString(5, a.kind() == null ? null : a.kind().name());
        actor.setString(6, a.country());
        actor.setString(7, a.sector());
        actor.setString(8, a.role());
        actor.setInt(9, a.mentions().size());
        actor.addBatch();
        for (Mention m : a.mentions()) {
          mention.setString(1, key);
          mention.setString(2, a.id());
          mention.setInt(3, m.start());
          mention.setInt(4, m.end());
          mention.setString(5, m.text() == null ? "" : m.text());
          mention.addBatch();
        }
      }
      actor.executeBatch();
      mention.executeBatch();
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO timex (article_key, start_offset, end_offset, text, type, "
        + "timex_value, timex_mod) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (Timex t : x.timexes()) {
        p.setString(1, key);
        p.setInt(2, t.start());
        p.setInt(3, t.end());
        p.setString(4, t.text() == null ? "" : t.text());
        p.setString(5, t.type() == null ? null : t.type().name());
        p.setString(6, t.value());
        p.setString(7, t.mod());
        p.addBatch();
      }
      p.executeBatch();
    }
    Map<String, Actor> actors = Report.byId(x.actors());
    try (PreparedStatement p = c.prepareStatement("INSERT INTO quote (article_key, quote_no, start_offset, end_offset, "
        + "text, speaker_id, speaker_name, channel) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (Quote q : x.quotes()) {
        Actor speaker = q.speaker() == null ? null : actors.get(q.speaker());
        p.setString(1, key);
        p.setInt(2, ++n);
        p.setInt(3, q.start());
        p.setInt(4, q.end());
        p.setString(5, q.text() == null ? "" : q.text());
        p.setString(6, q.speaker());
        p.setString(7, speaker == null ? null : speaker.name());
        p.setString(8, q.channel());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private static void insertReports(Connection c, List<Report> reports) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO report (article_key, event_id, type, mode, cameo, "
        + "source_ids, target_ids, source_key, target_key, source_name, target_name, location, date_value, date_start, "
        + "date_end, modality, confidence, evidence_start, evidence_end, evidence_text, block_key, cluster_id) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Report r : reports) {
        p.setString(1, r.articleKey());
        p.setString(2, r.eventId());
        p.setString(3, r.type());
        p.setString(4, r.mode());
        p.setString(5, r.cameo());
        p.setString(6, r.sourceIds());
        p.setString(7, r.targetIds());
        p.setString(8, r.sourceKey());
        p.setString(9, r.targetKey());
        p.setString(10, r.sourceName());
        p.setString(11, r.targetName());
        p.setString(12, r.location());
        p.setString(13, r.dateValue());
        p.setString(14, r.days().start().toString());
        p.setString(15, r.days().end().toString());
        p.setString(16, r.modality());
        if (r.confidence() == null) {
          p.setNull(17, Types.DOUBLE);
        } else {
          p.setDouble(17, r.confidence());
        }
        setInt(p, 18, r.evidenceStart());
        setInt(p, 19, r.evidenceEnd());
        p.setString(20, r.evidenceText());
        p.setString(21, r.blockKey());
        p.setString(22, "");
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private static void setInt(PreparedStatement p, int i, Integer v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.INTEGER);
    } else {
      p.setInt(i, v);
    }
  }
}
