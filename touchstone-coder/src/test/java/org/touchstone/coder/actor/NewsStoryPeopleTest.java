package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.expectedEvents;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Session 23 (actors23): private people the news names for years with no nationality or role before the name
 * (Khashoggi, Gershkovich, Assange, Mahsa Amini), armed movements of Aceh and Papua, a one-word surname followed by a
 * given name that only begins a longer dictionary form ("Assad Khalil" is not Syria's president), a counterpart of
 * "its" or "their" that belongs to a body and not to the person named between, and the "to" of "related to" that
 * opens what an object concerns; the surname of a person a country's role word introduced by full name ("Ukrainian
 * activist Oleksandr Petrenko") is that person later in the document; a comma participle that repeats what two sources
 * did toward each other ("exchanged prisoners, freeing ...") is that act (R5). Sentences are written for this test, not
 * taken from gold or tuning files.
 */
class NewsStoryPeopleTest {
    /** The codes of the resolved mentions of a sentence, left to right. */
    private static List<String> actors(String text, LocalDate date) {
        return CoderTestSupport.actors(text, date, ActorMention::isResolved);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Investigators searched the consulate after Jamal Khashoggi disappeared.  | 2018-10-15 | SAUMED
            Khashoggi's fiancee appealed for help.                                    | 2019-10-02 | SAUMED
            A court in Yekaterinburg extended Evan Gershkovich's detention.          | 2023-08-24 | RUSJUD USAMED
            Gershkovich appeared in court in a glass cage.                          | 2024-06-26 | USAMED
            Julian Assange was freed on Monday.                                     | 2024-06-24 | AUSCVL
            Protests over the death of Mahsa Amini spread to dozens of cities.      | 2022-09-22 | IRNCVL
            Amini said the talks had failed.                                        | 2022-09-22 |
            The Free Aceh Movement signed the accord in Helsinki.                   | 2005-08-15 | IDNREB FIN
            GAM rebels attacked an army post.                                       | 2003-05-20 | IDNREB
            The Free Papua Movement took the pilot hostage.                         | 2023-02-08 | IDNREB
            Libyan rebels arrested Assad Khalil in Benghazi.                        | 2011-08-25 | LBYREB LBY
            Assad met Putin in Moscow.                                              | 2020-01-07 | SYRGOV RUSGOV RUS
            Assad Monday accused Turkey of backing terrorists.                      | 2020-01-07 | SYRGOV TUR
            Khalil al-Hayya rejected the proposal.                                  | 2024-08-15 | PSEREB
            Russian police arrested Ukrainian activist Oleksandr Petrenko, and Ukraine condemned the arrest of Petrenko. | 2023-03-30 | RUSCOP UKRCVL UKR UKRCVL
            Russia detained American reporter John Smithson, and Washington demanded Smithson's release.   | 2023-03-30 | RUS USAMED USAGOV USAMED
            Oleksandr Petrenko criticised Ukrainian officials, and Petrenko left.                            | 2023-03-30 | UKRGOV
            Iranian police Monday arrested protesters in Tehran.                                             | 2023-03-30 | IRNCOP IRNCVL
            """)
    void whoIsRecognised(String sentence, LocalDate date, String expected) {
        assertThat(actors(sentence, date)).as(sentence).containsExactly(expectedEvents(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2018-10-20 | Saudi agents killed journalist Jamal Khashoggi inside the consulate. | SAUGOV>SAUMED:186
            2019-04-11 | British police arrested Julian Assange at the Ecuadorean embassy. | GBRCOP>AUSCVL:173
            2005-08-15 | The Indonesian government and the Free Aceh Movement signed a peace accord in Helsinki. | IDNGOV>IDNREB:057 IDNREB>IDNGOV:057
            2018-11-01 | Turkish investigators shared their findings on the murder of journalist Jamal Khashoggi with their US counterparts. | TURCOP>USACOP:064
            2018-11-01 | Turkish investigators shared their findings on the killing with their US counterparts. | TURCOP>USACOP:064
            2018-11-10 | Turkey gave recordings related to Khashoggi's killing to Saudi Arabia. | TUR>SAU:064
            2018-11-10 | Turkey gave recordings relating to the Russian president's visit to Saudi Arabia. | TUR>SAU:064
            2018-11-10 | Turkey gave recordings of the killing to Saudi Arabia. | TUR>SAU:064
            2018-11-10 | Turkey gave the recordings to Saudi Arabia. | TUR>SAU:064
            2024-08-01 | Russia and the United States exchanged prisoners in Ankara, freeing Evan Gershkovich among others. | RUS>USA:0841 USA>RUS:0841
            2024-08-01 | Russia and the United States exchanged prisoners in Ankara, and Russia freed Evan Gershkovich. | RUS>USA:0841 USA>RUS:0841 RUS>USAMED:0841
            """)
    void theActorIsCodedAsNamed(LocalDate date, String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, date)).containsExactly(expectedEvents(expected));
    }
}
