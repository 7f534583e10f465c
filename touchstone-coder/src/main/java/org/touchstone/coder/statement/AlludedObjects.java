package org.touchstone.coder.statement;

import java.util.ArrayList;
import java.util.List;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.event.CodedAct;
import org.touchstone.coder.text.Sentence;

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
            if (!SpeechActs.verbalRoot(a.code()) || after >= s.size()) {
                continue;
            }
            int at = Character.isLetterOrDigit(s.token(after).text().charAt(0)) ? after : after + 1; // a quote mark
            AllusionDetector.Allusion allusion = ALLUSIONS.find(s, at, at + 1);
            meant = allusion == null || allusion.start() != at ? null : meant != null ? meant : Speakers.veiledReferent(s, mentions);
            if (meant == null || SpokenAbout.ownSide(a.source(), meant.codes()) || a.target() != null && meant.codes().contains(a.target())) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(acts);
            }
            out.remove(a);
            untargeted.remove(a);
            for (String code : meant.codes()) {
                CodedAct turned = new CodedAct(a.source(), code, a.code(), a.verb(), a.fromToken(), a.toToken(), a.entries());
                if (!out.contains(turned)) {
                    out.add(turned);
                }
            }
        }
        return out == null ? acts : out;
    }
}
