package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a state says it will, would or is ready to do, and what it agrees to do (R9, S7-8), written for this test from
 * the CAMEO 1.1b3 manual and ordinary news English (never gold or tuning sentences): envoys and troops brought home
 * (161, 0874; announced, 1313), banks cut off or excluded from SWIFT and the global financial system (163; agreed or
 * announced, 1312), a right to respond held in reserve (130, force named 138), offers of good offices (039), fighting
 * to be wound down ("would scale back military activity around Kyiv", 0356; a speaker's pronoun past a long
 * circumstance, "said after peace talks in Istanbul on Tuesday that it would"), allies a state will or will not
 * protect (military cooperation, 0312 / 1212), its own side's deed denied with a trailing speaker ("China has not
 * attacked Taiwan, Wang Yi said", R8 016; "had no intention of attacking" is negated content, R3e, and stays
 * nothing, as CoverageTest has it), and a governor's complement after a circumstance of place or occasion ("agreed at
 * their summit in Brussels to impose").
 * Each row is "date | sentence | expected events"; the near misses list every event the sentence gives.
 */
class StatedIntentsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2018-08-08 | Canada said it would bring its ambassador home from Riyadh. | CAN>SAU:1313
            2023-03-15 | Germany will bring home its soldiers from Mali, the defence ministry said. | DEU>MLI:1313
            2023-03-15 | Australia brought its envoy back from Beijing on Monday. | AUS>CHN:161
            2004-04-20 | Spain agreed to bring its troops back from Iraq. | ESP>IRQ:1313
            2023-03-15 | Washington and its allies agreed to cut Iranian banks off from SWIFT. | USAGOV>IRNBUS:1312
            2023-03-15 | The EU will disconnect three more Russian banks from SWIFT. | IGOEUREEC>RUSBUS:1312
            2023-03-15 | Japan agreed to exclude Russian lenders from the international financial system. | JPN>RUSBUS:1312
            2023-03-15 | Britain would cut off Russian banks from the global financial system. | GBR>RUSBUS:1312
            2023-03-15 | China reserves the right to take countermeasures against Lithuania, the foreign ministry said. | CHN>LTU:130
            2023-03-15 | Iran said it reserved the right to retaliate against Israel. | IRN>ISR:130
            2023-03-15 | North Korea reserves the right to use military force against the United States, KCNA said. | PRK>USA:138
            2023-03-15 | EU leaders agreed at their summit in Brussels to impose new sanctions on Belarus. | IGOEUREEC>BLR:1312
            2023-03-15 | The G7 agreed at a meeting in Tokyo on Friday to tighten sanctions on Russia. | IGOBUSGOS>RUS:1312
            2023-03-15 | Joe Biden pledged during a visit to Kyiv to send more armoured vehicles to Ukraine. | USAGOV>UKR:0332 USAGOV>UKR:042
            2023-03-15 | Turkey is ready to facilitate talks between Russia and Ukraine, Erdogan said. | TUR>RUS:039 TUR>UKR:039
            2023-11-01 | Qatar stands ready to play a constructive role in restoring peace between Israel and Hamas. | QAT>ISR:039 QAT>PSEREB:039
            2023-03-15 | China is willing to act as a bridge between Russia and Ukraine. | CHN>RUS:039 CHN>UKR:039
            2023-03-15 | China has not attacked Taiwan, Wang Yi said. | CHNGOV>TWN:016
            2022-02-10 | Russian forces did not shell Kharkiv, Peskov told reporters. | RUSGOV>UKR:016
            2022-03-30 | Moscow will scale down combat operations near Kharkiv, the defence ministry said. | RUSGOV>UKR:0356
            2022-03-30 | Russia said it would reduce military activity around Chernihiv. | RUS>UKR:0356
            2024-02-12 | Israel said during talks in Cairo on Sunday that it would scale back military operations in Gaza. | ISR>PSE:0356
            2022-03-30 | Russia scaled back military activity around Kyiv. | RUS>UKR:087
            2023-03-15 | Iran said after talks in Vienna on Monday that it would release two French citizens. | IRN>FRACVL:0353
            2024-02-11 | Trump said the United States would not protect NATO allies that did not spend enough on defence. | USA>IGOWSTNAT:1212
            2023-03-15 | Biden said Washington would protect its NATO allies from any Russian attack. | USAGOV>IGOWSTNAT:0312
            """)
    void codesTheStatedIntent(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-15 | Lithuania brought a case against Belarus at the International Court of Justice. | LTU>BLR:115
            2023-03-15 | Canada brought its ambassador home. |
            2023-03-15 | The bank cut off its Iranian clients. |
            2023-03-15 | Canada cut the interest rate. |
            2023-03-15 | The company reserves the right to refuse service. |
            2023-03-15 | The ministers agreed at the meeting that cooperation was vital. |
            2023-03-15 | Biden met Xi at a summit in Bali to discuss Taiwan. | USAGOV>CHNGOV:044 CHNGOV>USAGOV:044
            2023-03-15 | Turkey is ready to help Ukraine. | TUR>UKR:030
            2023-03-15 | The company will scale back its operations in China. |
            2023-03-15 | The army will protect civilians in Gaza. |
            2022-02-10 | Russia has no intention of attacking Ukraine, Peskov told reporters. | RUS>UKR:016
            2022-02-10 | Peskov said Russia had no intention of attacking Ukraine. | RUS>UKR:016
            2023-03-15 | Japan's prime minister has no plans to visit the Yasukuni Shrine this year, his office said. |
            """)
    void aNearMissCodesOnlyWhatItSays(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(CoderTestSupport.expectedEvents(expected)); // an empty cell: no event
    }
}
