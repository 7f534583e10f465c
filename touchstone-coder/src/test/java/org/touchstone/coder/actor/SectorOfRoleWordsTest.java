package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which sector a role word gives (session 23, GOLD-SET.md's roles table): a government led by soldiers is still the
 * government, juntas named in the plural rule every place coordinated after "in", a defence minister named by role
 * alone is the state's GOVMIL even after its president was named, and a state that puts its forces along a line on
 * alert is the bare state (S7-4). Constructed wire-style sentences, not gold or tuning lines, with near misses that
 * must keep the old reading.
 */
class SectorOfRoleWordsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-06-12 | Sudan's army-led government rejected the mediation of Kenya. | SDNGOV>KEN:126
            2021-09-21 | Sudan's military-led government accused Ethiopia of backing the rebels. | SDNGOV>ETH:1123
            2021-09-21 | Sudan's army accused Ethiopia of backing the rebels. | SDNMIL>ETH:1123
            2021-09-21 | Sudan's military government accused Ethiopia of backing the rebels. | SDNMIL>ETH:1123
            """)
    void aGovernmentLedBySoldiersIsTheGovernmentButTheArmyAndAMilitaryGovernmentAreMil(String date, String text,
                                                                                        String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-12-10 | The juntas in Mali and Niger rejected the demands of ECOWAS. | MLIMIL>IGOWAFWAS:124, NERMIL>IGOWAFWAS:124
            2023-12-10 | ECOWAS urged the military rulers in Mali and Guinea to hold elections. | IGOWAFWAS>MLIMIL:024, IGOWAFWAS>GINMIL:024
            2023-12-10 | Ghana's president said the juntas in Mali, Burkina Faso and Niger had to set dates for elections. | GHAGOV>MLIMIL:100, GHAGOV>BFAMIL:100, GHAGOV>NERMIL:100
            """)
    void pluralRulersPlacedByInRuleEachPlace(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactlyInAnyOrder(expected.split(", "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-12-10 | The juntas in Mali and Burkina Faso accused Niger of bias. | MLIMIL>NER:112, BFAMIL>NER:112
            """)
    void aStateNamedOutsideTheRulersListStaysBare(String date, String text, String expected) {
        // the state after the verb is no place the rulers hold
        assertThat(events(text, LocalDate.parse(date))).containsExactlyInAnyOrder(expected.split(", "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2021-07-10 | Colombian President Ivan Duque was attacked on Friday, and the defence minister blamed FARC dissidents. | COLGOVMIL>COLREB:112
            2021-07-10 | Shots were fired at a helicopter carrying Colombian President Ivan Duque, the defence minister said, blaming FARC dissidents. | COLGOVMIL>COLREB:112
            2021-07-10 | Colombian Defence Minister Diego Molano visited Cucuta, and the minister blamed FARC dissidents. | COLGOVMIL>COLREB:112
            """)
    void aDefenceMinisterByRoleAloneIsTheStatesGovmil(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2019-02-27 | India put its forces along the Line of Control on high alert after Pakistan shot down two Indian aircraft. | IND>PAK:152
            2020-09-27 | Armenia placed its troops along the line of contact on alert after Azerbaijan shelled Stepanakert. | ARM>AZE:152
            """)
    void aStatePuttingItsForcesAlongALineOnAlertIsTheBareState(String date, String text, String expected) {
        // S7-4: the force as the object does not make the subject MIL
        assertThat(events(text, LocalDate.parse(date))).contains(expected)
                .noneMatch(e -> e.endsWith(":152") && !e.equals(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2019-02-27 | Indian troops along the Line of Control were put on high alert after Pakistan said its jets had shot down two Indian aircraft. | INDMIL>PAK:152
            """)
    void forcesThatAreThemselvesTheSubjectStayMil(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2021-07-10 | Colombian President Ivan Duque was attacked on Friday, and the president blamed FARC dissidents. | COLGOV>COLREB:112
            """)
    void otherOfficesByRoleAloneKeepTheEarlierOfficeHolder(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }
}
