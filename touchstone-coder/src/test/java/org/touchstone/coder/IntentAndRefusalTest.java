package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.code;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.core.Event;

/**
 * What a state says it will or will not do (roots 03, 12, 13), written for this test from the CAMEO 1.1b3 manual, the
 * rules R8-R10 and S7-8 of docs/GOLD-SET.md and ordinary news English (never gold or tuning sentences): material aid
 * stopped or to be stopped (162x, 1311), weapons sold to a buyer named first or let across a territory (062, refused
 * 1212), a wish that another state leave (0256), funds released for a state (071, promised 0331), a ceasefire approved
 * (0356), force announced to "finish the job" (138), the modal of a verb shared across "and", planes turned back (120),
 * "there would be no ..." told to someone, rights restored or refused (0833, 1233), international calls refused (INT),
 * a cut in relations its own speaker reports in the progressive (announced, 13x; not "with immediate effect", and
 * not leaving a body, done by saying so), support
 * one is told not to expect (120), meetings one will not attend or will boycott (125), a threat in a participle after an accusation (aimed at the
 * accused), and the date of an act announced
 * "from August 1". Each row is "date | sentence | expected events".
 */
class IntentAndRefusalTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-09-20 | Slovakia would stop sending arms to Ukraine, its new prime minister said. | SVK>UKR:1311
            2023-09-20 | The Netherlands will halt deliveries of weapons to Israel, the foreign minister announced. | NLD>ISR:1311
            2023-09-20 | France will stop providing budget support to Mali. | FRA>MLI:1311
            2023-09-20 | Germany stopped supplying weapons to Saudi Arabia. | DEU>SAU:1622
            2023-09-20 | Canada ceased providing military aid to Egypt. | CAN>EGY:1622
            2023-09-20 | The United States halted arms deliveries to Egypt on Monday. | USA>EGY:1622
            2023-03-15 | Switzerland would not sell Denmark ammunition for Ukraine. | CHE>DNK:1212
            2023-03-15 | Switzerland said it would not sell weapons to Ukraine. | CHE>UKR:1212
            2023-03-15 | South Korea will sell Poland tanks and howitzers, officials said. | KOR>POL:0312
            2022-02-28 | Turkey would not allow arms shipments to Armenia through its airspace, Erdogan said. | TUR>ARM:1212
            2022-02-28 | Hungary will not allow weapons for Ukraine to cross its territory. | HUN>UKR:1212
            2022-02-28 | Romania allowed weapons for Ukraine to transit its territory. | ROM>UKR:062
            2024-01-11 | Iraq's prime minister said he wanted US-led troops to leave the country. | IRQGOV>USAMIL:0256
            2024-01-11 | Niger's junta wants French troops to leave by the end of the year, a spokesman said. | NERMIL>FRAMIL:0256
            2024-01-11 | Erdogan said he wanted Russia to end the war in Ukraine. | TURGOV>RUS:0256
            2024-02-29 | The EU will release 10 billion euros in frozen funds for Hungary, the Commission said. | IGOEUREEC>HUN:0331
            2024-02-29 | Brussels unlocked 10 billion euros in funds for Hungary on Wednesday. | IGOEUREEC>HUN:071
            2024-02-29 | The IMF said it would disburse a tranche of 700 million dollars to Pakistan. | IGOBUSIMF>PAK:0331
            2024-11-27 | Lebanon's cabinet approved a truce with Israel on Wednesday. | LBNGOV>ISR:0356
            2024-03-10 | Israel will finish the job against Hezbollah, the defence minister said. | ISR>LBNUAF:138
            2024-03-10 | Netanyahu said Israel would finish off Hamas in Gaza. | ISR>PSEREB:138
            2024-03-10 | Israel would push into Rafah and 'finish the job' against Hamas, Netanyahu told CNN. | ISR>PSEREB:138
            2025-01-27 | Venezuela turned back two US deportation flights on Sunday. | VEN>USA:120
            2023-03-15 | Egypt told Washington that there would be no talks with Ethiopia until the dam was halted. | EGY>ETH:125
            2023-03-15 | Saudi Arabia said that there would be no normalisation with Israel. | SAU>ISR:120
            2023-03-15 | There will be no talks with Russia while Putin is in power, Zelensky said. | UKRGOV>RUS:125
            2023-03-15 | Afghanistan's Taliban rulers again refused to reopen universities to women. | AFGGOV>AFGCVL:1233
            2023-03-15 | The Taliban backtracked on a promise to reopen high schools for girls on Monday. | AFGGOV>AFGCVL:1233
            2023-03-15 | The Taliban said they would reopen schools for girls next year. | AFGGOV>AFGCVL:0343
            2023-03-15 | Iran's government rejected international calls to let women attend football matches. | IRNGOV>INT:120
            2024-07-30 | Peru said it was expelling Venezuelan diplomats. | PER>VENGOV:161
            2024-07-30 | Chad said on Thursday it was withdrawing its ambassador from Sudan. | TCD>SDN:1313
            2024-01-28 | Mali and Niger said they were leaving the Economic Community of West African States. | MLI>IGOWAFWAS:160 NER>IGOWAFWAS:160
            2023-01-23 | Erdogan told Sweden not to expect Turkey's support for its bid to join NATO. | TURGOV>SWE:120
            2023-01-23 | Hungary told Kyiv it should not expect Budapest's backing for EU membership talks. | HUN>UKRGOV:120
            2022-12-07 | Colombia's president said he would not attend the summit as long as Peru's government refused to free Castillo. | COLGOV>PERGOV:125
            2024-08-13 | Sudan's army said it would boycott the talks with the RSF in Jeddah. | SDNMIL>SDNREB:125
            2023-07-17 | Moscow would not extend the grain agreement that let Kyiv ship wheat, Peskov said. | RUSGOV>UKRGOV:127
            2022-05-16 | Hungary would not approve Sweden's NATO bid, Orban said. | HUN>SWE:120
            2024-09-17 | Hezbollah blamed Israel for the blasts, vowing revenge. | LBNUAF>ISR:138
            2024-09-17 | Iran condemned the strike on its consulate, threatening a harsh response against Israel. | IRN>ISR:130
            2023-03-30 | Turkey's parliament approved Finland's NATO membership bid on Thursday. | TURLEG>FIN:050
            """)
    void codesTheAnnouncedOrRefusedAct(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-09-20 | Poland will stop the war, the president said. |
            2023-09-20 | Hungary did not stop sending gas to Serbia. |
            2023-09-20 | Poland has no plans to stop supplying weapons to Ukraine, the president said. |
            2023-03-15 | Switzerland did not sell weapons to Ukraine. |
            2024-01-11 | Iraq's prime minister said he did not want US troops to leave. |
            2024-02-29 | The EU released a statement on Hungary. |
            2024-03-10 | Israeli troops finished off Hamas fighters in the tunnel. | ISRMIL>PSEREB:190
            2024-03-10 | Moscow said it would consider the proposal, and Russian troops shelled Kharkiv. | RUSMIL>UKR:194
            2025-01-27 | Ukraine turned back a Russian assault near Bakhmut. |
            2023-03-15 | Forecasters told reporters that there would be no rain in Madrid. |
            2023-03-15 | The Taliban reversed the decision. |
            2021-06-05 | Boko Haram fighters abducted more than 80 girls in Zamfara. | NGAREB>NGACVL:181
            2024-07-30 | Peru expelled Venezuelan diplomats, the foreign ministry said. | PER>VENGOV:161
            2024-07-30 | Argentina said Venezuela was withdrawing its diplomats from Buenos Aires. | VEN>ARG:161
            2024-07-30 | Chad said it had been withdrawing its ambassador from Sudan for weeks. | TCD>SDN:161
            2024-01-28 | Mali and Niger said they were leaving the Economic Community of West African States with immediate effect. | MLI>IGOWAFWAS:160 NER>IGOWAFWAS:160
            2023-01-23 | Analysts said investors should not expect support from the central bank. |
            2024-08-13 | Sudan's army did not attend the talks in Jeddah. |
            2024-09-17 | Israel struck Gaza, killing 20 people, and Hamas vowed revenge. | ISR>PSE:194
            2024-03-20 | The UN chief called on Israel to open more crossings, warning that famine was imminent. | IGOUNO>ISR:020
            """)
    void aNearMissCodesOnlyWhatItSays(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(CoderTestSupport.expectedEvents(expected)); // an empty cell: no event
    }

    /**
     * S36-6, S27-3: declining to join another party's sanctions refuses economic cooperation with it (1211), a
     * military coalition military cooperation with its leader (1212), not admission (120); the sanctions' target is
     * no party of the refusal.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-15 | Hungary said it would not join European Union sanctions against Belarus. | HUN>IGOEUREEC:1211
            2023-03-15 | Egypt declined to join the US-led maritime coalition in the Gulf. | EGY>USA:1212
            """)
    void aRefusalToJoinSanctionsOrACoalitionRefusesCooperation(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(CoderTestSupport.expectedEvents(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-01-11 | Mali wanted to leave ECOWAS, a minister said.
            2024-01-11 | The minister wanted to leave the talks early.
            """)
    void aWishToLeaveOneselfIsNoAppeal(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.endsWith(":0256"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2025-07-09 | Trump said he would impose 30 percent tariffs on Mexican goods starting August 1. | 2025-07-09 | USAGOV
            2025-07-09 | Trump said he would impose tariffs on Japan from August 1. | 2025-07-09 | USAGOV
            2025-03-20 | Trump said on Monday he would visit Saudi Arabia in May. | 2025-03-17 | USAGOV
            2025-03-20 | Trump said he would visit Saudi Arabia in May. | 2025-03-20 | USAGOV
            2025-07-09 | Trump met Lula in Brasilia on June 3. | 2025-06-03 | USAGOV
            """)
    void aDateToComeIsNotTheEventsDate(LocalDate date, String sentence, LocalDate expected, String source) {
        List<Event> coded = code(sentence, date).events();
        assertThat(coded).isNotEmpty();
        assertThat(coded.get(0).date()).isEqualTo(expected);
        assertThat(coded.get(0).source().code()).isEqualTo(source);
    }
}
