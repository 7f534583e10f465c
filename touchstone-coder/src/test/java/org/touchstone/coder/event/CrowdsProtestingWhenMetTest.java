package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.event.CodedActs.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * S32-1: a crowd named by role whose protest is told in a participle after it ("arrested people protesting against
 * ...") holds that protest beside the force that met it; a crowd met by a state's police with no place named is that
 * state's people (S30-20). Sentences written for this test.
 */
class CrowdsProtestingWhenMetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kenyan police arrested dozens of students protesting against the new tax bill.            | KENCOP>KENCVL:173 | KENCVL>KENGOV:1412
            Police in Nairobi detained dozens of students rallying against the new tax bill.          | KENCOP>KENCVL:173 | KENCVL>KENGOV:1412
            Georgian police detained dozens of demonstrators rallying against the foreign agents law in Tbilisi. | GEOCOP>GEOCVL:173 | GEOCVL>GEOGOV:1412
            Serbian police beat students demonstrating against the government in Belgrade.            | SRBCOP>SRBCVL:175 | SRBCVL>SRBGOV:141
            Police dispersed thousands of people protesting over the disputed election in Caracas.   | VENCOP>VENCVL:175 | VENCVL>VENGOV:141
            Georgian riot police used water cannon to disperse people protesting outside parliament against a new bill. | GEOCOP>GEOCVL:175 | GEOCVL>GEOLEG:1412
            """)
    void theCrowdsProtestStandsBesideTheForce(String sentence, String force, String protest) {
        assertThat(events(sentence)).containsExactlyInAnyOrder(force, protest);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Police arrested dozens of people protesting in Dhaka.                     | BGDCOP>BGDCVL:173
            Police fired tear gas at protesters marching over a bridge in Dhaka.      | BGDCOP>BGDCVL:175
            """)
    void withNoCauseTheParticipleOnlyDescribesTheCrowd(String sentence, String force) {
        assertThat(events(sentence)).containsExactly(force);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Protesters stormed Kenya's parliament in Nairobi and set part of it ablaze as police opened fire on crowds rallying against tax rises."})
    void aCrowdAlreadyProtestingInTheSentenceProtestsOnce(String sentence) {
        assertThat(events(sentence)).containsExactlyInAnyOrder("KENCVL>KENLEG:145", "KENCOP>KENCVL:175");
    }
}
