package org.touchstone.coder.statement;

import java.util.ArrayList;
import java.util.List;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.event.CodedAct;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.VerbMatch;
import org.touchstone.core.Audience;

/**
 * GOLD-SET.md S30-1 (b): "handed back the pilot in what Prime Minister Imran Khan called a gesture of peace", "struck
 * what New Delhi called a militant camp": the doer's own side naming its own act reports it; the label adds no event
 * (R5: one act), but the labeller speaks (Statements: "call" is a say-verb), about the act's target, with 015 for its
 * own force and 010 for anything else (a posture included, S30-21).
 */
public final class OwnActLabels {
    private static final WordSet LABELLING = WordSet.of("call", "describe");

    private OwnActLabels() {
    }

    /** The drafts, with a statement added for each own-side labeller after "what" who has none yet. */
    public static List<StatementDraft> add(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, List<CodedAct> acts,
                                           List<StatementDraft> drafts) {
        List<StatementDraft> out = drafts;
        for (VerbMatch v : verbs) {
            ActorMention labeller = labellerAfterWhat(s, mentions, v);
            CodedAct act = labeller == null ? null // the act told last before the label, among those with a target
                    : ReportedWords.lastActBefore(acts.stream().filter(a -> a.target() != null).toList(), labeller.start());
            if (act == null || !SpeechActs.claims(labeller.code(), act.source()) || speaks(out, labeller.code())) {
                continue;
            }
            out = new ArrayList<>(out);
            out.add(new StatementDraft(labeller.code(), targetsOf(acts, act, labeller.code()), true, ownForce(act.code()) ? "015" : "010",
                    Audience.UNKNOWN, ReportedWords.quote(s, labeller.start(), s.size()), labeller.start(), s.size(), act.entries()));
        }
        return out;
    }

    /** The resolved actor right before a labelling verb and right after "what" (an article may stand between), or null. */
    private static ActorMention labellerAfterWhat(Sentence s, List<ActorMention> mentions, VerbMatch v) {
        if (!LABELLING.contains(v.entry().name()) || v.ingForm() || v.nominal()) {
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

    /** The act's targets, not the labeller's own side ("jailed journalists in what the government called a fair trial"). */
    private static List<String> targetsOf(List<CodedAct> acts, CodedAct act, String labeller) {
        List<String> targets = new ArrayList<>();
        for (CodedAct b : acts) {
            if (b.verb() == act.verb() && b.source().equals(act.source()) && !targets.contains(b.target())
                    && !SpokenAbout.ownSide(labeller, List.of(b.target()))) {
                targets.add(b.target());
            }
        }
        return targets;
    }

    /** Force that Statements reports as 015 when it is one's own: 170, 171x, 175 and roots 18-20 (not a posture, 15). */
    private static boolean ownForce(String code) {
        return !code.startsWith("15") && SpeechActs.isForce(code);
    }

    private static boolean speaks(List<StatementDraft> drafts, String speaker) {
        return drafts.stream().anyMatch(d -> d.speaker().equals(speaker));
    }
}
