package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/**
 * Sides inside the object's phrases (session 17): a topic phrase of the object ("findings on the murder of ...",
 * "talks about the future of Gaza") stands between the object and the preposition that names the partner; the actor
 * inside the topic is what the act is about, the one after the object's own preposition its partner. Constructed
 * wire-style sentences, not gold or tuning lines, with paraphrases that must code and near misses that must not.
 */
class PhraseSidesTest {
    private static List<String> events(String text) {
        return CoderTestSupport.events(text, LocalDate.of(2024, 5, 10));
    }

    // --- 1. a topic phrase of the object is passed over on the way to the partner's preposition

    @Test
    void findingsSharedOnATopicGoToThePartnerAfterWith() {
        // the dev split's kind (g-089): the topic names a person; the partner stands after "with"
        assertThat(events("Turkish prosecutors shared their findings on the murder of journalist Jamal Khashoggi with the United States."))
                .containsExactly("TURJUD>USA:064");
        // before the rule the topic's actor was taken for the partner, in both directions
        assertThat(events("Israel shared information about the Iranian drone programme with Washington."))
                .containsExactly("ISR>USAGOV:064");
        assertThat(events("Germany shared intelligence about the sabotage of the Russian pipeline with Denmark."))
                .containsExactly("DEU>DNK:064");
        assertThat(events("The Netherlands shared its findings on the downing of the airliner with Australia."))
                .containsExactly("NLD>AUS:064");
    }

    @Test
    void otherVerbsAndPrepositionsOfThePartnerPassTheTopicToo() {
        // "passed ... to": the partner's preposition is "to"
        assertThat(events("Morocco passed information about the cell behind the Barcelona attack to Spain."))
                .containsExactly("MAR>ESP:064");
        assertThat(events("Morocco passed intelligence on the killing of the French tourists to France."))
                .containsExactly("MAR>FRA:064");
        // talks about a place are held with the partner named after it, not with the place's people
        assertThat(events("Egypt held talks about the future of the Gaza Strip with Qatar."))
                .containsExactlyInAnyOrder("EGY>QAT:046", "QAT>EGY:046");
        assertThat(events("Israel held talks on the release of hostages held in Gaza with Egypt."))
                .containsExactlyInAnyOrder("ISR>EGY:046", "EGY>ISR:046");
    }

    @Test
    void noPartnerAfterTheTopicOrANewClauseGivesNoSharingWithIt() {
        // "with reporters" names no actor: nothing is shared with anyone named
        assertThat(events("France shared its findings on the attack with reporters.")).isEmpty();
        // past ", and" a new clause opens: its subject is not the partner of the sharing
        assertThat(events("Greece shared its findings on the migrant shipwreck, and Turkey rejected them."))
                .doesNotContain("GRC>TUR:064", "TUR>GRC:064");
    }

    // --- 2. with no partner named, the topic's actor is no target either

    @Test
    void theActorATopicNamesIsNoPartner() {
        // what the findings, intelligence or talks are about is not whom they are shared or held with
        assertThat(events("Turkey shared its findings on the murder of the journalist.")).isEmpty();
        assertThat(events("Britain shared intelligence about Russian troop movements.")).isEmpty();
        assertThat(events("Erdogan held talks on Ukraine in Ankara.")).isEmpty();
        assertThat(events("Georgia suspended talks on joining the European Union.")).isEmpty();
        // the partner named after the topic, or before it, stays
        assertThat(events("France shared information on the attackers with Belgium.")).containsExactly("FRA>BEL:064");
        assertThat(events("Germany held talks with Poland on the war in Ukraine."))
                .containsExactlyInAnyOrder("DEU>POL:046", "POL>DEU:046");
        // "on" after a measure is no topic: it names the target
        assertThat(events("The EU imposed sanctions on Russia.")).containsExactly("IGOEUREEC>RUS:163");
    }

    // --- 3. the border with a state places force on people named by role; it names no target

    @Test
    void theStateAcrossTheBorderIsNoTargetOfForceOnPeopleNamedByRole() {
        assertThat(events("Israeli troops shot dead two smugglers along the border with Egypt.")).isEmpty();
        assertThat(events("Pakistani forces killed five militants near the border with Afghanistan.")).isEmpty();
        assertThat(events("Thai soldiers arrested smugglers on the border with Myanmar.")).doesNotContain("THAMIL>MMR:173");
        assertThat(events("Iranian border guards killed four fighters close to the border with Iraq."))
                .doesNotContain("IRNCOP>IRQ:180");
    }

    @Test
    void theBorderStillNamesTheTargetOfAShowOfForceOrOfFireWithNoOtherObject() {
        // shows of force face the state across the border (15x)
        assertThat(events("India deployed troops along its border with China.")).containsExactly("IND>CHN:154");
        assertThat(events("Poland moved troops to its border with Belarus.")).containsExactly("POL>BLR:154");
        // fire with no people as its object, and a named object, are unchanged
        assertThat(events("North Korea fired artillery shells near the border with South Korea.")).containsExactly("PRK>KOR:194");
        assertThat(events("Israeli tanks shelled Hezbollah positions along the border with Lebanon."))
                .containsExactly("ISRMIL>LBNUAF:194");
    }

    // --- 4. "X's Name": one unknown capitalised name after a state's 's is a company of that state

    @Test
    void aStatesUnknownNamedCompanyIsItsBusiness() {
        // the dev split's kind (g-211): the owners of the object's phrase are the targets, each with its company
        assertThat(events("Russia seized the local assets of Germany's Uniper and Finland's Fortum."))
                .containsExactlyInAnyOrder("RUS>DEUBUS:1711", "RUS>FINBUS:1711");
        assertThat(events("China imposed sanctions on America's Skydio over arms sales to Taiwan."))
                .containsExactly("CHN>USABUS:163");
        assertThat(events("Ukraine's Naftogaz sued Russia's Gazprom.")).containsExactly("UKRBUS>RUSBUS:115");
    }

    @Test
    void placesShipsBroadcastersAndKnownPeopleAfterAStatesPossessiveAreNoCompany() {
        assertThat(events("Russia shelled Ukraine's Kherson region.")).containsExactly("RUS>UKR:194");
        assertThat(events("Iran seized Greece's Delta tanker.")).containsExactly("IRN>GRC:1711");
        assertThat(events("Beijing criticised Britain's Starmer.")).containsExactly("CHNGOV>GBROPP:111");
        // a broadcaster the speaker talks to is the audience, not a company targeted
        assertThat(events("Solomon Islands Prime Minister Manasseh Sogavare told Australia's ABC that his government would not let China build a base."))
                .doesNotContain("SLBGOV>AUSBUS:010");
        assertThat(CoderTestSupport.code("Solomon Islands Prime Minister Manasseh Sogavare told Australia's ABC that his government would not let China build a base.",
                LocalDate.of(2024, 5, 10)).statements().get(0).targets()).doesNotContain("AUSBUS");
        assertThat(CoderTestSupport.code("Viktor Orban told Germany's Welt newspaper that Brussels was sleepwalking into war.",
                LocalDate.of(2024, 5, 10)).statements().get(0).targets()).doesNotContain("DEUBUS");
    }
}
