package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.CODER;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.core.Audience;
import org.touchstone.core.Document;
import org.touchstone.core.Statement;

class StatementTest {
    private List<Statement> statements(String text, String venue) {
        return CODER.code(new Document("s", LocalDate.of(2023, 3, 15), null, null, null, null, text, venue)).statements();
    }

    @Test
    void reportedSpeechGivesSpeakerTargetAndStance() {
        Statement s = statements("China's foreign ministry said on Monday that the United States was abusing export controls.", null).get(0);
        assertThat(s.speaker()).isEqualTo("CHNGOV");
        assertThat(s.targets()).containsExactly("USA");
        assertThat(s.named()).isTrue();
        assertThat(s.code()).isEqualTo("010");
        assertThat(s.audience()).isEqualTo(Audience.UNKNOWN);
    }

    @Test
    void theStanceOfReportedWordsIsTheirEvaluation() {
        assertThat(statements("The EU said China's measures were discriminatory.", null).get(0).code()).isEqualTo("111");
        assertThat(statements("Iran said Israel's strikes were a violation of international law.", null).get(0).code())
                .isEqualTo("112");
        assertThat(statements("Beijing said the accusations were baseless.", null).get(0).code()).isEqualTo("016");
        assertThat(statements("Macron said there was nothing wrong with talking to Russia.", null).get(0).code())
                .isEqualTo("010");
    }

    @Test
    void speechActsAreStatementsWithTheirOwnCode() {
        // the one who speaks is the speaker; the state's condemnation is the content (GOLD-SET.md R3)
        List<Statement> all = statements("Germany condemned Russia, Scholz told reporters.", null);
        assertThat(all).hasSize(1);
        Statement s = all.get(0);
        assertThat(s.speaker()).isEqualTo("DEUGOV");
        assertThat(s.code()).isEqualTo("111");
        assertThat(s.goldstein()).isNotNull();
        assertThat(s.audience()).isEqualTo(Audience.PRESS_CONFERENCE);
    }

    @Test
    void trailingAttributionAndQuotes() {
        Statement s = statements("\"We will act,\" Biden said.", null).get(0);
        assertThat(s.speaker()).isEqualTo("USAGOV");
        assertThat(s.quote()).isEqualTo("We will act ,");
        Statement t = statements("Biden will visit China next month, the White House said.", null).get(0);
        assertThat(t.code()).isEqualTo("036");
    }

    @Test
    void aDeedOfTheSpeakersOwnSideReportedAsDoneIsNews() {
        // R3a: a done act that is no force and no stance is reported, 010; the act is still its own event
        for (String text : List.of(
                "The last British troops have left Afghanistan, the defence ministry said.",
                "India sent rescue teams to Turkey, the foreign ministry said.",
                "Japanese and Indian warships held joint exercises in the Arabian Sea, the Japanese defence ministry said.",
                "The Kremlin said Putin had met the Chinese president in Beijing.")) {
            Document doc = new Document("s", LocalDate.of(2023, 3, 15), null, null, null, null, text, null);
            var coded = CODER.code(doc);
            assertThat(coded.events()).as(text).isNotEmpty();
            assertThat(coded.statements()).as(text).hasSize(1);
            assertThat(coded.statements().get(0).code()).as(text).isEqualTo("010");
        }
        // a protest lodged is a formal act, reported like the others (GOLD-SET.md, Statements)
        assertThat(statements("Japan's top government spokesman told reporters that Tokyo had lodged a protest with Beijing.", null)
                .get(0).code()).isEqualTo("010");
        // a future act of its own keeps the act's code (R3b)
        assertThat(statements("Britain will send more troops to Estonia, the defence ministry said.", null).get(0).code())
                .startsWith("03");
    }

    @Test
    void aStanceInTheWordsOutranksTheMeetingTheyWereSaidAt() {
        // the meeting or call is where the words were said; the wish or refusal in them is the stance
        assertThat(statements("Kenya's president told the visiting Somali president that Nairobi wanted to restore diplomatic ties.",
                null).get(0).code()).startsWith("03");
        assertThat(statements("Kim Jong Un told Putin at their summit in Vladivostok that he hoped to develop relations.",
                null).get(0).code()).startsWith("03");
        assertThat(statements("Guyana's president told Maduro at their meeting in St Vincent that Guyana would not negotiate over Essequibo.",
                null).get(0).code()).startsWith("12");
    }

    @Test
    void wordsWithNoStanceLeaveItToTheSpeechActAfterThem() {
        assertThat(statements("'There is no military solution,' Guterres told reporters, calling on Armenia and Azerbaijan to resume talks.",
                null).get(0).code()).startsWith("02");
        assertThat(statements("'The pact is dead,' Orban told a German newspaper, dismissing the European Union's migration plan.",
                null).get(0).code()).startsWith("12");
        // words that take a stance keep it: the participle adds its target only
        assertThat(statements("'This is a grave provocation,' China's foreign ministry said, urging Japan to withdraw its ships.",
                null).get(0).code()).startsWith("11");
    }

    @Test
    void aClashToldByOneSideAllegesTheOthersForce() {
        for (String text : List.of(
                "Kyrgyz and Tajik troops exchanged fire along their disputed border, the Kyrgyz government said.",
                "Three Armenian soldiers were killed in a clash with Azerbaijani troops on the border, the Armenian defence ministry said.")) {
            assertThat(statements(text, null).get(0).code()).as(text).startsWith("112");
        }
        // force of its own side alone is claimed
        assertThat(statements("Kyrgyz troops shelled Tajik positions along the border, the Kyrgyz government said.", null).get(0).code())
                .isEqualTo("015");
    }

    @Test
    void alludedTargetsAreNotNamed() {
        Statement s = statements("Xi said certain countries were practising hegemonism.", null).get(0);
        assertThat(s.named()).isFalse();
        assertThat(s.targets()).isEmpty();
    }

    @Test
    void audienceFromTheTextThenTheVenue() {
        assertThat(statements("Putin told an American interviewer that Russia had no designs on Poland.", null).get(0).audience())
                .isEqualTo(Audience.FOREIGN_MEDIA);
        assertThat(statements("Speaking at the UN General Assembly, Erdogan said Israel must stop.", null).get(0).audience())
                .isEqualTo(Audience.MULTILATERAL);
        assertThat(statements("In a phone call with Biden, Xi said Taiwan was a red line.", null).get(0).audience())
                .isEqualTo(Audience.TARGET);
        assertThat(statements("Putin said the West was to blame.", "domestic_speech").get(0).audience())
                .isEqualTo(Audience.DOMESTIC);
        assertThat(statements("Talks ended. Putin said the West was to blame.", "domestic_speech").get(0).audience())
                .isEqualTo(Audience.UNKNOWN);
    }

    @Test
    void negatedSpeechIsNoStatement() {
        assertThat(statements("China did not say whether Russia was right.", null)).isEmpty();
        // what someone failed to do it did not do: "failed to explain" reports no words of its subject
        assertThat(statements("The agency criticised Tehran for failing to explain the missing uranium.", null)).isEmpty();
        assertThat(statements("Serbia failed to condemn the attack on Kosovo police.", null)).isEmpty();
        // not said yet is not said (R8): "has yet to say", "is yet to confirm"
        assertThat(statements("Ankara has yet to say whether Erdogan will attend the NATO summit in Washington.", null)).isEmpty();
        assertThat(statements("The Kremlin is yet to confirm whether Putin will travel to Brazil.", null)).isEmpty();
    }

    @Test
    void theSubjectOfAPassiveSpeechActDoesNotSpeak() {
        // "sworn in" is a pledge done to the new leader (R2: the subject of an agentless passive is its patient)
        assertThat(statements("Javier Milei was sworn in as president of Argentina on Sunday.", null)).isEmpty();
        assertThat(statements("The new Nepali prime minister was formally sworn in at the palace.", null)).isEmpty();
        // the active pledge is still the speaker's
        assertThat(statements("Argentina pledged to pay its debts.", null)).extracting(Statement::speaker)
                .containsExactly("ARG");
    }

    @Test
    void theFindingsOfAnInquiryAreItsWords() {
        Statement s = statements("A UN inquiry found that Russia was responsible for the attack.", null).get(0);
        assertThat(s.speaker()).isEqualTo("IGOUNO");
        assertThat(s.targets()).containsExactly("RUS");
        // "found" without "that" reports nothing
        assertThat(statements("Ukrainian investigators found a mass grave near Izium.", null)).isEmpty();
    }

    @Test
    void whatInvestigatorsAndReportsConcludeIsTheirWords() {
        for (String text : List.of(
                "Investigators of the Organisation for the Prohibition of Chemical Weapons concluded that Syrian forces dropped chlorine on a town.",
                "OPCW investigators concluded on Wednesday that the Syrian air force had used sarin in an attack.",
                "The OPCW's investigation team concluded in a report that Syria's air force dropped chlorine on a suburb.",
                "Syrian helicopters dropped chlorine on the town, the OPCW's investigation team concluded in a report on Friday.",
                "Syrian forces dropped chlorine gas on the town, OPCW investigators concluded.")) {
            List<Statement> found = statements(text, null);
            assertThat(found).as(text).hasSize(1);
            assertThat(found.get(0).speaker()).as(text).isEqualTo("IGOOPW");
            assertThat(found.get(0).targets()).as(text).containsExactly("SYRMIL");
        }
        assertThat(statements("A UN fact-finding mission found on Monday that Myanmar's army drove the Rohingya into Bangladesh.", null)
                .get(0).speaker()).isEqualTo("IGOUNO");
        assertThat(statements("Russian troops killed civilians in Bucha, a UN report found.", null).get(0).speaker())
                .isEqualTo("IGOUNO");
        // concluding a deal, talks or a summit is an act, not words
        assertThat(statements("Russia and China concluded a deal on gas supplies.", null)).isEmpty();
        assertThat(statements("Turkey and Iraq concluded talks on water sharing on Monday.", null)).isEmpty();
        assertThat(statements("The summit concluded on Friday.", null)).isEmpty();
        assertThat(statements("Talks between Russia and Ukraine concluded on Friday.", null)).isEmpty();
        assertThat(statements("The bodies of three Iraqi soldiers were found.", null)).isEmpty();
    }

    @Test
    void theAgencyOrTheWatchdogIsTheOrganizationJustNamed() {
        for (String text : List.of(
                "Iran agreed to let IAEA inspectors reinstall cameras, the agency's chief said after talks in Tehran.",
                "Iran agreed to let IAEA inspectors reinstall cameras, the watchdog's director general said.",
                "Iran agreed to let IAEA inspectors reinstall cameras, the agency reported.")) {
            List<Statement> found = statements(text, null);
            assertThat(found).as(text).hasSize(1);
            assertThat(found.get(0).speaker()).as(text).isEqualTo("IGOUNOIAE");
        }
        // after a state's own organ, "the agency" is that organ, which is left unnamed rather than given the IAEA
        assertThat(statements("The IAEA met Iranian officials. Iran has enriched uranium to 60 percent, the agency said.", null)
                .stream().map(Statement::speaker)).doesNotContain("IGOUNOIAE");
    }
}
