package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acts whose actors were read but whose wording no verb pattern of the act's root matched (session 19): feelings named
 * with "at" or as predicates (111, 012), talks wanted as a noun (036), a conflictual plan denied (016), an answer promised
 * to a hostile act (130, 138), a claim answered in apposition (016). Sentences written for this test (never gold or
 * tuning sentences). Each row is "date | sentence | expected events" or "date | sentence | code that must not appear".
 */
class UnreadActsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-02-01 | Ankara expressed outrage at Stockholm's decision to allow the rally. | TURGOV>SWE:111
            2023-02-01 | Egypt expressed anger at Ethiopia for filling the dam. | EGY>ETH:111
            2023-02-01 | Beijing voiced dismay at Canada's arrest of the executive. | CHNGOV>CAN:012
            2023-02-01 | Seoul expressed deep concern at Pyongyang's missile launches. | KORGOV>PRKMIL:012
            """)
    void aFeelingNamedWithAtIsAimedAtTheOneAfterIt(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-02-01 | Ankara is furious at Stockholm for allowing the rally. | TURGOV>SWE:111
            2023-02-01 | China was dismayed at Japan's move. | CHN>JPN:012
            2023-02-01 | Beijing was angry with Ottawa over the arrest. | CHNGOV>CANGOV:111
            2023-02-01 | Egypt is unhappy with Ethiopia's plan to fill the dam. | EGY>ETH:111
            2023-02-01 | France said it was disappointed with Australia's decision to cancel the submarine deal. | FRA>AUS:111
            """)
    void aFeelingAsAPredicateIsItsNounsAct(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-09-10 | Biden conveyed his deepest condolences to the people of Morocco. | USAGOV>MAR:018
            2023-02-07 | Japan extended its heartfelt sympathies to Syria after the quake. | JPN>SYR:018
            2023-02-07 | Ankara conveyed its concern to Sweden over the planned rally. | TURGOV>SWE:012
            """)
    void aFeelingConveyedOrExtendedIsExpressed(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-02-07 | Italy extended the deadline for Libya's election commission.
            2023-02-07 | The envoy conveyed a message from Tehran to Washington.
            """)
    void aDeadlineExtendedOrAMessageConveyedIsNoFeeling(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.endsWith(":018") || e.endsWith(":012"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-02-01 | Turkey expressed anger at the summit in Vilnius.
            2023-02-01 | Ankara was angered by the rally in Stockholm.
            2023-02-01 | Turkey was angry at the NATO summit.
            """)
    void aPlaceAfterAtOrAPassiveAgentIsNoTarget(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.endsWith(":111"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-02-01 | Japan expressed concern at the UN Security Council about North Korea's missile launches. | JPN>IGOUNOSCR:012 | JPN>PRKMIL:012
            2023-02-01 | Germany expressed concern at NATO headquarters about Russia's build-up. | DEU>IGOWSTNAT:012 | DEU>RUS:012
            """)
    void aBodyNamedAfterAtIsTheVenueNotTheTarget(LocalDate date, String sentence, String absent, String expected) {
        assertThat(events(sentence, date)).doesNotContain(absent).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-02-01 | Seoul wants dialogue with Pyongyang. | KORGOV>PRKGOV:036
            2023-02-01 | Armenia is seeking talks with Azerbaijan on the border. | ARM>AZE:036
            2023-02-01 | Colombia hopes for negotiations with the ELN next month. | COL>COLREB:036
            """)
    void talksWantedAsANounAreIntentToMeet(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-02-01 | Armenia held talks with Azerbaijan on the border. | ARM>AZE:036
            """)
    void talksHeldAreNoIntent(LocalDate date, String sentence, String absent) {
        assertThat(events(sentence, date)).doesNotContain(absent).contains("ARM>AZE:046");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-02-01 | Beijing has no intention of invading Taiwan, the defence ministry said. | CHNGOV>TWN:016
            2023-02-01 | The Kremlin said Moscow had no plans to attack Finland. | RUSGOV>FIN:016
            2023-02-01 | Israel said it was not planning to strike Lebanon. | ISR>LBN:016
            """)
    void aConflictualPlanDisownedIsADenial(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-02-01 | Russia has no plans to visit Finland.
            2023-02-01 | Russia has no intention of attacking anyone, a Kremlin spokesman said.
            """)
    void noDenialOfAVisitOrOfAnAttackOnNoOneNamed(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.endsWith(":016"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-02-01 | Iran will respond to any attack by Israel, its foreign minister said. | IRN>ISR:130
            2023-02-01 | Beijing will react to Manila's provocations, a spokesman said. | CHNGOV>PHL:130
            2023-02-01 | Moscow said it would respond to Sweden's accession with military-technical measures. | RUSGOV>SWE:138
            2023-02-01 | Seoul said Pyongyang would pay a price for the launch. | KORGOV>PRKGOV:130
            """)
    void anAnswerPromisedToAHostileActIsAThreat(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-02-01 | Iran will respond to the US proposal next week.
            2023-02-01 | Moscow will respond to the letter from Washington.
            2023-02-01 | Ordinary Ukrainians are paying the price, the EU said.
            """)
    void anAnswerToAProposalOrALetterIsNoThreat(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.contains(":13"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-02-01 | Seoul said its navy had fired warning shots at a North Korean boat, a claim Pyongyang rejected. | PRKGOV>KORGOV:016
            2023-02-01 | Kyiv says Moscow is deporting children, an accusation Russia rejects. | RUS>UKRGOV:016
            """)
    void aClaimAnsweredInAppositionIsDeniedToItsClaimant(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-02-01 | Russia rejected the claim.
            """)
    void aClaimRejectedWithNoClaimantNamedHasNoTarget(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.endsWith(":016"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-11-23 | North Korea said it would turn Seoul into a sea of fire. | PRK>KORGOV:138
            2023-11-23 | North Korea vowed to reduce Seoul to ashes. | PRK>KORGOV:138
            2023-11-23 | Iran vowed to wipe Israel off the map. | IRN>ISR:138
            2023-11-23 | Russia said it would raze Kyiv to the ground. | RUS>UKRGOV:138
            """)
    void destructionInAFigureOfSpeechPromisedIsAThreatOfForce(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected).noneMatch(e -> e.endsWith(":030"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-11-23 | Japan turned the meeting with China into a debate on trade.
            2023-11-23 | Japan reduced tariffs on Chinese steel to zero.
            """)
    void turningOrReducingWithoutDestructionIsNothing(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.contains(":13") || e.contains(":19"));
    }
}
