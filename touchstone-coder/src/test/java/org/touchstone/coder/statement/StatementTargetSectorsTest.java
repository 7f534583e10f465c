package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Statement;

/**
 * Session 20 (stsect20): a statement's target takes the sector its speaker's event of the same stance gives the same
 * country (GOLD-SET.md, Metonyms and roles: the events read it), on sentences written for the test.
 */
class StatementTargetSectorsTest {
    private static List<String> targets(String text, LocalDate date, String speaker) {
        List<Statement> all = CoderTestSupport.code(text, date).statements();
        return all.stream().filter(st -> st.speaker().equals(speaker)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement of " + speaker + " in: " + text + " " + all)).targets();
    }

    private static final LocalDate D2023 = LocalDate.of(2023, 7, 18);
    private static final LocalDate D2020 = LocalDate.of(2020, 9, 3);

    @Test
    void aHopeOrAppealToALeaderAboutTheTwoCountriesIsAboutTheLeadersGovernment() {
        // the event of the stance (0211, 022, 027) is toward the one told: so is the statement
        assertThat(targets("Indonesian President Joko Widodo told Chinese Premier Li Qiang in Jakarta that he hoped the two"
                + " countries would expand trade.", D2023, "IDNGOV")).containsExactly("CHNGOV");
        assertThat(targets("Vietnam's prime minister told Chinese Premier Li Qiang in Hanoi that he hoped the two countries"
                + " would deepen investment ties.", D2023, "VNMGOV")).containsExactly("CHNGOV");
        assertThat(targets("Japanese Prime Minister Fumio Kishida told South Korean President Yoon Suk Yeol that he hoped the"
                + " two countries would deepen cooperation.", D2023, "JPNGOV")).containsExactly("KORGOV");
        assertThat(targets("Sudan's prime minister told Ethiopian Prime Minister Abiy Ahmed that the two countries should"
                + " reach an agreement on the border.", D2023, "SDNGOV")).containsExactly("ETHGOV");
    }

    @Test
    void aChargeOrDemandTakesTheSectorOfItsEvent() {
        // a capital's stance as an agent: the government, as the 112 event reads it
        assertThat(targets("The negotiations between Sudan and Ethiopia collapsed, Sudan's foreign ministry said on Tuesday,"
                + " blaming Addis Ababa's intransigence.", D2023, "SDNGOV")).containsExactly("ETHGOV");
        // a denial of a state's accusations is aimed at the state, not at its embassy named in the charge
        assertThat(targets("An Indian foreign ministry spokesman said New Delhi rejected Pakistani accusations that its spy"
                + " agency had a hand in the bombing of Pakistan's consulate in Kandahar.", D2023, "INDGOV"))
                .containsExactly("PAK");
        // a demand of the government, not of the victim the words name
        assertThat(targets("German tests showed that Alexei Navalny had been poisoned with Novichok, Merkel said, demanding"
                + " answers from the Russian government.", D2020, "DEUGOV")).containsExactly("RUSGOV");
    }

    @Test
    void withoutAnEventOfTheSameStanceTheWordsReadingStands() {
        // the 161 event is no stance of the words (010): Doha stays as the words read it
        assertThat(targets("Saudi Arabia cut ties with Qatar, saying it would not talk to Doha.", D2023, "SAU"))
                .containsExactly("QAT");
        assertThat(targets("The Egyptian foreign ministry said the talks with Ethiopia had failed.", D2023, "EGYGOV"))
                .containsExactly("ETH");
    }

    @Test
    void wordsTakenAsAimedAtAnActorAllude() {
        // R14: how the words are read ("seen as aimed at", "read as a swipe at") names whom they allude to
        assertThat(targets("Biden told the UN General Assembly that the United States did not seek conflict, in remarks"
                + " widely read as aimed at China.", D2023, "USAGOV")).containsExactly("CHN");
        assertThat(targets("Scholz said Europe would not be blackmailed, comments seen as directed at Russia.", D2023,
                "DEUGOV")).contains("RUS");
        assertThat(targets("Lula said no country should dictate trade rules, remarks viewed as a swipe at Washington.",
                D2023, "BRAGOV")).anyMatch(t -> t.startsWith("USA"));
        // how the words were taken, with no actor meant
        assertThat(targets("Biden said the United States did not seek conflict, remarks widely seen as conciliatory.",
                D2023, "USAGOV")).isEmpty();
    }
}
