package org.dateline.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dateline.model.Article;
import org.dateline.model.Extraction;

/**
 * The extraction chain, composed in one place. Built once ({@link Pipelines#standard()}), then
 * used from any number of threads: {@link #extract(Article)} for one article, {@link
 * #extractAll(Stream)} for a stream.
 */
public final class Pipeline {

  private final List<Stage> stages;

  public Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
    check(this.stages);
  }

  /** Fails early when a stage needs a layer that no earlier stage provides. */
  private static void check(List<Stage> stages) {
    Set<Layer> available = EnumSet.noneOf(Layer.class);
    for (Stage stage : stages) {
      for (Layer needed : stage.requires()) {
        if (!available.contains(needed)) {
          throw new IllegalStateException(
              "stage " + stage.name() + " requires " + needed + ", which no earlier stage provides");
        }
      }
      available.addAll(stage.provides());
    }
  }

  public List<Stage> stages() {
    return stages;
  }

  public Document annotate(Article article) {
    Document doc = Document.of(article);
    for (Stage stage : stages) {
      doc = stage.process(doc);
    }
    return doc;
  }

  public Extraction extract(Article article) {
    return annotate(article).toExtraction();
  }

  /** Extracts a stream of articles in order (sequential; parallelize over the stream if wanted). */
  public Stream<Extraction> extractAll(Stream<Article> articles) {
    return articles.map(this::extract);
  }

  /** A pipeline with only the stages up to and including the named one. */
  public Pipeline upTo(String stageName) {
    List<Stage> prefix = new ArrayList<>();
    for (Stage s : stages) {
      prefix.add(s);
      if (s.name().equals(stageName)) {
        return new Pipeline(prefix);
      }
    }
    throw new IllegalArgumentException("no stage named " + stageName);
  }
}
