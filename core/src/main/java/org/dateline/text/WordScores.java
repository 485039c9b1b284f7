package org.dateline.text;

import opennlp.tools.ml.model.Context;

/**
 * What one word contributes to the POS model's scores wherever it stands, resolved once per
 * word: the scores its own spelling gives (prior, "def", suffixes, prefixes, the word), the
 * features it gives a neighbour (as the word one or two before, one or two after), and its
 * token-class features. Any of the contexts is null when the model never saw that feature.
 */
record WordScores(double[] lead, Context asPrevious1, Context asPrevious2, Context asNext1,
    Context asNext2, Context[] tokenClass) {}
