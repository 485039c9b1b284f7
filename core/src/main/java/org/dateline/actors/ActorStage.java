package org.dateline.actors;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dateline.model.Timex;
import org.dateline.pipeline.Document;
import org.dateline.pipeline.Layer;
import org.dateline.pipeline.Stage;
import org.dateline.text.Sentence;
import org.dateline.text.Token;

/**
 * Stage: actors. Finds the mentions of each sentence ({@link MentionFinder}) and resolves them
 * across the article into actors ({@link Coreference}), with roles as of the article's date.
 */
public final class ActorStage implements Stage {

  private final MentionFinder finder;
  private final Coreference coreference;

  public ActorStage(KnowledgeBase kb, Lexicons lexicons) {
    this.finder = new MentionFinder(kb, lexicons);
    this.coreference = new Coreference(kb, lexicons);
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.TIMEXES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.ACTORS);
  }

  @Override
  public Document process(Document doc) {
    List<Token> tokens = doc.tokens();
    boolean[] inTimex = timexTokens(tokens, doc.timexes());
    List<Candidate> candidates = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      candidates.addAll(finder.find(tokens, s, inTimex));
    }
    return doc.withActors(coreference.resolve(tokens, candidates, doc.article().published(), doc.text()));
  }

  /** Tokens inside temporal expressions ("Dec.", "Monday") are never names. */
  private static boolean[] timexTokens(List<Token> tokens, List<Timex> timexes) {
    boolean[] in = new boolean[tokens.size()];
    int t = 0;
    for (Timex x : timexes) {
      while (t < tokens.size() && tokens.get(t).end() <= x.start()) {
        t++;
      }
      for (int i = t; i < tokens.size() && tokens.get(i).start() < x.end(); i++) {
        in[i] = true;
      }
    }
    return in;
  }
}
