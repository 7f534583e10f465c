package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.statement.CodedStatements.only;
import static org.touchstone.coder.statement.CodedStatements.statements;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.core.Statement;

/**
 * Who speaks when words are told of several parties (session 15): co-speakers each speak, an agent told of in another's
 * words does not, a participle used as an adjective says nothing, and an outlet after a passive news is the doer's.
 */
class JointWordsTest {
    private static List<String> speakers(String text) {
        return statements(text).stream().map(Statement::speaker).toList();
    }

    @Test
    void coSpeakersOfAJointStatementEachSpeak() {
        assertThat(speakers("India and China said in a joint statement they would resolve the border dispute through talks."))
                .containsExactlyInAnyOrder("IND", "CHN");
        assertThat(speakers("The foreign ministers of Japan and Australia said they opposed any unilateral change to the status quo."))
                .containsExactlyInAnyOrder("JPNGOV", "AUSGOV");
    }

    @Test
    void theByAgentOfAPassiveInAnothersWordsIsNoSpeaker() {
        assertThat(speakers("Putin said Moscow's concerns had been rejected by the United States and NATO.")).containsExactly("RUSGOV");
        assertThat(speakers("Lavrov said Russia's offer was turned down by Washington.")).containsExactly("RUSGOV");
        assertThat(speakers("Iran's foreign ministry said its nuclear proposals were flatly rejected by Britain, France and Germany."))
                .containsExactly("IRNGOV");
        assertThat(speakers("The Kremlin said its proposals had been dismissed by NATO and the European Union.")).containsExactly("RUSGOV");
        // the words attributed after them
        assertThat(speakers("Russia's proposals were rejected by the United States and NATO, Putin said.")).containsExactly("RUSGOV");
    }

    @Test
    void aPassiveSpeechActWithNoOneElsesWordsStillSpeaks() {
        Statement s = only("The attack was condemned by France.");
        assertThat(s.speaker()).isEqualTo("FRA");
        assertThat(s.code()).isEqualTo("111");
        assertThat(speakers("Russia's proposals were rejected by the United States in a statement.")).containsExactly("USA");
    }

    @Test
    void aReportingParticipleUsedAsAnAdjectiveSaysNothing() {
        assertThat(statements("Italy overtook China in the number of confirmed infections.")).isEmpty();
        assertThat(statements("On Thursday the United States overtook China in the number of confirmed cases.")).isEmpty();
        assertThat(statements("India surpassed Brazil in reported deaths on Friday.")).isEmpty();
        // the verb with its own subject still reports
        assertThat(only("China confirmed 40 new cases on Thursday.").speaker()).isEqualTo("CHN");
        assertThat(speakers("Russia has the most reported cases in Europe, Germany said.")).containsExactly("DEU");
    }

    @Test
    void anOutletAfterAPassiveNewsIsTheDoersState() {
        assertThat(only("A Lithuanian minister was put on a wanted list by Russian police, state media said on Tuesday.").speaker())
                .isEqualTo("RUSMED");
        assertThat(only("A Latvian journalist was detained by Belarusian security forces, state television reported.").speaker())
                .isEqualTo("BLRMED");
        assertThat(only("Two Japanese diplomats have been expelled by Moscow, the foreign ministry said.").speaker()).isEqualTo("RUSGOV");
        // the doer named as the subject, and a passive with no doer named
        assertThat(only("Russia's interior ministry placed Estonian Prime Minister Kaja Kallas on a wanted list, state media reported.")
                .speaker()).isEqualTo("RUSMED");
        assertThat(only("Estonian Prime Minister Kaja Kallas was placed on a wanted list, state media reported.").speaker())
                .isEqualTo("ESTMED");
    }
}
