package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Session 22: a state's own forces capturing, retaking or shelling a place of their own state act on the rebels who
 * hold it (SYRMIL>SYRREB), when the sentence says so: rebels the place is taken "from", the state's rebels named in the
 * sentence, or a region its insurgents held (Idlib, Nagorno-Karabakh, Tigray). A foreign occupier, a place with no rebels
 * named, rebels acting themselves and foreign forces stay as they were. Sentences written for this test in wire style,
 * never gold or tuning sentences.
 */
class OwnRebelsHeldTest {

    private static List<String> events(String date, String text) {
        return CoderTestSupport.events(text, LocalDate.parse(date));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-05-10 | Syrian government forces captured the town of Kafr Nabudah from insurgents on Friday. | SYRMIL>SYRREB:192
            2020-01-28 | Syrian troops retook the town of Maarat al-Numan from rebels after weeks of fighting. | SYRMIL>SYRREB:192
            2014-07-05 | Ukrainian government forces recaptured the city of Sloviansk from pro-Russian separatists on Saturday. | UKRMIL>UKRREB:192
            2009-01-25 | Sri Lankan troops captured Mullaittivu, the last major town held by the Tamil Tigers. | LKAMIL>LKAREB:192
            2016-11-30 | Syrian government forces seized control of several districts of Aleppo as rebel defences collapsed. | SYRMIL>SYRREB:192
            """)
    void aPlaceTheSentenceSaysRebelsHoldIsTakenFromThem(String date, String sentence, String expected) {
        assertThat(events(date, sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2020-11-20 | Ethiopian federal forces captured the town of Axum in Tigray on Friday. | ETHMIL>ETHREB:192
            2020-10-04 | Azerbaijan shelled Stepanakert, the main city of Nagorno-Karabakh, on Sunday. | AZE>AZEREB:194
            2019-06-01 | Syrian troops shelled villages in northern Idlib on Saturday. | SYRMIL>SYRREB:194
            """)
    void forceInARegionItsInsurgentsHeldIsOnThem(String date, String sentence, String expected) {
        assertThat(events(date, sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-09-10 | Ukrainian troops recaptured Balakliia from Russian forces. | UKRMIL>RUSMIL:192
            2018-04-07 | The Syrian air force dropped chlorine gas on the town of Douma, killing dozens of people. | SYRMIL>SYRCVL:2041
            2008-08-08 | Georgian forces shelled Tskhinvali overnight, Russia said. | GEOMIL>GEOCVL:194
            2019-05-10 | Syrian troops shelled the city of Homs on Friday. | SYRMIL>SYRCVL:194
            2021-08-06 | Taliban fighters captured the city of Zaranj, the capital of Nimroz province. | AFGREB>AFG:192
            2019-06-01 | Russian warplanes struck villages in southern Idlib. | RUSMIL>SYR:195
            2020-10-04 | Armenian forces shelled Ganja, Azerbaijan's second city, on Sunday. | ARMMIL>AZE:194
            2021-05-03 | Colombian police fired tear gas at protesters in Cali as rebels attacked a police station elsewhere. | COLCOP>COLCVL:175
            """)
    void occupiersUnheldPlacesRebelsAndForeignForcesStay(String date, String sentence, String expected) {
        assertThat(events(date, sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-11-11 | Ukrainian forces retook the city of Kherson after Russian troops withdrew across the Dnipro river.
            2019-05-10 | Syrian government forces visited the town of Saraqeb in Idlib province on Friday.
            """)
    void noRebelsWithoutTheirCueOrWithoutForce(String date, String sentence) {
        assertThat(events(date, sentence)).noneMatch(e -> e.contains("REB"));
    }
}
