package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.touchstone.core.Audience;

/**
 * Session 27 (aud27): a gathering of the speaker's own state is an address at home, not a forum (its own security council, a
 * forum held at home, a televised meeting with its own official, a town hall); a speaker who has just arrived in the country
 * of one it speaks of speaks on that one's soil; an arrival for a summit puts the words before it, not at it. Session 31
 * (stmt31): any occasion told the words at a place of the speaker's own country is at home. Sentences written for the test.
 */
class HomeGatheringsAndArrivalsTest {
    private static Audience audience(String text) {
        return CodedStatements.only(text).audience();
    }

    @Test
    void theSpeakersOwnSecurityCouncilIsAtHome() {
        assertThat(audience("Vladimir Putin told Russia's Security Council that the West was preparing an attack on Belarus."))
                .isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Putin told a meeting of the Russian Security Council on Friday that Ukraine would be defeated."))
                .isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Zelensky told the UN Security Council that Russia must be expelled."))
                .isEqualTo(Audience.MULTILATERAL);
    }

    @Test
    void aForumHeldAtHomeIsDomesticAndAbroadAForum() {
        assertThat(audience("Erdogan told a forum in Istanbul that Israel was a terrorist state.")).isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Erdogan told a forum in Berlin that Israel was a terrorist state.")).isEqualTo(Audience.MULTILATERAL);
    }

    @Test
    void anOccasionToldAtHomeIsDomestic() {
        assertThat(audience("Vladimir Putin told a naval parade in St Petersburg on Sunday that Russia would answer any threat."))
                .isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Kim Jong Un told a defence exhibition in Pyongyang that South Korea was not the main enemy."))
                .isEqualTo(Audience.DOMESTIC);
        // the same occasion abroad says nothing of the channel
        assertThat(audience("The Iranian president told a ceremony in Baghdad that Israel would regret its attack."))
                .isEqualTo(Audience.UNKNOWN);
        // a news conference at home stays one
        assertThat(audience("The Iranian foreign minister told a news conference in Tehran that Israel would regret its attack."))
                .isEqualTo(Audience.PRESS_CONFERENCE);
    }

    @Test
    void aMeetingWithTheSpeakersOwnOfficialIsNoTalkWithATarget() {
        assertThat(audience("Putin on Sunday called the attack an act of terrorism, speaking at a televised meeting with the head "
                + "of Russia's Investigative Committee.")).isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Erdogan said during a meeting with Putin in Sochi that Turkey wanted peace.")).isEqualTo(Audience.TARGET);
    }

    @Test
    void aTownHallIsAtHome() {
        assertThat(audience("Joe Biden said at a CNN town hall on Thursday that Putin would pay a price.")).isEqualTo(Audience.DOMESTIC);
    }

    @Test
    void anArrivalInTheTargetsCountryIsOnItsSoil() {
        assertThat(CodedStatements.statements("Macron arrived in Kyiv on Friday, pledging that France would stand by Ukraine.")
                .stream().filter(st -> st.speaker().equals("FRAGOV")).map(st -> st.audience()).toList())
                .containsExactly(Audience.TARGET);
    }

    @Test
    void anArrivalForASummitIsBeforeIt() {
        assertThat(audience("Starmer said Britain would provide Ukraine with more aid as he arrived for the NATO summit in Washington."))
                .isEqualTo(Audience.UNKNOWN);
        assertThat(audience("Biden said at the NATO summit in Washington that Ukraine would prevail.")).isEqualTo(Audience.MULTILATERAL);
    }
}
