package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "A certain neighbour", "some neighbouring states", "a certain Western power": "certain" or "some" before a noun of
 * states or their allies only alludes (GOLD-SET.md, Statements, R14: named is false), a family wider than the phrase
 * table (session 29, tidy29; sentences written for the test).
 */
class CertainOnesAllusionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Iran's foreign minister accused a certain neighbour of harbouring terrorists.|IRNGOV",
        "China's foreign ministry accused some neighbouring states of meddling in its affairs.|CHNGOV",
        "The Turkish president said certain Gulf partners had tried to pressure Ankara.|TURGOV",
    })
    void aCertainNounOfStatesIsOnlyAlludedTo(String text, String speaker) {
        assertThat(CodedStatements.statements(text)).filteredOn(st -> st.speaker().equals(speaker)).singleElement()
                .satisfies(st -> assertThat(st.named()).isFalse());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Russia accused a certain Western power of arming Ukraine.|RUS|WST",
    })
    void aRegionAdjectiveNamesTheRegion(String text, String speaker, String region) {
        assertThat(CodedStatements.statements(text)).filteredOn(st -> st.speaker().equals(speaker)).singleElement()
                .satisfies(st -> {
                    assertThat(st.named()).isFalse();
                    assertThat(st.targets()).containsExactly(region);
                });
    }
}
