package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sector of an activist (session 24, GOLD-SET.md's roles table): OPP is opposition parties and their leaders, CVL
 * protesters, citizens and detainees, so a bare "activist" is a civilian; only the words that say whom he opposes
 * ("opposition", "anti-government", "pro-democracy") make him OPP, and a human rights activist keeps HRI. Constructed
 * wire-style sentences, not gold or tuning lines.
 */
class SectorOfActivistsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-05-10 | Jailed Saudi activist Loujain al-Hathloul began a hunger strike to protest her detention by Saudi authorities. | SAUCVL>SAUGOV:142
            2023-05-10 | Cuban activists held a vigil outside the US embassy in Havana. | CUBCVL>USA:141
            2023-05-10 | Venezuela's government ordered the release of jailed activists after talks with Norway. | VENGOV>VENCVL:0841
            """)
    void aBareActivistIsACivilian(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-05-10 | Belarusian police detained an opposition activist in Minsk. | BLRCOP>BLROPP:173
            2023-05-10 | Belarusian police detained two opposition activists in Minsk. | BLRCOP>BLROPP:173
            2023-05-10 | Iranian police arrested an anti-government activist in Tehran. | IRNCOP>IRNOPP:173
            2023-05-10 | Iranian police arrested anti-government activists in Tehran. | IRNCOP>IRNOPP:173
            2023-05-10 | Hong Kong police arrested a pro-democracy activist on Monday. | HKGCOP>HKGOPP:173
            2023-05-10 | Russian dissidents accused the Kremlin of fraud. | RUSOPP>RUSGOV:1121
            2023-05-10 | Egyptian police arrested a human rights activist in Cairo. | EGYCOP>EGYHRI:173
            """)
    void anActivistWhoseOppositionIsStatedIsOppAndARightsActivistHri(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }
}
