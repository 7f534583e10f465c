package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sector on the target side when the object is a place (session 22): emergency rule declared anywhere in a state
 * is imposed on the state itself, and ground a state's own troops capture inside it was held by its rebels.
 * Constructed wire-style sentences, not gold or tuning lines, with near misses that must keep the old reading.
 */
class SectorOfPlaceTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-05-16 | Papua New Guinea's prime minister declared a state of emergency in Port Moresby. | PNGGOV>PNG:1724
            2022-01-05 | Kazakh authorities imposed a state of emergency in Almaty and Mangistau. | KAZGOV>KAZ:1724
            2016-04-17 | Ecuador's government declared a state of emergency in six coastal provinces. | ECUGOV>ECU:1724
            2019-10-19 | Chile's president imposed a curfew in Santiago after a night of rioting. | CHLGOV>CHL:1723
            2008-03-20 | China imposed martial law in Tibet. | CHNGOV>CHN:1724
            2022-03-27 | El Salvador's Congress approved a state of emergency at the request of President Nayib Bukele. | SLVLEG>SLV:1724
            2018-11-26 | Ukraine's parliament approved martial law at the request of President Petro Poroshenko. | UKRLEG>UKR:1724
            """)
    void emergencyRuleAnywhereInAStateIsImposedOnTheState(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2002-04-02 | Israel imposed a curfew in Hebron. | ISR>PSE:1723
            2022-04-02 | Sri Lanka imposed a curfew on protesters in Colombo. | LKA>LKACVL:1723
            """)
    void emergencyRuleOnAnotherStatesPlaceOrOnNamedPeopleKeepsItsTarget(String date, String text, String expected) {
        // a curfew in an occupied place is the other state's; people named as its object stay
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2020-02-08 | Syrian government forces recaptured the town of Saraqeb from rebels on Saturday. | SYRMIL>SYRREB:192
            2016-12-22 | Syrian troops retook full control of Aleppo after the last rebel fighters left the city. | SYRMIL>SYRREB:192
            2009-01-02 | Sri Lankan troops captured Kilinochchi, the Tamil Tigers' administrative capital. | LKAMIL>LKAREB:192
            2017-10-17 | Iraqi forces seized the city of Kirkuk from Kurdish separatists. | IRQMIL>IRQREB:192
            2016-12-22 | Syrian police took control of the town of Douma after rebels left. | SYRCOP>SYRREB:192
            """)
    void groundAStatesOwnTroopsCaptureFromItsNamedRebelsIsTheRebels(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-11-11 | Ukrainian forces recaptured the town of Kherson. | UKRMIL>UKR:192
            2022-11-11 | Zelensky said his troops had entered Kherson. | UKRMIL>UKR:192
            """)
    void groundRetakenWithNoRebelsNamedStaysTheState(String date, String text, String expected) {
        // no rebels named: the holder may be a foreign army (Kherson)
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-01-27 | M23 rebels captured the city of Goma on Monday. | CODREB>COD:192
            2024-02-17 | Russian forces captured the town of Avdiivka. | RUSMIL>UKR:192
            2023-08-28 | Ukrainian troops recaptured the village of Robotyne from Russian forces. | UKRMIL>RUSMIL:192
            """)
    void groundTakenByRebelsOrAcrossABorderStaysTheState(String date, String text, String expected) {
        // rebels and foreign armies take the state's ground; a named holder after "from" is the target
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }
}
