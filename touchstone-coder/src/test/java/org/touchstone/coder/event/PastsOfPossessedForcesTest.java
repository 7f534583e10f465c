package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "its aircraft struck", "its army shot down": an irregular past right after "its" and a force's noun is that force's
 * verb, not the head of a noun phrase ("its first strike"); a base form there still heads one ("its military aid"). A
 * state's force that acts on a place the clause calls another state's, some words on, is that other state's, not the
 * body named last ("..., and its aircraft struck a site in southern Lebanon" after Israel's military and Hezbollah).
 * Session 26 (second26), after tune t-056.
 */
class PastsOfPossessedForcesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Israel's military said its aircraft struck a rocket storage site in southern Lebanon.|ISRMIL>LBN:195",
        "Ukraine said its army struck a Russian command post.|UKRMIL>RUSMIL:194",
        "Ukraine said its aircraft struck a Russian command post.|UKRMIL>RUSMIL:195",
        "Pakistan said its army shot down an Indian drone near the border.|PAKMIL>INDMIL:190",
        "Ukraine said its air defences shot down 20 Russian drones overnight.|UKRMIL>RUSMIL:190",
        "Israel's military said its aircraft hit Hezbollah targets in Lebanon.|ISRMIL>LBNUAF:195",
        "Colombia said its army sent troops to the border with Venezuela.|COLMIL>VEN:154",
        "Israel's military said Hezbollah had violated the ceasefire on Thursday, and its aircraft struck a rocket storage site in southern Lebanon.|ISRMIL>LBN:195",
    })
    void theForceActs(String text, String event) {
        assertThat(CodedActs.events(text)).contains(event);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Germany said its military aid to Ukraine would continue.",
        "Russia said its army strike on the depot was a success.",
        "The United States said its military support for Israel would continue.",
    })
    void aBaseFormAfterTheForceIsStillANoun(String text) {
        assertThat(CodedActs.events(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Israel's military said Hezbollah had violated the ceasefire on Thursday, and its aircraft struck a rocket storage site in southern Lebanon.",
    })
    void theBodyNamedLastDoesNotStrikeItsOwnState(String text) {
        assertThat(CodedActs.events(text)).noneMatch(e -> e.startsWith("LBNUAF>LBN"));
    }
}
