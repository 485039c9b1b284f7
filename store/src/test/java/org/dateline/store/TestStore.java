package org.dateline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty store of one engine for one test: a SQLite file in the test's folder, or a
 * schema of its own in the PostgreSQL database named by {@code DATELINE_PG_URL} (dropped on
 * close). Without that variable the PostgreSQL cases are skipped locally and fail in CI.
 */
final class TestStore implements AutoCloseable {

  enum Engine { SQLITE, POSTGRESQL }

  static Stream<Engine> engines() {
    return Stream.of(Engine.SQLITE, Engine.POSTGRESQL);
  }

  final String url;
  private final String pgAdminUrl;
  private final String schema;

  private TestStore(String url, String pgAdminUrl, String schema) {
    this.url = url;
    this.pgAdminUrl = pgAdminUrl;
    this.schema = schema;
  }

  static TestStore create(Engine engine, Path dir) throws SQLException {
    if (engine == Engine.SQLITE) {
      return new TestStore("jdbc:sqlite:" + dir.resolve("store-" + UUID.randomUUID() + ".db"), null, null);
    }
    String pg = postgresUrl();
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection c = DriverManager.getConnection(pg); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    return new TestStore(pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema, pg, schema);
  }

  static String postgresUrl() {
    String pg = System.getenv("DATELINE_PG_URL");
    if (pg == null || pg.isBlank()) {
      if (System.getenv("CI") != null) {
        Assertions.fail("DATELINE_PG_URL is not set: CI must run the PostgreSQL store tests (see .ci/run)");
      }
      Assumptions.abort("DATELINE_PG_URL is not set; PostgreSQL store tests skipped");
    }
    return pg;
  }

  Database open() throws SQLException {
    return Database.open(url);
  }

  @Override
  public void close() throws SQLException {
    if (schema != null) {
      try (Connection c = DriverManager.getConnection(pgAdminUrl); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }
}
