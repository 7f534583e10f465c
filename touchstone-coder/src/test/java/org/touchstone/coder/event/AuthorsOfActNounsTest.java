package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 24: an act whose other party is named only by an adjective before the act's noun. "Western" and "European"
 * before a noun of a diplomatic act or measure are the West (WST) and the EU; a sponsoring compound ("US-sponsored",
 * "Western-backed", "French-proposed") is its first part's state or bloc. Constructed wire-style sentences, not gold or
 * tuning lines, with near misses: a mediator ("Russian-brokered"), a backer of armed people or weapons, "Western"
 * before anything but an act's noun and an organization's compound name no one, nor does the author of a measure
 * whose own target follows it ("Western sanctions against Russia").
 */
class AuthorsOfActNounsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-08-06 | Sudan's government said it would not attend US-sponsored peace talks in Geneva. | SDNGOV>USA:125
            2024-08-06 | Sudan's government boycotted US-sponsored peace talks in Geneva. | SDNGOV>USA:143
            2022-05-01 | Russia blamed Western sanctions for the food crisis. | RUS>WST:112
            2022-05-01 | Russia condemned Western arms deliveries to Kyiv. | RUS>WST:111
            2022-05-01 | Russia denounced Western weapons supplies to Ukraine. | RUS>WST:111
            2005-05-01 | Brazil filed a complaint at the WTO against European sugar export subsidies. | BRA>IGOEUREEC:115
            2022-05-01 | Hungary criticised European aid to Ukraine. | HUN>IGOEUREEC:111
            2019-02-24 | Venezuelan troops set fire to trucks carrying US-donated aid. | VENMIL>USA:1712
            2019-02-24 | Venezuelan troops set fire to trucks carrying US-donated aid on the bridge. | VENMIL>USA:1712
            2015-05-01 | Iran rejected the Western-backed accord. | IRN>WST:127
            2015-05-01 | Iran rejected the Western-drafted resolution. | IRN>WST:120
            2015-05-01 | Israel rejected the French-proposed truce. | ISR>FRA:1246
            """)
    void theAdjectiveBeforeAnActsNounIsItsAuthor(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-10-01 | Armenian separatists agreed to lay down their weapons under a Russian-brokered ceasefire.
            2020-01-01 | Supporters of an Iran-backed militia stormed the embassy compound.
            2020-01-01 | Syria condemned the US-backed rebels.
            2020-01-01 | Russia condemned US-funded drones.
            2020-01-01 | Western-educated officials condemned the attack.
            2020-01-01 | China criticised the Western media.
            2020-01-01 | Russia condemned Western Europe.
            2020-01-01 | European leaders met in Brussels.
            2020-01-01 | Russia condemned UN-backed talks.
            2020-01-01 | Sudan's army rejected Qatari-hosted talks.
            """)
    void aMediatorABackerOfArmedPeopleOrAPlaceNamesNoOne(String date, String text) {
        assertThat(events(text, LocalDate.parse(date)))
                .noneMatch(e -> e.contains("WST") || e.contains("IGOEUREEC") || e.contains(">RUS") || e.contains(">USA")
                        || e.contains(">IRN") || e.contains(">QAT") || e.contains(">IGOUNO"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-06-22 | Serbia declined to join Western sanctions against Russia. | SRB>RUS:120
            2022-06-22 | Serbia declined to join Western sanctions on Russia. | SRB>RUS:120
            2022-06-22 | Serbia joined Western sanctions against Russia. | SRB>RUS:050
            """)
    void aMeasureWhoseOwnTargetFollowsKeepsThatTarget(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-05-01 | Russia condemned Israeli strikes on Gaza. | RUS>ISR:111
            2022-05-01 | Iran condemned Russian shelling of Kharkiv. | IRN>RUS:111
            2022-03-01 | Russia shelled western Ukraine. | RUS>UKR:194
            """)
    void aDemonymBeforeForceAndAPlaceAdjectiveKeepTheirReading(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }
}
