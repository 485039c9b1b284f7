package org.dateline.store.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.dateline.model.Actor;
import org.dateline.model.ActorKind;
import org.dateline.model.Article;
import org.dateline.model.ArticleInfo;
import org.dateline.model.Event;
import org.dateline.model.Evidence;
import org.dateline.model.Extraction;
import org.dateline.model.Mention;
import org.dateline.model.Modality;
import org.dateline.model.Quote;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;
import org.dateline.util.DataFile;

/**
 * Generated news for benchmarks and crash tests: articles of realistic size (2–5 KB) and
 * variety, each reporting a few events drawn from a pool of "stories" so that several articles
 * report the same event (as wire copy and its rewrites do), together with the extraction a
 * perfect pipeline would return, offsets and all. Deterministic for a given seed and index.
 */
public final class SyntheticNews {

  /** A generated article and its extraction. */
  public record Sample(Article article, Extraction extraction) {}

  private record Country(String code, String name, String capital, String adjective, String office) {}

  private record Kind(String type, String mode, String cameo, String template) {}

  private record Story(Kind kind, int source, int target, LocalDate date) {}

  private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);

  private final List<Country> countries = new ArrayList<>();
  private final List<Kind> kinds = new ArrayList<>();
  private final List<String> filler = new ArrayList<>();
  private final List<String> given;
  private final List<String> family;
  private final long seed;
  private final int stories;
  private final LocalDate firstDay;

  /** {@code articles} sets the size of the story pool: about as many stories as articles, so an event is reported about three times on average. */
  public SyntheticNews(long seed, int articles) {
    this.seed = seed;
    this.stories = Math.max(10, articles);
    this.firstDay = LocalDate.of(2025, 1, 1);
    for (String[] r : DataFile.rows(SyntheticNews.class, "/org/dateline/store/bench/synthetic-countries.tsv")) {
      countries.add(new Country(r[0], r[1], r[2], r[3], r[4]));
    }
    for (String[] r : DataFile.rows(SyntheticNews.class, "/org/dateline/store/bench/synthetic-events.tsv")) {
      kinds.add(new Kind(r[0], r[1], r[2], r[3]));
    }
    for (String[] r : DataFile.rows(SyntheticNews.class, "/org/dateline/store/bench/synthetic-filler.tsv")) {
      filler.add(r[0]);
    }
    String[] names = DataFile.rows(SyntheticNews.class, "/org/dateline/store/bench/synthetic-names.tsv").get(0);
    given = DataFile.list(names, 0);
    family = DataFile.list(names, 1);
  }

  private Story story(int s) {
    SplittableRandom r = new SplittableRandom(seed * 31 + s);
    int source = r.nextInt(countries.size());
    int target = (source + 1 + r.nextInt(countries.size() - 1)) % countries.size();
    return new Story(kinds.get(r.nextInt(kinds.size())), source, target, firstDay.plusDays(r.nextInt(365)));
  }

  /** The leader who speaks for a country in every article (one per country and seed). */
  private String leader(int country) {
    SplittableRandom r = new SplittableRandom(seed * 7 + country * 1_000_003L);
    return given.get(r.nextInt(given.size())) + " " + family.get(r.nextInt(family.size()));
  }

  public Sample sample(int index) {
    SplittableRandom r = new SplittableRandom(seed ^ (index * 0x9E3779B97F4A7C15L));
    List<Story> reported = new ArrayList<>();
    int count = 2 + r.nextInt(3);
    for (int k = 0; k < count; k++) {
      Story s = story(r.nextInt(stories));
      if (reported.stream().noneMatch(x -> x.equals(s))) {
        reported.add(s);
      }
    }
    LocalDate published = reported.stream().map(Story::date).max(LocalDate::compareTo).orElseThrow()
        .plusDays(r.nextInt(3));
    Builder b = new Builder();
    Story lead = reported.get(0);
    String title = countries.get(lead.source).name.replaceFirst("^the ", "") + " and "
        + countries.get(lead.target).name.replaceFirst("^the ", "") + ": " + lead.kind.type.toLowerCase(Locale.ROOT)
        + " " + (lead.kind.mode.isEmpty() ? "talks" : lead.kind.mode);
    title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
    int paragraphs = 0;
    for (Story s : reported) {
      b.eventSentence(s, r.nextBoolean());
      int extra = 1 + r.nextInt(3);
      for (int k = 0; k < extra; k++) {
        b.text(" " + filler.get(r.nextInt(filler.size())));
      }
      if (r.nextInt(3) > 0) {
        b.quote(s.source, r);
      }
      b.text("\n\n");
      paragraphs++;
    }
    while (b.text.length() < 1800 + r.nextInt(2500)) {
      b.text(filler.get(r.nextInt(filler.size())));
      b.text(" " + filler.get(r.nextInt(filler.size())) + "\n\n");
      paragraphs++;
    }
    String id = "synthetic-" + seed + "-" + index;
    Article article = new Article(id, title, b.text.toString(), published, "Synthetic Wire",
        "https://news.example/" + seed + "/" + index);
    return new Sample(article, new Extraction(ArticleInfo.of(article), new ArrayList<>(b.actors()), b.timexes,
        b.events, b.quotes));
  }

  /** Builds text and its facts together, so every offset is right. */
  private final class Builder {
    final StringBuilder text = new StringBuilder();
    final Map<String, String> actorIds = new LinkedHashMap<>();
    final Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    final Map<String, Actor> actorInfo = new LinkedHashMap<>();
    final List<Timex> timexes = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    final List<Quote> quotes = new ArrayList<>();

    void text(String s) {
      text.append(s);
    }

    String actor(String key, String name, ActorKind kind, String country, String sector, String role) {
      String id = actorIds.computeIfAbsent(key, k -> "a" + (actorIds.size() + 1));
      actorInfo.putIfAbsent(id, new Actor(id, name, kind, country, sector, role, List.of()));
      return id;
    }

    /** Appends a name and records it as a mention of its actor; returns the actor id. */
    String mention(int country, boolean person) {
      Country c = countries.get(country);
      String id;
      String surface;
      if (person) {
        String name = leader(country);
        id = actor("p" + country, name, ActorKind.PERSON, c.code, "GOV", c.office + " of " + c.name.replaceFirst("^the ", ""));
        surface = c.adjective + " " + c.office + " " + name;
      } else {
        id = actor("c" + country, c.name.replaceFirst("^the ", ""), ActorKind.COUNTRY, c.code, null, null);
        surface = c.name;
      }
      int start = text.length() + (person ? c.adjective.length() + c.office.length() + 2
          : surface.startsWith("the ") ? 4 : 0);
      text.append(surface);
      mentions.computeIfAbsent(id, k -> new ArrayList<>()).add(new Mention(start, text.length(), text.substring(start)));
      return id;
    }

    void eventSentence(Story s, boolean person) {
      if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
        text.append(' ');
      }
      int sentenceStart = text.length();
      String template = s.kind.template;
      String sourceId = null;
      String targetId = null;
      int i = 0;
      while (i < template.length()) {
        if (template.startsWith("{S}", i)) {
          sourceId = mention(s.source, person);
          i += 3;
        } else if (template.startsWith("{TC}", i)) {
          text.append(countries.get(s.target).capital);
          i += 4;
        } else if (template.startsWith("{T}", i)) {
          targetId = mention(s.target, false);
          i += 3;
        } else if (template.startsWith("{D}", i)) {
          String written = s.date.format(WRITTEN);
          text.append("on ");
          int start = text.length();
          text.append(written);
          timexes.add(new Timex(start, text.length(), written, TimexType.DATE, s.date.toString()));
          i += 3;
        } else {
          text.append(template.charAt(i));
          i++;
        }
      }
      String sentence = text.substring(sentenceStart);
      sentence = Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
      text.replace(sentenceStart, text.length(), sentence);
      events.add(new Event("v" + (events.size() + 1), s.kind.type, s.kind.mode.isEmpty() ? null : s.kind.mode,
          s.kind.cameo, sourceId == null ? List.of() : List.of(sourceId), targetId == null ? List.of() : List.of(targetId),
          countries.get(s.target).capital, s.date.toString(), Modality.ASSERTED, 0.9,
          new Evidence(sentenceStart, text.length(), sentence)));
    }

    void quote(int country, SplittableRandom r) {
      String said = filler.get(r.nextInt(filler.size()));
      text.append(" \"");
      int start = text.length();
      text.append(said, 0, said.length() - 1).append(",\" said ");
      int end = start + said.length() - 1;
      String speaker = mention(country, true);
      text.append('.');
      quotes.add(new Quote(start, end, text.substring(start, end), speaker, null));
    }

    List<Actor> actors() {
      List<Actor> out = new ArrayList<>();
      for (Actor a : actorInfo.values()) {
        out.add(new Actor(a.id(), a.name(), a.kind(), a.country(), a.sector(), a.role(),
            mentions.getOrDefault(a.id(), List.of())));
      }
      return out;
    }
  }
}
