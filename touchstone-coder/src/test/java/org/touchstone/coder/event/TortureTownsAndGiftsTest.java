package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Session 35 (miss35b): torture by a state's forces at home, a beating and torture told together, a town attacked by
 * name with its state's demonym, the attack's usual adjectives, and gifts. Sentences written for this test, not gold or
 * tuning lines.
 */
class TortureTownsAndGiftsTest {
    private static final LocalDate DATE = LocalDate.of(2023, 3, 15);

    @Test
    void aStatesTroopsTorturingPeopleNamedByRoleTortureTheirOwnPeople() {
        assertThat(events("Sudan's army has tortured detainees in Khartoum, a rights group said.", DATE))
                .contains("SDNMIL>SDNCVL:1822");
        assertThat(events("Sudan's army tortured detainees.", DATE)).containsExactly("SDNMIL>SDNCVL:1822");
    }

    @Test
    void beatenAndTorturedIsTortureNotRepression() {
        assertThat(events("Detained students were beaten and tortured by riot police in Tehran.", DATE))
                .containsExactly("IRNCOP>IRNCVL:1822");
        assertThat(events("Students were beaten by riot police in Tehran.", DATE)).containsExactly("IRNCOP>IRNCVL:175");
    }

    @Test
    void aTownAttackedByNameIsItsStatesWhenNoPeopleAreNamed() {
        assertThat(events("Insurgents launched a surprise attack on the northern Malian town of Boni.", DATE))
                .containsExactly("MLIREB>MLI:190");
        assertThat(events("Rebels attacked the village of Kalo in northern Mali.", DATE)).containsExactly("MLIREB>MLI:190");
        // a known state's troops are not placed by the town: "Russian troops shelled the southern Ukrainian city of Kherson"
        assertThat(events("Russian troops shelled the southern Ukrainian city of Kherson.", DATE)).containsExactly("RUSMIL>UKR:194");
    }

    @Test
    void aGiftIsAid() {
        assertThat(events("China gifted half a million vaccine doses to Nepal on Monday.", DATE)).containsExactly("CHN>NPL:073");
    }

    @Test
    void aRoleOfTheSameKindAfterADemonymsPeopleSharesTheDemonymAndTheirProtest() {
        assertThat(events("Chilean workers and students staged a nationwide strike against the pension reform.", DATE))
                .containsExactly("CHLCVL>CHLGOV:1432");
        // a role of another kind stays unknown: "Russian soldiers and separatists" names no Russian separatists
        assertThat(events("Russian soldiers and separatists attacked the town.", DATE)).isEmpty();
    }

    @Test
    void recognitionSwitchedToANewPartnerNamedAloneIsRecognition() {
        assertThat(events("Nauru cut ties with Taiwan and switched its diplomatic recognition to China on Monday.", DATE))
                .contains("NRU>CHN:054");
        assertThat(events("The company switched its allegiance to the new owners.", DATE)).isEmpty();
    }
}
