package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.event.CodedActs.events;

import org.junit.jupiter.api.Test;

/**
 * A past participle right after a noun that an earlier verb of the clause governs modifies that noun (a reduced
 * relative clause: "weapons deployed in Europe"): it is no act of the clause's subject (session 21, `relpart21`;
 * GOLD-SET.md R2). Constructed wire-style sentences, not gold or tuning lines: paraphrases that must not borrow the
 * subject, near misses (a finite verb, a perfect tense, "have" with its object, an order's complement, an appositive
 * by-participle) that must still code.
 */
class NounParticiplesTest {

    @Test
    void aParticipleModifyingAnObjectIsNoActOfTheSubject() {
        // through a participle clause after a comma: "comparing / mirroring the step to X deployed in Y"
        assertThat(events("Putin said Russia would keep nuclear warheads in Belarus, comparing the step to American "
                + "weapons deployed in Europe.")).noneMatch(e -> e.endsWith(":154")).noneMatch(e -> e.contains(">EUR"));
        assertThat(events("Russia will station nuclear weapons in Belarus, mirroring the U.S. arsenal deployed across "
                + "Europe, Putin said.")).noneMatch(e -> e.endsWith(":154"));
        // the object of a finite verb through a preposition
        assertThat(events("Moscow compared the plan to U.S. missiles deployed in Europe.")).noneMatch(e -> e.endsWith(":154"));
        // past a modal and a verb the dictionary does not know: "would respond to the troops deployed"
        assertThat(events("Iran said it would respond to the U.S. troops deployed in Iraq."))
                .noneMatch(e -> e.startsWith("IRN>IRQ"));
    }

    @Test
    void aFiniteVerbOrAPerfectAfterItsSubjectStillCodes() {
        assertThat(events("Russia deployed troops to the border with Ukraine.")).contains("RUS>UKR:154");
        // the noun opens the clause: it is the verb's subject
        assertThat(events("Russian troops deployed to the border with Ukraine on Monday.")).contains("RUSMIL>UKR:154");
        // "has troops deployed": "have" with its object and the participle, the subject's posture
        assertThat(events("Russia has troops deployed near the border with Ukraine.")).contains("RUS>UKR:154");
        // the verb before the noun is a reduced relative inside the subject: "arrived" is the clause's own verb
        assertThat(events("Indian troops sent by the government arrived in Sri Lanka on Thursday.")).contains("INDMIL>LKA:074");
    }

    @Test
    void anOrdersComplementAndAnAppositiveByParticipleStillCode() {
        // "ordered the ministers jailed": the participle is the act ordered
        assertThat(events("A Spanish judge ordered eight Catalan ministers jailed on Thursday.")).contains("ESPJUD>ESPGOV:173");
        // "X, backed by Y, attacked": the by-agent's act on the actor before it
        assertThat(events("The Houthis, backed by Iran, attacked ships in the Red Sea.")).contains("IRN>YEMREB:051");
    }
}
