package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.touchstone.core.Audience;

/**
 * Session 27 (aud27): words that come before their speaker ("..., the ministry said") are news the speaker reports; a
 * call, talks, a rally or a parliament inside them is what it tells of, not the channel it spoke through. A channel
 * after the speaker's verb stays its own. Sentences written for the test.
 */
class ChannelsInsideReportedNewsTest {
    @Test
    void aCallOrTalksReportedBeforeTheSpeakerAreNotItsChannel() {
        assertThat(CodedStatements.only("Turkey's foreign minister spoke by telephone with his Iranian counterpart on Monday, "
                + "the ministry said.").audience()).isEqualTo(Audience.UNKNOWN);
        assertThat(CodedStatements.only("The two leaders discussed the war in Ukraine during a phone call on Tuesday, the "
                + "Kremlin said.").audience()).isEqualTo(Audience.UNKNOWN);
        assertThat(CodedStatements.only("Iranian militias attacked a US base in Syria during talks in Baghdad, the Pentagon "
                + "said.").audience()).isEqualTo(Audience.UNKNOWN);
    }

    @Test
    void aCrowdOrParliamentReportedBeforeTheSpeakerIsNotItsChannel() {
        assertThat(CodedStatements.only("Police fired tear gas at crowds of protesters outside parliament in Tbilisi, Georgian "
                + "officials said.").audience()).isEqualTo(Audience.UNKNOWN);
    }

    @Test
    void wordsOfTheSpeakersOwnSideToldBeforeItKeepTheirChannel() {
        // the reporter relays its own official's words told to the target, an official the dictionaries do not place
        assertThat(CodedStatements.only("Assistant Secretary of State David Stilwell told the Chinese ambassador that spreading "
                + "such theories was dangerous, according to a State Department official.").audience()).isEqualTo(Audience.TARGET);
    }

    @Test
    void aChannelAfterTheSpeakersVerbStays() {
        assertThat(CodedStatements.only("Russia will respond to any attack on its territory, Putin told a rally in Moscow.")
                .audience()).isEqualTo(Audience.DOMESTIC);
        assertThat(CodedStatements.only("Ukraine will never surrender, Zelensky said in a televised address on Sunday.")
                .audience()).isEqualTo(Audience.DOMESTIC);
    }
}
