package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.statement.CodedStatements.CODER;
import static org.touchstone.coder.statement.CodedStatements.only;
import static org.touchstone.coder.statement.CodedStatements.statements;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.core.Document;
import org.touchstone.core.Statement;

/**
 * Who speaks when the agent is a passive's "by" phrase, a coordination, or stands after the words (session 16): the
 * coordinated agents of a passive speech act speak together and are never each other's targets; a trailing bare office
 * is the acting state's; a speech act told inside another side's words is told of, not said; "the country" after a
 * speaker named after the words is that speaker's.
 */
class PassiveSpeakersTest {
    private static List<String> events(String text) {
        return CODER.code(new Document("t", LocalDate.of(2023, 6, 15), null, null, null, null, text, null)).events().stream()
                .map(e -> e.source().code() + ">" + e.target().code() + ":" + e.code()).toList();
    }

    private static List<String> coded(String text) {
        return statements(text).stream().map(s -> s.speaker() + " " + s.targets() + " " + s.code() + (s.named() ? "" : " alluded"))
                .toList();
    }

    @Test
    void coordinatedAgentsOfAPassiveCriticismSpeakTogetherAboutAnUnnamedDoer() {
        // like the active "France and Germany denounced the shelling of Kharkiv" (S7-9: no target, no event, alluded)
        for (String text : List.of("The shelling of Kharkiv was denounced by France and Germany.",
                "The shelling of Kharkiv was condemned by Britain, France and Germany.",
                "The missile strike on Odesa was criticised by Japan and South Korea.",
                "The bombing of the hospital has been condemned by Jordan and Egypt.",
                "The raid on the embassy was slammed by Mexico and Brazil.")) {
            assertThat(events(text)).as(text).isEmpty();
            assertThat(statements(text)).as(text).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(s -> {
                        assertThat(s.targets()).as(text).isEmpty();
                        assertThat(s.named()).as(text).isFalse();
                        assertThat(s.code()).as(text).isEqualTo("111");
                    });
        }
        assertThat(coded("France and Germany denounced the shelling of Kharkiv."))
                .containsExactly("FRA [] 111 alluded", "DEU [] 111 alluded");
        assertThat(coded("The shelling of Kharkiv was denounced by France and Germany."))
                .containsExactly("FRA [] 111 alluded", "DEU [] 111 alluded");
        assertThat(coded("The attack on Kyiv was condemned by Poland.")).containsExactly("POL [] 111 alluded");
    }

    @Test
    void coordinatedAgentsOfAPassiveAreNeverEachOthersTargets() {
        assertThat(coded("The sanctions were condemned by China and Russia, their foreign ministers said."))
                .containsExactly("CHN [] 111", "RUS [] 111");
        assertThat(events("The sanctions were condemned by China and Russia, their foreign ministers said.")).isEmpty();
        assertThat(coded("The new sanctions were denounced by Beijing and Moscow as illegal."))
                .containsExactly("CHNGOV [] 111", "RUSGOV [] 111");
        assertThat(coded("The agreement was welcomed by Japan and South Korea.")).containsExactly("JPN [] 051", "KOR [] 051");
        assertThat(events("The agreement was welcomed by Japan and South Korea.")).isEmpty();
        assertThat(events("Japan and South Korea welcomed the agreement.")).isEmpty();
        assertThat(events("The truce was hailed by Qatar and Egypt as a breakthrough.")).isEmpty();
        // the "by" after "was" is the verb's, not the noun's: no ceasefire between the two who praised it
        assertThat(events("The ceasefire was praised by Qatar and Egypt.")).isEmpty();
    }

    @Test
    void aPassiveCriticismOfANamedDoerIsAimedAtIt() {
        assertThat(events("The sanctions imposed by Washington were condemned by China and Russia."))
                .containsExactlyInAnyOrder("CHN>USAGOV:111", "RUS>USAGOV:111");
        assertThat(events("Russia's annexation of Crimea was condemned by Germany and France."))
                .contains("DEU>RUS:111", "FRA>RUS:111");
        assertThat(events("The shelling of Kharkiv by Russian forces was condemned by France and Germany."))
                .contains("FRA>RUSMIL:111", "DEU>RUSMIL:111");
        assertThat(coded("Kyiv's offer was welcomed by France and Germany.")).containsExactly("FRA [UKRGOV] 051", "DEU [UKRGOV] 051");
        assertThat(events("Ukraine was praised by France and Germany for its courage.")).containsExactly("FRA>UKR:051", "DEU>UKR:051");
        // near misses: acts done together are still done to each other
        assertThat(events("The deal was signed by China and Russia.")).containsExactlyInAnyOrder("CHN>RUS:057", "RUS>CHN:057");
        assertThat(events("China and Russia praised each other's support.")).containsExactlyInAnyOrder("CHN>RUS:051", "RUS>CHN:051");
    }

    @Test
    void aTrailingOfficeIsTheActingStates() {
        Statement s = only("Two Japanese diplomats will be expelled by Moscow, the foreign ministry said.");
        assertThat(s.speaker()).isEqualTo("RUSGOV");
        assertThat(s.targets()).containsExactly("JPNGOV");
        assertThat(s.code()).isEqualTo("1313"); // S7-8, like "Britain would expel 23 Russian diplomats"
        assertThat(events("Two Japanese diplomats will be expelled by Moscow, the foreign ministry said."))
                .containsExactly("RUSGOV>JPNGOV:1313");
        assertThat(only("Three Estonian diplomats are to be expelled by Russia, the foreign ministry said.").speaker()).isEqualTo("RUSGOV");
        assertThat(only("Two Lithuanian diplomats would be expelled by Belarus, the foreign ministry said.").speaker()).isEqualTo("BLRGOV");
        assertThat(only("Japanese fishing boats will be seized by Russia, the defence ministry said.").speaker()).isEqualTo("RUSGOVMIL");
        assertThat(only("Two Russian diplomats will be expelled by Tokyo, the foreign ministry said.").speaker()).isEqualTo("JPNGOV");
        // the active twin, and a phrase fronted before the subject
        assertThat(only("Moscow will expel two Japanese diplomats, the foreign ministry said.").speaker()).isEqualTo("RUSGOV");
        assertThat(only("After Japanese protests, Moscow expelled two diplomats, the foreign ministry said.").speaker()).isEqualTo("RUSGOV");
        // near miss: with no doer named, the one state the sentence names
        assertThat(only("Two Japanese diplomats will be expelled, the foreign ministry said.").speaker()).isEqualTo("JPNGOV");
    }
}
