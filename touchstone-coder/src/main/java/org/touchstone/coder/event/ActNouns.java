package org.touchstone.coder.event;

import org.touchstone.coder.text.WordSet;

/**
 * Nouns that name an act a sentence has just reported, for the reactions that point back at it: "..., and Pakistan
 * condemned the move" (same sentence) and "North Korea fired two missiles. Seoul condemned the launches." (the one
 * before). One list, so both readings know the same acts.
 */
final class ActNouns {
    static final WordSet ALL = WordSet.of(
            // steps and decisions
            "move", "moves", "decision", "decisions", "step", "steps", "action", "actions", "measure", "measures", "plan",
            "law", "vote", "ruling", "resolution", "verdict", "announcement", "recognition", "annexation", "incident", "ban", "tariffs",
            "sanctions", "coup",
            // force
            "attack", "attacks", "strike", "strikes", "raid", "raids", "shelling", "bombing", "incursion", "invasion",
            "seizure", "launch", "launches", "test", "tests", "drills", "exercises", "deployment", "offensive",
            "operation", "mobilization", "mobilisation", "provocation", "provocations",
            // against people
            "arrest", "arrests", "killing", "killings", "execution", "executions", "expulsion", "expulsions",
            // words
            "remark", "remarks", "comment", "comments", "statement", "allegation", "allegations", "accusation",
            "accusations", "offer", "proposal", "pledge",
            // meetings and agreements
            "visit", "meeting", "trip", "summit", "talks", "deal", "deals", "agreement", "agreements", "pact", "pacts",
            "accord", "accords", "treaty", "treaties");

    private ActNouns() {
    }
}
