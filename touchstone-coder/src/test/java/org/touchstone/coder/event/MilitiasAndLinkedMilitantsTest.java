package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 36 (miss36b): militias with no state tie and militants linked to a named group are placed as the rebels of
 * the state where they kill (GOLD-SET.md S30-12, S30-39), and so are rebels whose victims the sentence places; bare
 * gunmen and militants stay unidentified (R2). Sentences written for this test, not gold or tuning lines.
 */
class MilitiasAndLinkedMilitantsTest {
    private static final LocalDate DATE = LocalDate.of(2023, 5, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Ethnic Bambara militiamen killed about 40 herders in an attack on the village of Dialassagou in central Mali. | MLIREB>MLICVL:202
            Members of a community self-defence militia killed 30 villagers near Djibo, a town in northern Burkina Faso. | BFAREB>BFACVL:202
            Islamic State-linked militants massacred 70 villagers in Niger's Tillaberi region on Sunday. | NERREB>NERCVL:202
            Fighters of an al-Qaeda-linked group gunned down 25 farmers around the town of Djibo in northern Burkina Faso. | BFAREB>BFACVL:202
            Rebels killed 46 villagers in northern Burkina Faso on Friday. | BFAREB>BFACVL:202
            """)
    void placedArmedMenAreTheStatesRebels(String sentence, String expected) {
        assertThat(events(sentence, DATE)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Gunmen killed 30 villagers in a village in central Mali on Saturday.
            Pro-government militiamen killed 30 villagers in northern Burkina Faso.
            Moscow offered money to al-Qaeda-linked militants to kill French soldiers in Mali.
            """)
    void unidentifiedOrStateTiedArmedMenArePlacedNowhere(String sentence) {
        assertThat(events(sentence, DATE)).noneMatch(e -> e.contains("REB"));
    }
}
