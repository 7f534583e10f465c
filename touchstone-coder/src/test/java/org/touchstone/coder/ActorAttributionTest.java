package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attribution: the right code, given to the right parties. Written for this test from GOLD-SET.md's conventions and
 * ordinary news English (never gold or tuning sentences): a state and "its European allies" are two sources (S7-10),
 * a journalist called dissident or opposition is media,
 * a state that joins a body is admitted by it (R18, coded from the organization), a denial is aimed at the accuser
 * whose report it rejects (R8) and never at those the denier's troops fought alongside, and an armed movement's local
 * branch ("Islamic State's Afghan affiliate") is the movement, not the state its demonym names, and helpers named
 * after an act of aid or force (", along with U.S. aircraft", "with the help of") are its doers too. Each row is "date | sentence | expected events"; the near
 * misses list every event the sentence gives. Where Korea is named, "the North" and "the South" are its two states;
 * elsewhere, or before a name ("the South China Sea"), nothing.
 */
class ActorAttributionTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-02-17 | France and its European allies announced that they would pull their troops out of Mali. | FRA>MLI:1313 EUR>MLI:1313
            2022-02-17 | Italy and its European allies said they would suspend military aid to Niger. | ITA>NER:1311 EUR>NER:1311
            2022-02-17 | Germany and its European partners will withdraw their ambassadors from Minsk. | DEU>BLR:1313 EUR>BLR:1313
            2022-02-17 | Canada and its Western allies imposed sanctions on Belarus. | CAN>BLR:163 WST>BLR:163
            2023-03-08 | South Korea is considering resuming rice aid to the North. | KOR>PRK:014
            2023-03-08 | Seoul accused the North of firing artillery shells near the border. | KORGOV>PRK:1123
            2023-03-08 | Kim Jong Un said the South was the North's most hostile state. | PRKGOV>KOR:111
            2021-05-23 | Belarus diverted a passenger jet to Minsk and arrested the dissident journalist Roman Protasevich. | BLR>BLRMED:173
            2021-05-23 | Russia arrested the opposition journalist Ivan Petrov on Monday. | RUS>RUSMED:173
            2021-05-23 | Iran detained the exiled journalist on his return to Tehran. | IRN>IRNMED:173
            2023-04-04 | Finland officially joined NATO on Tuesday. | IGOWSTNAT>FIN:050
            2024-03-07 | Sweden became a full member of NATO on Thursday. | IGOWSTNAT>SWE:050
            2024-01-01 | Egypt and Ethiopia joined BRICS on Monday. | IGOBUSBRC>EGY:050 IGOBUSBRC>ETH:050
            2024-03-07 | Timor-Leste became ASEAN's 11th member. | IGOSEAASN>TMP:050
            2023-09-09 | The African Union became a permanent member of the G20. | IGOBUSGTW>IGOAFRAFU:050
            2023-06-01 | Burundi denied on Monday that its soldiers had fought alongside Congolese rebels in South Kivu. | BDI>COD:016
            2023-06-01 | Iran denied that its advisers were fighting alongside Houthi rebels in Yemen. | IRN>YEM:016
            2023-06-01 | Rwanda denied that its troops were fighting alongside M23 rebels, calling a UN experts' report biased. | RWA>IGOUNO:016
            2023-06-01 | Iran denied on Tuesday that it had sent drones and missiles to Russia for use in Ukraine, dismissing a UN panel's report as politically motivated. | IRN>IGOUNO:016
            2023-06-01 | Mali's junta denied that Russian mercenaries had been deployed in the country, rejecting accusations by 15 Western governments. | MLIMIL>WST:016
            2021-08-27 | Islamic State's Afghan branch claimed the bombing of a mosque in Kunduz. | IMGMOSISI>AFG:015
            2019-04-22 | Al-Qaeda's Yemeni branch claimed the attack on a military parade in Aden. | IMGMOSALQ>YEM:015
            2024-03-02 | Egypt delivered aid to Gaza with help from the United Arab Emirates. | EGY>PSE:070 ARE>PSE:070
            2024-03-02 | The Royal Jordanian Air Force airdropped medical supplies into Gaza, along with French military aircraft. | JORMIL>PSE:073 FRAMIL>PSE:073
            2024-03-02 | Russian warplanes struck rebel positions in Idlib, together with Syrian helicopters. | RUSMIL>SYRREB:195 SYRMIL>SYRREB:195
            2021-08-27 | Islamic State's Afghan affiliate claimed a suicide bombing in Kabul, and President Joe Biden vowed to track down those responsible. | USAGOV>IMGMOSISI:138
            """)
    void codesTheRightParties(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-02-17 | Germany imposed sanctions on Russia and its European allies condemned Iran. | DEU>RUS:163 EUR>IRN:111
            2022-02-17 | The United States imposed sanctions on Iran and its regional allies. | USA>IRN:163
            2021-05-23 | Police in Minsk detained an opposition activist on Sunday. | BLRCOP>BLROPP:173
            2021-05-23 | Police in Minsk detained a dissident on Sunday. | BLRCOP>BLROPP:173
            2024-03-07 | Sweden joined NATO naval exercises in the Baltic. | SWE>IGOWSTNAT:062
            2024-03-07 | Sweden applied to join NATO. | SWE>IGOWSTNAT:022
            2023-06-01 | Rwanda denied that its troops were fighting M23 rebels in eastern Congo. | RWA>CODREB:016
            2023-06-01 | Iran denied supplying drones to Russia, and Ukraine published a report on the attacks. | IRN>RUS:016
            2019-04-22 | Russia's Syrian allies launched a new offensive in Idlib. | SYR>SYRREB:190
            2024-03-02 | The EU sanctioned Russian officials along with Belarusian businessmen. | IGOEUREEC>RUSGOV:163
            2024-03-02 | Egypt condemned Israel, along with Jordan. | EGY>ISR:111
            2024-03-02 | Israel shot down drones launched by Iran with the help of the United States. | IRN>ISR:195
            2023-03-08 | The storm hit the North of England. |
            2023-03-08 | Seoul and Washington held drills near the South China Sea. | KORGOV>USAGOV:062 USAGOV>KORGOV:062
            """)
    void aNearMissCodesOnlyWhatItSays(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(CoderTestSupport.expectedEvents(expected)); // an empty cell: no event
    }
}
