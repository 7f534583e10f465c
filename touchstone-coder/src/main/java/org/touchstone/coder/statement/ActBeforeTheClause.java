package org.touchstone.coder.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.event.CodedAct;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;

/**
 * Whom words that name no one are about when their speaker opens a clause joined to an act told just before it: the
 * other party of that act when the speaker's own side did it ("Biden signed a bill providing aid to Ukraine, and the
 * Pentagon said the first weapons would ship within hours": Ukraine) or had it done to it ("The Biden administration
 * quadrupled tariffs on Chinese electric vehicles, and Beijing vowed to take all necessary measures": the US
 * government). An act of third parties, or one told inside another speaker's words, says nothing of whom these words
 * are about.
 */
final class ActBeforeTheClause {
    private ActBeforeTheClause() {
    }

    /** Conjunctions that join the speaker's clause to the act before it. */
    private static final WordSet JOINING = WordSet.of("and", "while", "but", "after", "as", "whereas", "when");

    /** The other party of the act before the speaker's clause, or none when the clause is not joined to one. */
    static List<String> otherParty(Sentence s, List<ActorMention> mentions, List<CodedAct> acts, StatementDraft d,
                                   Map<String, int[]> wordsOf) {
        int lead = speakerAt(mentions, d) - 1;
        if (lead > 0 && Words.ARTICLES.contains(s.token(lead))) {
            lead--;
        }
        if (lead <= 0 || !JOINING.contains(s.token(lead))) {
            return List.of();
        }
        CodedAct last = lastActBefore(acts, lead, d.speaker(), wordsOf);
        if (last == null || last.verb().entry().kind().words() || last.code().startsWith("04")) {
            // words answering words are the business of their own rules (a denial turned to its accuser, R8), and an
            // encounter is where words are said, not a deed done to one side
            return List.of();
        }
        boolean ownDeed = SpeechActs.claims(d.speaker(), last.source());
        List<String> out = new ArrayList<>();
        for (CodedAct a : acts) {
            String other = !ownDeed ? a.source() : a.target();
            if (a.verb() == last.verb() && other != null && !out.contains(other) && !SpokenAbout.ownSide(d.speaker(), List.of(other))) {
                out.add(other);
            }
        }
        return ownDeed || SpeechActs.claims(d.speaker(), last.target()) ? out : List.of();
    }

    /** Where the speaker is named: right before its statement's span (a speech act's verb), else first inside it. */
    private static int speakerAt(List<ActorMention> mentions, StatementDraft d) {
        for (ActorMention m : mentions) {
            if (m.end() == d.fromToken() && m.codes().contains(d.speaker())) {
                return m.start(); // "and Beijing vowed ..."
            }
        }
        for (ActorMention m : mentions) {
            if (m.start() >= d.fromToken() && m.start() < d.toToken() && m.codes().contains(d.speaker())) {
                return m.start();
            }
        }
        return d.fromToken();
    }

    /** The last act with a target told before a position, not inside the words of another speaker. */
    private static CodedAct lastActBefore(List<CodedAct> acts, int before, String speaker, Map<String, int[]> wordsOf) {
        CodedAct last = null;
        for (CodedAct a : acts) {
            int at = a.verb().start();
            if (at < before && a.target() != null && !insideOthersWords(wordsOf, speaker, at)) {
                last = a;
            }
        }
        return last;
    }

    private static boolean insideOthersWords(Map<String, int[]> wordsOf, String speaker, int at) {
        return wordsOf.entrySet().stream().anyMatch(e -> !e.getKey().equals(speaker) && at >= e.getValue()[0] && at < e.getValue()[1]);
    }
}
