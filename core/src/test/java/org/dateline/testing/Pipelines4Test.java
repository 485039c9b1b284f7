package org.dateline.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.pipeline.Document;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Pipelines;

/** One standard pipeline shared by the tests of a JVM (loading models takes a second). */
public final class Pipelines4Test {

  private static final Pipeline STANDARD = Pipelines.standard();

  private Pipelines4Test() {}

  public static Pipeline standard() {
    return STANDARD;
  }

  public static Document annotate(String text, LocalDate published) {
    return STANDARD.annotate(Article.of("test", text, published));
  }

  /** The actor with a mention whose text is exactly {@code mention} (the first such mention). */
  public static Optional<Actor> actorMentionedAs(Document d, String mention) {
    for (Actor a : d.actors()) {
      for (Mention m : a.mentions()) {
        if (m.text().equals(mention)) {
          return Optional.of(a);
        }
      }
    }
    return Optional.empty();
  }

  public static String nameOf(Document d, String actorId) {
    return d.actors().stream().filter(a -> a.id().equals(actorId)).map(Actor::name).findFirst().orElse(null);
  }

  /** The events the standard pipeline codes in a text, as "TYPE/cameo sources -> target [modality]". */
  public static List<String> describedEvents(String text, LocalDate published) {
    Document d = annotate(text, published);
    return d.events().stream().map(e -> describe(d, e)).toList();
  }

  /** One event as "TYPE/cameo sources -> target [modality]", with the actors' names. */
  public static String describe(Document d, Event e) {
    String src = e.source().stream().map(id -> nameOf(d, id)).collect(Collectors.joining(","));
    String tgt = e.target().stream().map(id -> nameOf(d, id)).collect(Collectors.joining(","));
    return e.type() + "/" + e.cameo() + " " + src + " -> " + tgt + " [" + e.modality().json() + "]";
  }
}
