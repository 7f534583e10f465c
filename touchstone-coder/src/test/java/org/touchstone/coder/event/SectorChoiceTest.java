package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which sector a side takes when the country is right (session 20). GOLD-SET roles table: detainees, deportees and
 * hostages are CVL. People of another country who are arrested (173), deported (174) or abducted (181) and named only
 * by their nationality ("a Czech", "a Pakistani national", "a Ukrainian diving instructor"), or deported or forced "back to" their
 * country, are that country's civilians, not the bare state; a role named keeps its sector ("a US soldier"), a spy and
 * a ship seized stay the state's, and people deported "to" or pushed "into" another state are sent at that state. Sentences written for this test (never gold or tuning sentences).
 * Each row is "date | sentence | expected events".
 */
class SectorChoiceTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-09-14 | Venezuela detained two Spaniards and a Czech on Saturday. | VEN>ESPCVL:173 VEN>CZECVL:173
            2023-06-14 | German police detained a Ukrainian man suspected of sabotage. | DEUCOP>UKRCVL:173
            2023-06-14 | Indian police arrested a Pakistani national near the border. | INDCOP>PAKCVL:173
            2023-06-14 | The Taliban detained a British national in Kabul. | AFGGOV>GBRCVL:173
            2023-06-14 | Lebanese soldiers forced dozens of Syrian refugees back to Syria. | LBNMIL>SYRCVL:174
            2023-02-07 | Al-Shabaab militants kidnapped a Kenyan teacher near the border. | SOMREB>KENCVL:181
            2023-02-07 | Separatist rebels in Papua abducted a New Zealand pilot on Tuesday. | IDNREB>NZLCVL:181
            """)
    void foreignersHeldOrDeportedAreCivilians(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-06-14 | Russia arrested a US soldier in Vladivostok. | RUS>USAMIL:173
            2008-11-17 | Somali pirates hijacked the Saudi supertanker Sirius Star on Monday. | SOMCRM>SAU:181
            2023-06-14 | Russia expelled two Estonian diplomats. | RUS>ESTGOV:161
            2021-08-10 | Belarusian soldiers pushed dozens of migrants into Latvia. | BLRMIL>LVA:174
            2023-06-14 | Poland's security service detained a Belarusian agent near the border. | POLSPY>BLR:173
            2023-06-14 | Mexico deported a wanted gang leader to the United States. | MEX>USA:174
            """)
    void aNamedRoleOrAShipKeepsItsSector(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected).noneMatch(e -> e.contains("CVL"));
    }
}
