package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.Coder;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.coder.dict.Dictionaries;
import org.touchstone.core.Document;

/**
 * Criticism and disapproval as wires word it (root 11, session 19). A reproof "drawn" by an act ("drew sharp criticism
 * from Kyiv", "drawing a protest from New Delhi") is aimed at the act's author: the clause subject before a participle or
 * an apposition ("..., a trip that drew"), or the possessor of an act named with a long complement. Sentences written for
 * this test (never gold or tuning sentences). Each row is "date | sentence | expected event" or "... | absent event".
 */
class DisapprovalWordingTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Nepal published a new political map on Wednesday that claimed a strip of land held by India, drawing a protest from New Delhi. | INDGOV>NPL:114
            2023-05-01 | Tokyo approved textbooks that play down wartime abuses in Korea, drawing an angry response from Seoul. | KORGOV>JPNGOV:111
            2023-05-01 | The European Commission opened an inquiry into steel imported from China, drawing sharp criticism from Beijing. | CHNGOV>IGOEUREEC:111
            2023-05-01 | Pakistan tested a missile near the border with India, which drew a protest from New Delhi. | INDGOV>PAK:114
            """)
    void aParticipleOrRelativeAfterTheActsClauseReprovesItsSubject(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Orban met Putin in Moscow, a trip that drew sharp criticism from Ukraine. | UKR>HUNGOV:111
            2023-05-01 | Netanyahu visited the Temple Mount compound in Jerusalem, a move that drew condemnation from Jordan. | JOR>ISRGOV:111
            2023-05-01 | Erdogan hosted Maduro in Ankara, a visit that drew criticism from Washington. | USAGOV>TURGOV:111
            """)
    void anAppositionNamingTheActReprovesTheClauseSubject(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Britain's decision to let a rig drill for oil off the Falklands drew a formal protest from Buenos Aires. | ARGGOV>GBR:114
            2023-05-01 | Japan's plan to release treated water from the Fukushima plant into the Pacific drew sharp criticism from China. | CHN>JPN:111
            2023-05-01 | Israel's decision to build new homes in East Jerusalem drew condemnation from Jordan. | JOR>ISR:111
            """)
    void aPossessedActWithALongComplementIsItsPossessors(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Orban met Putin in Moscow, a trip that drew sharp criticism from Ukraine. | UKR>RUS:111
            2023-05-01 | Nepal published a new political map on Wednesday that claimed a strip of land held by India, drawing a protest from New Delhi. | INDGOV>IND:114
            2023-05-01 | Navalny was jailed by a Moscow court, drawing criticism from the European Union. | IGOEUREEC>RUSOPP:111
            """)
    void thePlaceOrTheOneActedOnIsNotReproved(LocalDate date, String sentence, String absent) {
        assertThat(events(sentence, date)).noneMatch(e -> e.startsWith(absent.substring(0, absent.indexOf(':'))) && e.contains(":11"));
    }

    /** A user's own entry joins the family by verbs.txt's {@code role: drawing}, not by its name (DICTIONARIES.md, "Verb roles"). */
    @ParameterizedTest(name = "role line \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            role: drawing | true
            '# no role'   | false
            """)
    void aUsersEntryOfTheDrawingRoleReprovesTheAuthor(String roleLine, boolean reproved, @TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("verbs.txt"), """
                incur rebuke
                  kind: act
                  %s
                  verbs: incurred; incurs; incur; incurring
                  pattern: * {a rebuke|a sharp rebuke} from_$ => 111
                """.formatted(roleLine));
        Coder coder = new Coder(Dictionaries.load(List.of(dir)));
        String sentence = "Pakistan tested a missile near the border with India, which incurred a sharp rebuke from New Delhi.";
        List<String> events = CoderTestSupport.events(coder.code(
                new Document("t", LocalDate.of(2023, 5, 1), null, null, null, null, sentence, null)));
        assertThat(events.contains("INDGOV>PAK:111")).as(events.toString()).isEqualTo(reproved);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Kenya drew a loan from the World Bank.
            2023-05-01 | India drew lessons from the war in Ukraine.
            """)
    void drawingAnythingButAReproofIsNoDisapproval(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.contains(":11"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Putin had sharp words for Germany on Friday. | RUSGOV>DEU:111
            2023-05-01 | Erdogan reserved his harshest words for Israel. | TURGOV>ISR:111
            2023-05-01 | Lula had harsh words for the United States in his speech. | BRAGOV>USA:111
            """)
    void harshWordsKeptForSomeoneCriticiseThem(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Merkel had kind words for Macron.
            2023-05-01 | Brazil filed complaints at the WTO.
            """)
    void kindWordsOrAComplaintAgainstNoOneAreNoDisapproval(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.contains(":11"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | In a swipe at Washington, China said the sanctions were illegal. | CHN>USA:111
            2023-05-01 | In a thinly veiled swipe at Moscow, Macron said no one could redraw borders by force. | FRAGOV>RUS:111
            2023-05-01 | Erdogan, in a dig at Paris, said Europe had failed refugees. | TURGOV>FRA:111
            """)
    void wordsSaidAsAJabAtSomeoneCriticiseThem(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }
}
