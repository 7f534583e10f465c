package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import org.junit.jupiter.api.Test;

/**
 * The roots of disapproval, rejection, threat and reduced relations (11, 12, 13, 16): phrasings of news English
 * and the constructions they need, each checked on constructed sentences (never gold or tuning sentences), with
 * the same words in uses that code nothing or something else.
 */
class DisapprovalRootsTest {
    @Test
    void aCommaAndBetweenTwoActorsJoinsClausesNotAList() {
        assertThat(events("Russia expelled two Estonian diplomats, and Estonia condemned the expulsions."))
                .contains("RUS>ESTGOV:161").doesNotContain("RUS>EST:161");
        assertThat(events("China lodged a protest with Japan, and Taiwan summoned the Chinese ambassador."))
                .contains("CHN>JPN:114").doesNotContain("CHN>TWN:114");
        // a serial comma after two or more items is still a list
        assertThat(events("The ambassadors of Chile, Peru, and Ecuador condemned Venezuela."))
                .contains("CHLGOV>VEN:111", "PERGOV>VEN:111");
    }

    @Test
    void aReactionWhoseObjectPointsBackAtAnEarlierActIsAimedAtItsDoer() {
        assertThat(events("Morocco recognised the breakaway government, and Algeria denounced the decision as a provocation."))
                .containsExactly("DZA>MAR:111");
        assertThat(events("Turkey launched air strikes in northern Iraq, and Baghdad condemned what it called a violation of its sovereignty."))
                .contains("TUR>IRQ:195", "IRQGOV>TUR:111");
        assertThat(events("Egypt closed the Rafah crossing, a decision the United Nations criticised as unlawful."))
                .containsExactly("IGOUNO>EGY:111");
        assertThat(events("Israel struck an Iranian consulate in Syria, and Iran vowed to respond at a time of its choosing."))
                .contains("IRN>ISR:138");
        // a reaction with nothing before it, or with its own target, stays as it is
        assertThat(events("Vietnam condemned the move.")).isEmpty();
        assertThat(events("Russia expelled two Estonian diplomats, and Estonia condemned Latvia.")).contains("EST>LVA:111")
                .doesNotContain("EST>RUS:111");
    }

    @Test
    void anAccusationExplainingTheSameActorsActOnTheSameTargetIsOneAct() {
        // R5: the participle explains the act; another actor's or another target's stance stays an event
        assertThat(events("Kuwait cut ties with Iraq, accusing Baghdad of aggression.")).containsExactly("KWT>IRQ:161");
        assertThat(events("Kuwait expelled Iraq's ambassador, accusing Iraq of aggression.")).containsExactly("KWT>IRQGOV:161");
        assertThat(events("Kuwait cut ties with Iraq, accusing Iran of aggression.")).contains("KWT>IRQ:161", "KWT>IRN:1123");
        assertThat(events("Kuwait cut ties with Iraq, and Saudi Arabia accused Iraq of aggression."))
                .containsExactly("KWT>IRQ:161", "SAU>IRQ:1123");
    }

    @Test
    void aCapitalThatPressesRequestsOrDemandsIsItsGovernmentNotAPlace() {
        assertThat(events("India rejected a request from Dhaka for the extradition of the former prime minister."))
                .containsExactly("IND>BGDGOV:120");
        assertThat(events("Serbia rejected demands from Pristina.")).containsExactly("SRB>KSVGOV:124");
        // a capital after "from" is still a place where nothing asks ("flew from Moscow")
        assertThat(events("Lavrov flew from Moscow to Ankara.")).containsExactly("RUSGOV>TUR:042", "TUR>RUSGOV:043");
    }

    @Test
    void aPluralPronounOpeningReportedWordsStandsForTheWholeListOfSpeakers() {
        assertThat(events("Argentina, Brazil and Chile said they would send aid to Bolivia."))
                .containsExactly("ARG>BOL:033", "BRA>BOL:033", "CHL>BOL:033");
        assertThat(events("Britain and France said they would recognise a Palestinian state."))
                .containsExactly("GBR>PSE:032", "FRA>PSE:032");
        // "it" stands for one
        assertThat(events("Britain and France said it would recognise a Palestinian state.")).containsExactly("FRA>PSE:032");
    }
}
