package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Diplomacy, demands and alerts with their sub-codes (roots 03-16): constructed sentences written from the CAMEO
 * 1.1b3 manual's definitions, never taken from a gold or tuning set, each with the events it must give in full code
 * ("SRC>TGT:CODE"; other events may come with them); and near misses with the same words that must give no event of
 * a code, or none at all.
 */
class WirePhrasingsDiplomacyTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-03-02 | Ethiopia accused Eritrea of backing Tigrayan rebels on Tuesday. | ETH>ERI:1123
            2022-06-14 | Ukraine accused Belarus of arming the separatists. | UKR>BLR:1123
            2023-08-01 | Azerbaijan accused Armenia of sponsoring the attack on its border post. | AZE>ARM:1123
            2015-10-05 | Nepal accused India of imposing an unofficial blockade on fuel. | NPL>IND:1123
            2017-07-10 | Qatar accused Saudi Arabia of orchestrating the blockade. | QAT>SAU:1123
            2019-10-17 | Russia and Turkey agreed on a pause in the offensive in Idlib. | RUS>TUR:0356,TUR>RUS:0356
            2023-11-22 | Israel and Hamas agreed on a four-day pause in the fighting. | ISR>PSEREB:0356,PSEREB>ISR:0356
            2020-10-10 | Armenia and Azerbaijan agreed on a halt to the shelling. | ARM>AZE:0356,AZE>ARM:0356
            2023-03-16 | Japan and China agreed to resume regular visits between their leaders. | JPN>CHN:036,CHN>JPN:036
            2023-02-20 | Greece and Turkey agreed to exchange visits by their foreign ministers. | GRC>TUR:036,TUR>GRC:036
            2019-09-03 | Mongolia and Russia agreed to deepen cooperation in energy and railways. | MNG>RUS:0311,RUS>MNG:0311
            2022-11-08 | Egypt and Saudi Arabia agreed to expand cooperation in investment. | EGY>SAU:0311,SAU>EGY:0311
            2023-07-14 | France and India agreed to deepen cooperation in defence. | FRA>IND:0312,IND>FRA:0312
            2023-05-30 | Vietnam and the Philippines agreed to boost cooperation in security. | VNM>PHL:0312,PHL>VNM:0312
            2022-05-20 | Turkey demanded that Sweden extradite the suspects. | TUR>SWE:1013
            2023-10-02 | Kosovo demanded that Serbia hand over the gunmen. | KSV>SRB:1013
            2016-07-18 | Ankara demanded that Washington extradite Fethullah Gulen. | TURGOV>USAGOV:1013
            2024-08-20 | Bangladesh asked India to send back Sheikh Hasina. | BGD>IND:0213
            2023-10-02 | Tunisia rejected 60 million euros of European Union aid. | TUN>IGOEUREEC:1221
            2022-09-12 | Zambia rejected a $50 million loan from China. | ZMB>CHN:1221
            2022-05-02 | Mali's junta scrapped its defence accords with France. | MLIMIL>FRA:1212
            2024-03-17 | Niger revoked its military cooperation agreement with the United States. | NER>USA:1212
            2023-01-23 | Burkina Faso terminated its defence accord with France. | BFA>FRA:1212
            2022-01-10 | Ecuador terminated its trade agreement with Mexico. | ECU>MEX:1211
            2019-08-22 | Seoul said it would end a military intelligence-sharing pact with Tokyo. | KORGOV>JPNGOV:1313
            2023-06-28 | Moldova ordered Russia to reduce its diplomatic staff in Chisinau. | MDA>RUSGOV:161
            2022-06-01 | Bulgaria ordered Russia to cut the number of its diplomats. | BGR>RUSGOV:161
            2022-10-03 | Poland sent Germany a diplomatic note on Monday demanding reparations. | POL>DEU:1031
            2019-07-05 | Iran sent Britain a note demanding the release of the tanker. | IRN>GBR:100
            2023-08-07 | Beijing handed Manila a protest note. | CHNGOV>PHLGOV:114
            2020-05-20 | Nepal published a new map on Wednesday, drawing a protest from New Delhi. | INDGOV>NPL:114
            2023-08-24 | Japan released treated water into the sea, drawing a diplomatic protest from Beijing. | CHNGOV>JPN:114
            2020-08-17 | Workers went on strike to demand Lukashenko's resignation. | BLRCVL>BLRGOV:1431
            2023-01-10 | Teachers went on strike to demand the resignation of President Boluarte. | PERCVL>PERGOV:1431
            2022-05-10 | Dockers in Sri Lanka walked off the job on Tuesday demanding the ouster of President Rajapaksa. | LKACVL>LKAGOV:1431
            2020-08-16 | Protesters rallied in Minsk to demand Lukashenko's resignation. | BLRCVL>BLRGOV:1411
            2023-02-15 | Macron hosted Scholz for talks on Ukraine. | FRAGOV>DEUGOV:046,DEUGOV>FRAGOV:046
            2020-01-08 | Erdogan hosted Putin in Ankara for talks on Syria. | TURGOV>RUSGOV:046,RUSGOV>TURGOV:046
            2021-04-06 | Talks between Egypt and Ethiopia on the Nile dam ended without agreement. | EGY>ETH:164,ETH>EGY:164
            2024-05-03 | Negotiations between Armenia and Azerbaijan in Washington ended without a peace deal. | ARM>AZE:164,AZE>ARM:164
            2024-05-03 | Talks between Armenia and Azerbaijan on the demarcation of the long and disputed mountain border in the south of the Caucasus ended without a deal. | ARM>AZE:164,AZE>ARM:164
            2022-03-10 | Russia and Ukraine ended their talks without agreement. | RUS>UKR:164,UKR>RUS:164
            2022-03-10 | Serbia and Kosovo ended their talks without agreeing on the border. | SRB>KSV:164,KSV>SRB:164
            2022-03-10 | Serbian and Kosovar foreign ministers ended three days of talks in Brussels without agreeing on a border deal. | SRBGOV>KSVGOV:164,KSVGOV>SRBGOV:164
            2022-03-10 | The third round of talks between Serbian and Kosovar negotiators ended on Friday without agreement. | SRBGOV>KSVGOV:164,KSVGOV>SRBGOV:164
            2023-04-20 | Negotiations between Serbia and Kosovo broke down in Brussels. | SRB>KSV:164,KSV>SRB:164
            2022-04-01 | Talks between Russia and Ukraine collapsed on Friday. | RUS>UKR:164,UKR>RUS:164
            2019-03-01 | Pakistan handed captured Indian pilot Abhinandan Varthaman back to India. | PAK>IND:0841
            2022-09-22 | Russia handed two captured British fighters back to Britain. | RUS>GBR:0841
            2023-05-29 | Serbia put its army on the highest level of combat readiness, citing threats to ethnic Serbs in northern Kosovo. | SRB>KSV:152
            2023-12-01 | Guyana put its defence force on alert, saying Venezuela's threats over the Essequibo region could not be ignored. | GUY>VEN:152
            2022-08-04 | Taiwan put its forces on high alert amid Chinese threats. | TWN>CHN:152
            2022-03-01 | Finland raised its alert level, citing the threat from Russia. | FIN>RUS:152
            2023-11-02 | Jordan recalled its ambassador from Israel in protest at the Israeli offensive in Gaza. | JOR>ISR:161
            2023-04-11 | Beijing protested to Tokyo over the visit. | CHNGOV>JPNGOV:114
            2021-12-10 | Nicaragua switched diplomatic recognition from Taiwan to Beijing on Thursday. | NIC>CHN:054,NIC>TWN:161
            2019-09-16 | Solomon Islands switched its diplomatic recognition from Taipei to Beijing on Monday. | SLB>CHN:054,SLB>TWN:161
            2017-06-13 | Panama switched diplomatic recognition from Taiwan to China on Tuesday, a blow to Taipei. | PAN>CHN:054,PAN>TWN:161
            2019-07-01 | Japan said on Monday it would tighten controls on exports of chemicals to South Korea. | JPN>KOR:1312
            2019-06-04 | The EU tightened sanctions on Iran on Monday. | IGOEUREEC>IRN:163
            2022-10-07 | The United States tightened export controls on chips to China. | USA>CHN:163
            2019-04-17 | Washington would tighten restrictions on travel and trade with Cuba, the State Department said. | USAGOV>CUB:1312
            2025-03-04 | Canada said it would respond with counter-tariffs on US steel. | CAN>USA:1312
            2018-06-01 | Canada responded with counter-tariffs on US steel and aluminium. | CAN>USA:163
            2018-07-06 | China responded to the U.S. tariffs with tariffs on American soybeans. | CHN>USA:163
            2022-05-12 | Russia said it would take military-technical measures if Finland joins NATO. | RUS>FIN:138
            2023-04-05 | Russia took military-technical measures after Finland joined NATO. | RUS>FIN:150
            2020-02-28 | Erdogan said Turkey would no longer prevent migrants from crossing into Greece. | TUR>GRC:130
            2021-11-08 | Belarus said it would no longer stop migrants from entering Poland. | BLR>POL:130
            2019-05-08 | Iran said it would stop complying with some commitments, giving European signatories 60 days to shield its economy from U.S. sanctions. | IRN>EUR:139
            2019-07-01 | Iran gave the European signatories 60 days to save the deal. | IRN>EUR:139
            2020-02-29 | Turkey will not stop Syrian refugees from going to Greece, an official said. | TUR>GRC:130
            """)
    void aPhrasingCodesItsEvents(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(","));
    }

    /** The same words where the act is another or none: the code (or its prefix) that must not come, or no event. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-15 | Kenya accused Somalia of supporting the new constitution. | 1123
            2023-09-05 | Pakistan accused Afghanistan of harbouring militants. | 1123
            2023-11-22 | Israel demanded that Hamas hand over the hostages. | 1013
            2023-03-15 | Macron hosted Scholz in Paris. | 046
            2023-03-15 | Ukraine asked Russia to take back its soldiers' bodies. | 0213
            2023-03-15 | Talks between Russia and Ukraine ended on Friday. | 164
            2023-03-15 | Talks between Russia and Ukraine ended with an agreement on grain. | 164
            2023-03-15 | Putin ended his visit to Beijing without a deal. |
            2023-03-15 | Miners went on strike to demand higher wages. |
            2023-03-15 | Poland put its troops on alert on Monday, citing bad weather. |
            2023-03-15 | Serbia put its army on alert, citing threats from Serbian extremists. |
            2023-03-15 | Russia revoked the visa of the journalist. | 12
            2023-11-02 | Jordan recalled its ambassador from Israel in protest at the Israeli offensive in Gaza. | 11
            2023-11-02 | Jordan recalled its ambassador from Israel in protest at the Israeli offensive in Gaza. | 19
            2019-08-07 | Pakistan expelled India's ambassador in protest at New Delhi's moves in Kashmir. | 11
            2020-01-01 | Supporters of a militia set fires in protest at US air strikes. |
            2023-03-15 | The central bank tightened monetary policy. |
            2023-03-15 | The truce between Israel and Hamas collapsed on Friday. |
            2023-03-26 | Honduras established diplomatic relations with China. | 16
            2025-01-08 | Trump demanded that Denmark hand over Greenland to the United States. | 1013
            2023-03-15 | Russia demanded that Ukraine hand over the territory. | 1013
            2023-03-15 | Trump demanded that Denmark hand over Greenland to the United States. | 08
            2023-03-15 | The visit by Blinken to Beijing was postponed. |
            2023-03-15 | Beijing tightened its grip on Hong Kong. | 16
            2023-03-15 | China responded with a statement criticising the visit. |
            2023-03-15 | The central bank responded with an interest rate cut. |
            2023-03-15 | Japan reacted with anger to the decision. | 16
            2023-03-15 | Greek police stopped migrants from entering the country. |
            2023-03-15 | Turkey stopped migrants from reaching Greece. | 13
            2023-03-15 | Turkey will no longer stop buying Russian oil. |
            2022-03-10 | Serbia and Kosovo ended their talks on Friday. | 164
            """)
    void aNearMissCodesNoneOfThese(LocalDate date, String sentence, String forbidden) {
        List<String> events = events(sentence, date);
        if (forbidden == null) {
            assertThat(events).isEmpty();
        } else {
            assertThat(events).noneMatch(e -> e.substring(e.indexOf(':') + 1).startsWith(forbidden));
        }
    }
}
