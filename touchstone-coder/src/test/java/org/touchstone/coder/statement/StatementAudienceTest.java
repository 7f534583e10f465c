package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Audience;
import org.touchstone.core.Statement;

/** Session 20 (aud20): the audience a sentence gives for the words, on sentences written for the test. */
class StatementAudienceTest {
    private static Audience audience(String text, String speaker) {
        List<Statement> all = CoderTestSupport.code(text, LocalDate.of(2024, 3, 1)).statements();
        return all.stream().filter(st -> st.speaker().equals(speaker)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement of " + speaker + " in: " + text + " " + all)).audience();
    }

    @Test
    void wordsSaidAtAnEncounterWithTheOneTheyAreAboutAreSaidToIt() {
        assertThat(audience("Blinken pressed Netanyahu in Jerusalem on Monday to allow more aid into Gaza.", "USAGOV"))
                .isEqualTo(Audience.TARGET);
        assertThat(audience("Scholz urged Xi in Beijing to use his influence on Russia.", "DEUGOV")).isEqualTo(Audience.TARGET);
        assertThat(audience("Modi visited Moscow and praised Russia as a trusted friend of India.", "INDGOV"))
                .isEqualTo(Audience.TARGET);
        assertThat(audience("Erdogan rejected Biden's criticism during an hour-long phone call on Tuesday.", "TURGOV"))
                .isEqualTo(Audience.TARGET);
        assertThat(audience("Zelensky accused Russia of genocide during a tense meeting with Trump in the Oval Office.", "UKRGOV"))
                .isEqualTo(Audience.TARGET);
    }

    /** Session 35: "such" before a gathering takes up the encounter told, no forum of its own. */
    @Test
    void aSuchSummitTakesUpTheTalksTold() {
        assertThat(audience("Japan's prime minister said ties with China were improving as he held talks in Beijing with Xi Jinping, "
                + "the first such summit in five years.", "JPNGOV")).isEqualTo(Audience.TARGET);
    }

    /** Session 35: words handed to a named outlet ("in a video passed to the BBC") were given to it. */
    @Test
    void wordsHandedToAnOutletAreGivenToIt() {
        assertThat(audience("Gabon's ousted president said in a video passed to Al Jazeera that the army had detained him.", "GABGOV"))
                .isEqualTo(Audience.FOREIGN_MEDIA);
    }

    /** Session 35: the speaker's own speech with no forum named is at home; a forum named is still the channel. */
    @Test
    void theSpeakersOwnSpeechIsAtHome() {
        assertThat(audience("In his first speech since the election, the Iraqi prime minister warned Turkey against new strikes.",
                "IRQGOV")).isEqualTo(Audience.DOMESTIC);
        assertThat(audience("In his speech to the UN General Assembly, the Iraqi prime minister warned Turkey against new strikes.",
                "IRQGOV")).isEqualTo(Audience.MULTILATERAL);
    }

    /** Session 35: the UN as a whole or the world's leaders asked in an appeal are its addressees, not a forum. */
    @Test
    void theUnitedNationsOrWorldLeadersAskedAreNoForum() {
        assertThat(audience("Somalia's president appealed to the United Nations for more food aid after the drought.", "SOMGOV"))
                .isEqualTo(Audience.UNKNOWN);
        assertThat(audience("The Sri Lankan president urged world leaders to cancel the debts of poor nations.", "LKAGOV"))
                .isEqualTo(Audience.UNKNOWN);
        // a body that sits is still where the words were said
        assertThat(audience("The Sri Lankan president urged the UN General Assembly to cancel the debts of poor nations.", "LKAGOV"))
                .isEqualTo(Audience.MULTILATERAL);
        assertThat(audience("The Sri Lankan president urged world leaders at the UN General Assembly to cancel the debts of poor nations.",
                "LKAGOV")).isEqualTo(Audience.MULTILATERAL);
    }

    @Test
    void anEncounterTheWordsReportOrThatCameBeforeThemIsNoChannel() {
        // the encounter is what the speaker reports: inside its words, or before a speaker named after it
        assertThat(audience("The Kremlin said Putin had received a call from Macron.", "RUSGOV")).isEqualTo(Audience.UNKNOWN);
        assertThat(audience("Buhari met Biya in Yaounde on Monday, the Nigerian presidency said.", "NGAGOV"))
                .isEqualTo(Audience.UNKNOWN);
        // an encounter named as the time of the words
        assertThat(audience("Blinken said after meeting Xi in Beijing that China must stop supplying Russia.", "USAGOV"))
                .isEqualTo(Audience.UNKNOWN);
        assertThat(audience("Biden criticised China before meeting Xi in California.", "USAGOV")).isEqualTo(Audience.UNKNOWN);
    }

    @Test
    void aGatheringOfOfficeHoldersIsAForumOrAnAddressAtHome() {
        assertThat(audience("Macron told a meeting of European leaders in Paris that ground troops could not be ruled out.", "FRAGOV"))
                .isEqualTo(Audience.MULTILATERAL);
        assertThat(audience("Wang Yi told a gathering of Arab foreign ministers in Riyadh that Israel must end the war in Gaza.",
                "CHNGOV")).isEqualTo(Audience.MULTILATERAL);
        // the speaker's own people gathered
        assertThat(audience("Macron told a conference of French ambassadors in Paris that Assad had gassed civilians.", "FRAGOV"))
                .isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Erdogan told a meeting of his ministers that Israel was committing genocide.", "TURGOV"))
                .isEqualTo(Audience.DOMESTIC);
        // a gathering named as the time of the words
        assertThat(audience("Macron criticised Russia after a meeting of European leaders in Paris.", "FRAGOV"))
                .isEqualTo(Audience.UNKNOWN);
    }

    @Test
    void anOrganizationSpeakingByItsMembersTogetherSpeaksAtItsForum() {
        assertThat(audience("G7 foreign ministers condemned North Korea's missile launch in a joint statement on Saturday.", "IGOBUSGOS"))
                .isEqualTo(Audience.MULTILATERAL);
        assertThat(audience("G7 leaders condemned Iran's attack on Israel after holding a video call on Sunday.", "IGOBUSGOS"))
                .isEqualTo(Audience.MULTILATERAL);
        assertThat(audience("EU foreign ministers condemned Belarus in a communique on Monday.", "IGOEUREEC"))
                .isEqualTo(Audience.MULTILATERAL);
        // the members with no joint text or meeting named
        assertThat(audience("EU leaders demanded the release of the journalist from Belarus.", "IGOEUREEC")).isEqualTo(Audience.UNKNOWN);
    }

    @Test
    void talksOfManyPartiesAndAnOrganizationAsThePlaceAreForums() {
        assertThat(audience("North Korea's chief delegate told the six-party talks in Beijing that Pyongyang might test a nuclear device.",
                "PRKGOV")).isEqualTo(Audience.MULTILATERAL);
        assertThat(audience("Russia accused Ukraine at the OSCE on Thursday of shelling civilians.", "RUS"))
                .isEqualTo(Audience.MULTILATERAL);
        assertThat(audience("Colombia accused Venezuela at the OAS of harbouring rebels.", "COL")).isEqualTo(Audience.MULTILATERAL);
        // the organization as the one spoken of
        assertThat(audience("Russia accused the OSCE of bias.", "RUS")).isEqualTo(Audience.UNKNOWN);
        // the organization as the place of a deed in the words
        assertThat(audience("The European Union said it would challenge the new US steel tariffs at the WTO.", "IGOEUREEC"))
                .isEqualTo(Audience.UNKNOWN);
    }

    @Test
    void anotherLeadersAddressIsWhatTheWordsAreAbout() {
        assertThat(audience("Beijing condemned Lai Ching-te's inaugural address as a confession of independence.", "CHNGOV"))
                .isEqualTo(Audience.UNKNOWN);
        assertThat(audience("Moscow dismissed Zelensky's nightly address as propaganda.", "RUSGOV")).isEqualTo(Audience.UNKNOWN);
        // the speaker's own address is the channel, and an organization's summit is its forum
        assertThat(audience("Putin accused the West of hypocrisy in his annual address.", "RUSGOV")).isEqualTo(Audience.DOMESTIC);
        assertThat(audience("The Kremlin said Putin would accuse the West of hypocrisy at the bloc's summit in Johannesburg.",
                "RUSGOV")).isEqualTo(Audience.MULTILATERAL);
    }

    @Test
    void aForeignWordIsTheOutletsOnlyBeforeItsNoun() {
        assertThat(audience("Egypt's president blamed foreign hands for the unrest in an interview with state television.", "EGYGOV"))
                .isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Zelensky said in an interview with a Western newspaper that Russia was preparing an offensive.", "UKRGOV"))
                .isEqualTo(Audience.FOREIGN_MEDIA);
    }

    @Test
    void believersAndVotersToldAtHomeAreADomesticAudience() {
        assertThat(audience("The Pope urged Russia and Ukraine to negotiate, telling pilgrims in St Peter's Square that war is always a defeat.",
                "VATGOV")).isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Khamenei told worshippers in Tehran that the United States was the enemy.", "IRNGOV"))
                .isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Erdogan told voters in Istanbul that Israel would pay.", "TURGOV")).isEqualTo(Audience.DOMESTIC);
    }

    @Test
    void callsAndVideoMeetingsWithTheTargetAndWarningsAtTheirSummitAreToIt() {
        assertThat(audience("During their summit in Geneva, Biden warned Putin against cyberattacks.", "USAGOV"))
                .isEqualTo(Audience.TARGET);
        assertThat(audience("At their summit in Bali, Biden pressed Xi to rein in North Korea.", "USAGOV")).isEqualTo(Audience.TARGET);
        assertThat(audience("Speaking to Biden over the phone, Xi warned that the United States should not play with fire.", "CHNGOV"))
                .isEqualTo(Audience.TARGET);
        assertThat(audience("Xi said in a video conference with Biden that Washington should not play with fire.", "CHNGOV"))
                .isEqualTo(Audience.TARGET);
        // a video link to a forum, and a warning at a summit of many, are the forum's
        assertThat(audience("Zelensky told the UN Security Council by video link that Russia had committed war crimes.", "UKRGOV"))
                .isEqualTo(Audience.MULTILATERAL);
        assertThat(audience("At the G20 summit in Bali, Biden warned Russia against using nuclear weapons.", "USAGOV"))
                .isEqualTo(Audience.MULTILATERAL);
    }
}
