package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The African Union's Peace and Security Council is the AU (IGOAFRAFU), not the UN Security Council whose name its
 * last words repeat (session 24); "the Security Council" alone stays the UN's. Constructed sentences.
 */
class PeaceAndSecurityCouncilTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-02-14 | The African Union's Peace and Security Council demanded that M23 withdraw from Goma. | IGOAFRAFU>CODREB:1056
            2025-02-14 | The AU Peace and Security Council suspended Niger on Tuesday. | IGOAFRAFU>NER:160
            2025-02-14 | The Peace and Security Council suspended Niger on Tuesday. | IGOAFRAFU>NER:160
            2025-02-14 | The UN Security Council demanded that M23 withdraw from Goma. | IGOUNOSCR>CODREB:1056
            2025-02-14 | The Security Council demanded that M23 withdraw from Goma. | IGOUNOSCR>CODREB:1056
            """)
    void theAusCouncilIsTheAuAndTheSecurityCouncilAloneTheUns(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }
}
