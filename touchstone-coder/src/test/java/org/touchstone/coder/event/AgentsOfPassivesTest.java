package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who did it when the doer is not the grammatical subject (session 21, pass21): a weapon named as the subject by the
 * participle of its firing and a by-agent ("a drone launched by the Houthis struck") is the by-agent's act, coded by the
 * weapon; a participle coordinated after a passive participle with its by-agent right after it ("were beaten and
 * tortured by riot police") is a passive of the same subject; a gift's passive may name its giver before its receiver
 * ("supplies were sent by India to Gaza"); a pattern whose object slot comes first ("placed + on a wanted list") holds in
 * the passive with the slot as its subject ("was placed on a wanted list by Russia"). Sentences written for this test (never gold or tuning
 * sentences). Each row is "date | sentence | expected event" or "date | sentence | event that must not appear".
 */
class AgentsOfPassivesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-31 | A drone launched by Yemen's Houthis struck an apartment building in Tel Aviv. | YEMREB>ISR:195
            2024-05-31 | Drones launched by Russia struck Odesa overnight. | RUS>UKR:195
            2024-05-31 | Missiles fired by Russia hit Kyiv on Monday. | RUS>UKR:194
            2024-05-31 | Ballistic missiles fired by Iran hit two US bases in Iraq. | IRN>USAMIL:194
            2024-05-31 | Rockets launched by Hezbollah struck the Israeli town of Kiryat Shmona. | LBNUAF>ISR:194
            """)
    void aWeaponsFirerDoesWhatTheWeaponDoes(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-31 | Drones supplied by Iran struck Kyiv overnight. | IRN>UKR:195
            2024-05-31 | Missiles made by North Korea hit Kharkiv. | PRK>UKR:194
            2024-05-31 | Rebels backed by Rwanda attacked Goma. | RWA>COD:190
            2024-05-31 | Fighters trained by Iran attacked Israeli positions. | IRN>ISRMIL:190
            2022-11-16 | A Russian-made missile killed two men in a Polish village. | RUSMIL>POL:194
            2022-11-16 | Chinese-built drones struck Kyiv. | CHNMIL>UKR:195
            """)
    void aSupplierMakerOrBackerIsNoDoer(LocalDate date, String sentence, String absent) {
        assertThat(events(sentence, date)).doesNotContain(absent);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2020-08-20 | Belarusian protesters were beaten and tortured by Belarusian riot police. | BLRCOP>BLRCVL:1822
            2020-08-20 | Dozens of Palestinian prisoners had been starved and tortured by Israeli guards. | ISR>PSECVL:1822
            2022-03-20 | Two Ukrainian journalists were detained and interrogated by Russian soldiers. | RUSMIL>UKRMED:090
            """)
    void aCoordinatedParticipleSharesThePassiveAndItsAgent(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2020-08-20 | Belarusian protesters were beaten and tortured by Belarusian riot police. | BLRCVL>BLRCOP:1822
            2020-08-20 | Belarusian protesters were detained and tortured in Minsk. | BLRCVL>BLR:1822
            2022-03-20 | Two Ukrainian journalists were detained and interrogated by Russian soldiers. | UKRMED>RUSMIL:090
            """)
    void theSharedPassiveSubjectIsNotTheDoer(LocalDate date, String sentence, String absent) {
        assertThat(events(sentence, date)).doesNotContain(absent);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-11-16 | A Russian missile killed two men in a Polish village. | RUSMIL>POL:194
            2022-11-16 | Russia fired Iranian-made drones at Kyiv. | RUS>UKR:195
            """)
    void aWeaponsOwnStateStillActsButNotItsMaker(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-31 | Medical supplies were delivered by Jordan to Gaza. | JOR>PSE:073
            2024-05-31 | Humanitarian aid was sent by Turkey to Syria. | TUR>SYR:073
            2024-05-31 | Leopard tanks were delivered by Germany to Ukraine. | DEU>UKR:072
            2024-05-31 | Weapons were supplied by Iran to Russia. | IRN>RUS:072
            """)
    void aGiftsPassiveNamesTheGiverBeforeTheReceiver(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-31 | Food aid was sent by ship to Gaza. | 
            2024-05-31 | The letter was sent by Putin to Kim. | 
            """)
    void aMeansOfTransportOrALetterIsNoGift(LocalDate date, String sentence, String none) {
        assertThat(events(sentence, date)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-02-13 | Estonia's prime minister was placed on a wanted list by Russia's interior ministry. | RUSGOV>ESTGOV:173
            2024-02-13 | Estonian Prime Minister Kaja Kallas was put on a wanted list by Russia. | RUS>ESTGOV:173
            2024-02-13 | The ICC prosecutor was added to a wanted list by Moscow. | RUSGOV>IGOJUDICC:173
            2022-06-23 | Ukraine was granted candidate status by the European Union. | IGOEUREEC>UKR:050
            """)
    void thePassiveOfAnObjectFirstPatternTakesItsSubjectAsTheObject(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-02-13 | Kallas was placed on a wanted list. | 
            2024-02-13 | Estonia's prime minister was placed on a wanted list, Russian media said. | 
            2022-06-23 | Ukraine was granted candidate status. | 
            """)
    void anAgentlessPassiveOfSuchAPatternIsNoEvent(LocalDate date, String sentence, String none) {
        assertThat(events(sentence, date)).isEmpty();
    }
}
