package org.touchstone.coder.statement;

import java.util.ArrayList;
import java.util.List;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.VerbMatch;

/**
 * GOLD-SET.md S30-15 (R5, R11): "days after Lai's National Day speech, which Beijing branded provocative", "a second
 * term that Asuncion called illegitimate": a criticism in a relative clause is the labeller's own stance, an event
 * as well as a statement, even when the noun it hangs on is background (R7 drops the noun's act, not the stance). It
 * is aimed at the actor whose noun the clause hangs on: the nearest actor named before the relative pronoun that is
 * not the labeller's side, not the target of an act told earlier.
 */
public final class RelativeClauseLabels {
    private static final WordSet CLAUSE_RELATIVES = WordSet.of("which", "that");

    private RelativeClauseLabels() {
    }

    /** The drafts, each criticism labelled in a relative clause made an event toward the noun's actor. */
    public static List<StatementDraft> aim(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, List<StatementDraft> drafts) {
        List<StatementDraft> out = drafts;
        for (VerbMatch v : verbs) {
            ActorMention labeller = labellerAfterRelative(s, mentions, verbs, v);
            int k = labeller == null ? -1 : indexOf(out, labeller.code());
            if (k < 0 || !out.get(k).code().startsWith("11") || out.get(k).evaluation()) {
                continue;
            }
            ActorMention owner = ownerBefore(s, mentions, labeller);
            if (owner != null) {
                out = new ArrayList<>(out);
                out.set(k, out.get(k).withTargets(List.of(owner.code())).withEvaluation(true, List.of(owner.code())));
            }
        }
        return out;
    }

    /** The resolved actor right before a labelling verb and right after "which" or "that" (an article between), or null. */
    private static ActorMention labellerAfterRelative(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, VerbMatch v) {
        if (!v.is(VerbEntry.Role.CHARACTERIZING) || v.ingForm() || v.nominal()) {
            return null;
        }
        for (ActorMention m : mentions) {
            int before = Words.beforeArticle(s, m.start());
            if (m.end() == v.start() && m.isResolved() && !m.locative() && before >= 1
                    && CLAUSE_RELATIVES.contains(s.token(before)) && !afterVerb(verbs, before)) {
                return m;
            }
        }
        return null;
    }

    /** The nearest resolved actor ending before the labeller's relative pronoun, not on the labeller's side, or null. */
    private static ActorMention ownerBefore(Sentence s, List<ActorMention> mentions, ActorMention labeller) {
        ActorMention owner = null;
        for (ActorMention m : mentions) {
            if (m.end() < labeller.start() - 1 && m.isResolved() && !m.locative() && m.code() != null
                    && !SpokenAbout.ownSide(labeller.code(), List.of(m.code())) && !SpokenAbout.sameCountry(labeller.code(), m.code())
                    && (owner == null || m.end() > owner.end())) {
                owner = m;
            }
        }
        return owner;
    }

    /** Whether a verb ends right before the token: "said that Beijing called ..." opens words, not a relative clause. */
    private static boolean afterVerb(List<VerbMatch> verbs, int at) {
        return verbs.stream().anyMatch(o -> o.end() == at || o.last() == at - 1);
    }

    private static int indexOf(List<StatementDraft> drafts, String speaker) {
        for (int k = 0; k < drafts.size(); k++) {
            if (drafts.get(k).speaker().equals(speaker)) {
                return k;
            }
        }
        return -1;
    }
}
