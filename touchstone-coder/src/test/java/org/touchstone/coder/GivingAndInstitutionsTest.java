package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Giving, clemency, applications and inquiries (session 13), written for this test from the CAMEO 1.1b3 manual and
 * ordinary news English (never gold or tuning sentences): aid or arms given in the passive with a by-agent, or named by
 * the participle of their giver when they arrive; pardons and amnesties as releases (0841); applications to join a body
 * handed in (022); commissions of inquiry into abuses or war crimes in a state (092, 094); inquiries named by their
 * kind (impeachment, criminal, corruption: 091); what a request noun's that-clause asks for is not done, nor is the
 * participle of a request before "by" a request by the actor before it; forces sent, flown or airlifted to a state in
 * the passive help it (074 with the host's 0861); a state ranked as another's biggest supplier of a good or its largest
 * trading partner trades with it (061); a crown
 * prince who also held a ministry is the government. Each row is "date | sentence | expected events"; the near
 * misses list every event the sentence gives.
 */
class GivingAndInstitutionsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-05-23 | Rocket launchers were delivered to Ukraine by the United States. | USA>UKR:072
            2022-05-23 | Tanks were supplied to Ukraine by Germany on Friday. | DEU>UKR:072
            2021-04-12 | Two million vaccine doses were donated to Nepal by India. | IND>NPL:073
            2021-02-01 | A shipment of vaccine doses donated by China arrived in Cambodia. | CHN>KHM:073
            2023-02-01 | Leopard tanks supplied by Germany have arrived in Ukraine. | DEU>UKR:072
            2023-02-10 | Medical supplies sent by Turkey arrived in Syria. | TUR>SYR:073
            2023-01-01 | Alexander Lukashenko pardoned 40 prisoners on Sunday. | BLRGOV>BLRCVL:0841
            2023-01-01 | The Egyptian president pardoned dozens of activists. | EGYGOV>EGYCVL:0841
            2023-01-01 | The Iranian government commuted the sentences of 20 protesters. | IRNGOV>IRNCVL:0841
            2023-01-01 | Myanmar's government granted amnesty to more than 300 detainees. | MMRGOV>MMRCVL:0841
            2022-05-18 | Finland and Sweden submitted formal applications to join NATO. | FIN>IGOWSTNAT:022 SWE>IGOWSTNAT:022
            2022-06-01 | Ukraine submitted its official application for membership of the European Union. | UKR>IGOEUREEC:022
            2022-06-01 | Georgia filed a formal application to join the EU on Thursday. | GEO>IGOEUREEC:022
            2021-05-27 | The UN Human Rights Council voted to set up a permanent commission of inquiry into abuses in Syria and Lebanon. | IGOUNOHRI>SYR:092 IGOUNOHRI>LBN:092
            2021-05-27 | The Human Rights Council established an independent commission of inquiry into human rights violations in Venezuela. | IGOUNOHRI>VEN:092
            2021-05-27 | The UN Human Rights Council appointed a special rapporteur on the human rights situation in Afghanistan. | IGOUNOHRI>AFG:092
            2022-05-12 | The Human Rights Council created an international investigation into alleged war crimes committed by Russia. | IGOUNOHRI>RUS:094
            2019-09-25 | Nancy Pelosi announced a formal impeachment inquiry into President Donald Trump. | USALEG>USAGOV:091
            2022-07-15 | Mohammed bin Salman welcomed Joe Biden in Jeddah. | SAUGOV>USAGOV:043 USAGOV>SAUGOV:042
            2022-04-01 | China pardoned and deported a Canadian journalist. | CHN>CANMED:174
            2022-01-06 | Turkish troops have been dispatched to Qatar. | TURMIL>QAT:074 QAT>TURMIL:0861
            2013-01-12 | French troops were airlifted to Mali on Friday. | FRAMIL>MLI:074 MLI>FRAMIL:0861
            2022-01-06 | Belarusian paratroopers were flown into Armenia at the request of its government. | BLRMIL>ARM:074 ARM>BLRMIL:0861
            2024-06-25 | Kenyan police officers were sent to Haiti. | KENCOP>HTI:074 HTI>KENCOP:0861
            2023-04-20 | Iraq overtook Saudi Arabia as India's biggest supplier of crude oil in March. | IRQ>IND:061
            2023-04-20 | China became Brazil's largest trading partner last year. | CHN>BRA:061
            2023-04-20 | Russia remained Turkey's top gas supplier in 2022. | RUS>TUR:061
            """)
    void codesTheAct(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-05-23 | Rocket launchers were delivered to Ukraine. |
            2022-05-23 | Rocket launchers were delivered to Ukraine by ship. |
            2021-02-01 | Vaccine doses bought from China arrived in Pakistan. |
            2023-01-01 | The court refused to pardon the journalist. |
            2022-05-18 | Sweden delivered a formal application to the committee. |
            2021-05-27 | The Human Rights Council rejected a commission of inquiry into abuses in China. |
            2021-05-27 | The Human Rights Council set up a commission of inquiry into abuses in the region. |
            2019-09-25 | Nancy Pelosi criticised Donald Trump over his request that Ukraine's leader investigate Joe Biden. | USALEG>USAGOV:111
            2022-02-10 | Moscow rejected the demand that Russia withdraw its troops from Moldova. |
            2022-01-06 | Russian paratroopers were deployed to Kazakhstan. | RUSMIL>KAZ:154
            2023-04-20 | Russia became Vietnam's biggest arms supplier. |
            2023-04-20 | India overtook Britain as the world's fifth-largest economy. |
            2022-01-06 | Russian troops were sent to the front. |
            2017-06-10 | The US military has been providing intelligence to Thai troops. | USAMIL>THAMIL:064
            2022-01-06 | A peacekeeping force requested by President Tokayev arrived in Almaty. | IGOPKO>KAZ:074 KAZ>IGOPKO:0861
            2022-01-06 | Serbia rejected the reforms demanded by the European Union. |
            """)
    void aNearMissCodesOnlyWhatItSays(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(CoderTestSupport.expectedEvents(expected)); // an empty cell: no event
    }
}
