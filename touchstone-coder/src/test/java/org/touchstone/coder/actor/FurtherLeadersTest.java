package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.coder.dict.Person;

/**
 * Leaders of the states people.txt's session-7 section added (and of the holes it filled): a
 * sentence "title name verb country" codes the leader as the state's government on a day in
 * office, and no longer as its government once the leader has left office (then COUNTRY+OPP, the
 * sector Person.FORMER_SECTOR gives out-of-office leaders). One person for about every dozen
 * added, across the regions.
 */
class FurtherLeadersTest {
    /** "SOURCE>TARGET:CODE" of every event the coder finds in the sentence on that day. */
    private static List<String> events(String text, LocalDate date) {
        return CoderTestSupport.events(CoderTestSupport.code(text, date));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            President Mahamadou Issoufou criticized France.               | NER | FRA | 2018-05-02 | 2022-01-10
            President Ibrahim Boubacar Keita criticized France.           | MLI | FRA | 2019-11-20 | 2021-06-01
            President Macky Sall criticized France.                       | SEN | FRA | 2019-03-04 | 2025-02-03
            President John Magufuli criticized Kenya.                     | TZA | KEN | 2019-07-15 | 2022-07-15
            President Nana Akufo-Addo criticized Nigeria.                 | GHA | NGA | 2020-09-01 | 2025-06-02
            President Edgar Lungu criticized Zimbabwe.                    | ZMB | ZWE | 2018-04-10 | 2022-04-11
            Prime Minister Fayez al-Sarraj criticized Egypt.              | LBY | EGY | 2019-06-12 | 2022-06-13
            President Pedro Castillo criticized Mexico.                   | PER | MEX | 2022-03-01 | 2023-06-01
            President Dina Boluarte criticized Mexico.                    | PER | MEX | 2023-03-01 | 2025-11-03
            President Guillermo Lasso criticized Colombia.                | ECU | COL | 2022-05-02 | 2024-05-02
            President Juan Orlando Hernandez criticized Nicaragua.        | HND | NIC | 2019-02-05 | 2023-02-06
            President Jimmy Morales criticized Belize.                    | GTM | BLZ | 2018-08-01 | 2021-08-02
            Prime Minister Zoran Zaev criticized Bulgaria.                | MKD | BGR | 2018-06-05 | 2023-06-05
            President Kolinda Grabar-Kitarovic criticized Serbia.         | HRV | SRB | 2017-10-03 | 2021-10-04
            President Hashim Thaci criticized Serbia.                     | KSV | SRB | 2018-09-04 | 2021-09-06
            President Igor Dodon criticized Romania.                      | MDA | ROM | 2018-02-06 | 2021-02-08
            Prime Minister Leo Varadkar criticized Britain.               | IRL | GBR | 2018-12-04 | 2024-06-04
            President Almazbek Atambayev criticized Kazakhstan.           | KGZ | KAZ | 2016-10-04 | 2019-10-07
            Prime Minister KP Sharma Oli criticized India.                | NPL | IND | 2020-06-09 | 2022-06-09
            President Abdulla Yameen criticized India.                    | MDV | IND | 2017-03-07 | 2020-03-09
            Prime Minister Jacinda Ardern criticized China.               | NZL | CHN | 2019-04-02 | 2023-06-06
            Carrie Lam criticized Britain.                                | HKG | GBR | 2019-07-02 | 2023-07-04
            Prime Minister Katrin Jakobsdottir criticized Russia.         | ISL | RUS | 2022-03-01 | 2025-01-13
            President Desi Bouterse criticized the Netherlands.           | SUR | NLD | 2015-06-01 | 2021-06-01
            Emir Sabah al-Ahmad al-Sabah praised Qatar.                   | KWT | QAT | 2018-01-09 | 2021-01-11
            """)
    void aLeaderIsTheGovernmentWhileInOfficeAndAFormerOfficialAfter(String sentence, String state, String target,
                                                                    LocalDate inOffice, LocalDate afterOffice) {
        assertThat(events(sentence, inOffice)).singleElement().asString().startsWith(state + "GOV>" + target + ":");
        assertThat(events(sentence, afterOffice)).singleElement().asString().startsWith(state + Person.FORMER_SECTOR + ">" + target + ":");
    }
}
