package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.event.CodedActs.events;
import static org.touchstone.coder.event.CodedActs.statement;

import org.junit.jupiter.api.Test;
import org.touchstone.core.Statement;

/**
 * Whom an act, or criticism of an act, is aimed at (session 15): a military post or base placed by a state is that
 * state's military; intercepting what is fired at oneself is defence; "the island" or "the kingdom" is the state that is
 * one; criticism of an act is aimed at its doer, never its victim. Constructed wire-style sentences, not gold or tuning
 * lines, each rule with paraphrases that must code and near misses that must not.
 */
class ActTargetsTest {
    // --- 1. a state's posts, bases and checkpoints are its military

    @Test
    void forceOnAPostPlacedByAStateIsAimedAtItsMilitary() {
        assertThat(events("Rebels attacked an army post in northern Mali.")).containsExactly("MLIREB>MLIMIL:190");
        assertThat(events("Rebels stormed a military base in eastern Mali.")).containsExactly("MLIREB>MLIMIL:190");
        assertThat(events("Rebels shelled a military outpost in eastern Congo.")).containsExactly("CODREB>CODMIL:194");
        assertThat(events("Turkey struck a military base in Syria.")).containsExactly("TUR>SYRMIL:194");
        // police stations are the police's
        assertThat(events("Baloch separatists attacked a police station in Pakistan's Balochistan province."))
                .containsExactly("PAKREB>PAKCOP:190");
    }

    @Test
    void townsAndPostsOfAnotherStateKeepTheirCoding() {
        // a town struck at home is its people's, as before
        assertThat(events("Rebels attacked a village in northern Mali.")).containsExactly("MLIREB>MLICVL:190");
        // a post named with its own state keeps that state, wherever it stands
        assertThat(events("Iran fired missiles at a US base in Iraq.")).containsExactly("IRN>USAMIL:194");
        assertThat(events("Russian troops shelled a Ukrainian checkpoint near Donetsk.")).containsExactly("RUSMIL>UKRMIL:194");
        // whose a post is, named after its place, is whom force on it is aimed at
        assertThat(events("Iran fired missiles at an air base in Iraq housing US troops.")).containsExactly("IRN>USAMIL:194");
        assertThat(events("Israeli jets struck a military base in Syria used by Iranian forces.")).containsExactly("ISRMIL>IRNMIL:195");
    }

    @Test
    void aForeignMissionsStaffAreItsGovernment() {
        // the people of an embassy or consulate are its state's government (consulate staff are GOV); the building
        // stormed stays the state's premises
        assertThat(events("Chinese police detained an employee of the British consulate.")).containsExactly("CHNCOP>GBRGOV:173");
        assertThat(events("Chinese police detained a British embassy employee.")).containsExactly("CHNCOP>GBRGOV:173");
        assertThat(events("Protesters stormed the British embassy in Tehran.")).containsExactly("IRNCVL>GBR:145");
    }

    @Test
    void holdersAfterJoinedPlacesOrBelongingTo() {
        // the users named after two places joined by "and", or after "belonging to", are whom the strike is aimed at
        assertThat(events("US jets struck dozens of sites in Iraq and Syria used by Iran's Revolutionary Guards."))
                .containsExactly("USAMIL>IRNMIL:195");
        assertThat(events("US jets struck sites in Syria belonging to Iran's Revolutionary Guards."))
                .containsExactly("USAMIL>IRNMIL:195");
        // no holder named: the place, as before; a state struck by name stays the state
        assertThat(events("US jets struck dozens of sites in Iraq and Syria.")).containsExactly("USAMIL>IRQ:195", "USAMIL>SYR:195");
        assertThat(events("Pakistan carried out air strikes on Iran.")).containsExactly("PAK>IRN:195");
    }

    // --- 2. intercepting what is fired at oneself is defence

    @Test
    void interceptingMissilesIsNoActOnAnyone() {
        assertThat(events("The Saudi-led coalition said it intercepted a ballistic missile fired toward Riyadh.")).isEmpty();
        assertThat(statement("The Saudi-led coalition said it intercepted a ballistic missile fired toward Riyadh.").targets())
                .doesNotContain("SAUCVL");
        assertThat(events("Israel's Iron Dome shot down dozens of rockets fired from Gaza.")).isEmpty();
        assertThat(events("The US Navy downed several drones launched from Yemen toward Israel.")).isEmpty();
        assertThat(events("Russia said it had intercepted eight US-made missiles over Crimea.")).isEmpty();
    }

    @Test
    void aircraftShotDownAndAFirerNamedStillCode() {
        assertThat(events("Iran shot down a US Navy surveillance drone over the Strait of Hormuz.")).containsExactly("IRN>USAMIL:190");
        assertThat(events("Turkish jets shot down a Russian warplane near the Syrian border.")).containsExactly("TURMIL>RUSMIL:190");
        // the firing, with its firer after "by" and its aim after "toward", is the attack
        assertThat(events("Rockets launched by Hamas toward Tel Aviv were intercepted.")).containsExactly("PSEREB>ISR:194");
    }

    // --- 3. "the island", "the kingdom": the state that is one

    @Test
    void theIslandIsTheIslandStateNamedNotTheLastState() {
        // a planned blockade of the speaker's own state is its charge (R3c), not China's act on its own people
        assertThat(events("Taiwan's defence minister said China was preparing to blockade the island."))
                .containsExactly("TWNGOVMIL>CHN:1123");
        assertThat(events("Taiwan said China had blockaded the island.")).contains("CHN>TWN:191").doesNotContain("CHN>CHNCVL:191");
        assertThat(events("Saudi Arabia's foreign minister said Iran had attacked the kingdom.")).contains("IRN>SAU:190")
                .doesNotContain("IRN>IRNCVL:190");
    }

    @Test
    void theIslandNamedBeforeAnotherStateIsStillTheIsland() {
        // China is named last, but "the island" is Taiwan, named before it
        assertThat(events("China's defence ministry said Taiwan was an inseparable part of China and warned the island "
                + "against provocations.")).contains("CHNGOVMIL>TWN:130");
        // "the kingdom" is Saudi Arabia, though the US's Blinken was named last
        assertThat(events("Saudi Foreign Minister Prince Faisal bin Farhan told Antony Blinken that the kingdom wanted closer "
                + "ties with China.")).anyMatch(e -> e.startsWith("SAU>CHN:")).noneMatch(e -> e.startsWith("USA>"));
    }

    @Test
    void complementsAndPurposesAreNoActs() {
        // what the one asked is to help do is the appeal's complement
        assertThat(events("Sri Lanka's president asked China to help restructure the island's foreign debt."))
                .containsExactly("LKAGOV>CHN:020");
        assertThat(events("Zelensky asked Germany to help supply Ukraine with air defences.")).containsExactly("UKRGOV>DEU:020");
        // what a visit is aimed at is its purpose
        assertThat(events("Joe Biden began a visit aimed at repairing ties with Saudi Arabia.")).isEmpty();
    }

    // --- 4. criticism of an act is aimed at its doer

    @Test
    void criticismOfAnActWithNoDoerNamedHasNoTarget() {
        assertThat(events("Poland condemned the attack on Kyiv.")).isEmpty();
        assertThat(events("Germany condemned the missile strike on Kyiv and called it a war crime.")).isEmpty();
        assertThat(events("Spain denounced Sunday's shelling of Kharkiv.")).isEmpty();
        assertThat(events("Canada deplored the deadly drone attack on Odesa.")).isEmpty();
        assertThat(events("The United Nations condemned the killing of aid workers in Gaza.")).isEmpty();
        Statement st = statement("Poland condemned the attack on the Ukrainian embassy.");
        assertThat(st.targets()).isEmpty();
        assertThat(st.named()).isFalse();
        assertThat(st.code()).isEqualTo("111");
        // the same criticism in reported words
        Statement said = statement("Poland said it condemned the attack on Kyiv.");
        assertThat(said.targets()).isEmpty();
        assertThat(said.code()).isEqualTo("111");
        assertThat(events("Poland said it condemned the attack on Kyiv.")).isEmpty();
    }

    @Test
    void criticismOfAnActIsAimedAtItsNamedDoer() {
        assertThat(events("Germany condemned the attack on Kyiv by Russian forces.")).containsExactly("DEU>RUSMIL:111");
        assertThat(events("Italy slammed the killing of two journalists in Gaza by Israeli forces.")).containsExactly("ITA>ISRMIL:111");
        assertThat(events("Japan condemned the Russian missile strike on Kyiv.")).containsExactly("JPN>RUSMIL:111");
        assertThat(events("Poland condemned Russia's attack on Kyiv.")).containsExactly("POL>RUS:111");
        // the doer an earlier clause names
        assertThat(events("Russian missiles struck Kyiv overnight, and Poland condemned the attack on the city."))
                .contains("POL>RUSMIL:111").doesNotContain("POL>UKR:111", "POL>UKRGOV:111");
    }

    @Test
    void aPassiveCriticismOfAnActIsAimedAtItsDoerToo() {
        // the "by" of the passive verb is the critic, not the doer of the attack named before it
        assertThat(events("The attack on Kyiv was condemned by Poland.")).isEmpty();
        assertThat(events("The Russian strike on Odesa was condemned by Italy.")).contains("ITA>RUS:111")
                .doesNotContain("ITA>UKR:194", "ITA>UKR:111");
        // an actor criticised in the passive stays the target
        assertThat(events("Kyiv was criticised by Poland.")).containsExactly("POL>UKRGOV:111");
    }

    @Test
    void criticismOfAnActorKeepsItsTarget() {
        assertThat(events("Poland condemned Russia over the attack on Kyiv.")).containsExactly("POL>RUS:111");
        assertThat(events("Poland condemned Hungary's decision.")).containsExactly("POL>HUN:111");
    }
}
