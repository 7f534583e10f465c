package org.touchstone.coder.verb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/**
 * The matcher's global limits ({@link VerbPatternMatcher#MAX_GAP}, {@link VerbPatternMatcher#REFINING_GAP}), on
 * sentences written for this test: a more specific pattern of the entry that matched may stand one word further off,
 * and then sharpens the code (a code under it, or any code of the root for the root's general code); it never gives a
 * sibling code, another root, another target or a new event.
 */
class MatcherLimitsTest {
    private static List<String> events(String text) {
        return CoderTestSupport.events(text, LocalDate.of(2024, 3, 1));
    }

    @Test
    void aRefusedOfferOfTalksFiveWordsOffIsRefusedTalks() {
        assertThat(events("Pyongyang rejected Seoul's offer of military talks.")).containsExactly("PRKGOV>KORGOV:125");
        assertThat(events("Pyongyang rejected Seoul's offer of military talks on Tuesday.")).containsExactly("PRKGOV>KORGOV:125");
        assertThat(events("Ethiopia rejected Egypt's latest offer of talks on the dam.")).containsExactly("ETH>EGY:125");
    }

    @Test
    void aTruceDismissedAcrossALongNameIsARejectedCeasefire() {
        assertThat(events("Ukraine dismissed Russia's unilateral Orthodox Easter ceasefire as a trap."))
                .containsExactly("UKR>RUS:1246");
        assertThat(events("Israel rejected Hamas's terms for a truce as delusional.")).containsExactly("ISR>PSEREB:1246");
    }

    @Test
    void aRallyAgainstALawAfterPlaceAndDayIsAgainstPolicy() {
        assertThat(events("Tens of thousands of Slovaks rallied outside parliament in Bratislava on Sunday against the media bill."))
                .containsExactly("SVKCVL>SVKLEG:1412");
        assertThat(events("Thousands of Georgians demonstrated outside parliament in Tbilisi on Tuesday against the election law."))
                .containsExactly("GEOCVL>GEOLEG:1412");
    }

    @Test
    void aSiblingCodeIsNoRefinement() {
        // "opened ... cases against" (091) is a sibling of the war crimes the words name (094), not a sharper code
        assertThat(events("Kyiv's prosecutors have opened more than 5,000 war crimes cases against Russian soldiers."))
                .containsExactly("UKRJUD>RUSMIL:094");
        // "hosted ... for talks" (046) is a sibling of hosting (043), not under it
        assertThat(events("Egyptian President Abdel Fattah al-Sisi hosted Sudan's army chief, Abdel Fattah al-Burhan, for talks in Cairo."))
                .containsExactly("EGYGOV>SDNMIL:043", "SDNMIL>EGYGOV:042");
    }

    @Test
    void theRefiningGapHasItsBound() {
        // seven words between "rallied" and "against": the plain demonstration stays
        assertThat(events("Thousands of Serbians rallied in the capital on a cold Friday night against the new mining law."))
                .containsExactly("SRBCVL>SRBGOV:141");
    }

    @Test
    void noRefinementAcrossTheVerbOfAnInfinitive() {
        // "to lay down their arms under a ceasefire": the agreement is to disarm (toward their own state), not to a
        // ceasefire with the mediators
        assertThat(events("Rebels in Cabo Delgado agreed on Friday to lay down their arms under a ceasefire mediated by Rwandan troops."))
                .containsExactlyInAnyOrder("MOZREB>MOZ:0356", "RWAMIL>MOZREB:045");
    }
}
