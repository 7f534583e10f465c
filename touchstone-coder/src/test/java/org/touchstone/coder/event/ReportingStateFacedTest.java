package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Session 23: a force put on alert or mobilised (151-155) in the reported words of a state's military or defence
 * ministry, or a broken truce (196) in any state's, that names no one it faces faces the reporting state (R3a, S7-7):
 * the content's own act, not the speaker's charge. A build-up reported by another state's government (third states
 * report them too), words of a UN body or a group, the speaker's own side's moves, negated or possible acts, and
 * missile tests a neighbour reports (150) name no such side. Sentences written for this test
 * in wire style, never gold or tuning sentences.
 */
class ReportingStateFacedTest {
    private static final LocalDate DATE = LocalDate.of(2023, 5, 1);

    private static List<String> events(String text) {
        return CoderTestSupport.events(text, DATE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Ukraine's defence ministry said Russia had massed tens of thousands of troops near the border. | RUS>UKR:154
            Armenia's defence ministry said Azerbaijani forces had violated the ceasefire overnight. | AZEMIL>ARM:196
            Russia violated the truce on Sunday, Ukraine's military said. | RUS>UKR:196
            India said Pakistani troops had broken the ceasefire along the Line of Control. | PAKMIL>IND:196
            """)
    void anUntargetedShowOfForceOrBrokenTruceFacesTheReportingState(String sentence, String expected) {
        assertThat(events(sentence)).containsExactly(expected);
    }

    /**
     * Session 33 (miss33a): an intelligence chief or service is a security organ as the military is, and any organ of
     * a state faces a build-up the words place at a border shared with the doer ("their common border"); "the border"
     * alone in a third state's words still names no side.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Georgia's intelligence chief told a newspaper that Russia had massed troops near the border. | RUS>GEO:154
            Lithuania's intelligence service said Belarus had massed troops near the border. | BLR>LTU:154
            Georgia's foreign ministry said Russia had massed troops along their common border. | RUS>GEO:154
            Armenia said Azerbaijan had massed troops along the shared border. | AZE>ARM:154
            """)
    void anIntelligenceOrganOrASharedBorderFacesTheReportingState(String sentence, String expected) {
        assertThat(events(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Georgia's foreign ministry said Russia had massed troops near the border.",
            "The UN said Russia had massed troops near the border.",
            "Russia said it had massed troops near the border.",
            "Russia could mass troops near the border, Ukraine said.",
            "Armenia said Azerbaijan had not violated the ceasefire.",
            "Britain said Russia had massed troops near the border.",
            "The United States said Russia had put its nuclear forces on high alert.",
            "North Korea test-fired a ballistic missile on Friday, Japan's defence ministry said.",
    })
    void noReportingStateFacedByIt(String sentence) {
        assertThat(events(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Amnesty International said Azerbaijani forces had violated the ceasefire. | NGOHRIAMN>AZEMIL:111
            South Korea scrambled fighter jets after a Russian military plane entered its air defence zone, the defence ministry said. | KOR>RUSMIL:152
            """)
    void aGroupsChargeOrASpeakerReadByCoreferenceStaysAsItWas(String sentence, String expected) {
        assertThat(events(sentence)).contains(expected);
    }
}
