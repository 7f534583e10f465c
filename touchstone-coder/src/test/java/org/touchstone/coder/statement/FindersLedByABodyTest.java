package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.core.Statement;

/**
 * Finders led by a named body, closing the sentence after a comma, report for their leader: "..., a team of
 * investigators led by South Korea concluded" is South Korea's finding (gold w-139); finders of a body for that body
 * ("..., investigators of the OPCW concluded", g-243). Within a clause ("after the mission
 * led by the UN concluded") or with an object ("concluded a deal") the verb reports nothing. Session 26 (aud26b);
 * sentences written for the test.
 */
class FindersLedByABodyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The ferry was sunk by a mine laid by Eritrean divers, a team of investigators led by Ethiopia concluded on Monday.|ETH",
        "The ferry was sunk by a mine laid by Eritrean divers, investigators led by Ethiopia concluded.|ETH",
        "The pipeline was blown up by Russian saboteurs, a panel of experts led by Sweden found on Friday.|SWE",
        "The airliner was downed by a Russian missile, a joint team of investigators led by the Netherlands concluded.|NLD",
        "The convoy was shelled by Syrian troops, a mission led by the United Nations concluded.|IGOUNO",
    })
    void theLeaderSpeaks(String text, String speaker) {
        assertThat(CodedStatements.statements(text)).extracting(Statement::speaker).containsExactly(speaker);
    }

    /** "Investigators of the OPCW": the finders' noun heads the composed actor that ends right before the verb (g-243). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Government jets dropped barrel bombs on Aleppo in 2016, investigators of the Organisation for the Prohibition of Chemical Weapons concluded.|IGOOPW",
        "Russian troops executed civilians in Bucha, investigators of the United Nations concluded on Friday.|IGOUNO",
        "Russian troops executed civilians in Bucha, investigators of the United Nations said.|IGOUNO",
    })
    void findersOfABodySpeak(String text, String speaker) {
        assertThat(CodedStatements.statements(text)).extracting(Statement::speaker).containsExactly(speaker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The talks ended after the mission of the United Nations concluded.",
        "Rescuers kept digging until the bodies of the victims were found.",
        "The talks ended after the mission led by the United Nations concluded.",
        "The war ended after the coalition led by the United States concluded.",
        "The ferry sank in a storm, and a team of investigators led by Ethiopia concluded a deal with the insurers.",
        "The ferry sank in a storm after the search led by Ethiopia concluded on Monday.",
    })
    void noFindingReported(String text) {
        assertThat(CodedStatements.statements(text)).isEmpty();
    }
}
