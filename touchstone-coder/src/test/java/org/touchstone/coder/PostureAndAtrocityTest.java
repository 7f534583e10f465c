package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shows of force and deployments as wire reporters phrase them (roots 15 and 07/08), written for this test from the
 * CAMEO 1.1b3 manual and ordinary news English (never gold or tuning sentences): forces ordered to a border, ships in
 * the waters around a state's islands, air defences raised ahead of another state's act, drills held despite another
 * state's threats or on one's own islands, forces let into a state at its rulers' request; and atrocities counted
 * "as many as" a number, captives killed en masse. Each row is "date |
 * sentence | expected events" (comma-separated, in any order; empty for none); near misses list every event the
 * sentence gives.
 */
class PostureAndAtrocityTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2008-03-04 | Hugo Chavez ordered troop battalions to the border with Colombia. | VENGOV>COL:154
            2008-03-04 | Hugo Chavez and Rafael Correa each ordered troop battalions to their borders with Colombia. | VENGOV>COL:154, ECUGOV>COL:154
            2021-04-10 | Russia ordered tanks to its border with Ukraine. | RUS>UKR:154
            2020-10-01 | Armenia ordered additional troops to the Azerbaijani border. | ARM>AZE:154
            2022-01-20 | Putin ordered troops back from the border with Ukraine. |
            2012-09-14 | Six Chinese surveillance ships entered waters around the Senkakus on Friday. | CHN>JPN:150
            2013-05-02 | Chinese coast guard vessels sailed into waters near the Senkaku Islands. | CHNCOP>JPN:150
            2022-08-05 | Chinese warships entered the waters off Taiwan. | CHNMIL>TWN:150
            2013-05-02 | Chinese fishing boats entered waters near Hainan. |
            2012-04-10 | Japan deployed missile batteries on Okinawa ahead of North Korea's planned launch. | JPN>PRK:152
            2024-04-12 | Israel deployed air defence systems ahead of an Iranian retaliation. | ISR>IRN:152
            2012-12-04 | Germany deployed Patriot batteries to Turkey. | DEU>TUR:074, TUR>DEU:0861
            2012-04-10 | Japan deployed air defences around Tokyo. |
            2010-12-20 | South Korea staged live-fire artillery drills on Yeonpyeong island on Monday despite threats of retaliation from Pyongyang. | KOR>PRK:150
            2023-04-10 | Taiwan held drills despite threats from Beijing. | TWN>CHNGOV:150
            2023-04-10 | Poland put its troops on alert ahead of Russia's military exercises. | POL>RUS:152
            2023-04-10 | Poland put its troops on alert ahead of the elections. |
            2011-03-14 | Saudi troops rolled across the causeway into Bahrain on Monday at the request of the kingdom's rulers. | SAUMIL>BHR:074, BHR>SAUMIL:0861
            2011-03-14 | Saudi troops entered Bahrain at the request of its government. | SAUMIL>BHR:074, BHR>SAUMIL:0861
            2013-01-11 | French troops crossed into Mali at the invitation of its government. | FRAMIL>MLI:074, MLI>FRAMIL:0861
            2008-08-08 | Russian tanks rolled into Georgia on Friday. | RUSMIL>GEO:190
            2008-08-08 | Russian troops entered Georgia on Friday. | RUSMIL>GEO:192
            """)
    void showsOfForceAndDeployments(String date, String text, String expected) {
        String[] codes = expected == null ? new String[0] : Arrays.stream(expected.split(",")).map(String::strip).toArray(String[]::new);
        assertThat(events(text, LocalDate.parse(date))).containsExactlyInAnyOrder(codes);
    }

    /**
     * Atrocities by their count: "as many as" opens a count, not a clause, and a hundred or more captives or unarmed
     * people killed are a mass killing (202) even when they were soldiers; fewer, or soldiers killed in battle, stay 180.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2014-06-27 | Islamic State militants executed 1,700 captured Iraqi air force cadets. | IMGMOSISI>IRQMIL:202
            2022-04-10 | Russian forces executed as many as 150 captured Ukrainian soldiers near Bakhmut. | RUSMIL>UKRMIL:202
            2014-06-27 | Islamic State militants executed 1,700 captured Iraqi soldiers. | IMGMOSISI>IRQMIL:202
            2014-06-27 | Islamic State militants killed as many as 300 civilians in Mosul. | IMGMOSISI>IRQCVL:202
            2021-06-05 | Boko Haram fighters killed as many as 200 villagers in Borno. | NGAREB>NGACVL:202
            2014-06-27 | Islamic State militants killed as many as 30 civilians in Mosul. | IMGMOSISI>IRQCVL:202
            2022-04-10 | Russian troops killed 120 Ukrainian soldiers near Bakhmut. | RUSMIL>UKRMIL:190
            2014-06-27 | Islamic State militants executed 1,700 Iraqi cadets. | IMGMOSISI>IRQMIL:180
            2021-03-10 | Russia expelled as many as ten US diplomats. | RUS>USAGOV:161
            """)
    void atrocitiesByTheirCount(String date, String text, String expected) {
        showsOfForceAndDeployments(date, text, expected);
    }

    /** Forces that drive armed men named by their kind out of a place fight them (190); the Islamic Courts are SOMREB. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2006-12-28 | Ethiopian troops and Somali government forces drove the Islamic Courts militias out of Mogadishu on Thursday. | ETHMIL>SOMREB:190, SOMMIL>SOMREB:190
            2006-12-30 | Ethiopian troops drove Islamic Courts militias from Kismayo. | ETHMIL>SOMREB:190
            2015-03-27 | Nigerian troops drove Boko Haram militiamen out of Gwoza. | NGAMIL>NGAREB:190
            2006-12-28 | Police drove the militia out of the market. |
            """)
    void armedMenDrivenOut(String date, String text, String expected) {
        showsOfForceAndDeployments(date, text, expected);
    }

    /** S30-13: forces moved "to send a message" or "as a signal" to a state are a show of force toward it (150). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-05-06 | The United States is deploying a carrier strike group to the Gulf to send a clear message to Iran. | USA>IRN:150
            2019-05-06 | Britain deployed two destroyers to the region as a strong signal to Tehran. | GBR>IRN:150
            2019-05-06 | The United States deployed an aircraft carrier to the Middle East. |
            2019-05-06 | The United States deployed an aircraft carrier to the Gulf after talks failed, and Trump sent a message to Iran. |
            """)
    void forcesSentAsAMessage(String date, String text, String expected) {
        showsOfForceAndDeployments(date, text, expected);
    }
}
