package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/**
 * Co-subjects who sign "separately", "in separate ceremonies" or "separate agreements" did not sign with each other
 * (R12's mutual pair needs a joint act): no pair between them, while their acts toward a named third party stay
 * (session 29, minister29; sentences written for the test).
 */
class SeparateSigningsTest {

    private static final LocalDate DAY = LocalDate.of(2022, 7, 23);

    @Test
    void signingInSeparateCeremoniesIsNoPairBetweenTheSigners() {
        assertThat(CoderTestSupport.events("Russian Defence Minister Sergei Shoigu and Ukrainian Infrastructure Minister "
                + "Oleksandr Kubrakov signed the documents in separate ceremonies in Istanbul.", DAY))
                .noneMatch(e -> e.startsWith("RUS") && e.contains(">UKR"))
                .noneMatch(e -> e.startsWith("UKR") && e.contains(">RUS"));
    }

    @Test
    void signingSeparatelyIsNoPairBetweenTheSigners() {
        assertThat(CoderTestSupport.events("Armenia and Azerbaijan signed the protocols separately on Friday.", DAY))
                .noneMatch(e -> e.startsWith("ARM>AZE"))
                .noneMatch(e -> e.startsWith("AZE>ARM"));
    }

    @Test
    void separateAgreementsWithAThirdPartyStay() {
        assertThat(CoderTestSupport.events("Russia and Ukraine signed separate agreements with Turkey on Friday.", DAY))
                .anyMatch(e -> e.startsWith("RUS>TUR:057"))
                .anyMatch(e -> e.startsWith("UKR>TUR:057"))
                .noneMatch(e -> e.startsWith("RUS>UKR"));
    }

    @Test
    void aJointSigningKeepsItsPair() {
        assertThat(CoderTestSupport.events("Armenia and Azerbaijan signed the protocols on Friday.", DAY))
                .anyMatch(e -> e.startsWith("ARM>AZE:057"))
                .anyMatch(e -> e.startsWith("AZE>ARM:057"));
    }

    @Test
    void anotherClausesSeparateDealKeepsThePair() {
        assertThat(CoderTestSupport.events("Armenia and Azerbaijan signed the protocols on Friday, while Georgia signed a "
                + "separate agreement with Turkey.", DAY))
                .anyMatch(e -> e.startsWith("ARM>AZE:057"))
                .anyMatch(e -> e.startsWith("AZE>ARM:057"));
    }
}
