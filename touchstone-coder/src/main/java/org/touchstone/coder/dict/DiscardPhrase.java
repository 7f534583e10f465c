package org.touchstone.coder.dict;

import java.util.List;

/**
 * A phrase whose presence keeps a sentence, or with {@code wholeStory} the whole story, from being
 * coded (sports results, chronologies: PETRARCH's discard list).
 *
 * @param tokens     the phrase as lower-case tokens
 * @param wholeStory discard the whole story, not only the sentence
 * @param wholeWord  the last token must match a whole token; otherwise it is a stem ("baseball"
 *                   also matches "baseballs")
 * @param entry      the provenance string: "discards:PETR.Validate.discards.txt:7 BASEBALL"
 */
public record DiscardPhrase(List<String> tokens, boolean wholeStory, boolean wholeWord, String entry) {
    public DiscardPhrase {
        tokens = List.copyOf(tokens);
    }
}
