package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/**
 * "them" as the object of a second verb phrase with the same subject (session 21): the plural group the first verb
 * phrase acted on ("detained 12 sailors and later freed them"). Not when another actor opens the second clause, not
 * for a partitive ("some of them"), and not for a singular pronoun. Constructed wire-style sentences, not gold or
 * tuning lines.
 */
class GroupPronounsTest {
    private static List<String> events(String text) {
        return CoderTestSupport.events(text, LocalDate.of(2024, 5, 10));
    }

    @Test
    void themAfterAndIsTheGroupTheFirstVerbActedOn() {
        assertThat(events("Russia detained 12 Ukrainian sailors and later freed them.")).contains("RUS>UKRMIL:0841");
        assertThat(events("Israeli troops detained 12 Palestinians near Hebron and released them hours later."))
                .contains("ISRMIL>PSECVL:0841");
        assertThat(events("Venezuela arrested three American citizens and later released them.")).contains("VEN>USACVL:0841");
    }

    @Test
    void themReceivesWhatTheSubjectGrants() {
        assertThat(events("South Korea evacuated 377 Afghans from Kabul and granted them permanent residency."))
                .contains("KOR>AFGCVL:075");
        assertThat(events("Germany took in 300 Syrian refugees on Monday and granted them asylum.")).contains("DEU>SYRCVL:075");
    }

    @Test
    void aRolePlacedInItsSpanIsTheGroup() {
        // "villagers in the Kachin region" is one mention whose head is the role before "in" (session 32)
        assertThat(events("Sudanese soldiers rounded up 14 villagers in the Darfur region and burned them alive."))
                .contains("SDNMIL>SDNCVL:1823");
        assertThat(events("Eritrean troops detained 20 villagers in the Tigray region and later released them."))
                .anyMatch(e -> e.endsWith(":0841"));
    }

    @Test
    void aKillingByHandOfOnesOwnPeopleIsNoCrowdControl() {
        // burning people alive keeps its code (1823), as torture does, and is not made violent repression (175)
        assertThat(events("Sudanese soldiers burned 14 villagers alive in the Darfur region.")).contains("SDNMIL>SDNCVL:1823")
                .noneMatch(e -> e.endsWith(":175"));
    }

    @Test
    void anotherSubjectBetweenKeepsThePronounUnresolved() {
        List<String> coded = events("Russia detained 12 Ukrainian sailors, and Turkey later freed them.");
        assertThat(coded).contains("RUS>UKRMIL:173").noneMatch(e -> e.endsWith(":0841"));
    }

    @Test
    void partitiveAndSingularPronounsAreNotTheGroup() {
        assertThat(events("Iranian police arrested 40 protesters in Tehran and later released some of them."))
                .noneMatch(e -> e.endsWith(":0841"));
        assertThat(events("Venezuela arrested three American citizens and later released him."))
                .noneMatch(e -> e.endsWith(":0841"));
    }

    private static List<String> targets(String text) {
        return CoderTestSupport.onlyStatement(text, LocalDate.of(2024, 5, 10)).targets();
    }

    @Test
    void themAfterAParticipleOfTheSameSubjectIsTheGroupItActedOn() {
        assertThat(targets("Belarus expelled two Polish diplomats, accusing them of espionage.")).containsExactly("POLGOV");
        assertThat(targets("Venezuela arrested three Americans, two Spaniards and a Czech on Saturday, accusing them of spying."))
                .contains("USACVL", "ESPCVL").doesNotContain("VENGOV");
    }

    @Test
    void aNamedTargetAfterTheParticipleIsNotReplaced() {
        assertThat(targets("Russia expelled two Polish diplomats, accusing Warsaw of spying.")).doesNotContain("RUS");
        assertThat(events("Russia expelled two Polish diplomats, and Poland accused them of spying."))
                .noneMatch(e -> e.startsWith("POL>POLGOV"));
    }
}
