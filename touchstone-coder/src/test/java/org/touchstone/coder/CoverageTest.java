package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.touchstone.core.Statement;

/**
 * Constructions and vocabulary added for general coverage (CAMEO 1.1b3 definitions, grammar of
 * news prose), each checked on several constructed sentences rather than one gold sentence.
 */
class CoverageTest {
    @Test
    void anIntentVerbGivesWayToItsComplementWhichKeepsItsSubjectAndObjects() {
        assertThat(events("Germany promised to deliver more tanks to Ukraine.")).containsExactly("DEU>UKR:0332");
        assertThat(events("Turkey offered to mediate between Russia and Ukraine.")).containsExactly("TUR>RUS:039", "TUR>UKR:039");
        assertThat(events("Qatar offered to broker talks between Israel and Hamas.")).contains("QAT>ISR:039");
        assertThat(events("Japan pledged to provide humanitarian aid to Turkey.")).containsExactly("JPN>TUR:0333");
    }

    @Test
    void anIntentSpeechActIsAStatementWithTheCodeOfItsComplement() {
        Statement st = CoderTestSupport.code("Iran vowed to retaliate against Israel.", LocalDate.of(2024, 4, 3)).statements().get(0);
        assertThat(st.speaker()).isEqualTo("IRN");
        assertThat(st.targets()).containsExactly("ISR");
        assertThat(st.code()).startsWith("13");
        assertThat(events("Iran vowed to retaliate against Israel.")).containsExactly("IRN>ISR:138");
        assertThat(events("Israel retaliated against Hezbollah.")).containsExactly("ISR>LBNUAF:190");
    }

    @Test
    void theOneAskedAfterFromIsTheTargetOfDemandsAndAppeals() {
        assertThat(events("China demanded an explanation from the United States.")).containsExactly("CHN>USA:100");
        assertThat(events("Ukraine sought help from NATO.")).isEmpty(); // "seek" is an intent verb with no act of its own
        assertThat(events("Germany received refugees from Syria.")).isEmpty();
    }

    @Test
    void citiesAndRegionsArePlacesOfTheirCountryAndNeverAgents() {
        assertThat(events("Russian troops withdrew from the city of Kherson.")).containsExactly("RUSMIL>UKR:0874");
        assertThat(events("Russian forces shelled Kharkiv.")).containsExactly("RUSMIL>UKR:194");
        assertThat(events("Israeli aircraft struck Rafah.")).containsExactly("ISRMIL>PSE:195");
        assertThat(events("Blinken met Wang Yi in Munich.")).containsExactly("USAGOV>CHNGOV:044", "CHNGOV>USAGOV:044");
        // a place across a gap is not the object of an act
        assertThat(events("China banned Japanese seafood after Tokyo began releasing water from the Fukushima plant."))
                .containsExactly("CHN>JPN:163");
    }

    @Test
    void civiliansAndOppositionInAPlaceBelongToItsCountry() {
        assertThat(events("Protesters in Dhaka demanded the resignation of the prime minister.")).allMatch(e -> e.startsWith("BGDCVL>"));
        assertThat(events("Demonstrators in Tbilisi protested against the government.")).containsExactly("GEOCVL>GEOGOV:141");
        // troops in a country are not that country's troops
        assertThat(events("Troops in Syria attacked Turkey.")).isEmpty();
    }

    @Test
    void aDemonymKeepsItsRoleWordAcrossOneOrTwoModifiers() {
        assertThat(events("Kim Yo Jong threatened to shoot down US reconnaissance aircraft.", LocalDate.of(2023, 7, 11)))
                .containsExactly("PRKGOV>USAMIL:1384");
        assertThat(events("A US surveillance drone was shot down by Iran's Revolutionary Guards.")).containsExactly("IRNMIL>USAMIL:190");
        assertThat(events("Russian occupying forces shelled Kherson.")).containsExactly("RUSMIL>UKR:194");
        assertThat(events("Chinese coast guard ships fired water cannon at Philippine vessels.")).containsExactly("CHNCOP>PHL:170");
    }

    @Test
    void leadersOutsideTheG20TakeTheirDatedRoles() {
        assertThat(events("Viktor Orban praised China.", LocalDate.of(2024, 5, 10))).containsExactly("HUNGOV>CHN:051");
        assertThat(events("Ilham Aliyev met Nikol Pashinyan.", LocalDate.of(2024, 2, 17))).containsExactly("AZEGOV>ARMGOV:040", "ARMGOV>AZEGOV:040");
        assertThat(events("Yoav Gallant ordered a siege of Gaza.", LocalDate.of(2023, 10, 9))).containsExactly("ISRGOVMIL>PSE:191");
        assertThat(events("Yoav Gallant criticized Hamas.", LocalDate.of(2025, 3, 1))).containsExactly("ISROPP>PSEREB:111");
        assertThat(events("Dmitry Peskov criticized NATO.", LocalDate.of(2023, 5, 1))).containsExactly("RUSGOV>IGOWSTNAT:111");
    }

    @Test
    void theHolderAndTitleTheTextGivesStandWhenTheDatedRoleHasEnded() {
        // the news of a leader's death is dated after his last day in office
        // an airstrike is the air force's act: MIL, as aircraft and missiles are (GOLD-SET roles table)
        assertThat(events("An Israeli airstrike killed Hezbollah leader Hassan Nasrallah.", LocalDate.of(2024, 9, 28)))
                .containsExactly("ISRMIL>LBNUAF:186");
        // "former" still makes an elite
        assertThat(events("Germany criticized former Israeli defence minister Yoav Gallant.", LocalDate.of(2025, 3, 1)))
                .containsExactly("DEU>ISROPP:111");
    }

    @Test
    void aTrailingAttributionIsNotCoordinatedWithTheObject() {
        assertThat(events("An Israeli airstrike killed Hezbollah leader Hassan Nasrallah, the Israeli military said.",
                LocalDate.of(2024, 9, 28))).containsExactly("ISRMIL>LBNUAF:186");
        assertThat(events("Russia attacked Ukraine, Poland and Moldova.")).containsExactly("RUS>UKR:190", "RUS>POL:190", "RUS>MDA:190");
    }

    @Test
    void verbsOfCooperationAidAndYielding() {
        assertThat(events("Ukraine accepted Turkish mediation.")).containsExactly("UKR>TUR:038");
        assertThat(events("The IMF approved a loan for Argentina.")).containsExactly("IGOBUSIMF>ARG:071");
        assertThat(events("Japan sent rescue teams to Turkey.")).containsExactly("JPN>TUR:073");
        assertThat(events("The United States deployed troops to Poland.")).containsExactly("USA>POL:074", "POL>USA:0861");
        assertThat(events("China invested in Pakistan.")).containsExactly("CHN>PAK:061");
        assertThat(events("Egypt brokered a deal between Israel and Hamas.")).containsExactly("EGY>ISR:045", "EGY>PSEREB:045");
        assertThat(events("Russia agreed to ease its naval blockade of Ukraine.")).containsExactly("RUS>UKR:0356");
        assertThat(events("The British police are looking into Russian involvement.")).containsExactly("GBRCOP>RUS:091"); // police inquire into crime (session 34)
    }

    @Test
    void verbsOfCoercionAndForce() {
        assertThat(events("Thailand's Constitutional Court dissolved the opposition party.")).isNotEmpty()
                .allMatch(e -> e.endsWith(":1722"));
        assertThat(events("Iranian police fired tear gas at protesters in Tehran.")).containsExactly("IRNCOP>IRNCVL:175");
        assertThat(events("Iranian police dispersed Iranian protesters.")).containsExactly("IRNCOP>IRNCVL:175");
        assertThat(events("Hamas took dozens of Israeli civilians hostage.")).containsExactly("PSEREB>ISRCVL:181");
        assertThat(events("The Syrian army dropped chlorine gas on Douma.")).containsExactly("SYRMIL>SYR:2041");
        assertThat(events("The Houthis fired missiles at Israel.")).containsExactly("YEMREB>ISR:194");
        assertThat(events("Russia launched drones at Kyiv.")).containsExactly("RUS>UKR:195");
        assertThat(events("Israel targeted Hezbollah.")).containsExactly("ISR>LBNUAF:190");
        assertThat(events("Ukraine sank a Russian warship.")).containsExactly("UKR>RUSMIL:190");
        assertThat(events("Russia denied entry to Estonian diplomats.")).containsExactly("RUS>ESTGOV:163");
        assertThat(events("Washington froze aid to Ethiopia.")).containsExactly("USAGOV>ETH:162");
    }

    @Test
    void reportedShouldIsAnAppealAndMustADemandOfTheSpeaker() {
        assertThat(events("Germany said Russia should hold talks with Ukraine.")).containsExactly("DEU>RUS:026");
        assertThat(events("China said Japan should release the fishermen.")).containsExactly("CHN>JPN:0253");
        assertThat(events("The EU said Russia must withdraw its troops from Ukraine.")).containsExactly("IGOEUREEC>RUS:1056");
        assertThat(events("NATO said Beijing must stop supplying weapons to Russia.")).containsExactly("IGOWSTNAT>CHNGOV:103");
        assertThat(events("Venezuela's opposition said the Venezuelan army should stop backing Maduro.")).containsExactly("VENOPP>VENMIL:022");
        // negated: still an appeal, not to do it (R10: "should" -> 02x; the act asked against is not coded)
        assertThat(events("Germany said Russia should not hold talks with Ukraine.")).containsExactly("DEU>RUS:020");
    }

    @Test
    void aSpeakerSayingItsOwnSideDidNotActDeniesIt() {
        assertThat(events("Lavrov said that Russia had not invaded Ukraine.")).containsExactly("RUSGOV>UKR:016");
        assertThat(events("China said its ships did not attack Philippine vessels.")).containsExactly("CHN>PHL:016");
        // another side's act, negated: nothing
        assertThat(events("Lavrov said that Ukraine had not attacked Russia.")).isEmpty();
    }

    @Test
    void characterizationsComparisonsAndLedCoalitions() {
        // the label's words are a charge of terrorism (R11, 112; session 24 reads a label's stance from its words)
        assertThat(events("Jaishankar called Pakistan the \"epicentre of terrorism.\"")).containsExactly("INDGOV>PAK:112");
        assertThat(events("Erdogan compared Netanyahu to Hitler.")).containsExactly("TURGOV>ISRGOV:111");
        assertThat(events("India declined to join the US-led naval coalition.")).containsExactly("IND>USA:1212"); // S36-6
        assertThat(events("Hezbollah fired rockets at Israeli positions.")).containsExactly("LBNUAF>ISRMIL:194");
        assertThat(events("Russia threatened to use nuclear weapons against Ukraine.")).containsExactly("RUS>UKR:1385");
        // an arrest "in" a city is not an act against the city's country
        assertThat(events("Russian authorities arrested a US journalist in Yekaterinburg.")).containsExactly("RUSGOV>USAMED:173");
        // an adjective after "at" is no place
        assertThat(events("Chinese coast guard ships fired water cannon at Philippine supply vessels.")).containsExactly("CHNCOP>PHL:170");
    }

    @Test
    void aNominalEventAfterALightVerbHasTheLightVerbsSubject() {
        assertThat(events("Qatar launched a mediation effort between the UAE and Saudi Arabia.")).containsExactly("QAT>ARE:045", "QAT>SAU:045");
        assertThat(events("Turkey renewed its appeal to Belgium.")).containsExactly("TUR>BEL:020");
        assertThat(events("Russia completed its withdrawal from Syria.")).containsExactly("RUS>SYR:0874");
        assertThat(events("China issued a warning to Japan.")).containsExactly("CHN>JPN:130");
        assertThat(events("The United States stepped up its criticism of China.")).containsExactly("USA>CHN:111");
        // background nominals stay uncoded (R7)
        assertThat(events("After the US withdrawal from Afghanistan, China criticized the United States.")).containsExactly("CHN>USA:111");
    }

    @Test
    void resumingTalksGrantingAndDeclaringCeasefires() {
        assertThat(events("Israel and Lebanon resumed negotiations.")).containsExactly("ISR>LBN:046", "LBN>ISR:046");
        assertThat(events("Iran renewed talks with the United States.")).containsExactly("IRN>USA:046", "USA>IRN:046");
        assertThat(events("Peru granted diplomatic asylum to a Panamanian politician.")).containsExactly("PER>PAN:075");
        assertThat(events("France will contribute troops to the peacekeeping force in Lebanon.")).containsExactly("FRA>IGOPKO:0334");
        assertThat(events("Germany lifted sanctions against South Africa.")).containsExactly("DEU>ZAF:085");
        assertThat(events("The United States is providing intelligence to Ukraine.")).containsExactly("USA>UKR:064");
        assertThat(events("Russia offered concessions to Ukraine.")).containsExactly("RUS>UKR:035");
        assertThat(events("Israel extended the ceasefire in Gaza.")).containsExactly("ISR>PSE:0871");
    }

    @Test
    void regularInflectionDoublesTheFinalConsonantOfOneSyllable() {
        assertThat(org.touchstone.coder.dict.VerbDictionaryReader.inflect("swap")).containsExactly("swap", "swaps", "swapped", "swapping");
        assertThat(org.touchstone.coder.dict.VerbDictionaryReader.inflect("stab")).containsExactly("stab", "stabs", "stabbed", "stabbing");
        assertThat(org.touchstone.coder.dict.VerbDictionaryReader.inflect("visit")).containsExactly("visit", "visits", "visited", "visiting");
        assertThat(org.touchstone.coder.dict.VerbDictionaryReader.inflect("jail")).containsExactly("jail", "jails", "jailed", "jailing");
        assertThat(events("Ukraine and Russia swapped dozens of prisoners of war.")).containsExactly("UKR>RUS:0841", "RUS>UKR:0841");
    }

    @Test
    void aVerbFormThatCodesBeatsOneThatDoesNotAtEqualSpecificity() {
        // "struck" is also "struck a deal"; without the deal it is a strike
        assertThat(events("US and British forces struck Houthi targets in Yemen.")).contains("GBRMIL>YEMREB:194");
        assertThat(events("India struck a deal with Russia.")).containsExactly("IND>RUS:057", "RUS>IND:057");
    }

    @Test
    void armedGroupsNgosAndDatedGroups() {
        assertThat(events("Turkey detained dozens of suspected Islamic State members.")).containsExactly("TUR>IMGMOSISI:173");
        assertThat(events("Amnesty International accused Israel of war crimes.")).containsExactly("NGOHRIAMN>ISR:1124");
        assertThat(events("The Taliban released an American citizen.", LocalDate.of(2023, 6, 1))).containsExactly("AFGGOV>USACVL:0841");
        assertThat(events("The United States signed a deal with the Taliban.", LocalDate.of(2020, 2, 29)))
                .containsExactly("USA>AFGREB:057", "AFGREB>USA:057");
    }

    @Test
    void crowdsOwnAgentsAndComplementGerunds() {
        assertThat(events("Tens of thousands of Georgians rallied in Tbilisi against the government.")).containsExactly("GEOCVL>GEOGOV:141");
        assertThat(events("A group of Russian soldiers attacked Ukrainian positions.")).containsExactly("RUSMIL>UKRMIL:190");
        assertThat(events("Poland recalled its ambassador from Israel.")).containsExactly("POL>ISR:161");
        assertThat(events("Putin warned the West against sending troops to Ukraine.")).containsExactly("RUSGOV>WST:130");
        assertThat(events("Britain sanctioned six Iranian officials.")).containsExactly("GBR>IRNGOV:163");
        assertThat(events("The United States charged Chinese hackers with stealing secrets.")).containsExactly("USA>CHNGOV:173");
        assertThat(events("Saudi Arabia pledged $2 billion to Pakistan.")).containsExactly("SAU>PAK:0331");
        assertThat(events("Turkey approved Sweden's NATO membership.")).containsExactly("TUR>SWE:050");
    }

    @Test
    void aSpeechActAboutNoNamedActorIsStillItsSpeakersStatement() {
        Statement st = CoderTestSupport.code("Iran's foreign ministry spokesman condemned the attack.", LocalDate.of(2023, 6, 1))
                .statements().get(0);
        assertThat(st.speaker()).isEqualTo("IRNGOV");
        assertThat(st.targets()).isEmpty();
        assertThat(st.code()).isEqualTo("111");
        // coordinated with an earlier speech act: the same speaker, one statement
        assertThat(CoderTestSupport.code("China demanded that Canada release the executive and warned of consequences.",
                LocalDate.of(2019, 1, 1)).statements()).extracting(Statement::speaker).containsExactly("CHN");
        // negated, nominal, a participle modifying a noun, a refusal without words: no statement
        assertThat(CoderTestSupport.code("Neither Washington nor Beijing has commented on the reports.", LocalDate.of(2023, 6, 1))
                .statements()).isEmpty();
        assertThat(CoderTestSupport.code("Hungary defended Beijing's peace proposal.", LocalDate.of(2023, 6, 1))
                .statements()).extracting(Statement::speaker).containsExactly("HUN");
        assertThat(CoderTestSupport.code("The United States vetoed a Security Council resolution demanding a ceasefire.",
                LocalDate.of(2023, 6, 1)).statements()).isEmpty();
        assertThat(CoderTestSupport.code("The Taliban reversed the decision, rejecting international calls.",
                LocalDate.of(2023, 6, 1)).statements()).isEmpty();
    }

    @Test
    void aVerbFormAfterADeterminerHeadsANounPhrase() {
        assertThat(CoderTestSupport.code("Saudi Arabia hosted Xi Jinping with a lavish welcome ceremony.", LocalDate.of(2022, 12, 8))
                .statements()).isEmpty();
        assertThat(events("Iran freed the detained French citizens.")).containsExactly("IRN>FRACVL:0841");
    }

    @Test
    void reciprocalAccusationsEmbassiesAndSupport() {
        assertThat(events("Serbia and Kosovo traded accusations over the violence.")).containsExactly("SRB>KSV:112", "KSV>SRB:112");
        assertThat(events("Egypt and Turkey exchanged ambassadors.")).containsExactly("EGY>TUR:050", "TUR>EGY:050");
        assertThat(events("Iran and Saudi Arabia agreed to reopen their embassies.")).containsExactly("IRN>SAU:032", "SAU>IRN:032");
        assertThat(events("Poland stood with Ukraine.")).containsExactly("POL>UKR:051");
        assertThat(events("Russia said it was ready for talks with Ukraine.")).containsExactly("RUS>UKR:036");
    }

    @Test
    void conditionalThreatsCrowdDemandsDeploymentsAndOwnCountry() {
        assertThat(events("Medvedev warned that Russia would use nuclear weapons if Ukraine attacked Crimea.")).contains("RUS>UKR:1385");
        assertThat(events("Iran threatened to walk out of the talks unless Washington lifted sanctions.")).containsExactly("IRN>USAGOV:134");
        assertThat(events("Protesters in Dhaka demanded the resignation of the prime minister.")).containsExactly("BGDCVL>BGDGOV:1411");
        assertThat(events("A contingent of Kenyan police officers arrived in Haiti.")).containsExactly("KENCOP>HTI:074", "HTI>KENCOP:0861");
        assertThat(events("Kishida arrived in Washington.", LocalDate.of(2024, 4, 8))).containsExactly("JPNGOV>USA:042", "USA>JPNGOV:043");
        assertThat(events("Poland's president said his country was ready to host NATO troops.")).containsExactly("POL>IGOWSTNATMIL:036");
        assertThat(events("Orban met Trump at his Florida residence.", LocalDate.of(2024, 11, 10)))
                .containsExactly("HUNGOV>USAOPP:042", "USAOPP>HUNGOV:043");
        assertThat(events("The US Commerce Department criticized China.")).containsExactly("USAGOV>CHN:111");
        assertThat(events("Kenyan protesters stormed the Swedish embassy.")).containsExactly("KENCVL>SWE:145");
        assertThat(events("Russian troops stormed the town.")).isEmpty();
    }

    @Test
    void aReportedObligationWithoutACodedActIsAGeneralAppealOrDemand() {
        assertThat(events("Rutte said Beijing must stop supplying components to Russia.", LocalDate.of(2024, 11, 1)))
                .containsExactly("IGOWSTNAT>CHNGOV:100");
        assertThat(events("Dmitry Medvedev, deputy chairman of Russia's Security Council, criticized NATO.")).containsExactly("RUSGOV>IGOWSTNAT:111");
    }

    @Test
    void aRemarkAboutANamedActorWithNoActInItIs010() {
        assertThat(events("The Saudi foreign minister said the kingdom's relations with Iran were entering a new phase."))
                .containsExactly("SAUGOV>IRN:010");
        // an act in the words is coded instead; negated words give nothing
        assertThat(events("Blinken said China had supplied weapons to Russia.")).containsExactly("CHN>RUS:072");
        assertThat(events("Blinken said relations with China were not improving.")).isEmpty();
    }

    @Test
    void strengtheningTiesYieldingWalkingOutAndReiteratedSupport() {
        assertThat(events("China and Russia agreed to strengthen military cooperation.")).containsExactly("CHN>RUS:0312", "RUS>CHN:0312");
        assertThat(events("India and the UAE boosted trade.")).containsExactly("IND>ARE:061", "ARE>IND:061");
        assertThat(events("Iran complied with the IAEA.")).containsExactly("IRN>IGOUNOIAE:080");
        assertThat(events("Russia walked out of the talks with Ukraine.")).containsExactly("RUS>UKR:164");
        assertThat(events("Israel opened talks with Hamas.")).containsExactly("ISR>PSEREB:046", "PSEREB>ISR:046");
        assertThat(events("The EU stepped up pressure on Russia.")).containsExactly("IGOEUREEC>RUS:110");
        assertThat(events("Russian soldiers raped Ukrainian women.")).containsExactly("RUSMIL>UKRCVL:1821");
        Statement st = CoderTestSupport.code("Germany reiterated its support for Ukraine.", LocalDate.of(2023, 6, 1)).statements().get(0);
        assertThat(st.speaker()).isEqualTo("DEU");
        assertThat(st.targets()).containsExactly("UKR");
        assertThat(st.code()).isEqualTo("051");
        assertThat(CoderTestSupport.code("Islamic State later claimed the attack.", LocalDate.of(2024, 3, 23)).statements())
                .extracting(Statement::code).containsExactly("015");
    }

    @Test
    void nominalEventsResponseObjectsReciprocalsAndCalledOff() {
        // R6: the object of a response is not coded
        assertThat(events("China condemned Nancy Pelosi's visit to Taiwan.", LocalDate.of(2022, 8, 3))).containsExactly("CHN>USALEG:111");
        assertThat(events("The United States condemned Russia's attack on Kyiv.")).containsExactly("USA>RUS:111");
        // R1: a nominal subject is coded; its possessor is the patient of a passive
        assertThat(events("Russia's invasion of Ukraine was condemned by the UN General Assembly."))
                .containsExactly("RUS>UKR:190", "IGOUNO>RUS:111");
        assertThat(events("Fighting between Sudan's army and the Rapid Support Forces continued in Khartoum."))
                .containsExactly("SDNMIL>SDNREB:190", "SDNREB>SDNMIL:190");
        assertThat(events("The talks between Iran and the United States ended.")).containsExactly("IRN>USA:046", "USA>IRN:046");
        // a nominal event that was postponed did not happen
        assertThat(events("Blinken's trip to China was postponed.")).isEmpty();
        assertThat(events("Japan protested China's detention of a Japanese businessman.")).containsExactly("JPN>CHN:114");
    }

    @Test
    void openingAdverbialsOfCallsAndTalksAndOutletsAddressed() {
        assertThat(events("In a phone call with Xi, Biden warned China against supplying Russia."))
                .contains("USAGOV>CHNGOV:041", "CHNGOV>USAGOV:041", "USAGOV>CHN:130");
        assertThat(events("During talks with Blinken, Wang Yi criticized US sanctions."))
                .contains("CHNGOV>USAGOV:046", "USAGOV>CHNGOV:046");
        Statement st = CoderTestSupport.code("Orban told a German newspaper that the EU was wrong.", LocalDate.of(2023, 6, 1))
                .statements().get(0);
        assertThat(st.speaker()).isEqualTo("HUNGOV");
        assertThat(st.targets()).containsExactly("IGOEUREEC");
        assertThat(st.audience()).isEqualTo(org.touchstone.core.Audience.FOREIGN_MEDIA);
        assertThat(CoderTestSupport.code("Macron told Le Monde that Europe was ready.", LocalDate.of(2023, 6, 1))
                .statements().get(0).audience()).isEqualTo(org.touchstone.core.Audience.DOMESTIC);
    }

    @Test
    void negatedIntentsAndStateHackers() {
        assertThat(events("India has no plans to visit Pakistan.")).isEmpty();
        // "no intention of attacking" disowns a conflictual plan: a denial, 016 (GOLD-SET.md judgement calls, a-064, g-249;
        // block "no intention" of verbs.txt, session 19)
        assertThat(events("Russia said it had no intention of attacking NATO.")).containsExactly("RUS>IGOWSTNAT:016");
        assertThat(events("Lavrov said Russian forces did not attack Kharkiv.")).containsExactly("RUSGOV>UKR:016");
        assertThat(events("South Korea was attacked by North Korean hackers.")).containsExactly("PRKGOV>KOR:190");
    }

    @Test
    void hopesForAnotherActorAreAppealsAndCountryNounsCorefer() {
        assertThat(events("Taiwan's defence minister said the island hoped the United States would expand joint training."))
                .containsExactly("TWN>USA:020");
        assertThat(events("Ukraine hopes Germany will send more tanks.")).containsExactly("UKR>DEU:0232");
        assertThat(events("Japan hopes to visit China.")).containsExactly("JPN>CHN:036");
        // things and places after "the" do not corefer with the last state
        assertThat(events("Lavrov said Russian forces did not attack the hospital in Kharkiv.")).containsExactly("RUSGOV>UKR:016");
    }

    @Test
    void protestsRiotsDestructionAndVows() {
        assertThat(events("Protesters in Tehran set fire to the British embassy.")).containsExactly("IRNCVL>GBR:145");
        assertThat(events("Ukrainian forces blew up a Russian ammunition depot.")).containsExactly("UKRMIL>RUS:1712");
        assertThat(events("Kenyan opposition supporters staged protests against the government in Nairobi.")).containsExactly("KENOPP>KENGOV:141");
        assertThat(events("The United States reduced aid to Egypt.")).containsExactly("USA>EGY:162");
        assertThat(events("Hamas swore to fight Israel.")).containsExactly("PSEREB>ISR:138");
    }

    @Test
    void aSpeechActWithoutItsOwnTargetSpeaksAboutTheActorsOfItsClause() {
        Statement st = CoderTestSupport.code("Medvedev warned that Russia would act if Ukraine attacked Crimea.", LocalDate.of(2023, 6, 1))
                .statements().get(0);
        assertThat(st.speaker()).isEqualTo("RUSGOV");
        assertThat(st.targets()).containsExactly("UKR");
    }

    @Test
    void everyCameoRootIsCodedByVerbsOfSeveralEntriesAndEveryCodeIsInTheCodebook() {
        org.touchstone.coder.dict.VerbDictionary verbs = org.touchstone.coder.dict.Dictionaries.builtIn().verbs();
        org.touchstone.core.cameo.CameoCodebook codebook = org.touchstone.core.cameo.CameoCodebook.standard();
        java.util.Map<String, java.util.Set<String>> entriesByRoot = new java.util.TreeMap<>();
        for (org.touchstone.coder.dict.VerbEntry e : verbs.entries()) {
            for (org.touchstone.coder.dict.VerbPattern p : e.patterns()) {
                for (String code : java.util.Arrays.asList(p.code(), p.reverseCode())) {
                    if (code != null) {
                        assertThat(codebook.find(code)).as("%s: %s => %s", e.name(), p.text(), code).isPresent();
                        entriesByRoot.computeIfAbsent(code.substring(0, 2), k -> new java.util.TreeSet<>()).add(e.name());
                    }
                }
            }
        }
        for (int root = 1; root <= 20; root++) {
            assertThat(entriesByRoot.get(String.format("%02d", root))).as("entries coding root %02d", root).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void statementsAppealsAndIntentsInNewsWording() {
        assertThat(events("Germany sounded the alarm about Russian disinformation.")).containsExactly("DEU>RUS:012");
        assertThat(events("Iran took responsibility for the attack on Israel.")).containsExactly("IRN>ISR:015");
        assertThat(events("India refuted allegations by Pakistan.")).containsExactly("IND>PAK:016");
        assertThat(events("France and Germany found common ground on Ukraine.")).containsExactly("FRA>DEU:019", "DEU>FRA:019");
        assertThat(events("Brazil appealed to Russia and Ukraine for calm.")).containsExactly("BRA>RUS:0256", "BRA>UKR:0256");
        assertThat(events("Venezuela's opposition called on Maduro to step down.", LocalDate.of(2024, 8, 1))).containsExactly("VENOPP>VENGOV:0241");
        assertThat(events("Ukraine begged Germany for tanks.")).containsExactly("UKR>DEU:0232");
        assertThat(events("Germany asked Poland to extradite the suspects.")).containsExactly("DEU>POL:0213");
        assertThat(events("The EU urged China to isolate Russia.")).containsExactly("IGOEUREEC>CHN:113");
        assertThat(events("Russia signalled readiness to negotiate with Ukraine.")).containsExactly("RUS>UKR:036");
        assertThat(events("Israel agreed to a humanitarian pause with Hamas.")).containsExactly("ISR>PSEREB:0356", "PSEREB>ISR:0356");
    }

    @Test
    void consultationsCooperationAndAidInNewsWording() {
        assertThat(events("Blinken huddled with Wang Yi.")).containsExactly("USAGOV>CHNGOV:040", "CHNGOV>USAGOV:040");
        assertThat(events("Macron landed in Beijing on Wednesday.")).containsExactly("FRAGOV>CHN:042", "CHN>FRAGOV:043");
        assertThat(events("Turkey hosted talks between Russia and Ukraine in Istanbul.")).containsExactly("TUR>RUS:045", "TUR>UKR:045");
        assertThat(events("Putin heaped praise on Xi Jinping.")).containsExactly("RUSGOV>CHNGOV:051");
        assertThat(events("Hungary threw its support behind Ukraine.")).containsExactly("HUN>UKR:051");
        assertThat(events("Erdogan came to the defence of Hamas.")).containsExactly("TURGOV>PSEREB:052");
        assertThat(events("Saudi Arabia and Iran mended ties.")).containsExactly("SAU>IRN:050", "IRN>SAU:050");
        assertThat(events("Russia and Iran finalized a treaty.")).containsExactly("RUS>IRN:057", "IRN>RUS:057");
        assertThat(events("South Korea and Japan resumed military cooperation.")).containsExactly("KOR>JPN:062", "JPN>KOR:062");
        assertThat(events("South Korea shipped artillery shells to the United States.")).containsExactly("KOR>USA:072");
        assertThat(events("Japan rushed aid to Turkey.")).containsExactly("JPN>TUR:070");
        assertThat(events("Germany extended 100 million euros in humanitarian aid to Gaza.")).containsExactly("DEU>PSE:073");
    }

    @Test
    void yieldingInvestigatingDemandingAndDisapprovingInNewsWording() {
        assertThat(events("The United States unfroze Iranian assets.")).containsExactly("USA>IRN:0842");
        assertThat(events("Russia lifted its ban on Georgian wine.")).containsExactly("RUS>GEO:085");
        assertThat(events("Armenia backed down on its demands to Azerbaijan.")).containsExactly("ARM>AZE:080");
        assertThat(events("Israel halted its offensive in Gaza.")).containsExactly("ISR>PSE:087");
        assertThat(events("Russia pulled its troops out of Syria.")).containsExactly("RUS>SYR:0874");
        assertThat(events("The ICC opened a probe into Israel.")).containsExactly("IGOJUDICC>ISR:090");
        assertThat(events("China demanded compensation from the United States.")).containsExactly("CHN>USA:1031");
        assertThat(events("Turkey lashed out at Sweden.")).containsExactly("TUR>SWE:111");
        assertThat(events("India called in the Canadian envoy.")).containsExactly("IND>CANGOV:114");
        assertThat(events("Germany took Russia to the International Court of Justice.")).containsExactly("DEU>RUS:115");
        assertThat(events("China held the United States responsible for the crisis.")).containsExactly("CHN>USA:112");
    }

    @Test
    void rejectionsThreatsProtestsAndForcePostureInNewsWording() {
        assertThat(events("Hungary balked at sanctions against Russia.")).containsExactly("HUN>RUS:120");
        assertThat(events("Russia scuttled the talks with Ukraine.")).containsExactly("RUS>UKR:127");
        assertThat(events("Russia threatened to cut off gas to Germany.")).containsExactly("RUS>DEU:1312");
        assertThat(events("Turkey threatened to cut ties with Israel.")).containsExactly("TUR>ISR:1313");
        assertThat(events("Iran threatened Israel with retaliation.")).containsExactly("IRN>ISR:138");
        assertThat(events("Putin warned the West of a nuclear war.")).containsExactly("RUSGOV>WST:138");
        assertThat(events("Kenyan protesters marched against the government in Nairobi.")).containsExactly("KENCVL>KENGOV:141");
        assertThat(events("China flew bombers near Taiwan.")).containsExactly("CHN>TWN:150");
        assertThat(events("Russia massed troops on its border with Ukraine.")).containsExactly("RUS>UKR:154");
    }

    @Test
    void deadlinesCoupsSkirmishesDrillsCancelledVisitsAndAbandonedDeals() {
        assertThat(events("Israel gave Hamas three days to free the hostages.")).containsExactly("ISR>PSEREB:139");
        assertThat(events("Mali's junta gave the French ambassador 72 hours to leave the country.")).containsExactly("MLIMIL>FRAGOV:161");
        assertThat(events("Russia gave Ukraine until Friday to accept the offer.")).containsExactly("RUS>UKR:139");
        assertThat(events("Japan gave Ukraine humanitarian aid.")).containsExactly("JPN>UKR:073");
        assertThat(events("Gabon's military overthrew the government on Wednesday.")).containsExactly("GABMIL>GABGOV:1722");
        assertThat(events("Niger's army ousted the government.")).containsExactly("NERMIL>NERGOV:1722");
        assertThat(events("Armenian and Azerbaijani troops skirmished on the border."))
                .containsExactly("ARMMIL>AZEMIL:190", "AZEMIL>ARMMIL:190");
        assertThat(events("Iran held naval drills near Bahrain.")).containsExactly("IRN>BHR:150");
        assertThat(events("Russia was conducting drills near Finland.")).containsExactly("RUS>FIN:150");
        assertThat(events("Iran held talks with Oman.")).containsExactly("IRN>OMN:046", "OMN>IRN:046");
        assertThat(events("Macron cancelled a planned trip to Algeria.")).containsExactly("FRAGOV>DZA:161");
        assertThat(events("The United States withdrew from the nuclear deal with Iran.")).containsExactly("USA>IRN:127");
        assertThat(events("Russian troops withdrew from Kherson.")).containsExactly("RUSMIL>UKR:0874");
        assertThat(events("Hungary drew sharp criticism from the European Union.")).containsExactly("IGOEUREEC>HUN:111");
        assertThat(events("Washington ordered tariffs on Chinese steel.")).containsExactly("USAGOV>CHN:163");
        assertThat(events("Saudi agents strangled a Turkish journalist.")).containsExactly("SAUGOV>TURMED:1823");
    }

    @Test
    void massKillingsTakenControlAndKilledLeaders() {
        assertThat(events("Russian troops killed hundreds of civilians in Bucha.")).containsExactly("RUSMIL>UKRCVL:202");
        assertThat(events("Russian forces took full control of Bakhmut.")).containsExactly("RUSMIL>UKR:192");
        assertThat(events("Hezbollah's top commander was killed by Israel.")).containsExactly("ISR>LBNUAF:186");
    }

    @Test
    void suspendedRelationsAndCrowdsClashingWithPolice() {
        assertThat(events("Canada suspended diplomatic relations with Saudi Arabia.")).containsExactly("CAN>SAU:161");
        assertThat(events("Canada froze relations with Saudi Arabia.")).containsExactly("CAN>SAU:161");
        assertThat(events("Iranian protesters clashed with police in Tehran.")).containsExactly("IRNCVL>IRNCOP:145");
    }

    @Test
    void labelsFlightsNearAStateWithheldRevenuesAndSanctionsAsNouns() {
        assertThat(events("China labelled the United States a hegemon.")).containsExactly("CHN>USA:111");
        assertThat(events("The ministry named him ambassador to France.")).isEmpty();
        assertThat(events("China flew fighter jets near Taiwan.")).containsExactly("CHN>TWN:150");
        assertThat(events("Chinese warships sailed near Taiwan.")).containsExactly("CHNMIL>TWN:150");
        assertThat(events("Israel withheld tax revenues from the Palestinian Authority.")).containsExactly("ISR>PSEGOV:1621");
        assertThat(events("The EU's sanctions on Russia took effect.")).containsExactly("IGOEUREEC>RUS:163");
        assertThat(events("Russia denounced the EU's sanctions on its banks.")).containsExactly("RUS>IGOEUREEC:111");
    }

    @Test
    void patrolsStepsUpAccusationsOfDeportationAndFireOnProtesters() {
        assertThat(events("China increased military patrols around Taiwan.")).containsExactly("CHN>TWN:150");
        assertThat(events("Ukraine accused Russia of deporting children.")).containsExactly("UKR>RUS:1122");
        assertThat(events("Iranian police opened fire on protesters in Tehran.")).containsExactly("IRNCOP>IRNCVL:175");
        assertThat(events("Myanmar soldiers opened fire on protesters in Yangon.")).containsExactly("MMRMIL>MMRCVL:175");
    }

    @Test
    void reductionsCoercionAssaultsAndFightingInNewsWording() {
        assertThat(events("Niger broke off diplomatic relations with Ukraine.")).containsExactly("NER>UKR:161");
        assertThat(events("Russia pulled out of the grain deal with Ukraine.")).containsExactly("RUS>UKR:127"); // rejects the deal
        assertThat(events("The United States suspended military aid to Egypt.")).containsExactly("USA>EGY:162");
        assertThat(events("Mali ordered UN peacekeepers out of the country.")).containsExactly("MLI>IGOUNO:1661");
        assertThat(events("Washington placed sanctions on Chinese companies.")).containsExactly("USAGOV>CHNBUS:163");
        assertThat(events("The EU hit Russia with new sanctions.")).containsExactly("IGOEUREEC>RUS:163");
        assertThat(events("Israel bulldozed Palestinian homes.")).containsExactly("ISR>PSE:1712");
        assertThat(events("Thailand's Constitutional Court banned the opposition party.")).containsExactly("THAJUD>THAOPP:1722");
        assertThat(events("Chinese hackers hacked into US government networks.")).containsExactly("CHNGOV>USAGOV:176");
        assertThat(events("Chinese coast guard ships harassed Philippine vessels.")).containsExactly("CHNCOP>PHL:170");
        assertThat(events("Houthi rebels hijacked an Israeli cargo ship.")).containsExactly("YEMREB>ISR:181");
        assertThat(events("Israeli police beat Palestinian protesters.")).containsExactly("ISRCOP>PSECVL:182");
        assertThat(events("Hamas tried to assassinate the Israeli prime minister.")).containsExactly("PSEREB>ISRGOV:185");
        assertThat(events("Ukrainian forces repelled a Russian assault.")).containsExactly("UKRMIL>RUS:190");
        assertThat(events("Israeli jets bombed Hezbollah positions in Lebanon.")).containsExactly("ISRMIL>LBNUAF:195");
        assertThat(events("Hamas breached the ceasefire with Israel.")).containsExactly("PSEREB>ISR:196");
    }

    @Test
    void commonWordsOfTheNewVerbsCodeNothingInOrdinaryProse() {
        assertThat(events("Argentina beat France in the World Cup final.")).isEmpty();
        assertThat(events("China ended the year with strong exports.")).isEmpty();
        assertThat(events("Germany's economy improved in the third quarter.")).isEmpty();
        assertThat(events("France went to the polls on Sunday.")).isEmpty();
        assertThat(events("India put its faith in technology.")).isEmpty();
        assertThat(events("Japan released data on inflation.")).isEmpty();
        assertThat(events("The United States released a report on China's military.")).isEmpty();
        assertThat(events("Britain's prime minister dropped his plan for a new tax.")).isEmpty();
        assertThat(events("Ukraine's president ended his visit to Washington.")).isEmpty();
    }
    @Test
    void newsPhrasingsOfCooperationFromTheSecondVerbPass() {
        assertThat(events("Biden assured Zelensky of continued military aid.")).containsExactly("USAGOV>UKRGOV:0332");
        assertThat(events("Biden reassured Japan of American support.")).containsExactly("USAGOV>JPN:030");
        assertThat(events("Modi accepted an invitation from Biden.")).containsExactly("INDGOV>USAGOV:036");
        assertThat(events("Ukraine sought military aid from Germany.")).containsExactly("UKR>DEU:0232");
        assertThat(events("Turkey sought the extradition of Gulen from the United States.")).containsExactly("TUR>USA:0213");
        assertThat(events("Xi rolled out the red carpet for Putin.")).containsExactly("CHNGOV>RUSGOV:043", "RUSGOV>CHNGOV:042");
        assertThat(events("Finland became a member of NATO.")).containsExactly("IGOWSTNAT>FIN:050");
        assertThat(events("The EU granted Ukraine candidate status.")).containsExactly("IGOEUREEC>UKR:050");
        assertThat(events("Russia boosted oil exports to India.")).containsExactly("RUS>IND:061");
        assertThat(events("South Korea and the United States kicked off joint military drills.")).containsExactly("KOR>USA:062", "USA>KOR:062");
        assertThat(events("China and Russia launched joint air patrols.")).containsExactly("CHN>RUS:062", "RUS>CHN:062");
        assertThat(events("Japan rolled out an aid package for Ukraine.")).containsExactly("JPN>UKR:033");
        assertThat(events("China wrote off Zambia's debt.")).containsExactly("CHN>ZMB:071");
        assertThat(events("France cancelled Mali's debt.")).containsExactly("FRA>MLI:071");
        assertThat(events("India and China disengaged troops along the border.")).containsExactly("IND>CHN:087", "CHN>IND:087");
    }

    @Test
    void newsPhrasingsOfConflictFromTheSecondVerbPass() {
        assertThat(events("Iran's foreign minister belittled the United States.")).containsExactly("IRNGOV>USA:111");
        assertThat(events("Hungary held up Sweden's NATO accession.")).containsExactly("HUN>SWE:129");
        assertThat(events("The United States put Iran on notice.")).containsExactly("USA>IRN:130");
        assertThat(events("Germany cautioned China against arming Russia.")).containsExactly("DEU>CHN:130");
        assertThat(events("Russian jets overflew Finnish territory.")).containsExactly("RUSMIL>FIN:150");
        assertThat(events("The United States rolled out new sanctions against Russia.")).containsExactly("USA>RUS:163");
        assertThat(events("The EU renewed sanctions on Russia.")).containsExactly("IGOEUREEC>RUS:163");
        assertThat(events("The United States reimposed sanctions on Iran.")).containsExactly("USA>IRN:163");
        assertThat(events("The United States raised tariffs on Chinese goods.")).containsExactly("USA>CHN:163");
        assertThat(events("China retaliated against the EU with tariffs on brandy.")).containsExactly("CHN>IGOEUREEC:163");
        assertThat(events("Canada hit back with tariffs on US steel.")).containsExactly("CAN>USA:163");
        assertThat(events("The United States designated the Houthis a terrorist organization.")).containsExactly("USA>YEMREB:163");
        assertThat(events("Canada listed the IRGC as a terrorist entity.")).containsExactly("CAN>IRNMIL:163");
        assertThat(events("Britain proscribed Hamas.")).containsExactly("GBR>PSEREB:163");
        assertThat(events("Moldova declared a Russian diplomat persona non grata.")).containsExactly("MDA>RUSGOV:161");
        assertThat(events("Israel cut off water to Gaza.")).containsExactly("ISR>PSE:163");
        assertThat(events("The ICC issued an arrest warrant for Putin.")).containsExactly("IGOJUDICC>RUSGOV:173");
        assertThat(events("Russia re-arrested Ukrainian activists.")).containsExactly("RUS>UKRCVL:173");
        assertThat(events("Israel evicted Palestinian families from their homes.")).containsExactly("ISR>PSECVL:174");
        assertThat(events("A Russian court handed an American journalist a 16-year prison sentence.")).containsExactly("RUSJUD>USAMED:116");
        assertThat(events("A Chinese coast guard ship rammed a Philippine supply boat.")).containsExactly("CHNCOP>PHL:190");
        assertThat(events("Israel expanded its ground offensive in Gaza.")).containsExactly("ISR>PSE:190");
        assertThat(events("Russia unleashed a barrage of missiles on Ukraine.")).containsExactly("RUS>UKR:194");
        assertThat(events("Russia rained drones on Ukraine.")).containsExactly("RUS>UKR:195");
    }

    @Test
    void theSecondPassWordsCodeNothingInOrdinaryProse() {
        assertThat(events("The minister raised concerns about tariffs on Chinese steel.")).isEmpty();
        assertThat(events("The bank wrote off bad loans.")).isEmpty();
        assertThat(events("The company listed its shares in Hong Kong.")).isEmpty();
        assertThat(events("Analysts cautioned that growth would slow.")).isEmpty();
        assertThat(events("Parliament rammed through the budget.")).isEmpty();
        assertThat(events("The Olympic Games kicked off in Paris.")).isEmpty();
        assertThat(events("Heavy rain fell on Pakistan.")).isEmpty();
    }
    @Test
    void newsPhrasingsOfStanceAndPostureFromTheSecondVerbPass() {
        assertThat(events("Germany signalled support for Ukraine.")).containsExactly("DEU>UKR:051");
        assertThat(events("Russia signalled readiness for talks with Ukraine.")).containsExactly("RUS>UKR:036");
        assertThat(events("Israel consented to a truce with Hamas.")).containsExactly("ISR>PSEREB:0356", "PSEREB>ISR:0356");
        assertThat(events("Kyiv renewed its call for fighter jets from the West.")).containsExactly("UKRGOV>WST:0232");
        assertThat(events("China took umbrage at the remarks of the US ambassador.")).containsExactly("CHN>USAGOV:110");
        assertThat(events("The EU kept sanctions on Russia in place.")).containsExactly("IGOEUREEC>RUS:1244");
        assertThat(events("The United States maintained its embargo against Cuba.")).containsExactly("USA>CUB:1244");
        assertThat(events("Russia built up forces near Ukraine.")).containsExactly("RUS>UKR:154");
        assertThat(events("Russia moved troops closer to the Ukrainian border.")).containsExactly("RUS>UKR:154");
        assertThat(events("The United States evacuated its embassy staff from Sudan.")).containsExactly("USA>SDN:160");
        assertThat(events("The US Navy intercepted an Iranian arms shipment.")).containsExactly("USAMIL>IRN:1711");
        assertThat(events("Russia menaced Finland.")).containsExactly("RUS>FIN:130");
        assertThat(events("Turkey dropped its objection to Sweden's NATO membership.")).containsExactly("TUR>SWE:080");
        assertThat(events("Turkey lifted its veto on Sweden's NATO bid.")).containsExactly("TUR>SWE:080");
        assertThat(events("Armenia ceded villages to Azerbaijan.")).containsExactly("ARM>AZE:0842");
        // the same words in ordinary prose
        assertThat(events("Residents evacuated their homes.")).isEmpty();
        assertThat(events("The company maintained its forecast.")).isEmpty();
        assertThat(events("The club moved to a new stadium.")).isEmpty();
        assertThat(events("He burned calories.")).isEmpty();
        assertThat(events("The striker dropped to the ground.")).isEmpty();
    }
    @Test
    void newsPhrasingsOfCombatFromTheSecondVerbPass() {
        assertThat(events("Iran conceded that it had shot down the Ukrainian airliner.")).containsExactly("IRN>UKR:015");
        assertThat(events("Iran signalled openness to talks with the United States.")).containsExactly("IRN>USA:036");
        assertThat(events("Ukrainian activists held a vigil outside the Russian embassy in London.")).containsExactly("UKRCVL>RUS:141");
        assertThat(events("China simulated strikes on Taiwan.")).containsExactly("CHN>TWN:150");
        assertThat(events("Russia rehearsed nuclear strikes against NATO.")).containsExactly("RUS>IGOWSTNAT:150");
        assertThat(events("Russia poisoned Ukraine's intelligence chief.")).containsExactly("RUS>UKRSPY:180");
        assertThat(events("Russia opened a new front against Ukraine.")).containsExactly("RUS>UKR:190");
        assertThat(events("Russian forces advanced into Ukraine.")).containsExactly("RUSMIL>UKR:190");
        assertThat(events("Ukraine pushed back Russian forces.")).containsExactly("UKR>RUSMIL:190");
        assertThat(events("Ukraine drove Russian troops out of Kharkiv.")).containsExactly("UKR>RUSMIL:190");
        assertThat(events("Russia knocked out Ukraine's power plants.")).containsExactly("RUS>UKR:190");
        assertThat(events("The Houthis fired a ballistic missile at a US destroyer.")).containsExactly("YEMREB>USAMIL:194");
        assertThat(events("Russian missiles slammed into Kyiv.")).containsExactly("RUSMIL>UKR:194");
        // the same words in ordinary prose
        assertThat(events("The dispute poisoned relations between China and Japan.")).isEmpty();
        assertThat(events("Germany knocked out Spain in the quarter-finals.")).isEmpty();
        assertThat(events("The central bank pushed back its forecast.")).isEmpty();
        assertThat(events("Germany conceded defeat.")).isEmpty();
        assertThat(events("The economy rolled into recession.")).isEmpty();
    }
}
