package org.dateline.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

/** Small hand-built articles and extractions: who did what to whom, on which day. */
final class Fixtures {

  private Fixtures() {}

  /** A participant: a country, or a person of a country (country may be null). */
  record Who(String name, ActorKind kind, String country) {
    static Who country(String name, String code) {
      return new Who(name, ActorKind.COUNTRY, code);
    }

    static Who person(String name, String code) {
      return new Who(name, ActorKind.PERSON, code);
    }
  }

  /** One event to put in an article: type, source, target, TimeML date (may be null). */
  record Did(String type, Who source, Who target, String date) {}

  static Article article(String url, String published, String text) {
    return new Article(null, "Story at " + url, text, published == null ? null : LocalDate.parse(published),
        "Test Wire", url);
  }

  /** An article whose text is one sentence per event, and the extraction that finds them. */
  static Sample sample(String url, String published, Did... events) {
    StringBuilder text = new StringBuilder();
    List<Actor> actors = new ArrayList<>();
    List<Event> out = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    for (Did d : events) {
      int start = text.length();
      String sourceId = actorId(actors, d.source(), text);
      text.append(" acted (").append(d.type()).append(") toward ");
      String targetId = actorId(actors, d.target(), text);
      text.append(d.date() == null ? "." : " on " + d.date() + ".");
      out.add(new Event("v" + (out.size() + 1), d.type(), null, null, List.of(sourceId), List.of(targetId), null,
          d.date(), Modality.ASSERTED, 0.8, new Evidence(start, text.length(), text.substring(start))));
      text.append(' ');
      int q = text.length();
      text.append("\"We spoke.\"");
      quotes.add(new Quote(q + 1, q + 10, "We spoke.", sourceId, "statement"));
      text.append('\n');
    }
    Article a = article(url, published, text.toString());
    return new Sample(a, new Extraction(ArticleInfo.of(a), actors, List.of(), out, quotes));
  }

  private static String actorId(List<Actor> actors, Who who, StringBuilder text) {
    int start = text.length();
    text.append(who.name());
    Mention m = new Mention(start, text.length(), who.name());
    for (int i = 0; i < actors.size(); i++) {
      Actor a = actors.get(i);
      if (a.name().equals(who.name())) {
        List<Mention> ms = new ArrayList<>(a.mentions());
        ms.add(m);
        actors.set(i, new Actor(a.id(), a.name(), a.kind(), a.country(), a.sector(), a.role(), ms));
        return a.id();
      }
    }
    String id = "a" + (actors.size() + 1);
    actors.add(new Actor(id, who.name(), who.kind(), who.country(), null, null, List.of(m)));
    return id;
  }

  record Sample(Article article, Extraction extraction) {}
}
