package org.touchstone.coder.statement;

import java.util.ArrayList;
import java.util.List;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.event.CodedAct;
import org.touchstone.coder.text.PhraseIndex;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.VerbMatch;
import org.touchstone.core.Audience;

/**
 * GOLD-SET.md S30-1 (b): "handed back the pilot in what Prime Minister Imran Khan called a gesture of peace", "struck
 * what New Delhi called a militant camp": the doer's own side naming its own act reports it; the label adds no event
 * (R5: one act), but the labeller speaks (Statements: "call" is a say-verb), about the act's target, with 015 for its
 * own force and 010 for anything else (a posture included, S30-21). The labeller may be a pronoun, the act's doer
 * ("launched what it called measures, shelling ...", "expelled the envoy in what it called a countermeasure"); and
 * a label of what the act answers ("summoned the ambassador over what it called hostile coverage") judges another's
 * act: its evaluation's code (S30-1 (a), R11), about the act's target.
 */
public final class OwnActLabels {
    private static final WordSet DOER_PRONOUNS = WordSet.of("it", "they", "he", "she");
    /** Before "what": the label names the act's reason, not the act ("over what it called lies"); so does an -ing verb
     * of another's deed ("for spreading what it called lies"). */
    private static final WordSet REASONS = WordSet.of("over", "for", "against");

    private OwnActLabels() {
    }

    /** The drafts, with a statement added for each own-side labeller after "what" who has none yet. */
    public static List<StatementDraft> add(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, List<CodedAct> acts,
                                           List<StatementDraft> drafts) {
        List<StatementDraft> out = drafts;
        List<CodedAct> targeted = null; // listed only once a label is found: most sentences have none
        for (VerbMatch v : verbs) {
            ActorMention labeller = labelling(v) ? WhatLabels.labeller(s, mentions, v) : null;
            int what = labeller != null ? Words.beforeArticle(s, labeller.start()) : pronounAfterWhat(s, v);
            if (what >= 0 && targeted == null) {
                targeted = acts.stream().filter(a -> a.target() != null).toList();
            }
            // the act told last before the label, among those with a target
            CodedAct act = what < 0 ? null : ReportedWords.lastActBefore(targeted, what);
            if (labeller == null && what >= 0) {
                // "launched what it called measures, shelling ...": the doer's act may follow its label
                act = act != null ? act : firstActAfter(targeted, v.end());
                act = act == null || speaksFor(out, act.source()) ? null : act;
            }
            String speaker = labeller != null ? labeller.code() : act == null ? null : act.source();
            if (act == null || !SpeechActs.claims(speaker, act.source()) || speaks(out, speaker)) {
                continue;
            }
            out = new ArrayList<>(out);
            int from = labeller != null ? labeller.start() : v.start() - 1;
            out.add(new StatementDraft(speaker, targetsOf(acts, act, speaker), true, code(s, v, what, act),
                    Audience.UNKNOWN, ReportedWords.quote(s, from, s.size()), from, s.size(), act.entries()));
        }
        return out;
    }

    /** 015 for one's own force, 010 else; a judging label of the act's reason, its evaluation's code. */
    private static String code(Sentence s, VerbMatch v, int what, CodedAct act) {
        int before = what - 1;
        boolean reason = before >= 0 && (REASONS.contains(s.lower(before))
                || s.lower(before).endsWith("ing") && (before < act.verb().start() || before >= act.verb().end()));
        PhraseIndex.Hit<String> judged = reason ? WhatLabels.judgement(s, v) : null;
        if (judged != null && judged.value().startsWith("11")) {
            return judged.value();
        }
        return ownForce(act.code()) ? "015" : "010";
    }

    /** "what it called": the position of "what" before a doer's pronoun right before a labelling verb, or -1. */
    private static int pronounAfterWhat(Sentence s, VerbMatch v) {
        int p = v.start() - 1;
        return labelling(v) && p > 0 && DOER_PRONOUNS.contains(s.lower(p)) && s.lower(p - 1).equals("what") ? p - 1 : -1;
    }

    /** A labelling verb, not its noun ("Washington's calls for"). */
    private static boolean labelling(VerbMatch v) {
        return WhatLabels.labelling(v) && !v.nominal();
    }

    private static CodedAct firstActAfter(List<CodedAct> acts, int at) {
        return acts.stream().filter(a -> a.verb().start() >= at).min((a, b) -> a.verb().start() - b.verb().start()).orElse(null);
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

    /** A speaker of the doer's country already speaks: a pronoun label is most likely in its words ("said ... what he called"). */
    private static boolean speaksFor(List<StatementDraft> drafts, String doer) {
        return drafts.stream().anyMatch(d -> SpokenAbout.sameCountry(d.speaker(), doer));
    }
}
