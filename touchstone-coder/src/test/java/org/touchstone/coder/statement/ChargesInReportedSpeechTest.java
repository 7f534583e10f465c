package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.statement.CodedStatements.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Statement;

/**
 * Session 21 (assert21): a speaker that reports, with no accusing verb, that another actor urges on, pays for or
 * draws out strife, or helps another to a deed of stealth or subversion, charges it (GOLD-SET.md R11, 112): as the
 * statement's stance and as an event aimed at the one charged. Sentences written for the test.
 */
class ChargesInReportedSpeechTest {
    private static List<String> events(String text) {
        return CoderTestSupport.events(text, LocalDate.of(2023, 3, 15));
    }

    @Test
    void strifeUrgedOnOrPaidForIsACharge() {
        Statement lavrov = only("Lavrov told reporters in Ankara that Washington was encouraging the war in Ukraine by sending arms.");
        assertThat(lavrov.code()).isEqualTo("112");
        assertThat(lavrov.targets()).contains("USAGOV");
        assertThat(events("Lavrov told reporters in Ankara that Washington was encouraging the war in Ukraine by sending arms."))
                .contains("RUSGOV>USAGOV:112");
        assertThat(only("Maduro said Colombia was encouraging the violence on the border.").code()).isEqualTo("112");
        assertThat(events("Tehran said Saudi Arabia was fuelling the riots in Iranian cities.")).contains("IRNGOV>SAU:112");
        assertThat(only("Erdogan said Washington was funding the insurgency in northern Syria.").code()).isEqualTo("112");
        // the help told of and the charge in one clause: the charge is the stance
        assertThat(events("Pashinyan said Turkey was arming Azerbaijan and egging it on to start a new war."))
                .contains("ARMGOV>TUR:112");
    }

    @Test
    void strifeToBeEndedOrAnAdjectiveIsNoCharge() {
        // near misses: encouragement to end a war, talks called encouraging, a participle as the strife's adjective
        assertThat(only("Guterres said he was encouraging both sides to end the war.").code()).isNotEqualTo("112");
        assertThat(only("Macron said the talks with Xi had been encouraging.").code()).isEqualTo("013");
        assertThat(only("Macron said prolonged fighting would hurt Europe.").code()).isNotEqualTo("112");
        assertThat(only("Scholz said Germany was not funding the war.").code()).isNotEqualTo("112");
        // the strife as the modifier of a noun of help: "the war effort"
        assertThat(only("Zelensky said Ukraine's allies were funding the war effort.").code()).isNotEqualTo("112");
    }

    @Test
    void helpToADeedOfStealthOrSubversionIsACharge() {
        Statement zelensky = only("Zelensky told the summit that China was helping Russia to disrupt the peace conference.");
        assertThat(zelensky.code()).isEqualTo("112");
        assertThat(zelensky.targets()).contains("CHN");
        assertThat(events("Zelensky told the summit that China was helping Russia to disrupt the peace conference."))
                .contains("UKRGOV>CHN:112");
        assertThat(only("Kuleba told reporters that Belarus was aiding Russia in circumventing the oil embargo.").code())
                .isEqualTo("112");
        assertThat(only("Blinken said Chinese firms had helped Moscow evade Western sanctions.").code()).isEqualTo("112");
    }

    @Test
    void helpToALawfulEndIsNoCharge() {
        assertThat(only("Britain said it was helping Ukraine to rebuild its power grid.").code()).isNotEqualTo("112");
        assertThat(events("Britain said it was helping Ukraine to rebuild its power grid.")).noneMatch(e -> e.endsWith(":112"));
    }
}
