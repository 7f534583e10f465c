package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Grammar families seen in several studied splits (session 18): a person's armed men ("Assad's forces", "his
 * fighters") and a second act noun coordinated with a verb's object ("declared martial law and a general
 * mobilisation"). Constructed wire-style sentences, not gold or tuning lines: for each rule paraphrases that must code
 * and near misses that must not.
 */
class GrammarFamiliesTest {
    // --- 1. a person's forces: the armed men the person commands

    @Test
    void aLeadersForcesAreHisStatesMilitary() {
        assertThat(events("Assad's forces attacked Turkish border posts on Friday.", LocalDate.of(2013, 5, 10)))
                .containsExactly("SYRMIL>TUR:190");
        assertThat(events("Muammar Gaddafi's forces fired rockets at Benghazi.", LocalDate.of(2011, 3, 20)))
                .containsExactly("LBYMIL>LBYCVL:194");
        // in a list with an armed group, each side its own code
        assertThat(events("The United Nations urged Burhan's forces and the RSF to stop fighting.", LocalDate.of(2023, 5, 10)))
                .containsExactlyInAnyOrder("IGOUNO>SDNMIL:0256", "IGOUNO>SDNREB:0256");
    }

    @Test
    void hisFightersAreThoseOfThePersonLastNamed() {
        // Wagner's chief is RUSMIL, and so are his fighters
        assertThat(events("Yevgeny Prigozhin said his fighters had captured Bakhmut.", LocalDate.of(2023, 5, 21)))
                .containsExactly("RUSMIL>UKR:192");
        // a president's troops are his state's military, not the president
        assertThat(events("Zelensky said his troops had entered Kherson.", LocalDate.of(2022, 11, 11)))
                .containsExactly("UKRMIL>UKR:192");
    }

    @Test
    void aPersonsOfficeOrAMovementsFightersAreNoPersonsForces() {
        // a spokesman is an office of the government, not its army
        assertThat(events("Putin's spokesman criticised the United States.", LocalDate.of(2024, 5, 10)))
                .containsExactly("RUSGOV>USA:111");
        // people.txt dates the Taliban as it dates a person: after the takeover their fighters are the state's
        // forces (S30-12), not a person's
        assertThat(events("Taliban fighters fired into the air to disperse protesters in Kabul.", LocalDate.of(2021, 9, 7)))
                .containsExactly("AFGMIL>AFGCVL:175");
        // the UN Secretary-General commands no state's forces
        assertThat(events("Guterres said his peacekeepers would stay in Lebanon.", LocalDate.of(2024, 5, 10))).isEmpty();
    }

    // --- 2. a second act noun coordinated with the object of an act verb

    @Test
    void aSecondActNounAfterAndIsTheVerbsSubjectsAct() {
        assertThat(events("Armenia declared martial law and a general mobilisation on Sunday after Azerbaijan attacked "
                + "Nagorno-Karabakh.", LocalDate.of(2020, 9, 27)))
                .contains("ARMGOV>ARM:1724", "ARM>AZE:154");
        assertThat(events("Armenia's government imposed martial law and a general mobilization after Azerbaijani troops "
                + "crossed the border.", LocalDate.of(2022, 9, 14)))
                .containsExactlyInAnyOrder("ARMGOV>ARM:1724", "ARMGOV>AZE:154");
        assertThat(events("Thailand's army imposed a curfew and a state of emergency in Bangkok.", LocalDate.of(2014, 5, 20)))
                .containsExactlyInAnyOrder("THAMIL>THA:1723", "THAMIL>THA:1724");
        assertThat(events("Kazakhstan's president declared a state of emergency and a curfew in Almaty after protesters "
                + "stormed government buildings.", LocalDate.of(2022, 1, 5)))
                .contains("KAZGOV>KAZ:1724", "KAZGOV>KAZ:1723");
    }

    @Test
    void aCoordinatedNounOfAStanceOrOfAnotherClauseIsNoSecondAct() {
        // R6: what a stance is about is a response object, coordinated or not
        assertThat(events("Russia condemned the attack and the blockade of Kaliningrad.", LocalDate.of(2024, 5, 10)))
                .noneMatch(e -> e.endsWith(":191"));
        // the noun after "and" has its own possessor and verb: a clause of its own, not a second object
        assertThat(events("Armenia declared martial law and Azerbaijan's mobilisation continued on Sunday.", LocalDate.of(2020, 9, 27)))
                .containsExactly("ARMGOV>ARM:1724");
        // R8: a negated or refused verb lends nothing to its second object, nor does a threat ("to declare")
        assertThat(events("Armenia did not declare martial law and a general mobilisation after Azerbaijan attacked "
                + "Nagorno-Karabakh.", LocalDate.of(2020, 9, 27)))
                .noneMatch(e -> e.startsWith("ARM") && (e.endsWith(":154") || e.endsWith(":1724")));
        assertThat(events("Armenia refused to declare martial law and a general mobilisation after Azerbaijan attacked "
                + "Nagorno-Karabakh.", LocalDate.of(2020, 9, 27)))
                .noneMatch(e -> e.endsWith(":154"));
        // lifting martial law codes nothing here, and lends no subject to the mobilisation it lifts
        assertThat(events("Armenia lifted martial law and a general mobilisation on Sunday.", LocalDate.of(2020, 9, 27)))
                .noneMatch(e -> e.endsWith(":154"));
    }
}
