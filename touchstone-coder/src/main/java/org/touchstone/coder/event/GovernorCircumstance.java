package org.touchstone.coder.event;

import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.VerbMatch;

/** A circumstance of place or occasion between a governing verb and its "to" complement. */
public final class GovernorCircumstance {
    private GovernorCircumstance() {
    }

    /**
     * A governor's complement after a circumstance of place or occasion: "agreed at their summit in Hiroshima on Friday
     * to tighten sanctions", "vowed during a visit to Kyiv to send more air defences", "agreed at their first meeting,
     * held in Paris, not to use force" ({@link Words#infinitiveAfterCircumstance}).
     */
    public static boolean between(Sentence s, VerbMatch g, VerbMatch c) {
        if (g.entry().governs() == VerbEntry.Governs.NONE || g.last() > g.end()) {
            return false;
        }
        int to = Words.infinitiveAfterCircumstance(s, g.end());
        return to > 0 && (s.lower(to).equals("to") ? to + 1 : to + 2) == c.start();
    }
}
