package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * "they" opening the words of joint speakers stands for them even when the saying's occasion names a place or a visitor
 * between them ("told a joint news conference in Berlin that they ...", "said in a joint statement issued during Putin's
 * visit to Beijing that they ..."); one told or met by name still keeps the pronoun from the speakers. Session 24
 * (meeting24); sentences written for the test after tune10 a-065.
 */
class WordsPastTheOccasionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-05-16|China and Russia said in a joint statement issued during Vladimir Putin's visit to Beijing that they opposed any further enlargement of NATO.|CHN>IGOWSTNAT:110|RUS>IGOWSTNAT:110",
        "2011-08-16|Angela Merkel and Nicolas Sarkozy told a joint news conference in Berlin that they were of one mind on a second Greek bailout.|DEUGOV>FRAGOV:019|FRAGOV>DEUGOV:019",
        "2011-08-16|Angela Merkel and Nicolas Sarkozy told a joint news conference after talks in Berlin that they were of one mind on a second Greek bailout.|DEUGOV>FRAGOV:019|FRAGOV>DEUGOV:019",
        "2023-06-15|Japan and South Korea told a joint news conference in Seoul that they would resume security talks.|JPN>KOR:036|KOR>JPN:036",
        "2023-06-15|Japan and South Korea said in a joint statement issued during Xi Jinping's visit to Tokyo that they would resume security talks.|JPN>KOR:036|KOR>JPN:036",
    })
    void thePlaceOrVisitorOfTheOccasionIsNotTheOneTold(String day, String text, String first, String second) {
        assertThat(CoderTestSupport.events(text, LocalDate.parse(day))).contains(first, second);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Japan and South Korea told Chinese officials in Beijing that they would resume security talks.",
        "Japan and South Korea told a joint news conference after talks with China's premier that they would resume security talks.",
    })
    void oneToldOrMetByNameKeepsThePronoun(String text) {
        assertThat(CoderTestSupport.events(text, LocalDate.of(2023, 6, 15))).doesNotContain("JPN>KOR:036", "KOR>JPN:036");
    }
}
