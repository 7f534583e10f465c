package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a speaker's words say about a target (GOLD-SET.md R3c, R8, R11, R14), written for this test in ordinary news
 * English (never gold or tuning sentences): indignation and a deed called unforgivable (111); charges derided as
 * farcical or a fantasy deny them (016), and what the charge alleges is not the speaker's own allegation; a side said to
 * be responsible (112); a partner praised as a free society or a thriving democracy (051); sorrow (018); "there would
 * be no ceasefire" refuses to de-escalate (1246); gloating over an enemy's defeat (111) and the Iranian epithet for
 * Israel; a denial that names no accuser answers the speaker whose charge the same sentence reports; words judging
 * "the comment" or "his remarks" of a speaker told before are aimed at that speaker.
 * Each row is "date | sentence | expected events".
 */
class SpokenStanceTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-10 | Japan's foreign ministry said Tokyo was deeply indignant at the South Korean court's ruling on wartime labour. | JPNGOV>KORJUD:111
            2023-03-10 | The Turkish foreign ministry said the Swedish decision to allow the protest was unforgivable. | TURGOV>SWE:111
            2023-03-10 | Beijing said accusations of Chinese hacking of German ministries were 'ludicrous'. | CHNGOV>DEUGOV:016
            2023-03-10 | Azerbaijan's defence ministry said an Armenian drone was responsible. | AZEGOVMIL>ARMMIL:112
            2023-03-10 | Kyiv said Russian troops were responsible for the destruction of the dam. | UKRGOV>RUSMIL:112
            2023-03-10 | Blinken told Lithuania's president in Vilnius that Lithuania was a vibrant democracy. | USAGOV>LTU:051
            2023-03-10 | Macron said Taiwan was a thriving democracy and a beacon of freedom in Asia. | FRAGOV>TWN:051
            2023-03-10 | Putin told reporters there would be no ceasefire until Kyiv accepted the new borders. | RUSGOV>UKRGOV:1246
            2023-03-10 | Israel's defence minister said there will be no humanitarian pause in Gaza. | ISRGOVMIL>PSE:1246
            2023-03-10 | Iran's president told parliament that the Zionist regime had suffered a crushing defeat. | IRNGOV>ISR:111
            2023-03-10 | Venezuela's president accused 'a foreign power' of plotting to overthrow him, an apparent reference to the United States. | VENGOV>USA:112
            2023-03-10 | Kyiv accused Russian troops of shelling the Zaporizhzhia plant, but Moscow denied the accusation. | UKRGOV>RUSMIL:1123 RUSGOV>UKRGOV:016
            2023-03-10 | Ukraine's army said Russian missiles struck a school in Kharkiv, as Moscow denied attacking civilian targets. | RUSGOV>UKRMIL:016
            2023-03-10 | The Philippine coast guard said Chinese vessels had rammed its boat, a charge Beijing denied. | CHNGOV>PHLCOP:016
            2023-03-10 | Iran's foreign minister warned 'certain countries' against arming Kurdish groups, a veiled reference to Israel. | IRNGOV>ISR:130
            2023-03-10 | China's foreign ministry criticised 'outside powers' for stirring up trouble in the South China Sea, in an apparent reference to the United States. | CHNGOV>USA:111
            2023-03-10 | The Indian foreign ministry said the Chinese map was unacceptable and demanded that Beijing withdraw it. | INDGOV>CHNGOV:111 INDGOV>CHNGOV:1056
            2023-03-10 | Ankara said the Swedish ruling was a disgrace and urged Stockholm to act. | TURGOV>SWEGOV:111 TURGOV>SWEGOV:020
            2023-03-10 | Erdogan called Netanyahu a terrorist, and Israel's foreign ministry said his remarks were outrageous. | ISRGOV>TURGOV:111
            2023-03-10 | Biden called Xi a dictator, and China said the comments were irresponsible. | CHN>USAGOV:111
            2023-03-10 | Erdogan expressed sympathy for the people of Pakistan after the floods. | TURGOV>PAK:018
            2023-03-10 | Modi offered his condolences to the people of Nepal. | INDGOV>NPL:018
            2023-03-10 | Macron urged Putin to halt the offensive, but the Russian president told him that Moscow would fight on. | RUSGOV>FRAGOV:138
            2023-11-10 | Rishi Sunak urged Benjamin Netanyahu in Jerusalem to allow more aid into Gaza, but the Israeli prime minister told him there would be no truce for now. | ISRGOV>GBRGOV:1246
            """)
    void theWordsCarryTheStance(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    /**
     * Session 32 (miss32a): a person called a killer or a liar, a trial or a vote called a mockery or a travesty (111);
     * a side said to have lied (112); "the killers" with no article calling them so stays a description.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-06-10 | The Belarusian opposition leader said in a BBC interview that she thought Lukashenko was a butcher. | BLROPP>BLRGOV:111
            2021-06-10 | The German ambassador told reporters outside the court that the Russian court's verdict was a travesty of justice. | DEUGOV>RUSJUD:111
            2021-06-10 | Ukraine's foreign minister said the Russian referendum was a mockery. | UKRGOV>RUS:111
            2021-06-10 | Boris Johnson said Putin was a liar. | GBRGOV>RUSGOV:111
            2021-06-10 | The Indian prime minister said Pakistan had lied to the world about the attack. | INDGOV>PAK:112
            """)
    void aNameCalledOrALieCharged(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    /** Session 33 (miss33a): scare quotes around a label leave it the label ("a \"killer\"", "a 'sham'"). */
    @org.junit.jupiter.api.Test
    void aLabelInScareQuotesStaysALabel() {
        LocalDate date = LocalDate.of(2021, 6, 10);
        assertThat(events("The Polish prime minister said in an interview that he thought Lukashenko was a \"butcher\".", date))
                .contains("POLGOV>BLRGOV:111");
        assertThat(events("Ukraine's foreign minister said the Russian referendum was a 'mockery'.", date))
                .contains("UKRGOV>RUS:111");
        assertThat(events("Ukraine's foreign minister said the Russian referendum was a \u201csham\u201d.", date))
                .contains("UKRGOV>RUS:111");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-06-10 | Mexico's president said the killers of the journalist would be caught. | 111
            """)
    void theKillersNamedAreNoEpithet(LocalDate date, String sentence, String code) {
        assertThat(events(sentence, date)).noneMatch(e -> e.endsWith(":" + code));
    }

    /**
     * Near misses: a negated responsibility, a truce that is a fact, an act charged by the speaker itself, a denial with
     * no accuser, people fired on (not the nation addressed). The cell is a
     * code no event may have, or a "TARGET:CODE" no event may end with.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-10 | Azerbaijan's defence ministry said Armenia was not responsible. | 112
            2023-03-10 | Israel's defence minister said there was no ceasefire in place in Gaza. | 1246
            2023-03-10 | Lithuania's president said Russia's cyberattacks on Estonia were unacceptable. | 016
            2023-03-10 | Russia denied shelling the plant. | 016
            2023-03-10 | Israeli troops fired on the people of Gaza. | PSE:193
            2023-03-10 | Biden called Xi a dictator, and China said the weather was irresponsible. | USAGOV:111
            """)
    void aNearMissCarriesNoSuchStance(LocalDate date, String sentence, String code) {
        List<String> coded = events(sentence, date);
        assertThat(coded.stream().map(e -> e.substring(e.indexOf(':') + 1))).doesNotContain(code);
        assertThat(coded).noneMatch(e -> e.endsWith(">" + code));
    }

    /** A denial that names someone of the accuser's state keeps its own target: no second 016 at the accuser. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Russia denied Kyiv's accusations that its troops shelled the plant. | RUS>UKRGOV:016
            Ukraine accused Russia of shelling the plant, but Moscow denied that Kyiv's troops had left it. | RUSGOV>UKRMIL:016
            """)
    void aNamedAccuserStays(String sentence, String expected) {
        List<String> coded = events(sentence, LocalDate.of(2023, 3, 10));
        assertThat(coded).contains(expected);
        assertThat(coded.stream().filter(e -> e.endsWith(":016"))).hasSize(1);
    }

    /** The statement's stance and whether its target is named: sorrow, charges denied in the words, quoted allusions. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Modi said he was deeply saddened by the loss of life in Nepal. | 018 | true
            Iran's foreign ministry said allegations of Iranian arms deliveries to Russia were laughable. | 016 | true
            Moscow told the BBC that charges of Russian meddling in Moldova were pure fantasy. | 016 | true
            Iran's foreign minister told state television that 'the Zionist regime' had committed a grave mistake. | 010 | false
            Ukraine's president said 'some' European leaders were still hesitating. | 010 | false
            """)
    void theStatementCarriesIt(String sentence, String code, boolean named) {
        var st = CoderTestSupport.code(sentence, LocalDate.of(2023, 3, 10)).statements().get(0);
        assertThat(st.code()).isEqualTo(code);
        assertThat(st.named()).isEqualTo(named);
    }

    /**
     * Session 35: a person called a derogatory noun unquoted is disparaged (111), and the day the label was given ("on
     * Monday") after it is no "call on".
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-12-04 | Venezuela's foreign minister called Guyana's president a traitor on Monday. | VENGOV>GUYGOV:111
            2023-12-04 | Maduro called Guyana's president a coward on Monday. | VENGOV>GUYGOV:111
            2023-12-04 | Erdogan called the Israeli prime minister a thug. | TURGOV>ISRGOV:111
            2023-12-04 | The Serbian president called the Kosovo prime minister a tyrant. | SRBGOV>KSVGOV:111
            """)
    void aPersonCalledADerogatoryNoun(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }
}
