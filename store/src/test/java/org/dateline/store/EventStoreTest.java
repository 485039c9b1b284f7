package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.dateline.model.Article;
import org.dateline.model.Extraction;
import org.dateline.store.EventStore.Outcome;
import org.dateline.store.Fixtures.Did;
import org.dateline.store.Fixtures.Sample;
import org.dateline.store.Fixtures.Who;
import org.dateline.store.Queries.EventRow;
import org.dateline.store.TestStore.Engine;
import org.dateline.store.bench.SyntheticNews;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case runs on the embedded store (SQLite) and on PostgreSQL. */
class EventStoreTest {

  static final Who FRANCE = Who.country("France", "FRA");
  static final Who FRENCH_PRESIDENT = Who.person("Claire Martin", "FRA");
  static final Who JAPAN = Who.country("Japan", "JPN");
  static final Who JAPANESE_MINISTER = Who.person("Ken Sato", "JPN");
  static final Who KENYA = Who.country("Kenya", "KEN");

  @TempDir Path dir;

  static List<Engine> engines() {
    return TestStore.engines().toList();
  }

  @ParameterizedTest
  @MethodSource("engines")
  void storesAnArticleWithAllItsFacts(Engine engine) throws SQLException {
    SyntheticNews news = new SyntheticNews(1, 100);
    SyntheticNews.Sample s = news.sample(3);
    try (TestStore t = TestStore.create(engine, dir); Database db = t.open()) {
      assertThat(new EventStore(db).save(s.article(), s.extraction())).isEqualTo(Outcome.STORED);
      Queries.Stats stats = new Queries(db).stats();
      Extraction x = s.extraction();
      assertThat(stats.articles()).isEqualTo(1);
      assertThat(stats.versions()).isEqualTo(1);
      assertThat(stats.actors()).isEqualTo(x.actors().size());
      assertThat(stats.mentions()).isEqualTo(x.actors().stream().mapToLong(a -> a.mentions().size()).sum());
      assertThat(stats.quotes()).isEqualTo(x.quotes().size());
      assertThat(stats.reports()).isEqualTo(x.events().size());
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void ingestingTheSameArticleAgainChangesNothing(Engine engine) throws SQLException {
    Sample s = Fixtures.sample("https://news.example/a", "2025-03-05", new Did("CONSULT", FRANCE, JAPAN, "2025-03-04"));
    try (TestStore t = TestStore.create(engine, dir); Database db = t.open()) {
      EventStore store = new EventStore(db);
      assertThat(store.save(s.article(), s.extraction())).isEqualTo(Outcome.STORED);
      List<EventRow> before = new Queries(db).events(EventQuery.all());
      assertThat(store.save(s.article(), s.extraction())).isEqualTo(Outcome.UNCHANGED);
      assertThat(new Queries(db).events(EventQuery.all())).isEqualTo(before);
      assertThat(new Queries(db).stats().versions()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aNewVersionReplacesTheFactsAndKeepsTheHistory(Engine engine) throws SQLException {
    String url = "https://news.example/story";
    Sample first = Fixtures.sample(url, "2025-03-05",
        new Did("CONSULT", FRANCE, JAPAN, "2025-03-04"), new Did("ACCUSE", JAPAN, KENYA, "2025-03-03"));
    Sample corrected = Fixtures.sample(url, "2025-03-05", new Did("CONSULT", FRANCE, JAPAN, "2025-03-04"));
    Article updated = new Article(null, first.article().title(),
        corrected.article().text() + "\nEditor's note: updated to remove an unconfirmed claim.",
        first.article().published(), "Test Wire", url);
    try (TestStore t = TestStore.create(engine, dir); Database db = t.open()) {
      EventStore store = new EventStore(db);
      store.save(first.article(), first.extraction());
      assertThat(store.save(updated, corrected.extraction())).isEqualTo(Outcome.UPDATED);
      Queries q = new Queries(db);
      assertThat(q.stats().articles()).isEqualTo(1);
      assertThat(q.stats().versions()).isEqualTo(2);
      assertThat(q.events(EventQuery.all())).extracting(EventRow::type).containsExactly("CONSULT");
      assertThat(texts(db, url)).hasSize(2).last().asString().contains("Editor's note");
      // and the first version again is an update back, not a no-op: history grows
      assertThat(store.save(first.article(), first.extraction())).isEqualTo(Outcome.UPDATED);
      assertThat(q.events(EventQuery.all())).extracting(EventRow::type).containsExactly("ACCUSE", "CONSULT");
      assertThat(q.stats().versions()).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void theSameEventFromSeveralArticlesIsOneEventWithSeveralSources(Engine engine) throws SQLException {
    try (TestStore t = TestStore.create(engine, dir); Database db = t.open()) {
      EventStore store = new EventStore(db);
      save(store, Fixtures.sample("https://a.example/1", "2025-03-05", new Did("CONSULT", FRANCE, JAPAN, "2025-03-04")));
      // the president for her country, the minister for his: the same dyad at country level
      save(store, Fixtures.sample("https://b.example/2", "2025-03-04",
          new Did("CONSULT", FRENCH_PRESIDENT, JAPANESE_MINISTER, "2025-03-04")));
      // "this week" overlaps the day
      save(store, Fixtures.sample("https://c.example/3", "2025-03-06", new Did("CONSULT", FRANCE, JAPAN, "2025-W10")));
      // another day, another type, the reverse direction: other events
      save(store, Fixtures.sample("https://d.example/4", "2025-03-20", new Did("CONSULT", FRANCE, JAPAN, "2025-03-19"),
          new Did("AID", FRANCE, JAPAN, "2025-03-04"), new Did("CONSULT", JAPAN, FRANCE, "2025-03-04")));
      Queries q = new Queries(db);
      List<EventRow> events = q.events(EventQuery.all());
      assertThat(events).hasSize(4);
      EventRow merged = events.stream().filter(e -> e.reports() == 3).findFirst().orElseThrow();
      assertThat(merged.type()).isEqualTo("CONSULT");
      assertThat(merged.sourceKey()).isEqualTo("FRA");
      assertThat(merged.targetKey()).isEqualTo("JPN");
      assertThat(merged.date()).isEqualTo("2025-03-04");
      assertThat(merged.articles()).isEqualTo(3);
      var reports = q.reports(List.of(merged.id())).get(merged.id());
      assertThat(reports).extracting(Queries.ReportRow::url)
          .containsExactlyInAnyOrder("https://a.example/1", "https://b.example/2", "https://c.example/3");
      assertThat(reports).allSatisfy(r -> assertThat(r.evidence()).contains("acted (CONSULT)"));
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void twoCompaniesOfOneCountryInOneArticleAreOneEventReportedOnceNamingBoth(Engine engine) throws SQLException {
    Who bank = new Who("Kobe Trust Bank", org.dateline.model.ActorKind.ORGANIZATION, "JPN");
    Who shipper = new Who("Osaka Lines", org.dateline.model.ActorKind.ORGANIZATION, "JPN");
    try (TestStore t = TestStore.create(engine, dir); Database db = t.open()) {
      save(new EventStore(db), Fixtures.sample("https://a.example/sanctions", "2025-03-05",
          new Did("SANCTION", FRANCE, bank, "2025-03-04"), new Did("SANCTION", FRANCE, shipper, "2025-03-04")));
      Queries q = new Queries(db);
      EventRow event = q.events(EventQuery.all()).get(0);
      assertThat(event.articles()).isEqualTo(1);
      assertThat(event.reports()).isEqualTo(2);
      assertThat(event.target()).isEqualTo("Kobe Trust Bank / Osaka Lines");
      assertThat(q.stats().mergedEvents()).as("reported by several articles").isZero();
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aVagueDateDoesNotChainSeparateEvents(Engine engine) throws SQLException {
    try (TestStore t = TestStore.create(engine, dir); Database db = t.open()) {
      EventStore store = new EventStore(db);
      save(store, Fixtures.sample("u1", "2025-03-05", new Did("CONSULT", FRANCE, JAPAN, "2025-03-04")));
      save(store, Fixtures.sample("u2", "2025-03-25", new Did("CONSULT", FRANCE, JAPAN, "2025-03-24")));
      save(store, Fixtures.sample("u3", "2025-04-02", new Did("CONSULT", FRANCE, JAPAN, "2025-03")));
      save(store, Fixtures.sample("u4", "2025-04-03", new Did("CONSULT", FRANCE, JAPAN, "2025-03")));
      assertThat(new Queries(db).events(EventQuery.all())).extracting(EventRow::reports).containsExactly(2, 1, 1);
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void removingTheReportThatBridgedTwoDaysSplitsTheEvent(Engine engine) throws SQLException {
    try (TestStore t = TestStore.create(engine, dir); Database db = t.open()) {
      EventStore store = new EventStore(db);
      save(store, Fixtures.sample("u1", "2025-03-03", new Did("ASSAULT", FRANCE, KENYA, "2025-03-03")));
      save(store, Fixtures.sample("u2", "2025-03-06", new Did("ASSAULT", FRANCE, KENYA, "2025-03-06")));
      save(store, Fixtures.sample("u3", "2025-03-09", new Did("ASSAULT", FRANCE, KENYA, "2025-W10")));
      Queries q = new Queries(db);
      assertThat(q.events(EventQuery.all())).extracting(EventRow::reports).containsExactly(3);
      save(store, Fixtures.sample("u3", "2025-03-09", new Did("ASSAULT", FRANCE, KENYA, "2025-03-09")));
      assertThat(q.events(EventQuery.all())).extracting(EventRow::dateStart)
          .containsExactly("2025-03-03", "2025-03-06", "2025-03-09");
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void eventsAreTheSameWhateverOrderTheArticlesCameIn(Engine engine) throws SQLException {
    SyntheticNews news = new SyntheticNews(7, 60); // a small story pool: many shared events
    List<SyntheticNews.Sample> samples = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      samples.add(news.sample(i));
    }
    Map<String, String> inOrder = clustering(engine, samples);
    List<SyntheticNews.Sample> shuffled = new ArrayList<>(samples);
    Collections.shuffle(shuffled, new Random(42));
    assertThat(clustering(engine, shuffled)).isEqualTo(inOrder);
    assertThat(inOrder.values().stream().distinct().count()).isLessThan(inOrder.size());
  }

  @ParameterizedTest
  @MethodSource("engines")
  void anActorIsFoundByEveryWordOfItsNameOrKey(Engine engine) throws SQLException {
    try (TestStore t = TestStore.create(engine, dir); Database db = t.open()) {
      EventStore store = new EventStore(db);
      save(store, Fixtures.sample("u1", "2025-03-05", new Did("CONSULT", FRENCH_PRESIDENT, JAPAN, "2025-03-04")));
      save(store, Fixtures.sample("u2", "2025-05-02", new Did("AID", JAPANESE_MINISTER, KENYA, "2025-05-01")));
      Queries q = new Queries(db);
      assertThat(q.events(new EventQuery("Claire Martin", null, null, null, null, 0))).extracting(EventRow::type)
          .containsExactly("CONSULT");
      assertThat(q.events(new EventQuery("martin claire", null, null, null, null, 0))).hasSize(1);
      assertThat(q.events(new EventQuery("Claire Sato", null, null, null, null, 0))).isEmpty();
      assertThat(q.events(new EventQuery("ken", null, null, null, null, 0))).extracting(EventRow::type)
          .as("a key word: Kenya's code, and a first name").containsExactly("AID");
      assertThat(q.events(new EventQuery("Mart", null, null, null, null, 0))).as("whole words only").isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aStoreWrittenBeforeTheWordIndexIsIndexedWhenUpgraded(Engine engine) throws SQLException {
    try (TestStore t = TestStore.create(engine, dir)) {
      try (Database db = t.open(); Statement s = db.connection().createStatement()) {
        save(new EventStore(db), Fixtures.sample("u1", "2025-03-05",
            new Did("CONSULT", FRENCH_PRESIDENT, JAPAN, "2025-03-04")));
        // as a store of schema version 1 was: no word index
        s.execute("DROP TABLE event_word");
        s.execute("DELETE FROM schema_version WHERE version = 2");
      }
      try (Database db = t.open()) {
        assertThat(new Queries(db).events(new EventQuery("claire", null, null, null, null, 0))).hasSize(1);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void queriesFilterByActorCountryTypeAndDays(Engine engine) throws SQLException {
    try (TestStore t = TestStore.create(engine, dir); Database db = t.open()) {
      EventStore store = new EventStore(db);
      save(store, Fixtures.sample("u1", "2025-03-05", new Did("CONSULT", FRENCH_PRESIDENT, JAPAN, "2025-03-04")));
      save(store, Fixtures.sample("u2", "2025-05-02", new Did("AID", JAPAN, KENYA, "2025-05-01")));
      Queries q = new Queries(db);
      assertThat(q.events(new EventQuery("claire", null, null, null, null, 0))).extracting(EventRow::type)
          .containsExactly("CONSULT");
      assertThat(q.events(new EventQuery(null, "ken", null, null, null, 0))).extracting(EventRow::type)
          .containsExactly("AID");
      assertThat(q.events(new EventQuery(null, "JPN", null, null, null, 0))).hasSize(2);
      assertThat(q.events(new EventQuery(null, null, "aid", null, null, 0))).hasSize(1);
      assertThat(q.events(new EventQuery(null, null, null, java.time.LocalDate.parse("2025-04-01"), null, 0)))
          .extracting(EventRow::type).containsExactly("AID");
      assertThat(q.events(new EventQuery(null, null, null, null, java.time.LocalDate.parse("2025-04-01"), 0)))
          .extracting(EventRow::type).containsExactly("CONSULT");
      assertThat(q.quotes("martin", 0)).hasSize(1).first().extracting(Queries.QuoteRow::text).isEqualTo("We spoke.");
      assertThat(q.actors(0)).extracting(Queries.ActorRow::name).first().isEqualTo("Japan");
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void anArticleWithoutEventsOrDateIsStoredToo(Engine engine) throws SQLException {
    Article a = new Article("plain-1", null, "Nothing happened here.", null, null, null);
    try (TestStore t = TestStore.create(engine, dir); Database db = t.open()) {
      EventStore store = new EventStore(db);
      assertThat(store.save(a, new Extraction(null, List.of(), List.of(), List.of(), List.of())))
          .isEqualTo(Outcome.STORED);
      assertThat(store.storedHash(a)).contains(EventStore.contentHash(a));
      assertThat(EventStore.keyOf(a)).isEqualTo("id:plain-1");
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void eventsWithMissingOrRepeatedIdsAreAllKeptAndUntypedOnesLeftOut(Engine engine) throws SQLException {
    Sample s = Fixtures.sample("u1", "2025-03-05", new Did("CONSULT", FRANCE, JAPAN, "2025-03-04"),
        new Did("AID", FRANCE, KENYA, "2025-03-04"), new Did("ACCUSE", JAPAN, KENYA, "2025-03-04"));
    List<org.dateline.model.Event> events = new ArrayList<>();
    for (org.dateline.model.Event e : s.extraction().events()) {
      String id = e.type().equals("ACCUSE") ? null : "v1";
      events.add(new org.dateline.model.Event(id, e.type(), e.mode(), e.cameo(), e.source(), e.target(), e.location(),
          e.date(), e.modality(), e.confidence(), e.evidence()));
    }
    org.dateline.model.Event first = events.get(0);
    events.add(new org.dateline.model.Event("v9", null, null, null, first.source(), first.target(), null, null, null,
        null, null));
    Extraction x = new Extraction(s.extraction().article(), s.extraction().actors(), List.of(), events,
        s.extraction().quotes());
    try (TestStore t = TestStore.create(engine, dir); Database db = t.open()) {
      new EventStore(db).save(s.article(), x);
      assertThat(new Queries(db).events(EventQuery.all())).extracting(EventRow::type)
          .containsExactlyInAnyOrder("CONSULT", "AID", "ACCUSE");
    }
  }

  private Map<String, String> clustering(Engine engine, List<SyntheticNews.Sample> samples) throws SQLException {
    try (TestStore t = TestStore.create(engine, dir); Database db = t.open()) {
      EventStore store = new EventStore(db);
      for (SyntheticNews.Sample s : samples) {
        store.save(s.article(), s.extraction());
      }
      Map<String, String> out = new TreeMap<>();
      try (PreparedStatement p = db.connection().prepareStatement("SELECT article_key, event_id, cluster_id FROM report");
          ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1) + " " + rs.getString(2), rs.getString(3));
        }
      }
      return out;
    }
  }

  private static void save(EventStore store, Sample s) throws SQLException {
    store.save(s.article(), s.extraction());
  }

  private static List<String> texts(Database db, String key) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = db.connection().prepareStatement(
        "SELECT text FROM article_version WHERE article_key = ? ORDER BY version")) {
      p.setString(1, key);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }
}
