package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import org.junit.jupiter.api.Test;

/**
 * A clause whose own subject is an armed or criminal group of no side ("gunmen", "a gang led by X", "a militia loyal
 * to Y") borrows no actor from elsewhere in the sentence: not the speaker of the attribution, not a trailing speaker
 * for the attack named as its circumstance (R1, R2: unidentified doers make no event). And the reverse: soldiers named
 * only by role who detain their state's named leader are that state's military. Constructed sentences in wire style,
 * never gold or tuning sentences, each rule with near misses whose event stays.
 */
class UnknownSubjectsTest {
    @Test
    void aReportedClauseWhoseSubjectIsAnUnidentifiedGroupBorrowsNoSpeaker() {
        // the group's modifier ("led by", "loyal to", "headed by") names no side either
        assertThat(events("The United Nations said a gang headed by Vitel'Homme Innocent had kidnapped 17 missionaries near Port-au-Prince."))
                .isEmpty();
        assertThat(events("Human Rights Watch reported an armed group led by a local commander had executed 40 villagers in Ituri."))
                .isEmpty();
        assertThat(events("The UN mission said a militia loyal to a local warlord had killed 22 civilians near Bunia.")).isEmpty();
        assertThat(events("The European Union said a suicide bomber had killed 20 worshippers at a mosque in Peshawar.")).isEmpty();
    }

    @Test
    void aReportedClauseWhoseSubjectNamesASideKeepsIt() {
        // near misses: the speaker's own troops, its soldiers named by role, a side the clause names
        assertThat(events("Israel said its troops had killed three gunmen in Jenin.")).containsExactly("ISRMIL>PSEREB:190");
        assertThat(events("Israel said soldiers had killed two Palestinians in Jenin.")).containsExactly("ISR>PSECVL:180");
        assertThat(events("The United Nations said Russian forces had killed 400 civilians in Bucha.")).containsExactly("RUSMIL>UKRCVL:202");
        assertThat(events("Israel's army said Hamas militants had fired 100 rockets into southern Israel.")).containsExactly("PSEREB>ISR:194");
    }

    @Test
    void theAttackAroundAnUnidentifiedGroupsDeedIsNotTheTrailingSpeakers() {
        // "in an attack on", "during an attack on", "in an assault on": the circumstance of the gunmen's clause
        assertThat(events("Armed men killed a French aid worker during an attack on a convoy in Niger, France's foreign ministry said."))
                .isEmpty();
        assertThat(events("Militants killed 12 policemen in an assault on a checkpoint in Sinai, Egypt's interior ministry said."))
                .isEmpty();
        assertThat(events("Jihadists killed 15 civilians in a raid on a village near the border with Mali, Niger's defence ministry said."))
                .isEmpty();
    }

    @Test
    void theAttackAroundANamedSidesDeedStaysItsOwn() {
        assertThat(events("Russian forces shelled Kharkiv during an attack on the city, Ukraine said.")).containsExactly("RUSMIL>UKR:194");
        assertThat(events("Turkish troops killed 20 militants in an operation in northern Iraq, Ankara said.")).containsExactly("TURMIL>IRQ:190");
    }

    @Test
    void soldiersWhoDetainTheirStatesLeaderAreItsMilitary() {
        assertThat(events("Mutinous soldiers detained Guinea's President Alpha Conde in Conakry on Sunday.")).containsExactly("GINMIL>GINGOV:173");
        assertThat(events("Soldiers arrested Niger's President Mohamed Bazoum at the presidential palace.")).containsExactly("NERMIL>NERGOV:173");
        assertThat(events("The army said soldiers had arrested Niger's President Mohamed Bazoum.")).containsExactly("NERMIL>NERGOV:173");
    }

    @Test
    void soldiersWhoDetainNoNamedLeaderOrOnlyMeetOneStayUnplaced() {
        assertThat(events("Soldiers detained dozens of protesters in Khartoum.")).isEmpty();
        assertThat(events("Soldiers met President Mohamed Bazoum at the palace.")).isEmpty();
    }
}
