package org.touchstone.coder.event;

import java.util.List;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.verb.VerbMatch;

/**
 * The head clause a verb after ", and" continues when the verb right before it sits in a relative clause that the comma
 * closes ("condemned the attack by Iran, which killed three soldiers, and summoned ..."): the joined verb takes the head
 * clause's subject, not the relative clause's.
 */
final class HeadClauses {
    private HeadClauses() {
    }

    private static final WordSet COMMA_RELATIVES = WordSet.of("which", "who");

    /**
     * The index of the head clause's verb for a verb joined by ", and" (at joint) to verb previous, when previous sits
     * in a relative clause after a comma; -1 when it does not (the joined verb then continues previous as before).
     */
    static int headVerb(Sentence s, List<VerbMatch> verbs, List<List<ActorMention>> sourcesOf, int previous, int joint) {
        if (!s.lower(joint).equals("and") || joint < 1 || !s.lower(joint - 1).equals(",")) {
            return -1;
        }
        int opener = relativeOpener(s, verbs, previous);
        if (opener < 0) {
            return -1;
        }
        for (int u = previous - 1; u >= 0; u--) {
            VerbMatch head = verbs.get(u);
            if (head.last() <= opener && !head.nominal() && !sourcesOf.get(u).isEmpty()) {
                return u;
            }
        }
        return -1;
    }

    /** The relative right before verb previous's group, after a comma (", which killed"), or -1. */
    private static int relativeOpener(Sentence s, List<VerbMatch> verbs, int previous) {
        int relative = Clauses.groupStart(s, verbs.get(previous).start()) - 1;
        return relative >= 1 && COMMA_RELATIVES.contains(s.token(relative)) && s.lower(relative - 1).equals(",") ? relative : -1;
    }
}
