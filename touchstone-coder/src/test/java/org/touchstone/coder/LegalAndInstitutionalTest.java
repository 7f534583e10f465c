package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cases before trade and world courts, suspensions from an organization, people handed to another's justice and
 * records shared between states, written for this test from the CAMEO 1.1b3 manual and ordinary news English (never
 * gold or tuning sentences): complaints, cases, disputes and challenges "at the WTO" aimed "over", "against" or "to"
 * a measure (115; announced, 130), a body suspending a member or its membership (160), extradition ordered or
 * approved and suspects handed "over to" a court (063), lists exchanged and dossiers handed over (064), joint
 * counter-terrorism exercises (062 both ways), and a state named formally ("the Republic of South Sudan") recognised (054). Each row is "date | sentence | expected events"; the near misses list
 * every event the sentence gives.
 */
class LegalAndInstitutionalTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2015-04-20 | Canada and Mexico lodged complaints with the WTO over US meat labelling rules. | CAN>USA:115 MEX>USA:115
            2015-04-20 | Argentina brought a dispute at the WTO over Spain's biodiesel curbs. | ARG>ESP:115
            2015-04-20 | Mexico launched a WTO challenge to American tuna labelling rules. | MEX>USA:115
            2015-04-20 | Indonesia filed a WTO case over Australia's plain packaging law on Monday. | IDN>AUS:115
            2015-04-20 | Brazil filed a complaint at the World Trade Organization against the European Union. | BRA>IGOEUREEC:115
            2015-04-20 | Argentina challenged Britain's beef tariffs at the WTO on Monday. | ARG>GBR:115
            2015-04-20 | Argentina said it would challenge Britain's beef tariffs at the WTO. | ARG>GBR:130
            2015-04-20 | Ukraine said it would take Russia to the International Court of Justice. | UKR>RUS:130
            2019-06-14 | The African Union suspended Sudan on Thursday. | IGOAFRAFU>SDN:160
            2019-06-14 | The Commonwealth suspended Fiji indefinitely. | IGOCWN>FJI:160
            2019-06-14 | The Arab League suspended Syria's membership on Saturday. | IGOMEAARL>SYR:160
            2022-03-16 | The Council of Europe expelled Russia from the organisation. | IGOEURCOE>RUS:160
            2014-03-25 | The Group of Seven kicked Russia out of the G8. | IGOBUSGOS>RUS:160
            2019-06-14 | The Arab League voted to suspend Syria's membership. | IGOMEAARL>SYR:160
            2019-06-14 | A Spanish court ordered the former banker Jose Luis Moreno extradited to Mexico. | ESPJUD>MEX:063
            2019-06-14 | A French court approved the extradition of the suspect to Italy. | FRAJUD>ITA:063
            2001-06-28 | Croatia handed the general over to the ICTY. | HRV>IGOUNOJUDWCT:063
            2001-06-28 | Bosnia turned the two suspects over to Serbian police. | BIH>SRBCOP:063
            2019-06-14 | Israel and Lebanon exchanged maps of the minefields on Monday. | ISR>LBN:064 LBN>ISR:064
            2019-06-14 | Armenia and Azerbaijan swapped lists of prisoners of war on Friday. | ARM>AZE:064 AZE>ARM:064
            2019-06-14 | India exchanged lists of nuclear sites with Pakistan. | IND>PAK:064 PAK>IND:064
            2019-06-14 | France gave Britain a dossier on the suspects. | FRA>GBR:064
            2019-06-14 | Turkey presented Sweden with evidence against the militants. | TUR>SWE:064
            2011-07-12 | Kenya recognised the Republic of South Sudan on Monday. | KEN>SSD:054
            2011-07-12 | Germany formally recognised the Republic of Kosovo. | DEU>KSV:054
            2011-07-12 | Egypt signed a trade deal with the Kingdom of Saudi Arabia. | EGY>SAU:057
            2019-06-14 | Iran's president announced that he was freeing the detained French tourists. | IRNGOV>FRACVL:0353
            2019-06-14 | Tehran said on Monday it was releasing the British sailors as a goodwill gesture. | IRNGOV>GBRMIL:0353
            2019-06-14 | Russian and Chinese troops held a joint anti-terrorism exercise in Xinjiang. | RUSMIL>CHNMIL:062 CHNMIL>RUSMIL:062
            """)
    void codesTheAct(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-06-14 | The European Union suspended talks with Turkey. | IGOEUREEC>TUR:164
            2019-06-14 | The European Union suspended Russian visas. |
            2022-09-15 | Serbia suspended talks with Kosovo over the dispute. | SRB>KSV:164
            2019-06-14 | The army handed power over to civilians in Mali. |
            2019-06-14 | The army handed control over to Iraqi forces. |
            2019-06-14 | Pakistan handed the bodies of the soldiers over to India. |
            2019-06-14 | Iran freed the detained French tourists on Monday. | IRN>FRACVL:0841
            2019-06-14 | The army expelled the rebels from the town. |
            2019-06-14 | The army ordered troops to Donetsk. |
            2019-06-14 | Russia sent Ukraine a warning. |
            2019-06-14 | Ukraine and Russia exchanged fire on Thursday. | UKR>RUS:190 RUS>UKR:190
            2019-06-14 | The opposition challenged the election result. |
            """)
    void aNearMissCodesOnlyWhatItSays(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(CoderTestSupport.expectedEvents(expected)); // an empty cell: no event
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Argentine prosecutors launched an investigation into former President Mauricio Macri. | ARGJUD>ARGOPP:091
            Chilean prosecutors opened an investigation into President Sebastian Pinera over the sale of a mining company. | CHLJUD>CHLGOV:091
            South Korean police opened an investigation into the ruling party's lawmaker. | KORCOP>KORGOV:091
            UN investigators opened an inquiry into the Ethiopian government's conduct. | IGOUNO>ETHGOV:090
            Ugandan police held the opposition leader under house arrest on Friday. | UGACOP>UGAOPP:173
            Belarusian police kept the opposition leader under house arrest for a month. | BLRCOP>BLROPP:173
            Iranian authorities held the British aid worker in prison for six years. | IRNGOV>GBRCVL:173
            China held talks with Russia on Monday. | CHN>RUS:046 RUS>CHN:046
            """)
    void policeProsecutorsAndCourtsInvestigateCrimeAndConfinementKeptUpIsDetention(String sentence, String expected) {
        // session 34: an inquiry opened by police, prosecutors or a court is a criminal investigation (091), the UN's
        // stays 090; "kept" or "held" under house arrest or in prison is detention (173), "held talks" still talks
        assertThat(events(sentence, LocalDate.of(2021, 3, 15))).containsExactly(CoderTestSupport.expectedEvents(expected));
    }
}
