package org.dateline.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Versioned schema migrations: the SQL files listed in {@code migrations/index.txt}, applied in
 * order, each once and in its own transaction, recorded in {@code schema_version}. A store
 * written by a newer Dateline (a version this one does not know) is refused, not altered.
 */
final class Migrations {

  private static final String DIR = "/org/dateline/store/migrations/";

  /** Work a migration's SQL cannot do, run in its transaction after its statements. */
  private static final Map<String, JavaStep> AFTER = Map.of("V2__event_words.sql", EventWords::backfill);

  @FunctionalInterface
  private interface JavaStep {
    void run(Connection c) throws SQLException;
  }

  private Migrations() {}

  static int apply(Connection c, Dialect dialect) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      dialect.lockWriters(c);
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS schema_version ("
            + "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
      }
      c.commit();
      List<String> files = index();
      for (int version = 1; version <= files.size(); version++) {
        dialect.lockWriters(c);
        if (applied(c).contains(version)) {
          c.commit();
          continue;
        }
        String name = files.get(version - 1);
        for (String sql : statements(read(name))) {
          try (Statement s = c.createStatement()) {
            s.execute(sql);
          }
        }
        JavaStep after = AFTER.get(name);
        if (after != null) {
          after.run(c);
        }
        try (PreparedStatement p = c.prepareStatement(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
          p.setInt(1, version);
          p.setString(2, name);
          p.setString(3, Instant.now().toString());
          p.executeUpdate();
        }
        c.commit();
      }
      Set<Integer> done = applied(c);
      c.commit();
      int newest = done.isEmpty() ? 0 : ((TreeSet<Integer>) done).last();
      if (newest > files.size()) {
        throw new SQLException("the store has schema version " + newest + ", newer than this Dateline knows ("
            + files.size() + "); use a newer Dateline");
      }
      return newest;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  static int latest() {
    return index().size();
  }

  private static Set<Integer> applied(Connection c) throws SQLException {
    Set<Integer> out = new TreeSet<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
      while (rs.next()) {
        out.add(rs.getInt(1));
      }
    }
    return out;
  }

  private static List<String> index() {
    List<String> out = new ArrayList<>();
    for (String line : read("index.txt").split("\n")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        out.add(l);
      }
    }
    return out;
  }

  private static String read(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing migration resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + name, e);
    }
  }

  /** Statements of a migration: split at semicolons that end a line; "--" comments dropped. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String l = line.strip();
      if (l.startsWith("--") || l.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (l.endsWith(";")) {
        String sql = current.toString().strip();
        out.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}
