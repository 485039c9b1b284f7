package org.dateline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What differs between the engines the store runs on. The schema and queries are the SQL they
 * share; only connection setup and writer serialization differ.
 */
public enum Dialect {
  SQLITE, POSTGRESQL, H2, DUCKDB;

  public static Dialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (jdbcUrl.startsWith("jdbc:duckdb:")) {
      return DUCKDB;
    }
    throw new IllegalArgumentException("unsupported database URL '" + jdbcUrl
        + "' (use a file path, jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB)");
  }

  /** Session settings: SQLite's write-ahead log keeps the file consistent through a kill -9. */
  void configure(Connection c) throws SQLException {
    if (this == SQLITE) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=NORMAL");
        s.execute("PRAGMA busy_timeout=30000");
        s.execute("PRAGMA foreign_keys=ON");
        s.execute("PRAGMA cache_size=-65536");
      }
    }
  }

  /**
   * Serializes writers inside the current transaction, so two ingests into one PostgreSQL
   * database never merge event clusters from half-seen state. SQLite and the others allow one
   * writer at a time by themselves.
   */
  void lockWriters(Connection c) throws SQLException {
    if (this == POSTGRESQL) {
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(7308475261)");
      }
    }
  }
}
