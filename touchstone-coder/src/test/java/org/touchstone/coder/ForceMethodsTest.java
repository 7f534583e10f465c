package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Force, coercion and arrest worded by their method, and who does them, written for this test from the CAMEO 1.1b3
 * manual, the gold set's rules (R2, R5, R16, R17, S7-15) and ordinary wire English (never gold or tuning sentences):
 * fire exchanged with no weapon named, fighting by its weapons, the toll of a fight told after a comma, killings "by"
 * a state's fire or shelling, mass killings by a state's forces at home, beheadings, outlets suspended, airliners
 * forced to land, journalists jailed by their rulers, police mobilized against a crowd, a defence force on alert.
 * Each row is "date | sentence | expected events"; the near misses list every event the sentence gives.
 */
class ForceMethodsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-06-01 | Kyrgyz and Tajik border guards exchanged fire near the village on Thursday. | KGZCOP>TJKCOP:190 TJKCOP>KGZCOP:190
            2023-06-01 | Indian troops traded fire with Pakistani soldiers along the Line of Control. | INDMIL>PAKMIL:190 PAKMIL>INDMIL:190
            2023-06-01 | Israeli and Lebanese troops exchanged gunfire across the border. | ISRMIL>LBNMIL:193 LBNMIL>ISRMIL:193
            2023-06-01 | Indian and Chinese troops clashed with sticks and stones on the disputed border. | INDMIL>CHNMIL:190 CHNMIL>INDMIL:190
            2023-06-01 | Kyrgyz soldiers fought Tajik troops with clubs and rocks. | KGZMIL>TJKMIL:190 TJKMIL>KGZMIL:190
            2023-06-01 | Thai and Cambodian soldiers fought with knives and fists near the temple on Tuesday. | THAMIL>KHMMIL:190 KHMMIL>THAMIL:190
            2023-06-01 | Armenian and Azerbaijani troops fought with artillery and tanks along the border. | ARMMIL>AZEMIL:194 AZEMIL>ARMMIL:194
            2023-06-01 | Sudanese troops fought the RSF using heavy artillery. | SDNMIL>SDNREB:194 SDNREB>SDNMIL:194
            2023-06-01 | Kyrgyz and Tajik troops fought with drones along the frontier. | KGZMIL>TJKMIL:195 TJKMIL>KGZMIL:195
            2023-06-01 | Two Lebanese soldiers were killed by Israeli fire near the border. | ISRMIL>LBNMIL:190
            2023-06-01 | Four Ukrainian civilians were wounded by Russian shelling in Kherson. | RUSMIL>UKRCVL:194
            2023-06-01 | Three Syrian soldiers were killed by Turkish drone strikes. | TURMIL>SYRMIL:195
            2023-06-01 | Sudan's army killed more than 200 villagers in Darfur, a rights group said. | SDNMIL>SDNCVL:202
            2023-06-01 | Nigerian soldiers summarily executed at least 150 villagers. | NGAMIL>NGACVL:202
            2023-06-01 | Myanmar's military massacred dozens of villagers. | MMRMIL>MMRCVL:202
            2023-06-01 | A Sudanese army air strike killed more than 100 people at a market. | SDNMIL>SDNCVL:195
            2023-06-01 | Islamic State militants beheaded a British aid worker. | IMGMOSISI>GBRCVL:1823
            2023-06-01 | Boko Haram fighters decapitated three farmers. | NGAREB>NGACVL:1823
            2023-06-01 | Mali's junta suspended France 24 and Radio France Internationale. | MLIMIL>FRAMED:1721
            2023-06-01 | Niger's junta banned the BBC for three months. | NERMIL>GBRMED:1721
            2023-06-01 | Burkina Faso's junta suspended the BBC and Voice of America. | BFAMIL>GBRMED:1721 BFAMIL>USAMED:1721
            2021-05-24 | Belarus forced a Lufthansa plane to land in Minsk. | BLR>DEUBUS:181
            2021-05-24 | Belarusian fighter jets forced down a Ryanair flight on Sunday. | BLRMIL>IRLBUS:181
            2021-05-24 | A Lufthansa flight from Kyiv to Frankfurt was forced to land in Minsk by Belarusian jets. | BLRMIL>DEUBUS:181
            2021-05-24 | Belarus forced a Ryanair jet travelling from Athens to Vilnius to land in Minsk and arrested a blogger on board. | BLR>IRLBUS:181
            2022-05-01 | Myanmar's junta sentenced three journalists to prison. | MMRMIL>MMRMED:116
            2022-05-01 | Belarusian police detained four journalists. | BLRCOP>BLRMED:173
            2025-03-15 | Georgian riot police were deployed outside parliament as protesters marched through Tbilisi. | GEOCOP>GEOCVL:153
            2023-12-04 | Guyana's defence force was placed on high alert after Venezuela's referendum. | GUYMIL>VEN:152
            2020-01-03 | A US drone strike killed Iranian Quds Force commander Qassem Soleimani. | USAMIL>IRNMIL:186
            2020-01-03 | Iranian agents kidnapped a dissident in Iraq. | IRNGOV>IRQOPP:181
            2020-01-03 | Chinese agents harassed Uyghur activists in Turkey. | CHNGOV>TURCVL:170
            2024-06-07 | Two UN employees were detained by Yemen's Houthis. | YEMREB>IGOUNO:173
            2021-10-25 | Troops from Sudan's army arrested the prime minister. | SDNMIL>SDNGOV:173
            2023-05-01 | Russian troops shelled positions held by Ukrainian forces near Bakhmut. | RUSMIL>UKRMIL:194
            2023-05-01 | Sudan's army struck areas controlled by the RSF in Khartoum. | SDNMIL>SDNREB:194
            2023-09-19 | Azerbaijan began what it called a counter-terrorism operation, shelling positions held by ethnic Armenian forces. | AZE>AZEREB:194
            2022-02-24 | Russia launched what it called a "special military operation" in Ukraine, shelling Ukrainian positions near Kharkiv. | RUS>UKRMIL:194
            2023-11-19 | Houthi rebels seized a British-owned oil tanker off Yemen. | YEMREB>GBRBUS:181
            2023-11-19 | Al-Shabaab militants seized an Iran-linked fishing boat off the Somali coast. | SOMREB>IRNCVL:181
            2023-02-07 | Rebels in Indonesia's Papua province abducted a New Zealand teacher. | IDNREB>NZLCVL:181
            2023-02-07 | Police in Russia's Belgorod region arrested two Ukrainians. | RUSCOP>UKRCVL:173
            2023-02-07 | Separatist rebels in Indonesia's Papua region kidnapped a New Zealand airline pilot. | IDNREB>NZLCVL:181
            2022-09-21 | A reporter was beaten by Iranian security forces in Tehran on Tuesday. | IRNCOP>IRNMED:182
            2023-03-09 | Two Russian journalists said they had been beaten by Georgian police at the border. | GEOCOP>RUSMED:182
            """)
    void codesTheMethod(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-06-01 | Chinese and Indian troops fought along their border on Monday. | CHNMIL>INDMIL:190 INDMIL>CHNMIL:190
            2023-06-01 | Indian and Pakistani troops exchanged fire across the Line of Control, killing three Pakistani soldiers. | INDMIL>PAKMIL:190 PAKMIL>INDMIL:190
            2023-06-01 | Thai troops shelled Cambodian positions, killing two Cambodian soldiers. | THAMIL>KHMMIL:194
            2023-06-01 | Israeli troops raided Jenin, killing Hamas commander Mohammed Deif. | ISRMIL>PSE:190 ISRMIL>PSEREB:186
            2023-06-01 | Three Syrian soldiers were killed by Turkish troops. | TURMIL>SYRMIL:190
            2023-06-01 | Three soldiers were killed on the border. |
            2023-06-01 | Russian troops killed more than 400 civilians, Ukraine said. |
            2023-06-01 | Security forces in Iran killed more than 100 protesters. | IRNCOP>IRNCVL:175
            2023-06-01 | Ethiopian soldiers killed 30 civilians. |
            2023-06-01 | The junta suspended talks with ECOWAS. |
            2021-05-24 | A Ryanair flight was forced to land in Minsk after a bomb threat. |
            2021-05-24 | Lufthansa flights landed in Minsk on Sunday. |
            2021-05-24 | Belarus forced the opposition to withdraw. |
            2022-05-01 | Russia freed a journalist and two prisoners in an exchange with the West. |
            2025-03-15 | Riot police were deployed outside parliament on Sunday. |
            2021-08-31 | Border agents detained a migrant. |
            2021-10-25 | Troops from Chad arrested two rebels. |
            2023-11-19 | Iran's Revolutionary Guards seized a British-flagged tanker in the Strait of Hormuz. | IRNMIL>GBR:1711
            2023-11-19 | Iran-linked militias attacked US troops in Syria. |
            2023-05-01 | Russian troops shelled the village, which was held by Ukrainian troops until May. |
            2022-12-18 | Brazil were beaten by Argentina in the World Cup final. |
            2020-11-07 | Donald Trump was beaten by Joe Biden in the election. |
            """)
    void aNearMissCodesOnlyWhatItSays(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(CoderTestSupport.expectedEvents(expected)); // an empty cell: no event
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2007-03-23 | Iranian forces seized 15 British sailors in the Gulf. | IRNMIL>GBRMIL:181
            2006-07-12 | Hezbollah fighters captured two Israeli soldiers in a cross-border raid. | LBNUAF>ISRMIL:181
            2014-04-27 | Pro-Russian separatists seized OSCE observers in Sloviansk. | UKRREB>IGOEURSCE:181
            2022-02-28 | Russian troops captured the town of Berdyansk. | RUSMIL>UKR:192
            2008-11-18 | Somali pirates captured a Saudi supertanker. | SOMCRM>SAU:1711
            """)
    void peopleSeizedAreTakenNotTerritoryOrProperty(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }
}
