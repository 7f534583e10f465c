package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.event.CodedActs.events;
import static org.touchstone.coder.event.CodedActs.statement;

import org.junit.jupiter.api.Test;
import org.touchstone.core.Statement;

/**
 * Acts aimed at the wrong side, and acts lost (session 16): a weapon fired by a named firer inside the object of a
 * defence. Constructed wire-style sentences, not gold or tuning lines, each rule with paraphrases that must code and near
 * misses that must not.
 */
class ActSidesTest {
    // --- 1. a weapon "fired by X at Y" inside what a defender stopped is X's attack

    @Test
    void aWeaponFiredByANamedFirerAfterACommonNounIsItsAttack() {
        // the by-agent of the participle after "a missile" is the doer (R2), its aim after "at" the target (R17 by weapon)
        assertThat(events("Saudi air defences intercepted a missile fired by the Houthis at Riyadh."))
                .containsExactly("YEMREB>SAU:194");
        assertThat(events("Israeli air defences shot down a rocket launched by Hamas toward Tel Aviv."))
                .containsExactly("PSEREB>ISR:194");
        assertThat(events("Kyiv's air force downed several drones launched by Russia at Odesa overnight."))
                .containsExactly("RUS>UKR:195");
        // another side's warships stopped it: the aim stays the state named after "at"
        assertThat(events("American destroyers shot down missiles fired by the Houthis at Israel."))
                .containsExactly("YEMREB>ISR:194");
    }

    @Test
    void aWeaponFiredWithNoAimNamedWasFiredAtTheDefender() {
        // t-039's kind: the defender's state is what was fired at
        assertThat(events("Ukraine's air force said it had downed 30 drones launched by Russia overnight."))
                .containsExactly("RUS>UKR:195");
        assertThat(events("Israel shot down drones and missiles fired by Iran with the help of Britain and France."))
                .containsExactly("IRN>ISR:195"); // the helpers helped the defender, not the firer
        assertThat(statement("The Saudi military said it had intercepted a ballistic missile launched by the Houthis.").code())
                .isEqualTo("1123");
    }

    @Test
    void aWeaponFiredAndStoppedInThePassiveIsTheFirersAttackOnTheDefender() {
        // the passive subject holds what the defence stopped: no act of the defender on the firer
        assertThat(events("Rockets fired by Hezbollah were intercepted by Israel.")).containsExactly("LBNUAF>ISR:194");
        assertThat(events("A missile fired by the Houthis at Riyadh was shot down by Saudi air defences."))
                .containsExactly("YEMREB>SAU:194");
        // the body after a state's 's is the firer; what was fired, not small arms, gives the code (R17)
        assertThat(events("Saudi air defences intercepted a ballistic missile launched by Yemen's Houthi rebels toward Jizan."))
                .containsExactly("YEMREB>SAU:194");
        assertThat(events("Saudi Arabia intercepted a Houthi missile fired at Riyadh.")).containsExactly("YEMREB>SAU:194");
        // near miss: people fired at stay small arms
        assertThat(events("Israeli troops fired at Palestinians near the border fence.")).containsExactly("ISRMIL>PSECVL:193");
    }

    @Test
    void aWeaponStoppedWithNoFirerNamedCodesNothing() {
        assertThat(events("Saudi air defences intercepted a missile over Riyadh.")).isEmpty();
        assertThat(events("Israel's Iron Dome intercepted dozens of rockets fired from Gaza.")).isEmpty();
        // the firer's own side stopping its weapons is no attack on itself
        assertThat(events("Iran said it had shot down a missile launched by Iran in a failed test.")).isEmpty();
    }

    // --- 2. an unnamed group that opens the reported words is the verb's subject: no event (R2), a charge (R14)

    @Test
    void unnamedAttackersInReportedWordsAreNoActOfTheSpeaker() {
        assertThat(events("Kazakhstan said foreign terrorists had attacked Kazakhstan.")).isEmpty();
        assertThat(events("Mali's junta said foreign mercenaries had attacked an army base near Gao.")).isEmpty();
        assertThat(events("Tokayev said that armed foreign militants had stormed the airport in Almaty.")).isEmpty();
        assertThat(events("Syria said militants had bombed a pipeline near Homs.")).isEmpty();
    }

    @Test
    void unnamedForeignHandsAreAnAlludedCharge() {
        Statement kaz = statement("Kazakhstan said foreign fighters had attacked the country.");
        assertThat(kaz.code()).isEqualTo("112");
        assertThat(kaz.targets()).isEmpty();
        assertThat(kaz.named()).isFalse();
        assertThat(statement("Foreign saboteurs bombed a pipeline in Syria, the Syrian oil ministry said.").code()).isEqualTo("112");
    }

    @Test
    void aNamedAttackerInTheWordsStillActs() {
        assertThat(events("Kazakhstan said Russia had attacked Kazakhstan.")).containsExactly("RUS>KAZ:190");
        assertThat(events("Mali said that Algeria had attacked an army base near Kidal.")).contains("DZA>MLI:190");
        // the speaker's own troops named by role alone stay the speaker's
        assertThat(events("Israel said soldiers had killed three Hamas militants in Gaza.")).containsExactly("ISR>PSEREB:180");
        assertThat(events("Russia said troops had captured the village of Robotyne.")).containsExactly("RUS>UKR:192");
        // a neutral word for unnamed armed men stays a remark
        assertThat(statement("Kazakhstan said gunmen had attacked a police station.").code()).isEqualTo("010");
    }

    // --- 3. the act's own state as the owner of its object is not its target

    @Test
    void aStatesOwnPartInATreatyIsPassedOverToThePartyOfTheTreaty() {
        // S7-13: leaving or suspending a settlement or arms-control treaty with the adversary, 127
        assertThat(events("The Duma voted to suspend Russia's participation in the New START treaty with the United States."))
                .containsExactly("RUSLEG>USA:127");
        assertThat(events("Putin suspended Russia's participation in the arms control treaty with Washington."))
                .containsExactly("RUSGOV>USAGOV:127");
        assertThat(events("Armenia's parliament voted to suspend Armenia's part in the border accord with Azerbaijan."))
                .containsExactly("ARMLEG>AZE:127");
        assertThat(events("Armenia suspended its part in the border accord with Azerbaijan.")).containsExactly("ARM>AZE:127");
        // the own state named by its capital
        assertThat(events("Russia's lower house of parliament voted to suspend Moscow's participation in the New START treaty "
                + "with Washington.")).containsExactly("RUSLEG>USAGOV:127");
    }

    @Test
    void anotherStatesPossessionOrTheOwnArmyStaysTheTarget() {
        assertThat(events("Putin praised Russia's army for its courage.")).containsExactly("RUSGOV>RUSMIL:051");
        // no other party named: nothing, not the state's act on itself
        assertThat(events("The Duma voted to suspend Russia's participation in the treaty.")).isEmpty();
    }

    // --- 4. drills called off with a partner: the de-escalation is aimed at the side the tension is with

    @Test
    void drillsSuspendedWithAPartnerAreAimedAtTheSideOfTheTension() {
        assertThat(events("South Korea suspended joint exercises with the United States to ease tensions with North Korea."))
                .containsExactly("KOR>PRK:087");
        assertThat(events("The Philippines called off joint naval drills with the United States amid tensions with China."))
                .containsExactly("PHL>CHN:087");
        assertThat(events("Japan halted joint exercises with Australia as a goodwill gesture toward China."))
                .containsExactly("JPN>CHN:087");
        assertThat(events("South Korea and the United States scaled back joint drills to ease tensions with Pyongyang."))
                .containsExactlyInAnyOrder("KOR>PRKGOV:087", "USA>PRKGOV:087");
        // the border the drills were held near still decides
        assertThat(events("Russia called off exercises with Belarus near the border with Ukraine.")).containsExactly("RUS>UKR:087");
    }

    @Test
    void drillsSuspendedWithAPartnerAloneAreNoDeEscalationTowardIt() {
        assertThat(events("Japan suspended joint drills with the United States.")).isEmpty();
        assertThat(events("Japan suspended joint drills after the incident.")).isEmpty();
        // drills held with a partner stay military cooperation
        assertThat(events("Japan held joint drills with the United States to deter China."))
                .containsExactlyInAnyOrder("JPN>USA:062", "USA>JPN:062");
    }

    // --- 5. a planned act of force against the speaker's side is its charge of aggression; "the island" named later

    @Test
    void aPlannedAttackOnTheSpeakersSideIsItsChargeOfAggression() {
        // AttemptedActs (R3c, R11): the intent verb made the plan a threat of force (138x); charged, it is aggression
        assertThat(events("Taiwan said China was planning to invade the island.")).containsExactly("TWN>CHN:1123");
        assertThat(events("Kyiv said Moscow was planning to attack Ukraine's energy grid.")).containsExactly("UKRGOV>RUSGOV:1123");
        assertThat(events("Lithuania said Russia was plotting to blockade Lithuania.")).containsExactly("LTU>RUS:1123");
        assertThat(events("Taiwan's defence ministry said China was preparing to blockade the island."))
                .containsExactly("TWNGOVMIL>CHN:1123");
    }

    @Test
    void aPlanReportedByAThirdPartyOrItsOwnSideStaysTheAct() {
        assertThat(events("Germany said Russia was planning to invade Moldova.")).containsExactly("RUS>MDA:138");
        assertThat(events("Russia said it was planning to invade Ukraine.")).containsExactly("RUS>UKR:138");
    }

    @Test
    void theIslandNamedOnlyInATrailingAttributionIsThatIsland() {
        assertThat(events("China was preparing to blockade the island, Taiwan's defence ministry said."))
                .containsExactly("TWNGOVMIL>CHN:1123");
        assertThat(events("China held drills around the island on Monday, Taiwan's defence ministry said."))
                .containsExactly("CHN>TWN:150");
        assertThat(events("Iran has threatened to attack the kingdom, Saudi Arabia's foreign minister said."))
                .contains("IRN>SAU:1384");
    }

    @Test
    void forceOnTheDoersOwnStateByReferenceIsNoForceOnItsPeople() {
        // "the kingdom's consulate" read as Saudi Arabia's own: no SAU>SAUCVL
        assertThat(events("Saudi agents attacked a dissident inside the kingdom's consulate in Istanbul.")).isEmpty();
        assertThat(events("Saudi agents killed a journalist inside the kingdom's consulate in Istanbul.")).isEmpty();
        // a chemical attack on a place of one's own naming no people is aimed at the place's state (S31-29)
        assertThat(events("Syrian government aircraft dropped chlorine gas on Douma.")).containsExactly("SYRGOV>SYR:2041");
        // "the country", "the island" as the place of the force, not its object, stay its people
        assertThat(events("Myanmar's military carried out air strikes across the country.")).containsExactly("MMRMIL>MMRCVL:195");
        assertThat(events("Sri Lanka's army shelled Tamil areas in the north of the island.")).containsExactly("LKAMIL>LKACVL:194");
    }
}
