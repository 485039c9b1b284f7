package org.dateline.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.json.Json;
import org.dateline.store.Queries.EventRow;
import org.dateline.store.Queries.ReportRow;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes the deduplicated events out: CSV (one row per event), JSON Lines (one object per event
 * with its reports and evidence), Parquet (the CSV's columns, typed), and GraphML of the actor
 * network (nodes are actor keys, directed edges carry the number of events and reports between
 * them) for Gephi.
 *
 * <p>Parquet is written by an in-memory DuckDB fed from the rows read here, so it works the same
 * whatever store they come from, without Hadoop: parquet-hadoop needs hadoop-common and its
 * dependency tree, DuckDB is one self-contained jar.
 */
public final class Exporter {

  public enum Format { CSV, JSONL, PARQUET, GRAPHML;

    public static Format parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown export format '" + s + "' (use csv, jsonl, parquet or graphml)");
      }
    }
  }

  static final String[] COLUMNS = {"event_id", "date", "date_start", "date_end", "type", "mode", "cameo", "source",
    "target", "source_key", "target_key", "location", "modality", "reports", "articles", "urls"};

  private final Queries queries;

  public Exporter(Database db) {
    this.queries = new Queries(db);
  }

  /** Writes the events that match the query; returns how many. */
  public int export(EventQuery query, Format format, Path out) throws SQLException, IOException {
    List<EventRow> events = queries.events(query);
    Map<String, List<ReportRow>> reports = queries.reports(events.stream().map(EventRow::id).toList());
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    switch (format) {
      case CSV -> csv(events, reports, out);
      case JSONL -> jsonl(events, reports, out);
      case PARQUET -> parquet(events, reports, out);
      case GRAPHML -> graphml(events, out);
      default -> throw new IllegalStateException();
    }
    return events.size();
  }

  private static List<String> row(EventRow e, List<ReportRow> reports) {
    List<String> urls = new ArrayList<>();
    for (ReportRow r : reports) {
      String where = r.url() != null ? r.url() : r.articleKey();
      if (!urls.contains(where)) {
        urls.add(where);
      }
    }
    return List.of(e.id(), nz(e.date()), e.dateStart(), e.dateEnd(), e.type(), nz(e.mode()), nz(e.cameo()),
        nz(e.source()), nz(e.target()), e.sourceKey(), e.targetKey(), nz(e.location()), nz(e.modality()),
        Integer.toString(e.reports()), Integer.toString(e.articles()), String.join(" ", urls));
  }

  private static void csv(List<EventRow> events, Map<String, List<ReportRow>> reports, Path out) throws IOException {
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(String.join(",", COLUMNS));
      w.write("\n");
      for (EventRow e : events) {
        List<String> cells = row(e, reports.getOrDefault(e.id(), List.of()));
        w.write(String.join(",", cells.stream().map(Exporter::csvCell).toList()));
        w.write("\n");
      }
    }
  }

  static String csvCell(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  private static void jsonl(List<EventRow> events, Map<String, List<ReportRow>> reports, Path out) throws IOException {
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (EventRow e : events) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", e.id());
        o.put("type", e.type());
        o.put("mode", e.mode());
        o.put("cameo", e.cameo());
        o.put("source", Map.of("key", e.sourceKey(), "name", nz(e.sourceName())));
        o.put("target", Map.of("key", e.targetKey(), "name", nz(e.targetName())));
        o.put("date", e.date());
        o.put("days", List.of(e.dateStart(), e.dateEnd()));
        o.put("location", e.location());
        o.put("modality", e.modality());
        o.put("reports", e.reports());
        o.put("articles", e.articles());
        List<Map<String, Object>> rs = new ArrayList<>();
        for (ReportRow r : reports.getOrDefault(e.id(), List.of())) {
          Map<String, Object> ro = new LinkedHashMap<>();
          ro.put("article", r.articleKey());
          ro.put("url", r.url());
          ro.put("title", r.title());
          ro.put("source", r.source());
          ro.put("published", r.published());
          if (r.evidence() != null) {
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("start", r.evidenceStart());
            ev.put("end", r.evidenceEnd());
            ev.put("text", r.evidence());
            ro.put("evidence", ev);
          }
          rs.add(ro);
        }
        o.put("sources", rs);
        w.write(Json.line(o));
        w.write("\n");
      }
    }
  }

  private static void parquet(List<EventRow> events, Map<String, List<ReportRow>> reports, Path out)
      throws SQLException, IOException {
    Files.deleteIfExists(out);
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement s = duck.createStatement()) {
        s.execute("CREATE TABLE events (event_id VARCHAR, date VARCHAR, date_start DATE, date_end DATE, type VARCHAR, "
            + "mode VARCHAR, cameo VARCHAR, source VARCHAR, target VARCHAR, source_key VARCHAR, target_key VARCHAR, "
            + "location VARCHAR, modality VARCHAR, reports INTEGER, articles INTEGER, urls VARCHAR)");
      }
      try (DuckDBAppender a = duck.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
        for (EventRow e : events) {
          List<String> cells = row(e, reports.getOrDefault(e.id(), List.of()));
          a.beginRow();
          a.append(e.id());
          appendNullable(a, e.date());
          a.append(java.time.LocalDate.parse(e.dateStart()));
          a.append(java.time.LocalDate.parse(e.dateEnd()));
          a.append(e.type());
          appendNullable(a, e.mode());
          appendNullable(a, e.cameo());
          appendNullable(a, e.source());
          appendNullable(a, e.target());
          a.append(e.sourceKey());
          a.append(e.targetKey());
          appendNullable(a, e.location());
          appendNullable(a, e.modality());
          a.append(e.reports());
          a.append(e.articles());
          a.append(cells.get(15));
          a.endRow();
        }
      }
      try (Statement s = duck.createStatement()) {
        s.execute("COPY events TO '" + out.toAbsolutePath().toString().replace("'", "''")
            + "' (FORMAT parquet, COMPRESSION zstd)");
      }
    }
  }

  private static void appendNullable(DuckDBAppender a, String v) throws SQLException {
    if (v == null) {
      a.appendNull();
    } else {
      a.append(v);
    }
  }

  private static void graphml(List<EventRow> events, Path out) throws IOException {
    Map<String, Map<String, Integer>> names = new TreeMap<>();
    Map<String, Edge> edges = new TreeMap<>();
    for (EventRow e : events) {
      List<String> sources = sideKeys(e.sourceKey(), e.sourceName(), names);
      List<String> targets = sideKeys(e.targetKey(), e.targetName(), names);
      for (String s : sources) {
        for (String t : targets) {
          if (!s.equals(t)) {
            edges.computeIfAbsent(s + "\u0000" + t, k -> new Edge(s, t)).add(e);
          }
        }
      }
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      w.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
      w.write("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
      w.write("  <key id=\"events\" for=\"edge\" attr.name=\"events\" attr.type=\"int\"/>\n");
      w.write("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n");
      w.write("  <key id=\"reports\" for=\"edge\" attr.name=\"reports\" attr.type=\"int\"/>\n");
      w.write("  <key id=\"types\" for=\"edge\" attr.name=\"types\" attr.type=\"string\"/>\n");
      w.write("  <key id=\"first\" for=\"edge\" attr.name=\"first\" attr.type=\"string\"/>\n");
      w.write("  <key id=\"last\" for=\"edge\" attr.name=\"last\" attr.type=\"string\"/>\n");
      w.write("  <graph id=\"actors\" edgedefault=\"directed\">\n");
      for (Map.Entry<String, Map<String, Integer>> n : names.entrySet()) {
        w.write("    <node id=\"" + xml(n.getKey()) + "\"><data key=\"label\">" + xml(label(n.getKey(), n.getValue()))
            + "</data></node>\n");
      }
      int i = 0;
      for (Edge edge : edges.values()) {
        w.write("    <edge id=\"e" + (i++) + "\" source=\"" + xml(edge.source) + "\" target=\"" + xml(edge.target) + "\">"
            + "<data key=\"events\">" + edge.events + "</data><data key=\"weight\">" + edge.events + "</data>"
            + "<data key=\"reports\">" + edge.reports + "</data><data key=\"types\">"
            + xml(String.join(" ", edge.types.keySet())) + "</data><data key=\"first\">" + edge.first
            + "</data><data key=\"last\">" + edge.last + "</data></edge>\n");
      }
      w.write("  </graph>\n</graphml>\n");
    }
  }

  /** The actor keys of one side (a side of several actors counts for each); none for nobody. */
  private static List<String> sideKeys(String key, String name, Map<String, Map<String, Integer>> names) {
    if (key == null || key.equals(Dyads.NOBODY)) {
      return List.of();
    }
    List<String> keys = List.of(key.split("\\+"));
    if (keys.size() == 1 && name != null) {
      names.computeIfAbsent(key, k -> new TreeMap<>()).merge(name, 1, Integer::sum);
    } else {
      keys.forEach(k -> names.computeIfAbsent(k, x -> new TreeMap<>()));
    }
    return keys;
  }

  private static String label(String key, Map<String, Integer> names) {
    String best = null;
    int count = 0;
    for (Map.Entry<String, Integer> e : names.entrySet()) {
      if (e.getValue() > count) {
        best = e.getKey();
        count = e.getValue();
      }
    }
    return best == null ? key : key.equals(key.toUpperCase(Locale.ROOT)) ? key + " (" + best + ")" : best;
  }

  private static final class Edge {
    final String source;
    final String target;
    int events;
    int reports;
    String first;
    String last;
    final Map<String, Integer> types = new TreeMap<>();

    Edge(String source, String target) {
      this.source = source;
      this.target = target;
    }

    void add(EventRow e) {
      events++;
      reports += e.reports();
      types.merge(e.type(), 1, Integer::sum);
      first = first == null || e.dateStart().compareTo(first) < 0 ? e.dateStart() : first;
      last = last == null || e.dateEnd().compareTo(last) > 0 ? e.dateEnd() : last;
    }
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
