package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acts worded in ways the verb dictionary did not know (session 20): criticism as a predicate adjective ("was sharply
 * critical of") or as a noun with its light verb ("launched a broadside against", "took a jab at"), blame singled out,
 * praise and gratitude as predicates, relations put "on hold", and an atrocity label given as an instance ("a textbook
 * example of ethnic cleansing"). Sentences written for this test (never gold or tuning sentences). Each row is
 * "date | sentence | expected event" or "... | absent event".
 */
class ActWordingTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Germany's chancellor was sharply critical of Russia on Monday. | DEUGOV>RUS:111
            2023-05-01 | The Japanese government has been highly critical of China's coast guard. | JPNGOV>CHNCOP:111
            2023-05-01 | Poland's president was scathing about Germany's energy policy. | POLGOV>DEU:111
            2023-05-01 | Iran's supreme leader remained contemptuous of the United States. | IRNGOV>USA:111
            """)
    void criticismAsAPredicateAdjective(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Germany's foreign minister launched a broadside against China on Tuesday over its human rights record. | DEUGOV>CHN:111
            2023-05-01 | Hungary's prime minister fired a broadside at the European Union on Friday. | HUNGOV>IGOEUREEC:111
            2023-05-01 | Brazil's president took a jab at Russia in his speech. | BRAGOV>RUS:111
            2023-05-01 | India's foreign minister aimed a barb at Pakistan at the United Nations. | INDGOV>PAK:111
            2023-05-01 | The French president came down hard on Italy over the migrant ship. | FRAGOV>ITA:111
            2023-05-01 | Turkey's president made scathing remarks about Sweden on Monday. | TURGOV>SWE:111
            2023-05-01 | Ukraine's president singled out Hungary for criticism on Monday. | UKRGOV>HUN:111
            """)
    void criticismAsANounWithItsLightVerb(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Hungary's prime minister lashed out at the European Union on Friday. | HUNGOV>IGOEUREEC:111
            2023-05-01 | Brazil's president took a swipe at the United States over its trade policy. | BRAGOV>USA:111
            2023-05-01 | The Turkish president hit back at the European Commission on Friday. | TURGOV>IGOEUREEC:111
            2023-05-01 | Russia's foreign minister scoffed at the United States on Monday. | RUSGOV>USA:111
            """)
    void theAtOfAPhrasalVerbNamesWhomItIsAimedAt(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Hungary's prime minister criticised Iran at the United Nations on Friday. | HUNGOV>IGOUNO:111
            2023-05-01 | Hungary's prime minister lashed out at Iran at the United Nations on Friday. | HUNGOV>IGOUNO:111
            """)
    void aPlaceAfterTheObjectStaysAPlace(LocalDate date, String sentence, String absent) {
        assertThat(events(sentence, date)).doesNotContain(absent);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Ukraine's president singled out three officers for promotion.
            2023-05-01 | Egypt said the dam was critical of importance to its farmers.
            2023-05-01 | Japan's prime minister was critical to the talks' success.
            """)
    void nearMissesAreNoCriticism(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.contains(":11"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Germany's chancellor was full of praise for France on Monday. | DEUGOV>FRA:051
            2023-05-01 | The Philippine president said he was grateful to Japan for the patrol boats. | PHLGOV>JPN:051
            2023-05-01 | Kenya's president was effusive in his praise of China. | KENGOV>CHN:051
            """)
    void praiseAndGratitudeAsAPredicate(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Germany put relations with Iran on hold on Monday. | DEU>IRN:161
            2023-05-01 | Mexico put its relations with Spain on ice after the king declined to apologise. | MEX>ESP:161
            2023-05-01 | Mexico's president said on Tuesday that he had put ties with Spain "on pause". | MEXGOV>ESP:161
            """)
    void relationsPutOnHoldAreReduced(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Mexico's president put the trip to Spain on hold.
            2023-05-01 | Germany put the talks with Iran's opposition on the agenda.
            """)
    void otherThingsPutOnHoldAreNoCutInRelations(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.endsWith(":161"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | The UN rights chief called Myanmar's military operation in Rakhine state a textbook example of ethnic cleansing. | MMRMIL:1124
            2023-05-01 | Amnesty described Israel's offensive in northern Gaza as a clear case of genocide. | ISR:1124
            2023-05-01 | Turkey's president called Israel's offensive in Gaza nothing short of genocide. | TURGOV>ISR:1124
            """)
    void anAtrocityLabelGivenAsAnInstanceAccusesTheDoer(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).anyMatch(e -> e.endsWith(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Bolivia's army chief rejected what he called a coup attempt by supporters of Evo Morales. | BOLMIL>BOLCVL:111
            2023-05-01 | Russia rejected what it called interference by the United States in its elections. | RUS>USA:111
            2023-05-01 | China firmly rejected Japan's interference in its internal affairs. | CHN>JPN:111
            2023-05-01 | Iran rejected Israel's continued aggression against Syria. | IRN>ISR:111
            """)
    void anActDoneIsRejectedByDisapprovingOfIt(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Israel rejected Iran's proposal to end the occupation. | ISR>IRN:111
            2023-05-01 | Iran rejected Israel's offer to end the blockade. | IRN>ISR:111
            """)
    void aProposalAboutAnActIsStillRefused(LocalDate date, String sentence, String absent) {
        assertThat(events(sentence, date)).doesNotContain(absent).anyMatch(e -> e.contains(":12"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Germany's chancellor said Russia would face tough sanctions if it invaded Ukraine. | DEUGOV>RUS:1312
            2023-05-01 | Britain's foreign secretary said Iran would face new sanctions if it supplied missiles to Russia. | GBRGOV>IRN:1312
            2023-05-01 | The EU said Belarus will face further sanctions unless it frees political prisoners. | IGOEUREEC>BLR:1312
            2023-05-01 | Germany's chancellor said any attack on Poland would be met with force. | DEUGOV>POL:130
            """)
    void sanctionsOrForceForetoldWithAModalAreAThreat(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Iran, which faces sanctions from the United States, said it would resume talks.
            2023-05-01 | Venezuela faces sanctions over the election, the minister said.
            """)
    void sanctionsInForceAreNoThreat(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.endsWith(":1312"));
    }
}
