package org.touchstone.coder.event;

import static org.touchstone.coder.CoderTestSupport.assertEvents;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 28 (fp28), events the gold does not have: a code and its own sub-code for one ordered pair are one act told
 * twice when the broader one is a participle elaborating the act (R5); the gold set never codes both, and the
 * narrower code is kept. Sentences written for this test. Each row
 * is "date | sentence | expected events" (space-separated, "-" for none).
 */
class CodeBesideItsSubCodeTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-15 | A truce between Armenia and Azerbaijan took effect at midnight on Sunday, ending six weeks of fighting. | ARM>AZE:0871 AZE>ARM:0871
            2023-03-15 | A ceasefire between Sudan's army and the Rapid Support Forces took effect on Monday, ending two months of fighting. | SDNMIL>SDNREB:0871 SDNREB>SDNMIL:0871
            """)
    void theNarrowerCodeIsKept(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-15 | Peru expelled Bolivia's ambassador and suspended all trade with Bolivia on Monday. | PER>BOLGOV:161 PER>BOL:163
            2023-03-15 | Israel must withdraw its forces and pay compensation to Lebanon, Mikati said. | LBNGOV>ISR:1056 LBNGOV>ISR:105
            """)
    void siblingCodesAndTwoVerbsOfTheirOwnStay(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }
}
