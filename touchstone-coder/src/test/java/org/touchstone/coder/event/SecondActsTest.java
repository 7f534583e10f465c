package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.event.CodedActs.events;

import org.junit.jupiter.api.Test;

/**
 * The second act of a sentence (session 20, `multi20`): a participle after a comma that follows the same speaker's
 * words is a stance of its own (GOLD-SET.md S7-6: "within reported speech, several stances of one speaker remain
 * separate events"); after a deed it only explains the deed (R5). Constructed wire-style sentences, not gold or tuning
 * lines: paraphrases that must code the second act and near misses that must not.
 */
class SecondActsTest {

    @Test
    void anAccusationAfterARefusalInWordsIsAnActOfItsOwn() {
        // the first act is a refusal told in words ("said ... would not accept"): the accusation is a second stance
        assertThat(events("Turkey's interior minister said Ankara would not accept condolences from the U.S. embassy, "
                + "accusing Washington of backing Kurdish militants.")).contains("TURGOV>USAGOV:120", "TURGOV>USAGOV:1123");
        assertThat(events("Serbia's president said Belgrade would not recognise the vote, accusing Pristina of provoking violence."))
                .contains("SRBGOV>KSVGOV:120", "SRBGOV>KSVGOV:1123");
        assertThat(events("Iran's foreign minister said Tehran would never accept the resolution, accusing Washington of hypocrisy."))
                .contains("IRNGOV>USAGOV:120", "IRNGOV>USAGOV:112");
        assertThat(events("Pakistan said it would not attend the talks, accusing India of sabotaging the process."))
                .contains("PAK>IND:125", "PAK>IND:1123");
    }

    @Test
    void anAccusationAfterAWarningOrAnAppealIsAnActOfItsOwn() {
        assertThat(events("Erdogan warned Greece that Turkey could act at any moment, accusing Athens of arming the islands."))
                .contains("TURGOV>GRC:012", "TURGOV>GRCGOV:112");
        assertThat(events("China urged Japan to reconsider, accusing Tokyo of ignoring its neighbours' concerns."))
                .contains("CHN>JPN:0242", "CHN>JPNGOV:112");
    }

    @Test
    void anAccusationExplainingADeedStaysOneAct() {
        // R5 / S7-6: expelling, scrapping accords, ordering an envoy out, withdrawing from a treaty are deeds
        assertThat(events("Oman expelled two Iranian diplomats, accusing them of spying.")).containsExactly("OMN>IRNGOV:161");
        assertThat(events("Mali's junta scrapped its defence accords with France, accusing French troops of violating its airspace."))
                .containsExactly("MLIMIL>FRA:1212");
        assertThat(events("Niger's military rulers ordered the French ambassador to leave within 48 hours, accusing Paris of interference."))
                .containsExactly("NERMIL>FRAGOV:161");
        assertThat(events("The United States withdrew from the treaty, accusing Russia of violating it."))
                .containsExactly("USA>RUS:127");
    }
}
