package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;
import static org.touchstone.coder.CoderTestSupport.expectedEvents;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 15 (DOCS15): who is meant in a later sentence of a report, and what is intended together. Each sentence is
 * written for these tests in the style of the sample corpus; the near misses must not take the reading the rule gives.
 */
class LaterSentencesTest {
    /**
     * Drills two or more states agree, plan or pledge to hold together are their intent to cooperate militarily (0312,
     * R9, R12), as drills held together are cooperation (062); one state's drills near another stay a threat (138).
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-07-10 | Japan and the Philippines agreed to hold military drills. | JPN>PHL:0312 PHL>JPN:0312
            2023-07-10 | India and France will stage naval exercises in the Arabian Sea next month. | IND>FRA:0312 FRA>IND:0312
            2023-07-10 | Egypt and Saudi Arabia plan to conduct air force drills. | EGY>SAU:0312 SAU>EGY:0312
            2023-08-18 | Japan, South Korea and the United States agreed to hold annual trilateral military exercises. | JPN>KOR:0312 JPN>USA:0312 KOR>JPN:0312 KOR>USA:0312 USA>JPN:0312 USA>KOR:0312
            2023-07-10 | Japan and the Philippines held military drills. | JPN>PHL:062 PHL>JPN:062
            """)
    void drillsIntendedTogether(LocalDate date, String text, String expected) {
        assertThat(events(text, date)).containsExactlyInAnyOrder(expectedEvents(expected));
    }

    /** Near misses: one state's drills near another are a threat; a refused or one-sided plan is no joint intent. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-07-10 | Russia will hold military drills near the Ukrainian border. | RUS>UKR:138
            2023-07-10 | Japan and the Philippines did not agree to hold military drills. |
            2023-07-10 | China announced it would hold military drills. |
            """)
    void drillsNotIntendedTogether(LocalDate date, String text, String expected) {
        assertThat(events(text, date)).containsExactlyInAnyOrder(expectedEvents(expected));
    }

    /**
     * "The leaders", "the two ministers", "both presidents", "the foreign ministers" after a meeting, talks or a joint
     * act of named parties are those parties' governments, as "they" and "the three countries" are: the guest and host
     * of a visit too.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-08-18 | The leaders of Japan, South Korea and the United States met at Camp David. The three leaders agreed to hold annual military drills. | USAGOV>JPNGOV:043 JPNGOV>USAGOV:042 USAGOV>KORGOV:043 KORGOV>USAGOV:042 JPNGOV>KORGOV:044 KORGOV>JPNGOV:044 JPNGOV>KORGOV:0312 JPNGOV>USAGOV:0312 KORGOV>JPNGOV:0312 KORGOV>USAGOV:0312 USAGOV>JPNGOV:0312 USAGOV>KORGOV:0312
            2023-03-10 | The foreign ministers of Saudi Arabia and Iran met in Beijing on Thursday. The ministers agreed to reopen their embassies. | IRNGOV>SAUGOV:044 SAUGOV>IRNGOV:044 SAUGOV>IRNGOV:032 IRNGOV>SAUGOV:032
            2023-07-10 | Kenyan President William Ruto received Ugandan President Yoweri Museveni in Nairobi. The two presidents agreed to boost trade. | KENGOV>UGAGOV:043 UGAGOV>KENGOV:042 UGAGOV>KENGOV:0311 KENGOV>UGAGOV:0311
            2020-09-10 | The defence ministers of India and China held talks in Moscow. Both ministers agreed to disengage troops along the border. | INDGOVMIL>CHNGOVMIL:046 CHNGOVMIL>INDGOVMIL:046 INDGOVMIL>CHNGOVMIL:0356 CHNGOVMIL>INDGOVMIL:0356
            2023-08-18 | Japan and South Korea held talks in Seoul. The leaders agreed to hold regular military exercises. | JPN>KOR:046 KOR>JPN:046 JPNGOV>KORGOV:0312 KORGOV>JPNGOV:0312
            2023-03-21 | Xi Jinping held talks with Vladimir Putin in Moscow on Tuesday. The two heads of state signed a joint statement. | CHNGOV>RUSGOV:046 RUSGOV>CHNGOV:046 CHNGOV>RUSGOV:057 RUSGOV>CHNGOV:057
            2023-03-21 | Xi Jinping and Vladimir Putin signed a pact. The leaders agreed to hold talks. | CHNGOV>RUSGOV:057 RUSGOV>CHNGOV:057 CHNGOV>RUSGOV:036 RUSGOV>CHNGOV:036
            """)
    void peopleOfAMeeting(LocalDate date, String text, String expected) {
        assertThat(events(text, date)).containsExactlyInAnyOrder(expectedEvents(expected));
    }

    /**
     * Near misses: the count disagrees, nobody met, the leaders are someone else's, or only states acted together (the
     * states' joint act names no leaders: "the two countries will support each other. The two heads of state ...").
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-08-18 | China and Russia held joint drills. The three leaders agreed to hold talks. | CHN>RUS:062 RUS>CHN:062
            2023-08-18 | Russia fired missiles at Kyiv. The leaders agreed to hold talks. | RUS>UKR:194
            2023-03-21 | China and Russia signed a pact. The leaders agreed to hold talks. | CHN>RUS:057 RUS>CHN:057
            2023-08-18 | Japan and South Korea held talks in Seoul. The leaders of North Korea condemned the talks. | JPN>KOR:046 KOR>JPN:046 PRKGOV>JPN:111 PRKGOV>KOR:111
            """)
    void notThePeopleOfAMeeting(LocalDate date, String text, String expected) {
        assertThat(events(text, date)).containsExactlyInAnyOrder(expectedEvents(expected));
    }

    /**
     * People of an armed group counted in a later sentence ("20 militants", "dozens of militants", "15 insurgents"), and
     * "the insurgents", "the attackers" there, are the group the report named, by name or as rebels placed in a state; the army's report of its own blow is its act
     * and its claim (015).
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-10 | Rebels attacked an army post in northern Mali. The Malian army said it killed 20 militants and destroyed their bases. | MLIREB>MLIMIL:190 MLIMIL>MLIREB:190
            2023-05-10 | Rebels attacked an army post in northern Mali. Malian soldiers killed 15 insurgents on Sunday. | MLIREB>MLIMIL:190 MLIMIL>MLIREB:190
            2023-05-10 | Al-Shabaab fighters attacked a military base in Somalia. The Somali army killed 30 militants. | SOMREB>SOMMIL:190 SOMMIL>SOMREB:190
            2023-05-10 | Islamic State militants attacked a checkpoint in northern Iraq. Iraqi troops killed dozens of militants in a counter-attack. | IMGMOSISI>IRQMIL:190 IRQMIL>IMGMOSISI:190
            2023-05-10 | Islamic State militants attacked a checkpoint in northern Iraq. Iraqi troops killed the insurgents. | IMGMOSISI>IRQMIL:190 IRQMIL>IMGMOSISI:190
            2023-05-10 | Rebels attacked an army post in northern Mali. The army said it killed the attackers. | MLIREB>MLIMIL:190 MLIMIL>MLIREB:190
            2023-05-10 | Hezbollah fired rockets at northern Israel. Israeli jets struck the attackers. | LBNUAF>ISR:194 ISRMIL>LBNUAF:195
            """)
    void armedGroupCountedLater(LocalDate date, String text, String expected) {
        assertThat(events(text, date)).containsExactlyInAnyOrder(expectedEvents(expected));
    }

    @org.junit.jupiter.api.Test
    void theArmysReportOfItsOwnBlowIsItsClaim() {
        var statements = CoderTestSupport.code("Rebels attacked an army post in northern Mali. The Malian army said it killed"
                + " 20 militants.", LocalDate.of(2023, 5, 10)).statements();
        assertThat(statements).anySatisfy(st -> {
            assertThat(st.speaker()).isEqualTo("MLIMIL");
            assertThat(st.targets()).containsExactly("MLIREB");
            assertThat(st.code()).isEqualTo("015");
        });
    }

    /** Near misses: no armed group was named before (gunmen are unidentified, R2), or the people are no group's. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-10 | The Malian army said it killed 20 militants. |
            2023-05-10 | Russia struck Kharkiv with missiles. Ukrainian forces killed 20 soldiers. | RUS>UKR:194
            2023-05-10 | Rebels attacked an army post in northern Mali. Police arrested 15 protesters in Bamako. | MLIREB>MLIMIL:190 MLICOP>MLICVL:173
            2023-05-10 | Gunmen attacked a bus in northern Kenya. Police arrested the attackers. |
            2023-05-10 | Russia struck Kharkiv with missiles. Ukraine said the attackers would be punished. | RUS>UKR:194
            """)
    void noArmedGroupCountedLater(LocalDate date, String text, String expected) {
        assertThat(events(text, date)).containsExactlyInAnyOrder(expectedEvents(expected));
    }

    /**
     * Migrants pushed or forced over a border into a state are sent away (174), aimed at that state, as "pushed migrants
     * back into Turkey" was; an attempt to do so, charged by that state, is its charge against the would-be actor (112).
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-11-10 | Belarusian guards forced migrants across the border into Lithuania. | BLR>LTU:174
            2021-11-10 | Polish border guards said Belarusian troops pushed migrants into Poland. | BLRMIL>POL:174
            2021-11-10 | Latvia said Belarusian border guards had tried to push asylum seekers into Latvia. | LVA>BLRCOP:112
            2021-11-10 | Lithuania said Minsk was trying to force migrants across the border into Lithuania. | LTU>BLRGOV:112
            2023-11-20 | Finland said Russia was attempting to push asylum seekers into Finland. | FIN>RUS:112
            """)
    void migrantsPushedOverABorder(LocalDate date, String text, String expected) {
        assertThat(events(text, date)).containsExactlyInAnyOrder(expectedEvents(expected));
    }

    /** Near misses: a push for something is an appeal to no one here; a third party's words keep the act, not a charge. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-11-10 | Aid groups pushed for refugees to be admitted into Germany. |
            2021-11-10 | Germany said Belarus was trying to push migrants into Poland. | BLR>POL:174
            """)
    void migrantsNotPushedOverABorder(LocalDate date, String text, String expected) {
        assertThat(events(text, date)).containsExactlyInAnyOrder(expectedEvents(expected));
    }
}
