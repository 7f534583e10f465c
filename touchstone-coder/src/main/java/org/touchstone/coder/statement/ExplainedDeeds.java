package org.touchstone.coder.statement;

import java.util.List;
import java.util.Map;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.event.CodedAct;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.ModalityCodes;
import org.touchstone.coder.verb.VerbMatch;

/**
 * GOLD-SET.md R5 and S7-6: words that only explain a deed the speaker has just done add no event of their own.
 * Decides whether the act before a participle or a relative clause is such a deed of the speaker ("expelled 18
 * diplomats, saying Russia was behind ...", "hit sites in Iraq which Ankara described as PKK hideouts"), and which acts
 * count as deeds at all: not words, and not a meeting or visit, where the words are a remark made at the encounter
 * (S7-3). Stateless.
 */
final class ExplainedDeeds {
    private ExplainedDeeds() {
    }

    /** S7-6: a deed is the verb right before a participle ("severed ties with Kiribati, accusing Beijing ..."). */
    static boolean deedRightBefore(List<VerbMatch> verbs, VerbMatch deed, VerbMatch participle) {
        int i = verbs.indexOf(participle);
        return i > 0 && verbs.get(i - 1) == deed && deed.entry().kind() == VerbEntry.Kind.ACT;
    }

    /**
     * S7-6: an act of the speaker that a participle after it may explain: a deed done ("expelled UN officials, accusing
     * them of meddling"), not words ("pledged to deepen ties") nor a meeting or visit, where the participle is a
     * remark made at the encounter (S7-3: "delivered a letter to Japan's prime minister in Tokyo, calling for improved ties").
     */
    static boolean explained(CodedAct x) {
        return x.done() && !encounter(x);
    }

    /** A meeting, visit, host or talks (root 04): where words are said, not a deed they explain. */
    private static boolean encounter(CodedAct x) {
        return x.code().startsWith("04");
    }

    /** Relative pronouns that open the doer's label on what its deed was aimed at ("targets ... that Moscow said ..."). */
    private static final WordSet LABEL_RELATIVES = WordSet.of("that", "which", "what");

    /**
     * R5: "hitting targets near Homs that Moscow said belonged to Islamic State", "hit sites in Iraq which Ankara
     * described as PKK hideouts": the doer's own side labelling, in a relative clause, what its deed just told was aimed
     * at says no more than the deed; no remark event of its own. Another side's label ("a school that Hamas said was
     * sheltering families") is not this.
     */
    static boolean ownDeedLabelled(Sentence s, List<CodedAct> acts, String speaker, ActorMention who, VerbMatch v) {
        int before = Words.beforeArticle(s, who.start());
        if (before < 1 || who.end() != v.start() || !LABEL_RELATIVES.contains(s.token(before))) {
            return false;
        }
        CodedAct last = ReportedWords.lastActBefore(acts, before);
        return last != null && last.verb().entry().kind() == VerbEntry.Kind.ACT && !ModalityCodes.verbalRoot(last.code())
                && SpeechActs.claims(speaker, last.source());
    }

    /**
     * S7-6: whether the last act told before a participle (", saying ...", ", calling them ...") is a deed of the
     * speaker itself, not words (roots 01-03, 05, 10-13) and not inside anyone's reported words.
     */
    static boolean ownDeedBefore(List<CodedAct> acts, String speaker, VerbMatch v, Map<String, int[]> wordsOf) {
        CodedAct last = ReportedWords.lastActBefore(acts, v.start());
        // recognition and a signed agreement are deeds of root 05, not words ("switched recognition to Beijing, saying ...")
        // a meeting or visit is no deed the words explain: they are a remark made there (S7-3, "arrived in Moscow for a
        // state visit, calling Putin his 'best friend'")
        if (last == null || !last.source().equals(speaker) || last.verb().entry().kind() != VerbEntry.Kind.ACT || encounter(last)
                || ModalityCodes.verbalRoot(last.code()) && !last.code().startsWith("054") && !last.code().startsWith("057")) {
            return false;
        }
        return !ReportedWords.insideWords(wordsOf, last.verb().start());
    }
}
