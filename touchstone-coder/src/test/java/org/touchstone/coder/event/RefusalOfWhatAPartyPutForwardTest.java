package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A refusal answers the party that proposed, hosted or convened what is refused, named after "by" behind a participle
 * ("the summit hosted by", "cuts proposed by"), as it answers the one a "proposal by" names (R8); a meeting declined is
 * refused (125); a report rejected is denied (016) and aimed at its author. Constructed wire-style sentences, not gold or
 * tuning lines.
 */
class RefusalOfWhatAPartyPutForwardTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-06-01 | Pakistan would not attend the summit hosted by the United States. | PAK>USA:125
            2022-06-01 | The Taliban declined to attend a meeting hosted by the UN. | AFGGOV>IGOUNO:125
            2022-06-01 | Russia refused to back the cuts proposed by Saudi Arabia. | RUS>SAU:120
            2022-06-01 | Saudi Arabia rejected a report released by the United States. | SAU>USA:016
            """)
    void theProposerOrHostIsTheTarget(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-06-01 | Russia refused to back the cuts announced by Saudi Arabia. | none
            2022-06-01 | Pakistan did not attend the summit hosted by the United States. | none
            """)
    void otherParticiplesAndPlainNegationsNameNoTarget(String date, String text, String expected) {
        // "announced" names who spoke, not who asked; "did not attend" is a negation (R8), no refusal
        assertThat(events(text, LocalDate.parse(date))).noneMatch(e -> e.contains(":12"));
    }
}
