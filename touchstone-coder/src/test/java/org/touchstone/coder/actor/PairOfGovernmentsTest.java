package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * "The two governments", "both governments" are each state's government, whatever organ of it the last joint act
 * named (an army, the police); a pair of bare states stays the states. Constructed wire-style sentences, not gold or tuning lines.
 */
class PairOfGovernmentsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            French troops and the German government met in Paris. The two governments condemned Iran. | FRAGOV>IRN:111 DEUGOV>IRN:111
            The French army and the German government met in Paris. Both governments condemned Iran. | FRAGOV>IRN:111 DEUGOV>IRN:111
            French troops and German police met in Paris. The two governments condemned Iran. | FRAGOV>IRN:111 DEUGOV>IRN:111
            """)
    void eachStatesGovernment(String text, String expected) {
        assertThat(CoderTestSupport.events(text, LocalDate.of(2024, 5, 10))).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyz and Tajik troops clashed on Thursday, and the two governments agreed to a ceasefire. | KGZMIL>TJKMIL:190 TJKMIL>KGZMIL:190 KGZGOV>TJKGOV:0356 TJKGOV>KGZGOV:0356
            Indian and Chinese troops clashed on Thursday, and the two countries agreed to a ceasefire. | INDMIL>CHNMIL:190 CHNMIL>INDMIL:190 IND>CHN:0356 CHN>IND:0356
            Armenia and Azerbaijan exchanged prisoners, and the two governments agreed to a ceasefire. | ARM>AZE:0841 AZE>ARM:0841 ARM>AZE:0356 AZE>ARM:0356
            """)
    void demonymsSharingOneHeadAreOneKindForThePair(String text, String expected) {
        // session 34: "Kyrgyz and Tajik troops" leaves the first demonym its bare state beside the other's army; such a
        // mixed pair is all governments ("the two governments") or all states ("the two countries"); two named states stay
        assertThat(CoderTestSupport.events(text, LocalDate.of(2021, 4, 29))).containsExactly(expected.split(" "));
    }
}
