package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/**
 * Events whose actors and verb were all found but not joined (session 16): an addressed act with no object of its own in
 * an "after" clause, answered by the main clause. Constructed wire-style sentences, not gold or tuning lines, with
 * paraphrases that must code and near misses that must not.
 */
class FormedEventsTest {
    private static List<String> events(String text) {
        return CoderTestSupport.events(text, LocalDate.of(2024, 5, 10));
    }

    // --- an appeal, demand, complaint, refusal or threat with no object, in an "after" clause: addressed to the main subject

    @Test
    void anUntargetedDemandInAnAfterClauseIsAddressedToTheMainClausesSubject() {
        assertThat(events("Norway recalled its ambassador from Baghdad on Friday after Iraq demanded an apology."))
                .contains("IRQ>NOR:100");
        assertThat(events("Germany expelled two Russian diplomats after Russia's foreign ministry demanded an explanation."))
                .contains("RUSGOV>DEU:100");
        // the same with the clause fronted
        assertThat(events("After Iraq demanded an apology, Norway recalled its ambassador from Baghdad."))
                .contains("IRQ>NOR:100");
    }

    @Test
    void complaintsThreatsAndRefusalsInAnAfterClauseAreAimedAtTheMainSubject() {
        assertThat(events("Ecuador expelled the Mexican ambassador after Mexico complained about the raid."))
                .contains("MEX>ECU:114");
        assertThat(events("Serbia put its army on alert after Kosovo's prime minister warned of provocations."))
                .contains("KSVGOV>SRB:130");
        assertThat(events("The Philippines summoned the Chinese envoy after Beijing refused to withdraw its ships."))
                .anyMatch(e -> e.startsWith("CHNGOV>PHL:12"));
        // the target is the main subject's state, as the gold set takes it (R3c)
        assertThat(events("Algeria closed its airspace to French military planes hours after Paris threatened retaliation."))
                .anyMatch(e -> e.startsWith("FRAGOV>DZA:13"));
    }

    @Test
    void noAddresseeIsGuessedWhenTheMainClauseNamesAThirdPartyOrStaysAtHome() {
        // Sweden is named in the main clause: Turkey's demand may be Sweden's concern, not Hungary's
        assertThat(events("Hungary ratified Sweden's membership after Turkey demanded concessions."))
                .noneMatch(e -> e.startsWith("TUR>"));
        // Haiti is named: the UN's call was not addressed to Kenya alone
        assertThat(events("Kenya sent troops to Haiti after the United Nations called for an international force."))
                .noneMatch(e -> e.startsWith("IGOUNO>"));
        // an accusation's accused is whoever its object names, not the main subject
        assertThat(events("The United States suspended aid to the agency after Egypt accused some of its staff of smuggling."))
                .noneMatch(e -> e.startsWith("EGY>"));
        // the act has an object of its own, a pronoun for someone else ("them": the diplomats)
        assertThat(events("Australia withdrew its diplomats from Jakarta after Indonesia threatened to expel them."))
                .noneMatch(e -> e.startsWith("IDN"));
        // a main clause of words: their stance answers the clause, which is left to the statement
        assertThat(events("The Greek prime minister said the islands were not negotiable, hours after Ankara threatened retaliation."))
                .contains("GRCGOV>TURGOV:124").noneMatch(e -> e.startsWith("TURGOV>GRC"));
        // one state on both sides: no event
        assertThat(events("Protesters stormed the parliament after the government threatened new taxes.")).isEmpty();
    }

    // --- an investigation whose object names the deed's doer further on: that doer is investigated

    @Test
    void anInvestigationIsAimedAtTheDoerNamedInItsObject() {
        // the deed's possessor
        assertThat(events("The UN rights council set up a commission to investigate abuses committed during Myanmar's crackdown on protesters."))
                .anyMatch(e -> e.startsWith("IGOUNO>MMR:09"));
        assertThat(events("The International Criminal Court authorised an investigation into crimes committed during Israel's war in Gaza."))
                .anyMatch(e -> e.startsWith("IGOJUDICC>ISR:09"));
        // where the deed came from
        assertThat(events("Estonian prosecutors opened an investigation into a disinformation network funded from Russia."))
                .anyMatch(e -> e.startsWith("ESTJUD>RUS:09"));
        // its by-agent
        assertThat(events("Dutch prosecutors launched an investigation into the downing of the airliner by Russian forces."))
                .anyMatch(e -> e.startsWith("NLDJUD>RUSMIL:09"));
    }

    @Test
    void anInvestigationIsNotAimedAtItsOwnStateNorAtThoseNamedAfterAgainst() {
        assertThat(events("French prosecutors opened an investigation into the death of a journalist in Paris.")).isEmpty();
        // the accused are the journalists, whom the coder does not know; not the state their employer belongs to
        assertThat(events("Russia opened criminal cases against journalists from Italy's RAI.")).isEmpty();
    }
}
