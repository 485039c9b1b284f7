package org.dateline.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.featuregen.PosTaggerFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The weights of OpenNLP's maxent (GIS) POS model, read once through the model's public data
 * structures, with the features that depend only on the tag history or on the position in the
 * sentence resolved ahead of time. Immutable and shared by every thread.
 *
 * <p>Scores are summed exactly as {@code GISModel.eval} sums them (the uniform prior, then each
 * known feature's parameters in the order the features are listed), so the probabilities derived
 * from them are bit for bit OpenNLP's.
 */
final class PosModelTables {

  /** The feature generator configuration looks two tokens back and two ahead. */
  private static final int WINDOW = 2;

  private final String[] tags;
  private final Map<String, Context> predicates;
  private final double prior;
  private final Context[] previousTag;
  private final Context[][] previousTwoTags;
  private final Context[] sentenceStart;

  @SuppressWarnings("unchecked")
  PosModelTables(POSModel model) {
    if (!(model.getArtifact("pos.model") instanceof GISModel gis)) {
      throw new IllegalArgumentException("the POS model is not a maxent (GIS) model");
    }
    Object[] data = gis.getDataStructures();
    // our own immutable copy: lookups from many threads must not depend on the model's map type
    this.predicates = Map.copyOf((Map<String, Context>) data[1]);
    this.tags = ((String[]) data[2]).clone();
    // GISModel's UniformPrior gives every outcome log(1/n) before the features are added
    this.prior = StrictMath.log(1.0 / tags.length);
    this.previousTag = new Context[tags.length];
    this.previousTwoTags = new Context[tags.length][tags.length];
    for (int last = 0; last < tags.length; last++) {
      List<String> one = tagHistoryFeatures(null, tags[last]);
      previousTag[last] = predicates.get(one.get(0));
      for (int before = 0; before < tags.length; before++) {
        List<String> two = tagHistoryFeatures(tags[before], tags[last]);
        previousTwoTags[before][last] = predicates.get(two.get(1));
      }
    }
    this.sentenceStart = new Context[WINDOW + 1];
    for (int i = 0; i <= WINDOW; i++) {
      List<String> features = new ArrayList<>();
      new WindowFeatureGenerator(new SentenceFeatureGenerator(true, false), WINDOW, WINDOW)
          .createFeatures(features, placeholderTokens(i + 1), i, null);
      sentenceStart[i] = features.isEmpty() ? null : predicates.get(features.get(0));
    }
  }

  /** The tag-history features as OpenNLP's generator writes them ("t=..." and "t2=...,..."). */
  private static List<String> tagHistoryFeatures(String beforeLast, String last) {
    List<String> features = new ArrayList<>();
    String[] tokens = placeholderTokens(3);
    String[] history = beforeLast == null ? new String[] {last} : new String[] {beforeLast, last};
    new PosTaggerFeatureGenerator().createFeatures(features, tokens, beforeLast == null ? 1 : 2, history);
    return features;
  }

  /** Generators that depend only on positions still skip null tokens, so give them words. */
  private static String[] placeholderTokens(int n) {
    String[] tokens = new String[n];
    Arrays.fill(tokens, "x");
    return tokens;
  }

  int tagCount() {
    return tags.length;
  }

  String tag(int index) {
    return tags[index];
  }

  int tagIndex(String tag) {
    for (int o = 0; o < tags.length; o++) {
      if (tags[o].equals(tag)) {
        return o;
      }
    }
    throw new IllegalArgumentException("not a tag of the POS model: " + tag);
  }

  /** The model's parameters for a feature, or null for a feature it never saw. */
  Context predicate(String feature) {
    return predicates.get(feature);
  }

  /** The prior plus the given features' parameters, in order: the start of a token's scores. */
  double[] sum(List<String> features) {
    double[] scores = new double[tags.length];
    Arrays.fill(scores, prior);
    for (String f : features) {
      add(scores, predicates.get(f));
    }
    return scores;
  }

  /** "S=begin" seen from position i (only the first three positions have one), or null. */
  Context sentenceStart(int position) {
    return position < sentenceStart.length ? sentenceStart[position] : null;
  }

  Context previousTag(int last) {
    return previousTag[last];
  }

  Context previousTwoTags(int beforeLast, int last) {
    return previousTwoTags[beforeLast][last];
  }

  /** Adds a feature's parameters to the scores as GIS evaluation does (feature value 1). */
  static void add(double[] scores, Context feature) {
    if (feature == null) {
      return;
    }
    int[] outcomes = feature.getOutcomes();
    double[] parameters = feature.getParameters();
    for (int j = 0; j < outcomes.length; j++) {
      scores[outcomes[j]] += parameters[j];
    }
  }

  /** The probabilities GIS evaluation derives from summed scores (used to check equivalence). */
  static double[] probabilities(double[] scores) {
    double[] p = scores.clone();
    double total = 0;
    for (int o = 0; o < p.length; o++) {
      p[o] = StrictMath.exp(p[o]);
      total += p[o];
    }
    for (int o = 0; o < p.length; o++) {
      p[o] /= total;
    }
    return p;
  }
}
