package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Event;

/**
 * The ways wire copy names who acts, each with a plain verb (met, visited, accused, criticised, attacked,
 * arrested, signed) so that only the naming is tested: role words and their synonyms ("riot police", "border
 * guards", "lawmakers", "the junta", "military rulers"), demonyms and possessives ("Niger's military rulers"),
 * units of a state ("soldiers of the presidential guard in Niger", "the commander of the Russian navy"), people
 * placed by where they are ("the junta in Niamey", "separatists in eastern Ukraine"), organs and staff of
 * international bodies ("judges at the International Criminal Court", "observers from the European Union",
 * "the head of the IAEA"), counterparts ("his British counterpart" of a defence minister), offices owned by a
 * leader or a ruling movement ("the Taliban's foreign minister"), occupiers' appointees ("Russian-installed
 * officials"), armed groups by their usual names and people by title and name. The contrasts are
 * words that look like actors and are not ("the Chinese market", "turkey", "a nerve agent", "a head coach",
 * "observers said" with no body named).
 */
class WireActorNamesTest {
    private static List<Event> events(String text, LocalDate date) {
        return CoderTestSupport.code(text, date).events();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-07-28 | Soldiers of the presidential guard in Niger arrested President Mohamed Bazoum on Wednesday. | NERMIL | NERGOV | 17
            2023-08-02 | Niger's military rulers accused France of planning an intervention. | NERMIL | FRA | 11
            2023-08-10 | The junta in Niamey accused ECOWAS of preparing an invasion. | NERMIL | IGOWAFWAS | 11
            2022-10-03 | Burkina Faso's new military leaders accused France of sheltering the ousted leader. | BFAMIL | FRA | 11
            2021-02-03 | Myanmar's generals arrested Aung San Suu Kyi in dawn raids. | MMRMIL | MMROPP | 17
            2021-03-12 | The Myanmar junta accused Aung San Suu Kyi of taking bribes. | MMRMIL | MMROPP | 11
            2020-10-02 | Armenian forces attacked Azerbaijani positions near the front line. | ARMMIL | AZEMIL | 19
            2020-10-05 | Azerbaijani troops attacked Armenian separatists in Nagorno-Karabakh. | AZEMIL | AZEREB | 19
            2022-03-04 | Russian paratroopers attacked the airport near Kyiv. | RUSMIL | UKR | 19
            2023-11-20 | Israeli soldiers arrested dozens of Palestinians in the West Bank. | ISRMIL | PSECVL | 17
            2024-01-14 | The Israeli army accused Hamas of hiding weapons in hospitals. | ISRMIL | PSEREB | 11
            2019-06-21 | The Iranian Revolutionary Guards accused the United States of violating its airspace. | IRNMIL | USA | 11
            2024-04-14 | Iran's Revolutionary Guards attacked Israel with drones and missiles. | IRNMIL | ISR | 19
            2023-05-12 | The Chinese navy accused a Philippine vessel of intruding into its waters. | CHNMIL | PHL | 11
            2021-07-01 | The Royal Navy accused Russia of shadowing its destroyer in the Black Sea. | GBRMIL | RUS | 11
            2019-12-05 | The Indian army accused Pakistani troops of violating the ceasefire in Kashmir. | INDMIL | PAKMIL | 11
            2018-02-10 | The Israeli air force attacked Iranian targets in Syria. | ISRMIL | IRN | 19
            2016-04-02 | Azerbaijani helicopters attacked Armenian positions in the disputed region. | AZEMIL | ARMMIL | 19
            2022-09-13 | Tajik border troops attacked Kyrgyz border posts. | TJKMIL | KGZ | 19
            2023-10-09 | Israel's military chief met US generals in Tel Aviv. | ISRMIL | USAMIL | 04
            2015-09-30 | Russian warplanes attacked rebel positions in Syria. | RUSMIL | SYRREB | 19
            2017-04-07 | American warships attacked a Syrian air base. | USAMIL | SYRMIL | 19
            2024-02-03 | US forces attacked Iranian-backed militias in Iraq and Syria. | USAMIL | IRQUAF | 19
            2023-08-26 | Gabonese army officers arrested President Ali Bongo. | GABMIL | GABGOV | 17
            2021-09-05 | Guinean special forces arrested President Alpha Conde. | GINMIL | GINGOV | 17
            2022-01-24 | Mutinous soldiers in Burkina Faso arrested President Roch Kabore. | BFAMIL | BFAGOV | 17
            2019-04-11 | Sudan's army arrested President Omar al-Bashir. | SDNMIL | SDNGOV | 17
            2023-04-16 | Sudan's military accused the Rapid Support Forces of attacking its bases. | SDNMIL | SDNREB | 11
            2017-11-15 | Zimbabwe's military detained President Robert Mugabe. | ZWEMIL | ZWEGOV | 17
            2024-06-05 | The Ukrainian General Staff accused Russia of shelling civilians. | UKRMIL | RUS | 11
            2024-03-03 | Taiwan's military accused Chinese warplanes of crossing the median line. | TWNMIL | CHNMIL | 11
            2018-11-25 | Russian border guards attacked three Ukrainian navy ships near the Kerch Strait. | RUSCOP | UKRMIL | 19
            2024-03-05 | The Chinese coast guard attacked a Philippine supply boat with water cannon. | CHNCOP | PHL | 19
            2023-08-07 | The Philippine coast guard accused its Chinese counterpart of dangerous manoeuvres. | PHLCOP | CHNCOP | 11
            2021-11-10 | Polish border guards accused Belarusian troops of helping migrants cross. | POLCOP | BLRMIL | 11
            2021-11-16 | Belarusian border guards attacked Polish forces with stun grenades. | BLRCOP | POLMIL | 19
            2020-06-16 | Chinese border troops attacked an Indian patrol in the Galwan Valley. | CHNMIL | INDMIL | 19
            2019-08-12 | Riot police in Hong Kong arrested dozens of protesters at the airport. | HKGCOP | HKGCVL | 17
            2023-03-24 | French riot police arrested protesters in Paris on Thursday. | FRACOP | FRACVL | 17
            2020-08-10 | Belarusian riot police arrested thousands of demonstrators. | BLRCOP | BLRCVL | 17
            2021-01-23 | Russian police detained more than 3,000 protesters. | RUSCOP | RUSCVL | 17
            2022-03-06 | Russian riot police detained anti-war protesters in Moscow. | RUSCOP | RUSCVL | 17
            2019-10-19 | Police in Chile arrested dozens of rioters in Santiago. | CHLCOP | CHLCVL | 17
            2018-10-10 | Turkish police accused Saudi agents of killing Jamal Khashoggi. | TURCOP | SAUGOV | 11
            2024-05-02 | Greek coastguards accused Turkish boats of harassing them in the Aegean. | GRCCOP | TUR | 11
            2023-01-09 | Brazilian police arrested hundreds of Bolsonaro supporters in Brasilia. | BRACOP | BRAOPP | 17
            2021-01-07 | US Capitol police arrested dozens of rioters. | USACOP | USACVL | 17
            2020-06-01 | The Kenyan police arrested opposition leader Raila Odinga's supporters. | KENCOP | KENOPP | 17
            2023-11-02 | Pakistani border guards attacked Afghan refugees at the Torkham crossing. | PAKCOP | AFGCVL | 19
            2023-03-17 | Judges at the International Criminal Court accused Vladimir Putin of deporting children. | IGOJUDICC | RUSGOV | 11
            2023-03-20 | The International Criminal Court accused Putin of war crimes. | IGOJUDICC | RUSGOV | 11
            2024-05-20 | The ICC prosecutor accused Benjamin Netanyahu of starvation as a method of war. | IGOJUDICC | ISRGOV | 11
            2022-06-08 | Ukrainian prosecutors accused a Russian soldier of killing a civilian. | UKRJUD | RUSMIL | 11
            2023-04-03 | Manhattan prosecutors accused Donald Trump of falsifying business records. | USAJUD | USAOPP | 11
            2023-07-19 | A Russian court arrested an American journalist in absentia. | RUSJUD | USAMED | 17
            2024-01-26 | The International Court of Justice criticised Israel over Gaza. | IGOUNOJUDICJ | ISR | 11
            2022-11-30 | Germany's top prosecutor accused Russian spies of planning sabotage. | DEUJUD | RUSSPY | 11
            2023-02-28 | US lawmakers accused China of helping Russia evade sanctions. | USALEG | CHN | 11
            2022-07-14 | British MPs accused the government of China of genocide. | GBRLEG | CHNGOV | 11
            2021-04-22 | Canadian lawmakers accused Beijing of genocide against the Uyghurs. | CANLEG | CHNGOV | 11
            2023-03-13 | South Korean opposition lawmakers criticised President Yoon Suk Yeol. | KOROPP | KORGOV | 11
            2022-08-02 | Members of Congress met Taiwan's president in Taipei. | USALEG | TWNGOV | 04
            2024-01-30 | The European Parliament criticised Hungary's government. | IGOEUREECLEG | HUNGOV | 11
            2023-11-07 | Armenia's parliament speaker visited Paris. | ARMLEG | FRA | 04
            2019-07-16 | Italian senators criticised the French government over migrants. | ITALEG | FRAGOV | 11
            2020-09-22 | Thai legislators criticised the army over the constitution. | THALEG | THAMIL | 11
            2022-09-27 | The Russian Duma accused Ukraine of attacking civilians. | RUSLEG | UKR | 11
            2024-07-11 | Georgian lawmakers accused the United States of meddling. | GEOLEG | USA | 11
            2017-09-29 | The Knesset speaker met Egyptian officials in Cairo. | ISRLEG | EGYGOV | 04
            2023-04-12 | The Chinese foreign ministry accused the United States of provocation. | CHNGOV | USA | 11
            2022-10-17 | Iran's foreign ministry criticised the European Union over sanctions. | IRNGOV | IGOEUREEC | 11
            2024-02-09 | The Russian interior ministry accused Ukrainian saboteurs of attacks. | RUSGOV | UKR | 11
            2023-05-22 | The Polish interior ministry accused Belarus of organising migrant crossings. | POLGOV | BLR | 11
            2022-11-04 | Ukraine's central bank criticised Russia's seizure of its assets. | UKRGOV | RUS | 11
            2018-08-13 | Turkey's central bank criticised American sanctions. | TURGOV | USA | 11
            2021-11-03 | Japan's ruling party criticised China over the East China Sea. | JPNGOV | CHN | 11
            2022-03-21 | South Africa's ruling party criticised NATO over Ukraine. | ZAFGOV | IGOWSTNAT | 11
            2023-09-12 | The ruling ANC met a Russian delegation in Johannesburg. | ZAFGOV | RUSGOV | 04
            2023-03-09 | A senior US official accused Iran of supplying drones to Russia. | USAGOV | IRN | 11
            2022-07-20 | Senior Chinese officials met a Pakistani delegation in Beijing. | CHNGOV | PAKGOV | 04
            2021-08-30 | Taliban officials met Qatari diplomats in Kabul. | AFGGOV | QATGOV | 04
            2024-08-13 | The mayor of Kyiv accused Russia of targeting the city's power plants. | UKRGOV | RUS | 11
            2022-03-11 | The mayor of Melitopol was arrested by Russian soldiers. | RUSMIL | UKRGOV | 17
            2023-05-01 | The governor of Belgorod accused Ukrainian forces of shelling the region. | RUSGOV | UKRMIL | 11
            2024-09-03 | Russian state media accused Ukraine of attacking the Kursk nuclear plant. | RUSMED | UKR | 11
            2023-07-05 | Chinese state media criticised Japan's plan to release water from Fukushima. | CHNMED | JPN | 11
            2022-08-31 | North Korean state media accused South Korea of spreading Covid. | PRKMED | KOR | 11
            2019-05-14 | Iran's state television accused Saudi Arabia of lying. | IRNMED | SAU | 11
            2017-09-20 | Xinhua criticised the United States over Korea. | CHNMED | USA | 11
            2023-06-14 | The Kremlin accused the West of prolonging the war. | RUSGOV | WST | 11
            2022-04-06 | Downing Street criticised Russia's war crimes in Bucha. | GBRGOV | RUS | 11
            2021-09-17 | The Elysee accused Australia of betrayal over the submarine deal. | FRAGOV | AUS | 11
            2020-01-05 | Tehran accused Washington of state terrorism. | IRNGOV | USAGOV | 11
            2023-08-22 | Beijing criticised Manila over the Second Thomas Shoal. | CHNGOV | PHLGOV | 11
            2024-04-15 | Saudi diplomats met Iranian officials in Riyadh. | SAUGOV | IRNGOV | 04
            2022-12-01 | The Indian ambassador met the Russian deputy foreign minister in Moscow. | INDGOV | RUSGOV | 04
            2019-03-15 | A North Korean envoy accused Washington of gangster-like demands. | PRKGOV | USAGOV | 11
            2016-09-08 | Philippine President Rodrigo Duterte criticised the United States. | PHLGOV | USA | 11
            2020-06-25 | President Xi Jinping met the Pakistani premier in Beijing. | CHNGOV | PAKGOV | 04
            2021-10-18 | Chancellor Angela Merkel visited Israel. | DEUGOV | ISR | 04
            2023-01-18 | Prime Minister Fumio Kishida visited Washington. | JPNGOV | USA | 04
            2024-06-14 | Pope Francis met President Joe Biden in Italy. | VATGOV | USAGOV | 04
            2022-02-07 | French President Emmanuel Macron visited Moscow. | FRAGOV | RUS | 04
            2023-09-13 | North Korean leader Kim Jong Un visited Russia. | PRKGOV | RUS | 04
            2022-11-14 | US President Joe Biden met Chinese leader Xi Jinping in Bali. | USAGOV | CHNGOV | 04
            2019-06-30 | Donald Trump met Kim Jong Un at the demilitarised zone. | USAGOV | PRKGOV | 04
            2022-09-15 | Turkish President Recep Tayyip Erdogan met Vladimir Putin in Samarkand. | TURGOV | RUSGOV | 04
            2024-03-01 | Hungary's Viktor Orban criticised the European Union. | HUNGOV | IGOEUREEC | 11
            2020-09-15 | Bahrain's foreign minister signed the Abraham Accords with Israel. | BHRGOV | ISR | 05
            2023-03-10 | Iran's top security official signed an agreement with Saudi Arabia in Beijing. | IRNGOV | SAU | 05
            2018-09-19 | South Korea's defence minister signed a military pact with his North Korean counterpart. | KORGOVMIL | PRKGOVMIL | 05
            2024-06-19 | Vladimir Putin signed a defence pact with North Korea's Kim Jong Un. | RUSGOV | PRKGOV | 05
            2021-03-27 | Chinese Foreign Minister Wang Yi signed a 25-year cooperation agreement with Iran. | CHNGOV | IRN | 05
            2022-03-04 | The Interior Minister of Ukraine accused Russia of terror. | UKRGOV | RUS | 11
            2021-12-02 | Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Stockholm. | USAGOV | RUSGOV | 04
            2021-06-05 | Boko Haram militants attacked Nigerian soldiers in Borno. | NGAREB | NGAMIL | 19
            2024-01-12 | Houthi forces attacked a US warship in the Red Sea. | YEMREB | USAMIL | 19
            2023-11-19 | Houthi rebels seized a ship linked to Israel. | YEMREB | ISR | 18
            2024-03-06 | Yemen's Houthis attacked a British oil tanker in the Gulf of Aden. | YEMREB | GBR | 19
            2019-09-14 | The Houthis accused Saudi Arabia of bombing civilians. | YEMREB | SAU | 11
            2022-11-13 | The separatists in Donetsk accused Kyiv of shelling the city. | UKRREB | UKRGOV | 11
            2014-08-27 | Pro-Russian separatists attacked Ukrainian troops near Mariupol. | UKRREB | UKRMIL | 19
            2023-10-07 | Hamas gunmen attacked Israeli communities near Gaza. | PSEREB | ISR | 19
            2024-07-31 | Hamas accused Israel of assassinating its leader in Tehran. | PSEREB | ISR | 11
            2023-10-08 | Hezbollah fighters attacked Israeli positions in the Shebaa Farms. | LBNUAF | ISRMIL | 19
            2024-09-20 | Hezbollah accused Israel of detonating pagers. | LBNUAF | ISR | 11
            2021-09-09 | Al-Shabaab militants attacked a Kenyan military base. | SOMREB | KENMIL | 19
            2020-01-05 | Al-Shabaab fighters attacked a US base in Kenya. | SOMREB | USAMIL | 19
            2022-05-25 | M23 rebels attacked Congolese army positions near Goma. | CODREB | CODMIL | 19
            2023-01-20 | Congo accused Rwanda of backing M23 rebels. | COD | RWA | 11
            2023-04-16 | The Rapid Support Forces attacked Sudanese army bases in Khartoum. | SDNREB | SDNMIL | 19
            2024-02-10 | Taliban fighters attacked Pakistani border posts. | AFGMIL | PAK | 19
            2016-10-18 | Islamic State militants attacked Kirkuk. | IMGMOSISI | IRQ | 19
            2019-03-15 | PKK militants attacked a Turkish army base. | TURREB | TURMIL | 19
            2021-11-19 | Tigrayan forces attacked Ethiopian army positions. | ETHREB | ETHMIL | 19
            2021-11-03 | Tigrayan rebels accused the Ethiopian government of genocide. | ETHREB | ETHGOV | 11
            2019-02-18 | FARC dissidents attacked a Colombian police station. | COLREB | COLCOP | 19
            2024-05-01 | Wagner mercenaries attacked villages in Mali. | RUSMIL | MLI | 19
            2023-09-19 | The UN General Assembly criticised Russia's annexation. | IGOUNO | RUS | 11
            2022-04-07 | The UN Human Rights Council criticised Russia. | IGOUNOHRI | RUS | 11
            2023-07-01 | The European Council criticised Belarus over migrants. | IGOEUREEC | BLR | 11
            2023-08-25 | SADC observers criticised Zimbabwe's elections. | IGOSAFDEVSAD | ZWE | 11
            2023-02-26 | EU observers criticised Nigeria's election commission. | IGOEUREEC | NGAGOV | 11
            2020-08-10 | OSCE observers criticised the Belarusian election. | IGOEURSCE | BLR | 11
            2022-03-02 | NATO's secretary general accused Russia of lying. | IGOWSTNAT | RUS | 11
            2021-07-08 | The IMF managing director met Egyptian officials in Cairo. | IGOBUSIMF | EGYGOV | 04
            2022-10-24 | The UN nuclear watchdog accused Iran of blocking inspections. | IGOUNOIAE | IRN | 11
            2024-01-25 | The UN refugee agency criticised Britain's Rwanda plan. | IGOUNO | GBR | 11
            2023-11-09 | The World Health Organization accused Israel of attacking hospitals. | IGOUNOHLHWHO | ISR | 11
            2022-11-16 | The G20 leaders criticised Russia's war. | IGOBUSGTW | RUS | 11
            2024-01-28 | The Alliance of Sahel States criticised ECOWAS. | IGOWAFAES | IGOWAFWAS | 11
            2022-12-15 | The UN special rapporteur criticised Iran's executions. | IGOUNO | IRN | 11
            2024-04-30 | UN investigators accused Russia of torturing prisoners. | IGOUNO | RUS | 11
            2023-05-25 | A UN panel of experts accused North Korea of stealing crypto. | IGOUNO | PRK | 11
            2022-02-26 | The Council of Europe criticised Russia. | IGOEURCOE | RUS | 11
            2020-09-18 | The European Court of Human Rights criticised Turkey over Demirtas. | IGOEURCOE | TUR | 11
            2023-09-05 | Amnesty International accused Saudi border guards of killing migrants. | NGOHRIAMN | SAUCOP | 11
            2021-06-30 | Human Rights Watch accused Ethiopian soldiers of rape. | NGOHRIHRW | ETHMIL | 11
            2022-09-30 | Iranian protesters criticised the morality police. | IRNCVL | IRNCOP | 11
            2023-04-07 | Israeli reservists criticised the government's judicial overhaul. | ISRMIL | ISRGOV | 11
            2021-08-20 | Afghan women criticised the Taliban government. | AFGCVL | AFGGOV | 11
            2019-09-10 | Russian opposition activists accused the Kremlin of fraud. | RUSOPP | RUSGOV | 11
            2022-06-01 | Chinese hackers attacked Taiwanese government websites. | CHNGOV | TWNGOV | 19
            2024-05-29 | Georgian protesters accused the ruling party of copying a Russian law. | GEOCVL | GEOGOV | 11
            2023-07-02 | Indian farmers criticised the government over prices. | INDCVL | INDGOV | 11
            2022-04-19 | Russian hackers attacked Ukrainian power grids. | RUSGOV | UKR | 19
            2020-05-08 | Venezuelan authorities arrested two American mercenaries. | VENGOV | USAUAF | 17
            2023-11-14 | Ukraine's security service arrested a Russian spy in Odesa. | UKRSPY | RUSSPY | 17
            2020-07-17 | Chinese state security agents arrested an Australian journalist. | CHNSPY | AUSMED | 17
            2023-03-30 | Russia's FSB arrested Wall Street Journal reporter Evan Gershkovich. | RUSSPY | USAMED | 17
            2023-10-20 | Chinese chipmakers criticised US export controls. | CHNBUS | USA | 11
            2022-10-11 | Ukrainian officials accused Iranian drone makers of helping Russia. | UKRGOV | IRNBUS | 11
            2021-05-10 | Palestinian worshippers criticised Israeli police at al-Aqsa. | PSECVL | ISRCOP | 11
            2024-11-05 | Moldova's electoral commission accused Russia of buying votes. | MDAGOV | RUS | 11
            2023-12-01 | Venezuela's election council accused Guyana of provocations. | VENGOV | GUY | 11
            2021-06-11 | Russian police refused to arrest the protesters. | RUSCOP | RUSCVL | 12
            2024-10-10 | Chinese diplomats praised Hungary's stance. | CHNGOV | HUN | 05
            2023-08-02 | The junta in Niger accused France of plotting an attack. | NERMIL | FRA | 11
            2021-08-24 | Military rulers in Mali accused France of abandoning the country. | MLIMIL | FRA | 11
            2023-10-12 | Coup leaders in Niger accused France of hostile acts. | NERMIL | FRA | 11
            2018-11-26 | The commander of the Russian navy accused Ukraine of provocation. | RUSMIL | UKR | 11
            2022-05-11 | A spokesman of the Chinese foreign ministry criticised Japan. | CHNGOV | JPN | 11
            2023-06-15 | The head of the IAEA visited Ukraine. | IGOUNOIAE | UKR | 04
            2023-11-10 | The head of the World Health Organization criticised Israel. | IGOUNOHLHWHO | ISR | 11
            2024-02-05 | The head of the UN refugee agency criticised Britain. | IGOUNO | GBR | 11
            2022-06-22 | Officials from the International Monetary Fund met Sri Lankan ministers. | IGOBUSIMF | LKAGOV | 04
            2023-02-20 | Prosecutors at the International Criminal Court accused Russia of abducting children. | IGOJUDICC | RUS | 11
            2020-08-11 | Monitors from the OSCE criticised Belarus over the vote. | IGOEURSCE | BLR | 11
            2022-12-06 | Inspectors from the IAEA visited Iran's Fordow plant. | IGOUNOIAE | IRN | 09
            2021-11-08 | Observers from the European Union criticised Nicaragua. | IGOEUREEC | NIC | 11
            2023-09-07 | Separatists in eastern Ukraine accused Kyiv of shelling Donetsk. | UKRREB | UKRGOV | 11
            2016-05-20 | Rebels in Syria accused Russia of bombing hospitals. | SYRREB | RUS | 11
            2024-03-11 | Chinese state security agents arrested a British citizen. | CHNSPY | GBRCVL | 17
            2019-02-07 | Russian agents attacked a Bulgarian arms dealer. | RUSGOV | BGRCRM | 19
            2020-06-17 | An Indian patrol attacked Chinese troops in Ladakh. | INDMIL | CHNMIL | 19
            2020-01-08 | Iranian missiles attacked a US base in Iraq. | IRNMIL | USAMIL | 19
            2023-05-20 | Wagner fighters attacked Ukrainian troops in Bakhmut. | RUSMIL | UKRMIL | 19
            2021-01-08 | The US Capitol Police arrested a man carrying explosives. | USACOP | USACVL | 17
            2022-08-12 | Members of Congress criticised China over Taiwan drills. | USALEG | CHN | 11
            2024-07-30 | Venezuela's national electoral council accused opposition leaders of fraud. | VENGOV | VENOPP | 11
            2024-01-15 | Mali's military rulers accused Algeria of hostile acts. | MLIMIL | DZA | 11
            2023-06-19 | The Philippine military accused Chinese militia vessels of swarming the reef. | PHLMIL | CHNUAF | 11
            2023-09-01 | The People's Liberation Army accused Taiwan of provocations. | CHNMIL | TWN | 11
            2023-08-19 | The PLA criticised joint drills by Japan and the United States. | CHNMIL | JPN | 11
            2022-06-10 | Japan's Self-Defense Forces accused Chinese warships of entering its waters. | JPNMIL | CHNMIL | 11
            2023-07-12 | South Korea's Joint Chiefs of Staff accused North Korea of firing a missile. | KORMIL | PRK | 11
            2024-02-15 | The Bundestag criticised Russia over Navalny's death. | DEULEG | RUS | 11
            2023-11-22 | Ukraine's SBU arrested a Russian agent in Kyiv. | UKRSPY | RUS | 17
            2022-08-22 | Russia's FSB accused Ukrainian intelligence of killing Darya Dugina. | RUSSPY | UKRSPY | 11
            2021-11-28 | Iran accused Mossad of killing its nuclear scientist. | IRN | ISRSPY | 11
            2024-01-03 | Iran's intelligence ministry arrested Israeli spies. | IRNSPY | ISRSPY | 17
            2023-10-11 | Seoul's spy agency accused North Korea of supplying arms to Russia. | KORSPY | PRK | 11
            2022-09-07 | Pyongyang's state media criticised South Korea's president. | PRKMED | KORGOV | 11
            2023-01-17 | Beijing's top diplomat met Russia's foreign minister. | CHNGOV | RUSGOV | 04
            2024-03-19 | Tehran's envoy to the United Nations criticised Israel. | IRNGOV | ISR | 11
            2018-08-09 | The Saudi-led coalition attacked a bus in Yemen. | SAUMIL | YEM | 19
            2017-06-18 | The US-led coalition attacked a Syrian warplane. | USAMIL | SYRMIL | 19
            2022-01-06 | Kazakhstan asked the Russian-led CSTO for help. | KAZ | IGOCASCST | 02
            2024-02-23 | Armenia criticised the Russian-led Collective Security Treaty Organization. | ARM | IGOCASCST | 11
            2022-05-16 | The Russian-led CSTO criticised NATO. | IGOCASCST | IGOWSTNAT | 11
            2023-04-10 | China's Taiwan Affairs Office criticised Taiwan's president. | CHNGOV | TWNGOV | 11
            2023-08-14 | Israeli settlers attacked Palestinian villagers in the West Bank. | ISRCVL | PSECVL | 19
            2023-05-09 | Palestinian militants attacked Israel with rockets. | PSEREB | ISR | 19
            2024-05-10 | Hamas's armed wing accused Israel of killing hostages. | PSEREB | ISR | 11
            2023-12-03 | The Qassam Brigades attacked Israeli tanks in Gaza. | PSEREB | ISRMIL | 19
            2023-06-01 | The Indian Navy signed a deal with France. | INDMIL | FRA | 05
            2024-06-17 | China Coast Guard vessels attacked Philippine navy boats. | CHNCOP | PHLMIL | 19
            2019-08-05 | Hong Kong police arrested dozens of protesters. | HKGCOP | HKGCVL | 17
            2022-03-08 | Taiwan's coast guard accused Chinese boats of intrusion. | TWNCOP | CHN | 11
            2023-01-10 | Iran's judiciary criticised Britain over the dual national. | IRNJUD | GBR | 11
            2022-11-12 | Egypt's public prosecutor accused activists of spreading false news. | EGYJUD | EGYCVL | 11
            2023-05-09 | Pakistan's Supreme Court criticised the army over Imran Khan's arrest. | PAKJUD | PAKMIL | 11
            2023-07-24 | Israel's Supreme Court criticised the government. | ISRJUD | ISRGOV | 11
            2020-01-08 | The speaker of Iran's parliament accused the United States of terrorism. | IRNLEG | USA | 11
            2019-06-26 | Iran's parliament speaker criticised Washington. | IRNLEG | USAGOV | 11
            2024-05-28 | Georgia's ruling party criticised the European Union. | GEOGOV | IGOEUREEC | 11
            2023-08-30 | The ANC criticised the United States over Russia. | ZAFGOV | USA | 11
            2022-04-04 | Hungary's ruling Fidesz party criticised the European Commission. | HUNGOV | IGOEUREEC | 11
            2020-07-01 | China's Communist Party criticised Britain over Hong Kong. | CHNGOV | GBR | 11
            2023-05-24 | India's ruling BJP criticised Pakistan. | INDGOV | PAK | 11
            2021-09-20 | United Russia accused the West of meddling in the election. | RUSGOV | WST | 11
            2019-11-08 | Britain's Conservative government criticised China. | GBRGOV | CHN | 11
            2023-04-18 | The Chinese Communist Party met a delegation of Vietnam's Communist Party. | CHNGOV | VNMGOV | 04
            2022-07-08 | Defence Minister Oleksii Reznikov met his British counterpart in London. | UKRGOVMIL | GBRGOVMIL | 04
            2023-09-10 | Gen. Mark Milley met Israeli commanders. | USAMIL | ISRMIL | 04
            2022-02-25 | Gen. Valery Gerasimov accused NATO of threatening Russia. | RUSMIL | IGOWSTNAT | 11
            2024-04-02 | Iranian Foreign Minister Hossein Amir-Abdollahian accused Israel of terror. | IRNGOV | ISR | 11
            2023-10-15 | Saudi Crown Prince Mohammed bin Salman met Antony Blinken in Riyadh. | SAUGOV | USAGOV | 04
            2024-02-01 | Pakistani army chief General Asim Munir met Chinese officials. | PAKMIL | CHNGOV | 04
            2022-12-12 | Indian External Affairs Minister Subrahmanyam Jaishankar criticised Pakistan. | INDGOV | PAK | 11
            2023-03-29 | Russian Defence Minister Sergei Shoigu accused the West of escalation. | RUSGOVMIL | WST | 11
            2021-05-12 | Egyptian President Abdel Fattah al-Sisi met Palestinian Authority President Mahmoud Abbas. | EGYGOV | PSEGOV | 04
            2022-09-21 | UN Secretary-General Antonio Guterres criticised Russia's referendums. | IGOUNO | RUS | 11
            2024-02-16 | NATO Secretary General Jens Stoltenberg accused Russia of murder. | IGOWSTNAT | RUS | 11
            2023-05-31 | EU foreign policy chief Josep Borrell criticised Serbia and Kosovo. | IGOEUREEC | SRB | 11
            2023-11-30 | European Commission President Ursula von der Leyen visited Israel. | IGOEUREEC | ISR | 04
            2024-03-05 | IAEA Director General Rafael Grossi visited Iran. | IGOUNOIAE | IRN | 04
            2021-06-16 | Russian President Vladimir Putin met US President Joe Biden in Geneva. | RUSGOV | USAGOV | 04
            2023-07-10 | Belarusian opposition leader Sviatlana Tsikhanouskaya met Lithuanian officials. | BLROPP | LTUGOV | 04
            2022-09-28 | Venezuelan opposition leader Juan Guaido criticised Nicolas Maduro. | VENOPP | VENGOV | 11
            2023-06-16 | The UN Human Rights Office accused Russian forces of executing prisoners. | IGOUNO | RUSMIL | 11
            2024-02-21 | The UN agency for Palestinian refugees accused Israel of killing staff. | IGOUNO | ISR | 11
            2023-11-01 | The UN children's agency criticised Israel. | IGOUNO | ISR | 11
            2023-03-23 | The World Bank signed a loan agreement with Ukraine. | IGOUNODEVWBK | UKR | 05
            2023-03-20 | The IMF signed a deal with Sri Lanka. | IGOBUSIMF | LKA | 05
            2023-08-10 | The ECOWAS Commission accused Niger's junta of defiance. | IGOWAFWAS | NERMIL | 11
            2022-11-10 | The Gulf Cooperation Council criticised Iran. | IGOPGSGCC | IRN | 11
            2021-07-29 | The Organisation of Islamic Cooperation criticised India. | IGOMOSOIC | IND | 11
            2020-10-21 | The Organization of American States criticised Nicaragua. | IGOOAS | NIC | 11
            2022-03-03 | The International Criminal Court's prosecutor visited Ukraine. | IGOJUDICC | UKR | 04
            2024-05-24 | The UN's top court criticised Israel. | IGOUNOJUDICJ | ISR | 11
            2019-05-02 | The European Parliament's president met Ukraine's president. | IGOEUREECLEG | UKRGOV | 04
            2023-10-18 | EU leaders criticised Hamas. | IGOEUREEC | PSEREB | 11
            2024-07-18 | NATO officials accused Russia of sabotage. | IGOWSTNAT | RUS | 11
            2023-02-14 | Russian-installed officials accused Ukraine of shelling Nova Kakhovka. | RUSGOV | UKR | 11
            2023-03-01 | Taliban authorities arrested a British journalist in Kabul. | AFGGOV | GBRMED | 17
            2022-01-24 | The Taliban's foreign minister met Western diplomats in Oslo. | AFGGOV | WST | 04
            2023-06-10 | The Israel Defense Forces accused Hezbollah of firing rockets. | ISRMIL | LBNUAF | 11
            2024-01-02 | The IDF attacked Hamas positions in Khan Younis. | ISRMIL | PSEREB | 19
            2023-12-11 | Israeli border police arrested Palestinians in East Jerusalem. | ISRCOP | PSECVL | 17
            2024-01-09 | The Shin Bet arrested a Hamas operative. | ISRSPY | PSEREB | 17
            2023-09-01 | Ukraine's military intelligence accused Russia of planning a provocation. | UKRSPY | RUS | 11
            2022-05-07 | Ukrainian drones attacked a Russian landing craft. | UKRMIL | RUSMIL | 19
            2024-06-12 | Bangladesh's interim government accused India of sheltering Sheikh Hasina. | BGDGOV | IND | 11
            2023-08-17 | Niger's transitional government accused ECOWAS of bias. | NERGOV | IGOWAFWAS | 11
            2022-07-03 | The Palestinian Authority accused Israel of executing a teenager. | PSEGOV | ISR | 11
            2021-05-13 | Palestinian President Mahmoud Abbas criticised Israel. | PSEGOV | ISR | 11
            2024-05-04 | Hamas officials met Egyptian mediators in Cairo. | PSEREB | EGY | 04
            2024-07-20 | A Houthi spokesman accused the United States of aggression. | YEMREB | USA | 11
            2024-10-24 | Sudan's army chief accused the RSF of genocide. | SDNMIL | SDNREB | 11
            2023-08-20 | Niger's junta leader met a Russian delegation. | NERMIL | RUSGOV | 04
            2022-10-08 | Burkina Faso's junta leader Captain Ibrahim Traore criticised France. | BFAMIL | FRA | 11
            2022-06-18 | Myanmar's junta chief met Russian officials in Moscow. | MMRMIL | RUSGOV | 04
            2021-09-21 | Sudan's military-led government accused Ethiopia of backing the RSF. | SDNGOV | ETH | 11
            2023-02-09 | Russia's foreign intelligence service accused Washington of plotting. | RUSSPY | USAGOV | 11
            2023-08-01 | China's Ministry of State Security accused the CIA of recruiting Chinese officials. | CHNSPY | USASPY | 11
            2021-07-19 | Britain accused Chinese state-backed hackers of attacking Microsoft. | GBR | CHNGOV | 11
            2023-03-16 | North Korean hackers attacked South Korean banks. | PRKGOV | KORBUS | 19
            2022-12-22 | Iranian hackers attacked Israeli water systems. | IRNGOV | ISR | 19
            2024-03-25 | The Kremlin's spokesman criticised France. | RUSGOV | FRA | 11
            2024-08-08 | Russia's Security Council secretary met Chinese officials. | RUSGOV | CHNGOV | 04
            2023-04-06 | The Syrian Observatory for Human Rights accused Turkish forces of killing civilians. | NGOHRISOH | TURMIL | 11
            2023-01-31 | Doctors Without Borders criticised Israel over Gaza. | NGOHLHMSF | ISR | 11
            2022-11-02 | The Red Cross criticised Russia over prisoners of war. | NGOHLHIRC | RUS | 11
            2024-02-27 | Reporters Without Borders criticised Georgia's government. | NGOHRIRWB | GEOGOV | 11
            2024-01-16 | Ecuadorean police arrested Colombian smugglers. | ECUCOP | COLCRM | 17
            2021-04-21 | Baloch separatists attacked Chinese engineers in Pakistan. | PAKREB | CHNCVL | 19
            2024-12-09 | Hayat Tahrir al-Sham met Turkish officials in Damascus. | SYRREB | TURGOV | 04
            2019-10-09 | The Syrian Democratic Forces accused Turkey of attacking civilians. | SYRUAF | TUR | 11
            2017-08-25 | Rohingya militants attacked Myanmar police posts. | MMRREB | MMRCOP | 19
            2022-10-15 | The Russian-appointed governor of Kherson accused Ukraine of shelling civilians. | RUSGOV | UKR | 11
            2024-04-20 | The Taliban's foreign minister met Chinese diplomats in Kabul. | AFGGOV | CHNGOV | 04
            2024-04-20 | Taliban Foreign Minister Amir Khan Muttaqi met the Chinese ambassador. | AFGGOV | CHNGOV | 04
            2023-05-16 | Putin's spokesman criticised the Group of Seven. | RUSGOV | IGOBUSGOS | 11
            2023-08-15 | Putin's spokesman Dmitry Peskov criticised Kyiv. | RUSGOV | UKRGOV | 11
            2024-01-15 | The Netherlands will give Ukraine fighter jets. | NLD | UKR | 03
            2024-01-15 | Japan will give Bangladesh patrol boats under a new security aid programme. | JPN | BGD | 03
            2024-01-15 | Britain will send Ukrainian troops new tanks. | GBR | UKRMIL | 03
            """)
    void theActorIsCodedAsNamed(LocalDate date, String sentence, String source, String target, String root) {
        assertThat(events(sentence, date))
                .as("events of: %s", sentence)
                .anySatisfy(e -> {
                    assertThat(e.source().code()).isEqualTo(source);
                    assertThat(e.target().code()).isEqualTo(target);
                    assertThat(e.code()).startsWith(root);
                });
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-10 | Shoppers in the Chinese market criticised the price of pork.
            2022-11-24 | American families ate turkey on Thursday.
            2021-05-03 | Observers said the election in Chad was flawed.
            2024-02-02 | Analysts said the junta would struggle to hold the capital.
            2023-04-18 | Guards at the stadium checked tickets.
            2019-10-11 | The company will guard its patents carefully.
            2022-06-22 | The Chinese market fell sharply on Wednesday.
            2024-08-19 | The bank raised interest rates by a quarter point.
            2023-01-05 | The army of volunteers cleaned the beach.
            2020-12-01 | A police drama won the award.
            2022-05-14 | The court of public opinion judged the scandal harshly.
            2021-10-09 | The military parade was postponed because of rain.
            2023-06-12 | The rebel yell echoed around the stadium.
            2024-03-28 | The press conference was cancelled.
            2018-04-03 | The Turkey Trot race attracted thousands of runners.
            2023-09-21 | The navy blue dress sold out.
            2022-01-17 | State media reported heavy snow in the north.
            2020-02-14 | Officials said the bridge would reopen.
            2023-10-30 | Judges praised the winning chef.
            2019-08-15 | The Boko Haram attack anniversary was marked quietly.
            2024-07-22 | Houthi forces did not attack the ship.
            2023-03-02 | The junta denied arresting the journalist.
            2022-04-14 | Polish border guards did not accuse Belarus.
            2019-11-20 | General Motors accused the union of bad faith.
            2023-12-12 | General Electric signed a deal with India's air force.
            2024-05-05 | A Russian nerve agent attacked the politician.
            2023-03-03 | The Chinese travel agents met tourists from Japan.
            2022-09-01 | Brazil's head coach criticised the referee.
            2023-02-10 | The American industrial base criticised the law.
            2023-08-01 | The Chinese Communist Party's centenary was marked in Beijing.
            2022-06-06 | Observers of Chinese politics said Xi would stay.
            2024-01-11 | A former coast guard officer opened a restaurant.
            2021-02-02 | The Cabinet Office published new guidance on heating.
            2023-05-05 | The navy's new submarine was launched in Barrow.
            2023-04-20 | Protesters gathered at the base of the statue.
            2022-10-05 | Officials from the IMF said talks would resume next week.
            2021-03-15 | The head of the household criticised the noise.
            2024-02-29 | Britain's Premier League criticised the referees.
            2019-05-17 | The head coach of Brazil criticised the referee.
            2023-07-07 | The officials' union criticised pay.
            2021-11-11 | A Russian-made car attacked nobody.
            2022-12-24 | The cartel of OPEC producers met in Vienna.
            2022-03-16 | Bolsonaro's supporters criticised the Supreme Court.
            2023-07-11 | Officials at the NATO summit in Vilnius criticised Russia.
            2023-07-11 | Delegates at the G20 meeting in New Delhi criticised Russia.
            """)
    void wordsThatOnlyLookLikeActorsGiveNoEvent(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).as("events of: %s", sentence).isEmpty();
    }

    /**
     * A coach, a poison and a travel firm are not the state: no government or spy source comes of them; the
     * contrast, a state's agents, is its intelligence service.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Brazil's head coach criticised Argentina.          | false
            A Russian nerve agent poisoned Alexei Navalny.     | false
            The Chinese travel agents criticised Japan.        | false
            Chinese state security agents arrested a Japanese businessman. | true
            """)
    void lookalikesAreNotOfficials(String sentence, boolean stateAgents) {
        List<Event> events = events(sentence, LocalDate.of(2023, 3, 15));
        if (stateAgents) {
            assertThat(events).anyMatch(e -> e.source().code().equals("CHNSPY"));
        } else {
            assertThat(events).noneMatch(e -> e.source().code().endsWith("GOV") || e.source().code().endsWith("SPY"));
        }
    }
}
