package org.touchstone.coder.petrarch.coding;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.touchstone.coder.text.Token;

/**
 * Universal Dependencies part-of-speech tags (NOUN, PROPN, VERB, AUX, ADJ, ADP, DET, PRON, ...)
 * from Apache OpenNLP's English UD-EWT model, which the coder module ships as a dependency. The
 * PETRARCH reading of a sentence uses them where PETRARCH used its parse: to tell a noun from a
 * verb ("their meeting") and to find the ends of noun phrases. The model is read once per JVM; a
 * tagger is kept per thread (OpenNLP's tagger is not thread-safe). Without the model every tag is
 * "X" and the callers fall back on word lists.
 */
final class PartOfSpeech {
    private static final POSModel MODEL = load();
    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(
            () -> MODEL == null ? null : new POSTaggerME(MODEL, POSTagFormat.UD));

    private PartOfSpeech() {
    }

    /** The UD tag of each token, in order. */
    static String[] tag(List<Token> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        POSTaggerME tagger = TAGGER.get();
        if (tagger == null || words.length == 0) {
            String[] none = new String[words.length];
            java.util.Arrays.fill(none, "X");
            return none;
        }
        return tagger.tag(words);
    }

    static boolean available() {
        return MODEL != null;
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
