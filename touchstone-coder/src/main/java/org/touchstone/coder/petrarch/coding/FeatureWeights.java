package org.touchstone.coder.petrarch.coding;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * A maximum-entropy model's weights by feature name, in an open-addressing table with the names'
 * hashes beside them: the part-of-speech tagger looks up some thirty features a token, and the
 * model's own map (a linked hash map of nodes) costs more memory reads for each. Read-only after
 * construction; shared by threads.
 */
final class FeatureWeights {
    private final String[] names;
    private final int[] hashes;
    private final Context[] weights;
    private final int mask;

    private FeatureWeights(Map<String, Context> byName) {
        int capacity = Integer.highestOneBit(Math.max(2, byName.size()) * 2) * 2; // at most half full
        names = new String[capacity];
        hashes = new int[capacity];
        weights = new Context[capacity];
        mask = capacity - 1;
        byName.forEach((name, w) -> {
            int h = spread(name.hashCode());
            int i = h & mask;
            while (names[i] != null) {
                i = (i + 1) & mask;
            }
            names[i] = name;
            hashes[i] = h;
            weights[i] = w;
        });
    }

    /** The weights of the model's features (its predicate map). */
    @SuppressWarnings("unchecked")
    static FeatureWeights of(AbstractModel model) {
        return new FeatureWeights((Map<String, Context>) model.getDataStructures()[1]);
    }

    /** The outcomes and parameters of a feature; null for a feature the model does not know. */
    Context get(String name) {
        int h = spread(name.hashCode());
        for (int i = h & mask; names[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && names[i].equals(name)) {
                return weights[i];
            }
        }
        return null;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
