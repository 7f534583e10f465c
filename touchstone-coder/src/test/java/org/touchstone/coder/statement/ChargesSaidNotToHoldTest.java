package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.statement.CodedStatements.only;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A character or blame of wrong said not to be another's ("was not a terrorist organisation", "was not responsible")
 * is a verbal defence of it (052, R11); said of the speaker's own side it denies the charge (016); said of "it" or "we",
 * or of a deed ("had not violated"), it stays a plain remark. Session 24 (reported24); sentences written for
 * the test after tune t-227 and w-145.
 */
class ChargesSaidNotToHoldTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Erdogan said in an interview with Al Jazeera that Hamas was 'not a terrorist organisation' but a liberation group.|052",
            "Erdogan said Hamas was not a terrorist group.|052",
            "Trump said Saudi Arabia was not responsible for the attack.|052",
            "Aung San Suu Kyi said Myanmar was not committing genocide against the Rohingya.|016",
            "Putin said Russia was not an aggressor.|016",
            "Armenia said Azerbaijan was not an aggressor.|052",
    })
    void aChargeSaidNotToHold(String text, String code) {
        assertThat(only(text).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // said of a pronoun of the speaker's side: no defence of another
            "China said it was not interfering in Hong Kong.|052",
            "Iran said it had never violated the deal.|052",
            // no charge to negate
            "Lula said Venezuela was not a rich country.|052",
            // a deed said not done, or nothing wrong found: a plain remark
            "The Serbian president said Croatia was not plotting against Serbia.|052",
            "Armenia said Azerbaijan had not violated the ceasefire.|052",
            "Macron said there was nothing wrong with talking to Russia.|052",
            // the charge holds
            "Erdogan said Israel was a terrorist state.|052",
    })
    void nearMisses(String text, String notCode) {
        assertThat(only(text).code()).isNotEqualTo(notCode);
    }
}
