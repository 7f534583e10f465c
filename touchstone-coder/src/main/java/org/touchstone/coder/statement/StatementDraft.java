package org.touchstone.coder.statement;

import java.util.List;
import org.touchstone.core.Audience;

/**
 * A statement found in one sentence, before it is dated and numbered. Token span [fromToken, toToken).
 * {@code evaluation}: the stance is the speaker's own characterization in reported words (GOLD-SET.md
 * R3c), which is also an event from the speaker to each target ({@code eventTargets}, which may
 * hold the code of alluded unnamed states).
 */
public record StatementDraft(String speaker, List<String> targets, boolean named, String code, Audience audience,
                             String quote, int fromToken, int toToken, List<String> entries, boolean evaluation,
                             List<String> eventTargets) {
    public StatementDraft(String speaker, List<String> targets, boolean named, String code, Audience audience,
                          String quote, int fromToken, int toToken, List<String> entries) {
        this(speaker, targets, named, code, audience, quote, fromToken, toToken, entries, false, List.of());
    }
}
