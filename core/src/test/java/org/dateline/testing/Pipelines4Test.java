package org.dateline.testing;

import java.time.LocalDate;
import java.util.Optional;
import org.dateline.model.Actor;
import org.dateline.model.Article;
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
}
