package org.touchstone.coder.statement;

import java.util.List;
import java.util.Map;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.event.CodedAct;
import org.touchstone.coder.event.StanceLexicon;
import org.touchstone.coder.text.PhraseIndex;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.ModalityCodes;
import org.touchstone.coder.verb.VerbMatch;

/**
 * Words a speaker adds later in the same sentence, after its first words or speech act. One statement per speaker per
 * sentence keeps the first stance (GOLD-SET.md, Statements), so this decides only two things: whose the later verb is
 * (a verb after "and" goes on the earlier speaker's words: "Zelensky said Russian forces had not withdrawn and warned
 * that ..."), and what stance it gives when the first words took none (a plain remark, 010) or adds a stance of its
 * own as a further event (S7-6: "demanded that Britain release the tanker, calling the seizure 'piracy'"). Stateless.
 */
final class LaterWords {
    private LaterWords() {
    }

    /** Reporting verbs that add words to the speaker's: "..., Kuwait said, adding that ...". */
    private static final WordSet ADDING = WordSet.of("adding", "saying", "stressing", "noting", "insisting", "stating");

    /**
     * The stance of words a speaker adds in a participle of saying ("..., adding that the country would not tolerate
     * interference") when its first words took none (a plain remark, 010): its own side's act in them, else their
     * evaluation; null when the added words hold neither or the first words took a stance.
     */
    static String addedStance(Sentence s, List<CodedAct> acts, VerbMatch v, StatementDraft had) {
        if (had == null || !had.code().equals("010") || had.evaluation() || !ADDING.contains(s.token(v.start()))) {
            return null;
        }
        int from = v.end() < s.size() && s.lower(v.end()).equals("that") ? v.end() + 1 : v.end();
        for (CodedAct a : acts) {
            if (a.verb().start() >= from && SpeechActs.claims(had.speaker(), a.source())) {
                return SpeechActs.isForce(a.code()) ? "015" : SpeechActs.reportedDeed(a.code()) ? null : a.code();
            }
        }
        PhraseIndex.Hit<String> h = StanceLexicon.evaluation(s, from, s.size());
        return h == null || ReportedWords.hasActIn(acts, from, s.size()) ? null : h.value();
    }

    /** A labelling participle after a comma: "..., calling it unacceptable", "..., describing the move as illegal". */
    static boolean labelAfterComma(Sentence s, VerbMatch v) {
        return v.ingForm() && v.start() > 0 && s.lower(v.start() - 1).equals(",") && v.is(VerbEntry.Role.CHARACTERIZING);
    }

    /**
     * S7-6: a later stance of a speaker who has spoken already in the sentence, given by a participle after its words
     * or speech act ("demanded that Britain release the tanker, calling the seizure 'piracy'", "urged Japan to
     * reconsider ..., calling it unacceptable", "..., the Holy See said, calling the decision incomprehensible"): the
     * evaluation of the participle's clause, when its root differs from the statement's, toward the actor it names
     * right after the verb or else the one whose act it labels; or null. Not after the speaker's own deed
     * (R5), and not when the participle repeats the stance already taken.
     */
    static StatementDraft.Stance laterStance(Sentence s, List<ActorMention> mentions, List<CodedAct> acts, VerbMatch v,
                                             StatementDraft had, Map<String, int[]> wordsOf) {
        if (had == null || !v.ingForm() || ExplainedDeeds.ownDeedBefore(acts, had.speaker(), v, wordsOf)) {
            return null;
        }
        int to = ReportedWords.commaAfter(s, v.end());
        PhraseIndex.Hit<String> h = StanceLexicon.evaluation(s, v.end(), to);
        return h == null || ReportedWords.hasActIn(acts, v.end(), to) ? null : stanceOn(s, mentions, acts, v, had, h.value());
    }

    /**
     * The later stance {@code code} of the speaker of {@code had} in the participle {@code v}, toward the actor it names
     * right after the verb or else the one whose act it labels; null when its root is that of the first stance, or when
     * it is about no one but the speaker's own side.
     */
    static StatementDraft.Stance stanceOn(Sentence s, List<ActorMention> mentions, List<CodedAct> acts, VerbMatch v,
                                          StatementDraft had, String code) {
        if (!ModalityCodes.verbalRoot(code) || code.regionMatches(0, had.code(), 0, 2)) {
            return null;
        }
        List<String> about = List.of();
        for (ActorMention m : mentions) {
            int at = v.end() < s.size() && s.lower(v.end()).equals("the") ? v.end() + 1 : v.end();
            if (m.start() == at && m.isResolved() && !m.locative() && !SpokenAbout.ownSide(had.speaker(), m.codes())) {
                about = m.codes(); // "calling Putin's regime a threat"
            }
        }
        if (about.isEmpty() && v.is(VerbEntry.Role.CHARACTERIZING)) {
            about = SpokenAbout.actorOfAct(mentions, acts, had.speaker(), v.start()); // "calling the seizure 'piracy'"
        }
        return about.isEmpty() || SpokenAbout.ownSide(had.speaker(), about) ? null : new StatementDraft.Stance(code, about.get(0));
    }

    /**
     * The stance of a speech act coordinated with a speaker's plain words: "Zelensky said Russian forces had not
     * withdrawn and warned of new attacks" is his warning (130), "said ... and urged Manila to ..." his appeal. Words
     * with a stance of their own keep it (the first stance).
     */
    static void stanceOfCoordinated(Map<String, StatementDraft> bySpeaker, String speaker, String code) {
        StatementDraft d = bySpeaker.get(speaker);
        if (d != null && "010".equals(d.code()) && !d.evaluation() && !"010".equals(code)) {
            bySpeaker.put(speaker, d.withCode(code).withEvaluation(false, d.eventTargets()));
        }
    }

    /** Auxiliaries and modals: a verb group opened by one ("and would not cede") goes on the clause before it. */
    private static final WordSet VERB_GROUP_OPENERS = WordSet.of("will", "would", "should", "could", "can", "may", "might", "must",
            "not", "to", "had", "has", "have", "was", "were", "is", "are", "be");

    /**
     * A speech act right after "and" past words whose clause has another side as its subject: the speaker goes on
     * speaking ("Zelensky said Russian forces had not withdrawn and warned that ...", EventAssembler.speakerGoingOn),
     * a stance of its own after the words' stance. Not when the words' subject is the speaker's side, whose clause the
     * "and" may go on ("said his country would defend its territory and would not cede"), nor after an auxiliary.
     */
    static boolean goesOnSpeaking(Sentence s, List<ActorMention> mentions, VerbMatch v, String speaker, int words) {
        if (v.nominal() || v.entry().kind() != VerbEntry.Kind.VERBAL || v.start() <= words || !s.lower(v.start() - 1).equals("and")
                || v.ingForm() || VERB_GROUP_OPENERS.contains(s.token(v.start())) || !Words.pastForm(s.token(v.start()))) {
            return false;
        }
        for (ActorMention m : mentions) {
            if (m.start() >= words && m.end() < v.start() && m.isResolved() && !m.locative()) {
                return !SpeechActs.claims(speaker, m.code()); // the words' subject, the first actor in them
            }
        }
        return false;
    }

    /**
     * The speaker of an earlier verb that a speech act after "and" continues, when the act's source is
     * only named inside that speaker's words ("China's coast guard accused the Philippines of ... and
     * demanded that Manila withdraw"): the coordinated verb shares the first verb's subject. Else null.
     */
    static String coordinatedSpeaker(Sentence s, List<ActorMention> mentions, VerbMatch v, String source,
                                     Map<String, Integer> verbalAt, Map<String, Integer> saidAt) {
        if (v.start() == 0 || !s.lower(v.start() - 1).equals("and")) {
            return null;
        }
        String earlier = null;
        int at = -1;
        for (Map<String, Integer> verbs : List.of(verbalAt, saidAt)) {
            for (Map.Entry<String, Integer> e : verbs.entrySet()) {
                if (e.getValue() < v.start() && e.getValue() > at) {
                    earlier = e.getKey();
                    at = e.getValue();
                }
            }
        }
        if (earlier == null || earlier.equals(source)) {
            return null;
        }
        for (ActorMention m : mentions) {
            if (m.codes().contains(source) && m.end() <= v.start() && m.start() < at) {
                return null; // the source is named before the first verb too: it may be its own subject
            }
        }
        return earlier;
    }
}
