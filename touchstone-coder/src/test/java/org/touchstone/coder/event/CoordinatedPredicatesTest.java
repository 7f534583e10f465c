package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.Coder;
import org.touchstone.core.Document;

/**
 * Every verb phrase of a coordinated predicate is an act (session 16): a deed after "and" with the same subject and no
 * actor of its own as object is aimed where the previous verb phrase was; an envoy or a capital that stood for its state
 * in the first act gives the state itself. Constructed wire-style sentences, not gold or tuning lines: each rule with
 * paraphrases that must code and near misses that must not.
 */
class CoordinatedPredicatesTest {
    private static final Coder CODER = new Coder();

    private static List<String> events(String text) {
        return CODER.code(new Document("t", LocalDate.of(2024, 5, 10), null, null, null, null, text, null)).events().stream()
                .map(e -> e.source().code() + ">" + e.target().code() + ":" + e.code()).toList();
    }

    // --- 1. the second deed takes the first one's target

    @Test
    void aSecondDeedWithoutAnActorObjectIsAimedWhereTheFirstWas() {
        assertThat(events("Egypt severed diplomatic relations with Qatar and closed its airspace to it."))
                .containsExactlyInAnyOrder("EGY>QAT:161", "EGY>QAT:163");
        assertThat(events("Russian border guards fired on a Japanese fishing boat and seized the vessel."))
                .containsExactlyInAnyOrder("RUSCOP>JPNCVL:193", "RUSCOP>JPNCVL:1711");
        // the passive of the same pair of deeds
        assertThat(events("The Japanese fishing boat was fired on and seized by Russian border guards."))
                .containsExactlyInAnyOrder("RUSCOP>JPNCVL:193", "RUSCOP>JPNCVL:1711");
        assertThat(events("Iranian gunboats seized a British tanker and detained its crew of 23."))
                .containsExactlyInAnyOrder("IRNMIL>GBR:1711", "IRNMIL>GBR:173");
        assertThat(events("The United States condemned Myanmar's coup and imposed sanctions."))
                .containsExactlyInAnyOrder("USA>MMR:111", "USA>MMR:163");
    }

    @Test
    void anEnvoyOrACapitalStandsForItsStateInTheSecondDeed() {
        assertThat(events("Pakistan expelled India's high commissioner and suspended bilateral trade."))
                .containsExactlyInAnyOrder("PAK>INDGOV:161", "PAK>IND:163");
        assertThat(events("Saudi Arabia expelled Canada's ambassador and froze all new trade and investment."))
                .containsExactlyInAnyOrder("SAU>CANGOV:161", "SAU>CAN:163");
        assertThat(events("Pakistan downgraded ties with New Delhi and suspended trade."))
                .containsExactlyInAnyOrder("PAK>INDGOV:161", "PAK>IND:163");
    }

    // --- near misses: what the second verb phrase is not

    @Test
    void aVerbInsideWhatWasUrgedOrIntendedTakesNoTarget() {
        // "to seize the moment and conclude": what was urged, not Washington's own deal
        assertThat(events("Washington urged Armenia and Azerbaijan to seize the moment and conclude a peace deal."))
                .containsExactlyInAnyOrder("USAGOV>ARM:027", "USAGOV>AZE:027");
        // a second clause with its own subject keeps its own sides
        assertThat(events("Russia expelled Polish diplomats, and Poland closed the Russian consulate."))
                .containsExactlyInAnyOrder("RUS>POLGOV:161", "POL>RUSGOV:161");
    }

    @Test
    void aGerundInsideAnAccusationIsNoDeed() {
        // "of beating and killing": what is alleged (R4), not an act done
        assertThat(events("Washington accused Iran's police of beating and killing peaceful protesters."))
                .noneMatch(e -> e.endsWith(":180") || e.endsWith(":1823"));
        // an elaborating participle stays one act (R5)
        assertThat(events("Israeli jets struck Hamas positions in Gaza, killing three militants."))
                .containsExactly("ISRMIL>PSEREB:195");
    }
}
