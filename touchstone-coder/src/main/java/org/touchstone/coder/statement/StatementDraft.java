package org.touchstone.coder.statement;

import java.util.List;
import org.touchstone.core.Audience;

/**
 * A statement found in one sentence, before it is dated and numbered. Token span [fromToken, toToken).
 * {@code evaluation}: the stance is the speaker's own characterization in reported words (GOLD-SET.md
 * R3c), which is also an event from the speaker to each target ({@code eventTargets}, which may
 * hold the code of alluded unnamed states). {@code furtherStances}: a second stance of the same speaker
 * in the sentence, each an event of its own ("code target": "demanded that Britain release the tanker,
 * calling the seizure 'piracy'" adds "111 GBR", S7-6), while the statement keeps the first.
 */
public record StatementDraft(String speaker, List<String> targets, boolean named, String code, Audience audience,
                             String quote, int fromToken, int toToken, List<String> entries, boolean evaluation,
                             List<String> eventTargets, List<String> furtherStances) {
    public StatementDraft(String speaker, List<String> targets, boolean named, String code, Audience audience,
                          String quote, int fromToken, int toToken, List<String> entries, boolean evaluation,
                          List<String> eventTargets) {
        this(speaker, targets, named, code, audience, quote, fromToken, toToken, entries, evaluation, eventTargets, List.of());
    }

    public StatementDraft(String speaker, List<String> targets, boolean named, String code, Audience audience,
                          String quote, int fromToken, int toToken, List<String> entries) {
        this(speaker, targets, named, code, audience, quote, fromToken, toToken, entries, false, List.of());
    }

    /** The same draft with one more stance of its speaker. */
    StatementDraft withFurther(String code, String target) {
        List<String> more = new java.util.ArrayList<>(furtherStances);
        more.add(code + " " + target);
        return new StatementDraft(speaker, targets, named, this.code, audience, quote, fromToken, toToken, entries, evaluation,
                eventTargets, List.copyOf(more));
    }
}
