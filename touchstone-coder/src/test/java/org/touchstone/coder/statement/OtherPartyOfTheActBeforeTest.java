package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Statement;

/**
 * Words that name no one, said in a clause joined by "and", "while", "after" ... to an act told just before, are about
 * the other party of that act: whom the speaker's own side did it to, or who did it to the speaker's side. Not an act of
 * third parties, nor one told inside another speaker's words. Session 27 (targets27).
 */
class OtherPartyOfTheActBeforeTest {

    private static List<String> targetsOf(String text, LocalDate day, String speaker) {
        return CoderTestSupport.code(text, day).statements().stream().filter(st -> st.speaker().equals(speaker))
                .findFirst().map(Statement::targets).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023-02-08|Japan sent relief supplies to Turkey on Wednesday, and Prime Minister Fumio Kishida said more aid would follow.|JPNGOV|TUR",
        "2023-03-01|Germany delivered its first Leopard tanks to Ukraine, and Chancellor Olaf Scholz promised more would come.|DEUGOV|UKR",
        "2024-01-10|Washington expelled two Russian diplomats, while the Kremlin said it would respond in kind.|RUSGOV|USAGOV",
    })
    void theOtherPartyOfTheActBefore(LocalDate day, String text, String speaker, String target) {
        assertThat(targetsOf(text, day, speaker)).containsExactly(target);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-01-10|China sent warships near Taiwan, and Japan said it was watching the situation closely.|JPN",
        "2022-04-15|Ukraine said its forces had hit the Russian cruiser Moskva with two Neptune missiles, while Moscow said only that a fire had badly damaged the flagship.|RUSGOV",
    })
    void notAThirdPartysActNorOneInOthersWords(LocalDate day, String text, String speaker) {
        assertThat(targetsOf(text, day, speaker)).isEmpty();
    }
}
