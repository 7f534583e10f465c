package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.statement.CodedStatements.only;
import static org.touchstone.coder.statement.CodedStatements.statements;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Statement;

/**
 * Who speaks when the agent is a passive's "by" phrase, a coordination, or stands after the words (session 16): the
 * coordinated agents of a passive speech act speak together and are never each other's targets; a trailing bare office
 * is the acting state's; a speech act told inside another side's words is told of, not said; "the country" after a
 * speaker named after the words is that speaker's.
 */
class PassiveSpeakersTest {
    private static List<String> events(String text) {
        return CoderTestSupport.events(text, LocalDate.of(2023, 6, 15));
    }

    private static List<String> coded(String text) {
        return statements(text).stream().map(s -> s.speaker() + " " + s.targets() + " " + s.code() + (s.named() ? "" : " alluded"))
                .toList();
    }

    @Test
    void coordinatedAgentsOfAPassiveCriticismSpeakTogetherAboutAnUnnamedDoer() {
        // like the active "France and Germany denounced the shelling of Kharkiv" (S7-9: no target, no event, alluded)
        for (String text : List.of("The shelling of Kharkiv was denounced by France and Germany.",
                "The shelling of Kharkiv was condemned by Britain, France and Germany.",
                "The missile strike on Odesa was criticised by Japan and South Korea.",
                "The bombing of the hospital has been condemned by Jordan and Egypt.",
                "The raid on the embassy was slammed by Mexico and Brazil.")) {
            assertThat(events(text)).as(text).isEmpty();
            assertThat(statements(text)).as(text).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(s -> {
                        assertThat(s.targets()).as(text).isEmpty();
                        assertThat(s.named()).as(text).isFalse();
                        assertThat(s.code()).as(text).isEqualTo("111");
                    });
        }
        assertThat(coded("France and Germany denounced the shelling of Kharkiv."))
                .containsExactly("FRA [] 111 alluded", "DEU [] 111 alluded");
        assertThat(coded("The shelling of Kharkiv was denounced by France and Germany."))
                .containsExactly("FRA [] 111 alluded", "DEU [] 111 alluded");
        assertThat(coded("The attack on Kyiv was condemned by Poland.")).containsExactly("POL [] 111 alluded");
    }

    @Test
    void coordinatedAgentsOfAPassiveAreNeverEachOthersTargets() {
        assertThat(coded("The sanctions were condemned by China and Russia, their foreign ministers said."))
                .containsExactly("CHN [] 111", "RUS [] 111");
        assertThat(events("The sanctions were condemned by China and Russia, their foreign ministers said.")).isEmpty();
        assertThat(coded("The new sanctions were denounced by Beijing and Moscow as illegal."))
                .containsExactly("CHNGOV [] 111", "RUSGOV [] 111");
        assertThat(coded("The agreement was welcomed by Japan and South Korea.")).containsExactly("JPN [] 051", "KOR [] 051");
        assertThat(events("The agreement was welcomed by Japan and South Korea.")).isEmpty();
        assertThat(events("Japan and South Korea welcomed the agreement.")).isEmpty();
        assertThat(events("The truce was hailed by Qatar and Egypt as a breakthrough.")).isEmpty();
        // the "by" after "was" is the verb's, not the noun's: no ceasefire between the two who praised it
        assertThat(events("The ceasefire was praised by Qatar and Egypt.")).isEmpty();
    }

    @Test
    void thoseWhoWelcomeTheirOwnEarlierActTogetherAreNotEachOthersTargets() {
        // R6 across sentences: the act the previous sentence reported is the speakers' own, done together
        assertThat(coded("Modi and Xi held talks in Kazan on Wednesday. The two leaders welcomed the agreement."))
                .containsExactly("INDGOV [] 051", "CHNGOV [] 051");
        assertThat(events("Modi and Xi held talks in Kazan on Wednesday. The two leaders welcomed the agreement."))
                .noneMatch(e -> e.endsWith(":051"));
        assertThat(coded("Japan and South Korea signed a new accord on Monday. Both governments welcomed the deal."))
                .containsExactly("JPN [] 051", "KOR [] 051");
        // near miss: another's earlier act is still the target
        assertThat(events("North Korea fired two missiles on Sunday. South Korea's military condemned the launches."))
                .containsExactly("KORMIL>PRK:111");
    }

    @Test
    void aPassiveCriticismOfANamedDoerIsAimedAtIt() {
        assertThat(events("The sanctions imposed by Washington were condemned by China and Russia."))
                .containsExactlyInAnyOrder("CHN>USAGOV:111", "RUS>USAGOV:111");
        assertThat(events("Russia's annexation of Crimea was condemned by Germany and France."))
                .contains("DEU>RUS:111", "FRA>RUS:111");
        assertThat(events("The shelling of Kharkiv by Russian forces was condemned by France and Germany."))
                .contains("FRA>RUSMIL:111", "DEU>RUSMIL:111");
        assertThat(coded("Kyiv's offer was welcomed by France and Germany.")).containsExactly("FRA [UKRGOV] 051", "DEU [UKRGOV] 051");
        assertThat(events("Ukraine was praised by France and Germany for its courage.")).containsExactly("FRA>UKR:051", "DEU>UKR:051");
        // near misses: acts done together are still done to each other
        assertThat(events("The deal was signed by China and Russia.")).containsExactlyInAnyOrder("CHN>RUS:057", "RUS>CHN:057");
        assertThat(events("China and Russia praised each other's support.")).containsExactlyInAnyOrder("CHN>RUS:051", "RUS>CHN:051");
    }

    @Test
    void aTrailingOfficeIsTheActingStates() {
        Statement s = only("Two Japanese diplomats will be expelled by Moscow, the foreign ministry said.");
        assertThat(s.speaker()).isEqualTo("RUSGOV");
        assertThat(s.targets()).containsExactly("JPNGOV");
        assertThat(s.code()).isEqualTo("1313"); // S7-8, like "Britain would expel 23 Russian diplomats"
        assertThat(events("Two Japanese diplomats will be expelled by Moscow, the foreign ministry said."))
                .containsExactly("RUSGOV>JPNGOV:1313");
        assertThat(only("Three Estonian diplomats are to be expelled by Russia, the foreign ministry said.").speaker()).isEqualTo("RUSGOV");
        assertThat(only("Two Lithuanian diplomats would be expelled by Belarus, the foreign ministry said.").speaker()).isEqualTo("BLRGOV");
        assertThat(only("Japanese fishing boats will be seized by Russia, the defence ministry said.").speaker()).isEqualTo("RUSGOVMIL");
        assertThat(only("Two Russian diplomats will be expelled by Tokyo, the foreign ministry said.").speaker()).isEqualTo("JPNGOV");
        // the active twin, and a phrase fronted before the subject
        assertThat(only("Moscow will expel two Japanese diplomats, the foreign ministry said.").speaker()).isEqualTo("RUSGOV");
        assertThat(only("After Japanese protests, Moscow expelled two diplomats, the foreign ministry said.").speaker()).isEqualTo("RUSGOV");
        // "soon" inside the verb group keeps its modal: announced, not done (S7-8)
        assertThat(events("Five German diplomats will soon be expelled by Moscow, a ministry spokeswoman said."))
                .containsExactly("RUSGOV>DEUGOV:1313");
        assertThat(events("China will soon send an envoy to Ukraine.")).containsExactly("CHN>UKR:036");
        assertThat(events("Russia soon attacked Ukraine.")).containsExactly("RUS>UKR:190");
        // near miss: with no doer named, the one state the sentence names
        assertThat(only("Two Japanese diplomats will be expelled, the foreign ministry said.").speaker()).isEqualTo("JPNGOV");
    }

    @Test
    void aSpeechActToldInAnotherSidesWordsIsNoStatementOfItsSubject() {
        // R3a: the refusal is an act told by Putin (events), not words of the United States or NATO
        for (String text : List.of("Vladimir Putin said the United States and NATO had ignored Russia's proposals.",
                "The United States and NATO ignored Russia's proposals, Putin said.",
                "Russia's proposals were ignored by the United States and NATO, Putin said.")) {
            assertThat(coded(text)).as(text).containsExactly("RUSGOV [USA, IGOWSTNAT] 010");
            assertThat(events(text)).as(text).containsExactlyInAnyOrder("USA>RUS:120", "IGOWSTNAT>RUS:120");
        }
        assertThat(coded("Putin said Washington had rejected Moscow's security proposals.")).containsExactly("RUSGOV [USAGOV] 010");
        assertThat(coded("Lavrov told reporters that NATO had dismissed Russia's offer of talks.")).containsExactly("RUSGOV [IGOWSTNAT] 010");
        assertThat(coded("Putin said NATO had condemned the referendums.")).containsExactly("RUSGOV [IGOWSTNAT] 010");
    }

    @Test
    void aSpeechActOutsideAnotherSidesWordsStillSpeaks() {
        // the real case: the own side's ministry reports its state's rejection, or it is said in words of its own
        assertThat(coded("The United States rejected Russia's proposals, the State Department said.")).containsExactly("USAGOV [RUS] 127");
        assertThat(coded("The United States rejected Russia's proposals, saying they were unacceptable.")).containsExactly("USA [RUS] 127");
        // a clause of its own after a comma, an outlet reporting, a pronoun for the speakers themselves
        assertThat(coded("Kyiv said Russian drones struck Odesa overnight, and Moscow denied targeting civilians."))
                .contains("RUSGOV [UKRGOV] 016");
        assertThat(coded("Ukraine said Russia had rejected the proposal, while Moscow accused Kyiv of sabotage."))
                .contains("RUSGOV [UKRGOV] 1125");
        assertThat(coded("Iran's Revolutionary Guards said they had struck an Israeli base in Erbil, an attack Iraq condemned as a violation of its sovereignty."))
                .contains("IRQ [IRNMIL] 111");
        assertThat(coded("Hamas condemned the strike, Al Jazeera reported.")).contains("PSEREB [] 111");
        // a new subject after "and", not an actor of a list
        assertThat(statements("Russia said it had repelled an attack and Ukraine accused Moscow of shelling Kharkiv."))
                .extracting(Statement::speaker).containsExactly("RUS", "UKR");
    }

    @Test
    void wordsAddedAfterATrailingSpeakerGiveTheStanceTheFirstWordsLacked() {
        assertThat(coded("The embassy will remain closed until further notice, Kuwait said, adding that the country would not tolerate interference."))
                .containsExactly("KWT [] 130");
        // like the words before the speaker ("Kuwait said the country would not tolerate interference")
        assertThat(coded("Kuwait said the country would not tolerate interference.")).containsExactly("KWT [] 130");
        assertThat(coded("The embassy will remain closed until further notice, Kuwait said, adding that the country would expel Iraq's ambassador."))
                .containsExactly("KWT [IRQGOV] 1313");
        assertThat(events("The border will stay shut, Poland said, adding that the country would send more troops to the frontier with Belarus."))
                .containsExactly("POL>BLR:138");
        assertThat(coded("Egypt will host the talks, Cairo said, adding that the country would invite Israel and Hamas."))
                .containsExactly("EGYGOV [ISR, PSEREB] 036");
        // near misses: a first stance stands; "adding" with no "that" reports nothing
        assertThat(coded("Iran fired missiles at Israel, the Israeli military said, adding that most had been intercepted."))
                .containsExactly("ISRMIL [IRN] 1123");
        assertThat(statements("Russia massed troops on the border, adding to tensions.")).isEmpty();
    }

    @Test
    void theCountryInWordsBeforeATrailingSpeakerIsTheSpeakers() {
        // as before the words ("Kuwait said Iraq was planning to invade the country" -> Kuwait)
        assertThat(events("Israel had attacked the country's nuclear sites, Iran said.")).containsExactly("ISR>IRN:190");
        assertThat(events("Russian drones attacked the country overnight, Ukraine said.")).containsExactly("RUSMIL>UKR:190");
        assertThat(events("Iraq invaded the country, Kuwait said.")).containsExactly("IRQ>KWT:190");
        assertThat(events("Belarus was plotting to destabilise the country, Lithuania said.")).containsExactly("LTU>BLR:112");
        // near miss: the subject's own possessive stays its own
        assertThat(events("Russia's parliament voted to suspend the country's participation in the treaty, the Kremlin said.")).isEmpty();
    }
}
