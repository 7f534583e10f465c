package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/**
 * Acts in subordinate clauses, participles and second clauses (session 17): a sentence that tells two acts, each with a
 * subject of its own. Constructed wire-style sentences, not gold or tuning lines, each rule with paraphrases that must
 * code and near misses that must not.
 */
class ClauseActsTest {
    private static List<String> events(String text) {
        return CoderTestSupport.events(text, LocalDate.of(2024, 5, 10));
    }

    // --- 1. a show of force with no target answers the act a clause of its own names

    @Test
    void anAlertAnswersTheSubjectOfASimultaneousClause() {
        // "as / when / while" + a subject of its own + its verb: the alert answers that clause's doer, as "after" does
        assertThat(events("Poland put its air force on high alert as Russian missiles struck western Ukraine."))
                .contains("POL>RUS:152");
        assertThat(events("South Korea placed its troops on alert when North Korea fired two ballistic missiles."))
                .containsExactly("KOR>PRK:152");
        assertThat(events("Taiwan put its forces on high alert while Chinese warships circled the island."))
                .containsExactly("TWN>CHN:152");
    }

    /** Session 33 (miss33a): a count before the clause's subject ("as 18 Chinese aircraft", "more than 20") is passed. */
    @Test
    void aCountedSubjectOfTheClauseIsStillItsSubject() {
        assertThat(events("Japan scrambled fighter jets as two Russian bombers flew over the Sea of Japan."))
                .contains("JPN>RUSMIL:152");
        assertThat(events("South Korea put its forces on alert as more than 20 North Korean warplanes flew near the border."))
                .contains("KOR>PRK:152");
        // a year is no count of the subject: nothing follows it that the dictionaries know
        assertThat(events("Taiwan scrambled fighter jets as 2024 began.")).isEmpty();
    }

    @Test
    void anAsThatOpensNoClauseOrOnlyTheSourcesOwnSideNamesNoTarget() {
        assertThat(events("Japan put its forces on alert as a precaution.")).isEmpty();
        assertThat(events("Japan put its forces on alert as Japanese lawmakers debated the budget.")).isEmpty();
        // a possessive after "as" is no clause's subject ("as Turkey's ally ...")
        assertThat(events("Greece put its navy on alert as Turkey's ally Libya signed a maritime deal.")).isEmpty();
        // the source's own side among the clause's subjects, allies named by a noun, or a cooperative act answer nothing
        assertThat(events("South Korea raised its alert level as US and South Korean troops began joint drills."))
                .noneMatch(e -> e.startsWith("KOR>"));
        assertThat(events("Poland put its army on alert as NATO allies sent reinforcements.")).isEmpty();
        assertThat(events("Japan put its forces on alert while China and Russia held joint naval drills."))
                .noneMatch(e -> e.startsWith("JPN>"));
    }

    @Test
    void aShowOfForceInResponseInASecondClauseAnswersTheFirstClausesDoer() {
        assertThat(events("Russian warplanes entered Finnish airspace on Tuesday, and Finland put its air force on alert in response."))
                .containsExactly("RUSMIL>FIN:150", "FIN>RUS:152");
        assertThat(events("Chinese bombers flew near Japan, and Japan scrambled fighter jets in response."))
                .containsExactly("CHNMIL>JPN:150", "JPN>CHNMIL:152"); // jets scrambled meet the aircraft themselves
        assertThat(events("Chinese and Russian bombers flew near Japan, and Japan scrambled fighter jets in response."))
                .contains("JPN>CHNMIL:152", "JPN>RUSMIL:152");
        // nothing named before: no one answered
        assertThat(events("Japan scrambled fighter jets in response.")).isEmpty();
    }

    @Test
    void aShowOfForceCitingAnotherSidesActAnswersThatSide() {
        assertThat(events("Vladimir Putin put Russia's nuclear forces on high alert, citing NATO's aggressive statements."))
                .containsExactly("RUSGOV>IGOWSTNAT:152");
        assertThat(events("Belarus put its army on combat alert, citing aggressive statements by Poland."))
                .containsExactly("BLR>POL:152");
        assertThat(events("Belarus put its army on combat alert, citing provocations by Polish troops."))
                .containsExactly("BLR>POL:152");
        assertThat(events("Belarus put its army on combat alert, citing security concerns.")).isEmpty();
    }

    @Test
    void anAlertOrMobilisationFacesTheStateWhoseForcesActedAndScrambledJetsTheAircraft() {
        assertThat(events("Pakistan put its air force on high alert after India's missile strikes."))
                .containsExactly("PAK>IND:152");
        assertThat(events("Armenia ordered a general mobilisation after Azerbaijani forces attacked Nagorno-Karabakh."))
                .contains("ARM>AZE:154");
        assertThat(events("South Korea scrambled fighter jets after Chinese military aircraft entered its air defence zone."))
                .contains("KOR>CHNMIL:152");
    }

    @Test
    void anArmyOrderedToItsHighestReadinessOverTensionsFacesTheOtherSide() {
        // session 36 (miss36b): "to its highest level of combat readiness" is the alert, and tensions with a side are
        // a threat the alert answers, as "citing threats" was
        assertThat(events("Armenia's prime minister ordered the army to its highest level of combat readiness over tensions with Azerbaijan on the border."))
                .containsExactly("ARMGOV>AZE:152");
        assertThat(events("Greece put its army on the highest state of combat readiness after Turkish jets violated its airspace."))
                .contains("GRC>TUR:152");
    }

    @Test
    void aDistantCauseOrAnAnticipatedActStillNamesWhomTheAlertFaces() {
        // the cause stands up to ten words past the alert, its doer up to seven words into it
        assertThat(events("Greece put its navy on the highest level of combat readiness after reports of Turkish survey ships near Crete."))
                .containsExactly("GRC>TUR:152");
        assertThat(events("Japan raised its level of alert on Friday in anticipation of a missile launch by North Korea."))
                .containsExactly("JPN>PRK:152");
    }

    @Test
    void forcesSentAgainstUnrestAtHomeFaceTheStatesOwnPeople() {
        assertThat(events("Chile deployed soldiers in Santiago after a night of rioting.")).containsExactly("CHL>CHLCVL:154");
        assertThat(events("Kenya deployed riot police in Nairobi after protests over a finance bill."))
                .containsExactly("KEN>KENCVL:153");
        // near misses: no unrest named, or a target of its own
        assertThat(events("Kenya deployed riot police in Nairobi.")).containsExactly("KEN>KENCOP:153");
        assertThat(events("Kenya deployed troops to the border with Somalia after protests in Nairobi."))
                .containsExactly("KEN>SOM:154");
    }

    // --- 2. a call for "the release of" people in a clause of its own is addressed to the side the sentence names

    @Test
    void aCallForTheReleaseOfPeopleNamedByRoleIsAddressedToTheMainClausesSubject() {
        // the people are held by someone else: not the caller's own people, but the main clause's subject is asked
        assertThat(events("Egypt recalled its envoy from Germany after Berlin urged the release of jailed activists."))
                .contains("DEUGOV>EGY:020").noneMatch(e -> e.startsWith("DEUGOV>DEU"));
        assertThat(events("Bahrain expelled the Qatari ambassador after the Qatari foreign ministry demanded the release of detained fishermen."))
                .contains("QATGOV>BHR:1053").noneMatch(e -> e.startsWith("QATGOV>QAT"));
        assertThat(events("Iran summoned the Swiss envoy after Switzerland called for the freedom of detained journalists."))
                .contains("CHE>IRN:020");
    }

    @Test
    void aStatesOwnPeopleStayItsOwnWhenNoOtherStateIsNamedOrNoReleaseIsAsked() {
        assertThat(events("Venezuela's government called for the release of jailed activists."))
                .containsExactly("VENGOV>VENCVL:0253");
        // a release ordered is done by the holder itself
        assertThat(events("Venezuela's government ordered the release of jailed activists after talks with Norway."))
                .containsExactly("VENGOV>VENCVL:0841");
    }

    // --- 3. a threatened response with no target of its own answers the state whose forces acted

    @Test
    void aVowToRespondAnswersTheStateWhoseForcesActed() {
        assertThat(events("Israeli jets bombed targets in southern Lebanon overnight, and Hezbollah vowed to retaliate."))
                .contains("LBNUAF>ISR:138");
        assertThat(events("Russian troops shelled the border town of Sumy, and Ukraine vowed to respond."))
                .contains("UKR>RUS:138");
        assertThat(events("Turkish drones struck Kurdish positions in northern Iraq, the Iraqi government said, vowing to respond."))
                .contains("IRQGOV>TUR:138").doesNotContain("IRQGOV>TURMIL:138");
    }

    @Test
    void aResponseAimedAtForcesNamedInItsOwnClauseKeepsThem() {
        assertThat(events("Iran vowed to retaliate against Israel's army for the strike.")).containsExactly("IRN>ISRMIL:138");
    }

    // --- 4. ties cut in a clause of its own with no partner named are those an earlier cut of the sentence named

    @Test
    void tiesCutWithNoPartnerInAParallelClauseAreWithTheStateAlreadyNamed() {
        assertThat(events("Chile and Colombia recalled their ambassadors from Israel on Tuesday, while Bolivia cut diplomatic ties altogether."))
                .contains("BOL>ISR:161");
        assertThat(events("Jordan recalled its ambassador from Israel, and Bahrain severed relations."))
                .contains("BHR>ISR:161");
        assertThat(events("Bahrain severed relations with Tehran, while the UAE downgraded its ties."))
                .contains("ARE>IRNGOV:161");
    }

    @Test
    void tiesCutWithNoEarlierCutOrByTheSideCutOffNameNoPartner() {
        assertThat(events("Bolivia cut diplomatic ties.")).isEmpty();
        // the earlier act's target is the cutter's own side: no partner of its own from the earlier cut; the cut
        // answers the expeller as a reply after ", and" (session 26, RepliesAfterAndTest)
        assertThat(events("Russia expelled two British diplomats, and Britain cut diplomatic ties altogether."))
                .containsExactly("RUS>GBRGOV:161", "GBR>RUS:161");
    }

    // --- 5. a participle after a trailing attribution is the speaker's own stance (S7-6), not the deed's explanation

    @Test
    void anAccusationAfterATrailingAttributionIsTheSpeakersOwnEvent() {
        assertThat(events("Algeria has cut diplomatic ties with Morocco, Algeria's foreign minister told reporters on Tuesday, accusing the kingdom of hostile actions."))
                .containsExactly("DZA>MAR:161", "DZAGOV>MAR:112");
        assertThat(events("Talks between Egypt and Ethiopia on the Nile dam collapsed, the Egyptian foreign ministry said, blaming Ethiopia for the failure."))
                .contains("EGYGOV>ETH:112");
        assertThat(events("Russian drones struck a power plant in Kharkiv overnight, Ukraine's energy ministry said, accusing Moscow of terrorising civilians."))
                .contains("UKRGOV>RUSGOV:112");
    }

    @Test
    void anAccusationRightAfterTheDeedExplainsIt() {
        // S7-6: "cut ties ..., accusing ...": one act, the participle explains it
        assertThat(events("Algeria cut diplomatic ties with Morocco on Tuesday, accusing Rabat of hostile actions."))
                .containsExactly("DZA>MAR:161");
        // a formal name is no back reference
        assertThat(events("Algeria cut diplomatic ties with the Kingdom of Morocco.")).containsExactly("DZA>MAR:161");
    }

    /**
     * Session 36 (fp36): fighter jets scrambled raise an alert (152, as the gold codes it), aimed at the aircraft met,
     * neither at their state nor at a state that reports the scramble.
     */
    @Test
    void jetsScrambledAreAnAlertAgainstTheAircraftMet() {
        assertThat(events("Greece scrambled fighter jets after Turkish warplanes violated its airspace near Lesbos, the Greek general staff said."))
                .containsExactlyInAnyOrder("GRC>TURMIL:152", "TURMIL>GRC:150");
        assertThat(events("Finland scrambled fighter jets on Tuesday after two Russian helicopters entered its airspace."))
                .containsExactlyInAnyOrder("FIN>RUSMIL:152", "RUSMIL>FIN:150");
    }
}
