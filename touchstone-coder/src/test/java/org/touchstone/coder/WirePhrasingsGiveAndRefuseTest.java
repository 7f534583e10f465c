package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How wire reporters say the giving and refusing roots: intent to cooperate (03), material cooperation (06), aid
 * (07), yielding (08), investigating (09), demanding (10), rejecting (12) and threatening (13). Each row is a
 * sentence written for this class from the CAMEO 1.1b3 definitions (never a gold or tuning sentence), with varied
 * verbs, collocations, nominal forms and tenses, dated so its leaders are in office; the near misses use the same
 * words where they give no event of these roots (negations, refusals, companies, weather, other senses).
 */
class WirePhrasingsGiveAndRefuseTest {

    /** The sentence codes at least these events (source, target and code); other events may come with them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Japan will provide $5.5 billion in economic aid to Ukraine, Prime Minister Fumio Kishida said on Friday.                       | 2023-05-10 | JPN>UKR:0331
            Germany pledged another 500 million euros in humanitarian assistance for Syria at a donor conference in Brussels.              | 2022-11-02 | DEU>SYR:0333
            The Netherlands is considering sending Patriot batteries to Ukraine.                                                           | 2023-01-19 | NLD>UKR:014
            Denmark promised to send its entire stock of artillery to Ukraine, Prime Minister Mette Frederiksen said.                      | 2024-02-12 | DNK>UKR:0332
            Britain vowed to keep supplying weapons to Ukraine for as long as it takes.                                                    | 2023-06-14 | GBR>UKR:0332
            China offered to mediate between Russia and Ukraine.                                                                           | 2022-03-08 | CHN>RUS:039 CHN>UKR:039
            Iran expressed its readiness to resume talks with the United States on the nuclear deal.                                       | 2021-07-12 | IRN>USA:036
            Turkey offered to host peace talks between Russia and Ukraine.                                                                 | 2024-03-20 | TUR>RUS:039 TUR>UKR:039
            Saudi Arabia signalled willingness to normalise relations with Israel.                                                         | 2023-08-30 | SAU>ISR:032
            North Korea's leader Kim Jong Un said he was ready to meet Donald Trump again.                                                 | 2019-06-18 | PRKGOV>USAGOV:036
            Kenya pledged to deploy 1,000 police officers to Haiti to fight gangs.                                                         | 2022-09-05 | KEN>HTI:0334
            The United States announced it would send two aircraft carriers to support Israel.                                             | 2023-10-18 | USA>ISR:0334
            India and Australia agreed to deepen defence cooperation at talks in New Delhi.                                                | 2023-04-11 | IND>AUS:0312 AUS>IND:0312
            The European Union promised to open accession talks with Moldova.                                                              | 2024-01-25 | IGOEUREEC>MDA:036
            Indonesia plans to buy 42 Rafale fighter jets from France.                                                                     | 2022-07-07 | IDN>FRA:0312
            Russia is seeking to buy artillery shells and rockets from North Korea, US officials said.                                     | 2023-09-12 | RUS>PRK:0312
            Iran said it was ready to swap prisoners with the United States.                                                               | 2021-11-16 | IRN>USA:0353
            Armenia said it was prepared to sign a peace treaty with Azerbaijan within a month.                                            | 2024-06-03 | ARM>AZE:030
            Israel agreed to let fuel trucks into Gaza via the Kerem Shalom crossing.                                                      | 2023-12-15 | ISR>PSE:0355
            Ukraine hopes to join the European Union within two years, Zelensky said.                                                      | 2023-07-13 | UKR>IGOEUREEC:032
            Zelensky said Ukraine was ready to sign a minerals deal with the United States.                                                | 2025-03-04 | UKR>USA:030
            Xi Jinping promised to deepen economic cooperation with Russia during his visit to Moscow.                                     | 2023-03-21 | CHNGOV>RUS:0311
            Poland offered to train Ukrainian pilots on F-16 jets.                                                                         | 2024-11-07 | POL>UKRMIL:0332
            The Pentagon said it would rush munitions to Israel.                                                                           | 2023-10-09 | USAGOVMIL>ISR:0332
            Egypt expressed willingness to mediate between Israel and Hamas.                                                               | 2024-05-22 | EGY>ISR:039 EGY>PSEREB:039
            Russia and North Korea agreed to expand military cooperation during Kim Jong Un's visit to the Vostochny cosmodrome.           | 2023-09-13 | RUS>PRK:0312 PRK>RUS:0312
            Russian and Chinese warships began joint exercises in the East China Sea on Wednesday.                                         | 2022-12-21 | RUSMIL>CHNMIL:062 CHNMIL>RUSMIL:062
            The Philippines and Japan signed a deal allowing their troops to train on each other's soil.                                   | 2024-07-09 | PHL>JPN:057 JPN>PHL:057
            India has been buying record volumes of discounted Russian crude since the invasion.                                           | 2023-11-14 | IND>RUS:061
            Germany sold air defence systems to Egypt worth 4 billion euros last year, according to government data.                       | 2022-10-03 | DEU>EGY:062
            Turkey is selling Bayraktar drones to Poland.                                                                                  | 2024-04-16 | TUR>POL:062
            Iran has supplied Russia with hundreds of Shahed drones, Western officials say.                                                | 2023-06-28 | IRN>RUS:072
            The United States shares intelligence with Ukraine about Russian troop movements.                                              | 2021-09-20 | USA>UKR:064
            Britain handed over intelligence on Russian troop positions to the Ukrainian military.                                         | 2023-02-06 | GBR>UKRMIL:064
            Kenya and Somalia have agreed to jointly patrol their border.                                                                  | 2024-03-11 | KEN>SOM:030 SOM>KEN:030
            Spain extradited a Russian hacker to the United States on Friday.                                                              | 2022-08-15 | ESP>USA:063
            Bulgaria handed over a suspected arms smuggler to Greece under a European arrest warrant.                                      | 2023-05-30 | BGR>GRC:063
            Colombia deported a wanted drug trafficker to the United States.                                                               | 2024-10-02 | COL>USA:174
            China and Pakistan signed contracts worth $6 billion for projects under the economic corridor.                                 | 2019-04-11 | CHN>PAK:057 PAK>CHN:057
            India's trade with Russia rose to a record $65 billion last year.                                                              | 2023-08-24 | IND>RUS:061 RUS>IND:061
            Hungary continues to import Russian gas through the TurkStream pipeline.                                                       | 2022-06-02 | HUN>RUS:061
            Saudi Arabia's Public Investment Fund invested $2 billion in Egyptian companies.                                               | 2024-09-05 | SAUBUS>EGYBUS:061
            Japan and the Philippines held their first joint maritime exercise in the South China Sea.                                     | 2025-01-14 | JPN>PHL:062 PHL>JPN:062
            France is helping Ukraine rebuild its power grid.                                                                              | 2022-04-27 | FRA>UKR:060
            Vietnam and the United States are cooperating on finding the remains of missing soldiers.                                      | 2024-12-03 | VNM>USA:060 USA>VNM:060
            China and Iran signed a 25-year cooperation agreement in Tehran.                                                               | 2021-03-27 | CHN>IRN:057 IRN>CHN:057
            Egypt and Greece staged joint air force drills over the Mediterranean.                                                         | 2024-02-08 | EGY>GRC:062 GRC>EGY:062
            Turkey transferred Bayraktar drones to Ethiopia during the Tigray war, a report said.                                          | 2023-07-19 | TUR>ETH:072
            The United States sent another $800 million in weapons to Ukraine.                                                             | 2022-04-14 | USA>UKR:072
            Germany will send Leopard 2 tanks to Ukraine, Chancellor Olaf Scholz announced.                                                | 2023-01-25 | DEU>UKR:0332
            Greece sent search and rescue teams to Turkey after the earthquake.                                                            | 2023-02-08 | GRC>TUR:073
            Pakistan airlifted relief goods to quake-hit Syria.                                                                            | 2023-02-09 | PAK>SYR:070
            Jordan air-dropped food parcels over northern Gaza.                                                                            | 2024-03-09 | JOR>PSE:073
            India shipped two million vaccine doses to Bangladesh.                                                                         | 2021-05-20 | IND>BGD:073
            China donated 10 million doses of its Sinovac vaccine to Indonesia.                                                            | 2021-07-16 | CHN>IDN:073
            Poland took in more than a million refugees from Ukraine.                                                                      | 2022-03-02 | POL>UKR:075
            Italy has granted asylum to the family of a Russian dissident.                                                                 | 2023-09-18 | ITA>RUSCVL:075
            The IMF approved a $3 billion bailout for Sri Lanka.                                                                           | 2022-11-21 | IGOBUSIMF>LKA:071
            Saudi Arabia deposited $5 billion in the central bank of Egypt.                                                                | 2023-04-04 | SAU>EGYGOV:071
            The World Bank disbursed $1.5 billion to Ukraine to pay public salaries.                                                       | 2024-06-13 | IGOUNODEVWBK>UKR:071
            Qatar bankrolled fuel supplies for Gaza's power plant.                                                                         | 2023-11-02 | QAT>PSE:071
            Canada has delivered howitzers and ammunition to the Ukrainian armed forces.                                                   | 2022-05-25 | CAN>UKRMIL:072
            Estonian instructors are training Ukrainian soldiers in Britain.                                                               | 2023-08-01 | EST>UKRMIL:072
            Lithuania handed over 20 armoured personnel carriers to Ukraine.                                                               | 2022-06-11 | LTU>UKR:072
            Iran has been arming the Houthi rebels in Yemen with missiles, the Pentagon said.                                              | 2024-01-09 | IRN>YEMREB:072
            Egypt opened the Rafah crossing to let 20 aid trucks into Gaza.                                                                | 2023-10-21 | EGY>PSE:0863
            The United Nations World Food Programme delivered food to 200,000 people in Sudan.                                             | 2023-11-13 | IGOUNO>SDNCVL:073
            Japan extended a $2 billion loan to Bangladesh for its railway network.                                                        | 2022-08-29 | JPN>BGD:071
            China wrote off interest-free loans owed by 17 African countries.                                                              | 2024-07-23 | CHN>AFR:071
            Norway gave 5 billion kroner to the Ukrainian reconstruction fund.                                                             | 2023-06-06 | NOR>UKR:071
            A first contingent of Kenyan police officers arrived in Haiti to lead a multinational mission against gangs.                   | 2024-06-26 | KENCOP>HTI:074 HTI>KENCOP:0861
            The United States flew 30 tonnes of medical supplies into Ukraine.                                                             | 2022-12-12 | USA>UKR:073
            Hamas released 24 hostages held in Gaza under the truce with Israel.                                                           | 2023-11-24 | PSEREB>ISR:0841
            Russia and the West swapped 26 prisoners in Ankara in the largest exchange since the Cold War.                                 | 2024-08-01 | RUS>WST:0841 WST>RUS:0841
            Ukraine and Russia exchanged prisoners of war again on Saturday.                                                               | 2023-04-29 | UKR>RUS:0841 RUS>UKR:0841
            Iran released a British-Iranian aid worker after six years in detention.                                                       | 2022-09-30 | IRN>GBRCVL:0841
            Belarus freed opposition activist Roman Protasevich to house arrest.                                                           | 2021-06-25 | BLR>BLROPP:0841
            China returned the captured Indian soldier through the Chushul border point.                                                   | 2022-08-22 | CHN>INDMIL:0841
            The last US troops left Afghanistan on Monday, ending twenty years of war.                                                     | 2021-08-30 | USAMIL>AFG:0874
            France withdrew its last troops from Niger, ending a decade of counter-terrorism operations.                                   | 2023-12-11 | FRA>NER:0874
            Russia ordered its troops to pull out of Kherson.                                                                              | 2022-11-09 | RUS>UKR:0874
            Israeli forces pulled back from the Jabalia camp after a three-week raid.                                                      | 2024-09-18 | ISRMIL>PSE:0874
            The United States eased sanctions on Venezuela's oil sector after talks with the government.                                   | 2023-01-20 | USA>VEN:085
            Washington lifted sanctions on Venezuelan oil and gas for six months.                                                          | 2023-10-18 | USAGOV>VEN:085
            Turkey lifted its veto on Finland and Sweden joining NATO.                                                                     | 2022-06-24 | TUR>FIN:080 TUR>SWE:080
            Hungary dropped its objections to Sweden's NATO membership.                                                                    | 2024-02-26 | HUN>SWE:080
            Israel and Hamas agreed to a four-day truce to release hostages.                                                               | 2023-11-22 | ISR>PSEREB:0356 PSEREB>ISR:0356
            A truce between Israel and Hamas took effect on Friday morning.                                                                | 2023-11-24 | ISR>PSEREB:0871 PSEREB>ISR:0871
            Algeria's president Abdelaziz Bouteflika resigned after weeks of mass protests.                                                | 2019-04-02 | DZAGOV>DZA:0831
            Bangladesh's Prime Minister Sheikh Hasina resigned and fled the country.                                                       | 2024-08-05 | BGDGOV>BGD:0831
            Ethiopia allowed UN aid convoys into Tigray for the first time in weeks.                                                       | 2021-10-18 | ETH>IGOUNO:0863
            Iran allowed IAEA inspectors to visit the Fordow enrichment site.                                                              | 2023-08-15 | IRN>IGOUNOIAE:0862 IGOUNOIAE>IRN:090
            Azerbaijan handed over the bodies of 20 Armenian soldiers to Armenia.                                                          | 2022-10-27 | AZE>ARM:0842
            Islamic Jihad and Israel agreed to a ceasefire brokered by Egypt.                                                              | 2023-05-13 | PSEREB>ISR:0356 ISR>PSEREB:0356 EGY>PSEREB:045 EGY>ISR:045
            China pardoned and deported an Australian journalist.                                                                          | 2022-04-01 | CHN>AUSMED:174
            Israel freed 90 Palestinian prisoners in exchange for three Israeli hostages.                                                  | 2025-01-19 | ISR>PSECVL:0841
            The International Criminal Court is investigating alleged war crimes by Russian forces in Ukraine.                             | 2023-03-17 | IGOJUDICC>RUSMIL:094
            The ICC prosecutor opened an investigation into possible war crimes in Ukraine.                                                | 2022-03-03 | IGOJUDICC>UKR:094
            The UN Human Rights Council voted to set up a fact-finding mission on Sudan.                                                   | 2024-10-29 | IGOUNOHRI>SDN:090
            Polish prosecutors are probing a Russian drone that crashed near Bydgoszcz.                                                    | 2023-05-24 | POLJUD>RUSMIL:091
            Germany's federal prosecutor is examining allegations that Russian agents sabotaged the Nord Stream pipelines.                 | 2022-09-14 | DEUJUD>RUSGOV:091
            Indian tax officials searched the BBC's offices in New Delhi and Mumbai.                                                       | 2023-02-02 | INDGOV>GBRMED:091
            Poland launched an inquiry into the missile that landed in Przewodow, killing two farmers.                                     | 2022-11-16 | POL>POLMIL:090
            The European Commission opened a probe into Chinese subsidies for electric cars.                                               | 2024-06-20 | IGOEUREEC>CHN:090
            Israel's military said it was looking into reports of a strike on a refugee camp in Jabalia.                                   | 2023-10-31 | ISRMIL>PSE:093
            Ukraine's prosecutor general has opened more than 10,000 war crimes cases against Russian soldiers.                            | 2022-05-19 | UKRJUD>RUSMIL:094
            Canada is investigating credible allegations that Indian agents killed a Sikh leader in British Columbia.                      | 2023-09-19 | CAN>INDGOV:090
            Belgian police raided the homes of European Parliament members in a bribery probe linked to Qatar.                             | 2022-12-14 | BELCOP>IGOEUREECLEG:091
            Russia demanded that NATO withdraw its forces from Eastern Europe.                                                             | 2022-02-17 | RUS>IGOWSTNAT:1056
            Niger's junta demanded that French troops leave the country within a month.                                                    | 2023-07-26 | NERMIL>FRAMIL:1056
            China insisted that the United States stop arming Taiwan.                                                                      | 2024-01-04 | CHN>USA:1056
            China demanded an explanation from the United States for Pelosi's visit to Taiwan.                                             | 2022-08-04 | CHN>USA:100
            The Ukrainian government has demanded compensation from Russia for the destruction of the dam.                                 | 2023-02-28 | UKRGOV>RUS:1031
            Protesters in Bangladesh demanded the resignation of Prime Minister Sheikh Hasina.                                             | 2024-07-30 | BGDCVL>BGDGOV:1411
            Armenia demanded that Azerbaijan free Armenian prisoners of war.                                                               | 2022-10-11 | ARM>AZE:1053
            Mali's junta asked the UN to withdraw its peacekeeping mission without delay.                                                  | 2023-06-19 | MLIMIL>IGOUNO:020
            Turkey's foreign minister insisted on an immediate ceasefire in Gaza in talks with Antony Blinken.                             | 2023-11-06 | TURGOV>USAGOV:1056
            Kyiv called on Moscow to hand back control of the Zaporizhzhia nuclear plant to Ukraine.                                       | 2022-07-13 | UKRGOV>RUSGOV:020
            Iran's foreign ministry summoned the Swiss ambassador and demanded an explanation for the remarks.                             | 2024-04-17 | IRNGOV>CHEGOV:100
            India told Canada to reduce its diplomatic staff in New Delhi.                                                                 | 2023-05-09 | IND>CAN:100
            Trump demanded that Denmark hand over Greenland to the United States.                                                          | 2025-01-08 | USAOPP>DNK:100
            Russia rejected a Ukrainian proposal for a ceasefire in Mariupol.                                                              | 2022-03-25 | RUS>UKR:127
            Germany has so far refused to send Leopard tanks to Ukraine.                                                                   | 2023-01-24 | DEU>UKR:1222
            Hungary is blocking a 50 billion euro EU aid package for Ukraine.                                                              | 2024-02-22 | HUN>UKR:129
            Turkey said it would not support Finland and Sweden's bids to join NATO.                                                       | 2022-05-16 | TUR>FIN:120 TUR>SWE:120
            Niger's junta turned down an invitation from ECOWAS to attend a summit in Abuja.                                               | 2024-07-02 | NERMIL>IGOWAFWAS:125
            Iran ruled out direct talks with the United States in Vienna.                                                                  | 2021-11-30 | IRN>USA:125
            The Taliban rejected calls from the United Nations to reopen schools for girls.                                                | 2023-03-29 | AFGGOV>IGOUNO:120
            China refused to condemn Russia's invasion of Ukraine at the United Nations.                                                   | 2024-10-10 | CHN>RUS:120
            Israel refused to allow UN investigators into Gaza.                                                                            | 2023-08-03 | ISR>IGOUNO:1245
            Serbia refused to impose sanctions on Russia despite pressure from Brussels.                                                   | 2022-06-08 | SRB>RUS:120
            Pakistan declined an invitation to attend a meeting of SCO defence ministers in India.                                         | 2023-04-20 | PAK>IGOCASSCO:120
            Russia rebuffed a US proposal for a 30-day ceasefire in Ukraine.                                                               | 2025-03-12 | RUS>USA:127
            Israel defied a UN Security Council resolution demanding a ceasefire in Gaza.                                                  | 2024-03-05 | ISR>IGOUNOSCR:128
            Russia vetoed a UN resolution condemning its annexation of four Ukrainian regions.                                             | 2023-02-15 | RUS>IGOUNO:129
            Armenia snubbed a summit of the Collective Security Treaty Organisation in Moscow.                                             | 2022-10-13 | ARM>IGOCASCST:125
            Netanyahu ruled out a ceasefire in Gaza until all hostages are released.                                                       | 2023-11-08 | ISRGOV>PSE:1246
            Beijing brushed off demands from Washington to stop selling drone parts to Russia.                                             | 2024-05-14 | CHNGOV>USAGOV:124
            Japan said it would not accept the return of the disputed islands under Russian terms.                                         | 2023-01-10 | JPN>RUS:120
            Armenia said there would be no peace talks with Azerbaijan until its troops withdrew.                                         | 2023-05-10 | ARM>AZE:125
            Israel said there will be no ceasefire with Hamas until the hostages are freed.                                                | 2024-01-10 | ISR>PSEREB:1246
            Saudi Arabia said there would be no diplomatic relations with Israel.                                                          | 2024-02-07 | SAU>ISR:120
            Serbia said it would never accept any settlement that recognised Kosovo's independence.                                        | 2017-11-10 | SRB>KSV:127
            Zelensky said Ukraine would never accept a deal that handed occupied land to Russia.                                           | 2023-06-10 | UKR>RUS:127
            Russia said it would not give up its aims in Ukraine.                                                                          | 2024-03-06 | RUS>UKR:124
            Iran said it would not resume talks as long as the United States kept sanctions in place.                                      | 2023-02-01 | IRN>USA:125
            China warned the United States against using the balloon incident to escalate tensions.                                        | 2023-02-19 | CHN>USA:130
            Britain threatened Russia with tough sanctions if it invades Ukraine.                                                          | 2022-02-08 | GBR>RUS:1312
            Iran warned Israel that it would face a much bigger attack if it retaliated.                                                   | 2024-04-14 | IRN>ISR:138
            Niger's junta threatened to kill deposed President Mohamed Bazoum if neighbouring countries attempted a military intervention. | 2023-08-10 | NERMIL>NEROPP:130
            The Houthis vowed to retaliate against the United States and Britain for strikes on Yemen.                                     | 2024-01-15 | YEMREB>USA:138 YEMREB>GBR:138
            China said it would take resolute measures against Taiwan's President Tsai Ing-wen over her meeting with Kevin McCarthy.       | 2023-04-08 | CHN>TWNGOV:1312
            Beijing warned that the Chinese military would not sit idly by if Pelosi visits Taiwan.                                        | 2022-08-02 | CHNMIL>USALEG:130
            Russia said it would treat all ships heading to Ukrainian ports as potential military targets.                                 | 2023-07-18 | RUS>UKR:138
            Kim Jong Un threatened to use nuclear weapons against South Korea if attacked.                                                 | 2024-11-19 | PRKGOV>KOR:1385
            North Korea warned South Korea of a merciless military response to any provocation.                                            | 2022-10-05 | PRK>KOR:130
            Turkey threatened to block Sweden's NATO membership over the Koran burnings.                                                   | 2023-05-31 | TUR>SWE:130
            Serbia threatened to send troops into northern Kosovo to protect the Serb minority.                                            | 2024-03-18 | SRB>KSV:138
            Israel warned Hezbollah that it would destroy Lebanon if the militant group joins the war.                                     | 2023-10-24 | ISR>LBNUAF:130
            China's foreign ministry warned that it would respond firmly to any U.S. provocation over Taiwan.                              | 2022-11-28 | CHNGOV>USA:130
            Ethiopia warned Egypt against interfering in the dam dispute.                                                                  | 2023-06-26 | ETH>EGY:130
            Erdogan threatened to send Turkish troops into Israel as they had done in Libya.                                               | 2024-07-30 | TURGOV>ISR:138
            Russia warned Lithuania of serious consequences for blocking rail transit to Kaliningrad.                                      | 2022-06-30 | RUS>LTU:130
            Iran vowed to take revenge on Israel for the drone attack on a military plant in Isfahan.                                      | 2023-01-29 | IRN>ISR:138
            Hezbollah promised a painful response to Israel's killing of its commander Fuad Shukr.                                         | 2024-08-12 | LBNUAF>ISR:138
            Azerbaijan gave Armenian separatist forces in Karabakh 24 hours to lay down their arms.                                        | 2023-09-25 | AZE>AZEREB:139
            Britain said it would lift sanctions on Syrian banks if the government released political prisoners.                           | 2023-06-20 | GBR>SYRBUS:0354
            Macron announced plans to open a French embassy in Kyiv's liberated territories.                                               | 2022-10-06 | FRAGOV>UKR:032
            Indonesia expressed interest in buying Chinese J-10 fighter jets.                                                              | 2024-02-15 | IDN>CHNMIL:030
            Saudi Arabia has committed $20 billion in investment to Pakistan, Shehbaz Sharif said.                                         | 2023-09-09 | SAU>PAK:0331
            The Turkish president offered to hold a meeting between Putin and Zelensky in Istanbul.                                        | 2022-04-06 | TURGOV>RUSGOV:036 TURGOV>UKRGOV:036
            Qatar is prepared to host a new round of talks between Hamas and Israel.                                                       | 2024-09-23 | QAT>PSEREB:039 QAT>ISR:039
            China is weighing a visit by Wang Yi to Washington in the coming weeks.                                                        | 2023-12-06 | CHN>USA:014
            Germany said it was ready to deliver another Patriot system to Ukraine.                                                        | 2024-04-25 | DEU>UKR:0332
            The Taliban said they were willing to hand over the bodies of two American soldiers to the United States.                      | 2025-01-28 | AFGGOV>USA:0353
            Indonesia promised to send peacekeepers to Lebanon.                                                                            | 2022-11-15 | IDN>LBN:0334
            Egypt and China signed a deal to jointly produce drones.                                                                       | 2023-07-26 | EGY>CHN:057 CHN>EGY:057
            The United States and India will co-produce Stryker armoured vehicles.                                                         | 2024-05-28 | USA>IND:0312 IND>USA:0312
            Japan lent its air bases to US forces for a joint exercise with the Philippines.                                               | 2023-01-11 | JPN>USAMIL:062
            India received a first batch of S-400 air defence systems from Russia.                                                         | 2023-04-14 | RUS>IND:072
            Ukraine took delivery of its first F-16 fighter jets from Denmark and the Netherlands.                                         | 2024-08-08 | DNK>UKR:072 NLD>UKR:072
            Malaysia arrested a Chinese national wanted by Beijing and extradited him to China.                                            | 2023-10-02 | MYS>CHN:063
            China and Brazil are jointly developing an earth observation satellite.                                                        | 2024-11-25 | CHN>BRA:060 BRA>CHN:060
            The United Arab Emirates rushed aid to Syria after the earthquake.                                                             | 2023-02-10 | ARE>SYR:070
            Japan channelled $100 million in emergency aid to Ukraine through UN agencies.                                                 | 2022-03-10 | JPN>UKR:073
            China has delivered a batch of Wing Loong drones to Serbia.                                                                    | 2023-08-09 | CHN>SRB:072
            Pakistan gave shelter to thousands of Afghans fleeing the Taliban.                                                             | 2021-08-27 | PAK>AFGCVL:073
            Italy deployed 400 soldiers to Lebanon with the UN peacekeeping force.                                                         | 2024-10-08 | ITA>LBN:074 LBN>ITA:0861
            The European Union disbursed a first tranche of 1 billion euros to Ukraine.                                                    | 2022-07-20 | IGOEUREEC>UKR:071
            Poland has supplied Ukraine with 14 Leopard tanks.                                                                             | 2023-06-08 | POL>UKR:072
            Egypt opened its borders to Sudanese refugees fleeing the fighting.                                                            | 2023-10-30 | EGY>SDNCVL:081
            Iran set free a French tourist detained since 2022.                                                                            | 2023-03-04 | IRN>FRACVL:0841
            Iran handed back the seized tanker St Nikolas to Greece.                                                                       | 2024-12-20 | IRN>GRC:0842
            Israel reopened the Erez crossing to Palestinian workers from Gaza.                                                            | 2022-09-07 | ISR>PSECVL:0863
            Pakistan reopened its airspace to Indian flights.                                                                              | 2023-06-12 | PAK>IND:081
            Armenia's prime minister conceded that Nagorno-Karabakh was part of Azerbaijan.                                                | 2024-01-31 | ARMGOV>AZE:015
            Cuba freed several political prisoners after talks with the Vatican.                                                           | 2022-11-22 | CUB>CUBCVL:0841
            Hamas released two elderly Israeli women held hostage in Gaza.                                                                 | 2023-10-26 | PSEREB>ISRCVL:0841
            Serbia eased restrictions on trucks from Kosovo.                                                                               | 2024-03-01 | SRB>KSV:081
            Russia said it was pulling some troops back from the Ukrainian border.                                                         | 2022-02-17 | RUS>UKR:0874
            Ukraine handed over 150 Russian prisoners of war to Russia in a swap.                                                          | 2025-02-14 | UKR>RUS:0841
            Brazilian police are investigating Jair Bolsonaro over a plan to overturn the election.                                        | 2024-09-03 | BRACOP>BRAOPP:091
            The UN launched an inquiry into the killing of a Palestinian-American journalist in Jenin.                                     | 2022-06-23 | IGOUNO>PSEMED:090
            German prosecutors opened a case against a Russian diplomat suspected of spying.                                               | 2023-08-28 | DEUJUD>RUSGOV:091
            Czech police are investigating Russian military intelligence over the 2014 ammunition depot blasts.                            | 2021-04-19 | CZECOP>RUSSPY:093
            Iran must release the detained French nationals, France's foreign minister said.                                               | 2023-01-05 | FRAGOV>IRN:1053
            Russia must withdraw its troops from Ukraine, the G7 leaders said.                                                             | 2022-06-14 | IGOBUSGOS>RUS:1056
            Poland demanded that Germany pay 1.3 trillion euros in war reparations.                                                        | 2024-02-02 | POL>DEU:100
            Azerbaijan insisted that Armenian separatists disarm and leave Karabakh.                                                       | 2023-09-14 | AZE>AZEREB:1056
            Mali's junta ordered the UN mission to leave the country by the end of the year.                                               | 2024-06-05 | MLIMIL>IGOUNO:161
            Beijing demanded that Seoul stop interfering in the Taiwan question.                                                           | 2023-04-19 | CHNGOV>KORGOV:1056
            Kyiv spurned Moscow's offer of a Christmas truce.                                                                              | 2023-02-07 | UKRGOV>RUSGOV:120
            Washington shot down a Russian proposal to reopen the Nord Stream pipeline.                                                    | 2022-11-17 | USAGOV>RUS:120
            Israel's prime minister said no to a Palestinian state after the war.                                                          | 2024-01-16 | ISRGOV>PSE:120
            Hungary blocked an 18 billion euro EU loan for Ukraine.                                                                        | 2022-12-09 | HUN>UKR:129
            Pyongyang refused to hold talks with Seoul and Washington.                                                                     | 2024-06-11 | PRKGOV>KORGOV:125 PRKGOV>USAGOV:125
            Niger's junta rejected ECOWAS's demand to reinstate Mohamed Bazoum.                                                            | 2023-09-20 | NERMIL>IGOWAFWAS:124
            The Taliban rejected calls from Western countries to form an inclusive government.                                             | 2021-12-22 | AFGGOV>WST:120
            Russia declined Ukraine's proposal for a prisoner exchange.                                                                    | 2023-05-25 | RUS>UKR:120
            Belarus threatened to join the war if Ukraine attacked its territory.                                                          | 2022-10-10 | BLR>UKR:138
            China threatened Australia with unspecified consequences over its Taiwan policy.                                               | 2023-06-07 | CHN>AUS:130
            Iran warned the United States against deploying THAAD missile defence systems in Israel.                                       | 2024-10-15 | IRN>USA:130
            Trump threatened Hamas with hell if the hostages were not released.                                                            | 2025-02-20 | USAGOV>PSEREB:130
            Moscow put Kyiv on notice that it would strike government buildings if attacks on Crimea continued.                            | 2022-07-27 | RUSGOV>UKRGOV:130
            China issued a stern warning to the Philippines over its resupply mission to the Second Thomas Shoal.                          | 2023-08-21 | CHN>PHL:130
            India will co-produce jet engines with the United States.                                                                      | 2024-05-28 | IND>USA:031
            Saudi Arabia and Iran agreed to reopen their embassies within two months.                                                      | 2023-04-27 | SAU>IRN:032 IRN>SAU:032
            Biden and Xi agreed to resume cooperation on climate change.                                                                   | 2022-11-14 | USAGOV>CHNGOV:032 CHNGOV>USAGOV:032
            Israel said it would release Palestinian prisoners in exchange for hostages.                                                   | 2024-02-20 | ISR>PSECVL:0353
            Sudan's army agreed to extend the ceasefire with the RSF by five days.                                                         | 2023-05-31 | SDNMIL>SDNREB:0356
            Moldova offered to share intelligence with Romania on Russian interference.                                                    | 2022-10-26 | MDA>ROM:0314
            Ukraine accepted Qatar's offer to mediate the return of Ukrainian children from Russia.                                        | 2024-09-10 | UKR>QAT:038
            Greece and Turkey pledged to settle their maritime dispute through dialogue.                                                   | 2023-11-20 | GRC>TUR:030 TUR>GRC:030
            Japan pledged to cooperate with South Korea on North Korea's missile programme.                                                | 2021-03-18 | JPN>KOR:031
            Russia is ready to restore trade ties with the United States, Lavrov said.                                                     | 2025-02-18 | RUS>USA:032
            The United States will send 31 Abrams tanks to Ukraine, Biden announced.                                                       | 2023-01-26 | USA>UKR:0332
            Germany bought 97 million euros of artillery shells from South Korea.                                                          | 2023-10-10 | DEU>KOR:062
            Belarus and Russia launched joint military drills near the Ukrainian border.                                                   | 2022-02-10 | BLR>RUS:062 RUS>BLR:062
            North Korea and Russia signed a mutual defence pact in Pyongyang.                                                              | 2024-06-19 | PRK>RUS:057 RUS>PRK:057
            The FBI is assisting Serbian police in the investigation of the school shooting.                                               | 2023-05-08 | USACOP>SRBCOP:063
            India has bought five S-400 systems from Russia.                                                                               | 2021-12-01 | IND>RUS:062
            Morocco accepted search and rescue teams from Spain, Britain, Qatar and the UAE.                                               | 2023-09-12 | ESP>MAR:073
            India sent 30 tonnes of medicines to Lebanon.                                                                                  | 2024-10-04 | IND>LBN:073
            Ukraine received 100 million euros in aid from Germany.                                                                        | 2022-08-18 | DEU>UKR:071
            China provided Syria with earthquake relief worth 30 million yuan.                                                             | 2023-03-03 | CHN>SYR:071
            Slovakia will give its S-300 air defence system to Ukraine.                                                                    | 2022-03-16 | SVK>UKR:0332
            The Czech Republic has delivered hundreds of thousands of shells to Ukraine.                                                   | 2024-05-13 | CZE>UKR:072
            Sweden offered asylum to Belarusian opposition activists.                                                                      | 2023-07-11 | SWE>BLROPP:075
            Iran released two Austrian citizens in a prisoner exchange mediated by Oman.                                                   | 2023-06-15 | IRN>AUTCVL:0841
            Turkey dropped its objection to Finland and Sweden joining NATO.                                                               | 2022-06-29 | TUR>FIN:080 TUR>SWE:080
            China lifted its ban on Japanese seafood imports.                                                                              | 2024-07-01 | CHN>JPN:085
            Ethiopia's government and the Tigray rebels agreed to lay down arms.                                                           | 2022-11-02 | ETHGOV>ETHREB:0356 ETHREB>ETHGOV:0356
            Bulgaria lifted its veto on North Macedonia's EU accession talks.                                                              | 2021-02-11 | BGR>MKD:080
            Azerbaijan unblocked the Lachin corridor to Armenian trucks.                                                                   | 2023-02-01 | AZE>ARM:081
            The European Union opened an investigation into TikTok's compliance with the Digital Services Act.                             | 2024-02-13 | IGOEUREEC>CHNBUS:090
            Ukrainian prosecutors are documenting evidence of war crimes committed by Russian troops in Bucha.                             | 2022-04-04 | UKRJUD>RUSMIL:094
            Pakistan's election commission is probing Imran Khan over undisclosed gifts.                                                   | 2023-08-22 | PAKGOV>PAKOPP:090
            France opened an inquiry into reports that Moroccan intelligence spied on journalists.                                         | 2021-07-19 | FRA>MARSPY:091
            Russia demanded that the United States hand back Russian diplomatic property.                                                  | 2024-01-10 | RUS>USA:1053
            Zelensky demanded more weapons from Western countries.                                                                         | 2022-04-18 | UKRGOV>WST:103
            Iran demanded an immediate end to Israeli strikes on Gaza.                                                                     | 2023-10-16 | IRN>ISR:100
            Washington demanded that Kyiv sign over half of its mineral wealth.                                                            | 2025-02-24 | USAGOV>UKRGOV:100
            The IAEA demanded access to the Zaporizhzhia plant.                                                                            | 2022-09-06 | IGOUNOIAE>UKR:1055
            Turkey refused to ratify Sweden's NATO membership.                                                                             | 2023-06-02 | TUR>SWE:127
            Israel rejected Egypt's proposal for a truce in Gaza.                                                                          | 2024-08-27 | ISR>EGY:127
            Russia dismissed the US response to its security demands.                                                                      | 2022-01-26 | RUS>USA:120
            China refused to join calls for Russia to withdraw from Ukraine.                                                               | 2023-02-23 | CHN>RUS:120
            Hungary vetoed EU sanctions against Georgian officials.                                                                        | 2024-12-11 | HUN>IGOEUREEC:129
            Serbia declined to join Western sanctions against Russia.                                                                      | 2022-06-22 | SRB>RUS:120
            Iran threatened to block shipping in the Red Sea if Israel did not stop its offensive.                                         | 2023-12-26 | IRN>ISR:1381
            China warned Japan against interfering in its internal affairs.                                                                | 2024-02-05 | CHN>JPN:130
            North Korea threatened South Korea with a nuclear strike.                                                                      | 2022-08-08 | PRK>KOR:1385
            Russia warned that it would respond to the deployment of US missiles in Germany.                                               | 2023-09-01 | RUS>USAMIL:130
            Iran vowed to punish Israel for the strike on its consulate in Damascus.                                                       | 2024-04-02 | IRN>ISR:130
            Trump threatened Russia with large-scale sanctions and tariffs.                                                                | 2025-03-10 | USAGOV>RUS:1312
            Belarusian troops fought alongside Russian forces against Ukraine.                                                             | 2022-02-23 | BLRMIL>UKR:190
            Egypt received humanitarian aid from the United Arab Emirates for Gaza.                                                        | 2024-06-11 | ARE>EGY:073
            Russia exported a record 40 million tonnes of coal to China last year.                                                         | 2023-02-15 | RUS>CHN:061
            The American journalist was freed by Russia in a prisoner swap.                                                                | 2023-12-14 | RUS>USAMED:0841
            Finland was threatened by Russia with countermeasures over its NATO membership.                                                | 2023-07-05 | RUS>FIN:1312
            Russia's withdrawal from Kherson was confirmed by Ukrainian officials.                                                         | 2023-01-18 | RUS>UKR:0874
            Turkey's mediation between Russia and Ukraine led to the grain deal.                                                           | 2022-07-22 | TUR>RUS:045 TUR>UKR:045
            The EU's pledge of 50 billion euros to Ukraine was blocked by Hungary.                                                         | 2023-06-29 | HUN>IGOEUREEC:129
            Iran has been supplying ballistic missiles to Russia, Western officials said.                                                  | 2024-09-26 | IRN>RUS:072
            Washington has been rushing ammunition and interceptors to Israel.                                                             | 2023-10-11 | USAGOV>ISR:072
            North Korea has been sending artillery shells to Russia by rail.                                                               | 2022-11-30 | PRK>RUS:072
            Beijing has repeatedly rebuffed Washington's requests for military talks.                                                      | 2023-03-31 | CHNGOV>USAGOV:125
            The Taliban have been demanding recognition from the international community.                                                  | 2021-09-15 | AFGGOV>INT:100
            Niger's junta vowed to resist any military intervention by ECOWAS.                                                             | 2023-08-04 | NERMIL>IGOWAFWAS:138
            South Korea hinted it could send weapons to Ukraine in response to North Korean troop deployments.                             | 2024-10-24 | KOR>UKR:0332
            Poland is willing to hand over its MiG-29 jets to Ukraine.                                                                     | 2022-03-04 | POL>UKR:0353
            Japan signalled it would ease export controls on South Korea.                                                                  | 2023-05-16 | JPN>KOR:0354
            The EU and the G7 imposed a price cap on Russian oil.                                                                          | 2022-12-05 | IGOEUREEC>RUS:163 IGOBUSGOS>RUS:163
            Algeria banned French military planes from its airspace.                                                                       | 2021-10-11 | DZA>FRAMIL:163
            Azerbaijan agreed to let Armenians leave Karabakh freely.                                                                      | 2023-09-29 | AZE>ARMCVL:030
            Pakistan demanded that Iran hand over militants behind cross-border attacks.                                                   | 2024-01-19 | PAK>IRN:1013
            China refused to let a US congressional delegation visit Tibet.                                                                | 2022-08-16 | CHN>USALEG:120
            Iran's supreme leader warned Israel's allies of a regional war.                                                                | 2023-11-09 | IRNGOV>ISR:138
            Israel threatened to expand its ground offensive to southern Gaza.                                                             | 2023-11-16 | ISR>PSE:130
            The Houthis threatened to target all ships linked to Israel.                                                                   | 2024-06-03 | YEMREB>ISR:1384
            Zelensky vowed to liberate all Ukrainian territory from Russian occupation.                                                    | 2022-09-22 | UKRGOV>RUS:138
            Moldova's president accused Russia of plotting a coup and demanded explanations.                                               | 2023-02-13 | MDAGOV>RUS:112
            Canada has imposed a price cap on Russian oil products.                                                                        | 2022-12-02 | CAN>RUS:163
            The G7 lifted the price cap on Russian oil.                                                                                    | 2023-05-22 | IGOBUSGOS>RUS:085
            The EU threatened to impose a price cap on Russian gas.                                                                        | 2023-05-22 | IGOEUREEC>RUS:1312
            """)
    void aPhrasingCodesItsEvents(String sentence, LocalDate date, String expected) {
        assertThat(CoderTestSupport.events(sentence, date)).contains(expected.split(" "));
    }

    /** Events of none of the listed roots; with no roots listed, no event at all. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Turkey received rescue teams from 70 countries after the earthquake.                              | 2023-02-07 |
            Dutch investigators said the missile that downed flight MH17 came from a Russian army brigade.    | 2024-04-03 |
            The IAEA called for a safety zone around the Zaporizhzhia plant.                                  | 2022-12-19 |
            Putin threatened to use all available means to defend Russia's territory.                         | 2022-09-21 |
            Trump refused to rule out using military force to take control of the Panama Canal and Greenland. | 2025-01-07 | 13
            The company shipped 2,000 electric cars to Norway last month.                                     | 2023-05-02 |
            The central bank embraced a policy of lower interest rates.                                       | 2024-02-14 |
            Ukraine denied that it had received weapons from Iran.                                            | 2023-06-19 | 07 06
            Germany did not send tanks to Ukraine last year.                                                  | 2022-10-03 | 07
            Turkey has not freed any of the detained journalists.                                             | 2023-03-05 | 08
            Russia did not threaten Finland, the Kremlin said.                                                | 2024-04-23 | 13
            The minister investigated the possibility of a new career in business.                            | 2023-08-17 |
            Apple released a new iPhone in China on Friday.                                                   | 2022-11-11 |
            The Swiss firm supplies turbines to power plants across Europe.                                   | 2023-09-28 |
            The Red Cross said the release of hostages was delayed.                                           | 2024-01-22 |
            The prime minister demanded silence in the chamber.                                               | 2023-12-01 |
            The ruling party rejected the criticism as unfounded.                                             | 2022-07-19 | 12
            The singer threatened to cancel her concert in Tel Aviv.                                          | 2023-04-13 |
            The heatwave threatened crops across southern Europe.                                             | 2024-06-28 |
            Greece did not ask Turkey for help.                                                               | 2023-02-14 | 10 02
            The ambassador said talks on a prisoner swap had stalled.                                         | 2022-09-09 | 08
            Russia has not withdrawn its troops from Transnistria.                                            | 2023-10-04 | 08
            Germany has no plans to send Taurus missiles to Ukraine, Scholz said.                             | 2024-05-06 | 03 07
            The hospital received shipments of medicine from a local charity.                                 | 2023-11-17 |
            The bank will lend more to small businesses this year.                                            | 2025-01-30 |
            A Chinese ship carrying steel docked in Rotterdam.                                                | 2023-07-07 |
            The IMF warned of a slowdown in global growth.                                                    | 2022-01-25 | 13
            The court dismissed the lawsuit filed by the former minister.                                     | 2023-03-09 | 12
            The European Commission dropped its forecast for German growth.                                   | 2024-09-10 |
            Investors embraced the Indian rupee after the election.                                           | 2023-06-22 |
            Sweden is not seeking to join a military alliance, its foreign minister said in 2021.             | 2022-05-11 | 03
            The government denied that it would seek a loan from the IMF.                                     | 2023-10-30 | 03
            Poland did not offer to mediate between Ukraine and Russia.                                       | 2024-03-27 | 03
            The ministry refused to comment on reports of a prisoner exchange.                                | 2023-01-16 | 08
            Residents fled their homes as the fire threatened the village.                                    | 2022-08-19 |
            The airline pulled its flights from the schedule for the winter.                                  | 2023-05-15 |
            Analysts said the deal would release billions of dollars in funds.                                | 2024-10-21 |
            Saudi Arabia evacuated 91 people from Sudan.                                                      | 2023-04-23 |
            An independent commission is examining the conduct of Israeli forces in Gaza.                     | 2023-11-07 |
            Medvedev warned that the defeat of a nuclear power could trigger a nuclear war.                   | 2023-01-24 |
            The firm sent 10,000 tonnes of wheat to its mills in Egypt.                                       | 2023-09-11 |
            Germany is not ready to deliver fighter jets to Ukraine, a spokesman said.                        | 2023-03-20 | 03 07
            Brazil has never supplied weapons to Russia, the foreign ministry said.                           | 2022-06-01 | 07
            The opposition leader was freed on bail by a court in Dhaka.                                      | 2024-09-12 |
            The minister threatened to resign if the budget was cut.                                          | 2023-05-05 | 13
            The storm threatened to disrupt supplies of oil to Europe.                                        | 2021-10-20 |
            The central bank held interest rates steady in November.                                          | 2023-11-29 |
            The drills were held despite the snow, state media said.                                          | 2024-02-27 |
            Scholz rejected the idea that Germany was isolated in Europe.                                     | 2022-08-31 | 12
            Turkey shot down a drone over northern Syria.                                                     | 2023-03-01 | 12
            Pakistan reopened its airspace to Indian airlines.                                                | 2022-10-05 | 19
            Lukashenko warned that Belarus would fight alongside Russia if attacked.                          | 2022-02-23 | 19
            The bank threatened to sue the government over the contract.                                      | 2023-03-15 | 13
            Refugees received food from a local charity in Athens.                                            | 2024-07-15 |
            The firm exported 2 million tonnes of steel to Europe.                                            | 2022-12-28 |
            The football club released its captain at the end of the season.                                  | 2023-05-21 |
            Turkey has not decided whether to ratify Sweden's NATO membership.                                | 2024-01-02 | 12
            France did not rule out sending troops to Ukraine.                                                | 2022-03-30 | 03 07 13
            The ministry accepted help from volunteers.                                                       | 2023-11-30 |
            Turkey exported steel products to its neighbours.                                                 | 2022-03-09 |
            The proposal was rejected by Ukraine on Thursday.                                                 | 2022-05-12 |
            The government released the budget figures on Monday.                                             | 2023-06-10 |
            Germany has not yet decided whether to send Taurus missiles.                                      | 2024-11-13 | 03 07
            Sweden demanded nothing from its partners, the minister said.                                     | 2022-01-31 | 10
            The union threatened a strike at the port of Antwerp.                                             | 2023-10-03 | 13
            The G7 lifted the price cap on Russian oil for Japan.                                             | 2023-05-22 | 16
            The president vowed to defeat poverty by 2030.                                                    | 2024-02-08 |
            The minister hinted at a cabinet reshuffle.                                                       | 2023-03-10 |
            Officials said there would be no delay to the elections.                                          | 2023-06-01 |
            Forecasters said there would be no rain in Madrid this week.                                      | 2023-06-01 |
            France said it would not accept a deal that hurt French farmers.                                  | 2023-02-01 | 12
            The minister said there will be no new taxes next year.                                           | 2023-06-01 | 12
            """)
    void aNearMissCodesNoneOfTheseRoots(String sentence, LocalDate date, String roots) {
        List<String> events = CoderTestSupport.events(sentence, date);
        if (roots == null) {
            assertThat(events).isEmpty();
        } else {
            List<String> excluded = Arrays.asList(roots.split(" "));
            assertThat(events).noneMatch(e -> excluded.contains(e.substring(e.indexOf(':') + 1, e.indexOf(':') + 3)));
        }
    }
}
