package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.coder.CodedDocument;

/**
 * "the country", "the island" opening a later sentence (session 28): the last state named, a place included, as
 * within one sentence ("talks with the country's junta" after "withdraw troops from Niger"); "the island" is the last
 * island state named, a place included. Constructed wire-style reports, not gold or tuning lines.
 */
class CountryNamedAsAPlaceTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 10);

    private static CodedDocument code(String text) {
        return CoderTestSupport.code(text, DAY);
    }

    private static List<String> speakers(String text) {
        return code(text).statements().stream().map(st -> st.speaker() + " " + st.targets()).toList();
    }

    @Test
    void theCountryAfterAVisitToAPlaceIsThatPlacesState() {
        String text = "Blinken arrived in Kenya on Monday. The country's president thanked him for the aid.";
        assertThat(CoderTestSupport.events(code(text))).contains("KENGOV>USAGOV:051");
        assertThat(speakers(text)).noneMatch(s -> s.startsWith("USAGOV"));
    }

    @Test
    void theIslandAfterAnActNearItIsTheIslandNotTheActor() {
        String text = "China fired missiles near Taiwan on Thursday. The island's defence ministry condemned Beijing.";
        assertThat(CoderTestSupport.events(code(text))).contains("TWNGOVMIL>CHNGOV:111")
                .noneMatch(e -> e.startsWith("CHNGOVMIL>"));
    }

    @Test
    void theCountryAfterTwoStatesNamedAsActorsIsStillTheLastNamed() {
        // near miss: no place; the gold's rule within a sentence (the last state named that is not the clause's own
        // subject) reads the ministry as the attacked state's, as before
        assertThat(speakers("Russia attacked Ukraine on Monday. The country's defence ministry said it shot down 20 drones."))
                .anyMatch(s -> s.startsWith("UKRGOVMIL"));
        // near miss: the place and a later actor of the same state
        assertThat(speakers("Xi arrived in Moscow on Monday and met Putin. The country's foreign ministry said the talks went well."))
                .anyMatch(s -> s.startsWith("RUSGOV"));
    }
}
