package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A passive's by-agent that is a one-word role, a crew or a vote whose "of" names the actor ("by the captain of a Chinese
 * fishing boat", "by a vote of the General Assembly") is that actor, as the active "The captain of a Chinese fishing boat
 * stabbed" already reads (session 25). A crowd "of" an actor is not that actor, and "by the end of" names no agent.
 * Sentences written for this test.
 */
class AgentsNamedByOfTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2011-12-12 | A South Korean coast guard officer was stabbed to death by the captain of a Chinese fishing boat. | CHNCVL>KORCOP:1823
            2011-12-12 | A South Korean coast guard officer was stabbed to death by the crew of a Chinese fishing boat. | CHNCVL>KORCOP:1823
            2022-04-07 | Russia was suspended from the UN Human Rights Council by a vote of the General Assembly. | IGOUNO>RUS:161
            """)
    void theActorOfTheRoleActs(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-04-07 | Russia was suspended from the UN Human Rights Council by the end of April.
            2011-12-12 | The ship was seized by the owner of a Chinese company.
            """)
    void noAgentOfAnyone(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-07-28 | The French embassy in Niamey was besieged by thousands of supporters of the junta. | NERCVL>FRA:145 | NERMIL>FRA:191
            """)
    void aCrowdOfAnActorIsNotThatActor(LocalDate date, String sentence, String expected, String absent) {
        assertThat(events(sentence, date)).contains(expected).doesNotContain(absent);
    }
}
