package org.touchstone.coder.statement;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.VerbMatch;
import org.touchstone.core.Audience;

/**
 * The audience of one speaker when the sentence holds the clauses of several: a channel named in another speaker's
 * clause is that speaker's ("Biden called Putin a war criminal in remarks to reporters, and the Kremlin said ..." is
 * Biden's press conference, not the Kremlin's). Decides where each speaker's clause opens and ends, which an opening
 * phrase of the sentence reaches, and which trailing attribution reports all the words before it.
 */
final class ClauseAudience {
    private final AudienceDetector audiences;

    ClauseAudience(AudienceDetector audiences) {
        this.audiences = audiences;
    }

    /** Words that open the clause of another speaker: "..., while Netanyahu called it", "after Trump threatened". */
    private static final WordSet OTHER_CLAUSE_STARTS = Words.SUBORDINATORS.with(",", ";", "which", "who", "but");

    /** Openers of a coordinated main clause, which an opening phrase of the sentence reaches too ("At the summit, X said
     * ..., and Y said ..."); a subordinate, relative or appended clause it does not (", a charge Bogota denied"). */
    private static final WordSet COORDINATORS = WordSet.of("and", "but");

    /**
     * The audience of a draft read from its speaker's own clause only, when the sentence has other speakers with a clause
     * of their own (a verb of theirs before the opener of the next clause): "Biden called Putin a war criminal in remarks
     * to reporters, and the Kremlin said ..." is Biden's press conference, not the Kremlin's; "Lavrov told Italian
     * television that ..., remarks Lapid called unforgivable" is Lavrov's interview. An opening phrase of the sentence
     * ("In a televised address, Khan accused ...") belongs to the coordinated main clauses, not to a relative, subordinate
     * or appended one (", which denied the charge", ", a charge Bogota denied").
     */
    Audience ownClauseAudience(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs,
                               Map<String, StatementDraft> bySpeaker, StatementDraft d) {
        boolean[] others = new boolean[s.size()];
        boolean any = false;
        int at = speakerAt(mentions, d);
        int first = at;
        for (StatementDraft o : bySpeaker.values()) {
            if (o == d || SpokenAbout.sameCountry(o.speaker(), d.speaker())) {
                continue;
            }
            int oAt = speakerAt(mentions, o);
            first = Math.min(first, oAt);
            int before = oAt < at ? clauseOpener(s, verbs, oAt, at) : -1;
            int after = oAt > at ? clauseOpener(s, verbs, at, oAt) : -1;
            if (before >= 0) {
                // the later speaker's clause opens here: all before it is others' (a coordinated clause shares the
                // sentence's opening phrase)
                boolean coordinated = COORDINATORS.contains(s.token(before))
                        || before + 1 < s.size() && COORDINATORS.contains(s.token(before + 1));
                Arrays.fill(others, coordinated ? Math.min(before, first) : 0, before, true);
                any = true;
            } else if (after >= 0 && !trailingAttribution(s, mentions, after)) {
                // the other's clause runs to the next comma or semicolon: "..., rejecting accusations by Western
                // governments, its spokesman told reporters" is the first speaker's again after it
                int end = oAt + 1;
                while (end < s.size() && !s.lower(end).equals(",") && !s.lower(end).equals(";")) {
                    end++;
                }
                Arrays.fill(others, after, end, true);
                any = true;
            }
        }
        return any ? audiences.detectWithout(s, d.speaker(), mentions, d.targets(), others) : d.audience();
    }

    /**
     * Where a draft's speaker is named: its mention nearest the start of the draft's span ("Imran Khan accused ...", not
     * "his government" later; "..., a charge Bogota denied"; "..., the ministry said"), else the span's start.
     */
    private static int speakerAt(List<ActorMention> mentions, StatementDraft d) {
        int at = d.fromToken();
        int best = Integer.MAX_VALUE;
        for (ActorMention m : mentions) {
            int distance = Math.max(0, Math.max(m.start() - d.fromToken(), d.fromToken() - m.end()));
            if (d.speaker().equals(m.code()) && distance < best) {
                best = distance;
                at = m.start();
            }
        }
        return at;
    }

    /**
     * Whether a clause opening at {@code at} is a trailing attribution, which reports all the words before it and gives
     * them its channel: ", its spokesman told reporters in Bamako." to the end of the sentence, opened by a bare comma
     * (not ", and the Kremlin said", ", while Netanyahu called it", ", rejecting accusations by ...").
     */
    private static boolean trailingAttribution(Sentence s, List<ActorMention> mentions, int at) {
        if (!s.lower(at).equals(",") || at + 1 >= s.size()) {
            return false;
        }
        // the speaker right after the comma, its article or possessive aside ("its spokesman", "the ministry"), or the
        // verb first (", said the ministry"); not ", a charge Bogota denied"
        int k0 = at + 1;
        while (k0 < s.size() && Words.DETERMINERS.contains(s.token(k0))) {
            k0++;
        }
        int first = k0;
        boolean speakerFirst = mentions.stream().anyMatch(m -> m.start() == first || m.start() == at + 1) || Words.TOLD.contains(s.token(at + 1))
                || s.lower(at + 1).equals("said") || s.lower(at + 1).equals("says");
        if (!speakerFirst) {
            return false;
        }
        for (int k = at + 1; k < s.size() - 1; k++) {
            if (OTHER_CLAUSE_STARTS.contains(s.token(k)) || s.lower(k).equals("that")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the clause of a later speaker opens after an earlier one's ({@code earlier} to {@code later}): the last comma,
     * semicolon or subordinator between them, when a verb of the earlier speaker stands before it; else -1 (speakers named
     * together: "Xi, Putin and Modi said").
     */
    private static int clauseOpener(Sentence s, List<VerbMatch> verbs, int earlier, int later) {
        for (int b = later; b > earlier; b--) {
            if (OTHER_CLAUSE_STARTS.contains(s.token(b))) {
                int at = b;
                return verbs.stream().anyMatch(v -> v.start() >= earlier && v.start() < at) ? b : -1;
            }
        }
        return -1;
    }
}
