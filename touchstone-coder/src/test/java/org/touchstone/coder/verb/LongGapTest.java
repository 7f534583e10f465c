package org.touchstone.coder.verb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/** The long gap after a verb ({@link VerbPatternMatcher#LONG_GAP}): over one noun phrase only. */
class LongGapTest {
    private static List<String> events(String text) {
        return CoderTestSupport.events(text, java.time.LocalDate.of(2024, 1, 1));
    }

    @Test
    void aLongObjectPhraseStandsBetweenTheVerbAndThePatternWords() {
        assertThat(events("The European Union imposed a fresh round of sweeping financial and trade sanctions on Russia."))
                .containsExactly("IGOEUREEC>RUS:163");
        assertThat(events("Washington imposed a new package of tough economic sanctions on Iran."))
                .containsExactly("USAGOV>IRN:163");
        assertThat(events("Britain imposed the toughest set of financial sanctions on Moscow since the Cold War."))
                .containsExactly("GBR>RUSGOV:163");
        assertThat(events("Canada imposed a third wave of targeted sanctions on Belarus.")).containsExactly("CAN>BLR:163");
        assertThat(events("The United States would reimpose the highest level of economic sanctions on Iran."))
                .containsExactly("USA>IRN:1312");
    }

    @Test
    void numbersAndACommaBetweenModifiersStayInThePhrase() {
        assertThat(events("India signed a 10-year, $2 billion defence cooperation agreement with France."))
                .containsExactly("IND>FRA:057", "FRA>IND:057");
        assertThat(events("Japan signed the long-awaited bilateral free trade agreement with Australia."))
                .containsExactly("JPN>AUS:057", "AUS>JPN:057");
    }

    @Test
    void noLongGapOverAPrepositionalComplementOrANewPhrase() {
        // "spoke warmly of": what he spoke of is the relationship, not a meeting with Xi
        assertThat(events("Putin spoke warmly of his personal relationship with Xi Jinping.")).isEmpty();
        assertThat(events("Lavrov spoke at length about the growing economic relationship with China.")).isEmpty();
        assertThat(events("Japan imposed a new round of export controls that mirror the sanctions on Russia.")).isEmpty();
    }

    @Test
    void noLongGapOverANewClauseOrAnActor() {
        // ", and Moscow": the sanctions on the bloc are Moscow's, not the EU's on Moscow
        assertThat(events("The European Union imposed a fresh package of sanctions, and Moscow retaliated with sanctions on the bloc."))
                .containsExactly("RUSGOV>IGOEUREEC:163");
    }

    @Test
    void theLongGapHasItsBound() {
        assertThat(events("The European Union imposed a fresh new round of very sweeping and painful financial and trade "
                + "sanctions on Russia.")).isEmpty();
    }
}
