package org.dateline.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.ArticleInfo;
import org.dateline.model.Event;
import org.dateline.model.Extraction;
import org.dateline.model.Quote;
import org.dateline.model.Timex;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * An article with the annotation layers added so far. Immutable: every stage returns a new
 * document with its own layer set, so stages can be run and tested one at a time.
 *
 * @param filedFrom the ISO code of the country the story is filed from, as the actor stage read
 *     it from the dateline ("MANILA, Philippines —"), or null
 */
public record Document(
    Article article,
    List<Token> tokens,
    List<Sentence> sentences,
    List<Timex> timexes,
    List<Actor> actors,
    List<Quote> quotes,
    List<Event> events,
    String filedFrom,
    Set<Layer> layers) {

  public Document {
    Objects.requireNonNull(article, "article");
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    timexes = List.copyOf(timexes);
    actors = List.copyOf(actors);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
    layers = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
  }

  public static Document of(Article article) {
    return new Document(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, Set.of());
  }

  public String text() {
    return article.text();
  }

  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  private Set<Layer> plus(Layer... added) {
    EnumSet<Layer> s = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
    s.addAll(List.of(added));
    return s;
  }

  public Document withSegmentation(List<Token> newTokens, List<Sentence> newSentences) {
    return new Document(article, newTokens, newSentences, timexes, actors, quotes, events, filedFrom,
        plus(Layer.TOKENS, Layer.SENTENCES));
  }

  public Document withTaggedTokens(List<Token> tagged) {
    if (tagged.size() != tokens.size()) {
      throw new IllegalArgumentException("tagging changed the token count");
    }
    return new Document(article, tagged, sentences, timexes, actors, quotes, events, filedFrom, plus(Layer.POS));
  }

  public Document withTimexes(List<Timex> list) {
    return new Document(article, tokens, sentences, list, actors, quotes, events, filedFrom, plus(Layer.TIMEXES));
  }

  public Document withActors(List<Actor> list, String datelineCountry) {
    return new Document(article, tokens, sentences, timexes, list, quotes, events, datelineCountry, plus(Layer.ACTORS));
  }

  public Document withQuotes(List<Quote> list) {
    return new Document(article, tokens, sentences, timexes, actors, list, events, filedFrom, plus(Layer.QUOTES));
  }

  public Document withEvents(List<Event> list) {
    return new Document(article, tokens, sentences, timexes, actors, quotes, list, filedFrom, plus(Layer.EVENTS));
  }

  /** The tokens of one sentence. */
  public List<Token> tokensOf(Sentence s) {
    return tokens.subList(s.firstToken(), s.endToken());
  }

  /** The sentence containing a character offset, or null. */
  public Sentence sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return s;
      }
    }
    return null;
  }

  public Extraction toExtraction() {
    return new Extraction(ArticleInfo.of(article), actors, timexes, events, quotes);
  }
}
