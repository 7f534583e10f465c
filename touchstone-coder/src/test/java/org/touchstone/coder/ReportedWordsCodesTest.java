package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The code of reported words comes from what they say (GOLD-SET.md R3b-R3d, R8-R11, S7-1), written for this test from
 * the CAMEO 1.1b3 manual and ordinary news English (never gold or tuning sentences): intents told in the words (police
 * sent abroad, a peace text agreed, a resignation agreed to, investment welcomed, better relations wanted, a partner
 * for good), refusals (a base not allowed, a state's accession not approved, dictation not allowed), demands by what
 * is demanded (a step scrapped, a constitution changed), and evaluations (gravely concerning, a strategic mistake,
 * economic warfare, legitimate targets, alarm at reports; session 36: a biggest enemy, a red line to be crossed). Each row is "date | sentence | expected events"; the near
 * misses list every event the sentence gives.
 */
class ReportedWordsCodesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-03-15 | Rwanda's president said Rwanda would send police officers to Mozambique. | RWA>MOZ:0334
            2024-03-15 | Senegal will send gendarmes to Gambia, the foreign minister said. | SEN>GMB:0334
            2024-03-15 | Serbia and Kosovo said they had agreed on the text of a peace agreement. | SRB>KSV:037 KSV>SRB:037
            2024-03-15 | Eritrea and Ethiopia agreed to a peace deal on Monday. | ERI>ETH:037 ETH>ERI:037
            2024-03-15 | Malawi's president has agreed to step down, the opposition leader said. | MWIGOV>MWI:0341
            2024-03-15 | The Nepalese prime minister will step down next week. | NPLGOV>NPL:0341
            2024-03-15 | The Peruvian president said he would not resign. | PERGOV>PER:1231
            2024-03-15 | Vietnam would welcome more Japanese investment, the Vietnamese prime minister said. | VNM>JPN:0311
            2024-03-15 | Pakistan wants good relations with Afghanistan, Sharif said. | PAK>AFG:030
            2024-03-15 | The Japanese prime minister said Japan wanted a new chapter in relations with South Korea. | JPN>KOR:030
            2024-03-15 | Kenya would remain a reliable partner for Ethiopia, Ruto said. | KEN>ETH:030
            """)
    void anIntentInTheWordsIsIts03Code(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-03-15 | Djibouti's foreign minister said Djibouti will not allow China to set up military bases. | DJI>CHN:1212
            2024-03-15 | The Georgian prime minister told parliament that Georgia would never allow Russia to open a military base on its soil. | GEO>RUS:1212
            2024-03-15 | Hungary could not approve Ukraine joining the European Union, Orban said. | HUN>UKR:120
            2024-03-15 | The Polish prime minister said Poland would not allow Germany to dictate its laws. | POL>DEU:124
            2024-03-15 | Austria would not seek to join NATO, the chancellor said. | AUT>IGOWSTNAT:120
            2024-03-15 | Kazakhstan will not seek to join BRICS for now, Tokayev said. | KAZ>IGOBUSBRC:120
            2024-03-15 | Hungary would not want to meet Zelensky, Orban said. | HUN>UKRGOV:125
            2024-03-15 | The Panamanian president said the canal was not for sale after Trump threatened to take it back. | PANGOV>USAOPP:124
            2024-03-15 | The Danish prime minister said Greenland would never be for sale, a day after Trump said the United States should buy it. | DNKGOV>USAOPP:124
            """)
    void aRefusalInTheWordsIsIts12Code(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-03-15 | Kosovo demanded that Serbia scrap its new border rules. | KSV>SRB:105
            2024-03-15 | The European Commission demanded that Hungary revoke the law. | IGOEUREEC>HUN:105
            2024-03-15 | Azerbaijan insisted that Armenia must amend its constitution. | AZE>ARM:1044
            2024-03-15 | Baku demanded that Armenia remove territorial claims against Azerbaijan from its constitution. | AZEGOV>ARM:1044
            """)
    void aDemandIsCodedByWhatItDemands(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-03-15 | Canada said the military pact between Russia and North Korea was deeply concerning. | CAN>RUS:012 CAN>PRK:012
            2024-03-15 | The Japanese foreign minister said relying on Chinese rare earths had been a strategic mistake. | JPNGOV>CHN:012
            2024-03-15 | Iran told the UN General Assembly that the US sanctions on the country amounted to economic warfare. | IRN>USA:111
            2024-03-15 | A Hezbollah commander said Israeli ships had become legitimate targets. | LBNUAF>ISR:138
            2024-03-15 | A Houthi spokesman said American and British warships were now legitimate targets. | YEMREB>USAMIL:138 YEMREB>GBRMIL:138
            2024-03-15 | The Iranian president told a rally that Israel remained the region's biggest enemy. | IRNGOV>ISR:111
            2024-03-15 | Turkey's foreign minister said any Greek troops on the islands would cross a "red line" for Ankara. | TURGOV>GRCMIL:130
            2024-03-15 | The United Nations said on Friday it was alarmed by reports that the RSF had burned villages near El Geneina. | IGOUNO>SDNREB:012
            2024-03-15 | Speaking at the UN General Assembly, Mexico's president said the US-led war on drugs had failed. | MEXGOV>USA:111
            2024-03-15 | The Slovak prime minister told a German newspaper that the European Union's sanctions against Russia had failed. | SVKGOV>IGOEUREEC:111
            2024-03-15 | The Kenyan opposition leader said the electoral commission had failed to ensure a fair count. | KENOPP>KENGOV:111
            2024-03-15 | The Iranian foreign minister said Israel was conspiring against Iran with Saudi Arabia. | IRNGOV>ISR:112
            2024-03-15 | Nicolas Maduro told supporters in Caracas that Washington was plotting to take Venezuela's oil. | VENGOV>USAGOV:112
            2024-03-15 | Malaysia said on Tuesday it was deeply concerned by reports that the Myanmar army had bombed a school. | MYS>MMRMIL:012
            """)
    void anEvaluationInTheWordsIsTheSpeakersStance(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-03-15 | The Polish president said the drone had been shot down and called on Russia to explain the incident. | POLGOV>RUS:020
            2024-03-15 | The Iranian foreign minister said the tanker had been seized illegally and urged Britain to release it. | IRNGOV>GBR:0253
            """)
    void theReporterGoesOnSpeakingAfterAnAgentlessPassive(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-03-15 | The Azerbaijani foreign ministry told a briefing that Western capitals were arming Armenia and encouraging it to prepare for war. | AZEGOV>ARM:020
            """)
    void aVerbAfterAndKeepsTheSubjectOfItsClause(LocalDate date, String sentence, String notExpected) {
        assertThat(events(sentence, date)).doesNotContain(notExpected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-03-15 | The police officers sent to Haiti returned home on Monday. |
            2024-03-15 | Armenia and Azerbaijan signed a peace treaty in Washington. | ARM>AZE:057 AZE>ARM:057
            2024-03-15 | The prime minister of Nepal was due to resign on Friday. |
            2022-07-13 | The Sri Lankan president fled to the Maldives, hours before he was due to resign. |
            2024-03-15 | Kenya remained a partner of Ethiopia during the talks. |
            2024-03-15 | Djibouti allowed China to build a naval base. | DJI>CHN:062
            2024-03-15 | Armenia amended its constitution in 2015. |
            2024-03-15 | The minister said the state airline was not for sale. |
            2024-03-15 | Kazakhstan will seek to join BRICS, Tokayev said. | KAZ>IGOBUSBRC:032
            2024-03-15 | The Serbian president said the plot against him had failed. |
            2024-03-15 | The Serbian president said Croatia was not plotting against Serbia. |
            2024-03-15 | Turkey will not seek to attack Greece, Erdogan said. |
            2024-03-15 | Finland did not seek to join NATO before 2022. |
            2024-03-15 | The German chancellor said trusting Russia had not been a mistake. |
            2024-03-15 | Tusk said on Monday investigators were examining whether Russia was behind the fire. |
            2024-03-15 | 'Iran made a big mistake and it will pay for it,' the Israeli prime minister said. | ISRGOV>IRN:130
            """)
    void aNearMissCodesOnlyWhatItSays(LocalDate date, String sentence, String expected) {
        List<String> coded = events(sentence, date);
        assertThat(coded).containsExactlyInAnyOrder(CoderTestSupport.expectedEvents(expected)); // an empty cell: no event
    }
}
