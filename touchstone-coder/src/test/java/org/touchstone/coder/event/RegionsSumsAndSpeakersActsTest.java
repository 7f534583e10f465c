package org.touchstone.coder.event;

import static org.touchstone.coder.CoderTestSupport.assertEvents;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 34 (miss34b): the states of Central Asia not named one by one are the region (CAS); a sum of money paid to a
 * state is economic aid (071; promised, 0331); a deed after ", and" that follows words told in the past perfect is the
 * speaker's own ("said Russian missiles had hit Kyiv, and summoned the envoy"). Sentences written for this test. Each
 * row is "date | sentence | expected events" (space-separated, "-" for none).
 */
class RegionsSumsAndSpeakersActsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-02 | Russia pledged $3 billion in financing to the Central Asian republics at a summit in Astana. | RUS>CAS:0331
            2023-05-02 | Australia will pay Tuvalu A$110 million over ten years under the new treaty. | AUS>TUV:0331
            2023-05-02 | Britain paid Rwanda 140 million pounds under the migration deal. | GBR>RWA:071
            2023-05-02 | Iran will pay a heavy price, Israel warned. | ISR>IRN:130
            """)
    void regionsAndSumsPaid(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-02 | Ukraine said Russian missiles had hit Kyiv, and summoned the Russian envoy. | RUSMIL>UKR:194 UKR>RUSGOV:110
            2023-05-02 | Ukraine said Russia had attacked Kharkiv and killed five civilians. | RUS>UKR:190
            """)
    void aDeedAfterWordsInThePastPerfectIsTheSpeakers(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }
}
