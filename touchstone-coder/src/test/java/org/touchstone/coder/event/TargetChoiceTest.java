package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.event.CodedActs.events;

import org.junit.jupiter.api.Test;

/**
 * Target choice (session 20): the source and the act are right, the target is another actor. A coordinated second
 * object opened by a number in digits or a rough quantity ("and 12 civilians", "and scores of Afghan civilians") is a
 * second target of the same act (R12), not dropped. Constructed wire-style sentences, not gold or tuning lines.
 */
class TargetChoiceTest {

    @Test
    void aSecondObjectOpenedByARoughQuantityIsASecondTarget() {
        assertThat(events("A suicide bomber from Islamic State killed 13 American soldiers and dozens of Afghan civilians near the airport in Kabul."))
                .containsExactlyInAnyOrder("IMGMOSISI>USAMIL:180", "IMGMOSISI>AFGCVL:180");
        assertThat(events("Islamic State militants killed 13 US service members and scores of Afghans in a bombing at Kabul airport."))
                .containsExactlyInAnyOrder("IMGMOSISI>USAMIL:180", "IMGMOSISI>AFGCVL:180");
        assertThat(events("Israeli troops detained five Palestinian militants and hundreds of Palestinian civilians in raids across the West Bank."))
                .containsExactlyInAnyOrder("ISRMIL>PSEREB:173", "ISRMIL>PSECVL:173");
        assertThat(events("Sudanese paramilitaries killed three Egyptian workers and thousands of Sudanese civilians."))
                .containsExactlyInAnyOrder("SDNUAF>EGYCVL:202", "SDNUAF>SDNCVL:202");
    }

    @Test
    void aSecondObjectOpenedByANumberInDigitsIsASecondTarget() {
        assertThat(events("Russian shelling killed two Ukrainian soldiers and 12 Ukrainian civilians in Kherson on Tuesday."))
                .containsExactlyInAnyOrder("RUSMIL>UKRMIL:190", "RUSMIL>UKRCVL:190");
    }

    @Test
    void aQuantityThatOpensANewClauseIsNoSecondTarget() {
        // the quantity is the subject of a verb of its own: another clause, not the object list
        assertThat(events("Russian shelling killed two Ukrainian soldiers and hundreds of Ukrainian civilians fled the city."))
                .doesNotContain("RUSMIL>UKRCVL:202", "RUSMIL>UKRCVL:190");
        assertThat(events("Russian shelling killed two Ukrainian soldiers and 40 Ukrainian civilians were wounded."))
                .doesNotContain("RUSMIL>UKRCVL:190");
        // a verb between the two: "and said hundreds of ..." is a second verb phrase with its own act
        assertThat(events("Israeli troops detained five Palestinian militants and said hundreds of Palestinian civilians fled."))
                .doesNotContain("ISRMIL>PSECVL:173");
    }
}
