package org.touchstone.coder.verb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Wire phrasings whose two actors were found but whose act had no pattern in verbs.txt (session 21, vocab21): a case
 * or proceedings opened against an accused named after a number or a role word (091/090), military drills ordered
 * (150, as drills begun are), a state removed from a terror or sanctions list (081/085, active and passive), and
 * residency granted (075). The sentences are written for this test, never taken from a gold or tuning file; each
 * family has paraphrases that must code and near misses that must not code the family's act.
 */
class WirePhrasings21Test {

    private static final LocalDate DATE = LocalDate.of(2023, 5, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Moscow opened a criminal case against two Ukrainian soldiers. | RUSGOV>UKRMIL:091
            Belarus opened criminal cases against three Lithuanian border guards. | BLR>LTUCOP:091
            Russia opened a criminal case against the International Criminal Court's prosecutor. | RUS>IGOJUDICC:091
            The European Commission opened formal proceedings against Poland on Tuesday. | IGOEUREEC>POL:090
            Brussels launched a formal investigation against Hungary. | IGOEUREEC>HUN:090
            Nicolas Maduro ordered military exercises along Venezuela's border with Colombia. | VENGOV>COL:150
            Putin ordered snap military drills near the border with Ukraine. | RUSGOV>UKR:150
            The Iranian president ordered large-scale drills near the border with Azerbaijan on Friday. | IRNGOV>AZE:150
            The United States removed Cuba from its list of state sponsors of terrorism on Monday. | USA>CUB:081
            Washington removed North Korea from the list of state sponsors of terrorism. | USAGOV>PRK:081
            Cuba was removed from the terrorism blacklist by Washington. | USAGOV>CUB:081
            The United States removed the Taliban's leader from its sanctions list. | USA>AFGGOV:085
            Huawei was removed from the entity list by the United States. | USA>CHNBUS:085
            Germany granted Afghan interpreters permanent residency. | DEU>AFG:075
            Poland granted residence permits to Belarusian dissidents. | POL>BLROPP:075
            Canada granted permanent residence to 40,000 Afghan refugees. | CAN>AFGCVL:075
            """)
    void theWirePhrasingCodesItsAct(String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, DATE)).containsExactlyInAnyOrder(expected.split(" "));
    }

    /** The family's words in another sense, or the act negated or ended: no event of the family's code. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The European Commission launched infringement proceedings against Hungary. | 090
            Russia opened a criminal case into the attack on the Ukrainian embassy. | 091
            Maduro ordered an end to the military exercises near the border with Colombia. | 150
            Putin ordered troops to halt the drills near the border with Ukraine. | 150
            Japan removed South Korea from its list of trusted trading partners. | 081
            Washington removed its troops from Syria. | 081
            The United States added Cuba to its list of state sponsors of terrorism. | 081
            Germany refused to grant Afghan interpreters permanent residency. | 075
            """)
    void aNearMissDoesNotCodeTheFamilysAct(String sentence, String code) {
        List<String> events = CoderTestSupport.events(sentence, DATE);
        assertThat(events).noneMatch(e -> e.endsWith(":" + code));
        if (code.equals("081")) {
            assertThat(events).noneMatch(e -> e.endsWith(":085"));
        }
    }
}
