package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Armed groups as wire reporters name them and the violence they do (roots 18-20, seizures of 17 and 19), written for
 * this test from the CAMEO 1.1b3 manual and ordinary news English (never gold or tuning sentences): a group's acronym
 * before its fighters, fighters "of" or "led by" a group, a state's rebels striking people named only by role at home,
 * counts introduced by "at least", bombs by their kind, chemical agents by any verb, capitals and cities taken, torture
 * of detainees. Each row is "date | sentence | expected events"; the near misses list every event the sentence gives.
 */
class ArmedGroupsAndViolenceTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-06-10 | Allied Democratic Forces rebels killed 14 villagers in North Kivu overnight, local officials said. | UGAREB>CODCVL:180
            2024-06-10 | Congolese troops killed 30 fighters of the Allied Democratic Forces near Beni. | CODMIL>UGAREB:190
            2024-06-10 | ADF militants attacked a hospital in Beni on Sunday. | UGAREB>COD:190
            2024-05-02 | RSF paramilitaries shelled a camp for displaced people in El Fasher. | SDNREB>SDNCVL:194
            2024-05-02 | RSF fighters killed 40 civilians on Tuesday. | SDNREB>SDNCVL:202
            2023-09-14 | CODECO militia killed 40 displaced people at a camp in Ituri. | CODREB>CODCVL:202
            2022-11-07 | Ambazonian separatists kidnapped 30 students in Bamenda. | CMRREB>CMRCVL:181
            2023-04-18 | Militants led by al-Shabaab attacked an army base on Monday. | SOMREB>SOMMIL:190
            2021-02-26 | Gunmen of Boko Haram abducted dozens of schoolgirls in Borno. | NGAREB>NGACVL:181
            2022-03-28 | ELN guerrillas kidnapped two teachers on Monday. | COLREB>COLCVL:181
            2022-03-28 | ELN rebels killed at least two soldiers. | COLREB>COLMIL:190
            2021-06-05 | Boko Haram militants killed 20 fishermen on Sunday. | NGAREB>NGACVL:202
            2021-06-05 | Boko Haram fighters abducted more than 80 pupils. | NGAREB>NGACVL:181
            2021-06-05 | Boko Haram fighters killed at least 110 farm workers in Borno. | NGAREB>NGACVL:202
            2021-06-05 | Boko Haram killed 150 Christian worshippers in a church attack. | NGAREB>NGACVL:202
            2023-02-20 | The TTP attacked a police station on Monday. | PAKREB>PAKCOP:190
            2023-02-20 | Militants of the Pakistani Taliban detonated a car bomb at a police station. | PAKREB>PAKCOP:1832
            2022-10-29 | Al-Shabaab militants set off a car bomb outside a hotel in Mogadishu. | SOMREB>SOMCVL:1832
            2022-10-29 | Al-Shabaab militants planted a roadside bomb near an army convoy. | SOMREB>SOMMIL:1833
            2024-01-11 | Hamas militants killed 1,200 people in southern Israel. | PSEREB>ISRCVL:202
            2017-04-06 | The Syrian air force dropped sarin on Khan Sheikhoun. | SYRMIL>SYR:2041
            2018-02-26 | Syrian troops fired shells filled with chlorine at rebels in Ghouta. | SYRMIL>SYRREB:2041
            2024-12-09 | Rebels led by Hayat Tahrir al-Sham captured Aleppo. | SYRREB>SYR:192
            2024-12-09 | HTS seized Damascus on Sunday. | SYRREB>SYR:192
            2025-01-28 | M23 rebels seized Goma after a lightning offensive. | CODREB>COD:192
            2016-06-16 | UN investigators said Islamic State was committing genocide against the Yazidis. | IMGMOSISI>IRQCVL:202
            2022-03-21 | Washington determined that Myanmar's army had committed genocide against Rohingya Muslims. | MMRMIL>MMRCVL:202
            2023-09-25 | Azerbaijani troops ethnically cleansed Nagorno-Karabakh. | AZEMIL>AZECVL:203
            2024-02-20 | Russian forces advanced near Avdiivka and captured the village of Novomykhailivka. | RUSMIL>UKR:192
            2017-04-06 | The Syrian air force had dropped sarin on the town of Ltamenah. | SYRMIL>SYR:2041
            2021-06-05 | Boko Haram fighters attacked the town of Gwoza. | NGAREB>NGA:190
            2023-07-19 | Egyptian police tortured detainees in Cairo, a rights group said. | EGYCOP>EGYCVL:1822
            2021-01-20 | Belarusian security forces tortured hundreds of protesters. | BLRCOP>BLRCVL:1822
            2021-01-20 | Belarusian police arrested at least 20 protesters. | BLRCOP>BLRCVL:173
            """)
    void codesTheAct(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-02-20 | Russian forces captured the village of Novomykhailivka. |
            2024-02-20 | Russian troops shelled the town of Vovchansk and the Ukrainian city of Kharkiv. | RUSMIL>UKR:194
            2023-05-10 | The protest triggered a crisis in the ruling coalition. |
            2023-05-10 | The minister exploded in anger at the reporters. |
            2023-05-10 | The court dropped charges against the activist. |
            2023-05-10 | The company fired its chief executive on Monday. |
            2023-05-10 | Police dropped the investigation into the bombing. |
            2023-05-10 | The government seized the assets of the oligarch. |
            2021-12-14 | Boko Haram claimed responsibility for abducting 300 schoolboys. |
            2022-03-28 | ELN rebels killed two farmers, Colombia's army said, as Venezuela denied sheltering them. |
            2022-10-29 | Al-Shabaab militants detonated two car bombs at the ministry, killing more than 100 people. | SOMREB>SOMGOV:1832
            """)
    void aNearMissCodesOnlyWhatItSays(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(CoderTestSupport.expectedEvents(expected)); // an empty cell: no event
    }

    /** Session 33 (left33a): a fight in a place "until" a group "is destroyed" is aimed at the group. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-01-10 | Israel will not stop fighting in Lebanon until Hezbollah is defeated. | ISR>LBNUAF:1246
            """)
    void fightUntilTheFoeIsDestroyedIsAimedAtIt(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }

    /** Session 33 (left33a): ", the Indian navy's information office said" attributes; the body is no target of the act before. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-10 | Somali pirates seized a Turkish-owned cargo ship off Somalia on Monday, setting it alight, the Indian navy's information office said. | SOMCRM>TURBUS:1711
            """)
    void possessiveAttributionIsNoTarget(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }
}
