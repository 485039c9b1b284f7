package org.dateline.cli;

import java.sql.SQLException;
import org.dateline.store.Database;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use the store. */
final class StoreOptions {

  @Option(names = "--db", paramLabel = "URL|FILE",
      description = "The store: a SQLite file path or a JDBC URL such as jdbc:postgresql://host/db?user=u&password=p "
          + "(default: $DATELINE_DB, else ~/.dateline/dateline.db).")
  String db;

  Database open() throws SQLException {
    try {
      return Database.open(db);
    } catch (SQLException e) {
      throw new SQLException("cannot open the store " + Database.jdbcUrl(db).replaceAll("(?i)(password=)[^&]*", "$1***")
          + ": " + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
