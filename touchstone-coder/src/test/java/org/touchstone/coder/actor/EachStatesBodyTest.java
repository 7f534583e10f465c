package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Statement;

/**
 * "their" and a state body opening the words of states coordinated as the sentence's subject is each state's body
 * ("India and Pakistan said that their armies would ...": INDMIL and PAKMIL); "their" anywhere else stays open.
 * Session 26 (bugs26), after tune10 a-040.
 */
class EachStatesBodyTest {

    private static final LocalDate DAY = LocalDate.of(2021, 2, 25);

    /** "words=CODE+CODE" of each resolved mention. */
    private static List<String> actors(String text) {
        return CoderTestSupport.actorWords(text, DAY, ActorMention::isResolved);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "France and Germany said their troops would stay in the region.|troops=FRAMIL+DEUMIL",
        "France and Germany said that their governments would resume talks.|governments=FRAGOV+DEUGOV",
        "Japan, South Korea and the United States said their navies would hold joint drills.|navies=JPNMIL+KORMIL+USAMIL",
    })
    void theBodyIsEachStates(String text, String expected) {
        assertThat(actors(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "China urged Russia and Ukraine to pull back their troops.",
        "Russia and Ukraine traded blame, and their troops clashed again.",
        "Russia and its allies said their troops would stay.",
    })
    void noPairElsewhere(String text) {
        assertThat(actors(text)).noneMatch(a -> a.startsWith("troops="));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "India and Pakistan said in a rare joint statement that their armies would strictly observe all ceasefire agreements.|INDMIL>PAKMIL:0356|PAKMIL>INDMIL:0356",
        "China and Russia said that their armies would strictly observe the ceasefire.|CHNMIL>RUSMIL:0356|RUSMIL>CHNMIL:0356",
        "China and Russia said their armies would strictly observe the ceasefire.|CHNMIL>RUSMIL:0356|RUSMIL>CHNMIL:0356",
        "On Thursday, Russia and Belarus said their troops would hold joint drills.|RUSMIL>BLRMIL:0312|BLRMIL>RUSMIL:0312",
    })
    void eachStatesBodyActs(String text, String one, String other) {
        assertThat(events(text, DAY)).contains(one, other);
    }

    @Test
    void theJointSpeakersSpeakOfEachOtherNotOfTheirOwnBodies() {
        assertThat(CoderTestSupport.code("India and Pakistan said in a rare joint statement that their armies would strictly "
                + "observe all ceasefire agreements.", DAY).statements())
                .extracting(st -> st.speaker() + " " + st.targets())
                .containsExactlyInAnyOrder("IND [PAK]", "PAK [IND]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the pair's act on their own missions, not words; the object's troops; a clause of its own
        "Iran and Saudi Arabia agreed to restore diplomatic ties and reopen their embassies within two months.",
        "China urged Russia and Ukraine to pull back their troops.",
        "Russia and Ukraine traded blame, and their troops clashed again.",
    })
    void theirElsewhereStaysOpen(String text) {
        assertThat(events(text, DAY)).noneMatch(e -> e.contains("MIL>") || e.contains("GOV:"));
    }

    @Test
    void statementSpeakersStayTheStates() {
        assertThat(CoderTestSupport.code("China and Russia said that their armies would strictly observe the ceasefire.", DAY)
                .statements()).extracting(Statement::speaker).containsExactlyInAnyOrder("CHN", "RUS");
    }
}
