package org.touchstone.coder.statement;

import java.util.List;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.event.StanceLexicon;
import org.touchstone.coder.text.PhraseIndex;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.VerbMatch;

/**
 * A label after "what" on an act just told ("struck what New Delhi called a militant camp", "seized the tanker, in what
 * London described as a hostile act"): who labels, and what the label judges. What the label then adds is decided by
 * the side of the labeller: the doer's own ({@link OwnActLabels}) or another ({@link OthersLabels}). Stateless.
 */
final class WhatLabels {
    private WhatLabels() {
    }

    /** A verb that labels ("called", "described as"), not its participle ("calling it ..."). */
    static boolean labelling(VerbMatch v) {
        return v.is(VerbEntry.Role.CHARACTERIZING) && !v.ingForm();
    }

    /**
     * The resolved actor right before a labelling verb and right after "what" (an article may stand between: "what the
     * Kremlin called"), or null. Actors do not overlap, so at most one ends at the verb.
     */
    static ActorMention labeller(Sentence s, List<ActorMention> mentions, VerbMatch v) {
        if (!labelling(v)) {
            return null;
        }
        for (ActorMention m : mentions) {
            int before = Words.beforeArticle(s, m.start());
            if (m.end() == v.start() && m.isResolved() && !m.locative() && before >= 0 && s.lower(before).equals("what")) {
                return m;
            }
        }
        return null;
    }

    /** The evaluation the label's words carry, from the verb to the next comma or semicolon ("a hostile act"), or null. */
    static PhraseIndex.Hit<String> judgement(Sentence s, VerbMatch v) {
        return StanceLexicon.evaluation(s, v.end(), ReportedWords.commaAfter(s, v.end()));
    }
}
