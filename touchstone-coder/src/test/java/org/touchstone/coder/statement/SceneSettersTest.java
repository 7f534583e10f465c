package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Reported words are about the first target they name, not about the actors that only set the scene of what they tell
 * (a place after "in", the side fought for or against, "such as", a country's adjective on a thing, the possessor of a
 * thing); the verb's own object, a relation's other party, a passive's agent and the first one's partners stay.
 * Session 26 (stmt26).
 */
class SceneSettersTest {

    private static final LocalDate DAY = LocalDate.of(2023, 3, 21);

    private static List<String> targets(String text) {
        return CoderTestSupport.onlyStatement(text, DAY).targets();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Japanese foreign minister said that Germany had bought more Russian gas last year than ever before.|DEU",
        "The State Department said Iran was supplying drones for Russia's war against Ukraine.|IRN",
        "Lavrov told reporters that Washington's policies in Syria, Iraq and toward Venezuela were destabilising the world.|USAGOV",
        "Scholz told a French newspaper that Europe must not be dragged into disputes such as Taiwan.|EUR",
        "The Swedish government said Hungary had agreed to ratify Finland's accession protocol.|HUN",
        "Seoul said on Friday that North Korea had sent some 1,500 troops to Russia to support its war against Ukraine.|PRK",
        "Orban told a German newspaper that Hungary would not veto the EU's planned aid package for Ukraine.|IGOEUREEC",
        "The Greek prime minister said Athens would not block the EU's new loan for Ukraine.|IGOEUREEC",
        "Biden told reporters that Putin was responsible for the death of Alexei Navalny in an Arctic prison.|RUSGOV",
    })
    void theFirstNamedAlone(String text, String first) {
        assertThat(targets(text)).containsExactly(first);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Macron said China was helping Russia to evade sanctions.|CHN|RUS",
        "Blinken said Iran was arming Russia with drones.|IRN|RUS",
        "The White House said Morocco had agreed to establish full diplomatic relations with Israel.|MAR|ISR",
        "Erdogan said Russia and Ukraine should return to talks in Istanbul.|RUS|UKR",
        "Japan said China and Russia had flown bombers over the Sea of Japan.|CHN|RUS",
        "Erdogan said Ankara would not approve Sweden's and Finland's NATO membership bids.|SWE|FIN",
        // a partner named first sets no scene: the stand against the United States is the words' own
        "China said its friendship with Russia had no limits, including in its stand against the United States.|RUS|USA",
    })
    void objectsPartiesAndPartnersStay(String text, String first, String other) {
        assertThat(targets(text)).contains(first, other);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Kremlin said Ukraine had been attacked by NATO drones.|IGOWSTNAT",
    })
    void aPassivesAgentStays(String text, String agent) {
        assertThat(targets(text)).contains(agent);
    }
}
