package org.touchstone.coder.event;

import java.util.List;
import org.touchstone.coder.verb.VerbMatch;

/**
 * An event found in one sentence, before it becomes a dated {@link org.touchstone.core.Event}.
 *
 * @param source    the source actor code
 * @param target    the target actor code
 * @param code      the CAMEO event code
 * @param verb      the verb match behind it
 * @param fromToken first token of the span (source, verb and target)
 * @param toToken   token after the span
 * @param entries   the actor and verb dictionary entries that produced it
 */
public record CodedAct(String source, String target, String code, VerbMatch verb, int fromToken, int toToken,
                       List<String> entries) {
    public CodedAct {
        entries = List.copyOf(entries);
    }
}
