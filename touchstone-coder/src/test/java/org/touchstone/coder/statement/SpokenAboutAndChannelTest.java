package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.statement.CodedStatements.only;
import static org.touchstone.coder.statement.CodedStatements.statements;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Audience;
import org.touchstone.core.Statement;

/**
 * Whom statements are about and where they were said (session 18): the words' own name of the addressee's country wins
 * over the one told; a participle charging back "it" or "the channel" is about the target of the deed before it; news
 * naming no one else is about the one other organ of the speaker's state acting in it; a person told to his face at a
 * forum is the channel; the Commons and television are home channels. Sentences written for the test.
 */
class SpokenAboutAndChannelTest {
    private static List<String> events(String text) {
        return CoderTestSupport.events(text, LocalDate.of(2023, 6, 15));
    }

    private static String coded(String text) {
        Statement s = only(text);
        return s.speaker() + " " + s.targets() + " " + s.audience() + " " + s.code();
    }

    @Test
    void theWordsOwnNameOfTheAddresseesCountryWins() {
        // dev g-067 ("praised Pakistan during talks with his counterpart" PAK): the country as the words name it
        assertThat(coded("Lula told visiting German Chancellor Olaf Scholz in Brasilia that Brazil would not sell Germany any ammunition."))
                .isEqualTo("BRAGOV [DEU] TARGET 1212");
        assertThat(coded("Prime Minister Anthony Albanese told Xi Jinping during talks in Beijing that Australia wanted stable relations with China."))
                .isEqualTo("AUSGOV [CHN] TARGET 030");
        assertThat(coded("Kishida told visiting South Korean President Yoon Suk Yeol in Tokyo that Japan would lift export curbs on South Korea."))
                .isEqualTo("JPNGOV [KOR] TARGET 0354");
        assertThat(coded("Erdogan told visiting Swedish Prime Minister Ulf Kristersson in Ankara that Turkey would back Sweden's bid."))
                .isEqualTo("TURGOV [SWE] TARGET 032");
        // near misses: words that name nothing of the addressee's country are about the one told
        assertThat(coded("Erdogan told Olaf Scholz in a phone call that relations had improved.")).isEqualTo("TURGOV [DEUGOV] TARGET 010");
        assertThat(coded("South Korea's prime minister handed a letter to Japan's prime minister in Tokyo, calling for improved ties."))
                .isEqualTo("KORGOV [JPNGOV] TARGET 020");
    }

    @Test
    void aParticipleChargingBackItIsAboutTheTargetOfTheDeedBeforeIt() {
        // S7-6: one act (the deed), the participle gives the statement, about the deed's target
        for (String[] c : new String[][] {
                {"Qatar cut diplomatic ties with Bahrain, accusing it of meddling in its internal affairs.", "QAT [BHR] UNKNOWN 112", "QAT>BHR:161"},
                {"Ghana cut diplomatic ties with Mali, accusing it of supporting terrorism.", "GHA [MLI] UNKNOWN 112", "GHA>MLI:161"},
                {"Algeria recalled its ambassador from Spain, accusing it of betraying the Sahrawi people.", "DZA [ESP] UNKNOWN 112", "DZA>ESP:161"},
                {"Washington froze its funding for the World Health Organization, blaming it for the spread of the virus.",
                        "USAGOV [IGOUNOHLHWHO] UNKNOWN 112", "USAGOV>IGOUNOHLHWHO:162"},
                {"Ghana suspended the broadcasts of Radio France Internationale, accusing the station of spreading lies.",
                        "GHA [FRAMED] UNKNOWN 112", "GHA>FRAMED:1721"}}) {
            assertThat(coded(c[0])).as(c[0]).isEqualTo(c[1]);
            assertThat(events(c[0])).as(c[0]).containsExactly(c[2]);
        }
        // near misses: a thing blamed on something ("blaming it on") and an actor named by the participle
        assertThat(coded("Egypt closed its border with Sudan, blaming it on the fighting.")).isEqualTo("EGY [] UNKNOWN 112");
        assertThat(coded("Ghana suspended the broadcasts of Radio France Internationale, accusing the West of spreading lies."))
                .isEqualTo("GHA [WST] UNKNOWN 112");
    }

    @Test
    void newsNamingNoOneElseIsAboutTheOtherOrganOfTheOwnStateActingInIt() {
        assertThat(coded("Soldiers of Niger's presidential guard detained President Mohamed Bazoum in Niamey, the presidency said."))
                .isEqualTo("NERGOV [NERMIL] UNKNOWN 010");
        assertThat(coded("Sudan's army arrested the prime minister, the government said.")).isEqualTo("SDNGOV [SDNMIL] UNKNOWN 010");
        assertThat(coded("Bangladesh's army chief announced that the prime minister had resigned.")).isEqualTo("BGDMIL [BGDGOV] UNKNOWN 010");
        assertThat(coded("The prime minister of Nepal resigned on Friday, the army chief said.")).isEqualTo("NPLMIL [NPLGOV] UNKNOWN 010");
        assertThat(coded("Speaker Kevin McCarthy announced an impeachment inquiry into President Joe Biden."))
                .isEqualTo("USALEG [USAGOV] UNKNOWN 010");
        // near misses: the own forces' deed told by their ministry, and news with a foreign actor in it
        assertThat(coded("Russian troops captured the town of Soledar, Russia's defence ministry said.")).isEqualTo("RUSGOVMIL [] UNKNOWN 010");
        assertThat(coded("Turkish troops have begun deploying to Libya, Erdogan said.")).isEqualTo("TURGOV [LBY] UNKNOWN 015");
    }

    @Test
    void aPersonToldToHisFaceAtAForumIsTheChannel() {
        assertThat(statements("At a summit in Jakarta, Anthony Albanese told Joko Widodo that Australia would help Indonesia build ports."))
                .singleElement().extracting(Statement::audience).isEqualTo(Audience.TARGET);
        assertThat(statements("On the sidelines of the G20 summit in Bali, Joe Biden told Xi Jinping that relations had to improve."))
                .singleElement().extracting(Statement::audience).isEqualTo(Audience.TARGET);
        // near misses: the forum itself addressed, or no one told
        assertThat(statements("Addressing the G20 summit in Bali, Joe Biden said the United States would help Indonesia build ports."))
                .singleElement().extracting(Statement::audience).isEqualTo(Audience.MULTILATERAL);
        assertThat(statements("Zelensky told the UN Security Council that Russia must be held accountable."))
                .singleElement().extracting(Statement::audience).isEqualTo(Audience.MULTILATERAL);
    }

    @Test
    void theCommonsAndTelevisionAreHomeChannels() {
        assertThat(coded("Foreign Secretary James Cleverly told the Commons that Britain would expel a Russian diplomat."))
                .isEqualTo("GBRGOV [RUSGOV] DOMESTIC 1313");
        assertThat(coded("Iran's supreme leader said on television that the United States was behind the riots."))
                .isEqualTo("IRNGOV [USA] DOMESTIC 112");
        assertThat(coded("Iran's supreme leader said that the United States was behind the riots.")).isEqualTo("IRNGOV [USA] UNKNOWN 112");
    }
    @Test
    void twoStatesSpeakingTogetherOfNoOneElseSpeakOfEachOther() {
        for (String[] c : new String[][] {
                {"Armenia and Azerbaijan said on Thursday they had agreed on the text of a peace treaty.", "ARM [AZE]", "AZE [ARM]"},
                {"Serbia and Kosovo said in a joint statement that they would normalise relations.", "SRB [KSV]", "KSV [SRB]"},
                {"Ethiopia and Eritrea announced that they would reopen their border crossings.", "ETH [ERI]", "ERI [ETH]"},
                {"Japan and South Korea said on Friday that the talks had been productive.", "JPN [KOR]", "KOR [JPN]"}}) {
            assertThat(statements(c[0]).stream().map(s -> s.speaker() + " " + s.targets()).toList()).as(c[0])
                    .containsExactlyInAnyOrder(c[1], c[2]);
        }
        // near miss: a third party spoken of; three speaking together speak of one another (session 27, ThreeJointSpeakersTest)
        assertThat(statements("Britain and France said in a joint statement that Russia must withdraw its troops.").stream()
                .map(s -> s.speaker() + " " + s.targets()).toList()).containsExactlyInAnyOrder("GBR [RUS]", "FRA [RUS]");
        assertThat(statements("Britain, France and Germany said in a joint statement that they would keep the nuclear deal alive."))
                .hasSize(3).allSatisfy(s -> assertThat(s.targets()).hasSize(2).doesNotContain(s.speaker()));
    }
    @Test
    void anAppealToLeanOnAThirdPartyIsAboutItToo() {
        assertThat(coded("Bangladesh's prime minister urged the UN General Assembly to pressure Myanmar to take back the refugees."))
                .isEqualTo("BGDGOV [IGOUNO, MMR] MULTILATERAL 020");
        assertThat(coded("Zelensky urged Xi Jinping to \"bring Russia to its senses\".")).isEqualTo("UKRGOV [CHNGOV, RUS] UNKNOWN 020");
        assertThat(coded("Ukraine called on India to persuade Russia to end the war.")).isEqualTo("UKR [IND, RUS] UNKNOWN 027");
        // near miss: the one helped or sent to is not leaned on (dev g-019)
        assertThat(coded("Zelensky urged Germany to help Ukraine with weapons.")).isEqualTo("UKRGOV [DEU] UNKNOWN 023");
    }
}
