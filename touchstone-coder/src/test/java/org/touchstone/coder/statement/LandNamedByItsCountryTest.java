package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Russia should return the Ukrainian land it had occupied": a country adjective before a word for land names a place,
 * as "in Ukraine" does, not an actor the words are about (gold k-022: target RUS only).
 * Session 27 (stmtx27); sentences written for the test.
 */
class LandNamedByItsCountryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Erdogan told reporters that Russia should return the Ukrainian land it had occupied.|TURGOV|RUS",
        "Erdogan told the U.S. broadcaster PBS that Russia should return the Ukrainian land it had occupied, including Crimea.|TURGOV|RUS",
        "Erdogan told reporters that Russia should return the Ukrainian land it had seized, including Crimea.|TURGOV|RUS",
        "The French president said Moscow must withdraw its troops from Georgian territory.|FRAGOV|RUSGOV",
        "Germany's chancellor said Iran should stop arming militias on Iraqi soil.|DEUGOV|IRN",
        "Germany has halted the certification of the pipeline after Moscow's recognition of two breakaway regions of eastern Ukraine, Chancellor Olaf Scholz told reporters in Berlin.|DEUGOV|RUSGOV",
    })
    void theLandIsAPlaceNotATarget(String text, String speaker, String about) {
        assertThat(CodedStatements.statements(text)).filteredOn(st -> st.speaker().equals(speaker)).singleElement()
                .satisfies(st -> assertThat(st.targets()).containsExactly(about));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the country itself, not its land, stays a target
        "Erdogan told reporters that Russia should return Crimea to Ukraine.|TURGOV|RUS",
        "The French president said Ukrainian forces had retaken the town.|FRAGOV|UKRMIL",
    })
    void theCountryNamedAsAnActorStays(String text, String speaker, String about) {
        assertThat(CodedStatements.statements(text)).filteredOn(st -> st.speaker().equals(speaker)).singleElement()
                .satisfies(st -> assertThat(st.targets()).contains(about));
    }
}
