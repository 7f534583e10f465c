package org.touchstone.coder.statement;

import java.util.ArrayList;
import java.util.List;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.AllusionDetector;
import org.touchstone.coder.event.CodedAct;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.ModalityCodes;

/**
 * GOLD-SET.md R14 for speech acts: an act whose object is an allusion ("accused 'a foreign country' of conspiring
 * ...", "warned 'certain countries' against meddling", "criticised 'outside powers'") that the sentence resolves by a
 * veiled reference (", an apparent reference to the United States") is aimed at the referent, not at an actor of the
 * charge that follows ("... with the opposition"). Only the acts of the verb whose object the allusion is are turned.
 */
public final class AlludedObjects {
    private static final AllusionDetector ALLUSIONS = new AllusionDetector();

    private AlludedObjects() {
    }

    /**
     * The acts with those aimed at a resolved allusion turned to its referent; a speech act that named no target
     * because its object is such an allusion is taken from {@code untargeted} (changed in place) and aimed at it too.
     */
    public static List<CodedAct> resolve(Sentence s, List<ActorMention> mentions, List<CodedAct> acts, List<CodedAct> untargeted) {
        ActorMention meant = null;
        List<CodedAct> out = null;
        List<CodedAct> all = new ArrayList<>(acts);
        all.addAll(untargeted);
        for (CodedAct a : all) {
            int after = a.verb().end();
            if (!ModalityCodes.verbalRoot(a.code()) || after >= s.size()) {
                continue;
            }
            int at = Words.pastQuoteMark(s, after);
            AllusionDetector.Allusion allusion = ALLUSIONS.find(s, at, at + 1);
            meant = allusion == null || allusion.start() != at ? null : meant != null ? meant : Speakers.veiledReferent(s, mentions);
            List<String> codes = meant != null ? meant.codes() : allusion == null || allusion.start() != at
                    ? null : alluded(s, mentions, allusion);
            if (codes == null || SpokenAbout.ownSide(a.source(), codes) || a.target() != null && codes.contains(a.target())) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(acts);
            }
            out.remove(a);
            untargeted.remove(a);
            for (String code : codes) {
                CodedAct turned = new CodedAct(a.source(), code, a.code(), a.verb(), a.fromToken(), a.toToken(), a.entries());
                if (!out.contains(turned)) {
                    out.add(turned);
                }
            }
        }
        return out == null ? acts : out;
    }

    /**
     * What an allusion unresolved by the sentence codes as a target (R14): its own code where it names unnamed states or
     * their region ("certain foreign powers" UIS, "some Western countries" WST), else the country of the place named
     * right after it ("some politicians in the Philippines"), or null (no event: "external forces", "the enemies").
     */
    private static List<String> alluded(Sentence s, List<ActorMention> mentions, AllusionDetector.Allusion allusion) {
        String code = allusion.code() != null ? allusion.code() : SpokenAbout.placeAfter(s, mentions, allusion);
        if (code != null && allusion.code() == null && allusion.sector() != null && code.length() == 3) {
            code += allusion.sector(); // "the regime in Minsk": Belarus's government
        }
        if (code == null) {
            return null;
        }
        List<String> codes = new ArrayList<>(List.of(code));
        // "warned some foreign countries and the United States": the actor named beside the allusion is a target too
        int and = Words.pastQuoteMark(s, allusion.end());
        if (and < s.size() && (s.lower(and).equals("and") || s.lower(and).equals("or"))) {
            for (ActorMention m : mentions) {
                if (m.isResolved() && m.start() > and && m.start() <= and + 2) {
                    m.codes().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
                    break;
                }
            }
        }
        return codes;
    }
}
