package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.event.CodedActs.events;

import org.junit.jupiter.api.Test;

/**
 * Whose act a participle of words after a comma is (session 21, `part21`): the subject of the sentence's main clause,
 * reached from the verb before the comma up through the clauses that hold it (reported words, a demand's terms, a
 * relative clause), and past verbs with no subject of their own ("the visas it grants"). GOLD-SET.md S7-6. Constructed
 * wire-style sentences, not gold or tuning lines: paraphrases that must code, near misses that must not.
 */
class ParticipleSubjectsTest {

    @Test
    void aParticipleAfterAClauseWithNoSubjectOfItsOwnIsTheMainSubjects() {
        // "the visas it grants to ...": a relative clause with no actor; the participle is the speaker's
        assertThat(events("France said on Tuesday it would halve the visas it grants to Algerians, blaming the Algerian "
                + "government for refusing to take back migrants.")).contains("FRA>DZAGOV:112");
        assertThat(events("France said on Tuesday it would cut the number of visas it issues to citizens of Algeria, "
                + "accusing Algiers of refusing to take back migrants.")).contains("FRA>DZAGOV:112");
        // "over the Istanbul bombing": a verb's noun with no doer stands between
        assertThat(events("Turkey's interior minister said Ankara would reject any condolences from the U.S. embassy over the "
                + "Istanbul bombing, accusing Washington of supporting Kurdish militants.")).contains("TURGOV>USAGOV:1123");
    }

    @Test
    void aParticipleAfterADemandsTermsIsTheDemandersNotTheDemandedsSide() {
        // "demanded that China explain the data its ships collected": not China's accusation of Japan
        assertThat(events("Japan's foreign ministry demanded that China explain the data its survey ships collected near "
                + "the islands, accusing Beijing of violating Japanese sovereignty."))
                .contains("JPNGOV>CHNGOV:1123").doesNotContain("CHN>JPN:112");
        // two clauses deep: "demanded that Berlin share the evidence ... that the activist had been poisoned"
        assertThat(events("Russia's foreign ministry demanded that Berlin share the evidence behind its finding that the "
                + "activist had been poisoned, accusing Germany of staging a provocation."))
                .contains("RUSGOV>DEU:1123").noneMatch(e -> e.startsWith("DEU"));
    }

    @Test
    void aParticipleAfterARelativeClauseIsTheMainSubjects() {
        // "the police who had raided ...": the police accuse no one
        assertThat(events("Serbia's president criticised the police who had raided Serb towns in northern Kosovo, "
                + "accusing Pristina of provoking violence.")).noneMatch(e -> e.startsWith("SRBCOP>KSV"));
        assertThat(events("The Kremlin said the drones that struck Moscow had been launched from Ukraine, blaming Kyiv "
                + "for a terrorist attack.")).contains("RUSGOV>UKRGOV:112");
    }

    @Test
    void theSpeakersOwnStateAndDeedsOfForceKeepTheClauseSubject() {
        // the speaker's own state in its words keeps the participle (the refusal's pair is the state's)
        assertThat(events("Lula said Brazil would not send tank ammunition to Ukraine, rejecting a request from Germany."))
                .contains("BRA>DEU:120").doesNotContain("BRAGOV>DEU:120");
        // a participle of force is the toll of the clause's own deed, never the speaker's
        assertThat(events("Ukraine said Russian forces had shelled Kharkiv, killing five civilians."))
                .containsExactly("RUSMIL>UKR:194");
        // a participle right after a noun describes it: no act of the speaker
        assertThat(events("Israel said its navy had intercepted a ship carrying aid to Gaza."))
                .isNotEmpty().allMatch(e -> e.startsWith("ISRMIL>"));
    }
}
