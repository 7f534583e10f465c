package org.touchstone.coder.statement;

/**
 * GOLD-SET.md S30-44 (R14's convention): a statement with no targets (an apology, a defence of one's own policy, words
 * about an allusion the sentence leaves unresolved) names no one, so it is never {@code named}; only a statement
 * about an actor the sentence names can be.
 */
public final class TargetlessStatements {
    private TargetlessStatements() {
    }

    /** Whether the draft's statement is about actors the sentence names: never when it has no target. */
    public static boolean named(StatementDraft d) {
        return d.named() && !d.targets().isEmpty();
    }
}
