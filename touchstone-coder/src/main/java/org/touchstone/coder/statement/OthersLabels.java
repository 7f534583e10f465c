package org.touchstone.coder.statement;

import java.util.List;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.event.CodedAct;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.verb.VerbMatch;

/**
 * Another actor's label on an act, in apposition or after "what" ("seized the tanker, in what London called a hostile
 * act", "unveiled a map ..., a move New Delhi called 'untenable'"): the labeller's own statement (R11), which ends the
 * words of the speaker before it. Decides who the labeller is and whether the label is a characterization at all (of
 * another's act, and evaluating) rather than the report keeping its distance from a name. Stateless.
 */
final class OthersLabels {
    private OthersLabels() {
    }

    /**
     * "seized the tanker, in what London called a hostile act", "a raid in what Kyiv described as a war crime": a label
     * after "what" is the report's distance from a name only when the labeller did the act itself ("launched what it
     * called measures"); of another's act it is the labeller's characterization (R11), when it evaluates. A state's
     * opposition or rebels labelling its act are another side. The labeller, or null.
     */
    static ActorMention othersActLabelled(Sentence s, List<ActorMention> mentions, List<CodedAct> acts, VerbMatch v) {
        ActorMention labeller = WhatLabels.labeller(s, mentions, v);
        if (labeller == null) {
            return null;
        }
        CodedAct last = ReportedWords.lastActBefore(acts, labeller.start());
        // S30-1 (a) also when the act labelled is itself uncoded ("vessels crossed the bows of US ships in what the US
        // Navy called harassing approaches"): its doer is the actor that opens the sentence
        String doer = last != null ? last.source() : openingActor(s, mentions, labeller);
        // (a state's opposition or rebels are not its side: "stripping them of citizenship in what the opposition called ...")
        boolean against = labeller.code().endsWith("OPP") || labeller.code().endsWith("REB");
        boolean others = doer != null && !labeller.code().equals(doer) && (against
                || !SpokenAbout.ownSide(labeller.code(), List.of(doer)) && !SpokenAbout.sameCountry(labeller.code(), doer));
        return others && WhatLabels.judgement(s, v) != null ? labeller : null;
    }

    /** The resolved actor that opens the sentence, a subject before any verb, when it is not the labeller; or null. */
    private static String openingActor(Sentence s, List<ActorMention> mentions, ActorMention labeller) {
        for (ActorMention m : mentions) {
            if (m.isResolved() && !m.locative() && !m.possessive() && m != labeller && m.start() <= 2 && m.codes().size() == 1) {
                return m.code();
            }
        }
        return null;
    }

    /**
     * Words end before another's label in apposition ("unveiled a map that ..., a move New Delhi called 'untenable'",
     * "..., in what London called a hostile act"): the comma before another actor who calls or describes.
     */
    static int beforeOthersLabel(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, String speaker,
                                 int from, int to) {
        for (VerbMatch o : verbs) {
            if (o.start() <= from || o.start() >= to || !o.is(VerbEntry.Role.CHARACTERIZING)) {
                continue;
            }
            for (ActorMention m : mentions) {
                if (m.end() == o.start() && m.isResolved() && !m.codes().contains(speaker)) {
                    for (int i = m.start() - 1; i > from && i >= m.start() - 4; i--) {
                        if (s.lower(i).equals(",")) {
                            return i;
                        }
                    }
                }
            }
        }
        return to;
    }
}
