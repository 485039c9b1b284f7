package org.dateline.pipeline;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import opennlp.tools.postag.POSModel;
import org.dateline.actors.ActorStage;
import org.dateline.actors.KnowledgeBase;
import org.dateline.actors.Lexicons;
import org.dateline.actors.UserActors;
import org.dateline.events.EventCoder;
import org.dateline.events.EventLexicon;
import org.dateline.events.UserEvents;
import org.dateline.quotes.QuoteExtractor;
import org.dateline.text.Abbreviations;
import org.dateline.text.PosTagger;
import org.dateline.text.Segmenter;
import org.dateline.text.Tokenizer;
import org.dateline.time.TemporalTagger;

/** Where the standard extraction chain is composed: the one place that knows every stage. */
public final class Pipelines {

  private Pipelines() {}

  /** The full chain: segment, pos, time, actors, quotes, events. Load once; reuse everywhere. */
  public static Pipeline standard() {
    return standard(List.of());
  }

  /** The full chain with a user's actors added to the knowledge base ({@code --actors FILE}). */
  public static Pipeline standard(List<UserActors.Entry> userActors) {
    return Resources.load().pipeline(userActors);
  }

  /** The full chain with a user's actors and event dictionary ({@code --actors}, {@code --verbs}). */
  public static Pipeline standard(List<UserActors.Entry> userActors, UserEvents userEvents) {
    return Resources.load().pipeline(userActors, userEvents);
  }

  /**
   * The models and data files every pipeline needs, loaded once, from which pipelines with
   * different user actors can be built cheaply (evaluation suites with their own dictionaries).
   */
  public static final class Resources {
    private final Abbreviations abbreviations;
    private final POSModel posModel;
    private final Lexicons lexicons;
    private final EventLexicon eventLexicon;
    private final TemporalTagger temporalTagger;
    /** The knowledge base without user actors, shared by every pipeline that adds none. */
    private final KnowledgeBase standardKnowledgeBase;

    private Resources() {
      this.abbreviations = Abbreviations.load();
      // The POS model and the knowledge base are the two slow loads: read them side by side,
      // so start-up waits for the longer of the two, not for both.
      CompletableFuture<POSModel> pos = CompletableFuture.supplyAsync(PosTagger::loadModel);
      this.standardKnowledgeBase = KnowledgeBase.load(new Tokenizer(abbreviations), List.of());
      this.lexicons = Lexicons.load();
      this.eventLexicon = EventLexicon.load();
      this.temporalTagger = TemporalTagger.load();
      this.posModel = joined(pos);
    }

    private static <T> T joined(CompletableFuture<T> future) {
      try {
        return future.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw e;
      }
    }

    public static Resources load() {
      return new Resources();
    }

    public Pipeline pipeline(List<UserActors.Entry> userActors) {
      return pipeline(userActors, UserEvents.NONE);
    }

    public Pipeline pipeline(List<UserActors.Entry> userActors, UserEvents userEvents) {
      KnowledgeBase kb = userActors.isEmpty() ? standardKnowledgeBase
          : KnowledgeBase.load(new Tokenizer(abbreviations), userActors);
      return new Pipeline(List.of(
          new Segmenter(abbreviations),
          new PosTagger(posModel),
          temporalTagger,
          new ActorStage(kb, lexicons),
          new QuoteExtractor(lexicons),
          new EventCoder(eventLexicon, lexicons, userEvents)));
    }
  }
}
