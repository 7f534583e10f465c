package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Session 22: armed people and weapons named "of" the force they belong to. "Warplanes of the Saudi-led coalition"
 * are the leader's military, and so is the coalition itself (S31-25, session 36); "rebels of the Islamic State-linked Allied Democratic Forces" are the group named after
 * the compound of support; "one of their fighters" after a group named in the plural is the group's; "a Houthi-run
 * detention centre" is the group's. Sentences written for this test in wire style, never gold or tuning sentences.
 */
class ArmedPeopleOfAGroupTest {
    private static final LocalDate DATE = LocalDate.of(2023, 5, 1);

    /** Every resolved mention of the text, as "words=CODE", places left out. */
    private static List<String> actors(String text) {
        return CoderTestSupport.actorWords(text, DATE, m -> m.isResolved() && !m.locative());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Warplanes of the Saudi-led coalition struck Hodeidah on Sunday. | Warplanes of the Saudi-led coalition=SAUMIL
            Troops of the US-led coalition left the base on Monday. | Troops of the US-led coalition=USAMIL
            Jets of the Russian-led alliance flew over the border. | Jets of the Russian-led alliance=RUSMIL
            Rebels of the Islamic State-linked Allied Democratic Forces attacked a village. | Rebels of the Islamic State-linked Allied Democratic Forces=UGAREB
            Fighters of the Iran-backed Houthi movement seized a ship. | Fighters of the Iran-backed Houthi=YEMREB
            Gunmen of the al Qaeda-linked JNIM attacked a convoy. | Gunmen of the al Qaeda-linked JNIM=IMGMOSALQ
            The Saudi-led coalition said it had struck Sanaa. | Saudi-led=SAUMIL
            A spokesman of the US-led coalition said the strike was legitimate. | US-led=USAMIL
            """)
    void armedPeopleOfAForceAreItsOwn(String sentence, String expected) {
        assertThat(actors(sentence)).first().isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The foreign ministers of France and Germany met in Paris. | foreign ministers of France=FRAGOV
            Aid groups reached the people of Gaza. | people of Gaza=PSECVL
            """)
    void othersOfAStateAreNotItsMilitary(String sentence, String expected) {
        assertThat(actors(sentence)).first().isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The Pakistani Taliban said one of their fighters had attacked a police post. | fighters=PAKREB
            Hamas said their fighters had attacked an army post. | fighters=PSEREB
            Islamic State said one of its fighters had attacked a checkpoint. | fighters=IMGMOSISI
            """)
    void theFightersOfAGroupNamedInThePluralAreTheGroups(String sentence, String expected) {
        assertThat(actors(sentence)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Russia and Ukraine said their fighters had clashed near the border.
            The Taliban said their troops had been withdrawn.
            """)
    void theirArmedPeopleAfterStatesOrAsTroopsStayOpen(String sentence) {
        // (a state body opening the words of joint speakers is each state's since session 26: EachStatesBodyTest)
        assertThat(actors(sentence)).noneMatch(a -> a.startsWith("troops=") || a.startsWith("fighters="));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Israeli warplanes struck a Houthi-run detention centre in Dhamar. | ISRMIL>YEMREB:195
            The Pakistani Taliban said one of their fighters had attacked a police post. | PAKREB>PAKCOP:190
            Warplanes of the Saudi-led coalition struck Hodeidah on Sunday. | SAUMIL>YEM:195
            An Islamic State fighter had blown himself up at a checkpoint in Peshawar. | IMGMOSISI>PAK:1831
            """)
    void theirActsAreCoded(String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, DATE)).contains(expected);
    }
}
