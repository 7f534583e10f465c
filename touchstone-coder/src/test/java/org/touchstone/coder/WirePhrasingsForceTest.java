package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ways wire reporters word the acts of CAMEO roots 14-20 (protest, force posture, reduced relations, coercion,
 * assault, fighting, mass violence), written for this test from the definitions and examples of the CAMEO 1.1b3 manual
 * (never gold or tuning sentences): different verbs and synonyms, verb + noun collocations, nominal forms, passives,
 * tenses, modifiers between the verb and its object. Each row is "date | sentence | expected events" and the coder must
 * find every expected "SOURCE>TARGET:CODE"; the near misses use the same words in senses that code none of the listed
 * roots (or nothing at all).
 */
class WirePhrasingsForceTest {
    private static void codes(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }


    /** Protests, hunger strikes, strikes and boycotts, blockades of roads, riots (14). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-09-22 | Thousands of Iranians poured into the streets of Tehran to protest the death of Mahsa Amini. | IRNCVL>IRNGOV:141
            2020-08-16 | Belarusian opposition supporters held a massive rally in Minsk demanding the resignation of President Lukashenko. | BLROPP>BLRGOV:1411
            2019-10-18 | Thousands of Lebanese protesters took to the streets of Beirut against new taxes on Friday. | LBNCVL>LBNGOV:1412
            2021-02-08 | Tens of thousands of Myanmar protesters marched in Yangon against the military junta. | MMRCVL>MMRMIL:141
            2023-01-08 | Crowds of Brazilian protesters gathered outside army headquarters in Brasilia to demand a military coup. | BRACVL>BRAMIL:141
            2024-02-03 | Thousands of Pakistanis staged a sit-in outside the election commission in Islamabad on Saturday, local media reported. | PAKCVL>PAKGOV:141
            2022-07-09 | Sri Lankan protesters stormed the president's residence in Colombo, demanding his resignation. | LKACVL>LKAGOV:1451
            2023-03-26 | Israeli demonstrators blocked the Ayalon highway in Tel Aviv to protest the government's judicial overhaul. | ISRCVL>ISRGOV:144
            2024-01-20 | Thousands of Serbians have been protesting in Belgrade against alleged electoral fraud since December. | SRBCVL>SRBGOV:141
            2022-02-27 | Crowds of Germans demonstrated in Berlin against the Russian invasion of Ukraine. | DEUCVL>RUS:141
            2019-06-16 | Nearly two million people marched through Hong Kong on Sunday to demand the withdrawal of the extradition bill. | HKGCVL>HKGGOV:1412
            2021-07-11 | Thousands of Cubans took part in rare anti-government protests in Havana on Sunday. | CUBCVL>CUBGOV:141
            2023-08-15 | Hundreds of Kenyan opposition supporters protested in Nairobi over the rising cost of living. | KENOPP>KENGOV:141
            2021-03-31 | Jailed Kremlin critic Alexei Navalny went on hunger strike to demand proper medical treatment. | RUSOPP>RUSGOV:142
            2022-11-06 | Jailed Egyptian activist Alaa Abd El-Fattah escalated his hunger strike as the COP27 summit opened. | EGYCVL>EGYGOV:142
            2023-05-02 | Palestinian prisoners launched an open-ended hunger strike in Israeli jails on Tuesday. | PSECVL>ISR:142
            2024-02-12 | Iranian activist Narges Mohammadi began a hunger strike in Evin prison to protest the lack of medical care. | IRNCVL>IRNGOV:142
            2023-03-07 | French workers staged a nationwide strike against President Macron's pension reform. | FRACVL>FRAGOV:1432
            2022-06-21 | British rail workers walked off the job on Tuesday in the biggest strike in decades. | GBRCVL>GBRGOV:143
            2023-10-30 | Bangladeshi garment workers went on strike in Dhaka demanding higher wages. | BGDCVL>BGDGOV:143
            2024-02-22 | Polish farmers blocked border crossings with Ukraine to protest imports of Ukrainian grain. | POLCVL>UKR:144
            2023-11-20 | Moroccan consumers are boycotting French products over President Macron's comments. | MARCVL>FRA:143
            2020-02-05 | Opposition lawmakers boycotted the Venezuelan National Assembly session on Tuesday. | VENOPP>VENLEG:143
            2024-06-14 | Thousands of Argentine teachers held a 24-hour general strike against President Milei's austerity measures. | ARGCVL>ARGGOV:1432
            2023-07-05 | Israeli protesters blocked roads across the country after the ouster of the Tel Aviv police chief. | ISRCVL>ISRGOV:144
            2024-01-24 | French farmers blocked motorways around Paris with tractors to protest low prices. | FRACVL>FRAGOV:144
            2019-11-12 | Bolivian demonstrators blocked access to the capital La Paz, cutting off food supplies. | BOLCVL>BOLGOV:144
            2023-06-29 | French rioters torched cars and looted shops in Nanterre after police shot a teenager. | FRACVL>FRAGOV:145
            2023-01-08 | Bolsonaro supporters stormed Brazil's Congress, presidential palace and Supreme Court. | BRACVL>BRALEG:145
            2020-05-29 | Protesters set fire to a police station in Minneapolis on Thursday night. | USACVL>USACOP:145
            2022-11-24 | Kazakh protesters hurled stones at police in Almaty during the unrest. | KAZCVL>KAZCOP:145
            2023-02-25 | Thousands of Nigerians protested in Lagos against the new currency policy on Saturday. | NGACVL>NGAGOV:1412
            2024-07-10 | Kenyan youths marched on parliament in Nairobi to demand the president's resignation. | KENCVL>KENGOV:1411
            2022-10-16 | Tens of thousands of French demonstrators marched in Paris against soaring prices. | FRACVL>FRAGOV:141
            2023-04-01 | Israeli reservists staged protests outside the defence ministry in Tel Aviv. | ISRMIL>ISRGOVMIL:141
            2021-09-20 | South African workers staged a general strike in Johannesburg over unpaid wages. | ZAFCVL>ZAFGOV:143
            2023-11-24 | Finnish workers held a nationwide strike against the government's labour reforms. | FINCVL>FINGOV:1432
            2022-12-15 | British nurses went on strike for the first time in their history. | GBRCVL>GBRGOV:143
            2023-05-10 | Pakistani protesters torched a military building in Lahore after Imran Khan's arrest. | PAKCVL>PAKMIL:145
            2022-09-24 | Iranian protesters set fire to police stations in several cities. | IRNCVL>IRNCOP:145
            2023-03-18 | Thousands of Georgians rallied outside parliament for a third night against the foreign agents law. | GEOCVL>GEOLEG:1412
            2024-05-12 | Tens of thousands of Georgians demonstrated in Tbilisi against the government's foreign influence bill. | GEOCVL>GEOGOV:141
            2022-10-29 | Iranian students chanted slogans against the supreme leader at universities across the country. | IRNCVL>IRNGOV:141
            2023-04-13 | French unions led a twelfth day of nationwide protests against the pension reform. | FRACVL>FRAGOV:141
            2024-03-08 | Thousands of Argentine women marched in Buenos Aires against President Milei's policies. | ARGCVL>ARGGOV:1412
            2019-03-01 | Algerian protesters took to the streets to oppose a fifth term for President Bouteflika. | DZACVL>DZAGOV:141
            2023-09-26 | German railway workers staged a warning strike, halting trains across the country. | DEUCVL>DEUGOV:143
            2023-07-29 | Kenyan protesters hurled rocks at police in Nairobi during the third week of protests. | KENCVL>KENCOP:145
            """)
    void aProtestStrikeBoycottBlockadeOrRiotIsCoded(LocalDate date, String sentence, String expected) {
        codes(date, sentence, expected);
    }

    /** Drills and shows of force, alerts, mobilisation and forces sent to a border (15). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-08-04 | China staged live-fire drills around Taiwan after US House Speaker Nancy Pelosi's visit. | CHN>TWN:150
            2023-04-08 | The Chinese military held three days of combat readiness patrols around Taiwan. | CHNMIL>TWN:150
            2022-11-18 | North Korea test-fired an intercontinental ballistic missile into the sea off Japan. | PRK>JPN:150
            2024-05-23 | Chinese warships and aircraft surrounded Taiwan in large-scale drills on Thursday. | CHNMIL>TWN:150
            2024-01-10 | Russian bombers flew near Japanese airspace for seven hours on Wednesday, Tokyo's defence ministry said. | RUSMIL>JPN:150
            2023-02-18 | Russian warplanes buzzed a Polish border guard aircraft over the Black Sea. | RUSMIL>POLCOP:150
            2022-10-04 | North Korea fired a ballistic missile over Japan for the first time in five years. | PRK>JPN:150
            2020-07-23 | Azerbaijan conducted large-scale military exercises near its border with Armenia. | AZE>ARM:150
            2024-10-14 | China encircled Taiwan with warships and jets in drills named Joint Sword-2024B. | CHN>TWN:150
            2023-08-19 | China launched drills around Taiwan on Saturday as a stern warning to separatists. | CHN>TWN:150
            2022-08-10 | Taiwan's army staged artillery drills in Pingtung to simulate repelling a Chinese invasion. | TWNMIL>CHN:150
            2023-11-20 | South Korea raised its military alert level after North Korea launched a spy satellite. | KOR>PRK:152
            2022-05-13 | Japan placed its missile defence units on heightened alert after North Korean tests. | JPN>PRK:152
            2022-09-21 | Putin ordered a partial mobilisation of reservists to fight in Ukraine. | RUSGOV>UKR:154
            2023-09-20 | Azerbaijan massed troops and armour along the line of contact with Armenian separatists in Karabakh. | AZE>AZEREB:154
            2022-01-18 | Russia has moved tens of thousands of troops close to Ukraine's borders. | RUS>UKR:154
            2021-04-09 | Russia built up forces near its border with Ukraine, Ukrainian officials said. | RUS>UKR:154
            2024-10-01 | Israel sent reinforcements to its northern border with Lebanon ahead of a ground offensive. | ISR>LBN:154
            2022-11-14 | Poland sent thousands of troops to its border with Belarus to stop migrants. | POL>BLR:154
            2023-02-08 | Serbia has put its army on alert and moved units toward the boundary with Kosovo. | SRB>KSV:154
            2024-09-25 | Moscow beefed up its forces along the Finnish border after Helsinki joined NATO. | RUSGOV>FIN:154
            2019-02-22 | Venezuela's Maduro deployed troops to the Colombian border to block US aid. | VENGOV>COL:154
            2024-06-12 | Sudan's army called up reservists to counter the advance of the Rapid Support Forces. | SDNMIL>SDNREB:154
            2023-08-29 | China's navy staged live-fire exercises in the South China Sea near the Philippines. | CHNMIL>PHL:150
            2022-05-24 | Chinese and Russian bombers flew near Japan as Quad leaders met in Tokyo. | CHNMIL>JPN:150 RUSMIL>JPN:150
            2023-02-19 | North Korea launched an intercontinental ballistic missile toward the sea off Japan. | PRK>JPN:150
            2024-03-18 | Chinese coast guard ships entered Japanese waters near the Senkaku Islands. | CHNCOP>JPN:150
            2022-04-25 | Russian warships conducted missile drills in the Baltic Sea near Lithuania. | RUSMIL>LTU:150
            2022-02-10 | Belarus and Russia kicked off large-scale military drills near the Ukrainian border. | BLR>UKR:150 RUS>UKR:150
            2024-07-22 | China's military put troops in the Eastern Theatre Command on high alert near Taiwan. | CHNMIL>TWN:152
            2023-10-08 | Israel called up 300,000 reservists after the Hamas attack. | ISR>PSEREB:154
            2022-08-05 | China fired 11 ballistic missiles into waters around Taiwan during live-fire drills. | CHN>TWN:150
            2024-05-24 | Russian forces began tactical nuclear weapons drills near the Ukrainian border. | RUSMIL>UKR:150
            2021-12-10 | Russia deployed Iskander missiles close to the Ukrainian border. | RUS>UKR:154
            2022-04-20 | Russia has mobilised tens of thousands of reservists for its offensive in eastern Ukraine. | RUS>UKR:154
            2023-12-07 | Venezuela reinforced its military presence on the border with Guyana. | VEN>GUY:154
            """)
    void aShowOfForceAlertOrMobilisationIsCoded(LocalDate date, String sentence, String expected) {
        codes(date, sentence, expected);
    }

    /** Ties cut, envoys recalled or expelled, aid and arms held back, sanctions, talks and mediation halted (16). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-01 | Colombia cut diplomatic ties with Israel over the war in Gaza. | COL>ISR:161
            2023-11-02 | Bahrain recalled its ambassador from Israel and suspended economic ties. | BHR>ISR:161
            2021-08-24 | Algeria severed diplomatic relations with Morocco on Tuesday, accusing Rabat of hostile acts. | DZA>MAR:161
            2022-08-10 | Nicaragua broke off diplomatic relations with the Netherlands. | NIC>NLD:161
            2023-11-17 | South Africa withdrew its diplomats from Israel, citing the bombing of Gaza. | ZAF>ISR:161
            2024-01-17 | Pakistan recalled its ambassador from Iran after Iranian missile strikes in Baluchistan. | PAK>IRN:161
            2023-04-24 | Germany expelled more than 30 Russian diplomats on Saturday, Moscow said. | DEU>RUSGOV:161
            2022-06-01 | Canada downgraded its diplomatic relations with Iran. | CAN>IRN:161
            2023-09-19 | India expelled a senior Canadian diplomat in a tit-for-tat move. | IND>CANGOV:161
            2024-03-01 | Ukraine closed its embassy in Moscow, which had been empty since the invasion. | UKR>RUS:161
            2023-07-20 | Sweden's ambassador was expelled by Iraq after the Koran burning in Stockholm. | IRQ>SWEGOV:161
            2020-10-27 | Armenia recalled its ambassador to Israel over arms sales to Azerbaijan. | ARM>ISR:161
            2021-05-14 | Ukraine declared a Russian consul persona non grata in Odesa. | UKR>RUSGOV:161
            2023-10-30 | Jordan pulled its ambassador out of Israel over the war in Gaza. | JOR>ISR:161
            2023-01-13 | The United States suspended military aid to Niger after the coup. | USA>NER:162
            2024-01-27 | Germany paused funding to UNRWA after allegations against its staff. | DEU>IGOUNO:162
            2020-04-14 | Trump halted US funding for the World Health Organization. | USAGOV>IGOUNOHLHWHO:162
            2022-05-24 | Washington cut off security assistance to Burkina Faso following the coup. | USAGOV>BFA:162
            2024-05-08 | Biden paused a shipment of bombs to Israel over the planned Rafah offensive. | USAGOV>ISR:1622
            2022-02-22 | The United States imposed sweeping sanctions on Russian banks on Tuesday. | USA>RUSBUS:163
            2018-07-06 | Washington slapped 25 percent tariffs on $34 billion of Chinese imports. | USAGOV>CHN:163
            2024-04-25 | The European Union blacklisted three Iranian drone makers on Thursday. | IGOEUREEC>IRNBUS:163
            2023-05-19 | Britain banned imports of Russian diamonds, copper and aluminium. | GBR>RUS:163
            2022-12-05 | The G7 capped the price of Russian seaborne oil at 60 dollars a barrel. | IGOBUSGOS>RUS:163
            2019-07-01 | Japan tightened export controls on chemicals to South Korea. | JPN>KOR:163
            2023-10-03 | China restricted exports of gallium and germanium to the United States. | CHN>USA:163
            2024-08-26 | Canada slapped a 100 percent tariff on Chinese electric vehicles. | CAN>CHN:163
            2023-03-01 | The European Union hit Iran with fresh sanctions over its crackdown on protesters. | IGOEUREEC>IRN:163
            2023-06-23 | ECOWAS closed borders with Niger and cut off electricity supplies. | IGOWAFWAS>NER:191
            2023-08-05 | China called off military talks with the United States after Pelosi's Taiwan trip. | CHN>USA:164
            2019-09-08 | Trump abruptly cancelled secret peace talks with the Taliban at Camp David. | USAGOV>AFGREB:164
            2022-09-15 | Serbia suspended dialogue with Kosovo over the licence plate dispute. | SRB>KSV:164
            2023-12-21 | Azerbaijan walked out of talks with Armenia in Brussels. | AZE>ARM:164
            2024-11-09 | Qatar suspended its mediation between Israel and Hamas. | QAT>ISR:165 QAT>PSEREB:165
            2023-06-30 | The UN Security Council ended the peacekeeping mission in Mali at the junta's demand. | IGOUNOSCR>MLI:1661
            2024-02-14 | Ethiopia expelled seven senior UN officials for meddling. | ETH>IGOUNO:1663
            2022-07-12 | Russia expelled a Lithuanian consul from Saint Petersburg. | RUS>LTUGOV:161
            2017-06-05 | Saudi Arabia, the UAE and Egypt imposed a blockade on Qatar. | SAU>QAT:163 ARE>QAT:163 EGY>QAT:163
            2023-08-03 | Niger's junta cut diplomatic ties with Ukraine. | NERMIL>UKR:161
            2024-09-01 | Niger expelled the European Union's ambassador in the capital Niamey. | NER>IGOEUREEC:161
            2023-03-10 | China suspended its military dialogue with the United States. | CHN>USA:164
            2022-08-05 | Beijing cancelled climate talks with Washington over Pelosi's visit to Taiwan. | CHNGOV>USAGOV:164
            2023-06-06 | Kosovo recalled its ambassador to Serbia for consultations. | KSV>SRB:161
            2022-05-31 | Spain expelled 25 Russian diplomats on Tuesday, the foreign ministry said. | ESP>RUSGOV:161
            2023-11-05 | Chad recalled its ambassador to Israel, citing the humanitarian crisis in Gaza. | TCD>ISR:161
            2024-06-05 | Belize suspended diplomatic relations with Israel over the Gaza war. | BLZ>ISR:161
            2023-08-07 | Sweden halted development aid to Niger after the military coup. | SWE>NER:162
            2022-09-12 | Germany cut off budget support to Mali over the presence of Russian mercenaries. | DEU>MLI:1621
            2021-08-18 | Germany suspended development aid to Afghanistan after the Taliban takeover. | DEU>AFG:162
            2024-03-01 | The United States imposed new export restrictions on 93 Chinese companies. | USA>CHNBUS:163
            2023-12-18 | The European Union adopted its 12th package of sanctions against Russia. | IGOEUREEC>RUS:163
            2022-04-07 | Japan banned new investment in Russia and imports of Russian coal. | JPN>RUS:163
            2023-04-20 | Russia suspended talks with Japan on a peace treaty. | RUS>JPN:164
            """)
    void aReductionOfRelationsIsCoded(LocalDate date, String sentence, String expected) {
        codes(date, sentence, expected);
    }

    /** Seizure and destruction of property, bans and restrictions, curfews and emergency rule, arrests, deportations, repression, cyber attacks (17). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2020-09-27 | Armenia declared martial law and placed its armed forces on full combat readiness. | ARMGOV>ARM:1724
            2023-03-27 | Burkina Faso expelled two French journalists. | BFA>FRAMED:174
            2022-04-08 | Italy seized a superyacht belonging to a Russian oligarch. | ITA>RUSBUS:1711
            2023-10-11 | Venezuela's navy impounded a Guyanese fishing vessel near the disputed border. | VENMIL>GUY:1711
            2022-12-08 | Moscow banned the activities of Memorial, Russia's oldest human rights group. | RUSGOV>NGORUS:1721
            2023-02-15 | Georgia stripped the Georgian citizenship of former President Saakashvili. | GEO>GEOOPP:172
            2024-06-25 | Kenya's government imposed a curfew in Nairobi after protesters stormed parliament. | KENGOV>KEN:1723
            2023-07-26 | Niger's junta suspended the constitution and dissolved all institutions. | NERMIL>NER:1724
            2022-01-05 | Kazakhstan's president declared a state of emergency in Almaty after violent protests. | KAZGOV>KAZ:1724
            2024-12-03 | South Korea's President Yoon declared martial law, banning all political activity. | KORGOV>KOR:1724
            2023-03-29 | Russia detained Wall Street Journal reporter Evan Gershkovich on spying charges. | RUS>USAMED:173
            2024-03-14 | Turkish police rounded up dozens of suspected Islamic State members in Istanbul. | TURCOP>IMGMOSISI:173
            2022-06-14 | Chinese police arrested four women after the beating of diners in Tangshan. | CHNCOP>CHNCVL:173
            2020-01-03 | Iranian authorities arrested dozens of protesters in Tehran, state media said. | IRNGOV>IRNCVL:173
            2023-05-24 | Pakistani authorities have detained thousands of Imran Khan's supporters. | PAKGOV>PAKOPP:173
            2023-12-12 | Venezuelan authorities issued arrest warrants for 15 opposition figures. | VENGOV>VENOPP:173
            2023-10-31 | Pakistan began deporting undocumented Afghans on Wednesday. | PAK>AFGCVL:201
            2024-06-18 | Britain deported a Rwandan asylum seeker under the new law. | GBR>RWACVL:174
            2023-08-08 | The Taliban expelled three Pakistani journalists from Kabul. | AFGGOV>PAKMED:174
            2022-09-21 | Iranian security forces fired tear gas at protesters in Tehran. | IRNCOP>IRNCVL:175
            2021-02-28 | Myanmar police opened fire on anti-coup demonstrators in Yangon, killing 18. | MMRCOP>MMRCVL:175
            2020-08-10 | Belarusian riot police used stun grenades and rubber bullets to disperse protesters in Minsk. | BLRCOP>BLRCVL:175
            2023-07-19 | Kenyan police violently broke up opposition rallies in Nairobi. | KENCOP>KENOPP:175
            2024-08-05 | Bangladeshi security forces cracked down on student protesters in Dhaka. | BGDCOP>BGDCVL:175
            2023-05-24 | Chinese state-backed hackers have infiltrated critical US infrastructure networks, Microsoft said. | CHNGOV>USA:176
            2024-03-25 | Chinese hackers targeted British lawmakers in a cyber espionage campaign. | CHNGOV>GBRLEG:176
            2020-12-14 | Russian intelligence hacked into the US Treasury's computer systems. | RUSSPY>USAGOV:176
            2019-07-19 | Iran's Revolutionary Guards captured a British-flagged tanker in the Strait of Hormuz. | IRNMIL>GBR:1711
            2022-09-17 | Russian troops destroyed a dam in the southern Ukrainian city of Kryvyi Rih. | RUSMIL>UKR:1712
            2022-03-04 | Russia blocked the BBC and Deutsche Welle websites. | RUS>GBRMED:1721
            2021-02-01 | Myanmar's military declared a state of emergency for a year. | MMRMIL>MMR:1724
            2024-09-05 | Bangladesh's interim government imposed a nationwide curfew after violent protests. | BGDGOV>BGD:1723
            2022-08-06 | Iranian police detained dozens of women for flouting the headscarf law. | IRNCOP>IRNCVL:173
            2024-02-16 | Russian authorities detained hundreds of people mourning Alexei Navalny. | RUSGOV>RUSCVL:173
            2023-01-31 | Germany deported 12 Iraqi nationals on a charter flight to Baghdad. | DEU>IRQCVL:174
            2024-08-01 | Russia expelled two German journalists in a tit-for-tat move. | RUS>DEUMED:174
            2022-07-08 | Sri Lankan police fired tear gas and water cannons at protesters in Colombo. | LKACOP>LKACVL:175
            2024-07-18 | Bangladeshi police shot at student protesters in Dhaka with rubber bullets. | BGDCOP>BGDCVL:175
            2022-02-15 | Russian hackers launched a cyberattack on Ukrainian banks and the defence ministry. | RUSGOV>UKRBUS:176
            2024-02-06 | Chinese hackers breached the networks of the Dutch defence ministry. | CHNGOV>NLDGOVMIL:176
            2024-02-26 | Russia's security services detained a French citizen in Moscow. | RUSSPY>FRACVL:173
            2022-09-25 | Iranian police arrested hundreds of protesters across the country overnight. | IRNCOP>IRNCVL:173
            2024-04-18 | Nicaragua stripped 94 opposition figures of their citizenship. | NIC>NICOPP:172
            2023-05-04 | The Taliban banned Afghan women from working for the United Nations. | AFGGOV>AFGCVL:172
            2022-06-15 | Turkish authorities blocked access to the websites of Voice of America and Deutsche Welle. | TURGOV>USAMED:1721
            2024-07-29 | Venezuelan security forces used tear gas against opposition supporters in Caracas. | VENCOP>VENOPP:175
            """)
    void aCoercionIsCoded(LocalDate date, String sentence, String expected) {
        codes(date, sentence, expected);
    }

    /** Abductions, beatings, torture, bombings, assassinations (18). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-01-12 | Houthi rebels hijacked a British-owned cargo ship in the Red Sea. | YEMREB>GBRBUS:181
            2014-04-14 | Boko Haram militants abducted 276 schoolgirls from Chibok in northeastern Nigeria. | NGAREB>NGACVL:181
            2022-03-16 | Russian soldiers raped Ukrainian women in occupied Bucha, witnesses said. | RUSMIL>UKRCVL:1821
            2024-06-20 | Chinese coast guard personnel attacked Philippine sailors with knives and axes. | CHNCOP>PHLMIL:182
            2024-07-31 | Israel assassinated Hamas leader Ismail Haniyeh in Tehran. | ISR>PSEREB:186
            2020-01-03 | A US drone strike killed Iranian general Qassem Soleimani in Baghdad. | USAMIL>IRNMIL:186
            2024-04-01 | Israel killed a senior Iranian commander in a strike on Iran's consulate in Damascus. | ISR>IRNMIL:186
            2024-09-20 | An Israeli air raid on Beirut's southern suburbs killed a senior Hezbollah commander. | ISRMIL>LBNUAF:186
            2023-10-15 | Islamic State militants kidnapped four Iraqi soldiers near Kirkuk. | IMGMOSISI>IRQMIL:181
            2024-01-03 | Somali pirates hijacked a Maltese-flagged cargo ship off the coast of Somalia. | SOMCRM>MLT:181
            2022-03-11 | Russian forces abducted the mayor of Melitopol, Ukrainian officials said. | RUSMIL>UKRGOV:181
            2024-03-20 | Russian police beat Ukrainian detainees during interrogations. | RUSCOP>UKRCVL:182
            2023-10-07 | Hamas militants used Israeli civilians as human shields in Gaza, the Israeli army said. | PSEREB>ISRCVL:184
            2024-10-17 | Israeli troops killed Hamas leader Yahya Sinwar in Rafah. | ISRMIL>PSEREB:186
            2024-08-31 | Hamas militants executed six Israeli hostages in a tunnel in Rafah. | PSEREB>ISRCVL:180
            2023-02-20 | Russian soldiers tortured Ukrainian civilians in occupied Kherson, UN investigators said. | RUSMIL>UKRCVL:1822
            """)
    void anAssaultIsCoded(LocalDate date, String sentence, String expected) {
        codes(date, sentence, expected);
    }

    /** Offensives, clashes, sieges, captured territory, small arms, artillery, air strikes, broken ceasefires (19). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-09-30 | Russia annexed four regions of Ukraine on Friday. | RUS>UKR:192
            2022-02-24 | Russia launched a full-scale invasion of Ukraine on Thursday. | RUS>UKR:190
            2023-10-27 | Israel expanded its ground operations in Gaza on Friday night. | ISR>PSE:190
            2024-08-06 | Ukrainian troops launched a surprise cross-border incursion into Russia's Kursk region. | UKRMIL>RUS:190
            2023-04-15 | Sudan's army and the Rapid Support Forces fought for control of Khartoum. | SDNMIL>SDNREB:190 SDNREB>SDNMIL:190
            2020-09-27 | Azerbaijani and Armenian forces clashed in the disputed Nagorno-Karabakh region. | AZEMIL>ARMMIL:190 ARMMIL>AZEMIL:190
            2022-09-13 | Armenia and Azerbaijan engaged in the worst fighting since 2020 along their border. | ARM>AZE:190 AZE>ARM:190
            2023-06-06 | Ukraine launched its long-awaited counteroffensive against Russian forces in the south. | UKR>RUSMIL:190
            2020-06-15 | Chinese and Indian soldiers fought with clubs and rocks in the Galwan Valley. | CHNMIL>INDMIL:190 INDMIL>CHNMIL:190
            2024-09-30 | Israeli troops crossed into southern Lebanon to fight Hezbollah. | ISRMIL>LBN:190
            2023-09-19 | Azerbaijan launched a military offensive against Armenian separatists in Karabakh. | AZE>AZEREB:190
            2022-06-25 | Russian forces stormed Sievierodonetsk after weeks of fighting. | RUSMIL>UKR:190
            2024-02-17 | Russian troops pushed Ukrainian forces out of Avdiivka. | RUSMIL>UKRMIL:190
            2023-11-14 | Israeli troops raided Al-Shifa hospital in Gaza City. | ISRMIL>PSE:190
            2021-05-14 | Israeli ground forces attacked Hamas militants in Gaza. | ISRMIL>PSEREB:190
            2022-12-15 | Indian and Chinese troops skirmished along their disputed border in Arunachal Pradesh. | INDMIL>CHNMIL:190 CHNMIL>INDMIL:190
            2019-02-27 | Pakistan shot down two Indian fighter jets over Kashmir. | PAK>INDMIL:190
            2023-10-09 | Israel imposed a complete siege on the Gaza Strip, cutting off food and fuel. | ISR>PSE:191
            2022-03-01 | Russian troops encircled the southern Ukrainian city of Mariupol. | RUSMIL>UKR:191
            2024-06-17 | Chinese coast guard vessels blocked a Philippine resupply mission to Second Thomas Shoal. | CHNCOP>PHL:191
            2022-03-03 | Russian forces captured the Ukrainian city of Kherson. | RUSMIL>UKR:192
            2023-10-18 | Ukrainian forces retook the village of Robotyne from Russian troops. | UKRMIL>RUSMIL:192
            2022-11-11 | Ukrainian troops liberated Kherson city after Russia's retreat. | UKRMIL>UKR:192
            2024-08-12 | Ukrainian troops have occupied 1,000 square kilometres of Russian territory. | UKRMIL>RUS:192
            2024-06-17 | Indian border guards shot dead a Bangladeshi smuggler at the frontier. | INDCOP>BGDCRM:193
            2021-03-02 | North Korean soldiers fired warning shots at South Korean troops across the border. | PRKMIL>KORMIL:193
            2022-03-01 | Russian forces shelled residential areas of Kharkiv on Tuesday. | RUSMIL>UKR:194
            2023-11-10 | Hezbollah fired rockets into northern Israel on Friday. | LBNUAF>ISR:194
            2024-10-01 | Iran fired about 180 ballistic missiles at Israel on Tuesday night. | IRN>ISR:194
            2022-07-14 | Russian cruise missiles hit the center of Vinnytsia, killing 23 people. | RUSMIL>UKR:194
            2024-04-19 | Israel launched a missile strike on an air base in Isfahan. | ISR>IRN:194
            2024-01-16 | Iran launched missile attacks on militant bases in Pakistan's Baluchistan province. | IRN>PAKREB:194
            2022-11-15 | A Russian missile slammed into a Polish village near the Ukrainian border. | RUSMIL>POL:194
            2023-10-09 | Israeli warplanes pounded the Gaza Strip overnight. | ISRMIL>PSE:195
            2024-01-12 | US and British jets carried out air strikes on Houthi targets in Yemen. | USAMIL>YEMREB:195 GBRMIL>YEMREB:195
            2022-10-17 | Russian kamikaze drones struck central Kyiv on Monday morning. | RUSMIL>UKR:195
            2024-05-29 | Turkish warplanes bombed Kurdish militant positions in northern Iraq. | TURMIL>IRQREB:195
            2023-12-29 | Russia launched its largest aerial attack of the war on Ukrainian cities. | RUS>UKR:195
            2024-08-25 | Israeli jets carried out pre-emptive strikes on Hezbollah rocket launchers in southern Lebanon. | ISRMIL>LBNUAF:195
            2021-05-15 | Israeli aircraft flattened a Gaza tower housing Al Jazeera offices. | ISRMIL>PSE:195
            2020-10-11 | Armenia and Azerbaijan breached the humanitarian ceasefire within hours. | ARM>AZE:196 AZE>ARM:196
            2024-11-28 | Israeli troops broke the ceasefire with Hezbollah by firing on southern Lebanon. | ISRMIL>LBNUAF:196
            2024-08-11 | Kyiv sent more troops into Russia's Kursk region on Sunday. | UKRGOV>RUS:190
            2023-09-19 | Azerbaijani troops attacked Armenian positions in Nagorno-Karabakh. | AZEMIL>ARMMIL:190
            2024-04-13 | Iran attacked Israel with more than 300 drones and missiles. | IRN>ISR:195
            2022-10-10 | Russia bombarded Ukrainian cities with cruise missiles on Monday morning. | RUS>UKR:194
            2024-03-28 | Israeli troops besieged Al-Shifa hospital in Gaza City. | ISRMIL>PSE:191
            2022-08-23 | Russia escalated its shelling of the Zaporizhzhia region. | RUS>UKR:194
            2024-09-24 | Israel intensified its air strikes on Hezbollah strongholds in Lebanon. | ISR>LBNUAF:195
            2021-05-11 | Hamas fired hundreds of rockets at Tel Aviv and Jerusalem. | PSEREB>ISR:194
            2022-03-16 | A Russian airstrike destroyed the Mariupol drama theatre. | RUSMIL>UKR:195
            2023-10-17 | Russia's army broke the Easter ceasefire by shelling Ukrainian positions. | RUSMIL>UKRMIL:196
            2022-03-05 | Russian forces violated the ceasefire in Mariupol, Ukrainian officials said. | RUSMIL>UKR:196
            2023-10-17 | Russian forces launched a large-scale assault on Avdiivka. | RUSMIL>UKR:190
            2024-05-10 | Russia opened a new front in the Kharkiv region with a cross-border offensive. | RUS>UKR:190
            2023-11-01 | Israeli ground forces pushed deeper into Gaza City on Wednesday. | ISRMIL>PSE:190
            2024-10-26 | Israeli warplanes struck military sites in Iran in retaliation for Tehran's missile barrage. | ISRMIL>IRN:195
            2023-01-14 | Russian missiles hit an apartment building in Dnipro, killing 45 people. | RUSMIL>UKR:194
            2024-07-08 | A Russian missile struck a children's hospital in Kyiv. | RUSMIL>UKR:194
            2022-10-10 | Russia unleashed a barrage of missiles on Kyiv and other Ukrainian cities. | RUS>UKR:194
            2024-02-10 | Israeli tanks and bulldozers encircled Nasser hospital in Khan Younis. | ISRMIL>PSE:191
            2022-05-06 | Russian troops besieged the Azovstal steel plant in Mariupol. | RUSMIL>UKR:191
            """)
    void aFightIsCoded(LocalDate date, String sentence, String expected) {
        codes(date, sentence, expected);
    }

    /** Mass expulsions and killings, ethnic cleansing, chemical weapons (20). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2017-09-10 | Myanmar's army drove more than 300,000 Rohingya Muslims into Bangladesh. | MMRMIL>MMRCVL:201
            2023-09-25 | Azerbaijan forced more than 100,000 ethnic Armenians out of Karabakh. | AZE>ARMCVL:201
            2022-04-03 | Russian troops massacred civilians in Bucha, Ukrainian officials said. | RUSMIL>UKRCVL:202
            2022-10-12 | Russia used chemical weapons against Ukrainian troops near Bakhmut, Kyiv said. | RUS>UKRMIL:2041
            2024-01-20 | Sudan's Rapid Support Forces massacred hundreds of people in a Darfur town. | SDNREB>SDNCVL:202
            2022-03-30 | Russian troops forcibly deported thousands of Ukrainians to Russia. | RUSMIL>UKRCVL:201
            2023-05-15 | Sudanese militias drove tens of thousands of Masalit out of El Geneina. | SDNUAF>SDNCVL:201
            2017-08-30 | Myanmar troops killed hundreds of Rohingya villagers in Rakhine state. | MMRMIL>MMRCVL:202
            2019-03-25 | Islamic State militants executed hundreds of Yazidi captives in Iraq. | IMGMOSISI>IRQCVL:202
            2023-09-23 | Azerbaijan expelled tens of thousands of Armenians from Nagorno-Karabakh. | AZE>ARMCVL:201
            2024-06-14 | Sudan's Rapid Support Forces killed more than 100 villagers in Gezira state. | SDNREB>SDNCVL:202
            2022-03-18 | Russian forces forcibly relocated thousands of Mariupol residents to Russia. | RUSMIL>UKRCVL:201
            """)
    void aMassViolenceIsCoded(LocalDate date, String sentence, String expected) {
        codes(date, sentence, expected);
    }

    /**
     * The same words in other senses: a market or a team that rallies, a policy embraced, negated or denied acts, a
     * campaign rally, alert levels for a disease, a deadline set. Blank: no event at all; otherwise none of the roots listed.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-02-27 | Putin ordered Russia's nuclear deterrence forces onto special alert. | 
            2023-01-04 | French police were put on high alert across Paris for New Year's Eve. | 
            2024-03-23 | Russian police were put on high alert across Moscow after the concert hall attack. | 
            2023-07-14 | France deployed 45,000 police officers across the country to prevent a repeat of the riots. | 
            2022-10-08 | Saboteurs blew up the Kerch bridge linking Russia to Crimea. | 
            2022-01-06 | Kazakh troops were ordered to shoot protesters without warning. | 
            2024-03-07 | Gunmen kidnapped more than 280 Nigerian pupils from a school in Kaduna state. | 
            2022-07-08 | A gunman shot dead former Japanese Prime Minister Shinzo Abe in Nara. | 
            2023-08-23 | Wagner chief Yevgeny Prigozhin was killed when his plane crashed north of Moscow. | 
            2024-05-15 | A gunman shot and wounded Slovak Prime Minister Robert Fico in Handlova. | 
            2021-07-07 | Mercenaries assassinated Haitian President Jovenel Moise at his residence. | 
            2023-05-03 | Two drones attacked the Kremlin overnight, Moscow said. | 
            2023-05-01 | Chinese shipping company COSCO shipped record volumes of containers through the port. | 
            2024-02-10 | The Indian government embraced a new policy on electric vehicles. | 14 15 17 18 19 20
            2023-03-08 | French police did not fire tear gas at protesters in Paris. | 175
            2022-06-10 | Russia denied that its troops shelled a shopping mall in Kremenchuk. | 194
            2023-08-14 | Chinese drills on the stock market rattled investors in Hong Kong. | 150
            2024-03-04 | Thousands of fans gathered in Buenos Aires to celebrate the Argentine football team's victory. | 14
            2022-09-05 | British teachers voted against a strike over pay. | 143
            2023-07-18 | The Kenyan government refused to deploy police officers to Haiti without a UN mandate. | 153
            2024-01-22 | German tennis star Alexander Zverev stormed into the quarter-finals of the Australian Open. | 19
            2023-05-13 | The Turkish lira was hit by fresh selling after the election results. | 19
            2022-04-19 | Ukrainian officials said Russia had not launched a ground offensive in the Donbas yet. | 19
            2024-06-01 | Indian voters stormed polling stations in huge numbers on Saturday. | 19 17
            2023-10-24 | Apple shares plunged after the company missed its targets in China. | 19
            2022-11-03 | North Korea's missile tests rattled markets in Seoul and Tokyo. | 15
            2024-09-10 | Spanish farmers harvested a record crop of olives in Andalusia. | 
            2023-02-06 | The earthquake destroyed thousands of buildings in southern Turkey. | 17
            2021-09-12 | Taliban leaders refused to cut ties with al-Qaeda. | 161
            2022-10-30 | Russia suspended its participation in the Black Sea grain deal. | 161 164
            2024-04-02 | Kenya's main opposition party called off planned protests in Nairobi. | 141
            2023-06-25 | Wagner fighters stopped their march on Moscow after a deal brokered by Belarus. | 14
            2022-05-18 | Finland and Sweden formally applied to join NATO on Wednesday. | 14 15 16 17 18 19 20
            2023-09-07 | The Indian cricket team crushed Pakistan by 228 runs in Colombo. | 17 19
            2024-07-15 | The European Central Bank kept interest rates on hold. | 15
            2019-08-20 | Protesters in Hong Kong denied that they had attacked police officers. | 145 18
            2023-04-06 | Japan's navy will hold drills with Philippine ships next month, officials said. | 150
            2024-03-12 | Estonia's foreign minister said Europe should mobilize its defence industry. | 15
            2023-07-06 | Oil prices hit a two-month high on Thursday as Saudi Arabia extended supply cuts. | 19 16
            2022-06-22 | Germany's economy minister warned that Russia could cut off gas supplies to Europe. | 163
            2024-11-05 | Americans flocked to polling stations to vote in the presidential election. | 
            2023-03-20 | Ukrainian refugees crossed into Poland by the thousands. | 19
            2022-12-02 | The Chinese government eased Covid restrictions after protests in Shanghai. | 17
            2021-10-14 | Police in Norway arrested a man who killed five people with a bow and arrows. | 18
            2023-01-25 | Germany decided to send Leopard tanks to Ukraine. | 19
            2024-05-06 | Britain's King Charles attended a parade of the Royal Navy in Portsmouth. | 15
            2020-03-14 | Coronavirus lockdowns shut schools across Italy. | 17
            2022-02-15 | Russia said some units were returning to their bases after drills near Ukraine. | 154
            2019-08-05 | India deployed tens of thousands of additional troops in Kashmir. | 
            2024-07-13 | A gunman tried to assassinate Donald Trump at a rally in Pennsylvania. | 
            2023-05-21 | Protests in Paris did not turn violent on Saturday, French police said. | 145
            2024-01-15 | China's stock market staged a rally after the central bank cut rates. | 14
            2022-10-05 | Japanese investors rallied behind the new prime minister's economic plan. | 14
            2023-03-02 | The Chinese navy's new destroyer completed sea trials near Shanghai. | 15
            2024-05-02 | American students held a debate on the war in Gaza at Harvard. | 14
            2022-06-03 | Russian airlines were forced to ground planes after Western sanctions. | 18 19 20
            2023-11-28 | Israeli hostages were liberated from Gaza under the truce deal. | 19
            2024-02-19 | The German chancellor pressed China for market access during his visit. | 19
            2023-09-09 | India's economy expanded by 7.8 percent, driven by strong services growth. | 19 20
            2022-12-12 | Residents of Kyiv were driven out of their homes by power cuts. | 20
            2024-06-06 | Apple shares staged a rally after the WWDC conference. | 14
            2023-05-30 | The Russian foreign ministry denied that Moscow had massed troops near Finland. | 15
            2021-03-17 | Japan's government blocked a Chinese company's bid for a port operator. | 19
            2024-11-11 | The Philippine navy completed a resupply mission to Second Thomas Shoal without incident. | 19
            2023-10-01 | Polish voters took part in a referendum on migration. | 14
            2023-06-10 | Trump held a campaign rally in Ohio on Saturday. | 
            2024-03-12 | Israel joined the talks with Hamas in Cairo. | 14
            2023-01-19 | The Chinese government raised the alert level for the new flu strain. | 
            2022-11-02 | The United States pressed China on trade during talks in Bali. | 19
            2024-02-08 | Egyptian officials set a deadline for the talks between Israel and Hamas. | 17 14
            2023-04-05 | The World Bank stopped lending to small businesses in the region. | 
            2022-05-30 | Japanese prosecutors charged a Chinese national with fraud. | 14 15 18 19 20
            2024-09-13 | India launched a campaign against tuberculosis in rural areas. | 
            2023-03-22 | The French president liberated the economy from red tape, his ministers said. | 19
            2022-07-01 | Chinese tourists flocked into Thailand after the border reopened. | 19 20
            2024-05-15 | Britain intensified its diplomacy with India during the trade talks. | 19
            2023-12-04 | South Korea raised its interest rates to curb inflation. | 15
            2024-10-20 | The company suspended its contributions to the pension fund. | 
            2021-04-23 | Jailed Russian opposition leader Alexei Navalny ended his hunger strike after three weeks. | 
            2023-07-12 | North Korea test-launched a new solid-fuel ICBM on Wednesday, Japan's defence ministry said. | 
            2023-05-18 | Gunmen kidnapped two Chinese nationals in northern Nigeria. | 
            2022-08-20 | A car bomb killed Darya Dugina, daughter of a Russian nationalist, near Moscow. | 
            2023-06-14 | Brazilian fans rallied behind the national team before the World Cup qualifier. | 14
            2024-02-02 | The Indian rupee staged a recovery against the dollar. | 14
            2022-09-30 | Russian banks were cut off from the SWIFT system. | 17 18 19 20
            2023-11-09 | Swiss voters launched a referendum campaign against the new tax law. | 14 15 19
            2024-08-14 | Ukrainian officials denied that their troops had seized the town of Sudzha. | 19
            2023-05-28 | The Turkish government did not impose a curfew after the earthquake. | 17
            2022-12-20 | Japan's government raised its defence budget to a record level. | 15
            """)
    void aNearMissCodesNoneOfTheRoots(LocalDate date, String sentence, String forbiddenRoots) {
        if (forbiddenRoots == null) {
            assertThat(events(sentence, date)).isEmpty();
        } else {
            assertThat(events(sentence, date)).noneMatch(e -> Arrays.stream(forbiddenRoots.split(" "))
                    .anyMatch(root -> e.substring(e.indexOf(':') + 1).startsWith(root)));
        }
    }
}
