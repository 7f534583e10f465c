package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 19: a verb of the right root matched and both sides named, yet the assembly found no target. The
 * destination of aid sent ({@link Targets#destination}) and the beneficiary of a refused thing (R8,
 * {@link Targets#behindObject}). Sentences written for this test (never gold or tuning sentences). Each row is
 * "date | sentence | expected event".
 */
class MatchedActAssemblyTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-10 | Greece sent doctors and tents to Turkey after the earthquake. | GRC>TUR:073
            2024-05-10 | Cuba sent doctors to the earthquake zone in Pakistan. | CUB>PAK:073
            2024-05-10 | Japan sent rescue teams and sniffer dogs to the quake zone in southern Turkey. | JPN>TUR:073
            2024-05-10 | China has delivered vaccines, masks and ventilators to flood-hit northern Pakistan. | CHN>PAK:073
            2024-05-10 | Egypt sent two planes carrying food, medicine, blankets and rescue teams to Libya on Thursday to help the city of Derna. | EGY>LBY:073
            """)
    void aidSentGoesWhereTheFirstToPastTheGoodsPoints(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-10 | Turkey did not send doctors to Syria. | TUR>SYR
            2024-05-10 | Turkey sent doctors and tents to help the flooded city of Derna in Libya. | TUR>LBY
            2024-05-10 | Turkey sent doctors to its southern provinces after the earthquake. | TUR>TUR
            """)
    void noDestinationWhenNegatedAPurposeOrAtHome(LocalDate date, String sentence, String pair) {
        assertThat(events(sentence, date)).noneMatch(e -> e.startsWith(pair + ":07"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-10 | Ethiopia rejected a border ruling that awarded the town of Badme to Eritrea. | ETH>ERI:12
            2024-05-10 | Argentina will not accept any arrangement that grants Britain sovereignty over the islands. | ARG>GBR:12
            2024-05-10 | Ethiopia refused to sign a deal that would have handed Badme to Eritrea. | ETH>ERI:12
            2024-05-10 | Ethiopia said it would not accept a boundary decision that gave the disputed town to Eritrea. | ETH>ERI:12
            """)
    void aRefusedThingIsAimedAtWhomItFavours(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).anyMatch(e -> e.startsWith(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-10 | Ethiopia rejected a ruling that allowed its troops to stay in Badme.
            2024-05-10 | Ethiopia did not reject a ruling that awarded Badme to Eritrea.
            2024-05-10 | Ethiopia rejected the ruling, which came after Eritrea appealed to the court.
            """)
    void noBeneficiaryWhenOwnNegatedOrNotFavoured(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.contains(":12"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-10 | The Pentagon declined to comment on reports that Israel had struck targets in Iran. | USAGOVMIL>ISR:011
            2024-05-10 | Seoul declined to comment on reports that South Korean officials had met North Korean envoys in Beijing. | KORGOV>PRKGOV:011
            2024-05-10 | The French foreign ministry declined to comment on reports that Paris planned to reopen its embassy in Syria. | FRAGOV>SYR:011
            2024-05-10 | Scholz declined to say whether Berlin would send Taurus missiles to Ukraine. | DEUGOV>UKR:011
            2024-05-10 | The Indian foreign ministry declined to discuss whether New Delhi would buy more oil from Russia. | INDGOV>RUS:011
            """)
    void aDeclinedCommentConcernsTheTopicsOtherParty(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-10 | The Kremlin declined to comment on reports that Russian troops had moved closer to the border.
            2024-05-10 | The Kremlin declined to comment on the plans of its army.
            """)
    void noTopicPartyWhenOnlyTheDeclinersOwnSideIsNamed(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.endsWith(":011"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-10 | Iran allowed inspectors from the IAEA into the Fordow site on Monday. | IRN>IGOUNOIAE:0862
            2024-05-10 | North Korea agreed to allow inspectors from the IAEA to return to Yongbyon. | PRK>IGOUNOIAE:0355
            2024-05-10 | Venezuela will allow observers from the European Union to monitor the vote. | VEN>IGOEUREEC:0355
            2024-05-10 | Iran promised to permit inspections of the Natanz plant by the IAEA. | IRN>IGOUNOIAE:0355
            """)
    void theBodyWhosePeopleAreLetInIsTheTarget(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-10 | Iran did not allow inspectors from the IAEA to visit the site.
            2024-05-10 | Iran has refused to allow inspectors from the IAEA into the site.
            """)
    void noAccessGrantedWhenNegatedOrRefused(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.contains(":086") || e.contains(":0355"));
    }
}
