package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Leaders, foreign ministers, envoys and spokespeople of 2000-2015 that people.txt's session-12
 * section added (and extra terms of people already listed): a dated sentence naming the person
 * codes the person's government on a day in office, and the state's opposition (former officials)
 * the day before the first day or the day after the last, so a wrong date in the file fails here.
 */
class PeopleByDateTest {

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            President Jalal Talabani criticized Turkey.                      | 2005-04-07 | IRQGOV>TUR
            Jalal Talabani criticized Turkey.                                | 2005-04-06 | IRQOPP>TUR
            President Talabani praised Iran.                                 | 2014-07-24 | IRQGOV>IRN
            Talabani praised Iran.                                           | 2014-07-25 | IRQOPP>IRN
            Foreign Minister Hoshyar Zebari criticized Syria.                | 2009-08-30 | IRQGOV>SYR
            Hoshyar Zebari criticized Syria.                                 | 2016-09-22 | IRQOPP>SYR
            Masoud Barzani criticized Turkey.                                | 2010-05-03 | IRQGOV>TUR
            Masoud Barzani criticized Turkey.                                | 2018-01-10 | IRQOPP>TUR
            Paul Bremer criticized Syria.                                    | 2003-10-01 | USAGOV>SYR
            Paul Bremer criticized Syria.                                    | 2004-06-29 | USAOPP>SYR
            Zalmay Khalilzad criticized Pakistan.                            | 2019-03-01 | USAGOV>PAK
            Zalmay Khalilzad criticized Pakistan.                            | 2012-03-01 | USAOPP>PAK
            Saeed Jalili criticized France.                                  | 2008-06-02 | IRNGOV>FRA
            Khaleda Zia criticized India.                                    | 2003-05-05 | BGDGOV>IND
            Khaleda Zia criticized India.                                    | 2006-10-30 | BGDOPP>IND
            Prime Minister Girija Prasad Koirala criticized India.           | 2007-01-10 | NPLGOV>IND
            Girija Prasad Koirala criticized India.                          | 2008-08-19 | NPLOPP>IND
            President Maumoon Abdul Gayoom criticized India.                 | 2008-11-11 | MDVGOV>IND
            Gayoom criticized India.                                         | 2008-11-12 | MDVOPP>IND
            Ben Ali criticized France.                                       | 2011-01-14 | TUNGOV>FRA
            Ben Ali criticized France.                                       | 2011-01-15 | TUNOPP>FRA
            President Moncef Marzouki praised Qatar.                         | 2013-01-07 | TUNGOV>QAT
            President Emile Lahoud criticized France.                        | 2007-11-23 | LBNGOV>FRA
            Emile Lahoud criticized France.                                  | 2007-11-24 | LBNOPP>FRA
            President Michel Suleiman praised France.                        | 2010-01-11 | LBNGOV>FRA
            Fouad Siniora criticized Israel.                                 | 2006-07-20 | LBNGOV>ISR
            President Demetris Christofias criticized Turkey.                | 2013-02-28 | CYPGOV>TUR
            Demetris Christofias criticized Turkey.                          | 2013-03-01 | CYPOPP>TUR
            President Vaclav Klaus criticized Germany.                       | 2009-05-04 | CZEGOV>DEU
            Robert Kocharyan criticized Azerbaijan.                          | 2005-01-10 | ARMGOV>AZE
            Robert Kocharyan criticized Azerbaijan.                          | 2008-04-10 | ARMOPP>AZE
            President Islam Karimov criticized Kyrgyzstan.                   | 2010-06-15 | UZBGOV>KGZ
            Kurmanbek Bakiyev criticized Russia.                             | 2009-02-02 | KGZGOV>RUS
            Kurmanbek Bakiyev criticized Russia.                             | 2010-04-08 | KGZOPP>RUS
            Roza Otunbayeva praised Russia.                                  | 2010-05-03 | KGZGOV>RUS
            Askar Akayev criticized Uzbekistan.                              | 2003-01-13 | KGZGOV>UZB
            President Thein Sein praised Japan.                              | 2013-05-27 | MMRGOV>JPN
            Thein Sein praised Japan.                                        | 2016-03-31 | MMROPP>JPN
            Prime Minister Helen Clark criticized France.                    | 2005-07-11 | NZLGOV>FRA
            President Alvaro Colom criticized Mexico.                        | 2010-03-08 | GTMGOV>MEX
            Manuel Zelaya criticized the United States.                      | 2008-09-15 | HNDGOV>USA
            Manuel Zelaya criticized the United States.                      | 2009-06-29 | HNDOPP>USA
            Roberto Micheletti criticized Brazil.                            | 2009-09-22 | HNDGOV>BRA
            President Porfirio Lobo praised Mexico.                          | 2011-06-06 | HNDGOV>MEX
            President Rene Preval criticized the Dominican Republic.         | 2010-03-01 | HTIGOV>DOM
            Jean-Bertrand Aristide criticized France.                        | 2003-04-07 | HTIGOV>FRA
            Jean-Bertrand Aristide criticized France.                        | 2004-03-01 | HTIOPP>FRA
            President Alan Garcia criticized Chile.                          | 2008-01-16 | PERGOV>CHL
            Alan Garcia criticized Chile.                                    | 2011-07-29 | PEROPP>CHL
            President Alejandro Toledo criticized Chile.                     | 2005-11-07 | PERGOV>CHL
            Fernando Lugo criticized Brazil.                                 | 2009-05-04 | PRYGOV>BRA
            Fernando Lugo criticized Brazil.                                 | 2012-06-23 | PRYOPP>BRA
            President Ricardo Lagos criticized Peru.                         | 2006-03-11 | CHLGOV>PER
            Ricardo Lagos criticized Peru.                                   | 2006-03-12 | CHLOPP>PER
            Benazir Bhutto criticized India.                                 | 2007-11-05 | PAKOPP>IND
            Abdullah Abdullah criticized Pakistan.                           | 2016-02-01 | AFGGOV>PAK
            Abdullah Abdullah criticized Pakistan.                           | 2009-08-03 | AFGOPP>PAK
            ICC prosecutor Luis Moreno-Ocampo criticized Sudan.              | 2008-07-14 | IGOJUDICC>SDN
            Foreign ministry spokesman Liu Jianchao criticized Japan.        | 2007-03-05 | CHNGOV>JPN
            Jiang Yu criticized Japan.                                       | 2010-09-13 | CHNGOV>JPN
            Hong Lei criticized the Philippines.                             | 2012-05-07 | CHNGOV>PHL
            Alexander Lukashevich criticized Georgia.                        | 2013-02-04 | RUSGOV>GEO
            Sean McCormack criticized Iran.                                  | 2007-02-05 | USAGOV>IRN
            Ari Fleischer criticized Iraq.                                   | 2002-09-09 | USAGOV>IRQ
            Ari Fleischer criticized Iraq.                                   | 2003-07-16 | USAOPP>IRQ
            Jen Psaki criticized Russia.                                     | 2014-03-03 | USAGOV>RUS
            Jen Psaki criticized Russia.                                     | 2019-03-04 | USAOPP>RUS
            Christopher Hill praised North Korea.                            | 2007-02-13 | USAGOV>PRK
            Kim Kye-gwan criticized the United States.                       | 2007-02-13 | PRKGOV>USA
            Wu Dawei praised North Korea.                                    | 2005-09-19 | CHNGOV>PRK
            Ranil Wickremesinghe criticized India.                           | 2022-05-12 | LKAGOV>IND
            Ranil Wickremesinghe criticized India.                           | 2022-05-11 | LKAOPP>IND
            Prime Minister Ranil Wickremesinghe criticized India.            | 2003-02-03 | LKAGOV>IND
            Ranil Wickremesinghe criticized India.                           | 2018-11-01 | LKAOPP>IND
            Prime Minister Ranil Wickremesinghe praised Japan.               | 2018-12-16 | LKAGOV>JPN
            President Heydar Aliyev criticized Armenia.                      | 2002-03-04 | AZEGOV>ARM
            Prime Minister Guy Verhofstadt criticized the United States.     | 2003-02-10 | BELGOV>USA
            Prime Minister Jan Peter Balkenende praised Germany.             | 2005-06-06 | NLDGOV>DEU
            President Traian Basescu criticized Russia.                      | 2008-04-07 | ROMGOV>RUS
            President Boris Tadic criticized Kosovo.                         | 2008-02-18 | SRBGOV>KSV
            President Levy Mwanawasa criticized Zimbabwe.                    | 2007-03-12 | ZMBGOV>ZWE
            Charles Taylor criticized Sierra Leone.                          | 2002-06-03 | LBRGOV>SLE
            Charles Taylor criticized Sierra Leone.                          | 2004-06-07 | LBROPP>SLE
            Mustafa Abdul Jalil criticized Russia.                           | 2011-06-06 | LBYREB>RUS
            Mustafa Abdul Jalil criticized Russia.                           | 2011-09-05 | LBYGOV>RUS
            Mustafa Abdul Jalil criticized Russia.                           | 2012-08-09 | LBYOPP>RUS
            Prime Minister Ali Zeidan criticized Egypt.                      | 2013-10-14 | LBYGOV>EGY
            President Saparmurat Niyazov criticized Russia.                  | 2003-04-07 | TKMGOV>RUS
            Hassan Rouhani criticized Britain.                               | 2004-06-14 | IRNGOV>GBR
            Hassan Rouhani criticized Britain.                               | 2007-06-11 | IRNOPP>GBR
            Dmitry Medvedev criticized Ukraine.                              | 2006-01-09 | RUSGOV>UKR
            Qin Gang criticized Japan.                                       | 2008-04-07 | CHNGOV>JPN
            John Kirby criticized Russia.                                    | 2016-10-03 | USAGOV>RUS
            Prime Minister Mahinda Rajapaksa criticized India.               | 2005-03-07 | LKAGOV>IND
            Prime Minister Sher Bahadur Deuba criticized India.              | 2002-03-04 | NPLGOV>IND
            Prime Minister Beji Caid Essebsi criticized Libya.               | 2011-05-02 | TUNGOV>LBY
            Andry Rajoelina criticized France.                               | 2010-05-03 | MDGGOV>FRA
            Mohamed Ould Abdel Aziz criticized Senegal.                      | 2008-10-06 | MRTMIL>SEN
            Sarah Sanders criticized China.                                  | 2024-03-04 | USAGOV>CHN
            Sarah Sanders criticized China.                                  | 2020-03-02 | USAOPP>CHN
            President Jaber al-Ahmad al-Sabah praised Qatar.                 | 2004-05-03 | KWTGOV>QAT
            President Tabare Vazquez praised Argentina.                      | 2005-03-01 | URYGOV>ARG
            President Jorge Batlle criticized Argentina.                     | 2005-03-02 | URYOPP>ARG
            President Mauricio Funes criticized Honduras.                    | 2009-07-06 | SLVGOV>HND
            Prime Minister Portia Simpson-Miller praised Cuba.               | 2013-06-03 | JAMGOV>CUB
            President John Kufuor criticized Zimbabwe.                       | 2008-04-07 | GHAGOV>ZWE
            President Blaise Compaore criticized Mali.                       | 2012-04-02 | BFAGOV>MLI
            Blaise Compaore criticized Mali.                                 | 2014-11-03 | BFAOPP>MLI
            Prime Minister Fredrik Reinfeldt criticized Russia.              | 2008-08-11 | SWEGOV>RUS
            Chancellor Werner Faymann criticized Hungary.                    | 2015-09-07 | AUTGOV>HUN
            Prime Minister Zoran Djindjic criticized Croatia.                | 2002-05-06 | SRBGOV>HRV
            Slobodan Milosevic criticized NATO.                              | 1999-04-05 | SCGGOV>IGOWSTNAT
            Slobodan Milosevic criticized NATO.                              | 2002-02-18 | SCGOPP>IGOWSTNAT
            President Boris Trajkovski praised Albania.                      | 2003-06-02 | MKDGOV>ALB
            Prime Minister Sali Berisha criticized Serbia.                   | 2008-02-18 | ALBGOV>SRB
            Sali Berisha criticized Serbia.                                  | 2014-03-03 | ALBOPP>SRB
            Prime Minister Milo Djukanovic criticized Serbia.                | 2004-05-03 | MNEGOV>SRB
            President Nicolae Timofti criticized Russia.                     | 2014-03-03 | MDAGOV>RUS
            Prime Minister Lawrence Gonzi praised Italy.                     | 2009-05-04 | MLTGOV>ITA
            Prime Minister Xavier Bettel praised France.                     | 2015-03-02 | LUXGOV>FRA
            Tung Chee-hwa praised Britain.                                   | 2003-07-07 | HKGGOV>GBR
            Donald Tsang praised Britain.                                    | 2012-07-02 | HKGOPP>GBR
            Prime Minister Abdullah al-Thinni criticized Qatar.              | 2015-02-16 | LBYGOV>QAT
            Foreign Minister Miguel Angel Moratinos praised Morocco.         | 2006-07-10 | ESPGOV>MAR
            Foreign Minister Farouk al-Sharaa criticized Israel.             | 2005-03-07 | SYRGOV>ISR
            Vice President Farouk al-Sharaa criticized Turkey.               | 2012-08-06 | SYRGOV>TUR
            Frans Timmermans criticized Poland.                              | 2017-12-20 | IGOEUREEC>POL
            Foreign Minister Vuk Jeremic criticized Kosovo.                  | 2008-02-18 | SRBGOV>KSV
            Moussa Koussa criticized Russia.                                 | 2011-04-05 | LBYOPP>RUS
            Foreign Minister Arseniy Yatsenyuk praised Poland.               | 2007-06-04 | UKRGOV>POL
            Foreign Minister Petro Poroshenko praised Poland.                | 2010-01-11 | UKRGOV>POL
            Khurshid Kasuri criticized India.                                | 2005-04-04 | PAKGOV>IND
            Foreign Minister Elmar Mammadyarov criticized Armenia.           | 2010-10-04 | AZEGOV>ARM
            Morgan Tsvangirai criticized South Africa.                       | 2010-03-01 | ZWEGOV>ZAF
            Morgan Tsvangirai criticized South Africa.                       | 2008-05-05 | ZWEOPP>ZAF
            Prime Minister Raila Odinga criticized Uganda.                   | 2009-05-11 | KENGOV>UGA
            Mullah Omar criticized Pakistan.                                 | 2010-09-06 | AFGREB>PAK
            Foreign Minister Gebran Bassil criticized Israel.                | 2015-06-01 | LBNGOV>ISR
            Foreign Minister Nasser Judeh criticized Israel.                 | 2014-11-10 | JORGOV>ISR
            Foreign Minister David Choquehuanca criticized Chile.            | 2016-03-07 | BOLGOV>CHL
            Ismail Haniyeh criticized Egypt.                                 | 2010-06-07 | PSEREB>EGY
            """)
    void thePersonIsTheGovernmentOnlyOnTheDaysOfOffice(String sentence, LocalDate date, String expected) {
        assertThat(CoderTestSupport.events(sentence, date)).singleElement().asString().startsWith(expected + ":");
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            Qubad Talabani criticized Turkey.                                | 2015-03-02 | IRQGOV
            Babaker Zebari criticized Syria.                                 | 2010-05-03 | IRQGOV
            Sandy Berger criticized Iraq.                                    | 2000-06-05 | GTMGOV
            Janysh Bakiyev criticized Russia.                                | 2009-02-02 | KGZGOV
            Nawaf Salam criticized Israel.                                   | 2015-03-02 | LBNGOV
            Dusan Tadic criticized Croatia.                                  | 2008-02-18 | SRBGOV
            Keiko Fujimori criticized Chile.                                 | 2000-05-01 | PERGOV
            """)
    void aNamesakeOrRelativeIsNotThePerson(String sentence, LocalDate date, String notExpected) {
        assertThat(CoderTestSupport.events(sentence, date)).noneMatch(e -> e.startsWith(notExpected));
    }
}
