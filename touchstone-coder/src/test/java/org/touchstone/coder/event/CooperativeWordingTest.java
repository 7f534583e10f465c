package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cooperative and verbal acts (roots 01-09) worded in ways verbs.txt did not know (session 23, vocab23a): concern over
 * the troubles "in" a place, ceasefires proposed in a state and peace plans presented, defence promised against an
 * attack, a multinational force led, honours conferred, membership weighed, what inspectors find at a site, inquiries
 * into harm done to unarmed people by a named force, a consensus reached "to" act, and claims dismissed as unproven. Sentences written for this test
 * (never gold or tuning sentences). Each row is "date | sentence | expected event"; near misses list none of a root.
 */
class CooperativeWordingTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | The European Union voiced deep concern over the escalating violence in Sudan on Monday. | IGOEUREEC>SDN:012
            2023-05-01 | Japan's foreign minister expressed concern about the humanitarian situation in Afghanistan. | JPNGOV>AFG:012
            2023-05-01 | The Arab League raised concerns over the fighting in Libya. | IGOMEAARL>LBY:012
            2023-05-01 | India is deeply concerned about the unrest in Bangladesh. | IND>BGD:012
            """)
    void theTroublesOfAPlaceConcernThePlace(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Turkey proposed a ceasefire in Syria on Sunday. | TUR>SYR:0256
            2023-05-01 | Brazil's president presented a peace plan to Russia on Friday. | BRAGOV>RUS:027
            2023-05-01 | China put forward a peace plan for Ukraine on Friday. | CHN>UKR:027
            2023-05-01 | Qatar submitted a ceasefire proposal to Israel. | QAT>ISR:0256
            """)
    void ceasefiresProposedAndPeacePlansPresented(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Britain's prime minister said Britain would come to Estonia's defence if Russia attacked. | GBR>EST:0334
            2023-05-01 | Japan's prime minister said the United States would defend Japan if China attacked. | USA>JPN:0334
            2023-05-01 | Germany's chancellor came to Macron's defence on Monday. | DEUGOV>FRAGOV:052
            2023-05-01 | Rwanda offered to lead a multinational force in Mozambique. | RWA>MOZ:0334
            2023-05-01 | Kenya agreed to lead a peacekeeping mission to Haiti. | KEN>HTI:0334
            """)
    void defencePromisedAndForcesLed(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | The UAE awarded India's prime minister its highest civilian honour. | ARE>INDGOV:051
            2023-05-01 | Russia's president presented China's president with the Order of St Andrew. | RUSGOV>CHNGOV:051
            2023-05-01 | France's president conferred the Legion of Honour on Egypt's president. | FRAGOV>EGYGOV:051
            2023-05-01 | Vietnam is studying a proposal to become a partner country of the BRICS group. | VNM>IGOBUSBRC:014
            2023-05-01 | Sweden is weighing an invitation to join NATO. | SWE>IGOWSTNAT:014
            2023-05-01 | India and China reached a consensus to disengage from all friction points. | IND>CHN:0356
            2023-05-01 | Russia dismissed Germany's accusations as unsubstantiated. | RUS>DEU:016
            2023-05-01 | China rejected the US claims as far-fetched. | CHN>USA:016
            """)
    void honoursMembershipConsensusAndClaimsHeldUnproven(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | IAEA inspectors found traces of enriched uranium at Iran's Fordow plant. | IGOUNOIAE>IRN:090
            2023-05-01 | IAEA inspectors found traces of enriched uranium at Iran's Fordow plant. | IRN>IGOUNOIAE:0862
            2023-05-01 | UN nuclear inspectors visited Iran's Fordow plant. | IGOUNOIAE>IRN:090
            2023-05-01 | Nigeria set up a panel to investigate the shooting of protesters by Nigerian soldiers. | NGA>NGAMIL:092
            2023-05-01 | Iran is investigating the killing of protesters by Iranian security forces. | IRN>IRNCOP:092
            2023-05-01 | The IMF's executive board approved a $3 billion loan for Sri Lanka. | IGOBUSIMF>LKA:071
            """)
    void inspectionsAndInquiries(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | Germany expressed concern at the United Nations about the talks. | 01
            2023-05-01 | France presented its budget to parliament on Friday. | 02
            2023-05-01 | Germany's chancellor unveiled a statue in Berlin. | 02
            2023-05-01 | Britain's prime minister came to Estonia on Monday. | 05
            2023-05-01 | Russia led a force into Ukraine. | 07
            2023-05-01 | Russia's president led the celebrations in Moscow. | 07
            2023-05-01 | The Pentagon awarded a contract to Boeing. | 05
            2023-05-01 | IAEA inspectors found damage at Iran's Fordow plant. | 09
            2023-05-01 | Inspectors found no evidence of weapons. | 09
            """)
    void nearMissesCodeNoneOfTheRoot(LocalDate date, String sentence, String root) {
        assertThat(events(sentence, date)).noneMatch(e -> e.substring(e.indexOf(':') + 1).startsWith(root));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-01 | India and China reached a consensus on trade. | IND>CHN:0356
            """)
    void aConsensusOnAMatterIsNoIntent(LocalDate date, String sentence, String absent) {
        assertThat(events(sentence, date)).doesNotContain(absent);
    }
}
