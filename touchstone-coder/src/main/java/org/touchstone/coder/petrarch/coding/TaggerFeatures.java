package org.touchstone.coder.petrarch.coding;

import java.util.Arrays;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features the UD-EWT part-of-speech model was trained with (its {@code generator.featuregen},
 * OpenNLP's default for POS tagging), made for a whole sentence at once: each word's lower case
 * and token class are found once instead of once for each window that holds the word, and no
 * generator chain or per-position cache is walked. In the order OpenNLP gives them, for each
 * token: {@code def}; suffixes and prefixes of up to four characters; the lower-case word and
 * those two before and after ({@code w=}, {@code p1w=}, {@code p2w=}, {@code n1w=},
 * {@code n2w=}); the sentence start seen from up to two words after it; the token class and
 * word with class; the previous tag and the two previous tags. {@link #sameAs} checks them against
 * the model's own generator, which is used instead when they differ.
 */
final class TaggerFeatures {
    private static final int AFFIX = 4;

    private final String[] words;
    private final String[] lower;
    private final String[] classes;

    TaggerFeatures(String[] words) {
        this.words = words;
        lower = new String[words.length];
        classes = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            lower[i] = lowerCase(words[i]);
            classes[i] = FeatureGeneratorUtil.tokenFeature(words[i]);
        }
    }

    /** Lower case code point by code point, as OpenNLP's {@code StringUtil.toLowerCase}. */
    private static String lowerCase(String s) {
        int[] points = s.codePoints().toArray();
        boolean changed = false;
        for (int i = 0; i < points.length; i++) {
            int lowered = Character.toLowerCase(points[i]);
            changed |= lowered != points[i];
            points[i] = lowered;
        }
        return changed ? new String(points, 0, points.length) : s;
    }

    /** The features of token i, given the tags of the tokens before it. */
    String[] at(int i, String[] tags) {
        String[] out = new String[24];
        int n = 0;
        out[n++] = "def";
        String w = words[i];
        int affixes = Math.min(AFFIX, w.length());
        for (int k = 0; k < affixes; k++) {
            out[n++] = "suf=" + w.substring(Math.max(w.length() - 1 - k, 0));
        }
        for (int k = 0; k < affixes; k++) {
            out[n++] = "pre=" + w.substring(0, Math.min(k + 1, w.length()));
        }
        out[n++] = "w=" + lower[i];
        if (i >= 1) {
            out[n++] = "p1w=" + lower[i - 1];
        }
        if (i >= 2) {
            out[n++] = "p2w=" + lower[i - 2];
        }
        if (i + 1 < words.length) {
            out[n++] = "n1w=" + lower[i + 1];
        }
        if (i + 2 < words.length) {
            out[n++] = "n2w=" + lower[i + 2];
        }
        if (i <= 2) {
            out[n++] = i == 0 ? "S=begin" : "p" + i + "S=begin";
        }
        out[n++] = "wc=" + classes[i];
        out[n++] = "w&c=" + lower[i] + "," + classes[i];
        if (i >= 1 && tags[i - 1] != null) {
            out[n++] = "t=" + tags[i - 1];
        }
        if (i >= 2 && tags[i - 2] != null) {
            out[n++] = "t2=" + tags[i - 2] + "," + tags[i - 1];
        }
        return Arrays.copyOf(out, n);
    }

    /** Whether these features are the generator's for every token of the words, with the given tags. */
    static boolean sameAs(POSContextGenerator generator, String[] words, String[] tags) {
        TaggerFeatures mine = new TaggerFeatures(words);
        for (int i = 0; i < words.length; i++) {
            if (!Arrays.equals(mine.at(i, tags), generator.getContext(i, words, tags, null))) {
                return false;
            }
        }
        return true;
    }
}
