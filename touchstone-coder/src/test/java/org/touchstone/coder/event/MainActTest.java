package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import org.junit.jupiter.api.Test;

/**
 * Which verb of a sentence is the event: a verb inside an unasserted suspicion ("a ship suspected of smuggling
 * arms") is none. Constructed sentences in wire style, never gold or tuning sentences, each with near misses that
 * must still code.
 */
class MainActTest {
    @Test
    void aNounSuspectedOfAnActIsNoSourceOfIt() {
        // R2: the participle of suspicion after a noun is an agentless passive; the act it ascribes is not asserted
        assertThat(events("Germany expelled two Russian diplomats accused of spying on Ukrainian refugees."))
                .containsExactly("DEU>RUSGOV:161");
        assertThat(events("Britain sanctioned two Chinese companies alleged to have supplied drone parts to Russia."))
                .containsExactly("GBR>CHNBUS:163");
        assertThat(events("A tanker suspected of carrying Iranian oil to Syria in breach of EU sanctions was detained off Gibraltar."))
                .isEmpty();
        assertThat(events("Greek coast guards boarded a Russian freighter suspected of smuggling weapons to Libya.")).isEmpty();
        assertThat(events("Dutch prosecutors charged a Russian agent believed to have plotted attacks on Ukrainian officials."))
                .isEmpty();
    }

    @Test
    void anActOnSuspicionOfAnotherIsTheOnlyEvent() {
        assertThat(events("British marines seized an Iranian tanker on suspicion of carrying crude to Syria in breach of EU sanctions."))
                .containsExactly("GBRMIL>IRN:1711");
        assertThat(events("French police arrested a Russian man on suspicion of spying for Moscow."))
                .containsExactly("FRACOP>RUSCVL:173");
    }

    @Test
    void anAccusationMadeOrAnActAssertedStillCodes() {
        // near misses: an active accusation with its object, and an asserted act in reported words
        assertThat(events("Germany accused Russia of spying on Ukrainian refugees.")).containsExactly("DEU>RUS:1125");
        assertThat(events("The United States accused China of supplying weapons to Russia.")).containsExactly("USA>CHN:112");
        assertThat(events("Poland said Russia had supplied weapons to Belarus.")).containsExactly("RUS>BLR:072");
        assertThat(events("Russia, accused by Kyiv of shelling the plant, denied the charge.")).contains("RUS>UKRGOV:016");
    }

    @Test
    void theDoersOwnLabelOnItsDeedIsNoSecondEvent() {
        // R5: the doer's side labelling what its deed struck, in a relative clause, adds no remark event
        assertThat(events("Turkish drones hit sites in northern Iraq which Ankara described as PKK hideouts."))
                .containsExactly("TURMIL>IRQ:195");
        assertThat(events("Russian jets carried out air strikes in Syria, hitting targets near Hama that Moscow said belonged to Islamic State."))
                .containsExactly("RUSMIL>SYR:195");
        // nor is "in what Tehran called revenge for ..." an appeal ("called for")
        assertThat(events("Iran fired missiles at two Iraqi bases housing US troops, in what Tehran called revenge for the killing of its general."))
                .containsExactly("IRN>USAMIL:194");
    }

    @Test
    void anotherSidesLabelIsItsRemarkNotAnAppeal() {
        // (a label with no stance of its own is no event: "call for" is not read across the label's object, session 22)
        assertThat(events("Japan tightened curbs on exports of chip materials to South Korea, a move Seoul called retaliation for court rulings."))
                .containsExactly("JPN>KOR:163");
        assertThat(events("India banned dozens of Chinese apps, in what Beijing called a discriminatory move."))
                .containsExactly("IND>CHN:163", "CHNGOV>IND:111");
        // near misses: a real appeal keeps its code
        assertThat(events("Russia called again for talks with Ukraine.")).containsExactly("RUS>UKR:026");
        assertThat(events("Ukraine called on Russia to withdraw its troops.")).containsExactly("UKR>RUS:0256");
    }

    @Test
    void aParticipleExplainingTheDeedJustToldIsNoSecondAct() {
        // R5: ties deepened by the delivery
        assertThat(events("Russia handed two S-400 batteries to India's armed forces, strengthening defence ties with New Delhi."))
                .containsExactly("RUS>INDMIL:072");
        assertThat(events("Turkey delivered armed drones to Ukraine's military, deepening its defence cooperation with Kyiv."))
                .containsExactly("TUR>UKRMIL:072");
        // near misses: a threat after a speech act is a second act; a finite clause with its own subject is its own act
        assertThat(events("Hezbollah blamed Israel for the blasts, vowing revenge.")).containsExactly("LBNUAF>ISR:112", "LBNUAF>ISR:138");
        assertThat(events("Russia delivered fighter jets to Mali's armed forces, and the junta deepened military ties with Moscow."))
                .contains("RUS>MLIMIL:072", "MLIMIL>RUSGOV:062");
    }

    @Test
    void wordsExplainingARecognitionOrASigningAreNoRemarkEvent() {
        // S7-6/R5: recognition (054) and signing (057) are deeds; the speaker's words after them explain them
        assertThat(events("Honduras established diplomatic relations with China on Sunday, saying Beijing was the sole legitimate government."))
                .containsExactly("HND>CHN:054");
        assertThat(events("Russia and North Korea signed a mutual defence treaty, calling it a shield against the West."))
                .containsExactly("RUS>PRK:057", "PRK>RUS:057");
        // near miss: another speaker's words on the deal are its own stance
        assertThat(events("Vietnam signed a trade agreement with Japan, and China said the deal was a threat to regional stability."))
                .contains("VNM>JPN:057");
    }
}
