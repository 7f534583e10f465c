package org.touchstone.coder.event;

import static org.touchstone.coder.CoderTestSupport.assertEvents;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Twenty or more counted villagers killed by a state's forces stay the mass killing (202) when a list of who they were
 * ("including women and children", "most of them women", "among them 13 children") or a second act ("and burned their
 * bodies", "and looted their homes") stands between them and the place or the reporter. Sentences written for this test.
 */
class CasualtyListsTest {

    /** The place, in the killers' own state, after the list or the second act: the killing is at home. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-12-25 | Myanmar troops killed more than 30 villagers, including women and children, in Kayah state. | MMRMIL>MMRCVL:202
            2021-12-25 | Myanmar troops killed more than 30 villagers and burned their bodies in Kayah state. | MMRMIL>MMRCVL:202
            2021-12-25 | Myanmar troops killed 30 villagers, among them 13 children, in Sagaing region. | MMRMIL>MMRCVL:202
            2021-12-25 | Nigerian troops killed 30 villagers, most of them women, and looted their homes in Borno state. | NGAMIL>NGACVL:202
            """)
    void placedAtHomeAfterTheList(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    /** The reporter after the list or the second act. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-12-25 | Myanmar troops killed 35 villagers, including women, on Sunday, Amnesty International said. | MMRMIL>MMRCVL:202
            2021-12-25 | Myanmar troops killed 35 villagers and burned their bodies, Amnesty International said. | MMRMIL>MMRCVL:202
            """)
    void reportedAfterTheList(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    /** Neither placed nor reported, or too few: whose villagers is not said, and no mass killing. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-12-25 | Myanmar troops killed more than 30 villagers, including women and children.
            2021-12-25 | Myanmar troops killed three villagers and burned their bodies in Kayah state.
            """)
    void noMassKillingUnplacedOrFew(LocalDate date, String sentence) {
        assertEvents(sentence, date, "-");
    }
}
