package org.dateline.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A gold annotation file (spec/gold-format.md). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Gold(
    String id,
    String published,
    String source,
    String url,
    String title,
    @JsonProperty("text_file") String textFile,
    List<Timex> timexes,
    List<Actor> actors,
    List<Event> events,
    List<Quote> quotes) {

  public Gold {
    timexes = timexes == null ? List.of() : List.copyOf(timexes);
    actors = actors == null ? List.of() : List.copyOf(actors);
    events = events == null ? List.of() : List.copyOf(events);
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Timex(String text, String type, String value) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Actor(String name, String kind, String country, String sector, String role, List<String> aliases) {
    public Actor {
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Event(String type, String mode, String cameo, List<String> source, List<String> target,
      String location, String date, String modality, String evidence) {
    public Event {
      source = source == null ? List.of() : List.copyOf(source);
      target = target == null ? List.of() : List.copyOf(target);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Quote(String text, String speaker, String channel) {}
}
