package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.dateline.store.Fixtures.Did;
import org.dateline.store.TestStore.Engine;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExporterTest {

  @TempDir Path dir;

  static List<Engine> engines() {
    return TestStore.engines().toList();
  }

  @ParameterizedTest
  @MethodSource("engines")
  void writesEventsAsCsvJsonLinesParquetAndTheActorNetworkAsGraphMl(Engine engine) throws Exception {
    try (TestStore t = TestStore.create(engine, dir); Database db = t.open()) {
      EventStore store = new EventStore(db);
      for (Fixtures.Sample s : List.of(
          Fixtures.sample("https://a.example/1", "2025-03-05",
              new Did("CONSULT", EventStoreTest.FRANCE, EventStoreTest.JAPAN, "2025-03-04")),
          Fixtures.sample("https://b.example/2", "2025-03-05",
              new Did("CONSULT", EventStoreTest.FRENCH_PRESIDENT, EventStoreTest.JAPAN, "2025-03-04"),
              new Did("AID", EventStoreTest.JAPAN, EventStoreTest.KENYA, "2025-03-01")))) {
        store.save(s.article(), s.extraction());
      }
      Exporter exporter = new Exporter(db);

      Path csv = dir.resolve("events.csv");
      assertThat(exporter.export(EventQuery.all(), Exporter.Format.CSV, csv)).isEqualTo(2);
      List<String> lines = Files.readAllLines(csv);
      assertThat(lines.get(0)).startsWith("event_id,date,date_start");
      assertThat(lines.get(2)).contains("CONSULT").contains(",FRA,JPN,").contains("https://a.example/1 https://b.example/2");

      Path jsonl = dir.resolve("events.jsonl");
      exporter.export(EventQuery.all(), Exporter.Format.JSONL, jsonl);
      assertThat(Files.readAllLines(jsonl)).hasSize(2).last().asString()
          .contains("\"reports\":2").contains("\"evidence\":{\"start\":0");

      Path graph = dir.resolve("actors.graphml");
      exporter.export(EventQuery.all(), Exporter.Format.GRAPHML, graph);
      String xml = Files.readString(graph);
      assertThat(xml).contains("<node id=\"FRA\">").contains("source=\"FRA\" target=\"JPN\"")
          .contains("<data key=\"reports\">2</data>");

      Path parquet = dir.resolve("out/events.parquet");
      exporter.export(EventQuery.all(), Exporter.Format.PARQUET, parquet);
      try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement();
          ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(reports), MIN(date_start) FROM read_parquet('"
              + parquet.toAbsolutePath() + "')")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(2);
        assertThat(rs.getInt(2)).isEqualTo(3);
        assertThat(rs.getString(3)).isEqualTo("2025-03-01");
      }
    }
  }
}
