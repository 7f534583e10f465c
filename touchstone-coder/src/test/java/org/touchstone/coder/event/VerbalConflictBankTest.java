package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verbal roots of conflict and public statements (01 statements, 11 disapproval, 12 rejection, 13 threats) as wire
 * copy words them, session 26 (vocab26a). The bank (verbal-conflict-bank.csv) was written for this test from the CAMEO
 * 1.1b3 sub-codes of the four roots, several phrasings per sub-code, never copied from gold or tuning sentences; each
 * row must give an event of its root. The rows of {@link #newWordingCodesTheAct} are the phrasings the bank found
 * missing, with the event expected; the near misses are other senses of the same words.
 */
class VerbalConflictBankTest {

    @ParameterizedTest(name = "{0} {2}")
    @CsvFileSource(resources = "verbal-conflict-bank.csv", delimiter = '|', quoteCharacter = '~')
    void bankSentenceCodesItsRoot(String root, LocalDate date, String sentence) {
        assertThat(events(sentence, date)).anyMatch(e -> e.substring(e.indexOf(':') + 1).startsWith(root));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            2022-08-02 | China's foreign ministry refused to be drawn on whether Beijing would retaliate against Taiwan. | CHNGOV>TWN:011
            2023-03-01 | The Kremlin declined to be drawn on the reports about Wagner in Mali. | RUSGOV>MLI:011
            2023-03-01 | The Pentagon would neither confirm nor deny the Ukrainian strikes in Russia. | USAGOVMIL>UKR:011
            2023-03-01 | Iran would not say whether it had supplied drones to Russia. | IRN>RUS:011
            2023-03-01 | China was deeply concerned by Japan's plan to release water from Fukushima. | CHN>JPN:012
            2023-03-01 | The United States is deeply troubled by China's military activity near Taiwan. | USA>CHN:012
            2023-03-01 | India was troubled over Pakistan's support for militants. | IND>PAK:012
            2024-04-14 | Iran's Revolutionary Guards claimed the drone and missile attack on Israel. | IRNMIL>ISR:015
            2023-03-01 | The Houthis took credit for the strike on a U.S. warship. | YEMREB>USAMIL:015
            2022-10-14 | Joe Biden ripped into Saudi Arabia over the OPEC+ decision to cut oil output. | USAGOV>SAU:111
            2023-03-01 | Hungary laid into Germany for its migration policy. | HUN>DEU:111
            2021-03-22 | China slapped back at the EU over sanctions on Xinjiang officials. | CHN>IGOEUREEC:111
            2023-03-01 | Beijing snapped back at Washington after the remarks. | CHNGOV>USA:111
            2023-03-01 | Russia reacted with fury to Finland's decision to join NATO. | RUS>FIN:111
            2023-01-30 | Poland's Mateusz Morawiecki called Germany's stance on tanks unacceptable. | POLGOV>DEU:111
            2023-03-01 | Japan described China's rhetoric as dangerous. | JPN>CHN:111
            2023-03-01 | Chinese state media attacked Australia over its Pacific policy. | CHNMED>AUS:111
            2023-03-01 | South Korea protested Japan's claim to the Dokdo islands. | KOR>JPN:114
            2024-03-26 | China turned a deaf ear to calls from the Philippines to stop harassing its vessels. | CHN>PHL:120
            2022-10-05 | Saudi Arabia resisted U.S. pressure to boost oil output. | SAU>USA:120
            2023-01-24 | Germany resisted calls from Poland to send Leopard tanks. | DEU>POL:120
            2024-01-21 | The Houthis vowed to keep attacking U.S. ships in the Red Sea. | YEMREB>USA:138
            2023-03-01 | Erdogan vowed to launch a ground operation against Kurdish militants in Syria. | TURGOV>SYRREB:138
            2022-05-12 | Moscow vowed retaliatory steps against Finland for its NATO bid. | RUSGOV>FIN:130
            2023-03-01 | Russia said it would regard Finland's accession as an act of war. | RUS>FIN:138
            2023-03-01 | Erdogan launched a scathing attack on Netanyahu, calling him a butcher. | TURGOV>ISRGOV:111
            2023-03-01 | Erdogan's scathing attack on Israel drew applause. | TURGOV>ISR:111
            """)
    void newWordingCodesTheAct(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            2023-05-03 | The president slammed the door on his way out of the meeting. | 11
            2022-11-09 | The measure was rejected by voters in Arizona. | 12
            2024-02-01 | Climate change threatens many species in Brazil. | 13
            2021-05-05 | The storm threatened coastal towns in Japan. | 13
            2023-06-12 | The wave slammed into the coast of Japan. | 11
            2022-09-09 | Rising prices threaten Germany's economic recovery. | 13
            2019-04-04 | Brazil's team blasted past Argentina to win the final. | 11
            2023-03-01 | Ukrainian forces laid into Russian positions with artillery. | 11
            2023-03-01 | Russian troops ripped into Ukrainian defences near Bakhmut. | 11
            2023-03-01 | Ukrainian troops resisted Russian pressure around Bakhmut. | 12
            2023-03-01 | Russian forces attacked Ukraine over the weekend. | 11
            2023-03-01 | Ukrainian troops attacked Russian positions over their lines. | 11
            2023-03-01 | China's team snapped back at the referee. | 11
            2023-03-01 | Japanese voters were deeply concerned by rising prices. | 01
            2023-03-01 | The Houthis claimed the ship was owned by Israel. | 015
            2023-03-01 | Thousands of Kenyans protested Ruto's tax plan in Nairobi. | 114
            2023-03-01 | Russia launched a massive attack on Ukrainian energy facilities. | 11
            """)
    void nearMissesCodeNoneOfIt(LocalDate date, String sentence, String code) {
        assertThat(events(sentence, date)).noneMatch(e -> e.substring(e.indexOf(':') + 1).startsWith(code));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            2023-03-01 | Israel has neither confirmed nor denied carrying out the strike on Iran's consulate. | 01
            """)
    void aPastSilenceIsNoEvent(LocalDate date, String sentence, String root) {
        assertThat(events(sentence, date)).noneMatch(e -> e.substring(e.indexOf(':') + 1).startsWith(root));
    }
}
