package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/**
 * Visits and signings read but not coded (session 20): a visitor said to "be in" the host's place for talks or on a
 * visit, a visit named by its start or length with the visitor as possessor ("Modi's arrival in Moscow", "his stay in
 * Kabul"), and a pact signed "in the presence of" the leaders whose states conclude it. Constructed wire-style
 * sentences, not gold or tuning lines: paraphrases that must code and near misses that must not.
 */
class TravelAndSigningTest {
    private static List<String> events(String text) {
        return CoderTestSupport.events(text, LocalDate.of(2023, 5, 10));
    }

    // --- 1. "X is in Moscow for talks / on a visit": a visit (R13), talks with a named partner 046

    @Test
    void beingInTheHostsPlaceForTalksOrOnAVisitIsAVisit() {
        assertThat(events("Indian Prime Minister Narendra Modi was in Moscow on Monday for talks."))
                .containsExactlyInAnyOrder("INDGOV>RUS:042", "RUS>INDGOV:043");
        assertThat(events("Olaf Scholz is in Beijing on a two-day visit."))
                .containsExactlyInAnyOrder("DEUGOV>CHN:042", "CHN>DEUGOV:043");
        assertThat(events("The Brazilian president was in Beijing this week for a state visit."))
                .containsExactlyInAnyOrder("BRAGOV>CHN:042", "CHN>BRAGOV:043");
        assertThat(events("Hamas leaders are in Cairo for talks on a ceasefire."))
                .containsExactlyInAnyOrder("PSEREB>EGY:042", "EGY>PSEREB:043");
    }

    @Test
    void beingInAPlaceForTalksWithANamedPartnerIsTalks() {
        assertThat(events("Vladimir Putin is in Beijing for talks with Xi Jinping."))
                .containsExactlyInAnyOrder("RUSGOV>CHNGOV:046", "CHNGOV>RUSGOV:046");
    }

    @Test
    void beingInAPlaceWithoutAVisitOrAVisitToComeIsNoVisit() {
        assertThat(events("Russian troops are in Syria to fight Islamic State.")).doesNotContain("RUSMIL>SYR:042");
        assertThat(events("A deal is in Beijing's interest, the minister said.")).isEmpty();
        assertThat(events("Narendra Modi was not in Moscow for talks, his office said.")).isEmpty();
        assertThat(events("No German official has been in China for talks since 2019.")).isEmpty();
        // a visit to come is intent (036), not a visit
        assertThat(events("Vladimir Putin will be in Beijing for talks next week."))
                .containsExactly("RUSGOV>CHN:036");
        assertThat(events("Vladimir Putin is expected to be in Beijing for talks next week."))
                .containsExactly("RUSGOV>CHN:036");
    }

    // --- 2. the visit named by its start or its length, the visitor as possessor

    @Test
    void anArrivalOrAStayWithTheVisitorAsPossessorIsAVisit() {
        assertThat(events("Vladimir Putin's arrival in Beijing was greeted with fanfare."))
                .containsExactlyInAnyOrder("RUSGOV>CHN:042", "CHN>RUSGOV:043");
        assertThat(events("Narendra Modi's arrival in Moscow on Monday drew criticism from Kyiv."))
                .contains("INDGOV>RUS:042", "RUS>INDGOV:043");
        assertThat(events("Narendra Modi's two-day stay in Moscow drew criticism from Ukraine."))
                .contains("INDGOV>RUS:042", "RUS>INDGOV:043");
    }

    @Test
    void anArrivalWithNoVisitorNamedIsNoVisit() {
        assertThat(events("The arrival in Kabul was delayed by bad weather.")).isEmpty();
    }

    // --- 3. "signed ... in the presence of" the leaders: their states conclude the pact (057 pair), a witness is none

    @Test
    void unnamedSignersInThePresenceOfTwoLeadersConcludeThePactBetweenThem() {
        assertThat(events("The two sides signed 12 agreements in the presence of Olaf Scholz and Li Qiang."))
                .containsExactlyInAnyOrder("DEUGOV>CHNGOV:057", "CHNGOV>DEUGOV:057");
        assertThat(events("Ministers signed a defence pact in the presence of Narendra Modi and Vladimir Putin on Monday."))
                .containsExactlyInAnyOrder("INDGOV>RUSGOV:057", "RUSGOV>INDGOV:057");
    }

    @Test
    void pactsSignedInThePresenceOfTwoLeadersInThePassiveAreTheirs() {
        assertThat(events("Twelve agreements were signed in the presence of Narendra Modi and Vladimir Putin."))
                .containsExactlyInAnyOrder("INDGOV>RUSGOV:057", "RUSGOV>INDGOV:057");
        assertThat(events("Agreements on energy and trade were signed on Monday in the presence of Olaf Scholz and Li Qiang."))
                .containsExactlyInAnyOrder("DEUGOV>CHNGOV:057", "CHNGOV>DEUGOV:057");
        assertThat(events("A peace deal was signed in the presence of Antony Blinken.")).isEmpty();
    }

    @Test
    void aMeetingInThePresenceOfAThirdLeaderStaysAMeeting() {
        assertThat(events("Narendra Modi met Vladimir Putin in the presence of Xi Jinping."))
                .containsExactlyInAnyOrder("INDGOV>RUSGOV:040", "RUSGOV>INDGOV:040");
    }

    @Test
    void aLoneWitnessIsNoPartyAndNamedSignersKeepTheirPartner() {
        assertThat(events("The two sides signed a peace agreement in the presence of Antony Blinken.")).isEmpty();
        assertThat(events("Ethiopia signed a deal with Kenya in the presence of Antony Blinken."))
                .containsExactlyInAnyOrder("ETH>KEN:057", "KEN>ETH:057");
        assertThat(events("Congo and Rwanda signed a peace agreement in Washington in the presence of Antony Blinken."))
                .containsExactlyInAnyOrder("COD>RWA:057", "RWA>COD:057");
    }

    // --- 4. leaders who witness or oversee the signing conclude the pact with each other (057 pair)

    @Test
    void leadersWitnessingTheSigningConcludeThePact() {
        assertThat(events("Narendra Modi and Vladimir Putin witnessed the signing of 15 agreements in Moscow."))
                .containsExactlyInAnyOrder("INDGOV>RUSGOV:057", "RUSGOV>INDGOV:057");
        assertThat(events("Xi Jinping and Lula presided over the signing of 15 cooperation deals in Beijing."))
                .containsExactlyInAnyOrder("CHNGOV>BRAGOV:057", "BRAGOV>CHNGOV:057");
        assertThat(events("Narendra Modi and Vladimir Putin oversaw the signing of agreements on energy and trade."))
                .containsExactlyInAnyOrder("INDGOV>RUSGOV:057", "RUSGOV>INDGOV:057");
    }

    @Test
    void aWitnessOfOtherPartiesSigningIsNoParty() {
        assertThat(events("Antony Blinken witnessed the signing of the peace agreement between Congo and Rwanda."))
                .containsExactlyInAnyOrder("COD>RWA:057", "RWA>COD:057");
        assertThat(events("Antony Blinken witnessed the signing of a peace deal by Congo and Rwanda."))
                .containsExactlyInAnyOrder("COD>RWA:057", "RWA>COD:057");
        assertThat(events("Antony Blinken oversaw the signing of a peace deal in Washington.")).isEmpty();
        assertThat(events("Narendra Modi and Vladimir Putin witnessed the attack on the convoy.")).isEmpty();
    }
}
