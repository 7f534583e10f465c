package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.touchstone.core.Statement;

/**
 * R11: another actor's name for an act is its words. An apposed noun that takes up the act (", a move Seoul called
 * retaliation") gives the caller's statement, quoted or not; a state's opposition labelling the state's act ("in what
 * the opposition called an illegal act") is another side, not the state's own. Session 26 (aud26); sentences written
 * for the test.
 */
class LabelsOfAnothersActTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kenya expelled two Somali diplomats, a decision Mogadishu called retaliation for the election dispute.|SOMGOV",
        "Chile closed its border with Bolivia on Monday, a move La Paz called an act of aggression.|BOLGOV",
        "Belarus jailed five journalists on Friday in what the opposition called an illegal and shameful act.|BLROPP",
    })
    void theCallerSpeaks(String text, String speaker) {
        assertThat(CodedStatements.statements(text)).extracting(Statement::speaker).containsExactly(speaker);
    }

    /**
     * S30-1 (a) when the act labelled is itself uncoded (session 31): the labeller's stance is its event toward the actor
     * that opens the sentence, carried by its statement.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chinese warships repeatedly crossed the path of Australian frigates in what the Australian Navy called dangerous manoeuvres.|AUSMIL>CHNMIL:111",
    })
    void theLabelOfAnUncodedActIsAStance(String text, String event) {
        assertThat(org.touchstone.coder.CoderTestSupport.events(text)).contains(event);
    }

    /**
     * Any verbal act after an apposed noun (", a step Canberra said was unjustified", ", a gesture ... praised as"), not
     * only a label: its missing object is the act before, so the words are about that act's doer, or, of the speaker's own
     * side's act, its target (session 34, stmt34; after tune17 ta-064, tune16 o-032, tune14 s-009).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Vietnam raised tariffs on Thai rice on Monday, a step Bangkok said was unjustified.|THAGOV|VNM",
        "Chilean firefighters flew to Argentina to fight the blazes, a gesture Argentine President Javier Milei praised as true friendship.|ARGGOV|CHL",
        "Serbia agreed to return two villages to Kosovo, a step Prime Minister Ana Brnabic said was needed to keep the peace.|SRBGOV|KSV",
    })
    void theWordsAfterAnApposedActAreAboutIt(String text, String speaker, String target) {
        Statement st = CodedStatements.statements(text).stream().filter(x -> x.speaker().equals(speaker)).findFirst().orElseThrow();
        assertThat(st.targets()).as(text).containsExactly(target);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Kenya expelled two Somali diplomats, a move that analysts called retaliation for the election dispute.",
        // (a state's own government labelling the state's act speaks since session 30, S30-1: OwnActLabelledAfterWhatTest)
        "A move the Kenyan president called historic was approved by parliament.",
    })
    void noCallerOfAnothersActNoStatement(String text) {
        assertThat(CodedStatements.statements(text)).isEmpty();
    }
}
