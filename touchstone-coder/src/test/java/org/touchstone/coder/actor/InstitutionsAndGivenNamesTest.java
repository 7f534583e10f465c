package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.expectedEvents;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Session 22 (actor22): national bodies named by their function (a state's investigative committee is its judiciary,
 * India's CBI its federal police, Nigeria's EFCC its anti-graft agency, the Aam Aadmi Party an Indian opposition
 * party), and a surname the dictionary gives one person read as another person's given name ("Kim Kardashian" is not
 * North Korea's leader); a meeting of a leader with his own state's organs is no encounter, one of rival parties is.
 * Sentences are written for this test, not taken from gold or tuning files.
 */
class InstitutionsAndGivenNamesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-20 | Russia's Investigative Committee accused Ukraine of shelling the border town. | RUSJUD>UKR:1123
            2023-03-20 | Belarus's Investigative Committee accused Poland of sending drones. | BLRJUD>POL:112
            2023-03-20 | The CBI accused the former chief minister of corruption. | INDCOP>INDOPP:1121
            2023-03-20 | Nigeria's Economic and Financial Crimes Commission arrested the former governor. | NGAJUD>NGAOPP:173
            2023-03-20 | The EFCC accused the former oil minister of laundering money. | NGAJUD>NGAOPP:112
            2023-03-20 | The Aam Aadmi Party accused the BJP of rigging the vote. | INDOPP>INDGOV:112
            2022-03-10 | Kim Kardashian criticized Trump on Twitter. |
            2022-03-10 | Kim Clijsters praised China. |
            2018-06-12 | Kim praised Trump in Singapore. | PRKGOV>USAGOV:051
            2018-06-12 | Kim Jong Un praised Trump in Singapore. | PRKGOV>USAGOV:051
            2018-06-12 | Trump Administration officials criticized China. | USAGOV>CHN:111
            2022-10-09 | Putin spoke at a televised meeting with the head of the FSB. |
            2022-10-09 | Putin spoke at a televised meeting with the head of Russia's Investigative Committee. |
            2023-05-01 | Sudan's army chief held a meeting with the head of the Rapid Support Forces. | SDNMIL>SDNREB:040 SDNREB>SDNMIL:040
            2023-05-01 | Putin held a meeting with Xi Jinping in Moscow. | RUSGOV>CHNGOV:043 CHNGOV>RUSGOV:042
            2023-05-01 | Putin warned Kyiv at a meeting with Lukashenko. | RUSGOV>UKRGOV:130 RUSGOV>BLRGOV:040 BLRGOV>RUSGOV:040
            """)
    void bodiesByFunctionAndOtherPeoplesGivenNames(LocalDate date, String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, date)).containsExactly(expectedEvents(expected));
    }

    /** The codes of the resolved mentions of a sentence, left to right. */
    private static List<String> actors(String text, LocalDate date) {
        return CoderTestSupport.actors(text, date, ActorMention::isResolved);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Russia's Investigative Committee opened a case.           | 2023-03-20 | RUSJUD
            India's Central Bureau of Investigation raided the office. | 2023-03-20 | IND INDCOP
            Kim Kardashian met Trump at the White House.               | 2018-05-30 | USAGOV USA
            Kim said on Monday that Trump had insulted him.            | 2018-06-12 | PRKGOV USAGOV PRKGOV
            Trump and Kim met at Panmunjom.                            | 2019-06-30 | USAGOV PRKGOV KOR
            Kim Monday warned Seoul of decisive action.                | 2019-06-30 | PRKGOV KORGOV
            Trump Jr. accused Biden of lying.                          | 2019-06-30 | USAOPP
            """)
    void whoIsRecognised(String sentence, LocalDate date, String expected) {
        assertThat(actors(sentence, date)).as(sentence).containsExactly(expectedEvents(expected));
    }

    /** The US unified combatant commands, named with or without "US", are its armed forces (GOLD-SET roles: MIL). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-04-01 | US European Command raised its alert level over a build-up of Russian troops. | USAMIL
            2021-04-01 | U.S. Africa Command said it had carried out an air strike against al-Shabaab. | USAMIL
            2021-04-01 | Southern Command sent a hospital ship to Haiti. | USAMIL
            2021-04-01 | US Indo-Pacific Command said a Chinese jet had intercepted a US aircraft. | USAMIL
            """)
    void combatantCommandsAreTheMilitary(LocalDate date, String sentence, String expected) {
        assertThat(CoderTestSupport.actors(sentence, date, a -> a.start() == 0)).containsExactly(expected);
    }
}
