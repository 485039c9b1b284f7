package org.dateline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * Where the record lives: an embedded SQLite file by default ({@code ~/.dateline/dateline.db},
 * or {@code DATELINE_DB}), any file path, or a JDBC URL ({@code jdbc:postgresql://...}). Opening
 * creates the file and its folder when missing and brings the schema up to date.
 */
public final class Database implements AutoCloseable {

  private final String url;
  private final Dialect dialect;
  private final Connection connection;

  private Database(String url, Dialect dialect, Connection connection) {
    this.url = url;
    this.dialect = dialect;
    this.connection = connection;
  }

  /** Opens (creating if needed) the store that a {@code --db} value names; null is the default. */
  public static Database open(String db) throws SQLException {
    String url = jdbcUrl(db);
    Dialect dialect = Dialect.of(url);
    if (dialect == Dialect.SQLITE) {
      Path file = Path.of(url.substring("jdbc:sqlite:".length()));
      try {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
          Files.createDirectories(dir);
        }
      } catch (IOException e) {
        throw new SQLException("cannot create the folder for " + file + ": " + e.getMessage(), e);
      }
    }
    Connection c = DriverManager.getConnection(url);
    try {
      dialect.configure(c);
      Migrations.apply(c, dialect);
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
    return new Database(url, dialect, c);
  }

  /** The JDBC URL for a {@code --db} value: a URL as is, a path as a SQLite file, null as the default. */
  public static String jdbcUrl(String db) {
    if (db == null || db.isBlank()) {
      String env = System.getenv("DATELINE_DB");
      db = env != null && !env.isBlank() ? env : defaultFile().toString();
    }
    if (db.startsWith("jdbc:")) {
      return db;
    }
    if (db.startsWith("~/")) {
      db = System.getProperty("user.home") + db.substring(1);
    }
    return "jdbc:sqlite:" + db;
  }

  public static Path defaultFile() {
    return Path.of(System.getProperty("user.home"), ".dateline", "dateline.db");
  }

  public Connection connection() {
    return connection;
  }

  public Dialect dialect() {
    return dialect;
  }

  /** The URL without credentials, for messages. */
  public String describe() {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  /** Bytes on disk: the SQLite file with its log, or the PostgreSQL tables of the current schema with their indexes. */
  public long sizeOnDisk() throws SQLException {
    switch (dialect) {
      case POSTGRESQL -> {
        try (Statement s = connection.createStatement();
            ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'")) {
          rs.next();
          return rs.getLong(1);
        }
      }
      case SQLITE, H2, DUCKDB -> {
        String path = url.replaceFirst("^jdbc:(sqlite|h2|duckdb):(file:)?", "").replaceFirst(";.*$", "");
        Path file = Path.of(path).toAbsolutePath();
        Path dir = file.getParent();
        String stem = file.getFileName().toString();
        long total = 0;
        try (Stream<Path> files = Files.list(dir)) {
          for (Path p : (Iterable<Path>) files::iterator) {
            if (p.getFileName().toString().startsWith(stem)) {
              total += Files.size(p);
            }
          }
        } catch (IOException e) {
          throw new SQLException("cannot measure " + file + ": " + e.getMessage(), e);
        }
        return total;
      }
      default -> throw new IllegalStateException();
    }
  }

  @Override
  public void close() throws SQLException {
    if (dialect == Dialect.SQLITE && !connection.isClosed()) {
      try (Statement s = connection.createStatement()) {
        s.execute("PRAGMA optimize");
      } catch (SQLException e) {
        // optimizing is a courtesy; closing matters
      }
    }
    connection.close();
  }
}
