package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.expectedEvents;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Statement;

/**
 * Session 21: claims of responsibility (015), GOLD-SET S7-11. A claim is aimed at
 * the country where the claimed act took place, as a bare code, whoever or whatever was hit there; with no place named,
 * a state organ, company or people hit stand for their country. A state's own rebels claiming an act at home keep the
 * claim toward their country. "In an attack claimed by X" names the claimer after its act. "X said it was behind ..."
 * names the speaker's own side as the doer: a claim, not a charge. Sentences written for this test in wire style, never
 * gold or tuning sentences.
 */
class ClaimsOfResponsibilityTest {
    private static final LocalDate DATE = LocalDate.of(2023, 5, 1);

    private static List<String> events(String text) {
        return CoderTestSupport.events(text, DATE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Al-Shabaab claimed responsibility for a suicide bombing at a hotel in Mogadishu that killed 12 people. | SOMREB>SOM:015
            Al-Shabaab took responsibility for the car bomb that exploded near the parliament in Mogadishu. | SOMREB>SOM:015
            Al-Shabaab accepted full responsibility for the attack on a police station in Baidoa, Somalia. | SOMREB>SOM:015
            Islamic State claimed the bombing of a mosque in Peshawar on Friday. | IMGMOSISI>PAK:015
            The Islamic State group claimed responsibility for the attack on a Shiite shrine in Shiraz. | IMGMOSISI>IRN:015
            The Pakistani Taliban claimed responsibility for the suicide attack on a military convoy in North Waziristan. | PAKREB>PAK:015
            Boko Haram claimed responsibility for kidnapping dozens of pupils from a school in Nigeria's Zamfara state. | NGAREB>NGA:015
            The Houthis claimed responsibility for drone strikes on oil facilities of Saudi Aramco. | YEMREB>SAU:015
            Yemen's Houthi rebels claimed responsibility for a missile attack on a Saudi Aramco refinery. | YEMREB>SAU:015
            """)
    void aClaimIsAimedAtTheCountryOfThePlaceOrOfWhatWasHit(String sentence, String expected) {
        assertThat(events(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Twelve soldiers were killed in an ambush in Borno, in an attack claimed by Boko Haram. | NGAREB>NGA:015
            A suicide bomber killed 30 worshippers at a mosque in Peshawar, in a bombing claimed by Islamic State. | IMGMOSISI>PAK:015
            A car bomb killed 20 people in Mogadishu, in an attack claimed by Al-Shabaab. | SOMREB>SOM:015
            """)
    void anActClaimedByAGroupIsItsClaimTowardThePlaceBefore(String sentence, String expected) {
        assertThat(events(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Al-Shabaab said it was behind the bombing of a police station in Mogadishu. | SOMREB | SOM
            Al-Shabaab said it was responsible for the attack on an army base near Kismayo. | SOMREB | SOM
            """)
    void theSpeakersOwnSideBehindAnActIsAClaimNotACharge(String sentence, String speaker, String target) {
        Statement st = CoderTestSupport.onlyStatement(sentence, DATE);
        assertThat(st.speaker()).isEqualTo(speaker);
        assertThat(st.code()).isEqualTo("015");
        assertThat(st.targets()).containsExactly(target);
        assertThat(events(sentence)).noneMatch(e -> e.endsWith(":112"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Kenya blamed Al-Shabaab for the attack on a university in Garissa. | KEN>SOMREB:112
            Nigeria's army said Boko Haram was behind the attack on a market in Maiduguri. | NGAREB>NGACVL:190
            The militants claimed responsibility for the attack on a hotel in Mogadishu. |
            Police in Mogadishu said nobody had claimed responsibility for the bombing. |
            """)
    void aChargeOrAnUnnamedClaimerIsNoClaim(String sentence, String expected) {
        assertThat(events(sentence)).containsExactly(expectedEvents(expected));
    }
}
