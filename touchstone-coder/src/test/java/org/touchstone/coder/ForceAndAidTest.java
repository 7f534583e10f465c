package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Territory, fire, deployments and aid (roots 07, 15, 18, 19), written for this test from the CAMEO 1.1b3 manual, the
 * gold set's rules (R5, R7, R16, R17, R19, S7-5, S7-16) and ordinary news English, never from gold or tuning sentences: a
 * movement the dictionaries hold as one actor taking a city; an ambassador, envoy, minister or governor killed; fire
 * exchanged however heavy; an earlier act days or more before is background; parts of a city are places; a strike that
 * kills is one act by the striking state's military; troops sent or deploying to help a state, received by it; a
 * government placed by its seat; rescue and medical teams sent; a city advanced on is the state's ground; aircraft or
 * ships entering "its" airspace or waters intrude on the state named before them, and a restrictive relative clause ("aircraft
 * that had entered ...") has the actor before "that" as its subject; suspects and cartel figures sent or handed over to another state are judicial
 * cooperation (063), intelligence passed or given is shared (064); a gerund after a possessive is a noun ("Khashoggi's
 * killing"); what "to help X" do is a purpose; a crossing opened to let aid into a place lets it in (0863); separatists,
 * rebels or insurgents named only so fight as the rebels of the state the sentence places their act in (not gunmen, R2). Each row is "date | sentence | expected events"; the
 * near misses list every event the sentence gives.
 */
class ForceAndAidTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-08-10 | The Taliban captured Kunduz on Sunday. | AFGREB>AFG:192
            2021-08-10 | Taliban fighters took control of Herat, the country's third-largest city. | AFGREB>AFG:192
            2021-08-10 | Taliban insurgents overran Ghazni on Thursday. | AFGREB>AFG:192
            2021-08-10 | Taliban fighters entered Jalalabad without a fight. | AFGREB>AFG:192
            2022-12-19 | A Ukrainian drone killed Russia's governor of Belgorod, Moscow said. | UKRMIL>RUSGOV:186
            2022-12-19 | Islamic State militants assassinated the provincial governor of Kandahar. | IMGMOSISI>AFGGOV:186
            2016-12-19 | A Turkish policeman shot dead the Russian envoy in Ankara. | TURCOP>RUSGOV:186
            2023-09-06 | Indian and Pakistani troops traded heavy fire across the Line of Control on Sunday. | INDMIL>PAKMIL:190 PAKMIL>INDMIL:190
            2023-09-06 | Armenian and Azerbaijani forces exchanged intense fire overnight near the border. | ARMMIL>AZEMIL:190 AZEMIL>ARMMIL:190
            2023-09-06 | Thai soldiers exchanged sporadic fire with Cambodian troops near the disputed temple. | THAMIL>KHMMIL:190 KHMMIL>THAMIL:190
            2023-09-06 | Armenia and Azerbaijan exchanged heavy fire on Monday. | ARM>AZE:190 AZE>ARM:190
            2022-02-24 | Ukraine closed its airspace, hours after Russia attacked Ukrainian cities. | RUS>UKR:190
            2024-01-02 | A Russian missile strike on a Kharkiv suburb killed a Ukrainian general. | RUSMIL>UKRMIL:186
            2024-01-02 | An Israeli air strike in southern Beirut killed a senior Hezbollah commander. | ISRMIL>LBNUAF:186
            2024-01-02 | An Israeli drone strike on a Damascus district killed an Iranian general. | ISRMIL>IRNMIL:186
            2020-12-21 | Rwanda sent troops to Mozambique to fight insurgents in Cabo Delgado. | RWA>MOZ:074 MOZ>RWA:0861
            2022-01-06 | Russia sent troops to Kazakhstan on Thursday. | RUS>KAZ:074 KAZ>RUS:0861
            2020-12-21 | Kenya sent troops to Somalia to support the government in Mogadishu. | KEN>SOM:074 SOM>KEN:0861
            2022-01-06 | Russian troops began deploying to Kazakhstan to help the government in Astana. | RUSMIL>KAZGOV:074 KAZGOV>RUSMIL:0861
            2020-01-05 | Turkish troops began deploying to Libya to support the Libyan government. | TURMIL>LBYGOV:074 LBYGOV>TURMIL:0861
            2023-02-07 | Japan sent a rescue team to Turkey after the earthquake. | JPN>TUR:073
            2023-02-07 | Algeria dispatched a search-and-rescue team to Morocco. | DZA>MAR:073
            2023-02-07 | India sent a medical team to Nepal on Monday. | IND>NPL:073
            2023-02-07 | Spain dispatched a disaster relief team to Libya. | ESP>LBY:073
            2021-11-04 | Tigrayan rebels advanced toward Addis Ababa on Tuesday. | ETHREB>ETH:190
            2021-11-04 | Houthi rebels pushed towards the port city of Aden. | YEMREB>YEM:190
            2021-04-12 | Japan scrambled jets after Russian bombers entered its air defence zone. | RUSMIL>JPN:150 JPN>RUSMIL:152
            2021-04-12 | Manila protested after Chinese coast guard vessels entered its territorial waters. | CHNCOP>PHL:150
            2021-04-12 | Seoul scrambled fighters to warn off two Russian bombers that had violated its airspace. | RUSMIL>KOR:150
            2025-02-27 | Mexico sent 29 cartel bosses to the United States on Thursday. | MEX>USA:063
            2025-02-27 | Mexico handed over 26 cartel members to the United States. | MEX>USA:063
            2017-08-22 | Morocco passed intelligence to Spain on the cell. | MAR>ESP:064
            2017-08-22 | Morocco gave Spain intelligence on the attackers. | MAR>ESP:064
            2017-08-22 | Jordan passed on information about the plot to France. | JOR>FRA:064
            2023-10-21 | Israel reopened the Kerem Shalom crossing to allow trucks carrying aid into Gaza. | ISR>PSE:0863
            2023-10-21 | Turkey opened the border to let aid convoys into northern Syria. | TUR>SYR:0863
            2023-10-21 | Egypt opened the Rafah crossing to let the first trucks of aid into Gaza. | EGY>PSE:0863
            2022-11-07 | Armed separatists kidnapped 30 pupils from a school in Cameroon's North West region. | CMRREB>CMRCVL:181
            2022-11-07 | Insurgents stormed a hotel in Mogadishu on Saturday. | SOMREB>SOMCVL:190
            2021-04-12 | Chinese military aircraft entered Taiwan's air defence zone on Monday. | CHNMIL>TWN:150
            2021-04-12 | Russian bombers flew into Japan's air defense identification zone. | RUSMIL>JPN:150
            2021-04-12 | Japan scrambled jets after Chinese drones flew into its airspace. | CHNMIL>JPN:150
            2021-04-12 | Chinese coast guard ships intruded into Japanese territorial waters near the Senkakus. | CHNCOP>JPN:150
            2023-01-09 | Taiwan scrambled jets after Chinese drones crossed into its airspace on Sunday. | CHNMIL>TWN:150
            2023-01-09 | A Russian drone crossed into Moldovan airspace during an attack on Ukrainian ports. | RUSMIL>MDA:150
            2023-01-09 | Three Belarusian officials were placed under sanctions by Canada on Friday. | CAN>BLRGOV:163
            2020-12-21 | Turkey condemned the government in Damascus. | TUR>SYRGOV:111
            2021-10-21 | The government in Kabul rejected the Pakistani accusations. | AFGGOV>PAK:016
            """)
    void codesTheAct(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2020-10-01 | Trump and Biden clashed repeatedly during the first debate. | USAGOV>USAOPP:111 USAOPP>USAGOV:111
            2022-12-19 | A gunman shot dead Iran's ambassador in a cafe. |
            2022-12-19 | Russian troops killed two Ukrainian soldiers near Bakhmut. | RUSMIL>UKRMIL:190
            2023-09-06 | Armenia and Azerbaijan exchanged heavy accusations over the clashes. |
            2020-06-20 | China and India agreed to disengage, weeks after Chinese troops attacked Indian soldiers in the Galwan Valley. | CHN>IND:0356 IND>CHN:0356
            2020-06-20 | Japan protested to Beijing, two days after Chinese coast guard ships entered its territorial waters. | JPN>CHNGOV:114
            2020-06-20 | Seoul summoned the North Korean envoy, months after Pyongyang fired missiles at Japan. | KORGOV>PRKGOV:110
            2024-01-02 | An Israeli strike on a Beirut suburb killed a senior Hamas commander. | ISRMIL>PSEREB:186
            2022-02-10 | Russia deployed troops to the border to help deter Ukraine. | RUS>UKR:154
            2022-02-10 | Poland sent troops to its border with Belarus. | POL>BLR:154
            2023-02-07 | Japan sent a team of negotiators to Turkey on Tuesday. |
            2021-11-04 | Tigrayan rebels attacked the town of Dessie. | ETHREB>ETH:190
            2021-04-12 | The airliner left its airspace on Monday. |
            2023-06-18 | Blinken flew into Beijing on Sunday for talks with Wang Yi. | USAGOV>CHNGOV:046 CHNGOV>USAGOV:046
            2021-04-12 | Russian paratroopers flew into Kazakhstan on Thursday. |
            2022-11-07 | Gunmen abducted 30 pupils from a school in Cameroon's North West region. |
            2022-11-07 | Separatists kidnapped two teachers on Monday. |
            2021-07-07 | Gunmen killed the president at his residence in Port-au-Prince. |
            2025-02-27 | Mexico sent aid to Cuba. | MEX>CUB:070
            2017-08-22 | Parliament passed a law on Tuesday. |
            2021-05-26 | Southern African leaders agreed to deploy a standby force to help Mozambique fight insurgents in Cabo Delgado. | AFR>MOZ:0334
            2021-05-26 | Western weapons helped Ukraine repel the Russian assault. | UKR>RUS:190
            2018-10-27 | Turkey gave recordings related to Khashoggi's killing to Saudi Arabia. | TUR>SAU:064
            2021-04-12 | Japan warned Russia that its patience was running out. | JPN>RUS:130
            2024-04-02 | Israel has neither confirmed nor denied carrying out the strike that destroyed Iran's consulate in Damascus. |
            """)
    void aNearMissCodesOnlyWhatItSays(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(CoderTestSupport.expectedEvents(expected)); // an empty cell: no event
    }
}
