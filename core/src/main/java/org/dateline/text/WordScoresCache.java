package org.dateline.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * {@link WordScores} by word, for one thread. The feature strings come from OpenNLP's own
 * generators, configured as the bundled model's {@code generator.featuregen} configures them, so
 * each word's strings are built and looked up once instead of at every occurrence and for every
 * beam candidate. Bounded: emptied when full, since news vocabulary mostly repeats.
 */
final class WordScoresCache {

  private static final int CAPACITY = 50_000;

  private final PosModelTables tables;
  private final Map<String, WordScores> byWord = new HashMap<>();
  private final OutcomePriorFeatureGenerator definition = new OutcomePriorFeatureGenerator();
  private final SuffixFeatureGenerator suffixes = new SuffixFeatureGenerator();
  private final PrefixFeatureGenerator prefixes = new PrefixFeatureGenerator();
  private final TokenFeatureGenerator word = new TokenFeatureGenerator();
  private final TokenClassFeatureGenerator tokenClass = new TokenClassFeatureGenerator(true);

  WordScoresCache(PosModelTables tables) {
    this.tables = tables;
  }

  WordScores get(String token) {
    WordScores scores = byWord.get(token);
    if (scores == null) {
      if (byWord.size() >= CAPACITY) {
        byWord.clear();
      }
      scores = resolve(token);
      byWord.put(token, scores);
    }
    return scores;
  }

  private WordScores resolve(String token) {
    String[] alone = {token};
    // the order of the model's feature list: it is the order GIS evaluation adds parameters in
    List<String> lead = new ArrayList<>();
    definition.createFeatures(lead, alone, 0, null);
    suffixes.createFeatures(lead, alone, 0, null);
    prefixes.createFeatures(lead, alone, 0, null);
    List<String> wordFeature = new ArrayList<>();
    word.createFeatures(wordFeature, alone, 0, null);
    lead.addAll(wordFeature);
    String w = wordFeature.get(0);
    List<String> classFeatures = new ArrayList<>();
    tokenClass.createFeatures(classFeatures, alone, 0, null);
    return new WordScores(tables.sum(lead),
        tables.predicate(WindowFeatureGenerator.PREV_PREFIX + 1 + w),
        tables.predicate(WindowFeatureGenerator.PREV_PREFIX + 2 + w),
        tables.predicate(WindowFeatureGenerator.NEXT_PREFIX + 1 + w),
        tables.predicate(WindowFeatureGenerator.NEXT_PREFIX + 2 + w),
        classFeatures.stream().map(tables::predicate).filter(c -> c != null).toArray(Context[]::new));
  }
}
