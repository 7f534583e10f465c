package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.event.CodedActs.events;

import org.junit.jupiter.api.Test;

/** Session 36 (miss36a): what an inquiry looks into names whom it is aimed at. Constructed sentences. */
class InquiryObjectsTest {
    /** A list of deeds set off by commas is one object: the state they happened in comes after it. */
    @Test
    void listOfDeedsBeforeTheirPlace() {
        assertThat(events("The UN Human Rights Council opened an investigation into killings, beatings and arrests in "
                + "Belarus.")).containsExactly("IGOUNOHRI>BLR:092");
    }

    /** "including whether ..." goes on with the object, and a direction word before the state is no preposition. */
    @Test
    void includingClauseAndDirectionWordBeforeThePlace() {
        assertThat(events("The UN investigated the origins of the outbreak, including whether it began at a market in "
                + "China.")).containsExactly("IGOUNO>CHN:090");
        assertThat(events("The OPCW began looking into reports of gas attacks on towns in northern Syria."))
                .extracting(e -> e.substring(0, e.indexOf(':'))).containsExactly("IGOOPW>SYR");
    }

    /** The parties to a conflict "between" two actors are both investigated. */
    @Test
    void partiesBetweenWhomTheConflictWas() {
        assertThat(events("The UN Human Rights Council ordered an investigation into abuses during the war between "
                + "Armenia and Azerbaijan.")).containsExactlyInAnyOrder("IGOUNOHRI>ARM:092", "IGOUNOHRI>AZE:092");
    }

    /** An inquiry "set up" or "established" with an adjective of its own is the forming body's (the light verb's subject). */
    @Test
    void inquirySetUpOrEstablishedIsTheFormingBodys() {
        assertThat(events("The UN Human Rights Council set up a permanent inquiry into killings in Sudan."))
                .containsExactly("IGOUNOHRI>SDN:092");
        assertThat(events("The European Union established a standing investigation into corruption in Hungary."))
                .containsExactly("IGOEUREEC>HUN:091");
    }
}
