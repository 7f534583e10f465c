package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Verb vocabulary added in session 23 (vocab23c): a negotiator named for talks (036), a leader pulling his state out
 * of a body (160), goods that will not be bought (1211), a vessel detained or impounded (1711), another country's
 * goods spilled or dumped (1712, also by a crowd), a boat rammed and sunk (1712) and borders closed to a state (191,
 * the manual's example). Sentences written for this test (never gold or tuning sentences). Each row is
 * "date | sentence | expected event" or "date | sentence | root that must not appear".
 */
class BordersVesselsAndGoodsVocabularyTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-12-18 | Armenia appointed a special envoy for talks with Turkey. | ARM>TUR:036
            2021-12-18 | Armenia named a negotiator to lead talks with Azerbaijan. | ARM>AZE:036
            2020-07-07 | Trump pulled America out of the World Health Organization. | USAGOV>IGOUNOHLHWHO:160
            2003-12-07 | Robert Mugabe pulled Zimbabwe out of the Commonwealth on Sunday. | ZWEGOV>IGOCWN:160
            2021-01-07 | Brazil will not buy Chinese vaccines. | BRA>CHN:1211
            2022-06-07 | India said it would not buy Russian oil. | IND>RUS:1211
            2019-07-19 | Iran detained a British tanker in the Strait of Hormuz. | IRN>GBR:1711
            2023-03-01 | Greece impounded a Russian-flagged tanker. | GRC>RUS:1711
            2024-02-20 | Polish farmers spilled Ukrainian grain from railway wagons. | POLCVL>UKR:1712
            2024-02-20 | French farmers dumped Spanish produce on the motorway. | FRACVL>ESP:1712
            2019-06-12 | A Chinese vessel rammed and sank a Vietnamese fishing boat. | CHN>VNM:1712
            2017-06-05 | Saudi Arabia closed its borders to Qatar. | SAU>QAT:191
            2017-06-05 | Russia closed its border with Georgia. | RUS>GEO:191
            2021-11-09 | Poland has sealed its border with Belarus. | POL>BLR:191
            2020-03-16 | Russia shut its land border with China. | RUS>CHN:191
            2017-06-05 | Saudi Arabia and Egypt closed their air, land and sea borders to Qatar. | EGY>QAT:191
            """)
    void theWordingCodesTheAct(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-12-18 | France named a new envoy to Lebanon. | 036
            2003-12-07 | France pulled its troops out of Mali. | 16
            2003-12-07 | France pulled troops out of Mali. | 16
            2003-12-07 | Russia pulled staff out of Ukraine. | 16
            2022-06-07 | India will buy Russian oil. | 12
            2019-07-19 | Iran detained two British sailors. | 171
            2024-02-20 | The fighting spilled over into Lebanon. | 17
            2019-06-12 | A Chinese coast guard ship rammed a Philippine supply boat. | 171
            2022-04-14 | A Ukrainian missile sank a Russian warship. | 171
            2017-06-05 | Police closed the border crossing after the protest. | 19
            """)
    void nearMissesCodeNoneOfIt(LocalDate date, String sentence, String root) {
        assertThat(events(sentence, date)).noneMatch(e -> e.substring(e.indexOf(':') + 1).startsWith(root));
    }
}
