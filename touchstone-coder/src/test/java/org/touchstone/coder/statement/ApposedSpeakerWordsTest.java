package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Statement;

/**
 * A speaker named in apposition whose verb is followed by a circumstance and then "that" (session 23, nothing23):
 * "Tunisia's new president, Kais Saied, said on Wednesday that ..." opens the words after the verb, as the same line
 * without the apposition or without the circumstance does. It had been read as a trailing attribution ("..., the army
 * said on Monday"), its words taken from before the speaker, so the statement lost its targets and stance. Trailing
 * attributions, with or without a participle after them, stay trailing. Sentences written for the test.
 */
class ApposedSpeakerWordsTest {
    private static final LocalDate DAY = LocalDate.of(2023, 6, 15);

    private static List<String> events(String text) {
        return CoderTestSupport.events(text, DAY);
    }

    private static Statement only(String text) {
        return CoderTestSupport.onlyStatement(text, DAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tunisia's new president, Kais Saied, said on Wednesday that Israel was a criminal state.|TUNGOV>ISR:111",
        "Tunisia's new president, Kais Saied, said in an interview that Israel was a criminal state.|TUNGOV>ISR:111",
        "Kais Saied, the new president, said on Wednesday that Israel was a criminal state.|TUNGOV>ISR:111",
        "The new president, Kais Saied, said on Wednesday that Israel was a criminal state.|TUNGOV>ISR:111",
        "Iran's foreign minister, Hossein Amirabdollahian, said in a television interview that Israel had committed war crimes.|IRNGOV>ISR:112",
        "Japan's prime minister, Fumio Kishida, said at a news conference that China's military build-up was a serious concern.|JPNGOV>CHN:012",
        "Kenya's president, William Ruto, said on Thursday that he would visit China.|KENGOV>CHN:036",
    })
    void theWordsAfterAnApposedSpeakersCircumstanceAreTheirs(String text, String event) {
        assertThat(events(text)).contains(event);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the same words without the apposition or without the circumstance, as before
        "Tunisian President Kais Saied said on Wednesday that Israel was a criminal state.|TUNGOV|ISR",
        "Tunisia's new president, Kais Saied, said that Israel was a criminal state.|TUNGOV|ISR",
        "Germany's chancellor, Olaf Scholz, said on Thursday that Russia was waging a brutal war.|DEUGOV|RUS",
    })
    void theStatementSpeaksOfTheActorInTheWords(String text, String speaker, String target) {
        Statement st = only(text);
        assertThat(st.speaker()).isEqualTo(speaker);
        assertThat(st.targets()).containsExactly(target);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // trailing attributions: the words come before the speaker
        "Israel would never accept a Palestinian state, the prime minister, Benjamin Netanyahu, said on Thursday.|ISR>PSE:120",
        "Russian forces shelled Kharkiv, the Ukrainian military said in a statement.|RUSMIL>UKR:194",
        "Russia attacked Kyiv overnight, Ukraine's air force said on Thursday, adding that it had shot down 20 drones.|RUS>UKR:190",
    })
    void aTrailingAttributionKeepsTheWordsBeforeIt(String text, String event) {
        assertThat(events(text)).containsExactly(event);
    }
}
