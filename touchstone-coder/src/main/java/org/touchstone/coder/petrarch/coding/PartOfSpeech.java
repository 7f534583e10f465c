package org.touchstone.coder.petrarch.coding;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;
import org.touchstone.coder.text.Token;

/**
 * Universal Dependencies part-of-speech tags (NOUN, PROPN, VERB, AUX, ADJ, ADP, DET, PRON, ...)
 * from Apache OpenNLP's English UD-EWT model, which the coder module ships as a dependency. The
 * PETRARCH reading of a sentence uses them where PETRARCH used its parse: to tell a noun from a
 * verb ("their meeting") and to find the ends of noun phrases. The model is read once per JVM; a
 * context generator is kept per thread (OpenNLP's is not thread-safe). Without the model every tag
 * is "X" and the callers fall back on word lists.
 *
 * <p>The tags are those of OpenNLP's {@code POSTaggerME}, found with a third of its work. The
 * model's feature generator caches the features of each position, the previous tags included, so
 * every sequence of the tagger's beam is scored on the features of the best one: the beam search
 * returns the sequence that takes, position by position, the most probable tag (the first of equals)
 * given the tags before it. This class decodes that way, scoring each token once instead of once per
 * beam entry, without the beam's sorting, and by the sums of the features' weights, whose order is
 * that of the probabilities but for near ties. (PartOfSpeechTest compares both taggers.)
 */
final class PartOfSpeech {
    private static final POSModel MODEL = load();
    private static final MaxentModel SCORES = MODEL == null ? null : MODEL.getArtifact("pos.model");
    private static final SequenceValidator<String> VALID = MODEL == null ? null
            : MODEL.getFactory().getSequenceValidator();
    private static final FeatureWeights WEIGHTS = SCORES == null ? null : FeatureWeights.of((AbstractModel) SCORES);
    private static final ThreadLocal<POSContextGenerator> CONTEXTS = ThreadLocal.withInitial(
            () -> MODEL == null ? null : MODEL.getFactory().getPOSContextGenerator());
    /** Whether {@link TaggerFeatures} gives the model's features (checked once on a varied sentence). */
    private static final boolean OWN_FEATURES = MODEL != null && ownFeaturesMatch();

    private PartOfSpeech() {
    }

    /** The UD tag of each token, in order. */
    static String[] tag(List<Token> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        return tag(words);
    }

    static String[] tag(String[] words) {
        String[] tags = new String[words.length];
        if (MODEL == null) {
            Arrays.fill(tags, "X");
            return tags;
        }
        TaggerFeatures features = OWN_FEATURES ? new TaggerFeatures(words) : null;
        POSContextGenerator contexts = OWN_FEATURES ? null : CONTEXTS.get();
        double[] sums = new double[SCORES.getNumOutcomes()];
        for (int i = 0; i < words.length; i++) {
            // the tags so far, those from i on still null: the features read the two before i
            String[] context = OWN_FEATURES ? features.at(i, tags) : contexts.getContext(i, words, tags, null);
            Arrays.fill(sums, 0);
            for (String feature : context) {
                Context weights = WEIGHTS.get(feature);
                if (weights != null) {
                    int[] outcomes = weights.getOutcomes();
                    double[] parameters = weights.getParameters();
                    for (int k = 0; k < outcomes.length; k++) {
                        sums[outcomes[k]] += parameters[k];
                    }
                }
            }
            int best = mostProbable(sums, i, words, tags, NEAR_TIE);
            if (best < 0) {
                // the model's probabilities, as OpenNLP computes them, decide a near tie
                best = mostProbable(SCORES.eval(context, new double[sums.length]), i, words, tags, 0);
            }
            tags[i] = SCORES.getOutcome(best);
        }
        return tags;
    }

    /**
     * Two outcomes whose sums of weights differ by less than this may be ordered otherwise by the
     * model's probabilities (exp of the sum over their total, rounded), so the probabilities decide.
     * Any larger difference keeps its order through exp and the division.
     */
    private static final double NEAR_TIE = 1e-9;

    /**
     * The valid outcome with the highest score (the first of equals); -1 when another valid one is
     * within {@code margin} of it, or when the scores are out of the range where exp keeps them apart.
     */
    private static int mostProbable(double[] scores, int i, String[] words, String[] tags, double margin) {
        int best = -1;
        double second = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < scores.length; o++) {
            if (!VALID.validSequence(i, words, tags, SCORES.getOutcome(o))) {
                continue;
            }
            if (best < 0 || scores[o] > scores[best]) {
                second = best < 0 ? second : scores[best];
                best = o;
            } else {
                second = Math.max(second, scores[o]);
            }
        }
        if (margin > 0 && (best < 0 || scores[best] - second < margin || Math.abs(scores[best]) > 300)) {
            return -1;
        }
        return best;
    }

    private static boolean ownFeaturesMatch() {
        String[] words = "\"The U.S.-led coalition said 25 Iraqis , Al-Qaeda's 3.5 % of $ 400 million on 12/3 , "
                .concat("ÉCOLE Straße 1990s i.e. @UN #peace x ?").split(" ");
        String[] tags = new String[words.length];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = SCORES.getOutcome(i % SCORES.getNumOutcomes());
        }
        return TaggerFeatures.sameAs(MODEL.getFactory().getPOSContextGenerator(), words, tags);
    }

    /** Whether the tagger makes the model's features itself rather than through OpenNLP's generator. */
    static boolean ownFeatures() {
        return OWN_FEATURES;
    }

    static boolean available() {
        return MODEL != null;
    }

    /** The model, for comparing with OpenNLP's own tagger. */
    static POSModel model() {
        return MODEL;
    }

    /**
     * The English POS model of the OpenNLP model jar, opened by its file name. Not through the jar's
     * {@code model.properties}: every OpenNLP model jar has one at the same path, so in the
     * application's single shaded jar only one of them survives.
     */
    static final String MODEL_RESOURCE = "opennlp-en-ud-ewt-pos-1.2-2.5.0.bin";

    private static POSModel load() {
        try (InputStream model = PartOfSpeech.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
            return model == null ? null : new POSModel(model);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
