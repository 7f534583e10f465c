package org.touchstone.coder.event;

import java.util.List;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.verb.ModalityCodes;
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

    /**
     * Whether this is a deed done: a verb of deeds coded as its pattern says ("scrapped its accords"), or any act of a
     * deed's root ("ordered the ambassador to leave"); not refused, promised or threatened in words ("said Ankara would
     * not accept the condolences" is a refusal, words).
     */
    public boolean done() {
        return verb.entry().kind() == VerbEntry.Kind.ACT && code.equals(verb.pattern().code())
                || !ModalityCodes.verbalRoot(code);
    }
}
