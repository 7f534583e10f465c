package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.statement.CodedStatements.only;
import static org.touchstone.coder.statement.CodedStatements.statements;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.core.Statement;

/**
 * Who speaks in relative clauses, nested sayings, outlets' reports and coordinated speech verbs (session 16), on
 * sentences written for the test.
 */
class SpeakersInClausesTest {
    private static List<String> speakers(String text) {
        return statements(text).stream().map(Statement::speaker).toList();
    }

    @Test
    void aSayingInsideAnothersWordsIsToldNotSaid() {
        assertThat(speakers("Ukraine said Russia had said the talks were over.")).containsExactly("UKR");
        assertThat(speakers("Japan said China had said it would not attend the meeting.")).containsExactly("JPN");
        assertThat(speakers("Poland said on Monday that Belarus had claimed the migrants came from Iraq.")).containsExactly("POL");
        // the saying told first, attributed after it
        assertThat(speakers("Russia had said the talks were over, Ukraine said.")).containsExactly("UKR");
        // near misses: a clause of its own after "and" or "but" speaks for itself
        assertThat(speakers("Ukraine said the talks were over and Russia said it agreed.")).containsExactly("UKR", "RUS");
        assertThat(speakers("Ukraine said the talks were over, but the Kremlin said it would continue them."))
                .containsExactly("UKR", "RUSGOV");
    }

    @Test
    void aSpeechVerbCoordinatedAfterPlainWordsGivesTheStance() {
        Statement warned = only("Zelensky said Russian forces had not withdrawn and warned of new attacks.");
        assertThat(warned.speaker()).isEqualTo("UKRGOV");
        assertThat(warned.code()).isEqualTo("130");
        assertThat(only("Zelensky said Russian forces had not withdrawn and warned that Moscow could be preparing a trap.").code())
                .isEqualTo("012");
        assertThat(only("Spanish Prime Minister Pedro Sanchez said Moroccan officials had not responded and urged Rabat to resume talks.")
                .code()).isEqualTo("026");
        assertThat(only("Macron said the talks with Algeria had ended and criticized Algiers for its silence.").code())
                .isEqualTo("111");
        // near miss: a negated second verb is no stance
        assertThat(only("India said Pakistan had not commented and had refused to meet.").code()).isEqualTo("010");
    }

    @Test
    void anOutletReportingAnotherSpeechActIsItsChannel() {
        assertThat(speakers("Hamas condemned the strike, Al Jazeera reported.")).containsExactly("PSEREB");
        assertThat(speakers("Iran denounced the sanctions, the BBC reported.")).containsExactly("IRN");
        assertThat(speakers("Egypt urged Israel to halt the offensive, Al Jazeera reported.")).containsExactly("EGY");
        assertThat(speakers("Al Jazeera reported that Hamas had condemned the Israeli strike.")).containsExactly("PSEREB");
        // near miss: an outlet's report of a deed is its own statement (S7-12)
        assertThat(speakers("Al Jazeera reported that Israel had struck Gaza.")).containsExactly("QATMED");
    }

    @Test
    void theAntecedentOfWhoSaidSpeaks() {
        Statement tokayev = only("Russia sent troops to Kazakhstan at the request of Kassym-Jomart Tokayev, who said the country "
                + "had been attacked by terrorist gangs trained abroad.");
        assertThat(tokayev.speaker()).isEqualTo("KAZGOV");
        assertThat(tokayev.code()).isEqualTo("112");
        assertThat(tokayev.targets()).isEmpty();
        assertThat(speakers("The aid reached Gaza after talks with Egyptian President Abdel Fattah al-Sisi, who said Israel must "
                + "open more crossings.")).containsExactly("EGYGOV");
        assertThat(speakers("The plan was sent to the United Nations, which said the fighting had displaced thousands."))
                .containsExactly("IGOUNO");
        assertThat(speakers("Troops were deployed at the request of the Malian junta, which later said the country faced "
                + "terrorist attacks.")).containsExactly("MLIMIL");
        // near miss: "which" as the object of another's verb makes no speaker of the antecedent
        assertThat(speakers("The ship was seized near Iran, which the United States accused of piracy.")).doesNotContain("IRN");
    }

    @Test
    void theOwnSidesStanceOnSomethingUnnamedIsTheStanceAndItsPartnerNoTarget() {
        Statement rejected = only("Scholz said Germany and France rejected the proposal.");
        assertThat(rejected.speaker()).isEqualTo("DEUGOV");
        assertThat(rejected.code()).startsWith("12");
        assertThat(rejected.targets()).doesNotContain("FRA");
        assertThat(only("Macron said France and Germany rejected the plan.").targets()).doesNotContain("DEU");
        assertThat(only("Scholz said Germany rejected the proposal.").code()).startsWith("12");
        Statement opposed = only("Erdogan said Turkey and Qatar opposed the plan.");
        assertThat(opposed.code()).isEqualTo("110");
        assertThat(opposed.targets()).doesNotContain("QAT");
        // near misses: a negated rejection, and another side's rejection, are remarks
        assertThat(only("Scholz said Germany had not rejected the proposal.").code()).isEqualTo("010");
        Statement others = only("Scholz said Russia rejected the proposal.");
        assertThat(others.code()).isEqualTo("010");
        assertThat(others.targets()).contains("RUS");
    }
}
