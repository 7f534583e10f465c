package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 19, "the sentence codes other events, and the gold's pair is missing": a place taken in part ("most of",
 * "parts of", "swathes of" before the place) is territory seized (192) from its owner, beside the sentence's other
 * act; a share of property stays property (1711). A reaction told in an apposition naming the clause's act ("..., a move
 * that drew criticism from Poland", "..., a visit that was condemned by Ukraine") is aimed at the act's doer, and a
 * reaction participle after a comma belongs to the clause's verb, past a participle describing a noun ("cars made in China"). Sentences written for this test (never gold or tuning sentences).
 * Each row is "date | sentence | expected events".
 */
class SecondPairTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-10 | Russian forces seized most of Bakhmut. | RUSMIL>UKR:192
            2023-05-10 | Russian troops seized parts of the Kherson region on Friday. | RUSMIL>UKR:192
            2023-05-10 | Islamic State seized large swathes of Iraq and Syria. | IMGMOSISI>IRQ:192 IMGMOSISI>SYR:192
            2023-05-10 | M23 fighters seized most of Bukavu on Sunday, and Congo recalled its ambassador from Kigali. | CODREB>COD:192 COD>RWA:161
            """)
    void aShareOfAPlaceSeizedIsTerritoryTaken(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-10 | Russia seized most of Ukraine's grain exports. | RUS>UKR:1711 | RUS>UKR:192
            2023-05-10 | Russia seized part of the assets of the Finnish firm Fortum. | RUS>FINBUS:1711 | RUS>FINBUS:192
            """)
    void aShareOfPropertySeizedStaysProperty(LocalDate date, String sentence, String expected, String absent) {
        assertThat(events(sentence, date)).contains(expected).doesNotContain(absent);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-10 | Russia did not seize most of Bakhmut.
            2023-05-10 | Authorities seized most of the weapons.
            """)
    void noTerritoryWithoutAnActOrAnOwner(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.endsWith(":192"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-10 | Orban met Putin in Moscow, a visit that drew condemnation from Ukraine. | UKR>HUNGOV:111
            2023-05-10 | Hungary signed a gas deal with Russia, a move that drew criticism from Poland. | POL>HUN:111
            2023-05-10 | Orban met Putin in Moscow, a visit that was condemned by Ukraine. | UKR>HUNGOV:111
            2023-05-10 | Hungary signed a gas deal with Russia, a move that Poland condemned. | POL>HUN:111
            2023-05-10 | Orban met Putin in Moscow, a visit that drew praise from Serbia. | SRB>HUNGOV:051
            2023-05-10 | Orban met Putin in Moscow, drawing criticism from EU leaders and from Ukraine. | IGOEUREEC>HUNGOV:111 UKR>HUNGOV:111
            """)
    void aReactionToAnApposedActIsAimedAtItsDoer(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" ")).doesNotContain("POL>RUS:111", "UKR>RUSGOV:111");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-10 | Hungary signed a gas deal with Russia, a deal that Poland signed in 2019.
            2023-05-10 | Hungary signed a gas deal with Russia, a move that follows talks with Poland.
            """)
    void anAppositionWithoutAReactionAimsNothingAtTheDoer(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.startsWith("POL>"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-10 | The European Commission opened an investigation into cars made in China, drawing criticism from Beijing. | CHNGOV>IGOEUREEC:111
            2023-05-10 | The EU opened an investigation into steel imported from India, drawing criticism from New Delhi. | INDGOV>IGOEUREEC:111
            2023-05-10 | Washington imposed tariffs on solar panels made in China, drawing an angry response from Beijing. | CHNGOV>USAGOV:111
            2023-05-10 | Canada banned electric cars built in China, drawing condemnation from Beijing. | CHNGOV>CAN:111
            """)
    void aReactionParticipleSkipsAParticipleDescribingANoun(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-10 | Poland expelled three Belarusian diplomats, and Minsk called the decision a blatant provocation. | BLRGOV>POL:111
            2023-05-10 | Israel struck a convoy in Syria, and Damascus described the raid as a flagrant act of aggression. | SYRGOV>ISR:111
            2023-05-10 | Poland expelled three Belarusian diplomats, and Minsk called the move 'an outrageous injustice'. | BLRGOV>POL:111
            """)
    void aSecondClauseLabellingTheActWithAnAdjectiveCondemnsItsDoer(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-10 | Poland expelled three Belarusian diplomats, and Minsk called the decision a new chapter.
            2023-05-10 | The Polish mayor called the meeting to discuss a new crime wave.
            """)
    void aLabelThatIsNoCondemnationCodesNone(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.endsWith(":111"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-10 | Aliyev said fighting would stop only when Armenian forces withdrew from Nagorno-Karabakh. | ARMMIL>AZE:0874
            2023-05-10 | Hamas said it would free the hostages only after Israel halted its offensive in Gaza. | ISR>PSE:087
            2023-05-10 | Kyiv said the talks could resume only once Russian troops withdrew from Kherson. | RUSMIL>UKR:0874
            """)
    void aDeedSetAsConditionByOnlyWhenIsNotAsserted(LocalDate date, String sentence, String absent) {
        assertThat(events(sentence, date)).doesNotContain(absent).noneMatch(e -> e.startsWith(absent.substring(0, 3)));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-10 | Russian troops withdrew from Kherson when Ukrainian forces advanced. | RUSMIL>UKR:0874
            2023-05-10 | Hamas freed two hostages after Israel halted its offensive in Gaza. | ISR>PSE:087
            """)
    void aDeedAfterWhenOrAfterWithoutOnlyStaysAsserted(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }
}
