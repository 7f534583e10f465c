package org.touchstone.coder.dict;

import java.util.List;

/**
 * A verb of the verb dictionary: its forms, its nominal forms, its patterns (most specific
 * first) and how it behaves in a sentence.
 *
 * @param name        the entry's name, usually the lemma ("visit")
 * @param kind        an event verb, a reporting verb or a speech act
 * @param governs     what the verb does to a verb in its complement ("refused to sign")
 * @param legalCode   the code its accusation of a crime (1121) takes when a body that can bring legal action brings it
 *                    ("prosecutors charged X with fraud": 173, GOLD-SET rules on 173 vs 112x); null for a verb that is
 *                    never legal action
 * @param role        what the coder does with the entry beyond its codes (verbs.txt {@code role:}); NONE for most
 * @param verbForms   inflected forms as token sequences
 * @param nounForms   nominal forms ("visit", "signing", "expulsion")
 * @param patterns    patterns, the most specific first; the last is the bare verb {@code *} when
 *                    the entry has a default code
 * @param file        the dictionary file, for provenance
 */
public record VerbEntry(String name, Kind kind, Governs governs, String legalCode, Role role,
                        List<List<String>> verbForms, List<List<String>> nounForms, List<VerbPattern> patterns, String file, int line) {

    public enum Kind {
        /** A deed or a formal act: coded as an event only. */
        ACT,
        /** A reporting verb (say, tell, according to): no event of its own; opens a statement. */
        SAY,
        /** A speech act coded as an event and recorded as a statement (criticize, urge, praise). */
        VERBAL;

        /** Whether the verb gives words (a reporting verb or a speech act), not a deed. */
        public boolean words() {
            return this != ACT;
        }
    }

    /** What the verb does to the verb of its complement ("agreed to visit", "denied attacking"). */
    public enum Governs {
        /** Nothing: the complement is coded on its own. */
        NONE,
        /** Intent ("plans to", "agreed to", "vowed to"): the complement gets CAMEO's intent code (03x, 13x). */
        INTENT,
        /** Refusal ("refused to", "declined to"): the verb's own 12x code; the complement is not coded. */
        REFUSAL,
        /** Denial ("denied attacking"): the verb's own code (016); the complement is not coded. */
        DENIAL,
        /**
         * Admission ("admitted that its forces had shot down", R4): the verb's own code (015) toward what the content
         * is about; the admitted act is not coded as a second event.
         */
        ADMISSION,
        /** Failure or avoidance ("failed to", "avoided"): the complement did not happen; nothing is coded. */
        NEGATION
    }

    /**
     * A family of entries the coder treats alike beyond their codes (verbs.txt {@code role:}), so that a user's own
     * entry can join it; one role per entry.
     */
    public enum Role {
        /** No special treatment. */
        NONE,
        /**
         * Words that are one characterization of their object ("described the move as illegal", "called it a
         * provocation"), not a clause of content: the label is aimed at what is characterized.
         */
        CHARACTERIZING,
        /**
         * Killing (kill, execute, behead, beat to death): a killing of many people ("killed more than 400 civilians")
         * is a mass killing (202).
         */
        KILLING,
        /**
         * An order (order, instruct): one to the orderer's own forces is coded as the act ordered ("ordered the army
         * to attack"); a state ordered to close its mission is told so as its government (161).
         */
        ORDERING,
        /**
         * Joining a body ("joined NATO", "became NATO's 32nd member"): admission is coded from the body (R18, 050 by
         * NATO toward Finland).
         */
        JOINING,
        /**
         * Support one is told not to expect ("told Sweden not to expect Turkey's support", R8): the refusal is the
         * speaker's, and the refuser's own country is not its target.
         */
        WITHHOLDING,
        /**
         * A reaction drawn by the subject's act from another ("drew criticism from Kyiv", "sparked a protest from New
         * Delhi", "faced criticism from Morocco"): the one who reacts is the source; a participle or apposition after
         * the act's clause ("..., a trip that drew criticism from Kyiv") names the act of that clause's subject.
         */
        DRAWING,
        /**
         * A warning, which may name a risk foreseen (R10) as well as threaten: in a participle after the comma of
         * another verbal act (", warning that famine was imminent") it is not aimed at whom that act named.
         */
        WARNING
    }

    public VerbEntry {
        verbForms = verbForms.stream().map(List::copyOf).toList();
        nounForms = nounForms.stream().map(List::copyOf).toList();
        patterns = List.copyOf(patterns);
    }
}
