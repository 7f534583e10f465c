package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.coder.CodedDocument;
import org.touchstone.core.Statement;

/**
 * A pair acting or speaking together toward a third party (session 16): "the two countries", "both sides", "the two
 * leaders" or coordinated subjects that oppose, reject or condemn something speak of a third party, alluded when the
 * words name none, never of each other; only "each other" or a mutual stance (agreeing, a meeting called constructive)
 * turns it on the pair. A pair's stance told inside the words of one of its members is that member's statement.
 */
class JointStancesTest {
    private static CodedDocument code(String text) {
        return CoderTestSupport.code(text, LocalDate.of(2023, 6, 15));
    }

    private static List<String> events(String text) {
        return CoderTestSupport.events(code(text));
    }

    /** "SPEAKER [TARGETS] CODE" (and " alluded") of the statements of the document's last sentence. */
    private static List<String> said(String text) {
        CodedDocument d = code(text);
        int last = d.statements().stream().mapToInt(s -> s.provenance().sentenceIndex()).max().orElse(0);
        return d.statements().stream().filter(s -> s.provenance().sentenceIndex() == last)
                .map(JointStancesTest::said).toList();
    }

    private static String said(Statement s) {
        return s.speaker() + " " + s.targets() + " " + s.code() + (s.named() ? "" : " alluded");
    }

    @Test
    void aPairThatRejectsOrOpposesSpeaksOfAnUnnamedThirdParty() {
        String text = "Lavrov held talks with Wang Yi in Beijing. The two countries said no state has the right to impose"
                + " its values on others and rejected interference in internal affairs.";
        assertThat(said(text)).containsExactlyInAnyOrder("RUSGOV [] 112 alluded", "CHNGOV [] 112 alluded");
        assertThat(events(text)).noneMatch(e -> e.endsWith(":112"));
        assertThat(said("Putin held talks with Xi Jinping in Moscow. Both sides said they opposed unilateral sanctions."))
                .containsExactlyInAnyOrder("RUSGOV [] 111 alluded", "CHNGOV [] 111 alluded");
        assertThat(said("Modi met Lula in Brasilia. The two leaders said they rejected bloc confrontation and protectionism."))
                .containsExactlyInAnyOrder("INDGOV [] 111 alluded", "BRAGOV [] 111 alluded");
        assertThat(events("Erdogan met Raisi in Tehran. Both presidents said they condemned foreign meddling in the region."))
                .noneMatch(e -> e.startsWith("TURGOV>IRNGOV:11") || e.startsWith("IRNGOV>TURGOV:11"));
    }

    @Test
    void aPairThatNamesTheThirdPartySpeaksOfItOnly() {
        String text = "Russia and China held talks in Beijing. The two sides said the United States must lift its sanctions.";
        assertThat(said(text)).allMatch(s -> s.contains("[USA]"));
        assertThat(events("India and Brazil called for reform of the Security Council."))
                .containsExactlyInAnyOrder("IND>IGOUNOSCR:020", "BRA>IGOUNOSCR:020");
        assertThat(events("Xi and Putin met in Moscow. The two leaders criticised the United States."))
                .contains("CHNGOV>USA:111", "RUSGOV>USA:111").doesNotContain("CHNGOV>RUSGOV:111", "RUSGOV>CHNGOV:111");
    }

    @Test
    void eachOtherOrAMutualStanceStaysBetweenThePair() {
        // near misses: the words turn the stance on the pair itself
        assertThat(events("Armenia and Azerbaijan held talks in Brussels. The two countries accused each other of violating the truce."))
                .contains("ARM>AZE:112", "AZE>ARM:112");
        assertThat(events("Biden and Putin held talks in Geneva. Both sides described the meeting as constructive."))
                .contains("USAGOV>RUSGOV:013", "RUSGOV>USAGOV:013");
        assertThat(said("Blinken met Xi Jinping in Beijing. Both sides said they had agreed to stabilise relations."))
                .containsExactlyInAnyOrder("USAGOV [CHNGOV] 030", "CHNGOV [USAGOV] 030");
        assertThat(events("China and Russia criticised each other's positions.")).contains("CHN>RUS:111", "RUS>CHN:111");
        assertThat(events("Chinese and Russian ministers met in Beijing. The two countries signed an agreement."))
                .contains("RUSGOV>CHNGOV:057", "CHNGOV>RUSGOV:057");
    }

    @Test
    void eachOtherBelongsToItsOwnVerbGroup() {
        // "oppose hegemonism and will support each other": only the support is mutual
        String text = "Xi Jinping held talks with Vladimir Putin in Moscow. Xi said the two countries oppose hegemonism"
                + " and will support each other.";
        assertThat(events(text)).contains("CHNGOV>RUSGOV:032", "RUSGOV>CHNGOV:032")
                .noneMatch(e -> e.endsWith(":110"));
        assertThat(events("Lula met Xi in Beijing. Lula said the two countries reject protectionism and will deepen cooperation."))
                .contains("BRAGOV>CHNGOV:032", "CHNGOV>BRAGOV:032").noneMatch(e -> e.contains(":11") || e.contains(":12"));
    }

    @Test
    void aPairsStanceInsideTheWordsOfOneMemberIsThatMembersStatement() {
        String text = "Xi Jinping held talks with Vladimir Putin in Moscow. Xi said the two countries oppose hegemonism"
                + " and will support each other.";
        assertThat(said(text)).extracting(s -> s.split(" ")[0]).containsExactly("CHNGOV");
        assertThat(said("Putin met Kim Jong Un in Pyongyang. Putin said both sides condemned attempts to isolate them."))
                .extracting(s -> s.split(" ")[0]).containsExactly("RUSGOV");
        assertThat(said("Xi Jinping held talks with Vladimir Putin in Moscow. Putin said both countries oppose the expansion"
                + " of military blocs.")).extracting(s -> s.split(" ")[0]).containsExactly("RUSGOV");
        // near miss: the co-speakers of the saying itself each speak
        assertThat(said("During talks in Paris, Scholz and Macron told a joint news conference that they were of one mind"
                + " on the budget.")).extracting(s -> s.split(" ")[0]).containsExactlyInAnyOrder("DEUGOV", "FRAGOV");
    }

    @Test
    void thePartnerOfTheSpeakersStateInAJointStanceIsNotItsTarget() {
        assertThat(said("Wang Yi said China and Russia opposed unilateral sanctions.")).containsExactly("CHNGOV [] 111 alluded");
        assertThat(events("Wang Yi said China and Russia opposed unilateral sanctions.")).isEmpty();
        assertThat(said("Lavrov said Moscow and Beijing rejected interference in their internal affairs."))
                .containsExactly("RUSGOV [] 112 alluded");
        // near misses: a side the pair names stays the target; a clash between them is told against the other side;
        // a trailing attribution after a comma joins no one; an object pair is no joint subject
        assertThat(said("Macron said France and Germany condemned Russia's annexation of Crimea.")).containsExactly("FRAGOV [RUS] 111");
        assertThat(said("Kyrgyz and Tajik troops exchanged fire along the border, the Kyrgyz government said."))
                .containsExactly("KGZGOV [TJKMIL] 1123");
        assertThat(said("A Houthi drone struck a tanker in the Red Sea, the second attack by the group this week, US Central"
                + " Command said.")).containsExactly("USAMIL [YEMREB] 1123");
        assertThat(said("Zelensky said Russia had attacked Ukraine and Moldova.")).containsExactly("UKRGOV [RUS] 1123");
    }

    @Test
    void actorsNamedTogetherPraiseAThirdPartyNotEachOther() {
        assertThat(events("France and Germany welcomed the ceasefire.")).isEmpty();
        assertThat(events("India and Brazil hailed the deal.")).isEmpty();
        assertThat(events("France and Germany welcomed the agreement between Armenia and Azerbaijan."))
                .containsExactlyInAnyOrder("FRA>ARM:051", "FRA>AZE:051", "DEU>ARM:051", "DEU>AZE:051");
        // near misses: praise of each other or of their own ties stays between them; their own agreement is praised of no one
        assertThat(events("Japan and South Korea praised each other's efforts.")).containsExactlyInAnyOrder("JPN>KOR:051", "KOR>JPN:051");
        assertThat(events("Modi and Albanese hailed their growing partnership."))
                .containsExactlyInAnyOrder("INDGOV>AUSGOV:051", "AUSGOV>INDGOV:051");
        assertThat(events("Modi met Xi in Kazan. The two leaders welcomed the agreement on border patrols."))
                .noneMatch(e -> e.endsWith(":051"));
    }

    @Test
    void aPairsClauseAfterWhileIsNotInTheWordsBeforeIt() {
        // "X reaffirmed that ..., while the two sides expressed concern about ...": the pair speaks for itself
        String text = "Xi Jinping held talks with Vladimir Putin in Beijing. The Russian side reaffirmed that Taiwan is part"
                + " of China, while the two sides expressed serious concern about the security partnership between the"
                + " United States, Britain and Australia.";
        assertThat(said(text)).anyMatch(s -> s.startsWith("CHNGOV ") && s.contains("USA"));
    }
}
