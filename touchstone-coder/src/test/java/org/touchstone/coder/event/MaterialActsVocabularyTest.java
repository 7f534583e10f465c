package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Verb vocabulary of the material roots added in session 26 (vocab26b), written against a phrase bank of new wire-style
 * sentences rather than the studied ones: arms and energy bought, received or pumped (061, 062), exercises joined
 * (062), suspects sent for trial or handed over (063), intelligence tipped or given with a modifier (064), people put
 * under investigation, abuses documented, suspects identified and missions set up to investigate a state's crackdown
 * (09x), patrols and shadowing near another's waters, alerts, readiness raised, forces stationed, drafted or their
 * activation ordered (15x), goods confiscated from their owners, groups declared undesirable, people picked up, held for
 * questioning, dragged out, kicked out or forcibly returned, crowds charged, surrounded or hit with water cannon
 * (17x), hand weapons wielded against people (182). Sentences written for this test (never gold or
 * tuning sentences). Each row is "date | sentence | expected event" or "date | sentence | root that must not appear".
 */
class MaterialActsVocabularyTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-12-02 | Russia began pumping gas to China through the Power of Siberia pipeline. | RUS>CHN:061
            2023-06-12 | Chinese companies poured billions of dollars into Hungarian battery plants. | CHNBUS>HUN:061
            2022-06-01 | Germany took delivery of the first shipment of Qatari gas. | DEU>QAT:061
            2018-09-11 | Chinese troops took part in Russia's Vostok military exercises. | CHNMIL>RUS:062
            2023-07-21 | India joined naval drills hosted by Egypt. | IND>EGY:062
            2019-07-12 | Turkey took delivery of the first parts of the Russian S-400 missile defence system. | TUR>RUS:062
            2022-11-04 | Saudi Arabia took delivery of American Patriot missiles. | SAU>USA:062
            2021-10-24 | Colombia sent drug kingpin Otoniel to the United States to stand trial. | COL>USA:063
            2023-05-12 | Spain handed over a Russian hacker to the United States. | ESP>USA:063
            2022-03-15 | Pakistan transferred two terror suspects to American custody. | PAK>USA:063
            2016-03-25 | Belgium surrendered the suspect to French authorities. | BEL>FRAGOV:063
            2021-03-15 | Israel tipped off Morocco about a planned attack. | ISR>MAR:064
            2022-10-05 | Washington gave Kyiv detailed targeting information on Russian positions. | USAGOV>UKRGOV:064
            2024-01-10 | Brazilian police put former President Bolsonaro under investigation over the alleged coup plot. | BRACOP>BRAOPP:091
            2018-09-05 | British police identified two Russian intelligence officers as suspects in the Salisbury poisoning. | GBRCOP>RUSSPY:091
            2023-03-16 | UN investigators documented torture of Ukrainian prisoners by Russian guards. | IGOUNO>RUS:092
            2020-09-18 | The UN Human Rights Council set up a commission of inquiry to investigate Belarus's crackdown on protesters. | IGOUNOHRI>BLR:092
            2023-04-11 | Chinese coast guard ships patrolled waters near the Senkaku Islands. | CHNCOP>JPN:150
            2022-02-21 | Turkish warships patrolled off the coast of Cyprus. | TURMIL>CYP:150
            2024-03-04 | Chinese coast guard vessels shadowed Philippine supply boats near Second Thomas Shoal. | CHNCOP>PHL:150
            2014-05-20 | Thai troops encircled Government House in Bangkok. | THAMIL>THAGOV:150
            2025-05-08 | India's armed forces are on maximum alert along the border with Pakistan. | INDMIL>PAK:152
            2024-09-05 | The Russian army went on full alert along the border with Finland. | RUSMIL>FIN:152
            2024-04-13 | Jordan activated its air defences ahead of an expected Iranian attack on Israel. | JOR>IRN:152
            2022-02-25 | Finland raised the readiness of its armed forces after Russia invaded Ukraine. | FIN>RUS:152
            2021-11-10 | Poland stationed thousands of additional troops on its border with Belarus. | POL>BLR:154
            2022-09-23 | Russia began drafting reservists for the war against Ukraine. | RUS>UKR:154
            2019-08-20 | Venezuela ordered the deployment of troops to the border with Colombia. | VEN>COL:154
            2024-06-17 | Chinese coast guard personnel confiscated the catch of Philippine fishermen. | CHNCOP>PHLCVL:1711
            2023-05-26 | Russia declared Human Rights Watch an undesirable organization. | RUS>NGOHRIHRW:1721
            2021-06-01 | Chinese police picked up an Australian writer at the airport. | CHNCOP>AUSCVL:173
            2023-02-03 | Russian security services picked up a Ukrainian activist in Crimea. | RUSSPY>UKRCVL:173
            2022-01-13 | Turkish police held two Swedish journalists for questioning. | TURCOP>SWEMED:173
            2023-05-09 | Pakistani paramilitary forces hauled Imran Khan out of a courtroom. | PAKUAF>PAKOPP:173
            2023-10-31 | Pakistan began forcibly returning Afghan migrants. | PAK>AFGCVL:174
            2022-01-31 | Mali kicked the French ambassador out. | MLI>FRAGOV:161
            2024-12-02 | Georgian riot police used water cannon against demonstrators in Tbilisi. | GEOCOP>GEOCVL:175
            2019-08-31 | Hong Kong police charged at demonstrators with batons. | HKGCOP>HKGCVL:175
            2022-11-27 | Chinese police surrounded protesters in Shanghai. | CHNCOP>CHNCVL:175
            2024-06-19 | Chinese coast guard personnel wielded knives and axes against Philippine sailors. | CHNCOP>PHLMIL:182
            """)
    void theWordingCodesTheAct(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | The opposition seized the opportunity to attack the government. | 17
            2024-06-17 | China seized a group of Philippine fishermen. | 1711
            2023-05-01 | Germany took part in the talks with France. | 06
            2023-05-01 | The minister picked up the phone and called Blinken. | 17
            2023-05-01 | Police officers picked up litter in Moscow. | 17
            2023-05-01 | Police held talks with protest leaders in Nairobi. | 17
            2023-05-01 | Brexit dragged Britain out of the European Union. | 17
            2023-05-01 | The striker kicked the ball out of the stadium. | 17
            2023-05-01 | The court charged the Russian minister with fraud. | 175
            2023-05-01 | China wielded its influence at the United Nations. | 18
            2023-05-01 | Hungary wielded its veto against Ukraine. | 18
            2023-05-01 | Russia declared the talks with Ukraine a failure. | 17
            2023-05-01 | The report documented the damage in Ukraine. | 09
            2023-05-01 | The report identified Russia as a threat to Europe. | 09
            2023-05-01 | The government put the plan under review. | 09
            2023-05-01 | The United States has poured billions of dollars into Ukraine. | 06
            2023-05-01 | Turkish and Russian troops patrolled near Kobani. | 15
            2023-05-01 | The scandal shadowed the Japanese prime minister's visit. | 15
            2023-05-01 | Britain drafted a resolution on Sudan. | 15
            2023-05-01 | Protesters surrounded the parliament in Tbilisi. | 15
            2023-05-01 | Japan took delivery of a new research vessel. | 06
            2023-07-01 | China and Russia held joint drills with Russian warplanes. | 19
            """)
    void nearMissesCodeNoneOfIt(LocalDate date, String sentence, String root) {
        assertThat(events(sentence, date)).noneMatch(e -> e.substring(e.indexOf(':') + 1).startsWith(root));
    }
}
