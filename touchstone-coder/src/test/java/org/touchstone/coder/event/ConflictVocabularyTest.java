package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Verb vocabulary of the conflictual roots added in session 23 (vocab23b): meetings stayed away from or skipped (125),
 * proposals waved away (127), a hunger strike by its length (142), a standby force activated (154), talks shelved or
 * put on hold (164), observer missions called off (1662), custody of a person taken (173), the active "stabbed X to
 * death" (1823) and "mounted" as a light verb before an act's noun ("mounted a fresh offensive against", 190).
 * Sentences written for this test (never gold or tuning sentences). Each row is "date | sentence | expected event" or
 * "date | sentence | root that must not appear".
 */
class ConflictVocabularyTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-08-06 | Sudan stayed away from the talks with the United States. | SDN>USA:125
            2024-08-06 | Sudan is staying away from the peace talks with the United States. | SDN>USA:125
            2024-08-06 | Biden skipped the summit with Xi. | USAGOV>CHNGOV:125
            2024-08-06 | Sudan shunned the negotiations with the United States. | SDN>USA:125
            2023-06-17 | Russia waved away the Ukrainian proposal. | RUS>UKR:127
            2023-06-17 | Russia waved aside the Ukrainian peace plan. | RUS>UKR:127
            2022-08-21 | Palestinian prisoners entered the third week of their hunger strike against Israel. | PSECVL>ISR:142
            2022-08-21 | Palestinian prisoners marked the 40th day of a hunger strike against Israel. | PSECVL>ISR:142
            2023-08-10 | ECOWAS activated its standby force for Niger. | IGOWAFWAS>NER:154
            2023-08-10 | West African leaders activated a standby force to restore constitutional order in Niger. | IGOWAFWAS>NERMIL:154
            2022-03-01 | Russia shelved talks with Ukraine. | RUS>UKR:164
            2022-03-01 | Russia put talks with Ukraine on hold. | RUS>UKR:164
            2021-09-10 | The OSCE called off its observer mission to Russia. | IGOEURSCE>RUS:1662
            2021-09-10 | The OSCE cancelled its election observation mission to Russia. | IGOEURSCE>RUS:1662
            2017-11-15 | Zimbabwe's army said it had taken custody of President Robert Mugabe. | ZWEMIL>ZWEGOV:173
            2017-11-15 | Turkish police took custody of the Iranian diplomats. | TURCOP>IRNGOV:173
            2011-12-12 | A Chinese fisherman stabbed a South Korean coast guard officer to death. | CHNCVL>KORCOP:1823
            2023-06-01 | Russia mounted a fresh offensive against Ukraine. | RUS>UKR:190
            2023-06-01 | Russian forces mounted a new assault on the Ukrainian town of Bakhmut. | RUSMIL>UKR:190
            """)
    void theWordingCodesTheAct(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2020-08-17 | Belarusian workers stayed away from work to protest against Lukashenko. | 125
            2022-08-21 | The talks between Israel and Hamas entered their third day. | 14
            2023-08-10 | Russia activated a new bank account in China. | 15
            2022-03-01 | The Ukrainian parliament shelved the bill. | 16
            2022-03-01 | Russia put its gas project with Germany on hold. | 16
            2021-09-10 | The OSCE cancelled a visit to Russia. | 166
            2019-03-01 | Brazil agreed to take custody of Argentina's embassy in Caracas. | 17
            2011-12-12 | A Chinese fisherman stabbed a South Korean coast guard officer. | 1823
            2023-06-01 | Tensions mounted between Russia and Ukraine. | 19
            2023-06-01 | Pressure mounted on the Hungarian government. | 11
            """)
    void nearMissesCodeNoneOfIt(LocalDate date, String sentence, String root) {
        assertThat(events(sentence, date)).noneMatch(e -> e.substring(e.indexOf(':') + 1).startsWith(root));
    }
}
