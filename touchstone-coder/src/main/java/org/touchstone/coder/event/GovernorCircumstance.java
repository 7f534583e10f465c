package org.touchstone.coder.event;

import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.verb.VerbMatch;

/** A circumstance of place or occasion between a governing verb and its "to" complement. */
public final class GovernorCircumstance {
    private GovernorCircumstance() {
    }

    private static final WordSet GOVERNOR_CIRCUMSTANCES = WordSet.of("at", "during", "in");
    private static final WordSet CIRCUMSTANCE_BREAKS = WordSet.of(",", ";", "that", "and", "but", "who", "which", "while",
            "after", "before", "because", "as", "if", "unless", "when", "said", "says", "(", ")");

    /**
     * A governor's complement after a circumstance of place or occasion: "agreed at their summit in Hiroshima on Friday
     * to tighten sanctions", "vowed during a visit to Kyiv to send more air defences", "refused in talks with Iran to
     * ease sanctions": a phrase opened by at, during or in, with no comma or clause word, right before "to" + verb.
     */
    public static boolean between(Sentence s, VerbMatch g, VerbMatch c) {
        if (g.entry().governs() == VerbEntry.Governs.NONE || g.last() > g.end() || c.start() - g.end() > 14
                || !GOVERNOR_CIRCUMSTANCES.contains(s.token(g.end())) || !s.lower(c.start() - 1).equals("to")) {
            return false;
        }
        for (int i = g.end() + 1; i < c.start() - 1; i++) {
            if (CIRCUMSTANCE_BREAKS.contains(s.token(i))) {
                return false;
            }
        }
        return true;
    }

}
