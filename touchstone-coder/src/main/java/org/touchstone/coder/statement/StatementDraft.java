package org.touchstone.coder.statement;

import java.util.ArrayList;
import java.util.List;
import org.touchstone.core.Audience;

/**
 * A statement found in one sentence, before it is dated and numbered. Token span [fromToken, toToken).
 * {@code evaluation}: the stance is the speaker's own characterization in reported words (GOLD-SET.md
 * R3c), which is also an event from the speaker to each target ({@code eventTargets}, which may
 * hold the code of alluded unnamed states). {@code furtherStances}: a second stance of the same speaker
 * in the sentence, each an event of its own ("demanded that Britain release the tanker,
 * calling the seizure 'piracy'" adds 111 toward GBR, S7-6), while the statement keeps the first.
 */
public record StatementDraft(String speaker, List<String> targets, boolean named, String code, Audience audience,
                             String quote, int fromToken, int toToken, List<String> entries, boolean evaluation,
                             List<String> eventTargets, List<Stance> furtherStances) {
    public StatementDraft(String speaker, List<String> targets, boolean named, String code, Audience audience,
                          String quote, int fromToken, int toToken, List<String> entries) {
        this(speaker, targets, named, code, audience, quote, fromToken, toToken, entries, false, List.of(), List.of());
    }

    /** A stance of the speaker toward one target: the CAMEO code and the target's actor code. */
    public record Stance(String code, String target) {
    }

    /** The stances that are events of the speaker: its own characterization toward each event target (R3c), then the further ones. */
    public List<Stance> eventStances() {
        List<Stance> out = new ArrayList<>();
        for (String target : evaluation ? eventTargets : List.<String>of()) {
            out.add(new Stance(code, target));
        }
        out.addAll(furtherStances);
        return out;
    }

    /** The same draft with one more stance of its speaker. */
    StatementDraft withFurther(Stance stance) {
        List<Stance> more = new ArrayList<>(furtherStances);
        more.add(stance);
        return new StatementDraft(speaker, targets, named, code, audience, quote, fromToken, toToken, entries, evaluation,
                eventTargets, List.copyOf(more));
    }

    StatementDraft withSpeaker(String newSpeaker, Audience newAudience) {
        return new StatementDraft(newSpeaker, targets, named, code, newAudience, quote, fromToken, toToken, entries, evaluation,
                eventTargets, furtherStances);
    }

    StatementDraft withTargets(List<String> newTargets) {
        return new StatementDraft(speaker, newTargets, named, code, audience, quote, fromToken, toToken, entries, evaluation,
                eventTargets, furtherStances);
    }

    StatementDraft withNamed(boolean newNamed) {
        return new StatementDraft(speaker, targets, newNamed, code, audience, quote, fromToken, toToken, entries, evaluation,
                eventTargets, furtherStances);
    }

    StatementDraft withCode(String newCode) {
        return new StatementDraft(speaker, targets, named, newCode, audience, quote, fromToken, toToken, entries, evaluation,
                eventTargets, furtherStances);
    }

    /** The same draft with (or without) the speaker's own characterization toward these event targets (R3c). */
    StatementDraft withEvaluation(boolean newEvaluation, List<String> newEventTargets) {
        return new StatementDraft(speaker, targets, named, code, audience, quote, fromToken, toToken, entries, newEvaluation,
                newEventTargets, furtherStances);
    }
}
