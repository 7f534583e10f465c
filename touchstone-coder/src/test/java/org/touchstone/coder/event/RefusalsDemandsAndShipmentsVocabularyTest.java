package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Vocabulary added in session 24 (vocab24b): a refusal to extradite (1243), demands that property or land be returned
 * (1053), an end to the war or the bombing demanded as a ceasefire is (1056), a shipment of goods blocked or halted on
 * its way to a state (163; weapons 1622), a named bridge blocked (144) and boats scuttled (1712). Sentences written for
 * this test (never gold or tuning sentences). Each row is "date | sentence | expected event" or "date | sentence |
 * code that must not appear".
 */
class RefusalsDemandsAndShipmentsVocabularyTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-05-01 | Russia said it would not extradite the two suspects to Britain. | RUS>GBR:1243
            2019-05-01 | Brazil refused to extradite the fugitive to Italy. | BRA>ITA:1243
            2019-05-01 | Russia said it would not extradite Ukrainian suspects. | RUS>UKR:1243
            2019-05-01 | Kenya demanded that Somalia return the seized cattle. | KEN>SOM:1053
            2019-05-01 | Iran demanded the return of its seized tanker from Britain. | IRN>GBR:1053
            2019-05-01 | Argentina demanded that Britain hand the islands back. | ARG>GBR:1053
            2019-05-01 | The African Union demanded that Sudan's military return to the barracks. | IGOAFRAFU>SDNMIL:1056
            2019-05-01 | Ukraine demanded an end to the war from Russia. | UKR>RUS:1056
            2019-05-01 | Ukraine demanded an immediate halt to the bombing by Russia. | UKR>RUS:1056
            2021-03-01 | Italy blocked a shipment of vaccine doses to Australia. | ITA>AUS:163
            2021-03-01 | Germany halted a shipment of medical masks to Switzerland. | DEU>CHE:163
            2021-03-01 | Germany blocked a shipment of tanks to Turkey. | DEU>TUR:1622
            2022-02-11 | Canadian truckers blocked the Ambassador Bridge for a fifth day. | CANCVL>CANGOV:144
            2015-01-01 | The Indonesian navy scuttled two Malaysian fishing boats. | IDNMIL>MYS:1712
            """)
    void theWordingCodesTheAct(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-05-01 | Turkey extradited the suspect to Germany. | 1243
            2019-05-01 | Russia refused to hand over power in Crimea to Ukraine. | 1243
            2019-05-01 | Russia demanded that Ukraine return to the negotiating table. | 1053
            2019-05-01 | Kenya demanded that Somalia return to talks. | 1053
            2019-05-01 | Ukraine demanded an apology from Russia. | 1056
            2021-03-01 | Hungary blocked an EU aid package for Ukraine. | 163
            2021-03-01 | Russia blocked a UN resolution on Syria. | 163
            2022-02-11 | Canadian truckers blocked the bill in parliament. | 144
            2015-01-01 | Indonesia scuttled the deal with Vietnam. | 1712
            2015-01-01 | Indonesia scuttled talks with Vietnam over fishing boats. | 1712
            """)
    void nearMissesCodeNoneOfIt(LocalDate date, String sentence, String code) {
        assertThat(events(sentence, date)).noneMatch(e -> e.substring(e.indexOf(':') + 1).equals(code));
    }
}
