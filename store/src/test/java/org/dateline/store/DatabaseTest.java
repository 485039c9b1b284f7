package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.dateline.store.TestStore.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DatabaseTest {

  @TempDir Path dir;

  static List<Engine> engines() {
    return TestStore.engines().toList();
  }

  @ParameterizedTest
  @MethodSource("engines")
  void migrationsApplyOnceAndAreRecorded(Engine engine) throws SQLException {
    try (TestStore t = TestStore.create(engine, dir)) {
      try (Database db = t.open()) {
        assertThat(versions(db)).isEqualTo(Migrations.latest());
      }
      try (Database db = t.open()) {
        assertThat(versions(db)).isEqualTo(Migrations.latest());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aStoreFromANewerDatelineIsRefused(Engine engine) throws SQLException {
    try (TestStore t = TestStore.create(engine, dir)) {
      try (Database db = t.open(); Statement s = db.connection().createStatement()) {
        s.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', 'now')");
      }
      assertThatThrownBy(t::open).hasMessageContaining("newer than this Dateline knows");
    }
  }

  @Test
  void aPathIsASqliteFileAndItsFolderIsCreated() throws SQLException {
    Path file = dir.resolve("nested/folder/record.db");
    assertThat(Database.jdbcUrl(file.toString())).isEqualTo("jdbc:sqlite:" + file);
    try (Database db = Database.open(file.toString())) {
      assertThat(db.dialect()).isEqualTo(Dialect.SQLITE);
      assertThat(db.sizeOnDisk()).isPositive();
    }
    assertThat(Files.exists(file)).isTrue();
  }

  @Test
  void anUnknownUrlIsRefusedWithAClearMessage() {
    assertThatThrownBy(() -> Database.open("jdbc:oracle:thin:@x")).hasMessageContaining("unsupported database URL");
  }

  @Test
  void migrationScriptsSplitIntoStatements() {
    assertThat(Migrations.statements("-- c\nCREATE TABLE a (x INTEGER);\n\nCREATE INDEX i ON a (x);\n"))
        .containsExactly("CREATE TABLE a (x INTEGER)", "CREATE INDEX i ON a (x)");
  }

  private static int versions(Database db) throws SQLException {
    try (Statement s = db.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
