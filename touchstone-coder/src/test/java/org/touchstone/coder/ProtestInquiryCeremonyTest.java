package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Protest, inquiries, ceremonies and membership as wire reporters word them, written for this test from the CAMEO
 * 1.1b3 manual and ordinary news English (never gold or tuning sentences): crowds that storm their own institutions,
 * supporters "of" a group, "across the island", an embassy stormed abroad named by "its", a crowd as the by-agent of
 * a passive, prisoners protesting against whoever jails them; raids and searches made for an inquiry, officers
 * investigated at home, an office acting for the person named, prosecutors telling a forum what they investigate,
 * missions set up to investigate abuses in a state; handshakes, guests at an inauguration, a recognition after
 * ", and", a possessive before an unknown title, a flight into exile that is no visit; admission as a member,
 * applications to join, humanitarian visas, small arms handed over. Each row is "date | sentence | expected events";
 * the near misses list every event the sentence gives.
 */
class ProtestInquiryCeremonyTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-09 | Demonstrators stormed the parliament in Tbilisi on Thursday. | GEOCVL>GEOLEG:145
            2020-10-06 | Hundreds of protesters stormed government buildings in Bishkek overnight. | KGZCVL>KGZGOV:145
            2022-07-09 | Angry crowds stormed the government building in Colombo on Saturday. | LKACVL>LKAGOV:145
            2023-07-30 | Supporters of the military government attacked the French embassy in Ouagadougou. | BFACVL>FRA:145
            2022-10-01 | Hundreds of supporters of the junta marched in Bamako against France. | MLICVL>FRA:141
            2021-07-12 | Thousands of Cubans marched in towns across the island on Sunday. | CUBCVL>CUBGOV:141
            2021-07-12 | Hundreds of Haitians protested in cities throughout the country on Monday. | HTICVL>HTIGOV:141
            2022-06-14 | Indigenous groups blocked highways in Ecuador on Monday. | ECUCVL>ECUGOV:144
            2022-06-14 | Indigenous protesters marched in Quito against the government. | ECUCVL>ECUGOV:141
            2023-07-21 | Denmark summoned Iraq's envoy after protesters attacked its embassy in Baghdad. | IRQCVL>DNK:145
            2023-07-21 | Sweden recalled its ambassador from Iraq after protesters stormed its embassy in Baghdad. | IRQCVL>SWE:145
            2023-07-20 | The Swedish embassy in Baghdad was stormed by hundreds of protesters. | IRQCVL>SWE:145
            2020-01-01 | The US embassy in Baghdad was attacked by protesters on Tuesday. | IRQCVL>USA:145
            2023-04-17 | Hundreds of Palestinian detainees in Israeli prisons went on hunger strike on Tuesday. | PSECVL>ISR:142
            2022-11-06 | Saudi prisoners in Iraqi jails began a hunger strike, led by a jailed cleric. | SAUCVL>IRQ:142
            2022-11-06 | Jailed Egyptian activist Alaa Abd el-Fattah escalated a hunger strike against his detention by Egyptian authorities. | EGYCVL>EGYGOV:142
            """)
    void codesTheProtest(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-03-02 | Nigerian police and prosecutors searched the offices of the opposition party as part of a fraud investigation. | NGACOP>NGAOPP:091 NGAJUD>NGAOPP:091
            2021-03-02 | Brazilian police raided the home of former President Jair Bolsonaro as part of a probe into forged vaccine records. | BRACOP>BRAOPP:091
            2021-03-02 | South Korean investigators raided the headquarters of the ruling party in an investigation into bribery. | KORCOP>KORGOV:091
            2024-06-27 | Britain's police watchdog said it was investigating police officers over the death of a teenager. | GBRGOV>GBRCOP:090
            2024-06-27 | Kenya's police oversight authority was investigating police officers over the shootings. | KENGOV>KENCOP:090
            2023-07-13 | ICC prosecutor Karim Khan told reporters that his office was investigating alleged war crimes by Russian forces. | IGOJUDICC>RUSMIL:094
            2025-03-25 | Polish prosecutors told a news conference that they were investigating Russian military intelligence over the fire. | POLJUD>RUSSPY:093
            2023-10-11 | The UN Human Rights Council voted to establish an international fact-finding mission to investigate human rights violations in Iran. | IGOUNOHRI>IRN:092
            2023-10-11 | The UN Human Rights Council set up a panel of experts to investigate war crimes in Ukraine. | IGOUNOHRI>UKR:094
            2024-05-20 | Polish prosecutors said they were investigating Russian military intelligence over an arson attack on a shopping centre. | POLJUD>RUSSPY:091
            2024-02-01 | The ICC authorised an investigation into killings committed during Venezuela's crackdown on protests. | IGOJUDICC>VEN:092
            2024-02-01 | Kenyan prosecutors opened an investigation into police officers over the killing of protesters. | KENJUD>KENCOP:092
            2024-02-01 | Mexican prosecutors are investigating the army over the disappearance of 43 students. | MEXJUD>MEXMIL:092
            2024-02-01 | Polish prosecutors said they were investigating Belarusian hackers. | POLJUD>BLRGOV:091
            2024-02-01 | Georgian prosecutors opened an investigation into a vote-buying network run by the ruling party. | GEOJUD>GEOGOV:091
            2024-02-01 | ICC judges authorised an investigation into the forced deportation of Ukrainian children by Russia. | IGOJUDICC>RUS:094
            """)
    void codesTheInquiry(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-11-15 | Biden and Xi shook hands at the start of their meeting in California. | CHNGOV>USAGOV:042 USAGOV>CHNGOV:043
            2022-11-20 | Erdogan shook hands with Sisi at the World Cup opening in Qatar. | TURGOV>EGYGOV:044 EGYGOV>TURGOV:044
            2023-05-06 | Modi attended the coronation in London on Saturday. | INDGOV>GBR:042 GBR>INDGOV:043
            2023-01-01 | French President Emmanuel Macron attended the swearing-in of Lula in Brasilia. | FRAGOV>BRA:042 BRA>FRAGOV:043
            2023-01-01 | Lula was sworn in on Sunday, with Spain's King Felipe attending the ceremony in Brasilia. | ESPGOV>BRA:042 BRA>ESPGOV:043
            2019-01-23 | Guaido declared himself interim president, and Canada recognised him hours later. | CAN>VENOPP:054
            2023-09-10 | Biden met Vietnam's Communist Party chief Nguyen Phu Trong in Hanoi. | USAGOV>VNMGOV:042 VNMGOV>USAGOV:043
            2024-07-04 | The Shanghai Cooperation Organisation admitted Iran as a full member on Tuesday. | IGOCASSCO>IRN:050
            2024-01-01 | BRICS admitted Egypt and Ethiopia as new members. | IGOBUSBRC>EGY:050 IGOBUSBRC>ETH:050
            2024-07-04 | The African Union accepted Morocco as a member. | IGOAFRAFU>MAR:050
            2022-02-28 | Ukraine formally applied to join the European Union on Monday. | UKR>IGOEUREEC:022
            2022-03-03 | Moldova applied for membership of the European Union. | MDA>IGOEUREEC:022
            2022-05-18 | Sweden submitted its application to join NATO. | SWE>IGOWSTNAT:022
            2021-08-02 | Germany granted a humanitarian visa to a Belarusian activist. | DEU>BLRCVL:075
            2022-03-04 | Spain granted temporary protection to Ukrainian refugees. | ESP>UKRCVL:075
            2017-06-05 | The United States handed over assault rifles and machine guns to Philippine troops. | USA>PHLMIL:072
            2020-06-05 | Turkey delivered rifles and mortars to Libyan government forces. | TUR>LBYMIL:072
            """)
    void codesTheCeremonyOrMembership(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-09 | Protesters stormed the building on Thursday. |
            2022-11-06 | Palestinian prisoners began a hunger strike on Monday. | PSECVL>PSEGOV:142
            2022-11-06 | Rebels attacked the town on Monday, led by a former army officer. |
            2023-08-03 | The embassy was attacked by protesters on Thursday. |
            2023-08-03 | The town was attacked by gunmen in Mali. |
            2022-10-01 | Soldiers of the junta attacked the French embassy in Ouagadougou. |
            2020-10-06 | Protesters stormed government buildings in Yerevan. | ARMCVL>ARMGOV:145
            2023-07-21 | Russia closed its embassy in Kabul after protesters in Kabul stormed it. | RUS>AFG:161
            2021-03-02 | Brazilian police raided the home of former President Jair Bolsonaro on Tuesday. | BRACOP>BRAOPP:170
            2021-03-02 | Israeli troops raided the town of Nablus as part of an operation against militants. | ISRMIL>PSE:190
            2024-01-01 | Moroccan civilian and military aircraft were barred from Algerian airspace. |
            2023-01-01 | Lula was sworn in as president on Sunday. |
            2024-09-08 | The Venezuelan opposition leader flew to Spain on Sunday after being granted asylum. |
            2019-11-12 | Bolivian President Evo Morales flew to Mexico on Tuesday to go into exile. |
            2024-09-08 | Venezuelan President Nicolas Maduro flew to Russia on Sunday for talks on asylum seekers. | VENGOV>RUS:042 RUS>VENGOV:043
            2023-05-01 | Macron attended talks in Brussels on Monday. |
            2022-08-06 | Venezuela broke off diplomatic relations with Colombia, with Maduro giving Colombian diplomats a day to leave. | VEN>COL:161
            2022-11-20 | Erdogan refused to shake hands with Sisi. | TURGOV>EGYGOV:125
            2020-01-10 | Iran admitted that it had shot down the airliner. |
            2022-05-18 | Ukraine plans to join NATO. | UKR>IGOWSTNAT:032
            2024-05-20 | The UN was investigating an attack on the convoy by Russian forces. | IGOUNO>RUSMIL:093
            2021-08-02 | Spain granted visas to Chinese students. |
            2023-03-15 | Karim Khan met Zelensky at his office in Kyiv. | IGOJUDICC>UKRGOV:042 UKRGOV>IGOJUDICC:043
            2017-06-05 | The United States handed over the remains of Korean soldiers to Seoul. | USA>KOR:0842
            """)
    void aNearMissCodesOnlyWhatItSays(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(CoderTestSupport.expectedEvents(expected)); // an empty cell: no event
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Protesters stormed government buildings in Yerevan. | IRLGOV
            Russia's aviation agency confirmed that Prigozhin was on board the jet. | RUSGOV>RUSGOV
            """)
    void readsNoActorWhereThereIsNone(String sentence, String absent) {
        assertThat(String.join(" ", events(sentence, LocalDate.of(2023, 8, 24)))).doesNotContain(absent);
    }
}
