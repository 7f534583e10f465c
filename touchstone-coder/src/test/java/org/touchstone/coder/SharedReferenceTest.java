package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who is meant when the sentence does not repeat a name, written for this test (never gold or tuning sentences): the
 * doer of a gerund after "by" in a later clause ("..., and Lima responded by expelling"), a state's possessive shared
 * by the institutions listed after it, "the two countries" brought in by a third state's words, and words that look
 * like actors but are not (Pakistan's Fatah missiles). Each row is "date | sentence | expected events".
 */
class SharedReferenceTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-10-02 | Algeria recalled its ambassador from Paris, and France responded by expelling two Algerian diplomats. | DZA>FRA:161 FRA>DZAGOV:161
            2018-03-15 | Britain ordered 23 Russian diplomats to leave, and Moscow retaliated by expelling 23 British diplomats. | GBR>RUSGOV:161 RUSGOV>GBRGOV:161
            2022-12-21 | Lima retaliated by expelling the Mexican ambassador. | PERGOV>MEXGOV:161
            2020-07-24 | Washington shut China's consulate in Houston; Beijing hit back by closing the US consulate in Chengdu. | USAGOV>CHNGOV:161 CHNGOV>USAGOV:161
            """)
    void aGerundAfterByBelongsToItsOwnClausesSubject(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-01-08 | Thousands of Bolsonaro supporters stormed Brazil's Congress and Supreme Court on Sunday. | BRACVL>BRALEG:145 BRACVL>BRAJUD:145
            2022-07-09 | Thousands of Sri Lankan protesters stormed Sri Lanka's Parliament, Supreme Court and presidential palace. | LKACVL>LKALEG:145 LKACVL>LKAJUD:145
            2021-01-06 | Thousands of Trump supporters stormed Congress on Wednesday. | USACVL>USALEG:145
            """)
    void aPossessiveOpeningAListOwnsEveryInstitutionInIt(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2025-05-10 | Pakistan shelled Indian posts, hours before Trump announced that the two countries had agreed to a ceasefire. | PAK>IND:0356 IND>PAK:0356
            2020-11-20 | Ethiopia shelled Eritrean positions, hours before Kenya announced that the two countries had agreed to a ceasefire. | ETH>ERI:0356 ERI>ETH:0356
            2019-04-25 | Kim Jong Un told Putin that he hoped to develop relations between the two countries. | PRKGOV>RUS:032
            """)
    void theTwoCountriesAreNotTheStateWhoseWordsNameThem(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2025-05-10 | Pakistan's army fired Fatah missiles at Indian air bases. | PAKMIL>INDMIL:194
            2019-05-30 | Russian state outlets accused Macron of lying. | RUSMED>FRAGOV:112
            """)
    void wordsThatOnlyLookLikeAnotherActor(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2006-12-30 | ETA set off a car bomb at Madrid's Barajas airport. | ESPREB>ESPCVL:1832
            2008-08-07 | South Ossetian separatists shelled Georgian villages. | GEOREB>GEOCVL:194
            2011-09-13 | The Haqqani network attacked the US embassy in Kabul. | AFGREB>USA:190
            2014-03-27 | The Philippine government signed a peace deal with the Moro Islamic Liberation Front. | PHLGOV>PHLREB:057 PHLREB>PHLGOV:057
            """)
    void armedGroupsNamedAloneAreRebelsOfTheirState(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2006-09-21 | The ousted Thai prime minister criticised the generals. | THAOPP>THAMIL:111
            2009-07-02 | The deposed Honduran president criticised the army. | HNDOPP>HNDMIL:111
            2006-09-21 | The Thai prime minister criticised the generals. | THAGOV>THAMIL:111
            2019-04-11 | Sudan's army ousted President Omar al-Bashir. | SDNMIL>SDNGOV:1722
            2011-03-19 | French jets struck Libyan government tanks near Benghazi. | FRAMIL>LBYMIL:195
            """)
    void leadersOutOfOfficeAndAGovernmentsArms(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }
}
