package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A state's power over its own people and officials, and offices changing hands (roots 08, 09, 11, 17, 20), written
 * for this test in ordinary news English (never gold or tuning sentences): resignations handed in or announced, orders
 * to jail or free and charges dropped, the roles a crackdown arrests (soldiers, judges, journalists, opposition
 * officials named in a list or after "including"), courts, prosecutors and investigators named without their state
 * acting on a named office holder, anti-corruption bodies as the judiciary, people forced across a border. Each row
 * is "date | sentence | expected events"; the near misses list every event the sentence gives, or what it must not.
 */
class DomesticPowerTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-03-01 | Armenia's prime minister tendered his resignation to the president on Sunday. | ARMGOV>ARM:0831
            2022-07-14 | Sri Lanka's president emailed his resignation to the speaker of parliament. | LKAGOV>LKA:0831
            2020-01-15 | Russia's prime minister submitted his government's resignation to the president. | RUSGOV>RUS:0831
            2020-08-10 | Lebanon's prime minister announced his cabinet's resignation in a televised speech. | LBNGOV>LBN:0831
            2021-11-20 | The Kuwaiti cabinet handed in its resignation to the emir on Monday. | KWTGOV>KWT:0831
            2022-07-07 | Britain's prime minister announced his resignation on Thursday. | GBRGOV>GBR:0341
            2016-07-18 | Turkish authorities detained hundreds of judges and soldiers after the coup attempt. | TURGOV>TURJUD:173 TURGOV>TURMIL:173
            2021-01-24 | Russian police detained more than 3,000 protesters, among them several journalists. | RUSCOP>RUSCVL:173 RUSCOP>RUSMED:173
            2019-01-22 | Zimbabwean police have arrested hundreds of people, including opposition officials. | ZWECOP>ZWECVL:173 ZWECOP>ZWEOPP:173
            2022-09-26 | Mexican police detained 16 people, including five soldiers, over the killings. | MEXCOP>MEXCVL:173 MEXCOP>MEXMIL:173
            2022-09-26 | Belarusian police detained dozens of protesters and a few journalists in Minsk. | BLRCOP>BLRCVL:173 BLRCOP>BLRMED:173
            2025-01-16 | Anti-graft investigators took President Yoon Suk Yeol into custody on Wednesday. | KORJUD>KORGOV:173
            2025-01-16 | Police investigators arrested President Yoon Suk Yeol on Wednesday. | KORCOP>KORGOV:173
            2021-02-05 | Myanmar's military placed Aung San Suu Kyi under house arrest. | MMRMIL>MMROPP:173
            2021-02-05 | Belarusian police put two journalists in jail. | BLRCOP>BLRMED:173
            2021-02-03 | A court sentenced opposition leader Alexei Navalny to prison on Tuesday. | RUSJUD>RUSOPP:116
            2023-06-30 | Prosecutors charged former president Jair Bolsonaro with fraud. | BRAJUD>BRAOPP:173
            2022-07-20 | South Africa's anti-graft watchdog opened an investigation into President Cyril Ramaphosa. | ZAFJUD>ZAFGOV:091
            2021-02-02 | A Russian court ordered opposition leader Alexei Navalny jailed for three years. | RUSJUD>RUSOPP:173
            2021-02-02 | A Belarusian judge ordered two opposition activists jailed pending trial. | BLRJUD>BLROPP:173
            2021-02-02 | An Iranian court ordered the protesters released on bail. | IRNJUD>IRNCVL:0841
            2019-01-20 | Cameroon's president ordered charges dropped against 300 detained protesters. | CMRGOV>CMRCVL:0841
            2019-01-20 | Egyptian prosecutors dropped charges against 40 protesters. | EGYJUD>EGYCVL:0841
            2019-01-20 | Algerian prosecutors withdrew the charges against dozens of students. | DZAJUD>DZACVL:0841
            2024-05-01 | Kenyan police fired tear gas to break up an opposition rally in Nairobi. | KENCOP>KENOPP:175
            2024-05-01 | Iranian police used water cannon to break up a rally of students in Tehran. | IRNCOP>IRNCVL:175
            2024-07-30 | A Venezuelan court issued a warrant for the arrest of opposition candidate Edmundo Gonzalez. | VENJUD>VENOPP:173
            2024-07-30 | A Venezuelan court issued a warrant for Edmundo Gonzalez's arrest. | VENJUD>VENOPP:173
            2017-11-15 | The army's commander called on President Robert Mugabe to resign. | ZWEMIL>ZWEGOV:0241
            2017-11-15 | Army generals urged Robert Mugabe to step down. | ZWEMIL>ZWEGOV:0241
            2023-11-15 | Britain's Supreme Court ruled the government's deportation plan unlawful. | GBRJUD>GBRGOV:116
            2023-11-15 | Peru's Constitutional Court declared the president's decree unconstitutional. | PERJUD>PERGOV:116
            2023-11-15 | Kenya's High Court ruled that the government's decision was illegal. | KENJUD>KENGOV:116
            2023-11-15 | Brazil's Supreme Court struck down the government's ban on protests. | BRAJUD>BRAGOV:116
            2022-01-10 | Thousands of protesters marched in Minsk, and Belarusian police detained them. | BLRCOP>BLRCVL:173
            2022-01-10 | Georgians rallied in Tbilisi, and riot police dispersed them. | GEOCOP>GEOCVL:175
            2022-01-10 | An Iranian court jailed three journalists on Sunday, hours after police arrested them in Tehran. | IRNCOP>IRNMED:173
            2023-11-15 | Pakistan forced more than 200,000 Afghans across the border this month. | PAK>AFGCVL:201
            2023-11-01 | Iran began deporting undocumented Afghans on Monday. | IRN>AFGCVL:201
            2023-11-01 | Turkey deported thousands of undocumented Syrians last month. | TUR>SYRCVL:201
            """)
    void codesTheAct(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-09 | Pakistani police arrested former prime minister Imran Khan inside a court in Islamabad, triggering violent protests by his supporters. | PAKCOP>PAKOPP:173
            2023-05-09 | Pakistani police arrested former prime minister Imran Khan on Tuesday, setting off protests across the country. | PAKCOP>PAKOPP:173
            2023-11-01 | Russia expelled two Estonian diplomats for illegal activities on Monday. | RUS>ESTGOV:161
            2023-11-01 | Hungary forced the Syrian family out of the country. | HUN>SYRCVL:174
            2023-11-01 | The Israeli military dropped leaflets over Gaza on Monday. |
            2023-11-01 | Prosecutors charged a Russian diplomat with spying. |
            2023-11-01 | The president ordered more troops deployed to the border. |
            2023-11-01 | Russia took part in the talks with Ukraine on Monday. |
            2022-01-20 | Taliban fighters broke up a women's protest in Kabul on Thursday. | AFGMIL>AFGCVL:175
            2022-01-20 | The ruling coalition is breaking up over the budget. |
            2023-11-15 | Israel's Supreme Court ruled out a delay on Monday. |
            2022-01-10 | Russia summoned two British diplomats and expelled them. | RUS>GBRGOV:110 RUS>GBRGOV:161
            2023-11-15 | China declared the US sanctions illegal. | CHN>USA:111
            2017-11-15 | Army generals urged Robert Mugabe to visit the troops. |
            2017-11-15 | Army generals praised Robert Mugabe on Monday. |
            """)
    void aNearMissCodesOnlyWhatItSays(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(CoderTestSupport.expectedEvents(expected)); // an empty cell: no event
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-03-01 | Peru's president offered his resignation on Monday. | PERGOV>PER:0831
            2021-03-01 | Peru's president threatened to resign on Monday. | PERGOV>PER:0831
            2022-07-07 | The speaker announced the resignation of the prime minister. | USALEG>USA:0831
            2019-01-20 | Egyptian police arrested dozens of protesters and Sudanese migrants in Cairo. | EGYCOP>EGYMIL:173
            """)
    void doesNotCode(LocalDate date, String sentence, String unexpected) {
        assertThat(events(sentence, date)).doesNotContain(unexpected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-03-15 | Sri Lanka's president dissolved the parliament and called snap elections. | LKAGOV>LKALEG:172
            2021-03-15 | Peru's president dissolved Congress on Monday. | PERGOV>PERLEG:172
            2021-03-15 | Guinea's junta dissolved the government on Sunday. |
            2021-03-15 | Japan's lawmakers voted to dissolve the parliament on Thursday. |
            """)
    void aLegislatureDissolvedIsSanctionedAndAGovernmentDissolvedIsNot(LocalDate date, String sentence, String expected) {
        // session 34, GOLD-SET S31-24: dissolving a legislature is the residual 172, "parliament" as "Congress" already was;
        // a legislature voting to dissolve itself sanctions no one
        assertThat(events(sentence, date)).containsExactly(CoderTestSupport.expectedEvents(expected));
    }
}
