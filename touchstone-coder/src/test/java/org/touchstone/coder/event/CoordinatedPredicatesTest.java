package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.Coder;
import org.touchstone.core.Document;

/**
 * Every verb phrase of a coordinated predicate is an act (session 16): a deed after "and" with the same subject and no
 * actor of its own as object is aimed where the previous verb phrase was; an envoy or a capital that stood for its state
 * in the first act gives the state itself. Constructed wire-style sentences, not gold or tuning lines: each rule with
 * paraphrases that must code and near misses that must not.
 */
class CoordinatedPredicatesTest {
    private static final Coder CODER = new Coder();

    private static List<String> events(String text) {
        return CODER.code(new Document("t", LocalDate.of(2024, 5, 10), null, null, null, null, text, null)).events().stream()
                .map(e -> e.source().code() + ">" + e.target().code() + ":" + e.code()).toList();
    }

    // --- 1. the second deed takes the first one's target

    @Test
    void aSecondDeedWithoutAnActorObjectIsAimedWhereTheFirstWas() {
        assertThat(events("Egypt severed diplomatic relations with Qatar and closed its airspace to it."))
                .containsExactlyInAnyOrder("EGY>QAT:161", "EGY>QAT:163");
        assertThat(events("Russian border guards fired on a Japanese fishing boat and seized the vessel."))
                .containsExactlyInAnyOrder("RUSCOP>JPNCVL:193", "RUSCOP>JPNCVL:1711");
        // the passive of the same pair of deeds
        assertThat(events("The Japanese fishing boat was fired on and seized by Russian border guards."))
                .containsExactlyInAnyOrder("RUSCOP>JPNCVL:193", "RUSCOP>JPNCVL:1711");
        assertThat(events("Iranian gunboats seized a British tanker and detained its crew of 23."))
                .containsExactlyInAnyOrder("IRNMIL>GBR:1711", "IRNMIL>GBR:173");
        assertThat(events("The United States condemned Myanmar's coup and imposed sanctions."))
                .containsExactlyInAnyOrder("USA>MMR:111", "USA>MMR:163");
    }

    @Test
    void anEnvoyOrACapitalStandsForItsStateInTheSecondDeed() {
        assertThat(events("Pakistan expelled India's high commissioner and suspended bilateral trade."))
                .containsExactlyInAnyOrder("PAK>INDGOV:161", "PAK>IND:163");
        assertThat(events("Saudi Arabia expelled Canada's ambassador and froze all new trade and investment."))
                .containsExactlyInAnyOrder("SAU>CANGOV:161", "SAU>CAN:163");
        assertThat(events("Pakistan downgraded ties with New Delhi and suspended trade."))
                .containsExactlyInAnyOrder("PAK>INDGOV:161", "PAK>IND:163");
    }

    // --- near misses: what the second verb phrase is not

    @Test
    void aVerbInsideWhatWasUrgedOrIntendedTakesNoTarget() {
        // "to seize the moment and conclude": what was urged, not Washington's own deal
        assertThat(events("Washington urged Armenia and Azerbaijan to seize the moment and conclude a peace deal."))
                .containsExactlyInAnyOrder("USAGOV>ARM:027", "USAGOV>AZE:027");
        // a second clause with its own subject keeps its own sides
        assertThat(events("Russia expelled Polish diplomats, and Poland closed the Russian consulate."))
                .containsExactlyInAnyOrder("RUS>POLGOV:161", "POL>RUSGOV:161");
    }

    @Test
    void aGerundInsideAnAccusationIsNoDeed() {
        // "of beating and killing": what is alleged (R4), not an act done
        assertThat(events("Washington accused Iran's police of beating and killing peaceful protesters."))
                .noneMatch(e -> e.endsWith(":180") || e.endsWith(":1823"));
        // an elaborating participle stays one act (R5)
        assertThat(events("Israeli jets struck Hamas positions in Gaza, killing three militants."))
                .containsExactly("ISRMIL>PSEREB:195");
    }

    // --- 2. the subject of a verb after "and" is the previous finite verb's, past an -ing noun inside the object

    @Test
    void aFiniteVerbAfterAndIsNotCoordinatedWithAnIngNounInTheObject() {
        assertThat(events("Hamas rejected an Israeli proposal for a pause in fighting and demanded an end to the war."))
                .containsExactlyInAnyOrder("PSEREB>ISR:127", "PSEREB>ISR:100");
        assertThat(events("Russia rejected a Ukrainian plan for a halt in shelling and demanded talks."))
                .containsExactlyInAnyOrder("RUS>UKR:127", "RUS>UKR:106");
        assertThat(events("Armenia dismissed an Azerbaijani offer of a pause in fighting and demanded a ceasefire."))
                .containsExactlyInAnyOrder("ARM>AZE:120", "ARM>AZE:1056");
    }

    @Test
    void aParticipleOfTheMainClauseStillCarriesItsSubject() {
        // ", shelling positions, and demanded": the participle is the main clause's, and so is the demand's subject
        assertThat(events("Azerbaijan launched an offensive in Nagorno-Karabakh, shelling Armenian separatist positions, "
                + "and demanded that the separatists surrender.")).allMatch(e -> e.startsWith("AZE>"));
    }

    // --- 3. forces sent to a border named without the state across it face the state of the act before

    @Test
    void forcesOrderedToABorderFaceTheStateOfTheActBefore() {
        assertThat(events("Lukashenko accused Poland of meddling and ordered troops to the western border."))
                .containsExactlyInAnyOrder("BLRGOV>POL:1125", "BLRGOV>POL:154");
        assertThat(events("Venezuela accused Guyana of provocations and sent reinforcements to its eastern border."))
                .containsExactlyInAnyOrder("VEN>GUY:1123", "VEN>GUY:154");
        // alone, the border faces no one named: nothing
        assertThat(events("Lukashenko ordered troops to the western border.")).isEmpty();
        // a withdrawal from the border is no deployment to it
        assertThat(events("Russia accused Ukraine of provocations and ordered its troops to withdraw from the border."))
                .noneMatch(e -> e.endsWith(":154"));
    }

    // --- 4. pronoun objects, relative clauses inside the object, and acts only spoken of

    @Test
    void aPronounObjectIsTheFirstObjectItself() {
        // "them" are the diplomats: their government, not their country
        assertThat(events("Russia summoned two British diplomats and expelled them."))
                .containsExactlyInAnyOrder("RUS>GBRGOV:114", "RUS>GBRGOV:161");
        assertThat(events("Estonia detained two Russian diplomats and expelled them."))
                .contains("EST>RUSGOV:161");
    }

    @Test
    void aRelativeClauseInsideTheObjectIsNoConjunct() {
        assertThat(events("Iraq summoned Turkey's ambassador over a strike that killed nine tourists, and demanded an apology."))
                .containsExactlyInAnyOrder("IRQ>TURGOV:114", "IRQ>TUR:100");
        assertThat(events("Poland summoned Russia's ambassador over a missile that struck a Polish village, and demanded an explanation."))
                .containsExactlyInAnyOrder("POL>RUSGOV:114", "POL>RUS:100");
        assertThat(events("Jordan recalled its ambassador from Israel over a raid which killed two Jordanians, and demanded an investigation."))
                .contains("JOR>ISR:161").allMatch(e -> e.startsWith("JOR>"));
        // without the comma the verb may go on the relative clause: what the resolution would have demanded, not Russia
        assertThat(events("Russia vetoed a UN resolution that would have deplored its aggression against Ukraine and demanded "
                + "the withdrawal of its troops.")).noneMatch(e -> e.startsWith("RUS>") && e.contains(":10"));
    }

    @Test
    void aReportingVerbLendsNeitherSubjectNorTarget() {
        // "said Ukraine needs more artillery and shells": the words have their own subject, and "shells" is no deed
        assertThat(events("Zelensky called on Congress to continue its support and said Ukraine needs more artillery and shells."))
                .noneMatch(e -> e.contains(":19"));
        // "stop arming Taiwan and support": an -ing after a verb, not a noun inside the object
        assertThat(events("Xi said the US side should stop arming Taiwan and support China's peaceful reunification."))
                .contains("CHNGOV>USA:022");
    }

    @Test
    void anActOnlySpokenOfGivesTheNextVerbNoTarget() {
        // a possibility is the speaker's concern, and the verb joined to it is no deed of Russia's
        assertThat(events("Duda said Russia could attack Poland and seize its territory.")).containsExactly("POLGOV>RUS:012");
        assertThat(events("Russia did not attack Ukraine and withdrew its troops.")).noneMatch(e -> e.startsWith("RUS>UKR:19"));
    }
}
