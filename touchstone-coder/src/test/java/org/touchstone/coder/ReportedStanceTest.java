package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The stance a speaker's words carry about a target (GOLD-SET.md R3c, R11, R14, S7-6), written for this test in
 * ordinary news English (never gold or tuning sentences): a step derided as untenable, a witch hunt or piracy; a state
 * said to arm, fund or sponsor armed groups (1123); an alluded actor the sentence resolves by a veiled reference; a
 * later participle of the same speaker that labels an act ("..., calling the seizure piracy") as an event of its own,
 * but not after the speaker's own deed (R5); sympathy and condolences (018); a threat sized by gravity, or a warning that a conflict or another's
 * act could come (012), not what the speaker itself could do.
 * A label after "what" of another's act is the labeller's characterization ("in what Kyiv called a barbaric attack").
 * Each row is "date | sentence | expected events".
 */
class ReportedStanceTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2020-05-21 | India's foreign ministry said Nepal's new map was untenable. | INDGOV>NPL:111
            2023-06-02 | The Kremlin said the British investigation was a witch hunt. | RUSGOV>GBR:111
            2023-06-02 | Beijing said the detention of the cargo ship by Washington amounted to piracy. | CHNGOV>USAGOV:111
            2022-09-05 | Pakistan's foreign ministry said India was turning a blind eye to attacks on minorities. | PAKGOV>IND:111
            2022-09-05 | Greece's prime minister said Turkey was trying to erode the rights of the islands. | GRCGOV>TUR:111
            2023-03-10 | Mali's junta said Algeria was arming separatists in the north. | MLIMIL>DZA:1123
            2023-03-10 | Ethiopia said Egypt had been funding rebels in the Amhara region. | ETH>EGY:1123
            2023-03-10 | The Sudanese army said the UAE was financing militias in Darfur. | SDNMIL>ARE:1123
            2023-03-10 | Congo's president told reporters that Rwanda was plundering its gold. | CODGOV>RWA:112
            2023-03-10 | Lithuania's president said a 'certain neighbour' was sponsoring proxies on the border, an apparent reference to Belarus. | LTUGOV>BLR:1123
            2023-03-10 | Armenia's prime minister said a 'certain neighbour' was harbouring separatist militants, a thinly veiled reference to Azerbaijan. | ARMGOV>AZE:1123
            2023-03-10 | Venezuela demanded that Guyana release the detained fishing boat, calling its seizure an act of piracy. | VEN>GUY:111
            2023-03-10 | Seoul urged Tokyo to scrap the export curbs, calling them 'a witch hunt'. | KORGOV>JPNGOV:111
            2023-03-10 | The Vatican said Nicaragua had closed the university, calling the decision incomprehensible. | VAT>NIC:111
            2023-02-07 | Scholz told Erdogan that Germany's sympathies were with the people of Turkey. | DEUGOV>TURGOV:018
            2023-02-07 | Armenia's foreign minister said a border deal with Azerbaijan could be signed this year. | ARMGOV>AZE:013
            2023-02-07 | Putin told Tokayev in Astana that relations between Russia and Kazakhstan were developing well. | RUSGOV>KAZGOV:013
            2023-02-07 | Erdogan said NATO had become obsolete. | TURGOV>IGOWSTNAT:111
            2023-02-07 | The Chinese foreign ministry said the new US tariffs were a dishonour to free trade. | CHNGOV>USA:111
            2023-02-07 | Russian troops shelled the port of Odesa, in what Kyiv called a barbaric attack. | UKRGOV>RUSMIL:111
            2023-02-07 | Chinese coast guard ships blocked a Philippine supply boat, in what Manila described as a dangerous manoeuvre. | PHLGOV>CHNCOP:111
            2023-02-07 | Germany's chancellor warned that the war could spread to Moldova. | DEUGOV>MDA:012
            2023-02-07 | The UN secretary-general cautioned that the fighting in Gaza might spill into Lebanon. | IGOUNO>LBN:012
            2023-02-07 | Zelensky warned that Russia could be preparing an attack from Belarus. | UKRGOV>RUS:012
            2023-02-07 | Biden told Erdogan that his heart aches for the victims of the earthquake. | USAGOV>TURGOV:018
            2023-02-07 | India's prime minister told Pakistan's prime minister that his heart goes out to the families of the flood victims. | INDGOV>PAKGOV:018
            2023-02-07 | Japan's prime minister said North Korea's missile programme posed a grave threat. | JPNGOV>PRKMIL:012
            2023-02-07 | South Korea's president said North Korea was an imminent threat to the peninsula. | KORGOV>PRK:012
            """)
    void theWordsCarryTheStance(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    /** Near misses: the speaker's own deed explained, a negated charge, a passive backer, praise of own training. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-10 | Russia expelled two Estonian diplomats, calling their activities hostile. | 11
            2023-03-10 | Poland expelled three Belarusian diplomats, saying Minsk was behind the sabotage of the railway. | 11
            2023-03-10 | China's army launched exercises around Taiwan, calling them 'a stern warning' to separatist forces. | 01
            2023-03-10 | Kazakhstan said the treaty could be signed only if Russia dropped its demands. | 013
            2023-03-10 | Russia attacked Ukraine in what Moscow called a special military operation. | 11
            2023-03-10 | Israeli jets struck what the Israeli army called terrorist targets in Gaza. | 11
            2023-03-10 | Russia warned that it could respond with force to the deployment of missiles in Poland. | 012
            2023-03-10 | North Korea fired two ballistic missiles into the sea, calling the launch a warning to Seoul's warmongers. | 11
            2023-03-10 | Turkey's defence ministry said it had never armed militants in Syria. | 112
            2023-03-10 | Niger's junta said the convoy had been attacked by militants backed by no one. | 112
            2023-03-10 | Ukraine's defence minister said Britain was training Ukrainian troops. | 112
            2023-03-10 | The Kremlin said Russia would not pay the price for the talks. | 13
            """)
    void aNearMissCarriesNoSuchStance(LocalDate date, String sentence, String root) {
        List<String> codes = events(sentence, date).stream().map(e -> e.substring(e.indexOf(':') + 1)).toList();
        assertThat(codes).noneMatch(c -> c.startsWith(root));
    }

    /** A side that says it had nothing to do with an act denies it (016): the statement's stance. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Rwanda's government said it had nothing to do with the rebel offensive. | 016
            Belgrade told reporters it had no involvement in the attack on the monastery. | 016
            Serbia's president said Belgrade had something to do with the talks. | 010
            """)
    void aDenialInTheWords(String sentence, String code) {
        assertThat(CoderTestSupport.code(sentence, LocalDate.of(2023, 10, 2)).statements())
                .extracting(st -> st.code()).first().isEqualTo(code);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-03-15 | India banned 59 Chinese apps on Monday, a move Beijing said was discriminatory. | IND>CHN:163 CHNGOV>IND:111
            2021-03-15 | Japan tightened curbs on exports to South Korea, a step Seoul said was regrettable. | JPN>KOR:163 KORGOV>JPN:012
            2021-03-15 | Belarusian police arrested the opposition leader on Monday, a move the European Union called an attack on democracy. | BLRCOP>BLROPP:173 IGOEUREEC>BLRCOP:111
            2021-03-15 | The UN Human Rights Council set up a commission of inquiry into abuses in Eritrea, a resolution Asmara rejected as biased. | IGOUNOHRI>ERI:092 ERIGOV>IGOUNOHRI:120
            """)
    void wordsSaidOfAnApposedActAreAboutItsDoer(LocalDate date, String sentence, String expected) {
        // session 34: ", a step X said was ..." speaks of the act as ", a move X called ..." does; a resolution is an act
        // the apposition takes up; an act named an attack on democracy is derided (111)
        assertThat(events(sentence, date)).containsExactly(CoderTestSupport.expectedEvents(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-03-15 | Russia condemned the decision by the United States to recognise Guaido. | RUS>USA:111
            2021-03-15 | China criticised the decision by Lithuania to allow Taiwan to open an office. | CHN>LTU:111
            2021-03-15 | Iran condemned the move by Bahrain to open an embassy in Israel. | IRN>BHR:111
            2021-03-15 | Russia condemned the decision to recognise Guaido. | RUS>VENOPP:111
            2021-03-15 | Afghanistan's president said Pakistan was giving Taliban fighters sanctuary. | AFGGOV>PAK:112
            2021-03-15 | Kabul said Islamabad provides safe havens to militants. | AFGGOV>PAKGOV:112
            """)
    void criticismOfADecisionByAnActorIsAimedAtItAndShelterGivenToFightersIsCharged(LocalDate date, String sentence, String expected) {
        // session 34: "the decision by X to ..." names who decided, whom criticism of it is aimed at (a decision with no
        // maker named keeps whom it concerns); a state said to give fighters sanctuary or safe havens is charged (112)
        assertThat(events(sentence, date)).containsExactly(CoderTestSupport.expectedEvents(expected));
    }
}
