package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Force, shows of force, territory taken and protest by their purpose (roots 14, 15, 18, 19), written for this test from
 * the CAMEO 1.1b3 manual, the gold set's rules (R2, R17, S7-4) and ordinary news English, never from gold or tuning
 * sentences: a crowd that protests against a bill, law, reform or measure, or for its withdrawal, presses for a change
 * of policy (1412; a strike, 1432); roads blocked to force a leader out (1441) or against a measure (1442); missiles, rockets or shells fired into the sea or waters hit nothing and show force (150) to the
 * state whose waters or coast, or at whom the show is aimed; a place taken from a side named after a place, or as that side
 * abandons or flees it, is taken from that side (192); attackers wielding knives, axes or sticks assault (182); sites used,
 * operated or owned by a force make it the target of the strike; a country after a place preposition and a direction
 * ("across southern Peru") is a place. Each row is "date | sentence | expected events"; the near misses list every event
 * the sentence gives.
 */
class ForceAndProtestTargetsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-06-17 | Thousands of protesters rallied in Tbilisi on Saturday against the bill. | GEOCVL>GEOGOV:1412
            2019-06-17 | Thousands of Georgians protested in Tbilisi against a law on foreign agents. | GEOCVL>GEOGOV:1412
            2023-03-07 | Hundreds of thousands of people marched in Paris against the pension reform. | FRACVL>FRAGOV:1412
            2023-03-07 | Thousands of Serbs demonstrated in Belgrade over the new mining law. | SRBCVL>SRBGOV:1412
            2023-03-07 | French workers went on strike against the pension reform. | FRACVL>FRAGOV:1432
            2023-01-11 | Protesters blocked highways in Peru to demand the resignation of President Dina Boluarte. | PERCVL>PERGOV:1441
            2023-01-11 | Protesters blocked highways across southern Peru to demand the resignation of President Dina Boluarte. | PERCVL>PERGOV:1441
            2023-01-11 | Peruvian protesters blocked highways on Monday to demand the resignation of President Dina Boluarte. | PERCVL>PERGOV:1441
            2023-01-11 | Kenyan protesters blocked roads in Nairobi, demanding the resignation of President William Ruto. | KENCVL>KENGOV:1441
            2024-01-05 | North Korea fired some 200 artillery shells into waters near South Korea's Yeonpyeong island. | PRK>KOR:150
            2022-03-24 | North Korea launched rockets into the sea off Japan on Monday. | PRK>JPN:150
            2022-03-24 | North Korea fired missiles into the sea off Japan on Monday. | PRK>JPN:150
            2022-03-24 | South Korea fired several missiles into the sea on Thursday in a show of force aimed at North Korea. | KOR>PRK:150
            2022-03-24 | Taiwan fired rockets into the sea in a show of force against China. | TWN>CHN:150
            2023-08-29 | Ukrainian troops recaptured the village of Robotyne in the south from Russian forces. | UKRMIL>RUSMIL:192
            2023-08-29 | Russian forces took the town of Bakhmut in eastern Ukraine from Ukrainian troops. | RUSMIL>UKRMIL:192
            2022-09-11 | Ukrainian forces retook the railway hub of Izium as Russian troops abandoned their positions. | UKRMIL>RUSMIL:192
            2017-07-09 | Iraqi troops recaptured Mosul as Islamic State fighters withdrew. | IRQMIL>IMGMOSISI:192
            2024-06-18 | Chinese coast guard personnel wielding knives and axes attacked Philippine navy boats. | CHNCOP>PHLMIL:182
            2024-06-18 | Chinese coast guard personnel armed with sticks attacked Philippine sailors. | CHNCOP>PHLMIL:182
            2023-10-27 | US fighter jets struck two facilities in eastern Syria used by Iran's Revolutionary Guards. | USAMIL>IRNMIL:195
            2023-10-27 | Israeli jets struck an airbase in Syria operated by Iranian forces. | ISRMIL>IRNMIL:195
            2023-10-27 | Israel struck a warehouse in southern Lebanon owned by Hezbollah. | ISR>LBNUAF:194
            """)
    void codesTheAct(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-06-17 | Thousands of Georgians rallied in Tbilisi against the war. | GEOCVL>GEOGOV:141
            2023-01-11 | French farmers blocked roads around Paris on Monday. | FRACVL>FRAGOV:144
            2022-03-24 | North Korea fired two ballistic missiles into the sea off its east coast. |
            2022-03-24 | Russian troops fired artillery shells at Ukrainian positions. | RUSMIL>UKRMIL:194
            2022-03-24 | North Korea fired missiles at South Korean warships. | PRK>KORMIL:194
            2022-09-11 | Ukrainian forces retook Izium on Saturday. | UKRMIL>UKR:192
            2022-09-11 | Ukrainian forces retook Izium as President Zelensky visited Kyiv. | UKRMIL>UKR:192
            2024-06-18 | Chinese coast guard personnel carrying knives boarded Philippine boats. |
            2023-10-27 | Israeli jets struck a warehouse in Syria on Monday, the army said. | ISRMIL>SYR:195
            2023-10-27 | Russian missiles hit a power plant in Kyiv used by civilians. | RUSMIL>UKR:194
            """)
    void aNearMissCodesOnlyWhatItSays(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(CoderTestSupport.expectedEvents(expected)); // an empty cell: no event
    }
}
