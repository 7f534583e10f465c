package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 31 (miss31a): civilians joined by "and" to more civilians before "in" a place ("women and girls in Tigray")
 * are that place's people as one group, as "women in Tigray" are; before, the first of them had no state and the act was
 * lost. Sentences written for this test.
 */
class PeoplePlacedTogetherTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-03-10 | Eritrean troops raped women and girls in Tigray, a report said. | ERIMIL>ETHCVL:1821
            2023-11-01 | Israeli soldiers killed women and children in Gaza. | ISRMIL>PSECVL:180
            2021-03-10 | Ethiopian and Eritrean troops killed civilians and children in Tigray. | ETHMIL>ETHCVL:180
            """)
    void theJoinedPeopleAreThePlacesPeople(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-11-01 | Israeli soldiers killed women and militants in Gaza.
            """)
    void civiliansJoinedToArmedMenAreNotOneGroup(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.contains(">PSECVL"));
    }
}
