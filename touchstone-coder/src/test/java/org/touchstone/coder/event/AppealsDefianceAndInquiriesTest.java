package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.event.CodedActs.events;

import org.junit.jupiter.api.Test;

/** Session 32 (defects32): constructions the coder missed or misread. Constructed sentences. */
class AppealsDefianceAndInquiriesTest {
    /** "called for X to resign" is the appeal for a leader's departure (0241), as "called for X's resignation" is. */
    @Test
    void callForALeaderToResignIsAnAppealForHisDeparture() {
        assertThat(events("Armenia's opposition called for Pashinyan to resign.")).containsExactly("ARMOPP>ARMGOV:0241");
        assertThat(events("Armenia's opposition called for Pashinyan to step down on Monday."))
                .containsExactly("ARMOPP>ARMGOV:0241");
        // a demand stays a demand (1041)
        assertThat(events("Armenia's opposition demanded that Pashinyan resign.")).containsExactly("ARMOPP>ARMGOV:1041");
    }

    /** S30-20: "defied a ban and marched" is one protest against the government, no 128 toward the ban's issuer. */
    @Test
    void defyingABanAndMarchingIsOneProtest() {
        assertThat(events("Thousands of Armenians defied a police ban and marched through Yerevan on Sunday."))
                .containsExactly("ARMCVL>ARMGOV:141");
    }

    /** A gerund after "in" is a noun of the object: the verb after "and" is the clause subject's. */
    @Test
    void verbAfterAGerundInTheObjectIsTheSubjects() {
        assertThat(CodedActs.statement("The Houthis rejected a Saudi offer of a six-month truce in fighting and "
                + "demanded an end to the blockade.").speaker()).isEqualTo("YEMREB");
    }

    /** An inquiry opened in any tense, or formal, is coded by what it investigates: crimes against humanity 092. */
    @Test
    void formalInquiryIntoCrimesAgainstHumanity() {
        assertThat(events("The International Criminal Court opened a formal investigation into crimes against humanity "
                + "in Venezuela.")).containsExactly("IGOJUDICC>VEN:092");
        assertThat(events("Karim Khan said he was opening an investigation into possible crimes against humanity in "
                + "Venezuela.")).containsExactly("IGOJUDICC>VEN:092");
    }
}
