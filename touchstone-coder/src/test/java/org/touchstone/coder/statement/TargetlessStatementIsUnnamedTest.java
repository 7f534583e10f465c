package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GOLD-SET.md S30-44: a statement with no targets has {@code named: false} (113 of the 123 studied targetless
 * statements; gold u-055, v-051, t-192 were the exceptions re-coded in session 30). Sentences written for the test.
 */
class TargetlessStatementIsUnnamedTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Japanese prime minister apologised on Tuesday for a funding scandal in his party.|JPNGOV",
        "The Kenyan president defended his government's tax increases in a televised address on Sunday.|KENGOV",
        "The Peruvian foreign minister said the country's economy would grow by three percent next year.|PERGOV",
    })
    void wordsAboutNoOneAreUnnamed(String text, String speaker) {
        assertThat(CodedStatements.statements(text)).filteredOn(st -> st.speaker().equals(speaker)).singleElement()
                .satisfies(st -> {
                    assertThat(st.targets()).isEmpty();
                    assertThat(st.named()).isFalse();
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Japanese prime minister said on Tuesday that China's military activities were a grave concern.|JPNGOV|CHN",
    })
    void wordsAboutANamedActorStayNamed(String text, String speaker, String about) {
        assertThat(CodedStatements.statements(text)).filteredOn(st -> st.speaker().equals(speaker)).singleElement()
                .satisfies(st -> {
                    assertThat(st.targets()).contains(about);
                    assertThat(st.named()).isTrue();
                });
    }
}
