package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.coder.CodedDocument;
import org.touchstone.core.Statement;

/**
 * The clause before a trailing speaker (session 17): a passive whose victims are named only by role and whose by-agent
 * is another state's, and a denial whose complement holds the noun "posts". Constructed wire-style sentences, not gold
 * or tuning lines, each rule with paraphrases that must code and near misses that must not.
 */
class TrailingSpeakersTest {
    private static CodedDocument code(String text) {
        return CoderTestSupport.code(text, LocalDate.of(2024, 5, 10));
    }

    private static List<String> events(String text) {
        return CoderTestSupport.events(code(text));
    }

    private static List<String> speakers(String text) {
        return code(text).statements().stream().map(Statement::speaker).map(String::valueOf).toList();
    }

    // --- 1. a passive's role-only victims, acted on by another state's force, are the people of the place or the reporter

    @Test
    void roleOnlyVictimsOfAForeignAgentArePeopleOfThePlaceNamed() {
        // as the active voice reads "Russian forces killed five civilians in Kharkiv" (RUSMIL>UKRCVL)
        assertThat(events("Five civilians were killed by Russian shelling in Kharkiv, Ukraine said."))
                .containsExactly("RUSMIL>UKRCVL:194");
        assertThat(events("Dozens of civilians have been killed by Israeli air strikes in southern Lebanon, the Lebanese health ministry said."))
                .containsExactly("ISRMIL>LBNCVL:180");
        assertThat(events("Four civilians were wounded by Israeli drone strikes in Syria, officials said."))
                .containsExactly("ISRMIL>SYRCVL:195");
        // no attribution at all: the place alone
        assertThat(events("Five civilians were killed by Russian shelling in Kharkiv."))
                .containsExactly("RUSMIL>UKRCVL:194");
    }

    @Test
    void roleOnlyVictimsWithNoPlaceArePeopleOfTheReportingState() {
        assertThat(events("Three soldiers were wounded by Armenian fire on the border, Azerbaijan's defence ministry said on Tuesday."))
                .containsExactly("ARMMIL>AZEMIL:190");
        assertThat(events("Four fishermen were detained by the Sri Lankan navy, Indian officials said."))
                .containsExactly("LKAMIL>INDCVL:173");
        assertThat(events("Two farmers were shot dead by Indian troops near the border, Pakistan's army said."))
                .containsExactly("INDMIL>PAKCVL:193");
        assertThat(events("Two farmers were shot dead by Indian troops near the border, according to Pakistani officials."))
                .containsExactly("INDMIL>PAKCVL:193");
    }

    @Test
    void noVictimStateIsGuessedWhereNoneIsNamedOrTheActIsNoForce() {
        // no agent: an agentless passive stays uncoded (R2)
        assertThat(events("Five civilians were killed in Kharkiv, Ukraine said.")).isEmpty();
        // a welcome is no force: the place does not make its people the target
        assertThat(events("Many civilians were welcomed by Turkish officials in Syria, the ministry said.")).isEmpty();
        // the agent's own state reports it and no place of another state is named: no victim state to give them
        assertThat(events("Two pilots were captured by Russian forces on the front, Moscow said.")).isEmpty();
        // with a place of another state the same clause codes
        assertThat(events("Two pilots were captured by Russian forces in Ukraine, a Ukrainian television channel reported."))
                .containsExactly("RUSMIL>UKRMIL:181");
    }

    // --- 2. "posts" after a demonym or modifier is the noun, not a verb of saying

    @Test
    void postsAfterADemonymAreNoSpeaker() {
        assertThat(speakers("Pakistan denied its army had shelled Indian posts.")).containsExactly("PAK");
        assertThat(events("Pakistan denied that its army had shelled Indian border posts.")).containsExactly("PAK>IND:016");
        assertThat(code("Indian troops shelled Pakistani posts along the Line of Control.").statements()).isEmpty();
        assertThat(code("Ukrainian troops attacked Russian posts near Bakhmut.").statements()).isEmpty();
    }

    @Test
    void postedStillReportsWords() {
        assertThat(speakers("Zelensky posted on Telegram that Russian missiles hit Kyiv.")).containsExactly("UKRGOV");
    }
}
