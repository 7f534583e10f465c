package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * "it" opening what a demand asks for (session 24): whom the demand is made of, the one other state named before the
 * verb, not the demander nor a body of the demander's own state named last ("ramming a Chinese coast guard ship and
 * demanded that it withdraw"). The demander's own words ("that it be consulted") and two other states keep the
 * earlier reading. Constructed wire-style sentences, not gold or tuning lines.
 */
class DemandPronounTest {
    private static List<String> events(String text) {
        return CoderTestSupport.events(text, LocalDate.of(2024, 5, 10));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "China accused Manila of ramming a Chinese coast guard ship and demanded that it withdraw its vessel.|CHN>PHLGOV:1056",
            "A Chinese foreign ministry spokeswoman accused Manila of deliberately ramming a Chinese coast guard ship near the shoal and demanded that it withdraw its vessel.|CHNGOV>PHLGOV:1056",
            "Russia accused Ukraine of shelling a Russian border village and demanded that it stop the attacks.|RUS>UKR:1056",
    })
    void itInTheDemandIsTheOtherState(String text, String event) {
        assertThat(events(text)).contains(event).noneMatch(e -> e.endsWith(":1056") && !e.equals(event));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the demander's own lot, with no other state named
            "Iran demanded that it be allowed to inspect the tanker.",
            // what the speaker says it will do is its own
            "Iran warned that it would retaliate.",
    })
    void theDemandersOwnWordsNameNoOtherState(String text) {
        assertThat(events(text)).noneMatch(e -> e.contains(">IRN"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Iran accused Britain of piracy and demanded that it be compensated.",
    })
    void itBeforeBeStaysTheDemanders(String text) {
        assertThat(events(text)).noneMatch(e -> e.startsWith("GBR"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a claim about the speaker's own craft, though "insist" can demand (sample corpus sn-085)
            "Washington says the balloon was used to spy on military sites, while Beijing insists it was a civilian weather research craft.",
            "Washington says the balloon spied on military sites, but Beijing insists it is a civilian airship.",
            "Washington accused Beijing of spying, but China insisted it had done nothing wrong.",
    })
    void itBeforeACopulaOrAuxiliaryIsNoDemandOfAnother(String text) {
        assertThat(events(text)).noneMatch(e -> e.contains(">USA") && e.contains(":10"));
    }
}
