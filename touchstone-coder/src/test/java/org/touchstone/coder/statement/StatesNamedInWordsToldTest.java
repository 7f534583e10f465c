package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words told to a state's leader that name the state itself are about the state as written (R3c, S7-7: session 24):
 * "told Tsai that Taiwan was one of the freest societies" is aimed at TWN, not at the addressee's TWNGOV. Words that
 * name the leader ("that she was") or only another state keep their targets, and an appeal or a demand ("that Pakistan
 * must not allow ...") keeps the one told, who is asked to act. Constructed sentences, not gold or tuning lines.
 */
class StatesNamedInWordsToldTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-08-03 | Nancy Pelosi told Tsai Ing-wen that Taiwan was "one of the freest societies in the world". | USALEG>TWN:051
            2023-03-01 | Biden told Zelensky that Ukraine was a model of courage. | USAGOV>UKR:010
            """)
    void theStateNamedInTheWordsIsTheTarget(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-08-03 | Nancy Pelosi told Tsai Ing-wen that she was "one of the bravest leaders in the world". | USALEG>TWNGOV:010
            2023-03-01 | Biden told Zelensky that Russia would fail. | USAGOV>RUS:010
            2009-06-16 | Manmohan Singh told Asif Ali Zardari that Pakistan must not allow its territory to be used for attacks on India. | INDGOV>PAKGOV:100
            """)
    void theOneToldStaysWhenTheWordsNameHimOrAskHimToAct(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).contains(expected);
    }
}
