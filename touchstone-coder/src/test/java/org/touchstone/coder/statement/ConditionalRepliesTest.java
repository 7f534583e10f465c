package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * A reply in kind that the speaker's side foretells on another's act (session 23, root23): "Washington would respond if
 * China established a base", "if Iran developed a bomb, we will follow suit" threaten (130) the actor of the condition.
 * A kind reply, a reply to a cooperative step, an act that is no reply, a negated reply and a condition with no actor
 * threaten no one. Sentences written for the test.
 */
class ConditionalRepliesTest {
    private static final LocalDate DAY = LocalDate.of(2023, 6, 15);

    private static List<String> events(String text) {
        return CoderTestSupport.events(text, DAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Biden said the United States would respond if China established a military base in the Solomon Islands.|USAGOV>CHN:130",
        "'If Iran developed a nuclear bomb, we will follow suit,' the Saudi crown prince told CBS.|SAUGOV>IRN:130",
        "Saudi Crown Prince Mohammed bin Salman told Fox News that if Iran obtained a nuclear weapon, 'we will have to get one'.|SAUGOV>IRN:130",
        "The Kremlin said Moscow would react if Finland deployed NATO troops on its soil.|RUSGOV>FIN:130",
        "Beijing said it would respond if Manila kept provoking at sea.|CHNGOV>PHLGOV:130",
        "Beijing said it would respond in kind if Washington raised tariffs again.|CHNGOV>USAGOV:130",
    })
    void aReplyInKindForetoldOnAnothersActThreatensIt(String text, String event) {
        assertThat(events(text)).contains(event);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Iran said it would respond positively if the United States returned to the deal.",
        "Seoul said it would follow suit if Japan lifted its export curbs.",
        "Iran said it would return to the deal if the United States lifted sanctions.",
        "Germany said it would send more tanks if the United States did the same.",
        "Biden said the United States would not respond if China established a military base in the Solomon Islands.",
        "China said it would follow the talks closely if Japan joined them.",
        "The minister said he would respond if asked.",
        "Germany said Poland would respond if the United States imposed tariffs.",
    })
    void noReplyOrAReplyToAKindStepThreatensNoOne(String text) {
        assertThat(events(text)).noneMatch(e -> e.endsWith(":130"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A Chinese delegation told Fijian Prime Minister Sitiveni Rabuka in Suva that Beijing would respond if Australia built a naval base there.",
    })
    void aReplyToldInPersonIsAThreatToTheOneTold(String text) {
        // the statement's target stays the one told (StatementTargetsTest), and so does the threat's
        assertThat(events(text)).contains("CHNGOV>FJIGOV:130");
    }
}
