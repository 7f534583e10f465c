package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/**
 * Threats said without the word "threaten" (session 21, threat21): harm foretold as a noun that follows from the named
 * one's act ("there would be consequences for X"), sanctions foretold as the outcome of X's step ("warned X that Y could
 * lead to sanctions"), penalties vowed against X ("vowed resolute measures against X"), force launched after a modal
 * ("will launch a military operation against X"), and firms that sanctions name.
 * Sentences written for the test.
 */
class ImplicitThreatsTest {
    private static final LocalDate DAY = LocalDate.of(2023, 3, 15);

    private static List<String> events(String text) {
        return CoderTestSupport.events(text, DAY);
    }

    @Test
    void consequencesForeseenForTheNamedOneAreAThreat() {
        assertThat(events("Biden said there would be consequences for Saudi Arabia.")).containsExactly("USAGOV>SAU:130");
        assertThat(events("The French president said there will be 'consequences' for Turkey after the naval incident."))
                .containsExactly("FRAGOV>TUR:130");
        assertThat(events("Macron said there would be repercussions for Turkey.")).containsExactly("FRAGOV>TUR:130");
        assertThat(events("Beijing said Tokyo would face repercussions over the release of the water."))
                .containsExactly("CHNGOV>JPNGOV:130");
        // punishment or a harsh answer foretold to the named one
        assertThat(events("Tehran said Israel would face harsh punishment for the strike on its consulate."))
                .anyMatch(e -> e.startsWith("IRNGOV>ISR") && e.endsWith(":130"));
        assertThat(events("Pyongyang said Seoul would face a crushing response to any provocation."))
                .containsExactly("PRKGOV>KORGOV:130");
    }

    @Test
    void aRiskForeseenForPeopleOrTheEconomyIsNoThreat() {
        // a grave outcome foreseen is a risk (012), not a penalty the speaker's side will impose
        assertThat(events("The UN said there would be dire consequences for civilians in Gaza."))
                .noneMatch(e -> e.endsWith(":130"));
        assertThat(events("The IMF warned Argentina that the policy could lead to inflation.")).containsExactly("IGOBUSIMF>ARG:012");
        assertThat(events("Germany warned Israel that an offensive in Rafah would have disastrous consequences."))
                .containsExactly("DEU>ISR:012");
    }

    @Test
    void sanctionsForeseenAsTheOutcomeOfAStepAreAThreatOfSanctions() {
        assertThat(events("The United States warned India that buying the Russian fighter jets could lead to sanctions."))
                .containsExactly("USA>IND:1312");
        assertThat(events("Britain warned Russia that an invasion would trigger sanctions.")).containsExactly("GBR>RUS:1312");
        assertThat(events("The EU warned Hungary that the law could result in penalties.")).containsExactly("IGOEUREEC>HUN:1312");
        assertThat(events("The State Department said Turkey's purchase could lead to sanctions.")).containsExactly("USAGOV>TUR:1312");
        assertThat(events("Berlin said the move would trigger new sanctions against Moscow.")).containsExactly("DEUGOV>RUSGOV:1312");
    }

    @Test
    void anAnswerOnAConditionKeepsItsPenaltyAndAKindAnswerIsNoThreat() {
        // "would respond if X ..." alone stays as before: its target is the one told (StatementTargetsTest, stmt20)
        assertThat(events("Canada said it would respond with counter-tariffs if the United States imposed duties."))
                .containsExactly("CAN>USA:1312");
        assertThat(events("Iran said it would respond positively if the United States returned to the deal."))
                .noneMatch(e -> e.contains(":13"));
        assertThat(events("The minister said he would respond if asked.")).isEmpty();
    }

    @Test
    void measuresVowedAgainstTheNamedOneAreAThreatNotAPledge() {
        assertThat(events("China vowed 'resolute and forceful measures' against the Philippines after the collision at the shoal."))
                .containsExactly("CHN>PHL:130");
        assertThat(events("Beijing promised forceful measures against Lithuania.")).containsExactly("CHNGOV>LTU:130");
        assertThat(events("Russia pledged tough measures against Estonia over the monument.")).containsExactly("RUS>EST:130");
        assertThat(events("Moscow vowed measures against Finland.")).containsExactly("RUSGOV>FIN:130");
    }

    @Test
    void measuresPledgedForSomeoneOrAgainstNoActorAreNoThreat() {
        assertThat(events("Germany pledged all necessary measures to help Ukraine.")).noneMatch(e -> e.contains(":13"));
        assertThat(events("China vowed strong measures against corruption.")).isEmpty();
    }

    @Test
    void forceLaunchedAfterAModalIsAThreatOfForce() {
        assertThat(events("Turkey will launch a military operation against the YPG, Erdogan said.")).containsExactly("TUR>SYRUAF:138");
        assertThat(events("Erdogan said Turkey may launch a cross-border offensive against Kurdish fighters in Iraq."))
                .containsExactly("TUR>IRQREB:138");
        assertThat(events("Pakistan said it would launch an operation against the Pakistani Taliban.")).containsExactly("PAK>PAKREB:138");
        assertThat(events("Turkey will launch an invasion of Syria.")).containsExactly("TUR>SYR:138");
        // done, it is the attack itself
        assertThat(events("Turkey launched a military operation against the YPG.")).containsExactly("TUR>SYRUAF:190");
    }

    @Test
    void aLaunchThatIsNoForceIsNoThreat() {
        assertThat(events("North Korea will launch a satellite next month.")).isEmpty();
        assertThat(events("Sudan's army said it would launch an operation to evacuate foreign citizens from Khartoum.")).isEmpty();
        assertThat(events("French unions said they would launch strikes against the pension reform.")).isEmpty();
    }

    @Test
    void armsMakersThatSanctionsNameAreFirmsOfTheirState() {
        assertThat(events("China's foreign ministry said China would impose sanctions on Lockheed Martin."))
                .containsExactly("CHN>USABUS:1312");
        assertThat(events("Beijing said it would sanction Raytheon over the arms sale to Taiwan.")).contains("CHNGOV>USABUS:1312");
    }
}
