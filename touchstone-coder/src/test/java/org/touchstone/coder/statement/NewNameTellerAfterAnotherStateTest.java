package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Audience;

/**
 * A titled official with a name the dictionaries do not know, who "told" the words before a trailing attribution, is
 * the speaker's own even when coreference guesses the state of the last individual named in an earlier sentence (another
 * state's envoy): the channel (told the envoy, the target's) stays, as it does for the sentence alone (session 27,
 * bugs27b; the document-level guess had turned it unknown). Constructed sentences.
 */
class NewNameTellerAfterAnotherStateTest {

    private static final LocalDate DAY = LocalDate.of(2020, 3, 14);

    @Test
    void theEnvoyToldIsTheTargetsChannel() {
        var statements = CoderTestSupport.code("The State Department summoned China's ambassador on Friday to protest a "
                + "Chinese foreign ministry spokesman's claim about the virus. Deputy Secretary of State John Harlow told "
                + "the ambassador that spreading such theories was dangerous, according to a State Department official.", DAY)
                .statements().stream().filter(st -> st.sentenceIndex() == 1).toList();
        assertThat(statements).extracting(st -> st.speaker() + " " + st.targets() + " " + st.audience())
                .containsExactly("USAGOV [CHNGOV] " + Audience.TARGET);
    }
}
