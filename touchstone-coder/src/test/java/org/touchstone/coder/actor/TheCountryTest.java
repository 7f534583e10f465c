package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.coder.CodedDocument;
import org.touchstone.core.Statement;

/**
 * "the country", "the nation" (session 15): the state meant is the last named state that is not the clause's own
 * subject; in words a state reports about another's act it is the speaker's; a state's own possessive ("the
 * country's participation") and the country one leaves are the subject's own; after a place preposition it is a
 * place; "told the nation" is an audience. Constructed wire-style sentences, not gold or tuning lines.
 */
class TheCountryTest {
    private static CodedDocument code(String text) {
        return CoderTestSupport.code(text, LocalDate.of(2024, 5, 10));
    }

    private static List<String> events(String text) {
        return CoderTestSupport.events(code(text));
    }

    private static List<String> pairs(String text) {
        return code(text).events().stream().map(e -> e.source().code() + ">" + e.target().code()).toList();
    }

    // --- 1. another state's act on "the country" in a state's reported words: the speaker's state

    @Test
    void anotherStatesActOnTheCountryInReportedWordsIsOnTheSpeaker() {
        assertThat(pairs("Kuwait said Iraq was planning to invade the country.")).contains("KWT>IRQ");
        assertThat(events("Ukraine's army said Russia shelled the country overnight.")).contains("RUS>UKR:194");
        assertThat(events("Iran said Israel had attacked the country's nuclear facilities.")).contains("ISR>IRN:190");
        assertThat(events("Japan warned that China was sending warships toward the country.")).contains("JPN>CHN:130")
                .doesNotContain("CHN>CHN:150");
    }

    @Test
    void theNationInReportedWordsIsTheSpeakersToo() {
        List<String> coded = events("Venezuela said Colombia was plotting to invade the nation.");
        assertThat(coded).anyMatch(e -> e.startsWith("VEN>COL:112"));
        assertThat(coded).noneMatch(e -> e.startsWith("COL>COL"));
    }

    @Test
    void theRepublicIsResolvedTheSameWay() {
        assertThat(events("Armenia said Azerbaijan was preparing to attack the republic.")).contains("ARM>AZE:1123")
                .noneMatch(e -> e.startsWith("AZE>AZE"));
        assertThat(events("Croatia held elections last week. Blinken visited the republic on Monday."))
                .contains("USAGOV>HRV:042");
        // near miss: a formal name is the state itself, no back reference
        assertThat(events("Khartoum recognised the Republic of South Sudan on Friday.")).containsExactly("SDNGOV>SSD:054");
    }

    @Test
    void theCountryAsTheSpeakersOwnSubjectStaysTheSpeakers() {
        // near miss: no other state before "the country", which is the speaker's own
        assertThat(pairs("Kuwait said the country was ready to help Iraq.")).containsExactly("KWT>IRQ");
        assertThat(pairs("Brazilian President Lula said the country would not join the sanctions against Russia."))
                .allMatch(p -> p.startsWith("BRA") && p.endsWith(">RUS"));
    }

    // --- 2. the object of a subject's verb: not the subject's own state, the one named before it

    @Test
    void theCountryASubjectVisitsIsTheStateNamedBefore() {
        assertThat(events("Kenya held elections last week. Blinken visited the country on Monday."))
                .contains("USAGOV>KEN:042");
        assertThat(events("Thailand held elections in May. Chinese Foreign Minister Wang Yi visited the country on Monday."))
                .contains("CHNGOV>THA:042").doesNotContain("CHNGOV>CHN:042");
        assertThat(events("Blinken arrived in Nairobi on Monday. He toured the country for three days."))
                .contains("USAGOV>KEN:042").doesNotContain("USAGOV>USA:042");
    }

    // --- 3. the subject's own: its possessive, the country it leaves

    @Test
    void aStatesOwnPossessiveNamesNoOneElse() {
        // "the country's participation" is "its participation": the treaty partner stays the target
        assertThat(events("Russia's parliament voted to suspend the country's participation in the treaty with the "
                + "United States.")).containsExactly("RUSLEG>USA:127");
        // a state named before the possessive's is not its own: the possessive composes as a back reference
        assertThat(events("Saudi Arabia deposited $3 billion in Pakistan's central bank to shore up the country's reserves."))
                .containsExactly("SAU>PAKGOV:071");
    }

    @Test
    void theCountryOneLeavesIsAPlaceNotATarget() {
        assertThat(events("Afghan President Ashraf Ghani fled the country on Sunday.")).isEmpty();
        assertThat(events("Niger's junta ordered the French ambassador to leave the country within 48 hours."))
                .containsExactly("NERMIL>FRAGOV:161");
    }

    // --- 4. a place, and an audience

    @Test
    void acrossTheCountryIsAPlace() {
        assertThat(events("French farmers blocked roads across the country in protest against the government's pension "
                + "reform.")).containsExactly("FRACVL>FRAGOV:1442");
    }

    @Test
    void throughoutTheCountryIsAPlaceToo() {
        assertThat(events("Hundreds of Kenyans protested in towns throughout the country on Tuesday."))
                .containsExactly("KENCVL>KENGOV:141");
    }

    @Test
    void anUnidentifiedActorsActOnTheCountryNamesNoPair() {
        // R2: "foreign terrorists" are no state's; the country attacked gives no event
        assertThat(events("Tajikistan said foreign terrorists had attacked the country, blaming no state.")).isEmpty();
    }

    @Test
    void toldTheNationIsAnAudienceNotAState() {
        assertThat(events("Serbian President Aleksandar Vucic told the nation that foreign agents were financing the protests."))
                .isEmpty();
        List<Statement> said = code("Serbian President Aleksandar Vucic told the nation that foreign agents were financing "
                + "the protests.").statements();
        assertThat(said).hasSize(1);
        assertThat(said.get(0).targets()).isEmpty();
    }
}
