package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words whose first actor is an allusion are about the alluded one (GOLD-SET.md, R14): the actors named only in what
 * the allusion is said to do set its scene ("'some forces' did not want peace talks on Ukraine": no target; gold b-055,
 * v-148, v-145). Session 28 (targets28); sentences written for the test.
 */
class ActorsAfterAnAllusionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Chinese foreign minister told a security forum that 'some forces' did not want peace talks on Syria to succeed.|CHNGOV",
        "The Kazakh president told reporters that 'some partners' had tried to pressure Astana over sanctions on Iran.|KAZGOV",
        "The Turkish foreign minister said 'certain countries' were stirring up trouble in Libya.|TURGOV",
        // an actor in what the allusion does, however close after it (session 33, stmt33)
        "The Iranian president said certain countries were arming Azerbaijan while claiming to want peace.|IRNGOV",
    })
    void anUnresolvedAllusionLeavesNoTarget(String text, String speaker) {
        assertThat(CodedStatements.statements(text)).filteredOn(st -> st.speaker().equals(speaker)).singleElement()
                .satisfies(st -> {
                    assertThat(st.targets()).isEmpty();
                    assertThat(st.named()).isFalse();
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the epithet's referent stays, the actors in its predicate go
        "Hamas said in a statement that 'the occupation' bore full responsibility for the deaths of hostages killed in Israeli air strikes.|PSEREB|ISR",
        "Hezbollah's leader said in a televised speech that 'the Great Satan' was behind the pressure on Lebanese banks.|LBNUAF|USA",
        // the region an allusion names stays, the object of its verb two words on goes (session 33, stmt33)
        "The Serbian president told reporters that certain European capitals were pushing Pristina toward confrontation.|SRBGOV|EUR",
        "The Belarusian leader said some western countries wanted to drag Poland into a war.|BLRGOV|WST",
    })
    void theReferentStaysAlone(String text, String speaker, String about) {
        assertThat(CodedStatements.statements(text)).filteredOn(st -> st.speaker().equals(speaker)).singleElement()
                .satisfies(st -> assertThat(st.targets()).containsExactly(about));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // an actor named before the allusion opens the words: they are about it
        "The Chinese foreign minister said Japan and 'certain countries' were stirring up trouble near Taiwan.|CHNGOV|JPN",
        // a verb phrase joined after the allusion's predicate has its own object
        "The Chinese foreign ministry said it opposed attempts by certain states to impose their standards on other countries and opposed the further enlargement of NATO.|CHNGOV|IGOWSTNAT",
        // an actor named as the allusion's place is what it names
        "The Chinese foreign minister said some politicians in the Philippines were stirring up trouble.|CHNGOV|PHL",
    })
    void aNamedActorBeforeOrInsideStays(String text, String speaker, String about) {
        assertThat(CodedStatements.statements(text)).filteredOn(st -> st.speaker().equals(speaker)).singleElement()
                .satisfies(st -> assertThat(st.targets()).contains(about));
    }
}
