package org.dateline.pipeline;

import java.util.List;
import org.dateline.actors.ActorStage;
import org.dateline.actors.KnowledgeBase;
import org.dateline.actors.Lexicons;
import org.dateline.actors.UserActors;
import org.dateline.events.EventCoder;
import org.dateline.events.EventLexicon;
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
    Abbreviations abbreviations = Abbreviations.load();
    KnowledgeBase kb = KnowledgeBase.load(new Tokenizer(abbreviations), userActors);
    Lexicons lexicons = Lexicons.load();
    return new Pipeline(List.of(
        new Segmenter(abbreviations),
        new PosTagger(PosTagger.loadModel()),
        TemporalTagger.load(),
        new ActorStage(kb, lexicons),
        new QuoteExtractor(lexicons.speechVerbs()),
        new EventCoder(EventLexicon.load())));
  }
}
