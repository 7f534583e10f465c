package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.touchstone.core.Event;

class EventCodingTest {
    @Test
    void activeVerbsAndPhrasePatterns() {
        assertThat(events("The Chinese foreign ministry criticized the United States.")).containsExactly("CHNGOV>USA:111");
        assertThat(events("The G7 called on China to release the activists.")).containsExactly("IGOBUSGOS>CHN:0253");
        assertThat(events("The European Union imposed sanctions on Russia.")).containsExactly("IGOEUREEC>RUS:163");
        assertThat(events("Japan accused China of spying.")).containsExactly("JPN>CHN:1125");
        assertThat(events("India held talks with Pakistan.")).containsExactly("IND>PAK:046", "PAK>IND:046");
        assertThat(events("Putin visited Beijing.")).containsExactly("RUSGOV>CHN:042", "CHN>RUSGOV:043");
    }

    @Test
    void passiveVoiceTakesTheByAgentAsSource() {
        assertThat(events("Russia was criticized by Germany.")).containsExactly("DEU>RUS:111");
        assertThat(events("Forty Russian diplomats were expelled.")).isEmpty();
    }

    @Test
    void whatTheSubjectReceivesFromSomeoneWasGivenByThem() {
        assertThat(events("Syria received humanitarian aid from the United Arab Emirates, Algeria and Iraq."))
                .containsExactly("ARE>SYR:073", "DZA>SYR:073", "IRQ>SYR:073");
        assertThat(events("Kenya received a delegation from Ethiopia.")).containsExactly("ETH>KEN:042", "KEN>ETH:043");
        assertThat(events("The ministry said it received the letter on Monday.")).isEmpty();
    }

    @Test
    void aClauseOpenedBySinceIsTheTimeFrameNotTheNews() {
        assertThat(events("Since Russia invaded Ukraine, Finland has joined NATO.")).containsExactly("IGOWSTNAT>FIN:050");
        assertThat(events("Relations have been frozen since Russia invaded Ukraine and annexed Crimea.")).isEmpty();
        assertThat(events("Since 2014 Russia has occupied Crimea.")).containsExactly("RUS>UKR:192");
    }

    @Test
    void aVisitRightAfterTheSpeakersWordsIsTheSpeakers() {
        // "X will do Y, Z said during a visit to W": the one visiting is the speaker, not the first clause's subject
        assertThat(events("Russia is losing the war, Blinken said during a visit to Kyiv."))
                .contains("USAGOV>UKR:042", "UKR>USAGOV:043").doesNotContain("RUS>UKR:042");
        assertThat(events("Japan will provide Ukraine with drones, Kishida told reporters during a trip to Kyiv."))
                .contains("JPNGOV>UKR:042", "UKR>JPNGOV:043").doesNotContain("JPN>UKR:042");
    }

    @Test
    void aRoleAfterTheLastOwnerOfAListIsEachOwnersRole() {
        // "China and Russia's bombers": both air forces, not China the state and Russia's air force
        assertThat(events("China and Russia's bombers conducted a joint patrol over the Sea of Japan."))
                .containsExactly("CHNMIL>RUSMIL:062", "RUSMIL>CHNMIL:062");
        assertThat(events("The United States and Britain's navies struck Houthi targets in Yemen."))
                .containsExactly("USAMIL>YEMREB:194", "GBRMIL>YEMREB:194");
        // a group's own code is no role the words give, and a list without the possessive keeps bare states
        assertThat(events("Israel and Hamas's negotiators resumed talks in Doha.")).contains("ISR>PSEREB:046");
        // a body the last owner names as its own ("the Taliban administration") is that owner's alone
        assertThat(events("Turkmenistan and Afghanistan's Taliban administration agreed to speed up construction of the pipeline.",
                LocalDate.of(2023, 3, 15))).isNotEmpty().noneMatch(e -> e.contains("TKMGOV"));
        assertThat(events("China and Russia conducted a joint patrol over the Sea of Japan."))
                .containsExactly("CHN>RUS:062", "RUS>CHN:062");
    }

    @Test
    void aConditionIsNoAct() {
        assertThat(events("Russia would use nuclear weapons if Ukraine attacked Crimea, Medvedev warned."))
                .containsExactly("RUS>UKR:1385");
        assertThat(events("Lavrov said that if Washington wanted to end the fighting it should stop arming Kyiv."))
                .doesNotContain("USAGOV>UKR:087");
    }

    @Test
    void aNominalEventIsCodedAsSubjectNotAsTheTopicOfAPreposition() {
        assertThat(events("Russia's invasion of Ukraine has killed thousands of civilians.")).containsExactly("RUS>UKR:190");
        assertThat(events("The talks focused on Russia's invasion of Ukraine.")).isEmpty();
        assertThat(events("Oil prices rose on fears of an Israeli strike on Iran.")).isEmpty();
    }

    @Test
    void aPlannedMeetingOfTwoIsTheIntentOfEach() {
        assertThat(events("Biden and Xi will meet in San Francisco next week, the White House said."))
                .containsExactlyInAnyOrder("USAGOV>CHNGOV:036", "CHNGOV>USAGOV:036");
    }

    @Test
    void theMeetingPlaceDecidesVisitOrThirdPlace() {
        // R13: in one party's country a visit, elsewhere or at an organization's summit a meeting abroad
        assertThat(events("Modi and Putin met in Moscow on Monday.", LocalDate.of(2024, 7, 8)))
                .containsExactlyInAnyOrder("INDGOV>RUSGOV:042", "RUSGOV>INDGOV:043");
        assertThat(events("Macron and Erdogan met on the sidelines of the NATO summit in Vilnius.", LocalDate.of(2023, 7, 11)))
                .containsExactlyInAnyOrder("FRAGOV>TURGOV:044", "TURGOV>FRAGOV:044");
        assertThat(events("Modi flew to the BRICS summit in Kazan, where he met Xi Jinping.", LocalDate.of(2024, 10, 22)))
                .containsExactlyInAnyOrder("INDGOV>RUS:042", "RUS>INDGOV:043", "INDGOV>CHNGOV:044", "CHNGOV>INDGOV:044");
        assertThat(events("The EU and China held a summit in Beijing, their first in four years.", LocalDate.of(2023, 12, 7)))
                .containsExactlyInAnyOrder("IGOEUREEC>CHN:042", "CHN>IGOEUREEC:043");
        assertThat(events("Turkey's foreign minister travelled to Damascus for talks with Assad.", LocalDate.of(2023, 4, 25)))
                .containsExactlyInAnyOrder("TURGOV>SYRGOV:046", "SYRGOV>TURGOV:046");
        assertThat(events("Armenian and Azerbaijani diplomats met in Washington for peace talks.", LocalDate.of(2023, 5, 1)))
                .containsExactlyInAnyOrder("ARMGOV>AZEGOV:046", "AZEGOV>ARMGOV:046");
    }

    @Test
    void aCountryNamedInsideALabelForTheActIsNoTarget() {
        // "calling it ..." labels the act condemned; the country in the label is not whom the condemnation is aimed at
        assertThat(events("Spain condemned the raid, calling it an assault against Moroccan sovereignty.")).isEmpty();
        // the doer named before the label stays the target
        assertThat(events("Russia condemned the sanctions imposed by the European Union, calling them illegal."))
                .containsExactly("RUS>IGOEUREEC:111");
    }

    @Test
    void killingANamedLeaderIsAnAssassinationWhateverTheWeapon() {
        // R16; and an agentless passive whose deed is "in" an attack takes the attack's owner as source
        assertThat(events("A US drone strike near Baghdad airport killed Qassem Soleimani.", LocalDate.of(2020, 1, 3)))
                .containsExactly("USAMIL>IRNMIL:186");
        assertThat(events("Hassan Nasrallah was killed in an Israeli airstrike in Beirut.", LocalDate.of(2024, 9, 27)))
                .containsExactly("ISRMIL>LBNUAF:186");
        assertThat(events("Three Ukrainian soldiers were killed in a Russian artillery attack.", LocalDate.of(2023, 5, 1)))
                .containsExactly("RUSMIL>UKRMIL:194");
        assertThat(events("Ten Russian soldiers were killed near Bakhmut.", LocalDate.of(2023, 5, 1))).isEmpty();
    }

    @Test
    void aRelativeClauseBetweenSubjectAndVerbIsSkipped() {
        assertThat(events("Germany, which holds the rotating presidency, condemned Russia on Tuesday."))
                .containsExactly("DEU>RUS:111");
        assertThat(events("The Kremlin, which has denied any involvement, accused Ukraine of staging the attack."))
                .containsExactly("RUSGOV>UKR:112");
    }

    @Test
    void itsPluralNounBeforeAVerbIsTheSubjectNotANounPhrase() {
        // "its jets struck" is subject and verb; "its first strike" stays a noun phrase
        assertThat(events("Israel said its jets struck Hezbollah targets in southern Lebanon.", LocalDate.of(2024, 8, 25)))
                .containsExactly("ISRMIL>LBNUAF:195");
        assertThat(events("Russia said its forces struck Ukrainian positions.", LocalDate.of(2024, 8, 25)))
                .containsExactly("RUSMIL>UKRMIL:194");
    }

    @Test
    void passivesWithAQuantifiedAgentOrAThingAsSubject() {
        assertThat(events("Ukraine was attacked overnight by more than 40 Russian drones.")).containsExactly("RUSMIL>UKR:190");
        assertThat(events("Sanctions were imposed on Iran by the European Union on Monday.")).containsExactly("IGOEUREEC>IRN:163");
    }

    @Test
    void aPluralRoleOfACountryExtendsToTheCountriesCoordinatedAfterIt() {
        assertThat(events("The defence ministers of Japan and Australia signed a pact.", LocalDate.of(2023, 6, 1)))
                .containsExactlyInAnyOrder("JPNGOVMIL>AUSGOVMIL:057", "AUSGOVMIL>JPNGOVMIL:057");
    }

    @Test
    void sharedRolesOfSeveralWordsAndTheParticipantsOfAnAnnexation() {
        assertThat(events("Turkish and Syrian defence ministers met in Moscow.", LocalDate.of(2022, 12, 28)))
                .containsExactlyInAnyOrder("TURGOVMIL>SYRGOVMIL:044", "SYRGOVMIL>TURGOVMIL:044");
        assertThat(events("Germany pledged aid to Morocco during a phone call between the German and Moroccan foreign ministers.",
                LocalDate.of(2023, 9, 10))).contains("DEUGOV>MARGOV:041", "MARGOV>DEUGOV:041");
        assertThat(events("Moscow's annexation of four Ukrainian regions was condemned by the UN General Assembly."))
                .contains("IGOUNO>RUSGOV:111");
    }

    @Test
    void inspectorsArrivingInspectAndAnAppositionDescribesARecord() {
        // R19: inspectors' arrival is their inspection (090), received by the host (0862)
        assertThat(events("IAEA inspectors arrived in Iran on Monday.", LocalDate.of(2023, 3, 6)))
                .containsExactlyInAnyOrder("IGOUNOIAE>IRN:090", "IRN>IGOUNOIAE:0862");
        assertThat(events("Pelosi arrived in Taipei, the highest-ranking American official to visit Taiwan in 25 years.",
                LocalDate.of(2022, 8, 2))).containsExactlyInAnyOrder("USALEG>TWN:042", "TWN>USALEG:043");
        assertThat(events("Blinken was the first US secretary of state to visit China in five years.", LocalDate.of(2023, 6, 19)))
                .containsExactlyInAnyOrder("USAGOV>CHN:042", "CHN>USAGOV:043");
        // an organization's own summit in a place meets no one there
        assertThat(events("The G7 leaders agreed at their summit in Italy to provide Ukraine with a loan.", LocalDate.of(2024, 6, 14)))
                .doesNotContain("IGOBUSGOS>ITA:044");
    }

    @Test
    void aCaseFiledAgainstAStateIsALawsuit() {
        assertThat(events("South Africa filed a genocide case against Israel at the International Court of Justice."))
                .containsExactly("ZAF>ISR:115");
    }

    @Test
    void rocketsFiredIntoARegionAndTerritorySeizedAtHome() {
        assertThat(events("Hezbollah fired dozens of rockets into northern Israel.")).containsExactly("LBNUAF>ISR:194");
        // territory taken at home is taken from the state, not from its people
        assertThat(events("M23 rebels captured the Congolese city of Goma.", LocalDate.of(2025, 1, 27)))
                .containsExactly("CODREB>COD:192");
        assertThat(events("Sudan's army accused the RSF of attacking civilians in Darfur.", LocalDate.of(2023, 6, 1)))
                .containsExactly("SDNMIL>SDNREB:1123");
    }

    @Test
    void byPhoneIsHowTheyTalkedNotAVerb() {
        // "phone" after "by" is a noun: the call is the talkers', never the topic's or the reporter's
        assertThat(events("Putin and Xi discussed Ukraine by phone, the Kremlin said.", LocalDate.of(2023, 6, 1)))
                .containsExactlyInAnyOrder("RUSGOV>CHNGOV:041", "CHNGOV>RUSGOV:041");
        assertThat(events("Modi and Macron spoke by phone on Friday.", LocalDate.of(2023, 6, 1)))
                .containsExactlyInAnyOrder("INDGOV>FRAGOV:041", "FRAGOV>INDGOV:041");
    }

    @Test
    void aCountryThatLeadsOrOwnsIsTheActorButNotOneThatBacksOrMakes() {
        assertThat(events("A Saudi-led coalition began airstrikes against the Houthis in Yemen.")).containsExactly("SAUMIL>YEMREB:195");
        assertThat(events("Houthi rebels fired a missile at a British-operated oil tanker.")).containsExactly("YEMREB>GBR:194");
        assertThat(events("Russia launched Iranian-made drones at Kyiv.")).containsExactly("RUS>UKR:195");
        assertThat(events("Western leaders blamed Putin for the death of Alexei Navalny.", LocalDate.of(2024, 2, 17)))
                .containsExactly("WST>RUSGOV:112");
    }

    @Test
    void theAllianceAndTheBlocAreTheOrganizationNamedLast() {
        assertThat(events("Finland joined NATO on Tuesday, and Russia warned the alliance of countermeasures."))
                .contains("RUS>IGOWSTNAT:130");
        assertThat(events("Russia criticised the alliance.")).isEmpty();
    }

    @Test
    void whatAnotherMustOrShouldDoIsADemandOrAnAppealWhateverTheAct() {
        // R10, also when no pattern codes the act asked for
        assertThat(events("Azerbaijan's president said Armenia must change its constitution.", LocalDate.of(2024, 1, 10)))
                .containsExactly("AZEGOV>ARM:100");
        assertThat(events("Lavrov said Ukraine should give up its claims.", LocalDate.of(2024, 1, 10)))
                .containsExactly("RUSGOV>UKR:020");
        assertThat(events("Putin said Russia must defend its interests.", LocalDate.of(2024, 1, 10))).isEmpty();
        // R8: "should not expect our support" refuses it
        assertThat(events("Erdogan said Sweden should not expect Turkey's support.", LocalDate.of(2023, 1, 23)))
                .containsExactly("TURGOV>SWE:120");
    }

    @Test
    void whatAPublishedPaperOrPresentedPlanSaysIsItsAuthorsAct() {
        assertThat(events("Brazil presented a peace plan urging Russia and Ukraine to negotiate."))
                .containsExactlyInAnyOrder("BRA>RUS:026", "BRA>UKR:026");
        assertThat(events("Critics of the plan urging Russia to stop said it was weak.")).isEmpty();
    }

    @Test
    void forcesCrossingIntoAStateAttackItRefugeesDoNot() {
        assertThat(events("Russian troops crossed into Ukraine from the north.", LocalDate.of(2022, 2, 24)))
                .containsExactly("RUSMIL>UKR:190");
        assertThat(events("Thousands of refugees crossed into Poland.", LocalDate.of(2022, 3, 1))).isEmpty();
        // forces entering a city take it (192); inspectors entering do not
        assertThat(events("Russian troops entered Kherson.", LocalDate.of(2022, 3, 1))).containsExactly("RUSMIL>UKR:192");
        assertThat(events("IAEA inspectors entered the plant.", LocalDate.of(2022, 9, 1))).isEmpty();
    }

    @Test
    void whatSomeoneIsAskedToStopDoingIsNotAsserted() {
        assertThat(events("China urged the United States to stop arming Taiwan.")).containsExactly("CHN>USA:0256");
        assertThat(events("China demanded that the United States stop selling weapons to Taiwan."))
                .containsExactly("CHN>USA:1056");
    }

    @Test
    void participlesAndNounsThatLookLikeVerbs() {
        assertThat(events("There were 10 Russian soldiers killed in Ukraine today.")).isEmpty();
        assertThat(events("Russian soldiers killed 10 Ukrainian civilians on Tuesday.")).containsExactly("RUSMIL>UKRCVL:180");
        assertThat(events("Two Estonian diplomats expelled by Russia left Moscow on Friday.")).containsExactly("RUS>ESTGOV:161");
        assertThat(events("The State Department advised against travel to Tunisia.")).isEmpty();
        assertThat(events("Israel released the mayor of Nablus.")).containsExactly("ISR>PSEGOV:0841");
    }

    @Test
    void crowdsProtestWhereTheSentencePlacesThem() {
        assertThat(events("Thousands of protesters rallied in Tbilisi against the government's foreign agents bill."))
                .containsExactly("GEOCVL>GEOGOV:141");
        assertThat(events("Hundreds of people protested outside the US embassy in Baghdad.")).containsExactly("IRQCVL>USA:141");
        assertThat(events("Japan protested to China over the detention.")).containsExactly("JPN>CHN:114");
        assertThat(events("Unknown gunmen attacked a police station in Kabul.")).isEmpty();
        // against a bill: a demonstration for a change of policy (1412, ForceAndProtestTargetsTest)
        assertThat(events("Nearly two million protesters marched in Hong Kong against a bill.")).containsExactly("HKGCVL>HKGGOV:1412");
        // S32-1: the crowd's protest told in a participle stands beside the arrest
        assertThat(events("Venezuelan police arrested hundreds of people protesting against the official result."))
                .containsExactlyInAnyOrder("VENCOP>VENCVL:173", "VENCVL>VENGOV:141");
    }

    @Test
    void aSpeechActWithoutATargetIsAimedAtWhomItsWordsAreAbout() {
        assertThat(events("Iran's armed forces acknowledged that their air defences had shot down a Ukrainian airliner."))
                .containsExactly("IRNMIL>UKR:015");
        assertThat(events("Ethiopia expelled seven UN officials, accusing them of meddling in its affairs."))
                .containsExactly("ETH>IGOUNO:1663");
    }

    @Test
    void aSecondSpeechActSharesTheFirstOnesTarget() {
        assertThat(events("China demanded that Canada release the executive and warned of consequences."))
                .containsExactly("CHN>CAN:1053", "CHN>CAN:130");
    }

    @Test
    void subjectsTheSentenceDoesNotName() {
        assertThat(events("Egypt rejected the plan, telling Blinken it would threaten Egypt's security.")).doesNotContain("USAGOV>EGY:130");
        assertThat(events("Moscow said on Monday it would not extradite the suspect to Ukraine.")).containsExactly("RUSGOV>UKR:1243");
        assertThat(events("The Turkish parliament has yet to ratify the protocol with Sweden.")).isEmpty();
        assertThat(events("Indian warplanes struck what New Delhi described as a militant camp in Pakistan."))
                .doesNotContain("INDMIL>INDGOV:195", "INDMIL>INDCVL:195");
    }

    @Test
    void oneAttackDescribedTwiceIsOneEvent() {
        assertThat(events("Iran launched drones and missiles at Israel overnight in its first direct attack on Israeli territory."))
                .containsExactly("IRN>ISR:195");
    }

    @Test
    void coordinatedActorsActOnEachOtherOnlyInMutualActs() {
        assertThat(events("China and Russia signed an agreement.")).containsExactly("CHN>RUS:057", "RUS>CHN:057");
        assertThat(events("India, Saudi Arabia and South Africa declined to sign it.")).isEmpty();
        // S33-15: the diplomats sent away are each side's government
        assertThat(events("Canada and India expelled each other's top diplomats.")).containsExactly("CAN>INDGOV:161", "IND>CANGOV:161");
    }

    @Test
    void aDealBrokeredBySomeoneIsTheirMediationBetweenItsParties() {
        assertThat(events("Israel and Hamas agreed to a truce in a deal brokered by Qatar and Egypt."))
                .contains("QAT>ISR:045", "QAT>PSEREB:045", "EGY>ISR:045", "EGY>PSEREB:045");
    }

    @Test
    void fightingBetweenTwoPartiesWhereverTheBetweenStands() {
        assertThat(events("Fighting erupted in Khartoum between Sudan's army and the Rapid Support Forces."))
                .containsExactly("SDNMIL>SDNREB:190", "SDNREB>SDNMIL:190");
        assertThat(events("Heavy fighting broke out between Azerbaijani and Armenian forces."))
                .containsExactly("AZEMIL>ARMMIL:190", "ARMMIL>AZEMIL:190");
    }

    @Test
    void forceOnOnesOwnPeopleIsRepressionAndLeadersClashInWords() {
        assertThat(events("Iranian security forces fired on protesters in several cities.")).containsExactly("IRNCOP>IRNCVL:175");
        // not their own people: no repression; the shooting states its weapon (R17 small arms)
        assertThat(events("Israeli troops shot dead dozens of Palestinians.")).containsExactly("ISRMIL>PSECVL:193");
        assertThat(events("Trump and Zelensky clashed in a heated exchange in the Oval Office."))
                .containsExactly("USAOPP>UKRGOV:111", "UKRGOV>USAOPP:111");
        assertThat(events("Azerbaijani and Armenian forces clashed along the border."))
                .containsExactly("AZEMIL>ARMMIL:190", "ARMMIL>AZEMIL:190");
    }

    @Test
    void listsWithAnUnnamedRestAndSanctionsOnTargetsInAPlace() {
        assertThat(events("The United States, Germany, France and more than a dozen other countries expelled Russian diplomats."))
                .containsExactly("USA>RUSGOV:161", "DEU>RUSGOV:161", "FRA>RUSGOV:161");
        assertThat(events("Washington imposed sanctions on more than 500 targets in Russia.")).containsExactly("USAGOV>RUS:163");
        assertThat(events("The Treasury Department sanctioned Chinese, Russian and Guatemalan officials."))
                .containsExactly("USAGOV>CHNGOV:163", "USAGOV>RUSGOV:163", "USAGOV>GTMGOV:163");
    }

    @Test
    void aPlaceIsWhereTheyMetWhereTheyWentOrWhatWasStruckNeverAParty() {
        // a meeting in a third state's city is a meeting abroad; in one party's own city the other visits
        assertThat(events("Macron and Lula signed a deal at their meeting in Bali."))
                .contains("FRAGOV>BRAGOV:044", "BRAGOV>FRAGOV:044").noneMatch(e -> e.contains("IDN"));
        assertThat(events("Putin and Erdogan signed a deal at their meeting in Sochi."))
                .contains("RUSGOV>TURGOV:043", "TURGOV>RUSGOV:042");
        assertThat(events("Blinken arrived in Jeddah for talks.")).containsExactly("USAGOV>SAU:042", "SAU>USAGOV:043");
        assertThat(events("Israeli jets struck Dahiyeh.")).containsExactly("ISRMIL>LBN:195");
    }

    @Test
    void theOwnPeopleOfAPlace() {
        assertThat(events("A US soldier was detained by police in Vladivostok.")).containsExactly("RUSCOP>USAMIL:173");
        assertThat(events("Police in Moscow detained a US citizen.")).containsExactly("RUSCOP>USACVL:173");
    }

    @Test
    void coordinationGivesAnEventPerActor() {
        assertThat(events("China and Russia signed an agreement.")).containsExactly("CHN>RUS:057", "RUS>CHN:057");
        assertThat(events("Germany and France condemned Russia.")).containsExactly("DEU>RUS:111", "FRA>RUS:111");
    }

    @Test
    void nominalForms() {
        assertThat(events("Putin's visit to Beijing was criticized by Japan.")).contains("RUSGOV>CHN:042", "JPN>RUSGOV:111");
    }

    @Test
    void negationRefusalDenialAndIntent() {
        assertThat(events("Germany did not criticize Russia.")).isEmpty();
        assertThat(events("Ukraine refused to sign the agreement with Russia.")).containsExactly("UKR>RUS:127");
        assertThat(events("Russia denied attacking Ukraine.")).containsExactly("RUS>UKR:016");
        assertThat(events("China will visit Russia.")).containsExactly("CHN>RUS:036");
        assertThat(events("Iran threatened to attack Israel.")).containsExactly("IRN>ISR:1384");
        assertThat(events("Japan plans to send weapons to Ukraine.")).containsExactly("JPN>UKR:0332");
    }

    @Test
    void eventsCarryIdsDatesAndProvenance() {
        CodedDocument d = CoderTestSupport.code("Talks began. On Tuesday Germany condemned Russia.", LocalDate.of(2022, 3, 10));
        Event e = d.events().get(0);
        assertThat(e.eventId()).isEqualTo("t/1/0");
        assertThat(e.dataset()).isEqualTo("touchstone");
        assertThat(e.date()).isEqualTo(LocalDate.of(2022, 3, 8));
        assertThat(e.goldstein()).isNotNull();
        assertThat(e.provenance().sentenceIndex()).isEqualTo(1);
        String text = "Talks began. On Tuesday Germany condemned Russia.";
        assertThat(text.substring(e.provenance().spanStart(), e.provenance().spanEnd())).isEqualTo("Germany condemned Russia");
        assertThat(e.provenance().dictionaryEntries()).contains("actors:countries.txt:DEU Germany")
                .anyMatch(x -> x.startsWith("verbs:verbs.txt:") && x.contains("criticize"));
        assertThat(e.source().country()).isEqualTo("DEU");
    }

    @Test
    void quoteMarksAndAdverbsAfterAModalStayInItsVerbGroup() {
        assertThat(events("Russia said it would 'totally destroy' Ukraine's army.")).containsExactly("RUS>UKRMIL:138");
        assertThat(events("China said it would 'firmly' impose sanctions on Lithuania.")).containsExactly("CHN>LTU:1312");
    }

    @Test
    void forcesPutOnAlertOrMassedAreTheActorsOfTheirPosture() {
        assertThat(events("Ukrainian troops were put on high alert along the border with Belarus.")).containsExactly("UKRMIL>BLR:152");
        assertThat(events("More than 100,000 Russian troops were massed near the border with Ukraine.")).containsExactly("RUSMIL>UKR:154");
        assertThat(events("Ukraine was attacked.")).isEmpty();
        assertThat(events("Ukrainian soldiers were killed near Bakhmut.")).isEmpty();
    }

    @Test
    void aTimeClauseWithWordsOfItsOwnBeforeItsVerbHasItsOwnSubject() {
        assertThat(events("Erdogan criticised NATO before a protester burned a Koran outside the Turkish embassy."))
                .containsExactly("TURGOV>IGOWSTNAT:111");
        assertThat(events("Hungary, after weeks of delay, approved Sweden's membership of NATO.")).containsExactly("HUN>SWE:050");
    }

    @Test
    void theSpeakerOfATrailingAttributionIsNoTargetWhenARoleWordFollowsIt() {
        assertThat(events("Pakistani jets struck Afghanistan, killing ten people, the Taliban government said.", LocalDate.of(2024, 1, 24)))
                .containsExactly("PAKMIL>AFG:195");
    }

    @Test
    void countedPluralsQuotedNounsAndCharacterizationsAreNotActs() {
        assertThat(events("Poland accused Russia of plotting a 'hybrid attack' on the European Union.")).containsExactly("POL>RUS:112");
        assertThat(events("Belarus gave Poland 13 demands, including closing the border with Lithuania.")).isEmpty();
        assertThat(events("The group handed Qatar 13 demands, including closing Al Jazeera and cutting ties with Iran.")).isEmpty();
        assertThat(events("Russia fired 13 missiles at Kyiv.")).containsExactly("RUS>UKR:194");
        assertThat(events("Russia attacks Ukraine.")).containsExactly("RUS>UKR:190");
        assertThat(events("Ukrainian forces repelled a Russian assault near Avdiivka.")).containsExactly("UKRMIL>RUS:190");
    }

    @Test
    void whatATextItsAuthorsAdoptSaysIsTheirAct() {
        assertThat(events("The UN General Assembly adopted a resolution condemning Russia.")).containsExactly("IGOUNO>RUS:111");
        assertThat(events("The United States vetoed a Security Council resolution demanding a ceasefire in Gaza."))
                .containsExactly("USA>IGOUNOSCR:129");
    }

    @Test
    void anAttackThatKilledNamesItsAttackerByItsModifier() {
        assertThat(events("Ukrainian soldiers were killed in a Russian missile attack on Kharkiv.")).containsExactly("RUSMIL>UKRMIL:194");
        assertThat(events("Ukrainian soldiers were killed in an attack.")).isEmpty();
    }

    @Test
    void hostagesTortureAndMassKillingsInAPlaceAreDoneToItsPeople() {
        assertThat(events("Russian forces tortured detainees at several sites in the Kherson region, UN investigators said."))
                .containsExactly("RUSMIL>UKRCVL:1822");
        assertThat(events("Russian troops carried out mass killings in Bucha.")).containsExactly("RUSMIL>UKRCVL:202");
        assertThat(events("Russian missiles struck Kyiv.")).containsExactly("RUSMIL>UKR:194");
    }

    @Test
    void anAdjectiveOfNationalityBeforeANominalIsItsSource() {
        // S7-5: the owner of a strike or shelling named as a noun is the state's military
        assertThat(events("Israeli strikes on Gaza continued.")).containsExactly("ISRMIL>PSE:194");
        assertThat(events("Pakistani shelling of Afghan villages continued.")).containsExactly("PAKMIL>AFG:194");
        assertThat(events("Russian strikes on Kharkiv continued.")).containsExactly("RUSMIL>UKR:194");
        assertThat(events("Russian attacks on Kharkiv continued.")).isNotEmpty().allMatch(e -> e.startsWith("RUS>UKR:"));
        // the strike in which a leader was killed is how he was killed: one act
        assertThat(events("Hamas political leader Ismail Haniyeh was killed in an Israeli strike on his guesthouse in Tehran."))
                .containsExactly("ISRMIL>PSEREB:186");
        assertThat(events("Twenty Indian soldiers were killed in a clash with Chinese troops in Ladakh."))
                .containsExactly("INDMIL>CHNMIL:190", "CHNMIL>INDMIL:190");
    }

    @Test
    void aStateNamedOnlyByTheStrikeThatKilledIsItsMilitary() {
        // S7-5: a strike, raid or shelling owned by a state is its armed forces at work; an "attack" names no force
        assertThat(events("A Hezbollah commander was killed in an Israeli strike in southern Lebanon."))
                .containsExactly("ISRMIL>LBNUAF:186");
        assertThat(events("Two Hamas commanders were killed in Israeli air raids on Gaza.")).containsExactly("ISRMIL>PSEREB:186");
        // the shelling names the weapon (R17): artillery, 194
        assertThat(events("Ukrainian soldiers were killed in Russian shelling of Kharkiv.")).containsExactly("RUSMIL>UKRMIL:194");
        assertThat(events("Ukrainian soldiers were killed in a Russian attack on Kharkiv.")).containsExactly("RUS>UKRMIL:180");
    }

    @Test
    void aStrikeOnAPlaceThatKilledIsAimedAtWhomItKilled() {
        assertThat(events("A US drone strike at Baghdad airport killed Iranian commander Qassem Soleimani."))
                .containsExactly("USAMIL>IRNMIL:186");
        assertThat(events("An Israeli air strike on a building in Beirut killed a senior Hezbollah commander."))
                .containsExactly("ISRMIL>LBNUAF:186");
        // a place struck with no one named killed stays the target
        assertThat(events("A US drone strike at Baghdad airport destroyed two vehicles."))
                .hasSize(1).allMatch(e -> e.startsWith("USAMIL>IRQ:19"));
    }

    @Test
    void aTrailingSpeakerNamedWithTheBodyHeServesIsNoTarget() {
        assertThat(events("Myanmar security forces shot dead at least 38 protesters on Wednesday, the UN special envoy for Myanmar said."))
                .containsExactly("MMRCOP>MMRCVL:175");
        assertThat(events("Russian troops shelled Kharkiv on Sunday, the head of the regional administration of Ukraine said."))
                .noneMatch(e -> e.contains(">UKRGOV"));
        assertThat(events("Iranian police arrested dozens of protesters, the spokesman of the EU foreign service said."))
                .noneMatch(e -> e.contains("IGOEUREEC"));
        assertThat(events("Iranian police shot dead five protesters, a spokesman for the UN human rights office said."))
                .containsExactly("IRNCOP>IRNCVL:175");
        // an actor after "for" that is no speaker's body stays the target
        assertThat(events("Russia imposed sanctions on Estonia, citing support for Ukraine.")).contains("RUS>EST:163");
    }

    @Test
    void whoIsPromptedToReactIsNotTheTargetOfTheAct() {
        assertThat(events("Ecuadorean police arrested a former vice president, prompting Mexico to sever diplomatic relations."))
                .doesNotContain("ECUCOP>MEX:173");
        assertThat(events("Russian troops shelled a village near the border, forcing Finland to close its crossings."))
                .noneMatch(e -> e.startsWith("RUSMIL>FIN:19"));
        assertThat(events("Iran seized an oil tanker in the Gulf, prompting Britain to send a warship."))
                .noneMatch(e -> e.startsWith("IRN>GBR"));
        // the act's own object stays its target
        assertThat(events("Venezuela expelled the Spanish ambassador, prompting Madrid to respond in kind."))
                .contains("VEN>ESPGOV:161");
    }

    @Test
    void aCurfewOrMartialLawInAPlaceIsImposedOnTheCountry() {
        assertThat(events("China imposed martial law in Tibet.")).containsExactly("CHNGOV>CHN:1724");
        assertThat(events("Bangladesh imposed a curfew in Dhaka.")).containsExactly("BGDGOV>BGD:1723");
    }

    @Test
    void whatAnActRespondsToIsBackground() {
        assertThat(events("China expelled two Canadian diplomats in response to Canada's sanctions on Chinese officials."))
                .containsExactly("CHN>CANGOV:161");
    }

    @Test
    void anActOneWouldBeForcedToTakeIsThreatened() {
        // R3b: "would be forced to" keeps the modal of its group, so the act is threatened, not done
        assertThat(events("Russia would be forced to take countermeasures against Finland, the foreign ministry said."))
                .containsExactly("RUS>FIN:1312");
        assertThat(events("Moscow will be compelled to impose sanctions on Finland, Lavrov said.")).contains("RUSGOV>FIN:1312");
        // near misses: done under constraint, with no modal, it stays the deed
        assertThat(events("Russia said it had been forced to expel ten Polish diplomats.")).containsExactly("RUS>POLGOV:161");
        assertThat(events("Thousands of civilians were forced to flee to Poland.")).isEmpty();
    }

    @Test
    void aThreatMadeInResponseIsAimedAtTheDoerOfTheActNamedBefore() {
        // S7-7, S7-8: the clause's subject threatens the one whose act it answers, named earlier in the sentence
        assertThat(events("Peskov said Finland's move to join NATO was a threat to Russia and that Moscow would take "
                + "military-technical steps in response.")).contains("RUSGOV>FIN:138");
        assertThat(events("China said the US arms sale to Taiwan was a provocation and that Beijing would impose sanctions in retaliation."))
                .contains("CHNGOV>USA:1312");
        assertThat(events("Iran said Israel's strike on its consulate would not go unanswered and that Tehran would take "
                + "countermeasures in retaliation.")).contains("IRNGOV>ISR:1312");
        // near misses: the act answered is named after the response, or only the responding side is named
        assertThat(events("Russia said it would take countermeasures in response to the expulsions.")).isEmpty();
        assertThat(events("Russia said Moscow would take countermeasures in response.")).isEmpty();
    }

    @Test
    void anEmbassyStormedOrStruckIsItsStatesPremisesAndWhoStormsItDecidesTheCode() {
        assertThat(events("Protesters stormed the Swedish embassy in Baghdad and set it on fire.")).containsExactly("IRQCVL>SWE:145");
        assertThat(events("Ecuadorean police stormed Mexico's embassy in Quito.")).containsExactly("ECUCOP>MEX:171");
        assertThat(events("Russian missiles struck the Polish consulate in Lviv.")).containsExactly("RUSMIL>POL:194");
        assertThat(events("China summoned the Japanese ambassador.")).containsExactly("CHN>JPNGOV:110");
    }

    @Test
    void aPassiveWhoseSubjectIsTheMeasureTakesThePatternsTarget() {
        assertThat(events("Sanctions were imposed on Iran by the European Union.")).containsExactly("IGOEUREEC>IRN:163");
    }

    @Test
    void forceOnPeopleTheDictionariesDoNotPlaceFallsWhereTheSentencePlacesIt() {
        assertThat(events("India carried out air strikes on militant camps in Pakistan.")).containsExactly("IND>PAK:195");
    }

    @Test
    void aGerundAfterOfIsWhatIsAllegedNotAnAct() {
        assertThat(events("The United States accused China of supplying weapons to Russia.")).containsExactly("USA>CHN:112");
    }

    @Test
    void aNominalsTargetMayBeAPartOfACountryOrFollowInto() {
        assertThat(events("Turkey's invasion of northern Syria continued.")).containsExactly("TUR>SYR:190");
        assertThat(events("Turkey's incursion into Iraq continued.")).containsExactly("TUR>IRQ:190");
        assertThat(events("Israel's bombing of southern Lebanon continued.")).containsExactly("ISR>LBN:194");
    }

    @Test
    void aNominalEventInAResponseAdverbialIsBackgroundPastATitledName() {
        // R7: the visit is why China acted, not a visit this sentence reports
        assertThat(events("China launched drills around Taiwan in response to U.S. House Speaker Nancy Pelosi's visit to Taipei."))
                .noneMatch(e -> e.startsWith("USALEG>"));
        assertThat(events("The order comes two weeks after 20 Indian soldiers were killed in a clash with Chinese troops."))
                .isEmpty();
    }

    @Test
    void aPartOfACountryNamedByItsDirectionKeepsAPatternsJoinToTheCountry() {
        // "into_+" joins the preposition to the actor; a compass adjective stands between them as an article does
        assertThat(events("Qatar airdropped medicine into southern Gaza.")).containsExactly("QAT>PSE:073");
        assertThat(events("Jordan airdropped food into the northern Gaza Strip.")).containsExactly("JOR>PSE:073");
        assertThat(events("Qatar airdropped medicine into the southern desert.")).isEmpty();
    }

    @Test
    void anActorRightBeforeAVerbOfItsOwnOpensANewClause() {
        // "X freed Y and Z released W": Z is the second verb's subject, not a second object of the first
        assertThat(events("Russia freed two Ukrainian soldiers and Ukraine released three Russian servicemen."))
                .containsExactly("RUS>UKRMIL:0841", "UKR>RUSMIL:0841");
        // (the condemnation of the attack is aimed at its doer, R6)
        assertThat(events("Russia attacked Ukraine and Belarus condemned the attack.")).containsExactly("RUS>UKR:190", "BLR>RUS:111");
        // an infinitive or a gerund after the actor is no clause of its own
        assertThat(events("The EU urged Israel and Hamas to agree to a ceasefire."))
                .containsExactly("IGOEUREEC>ISR:0256", "IGOEUREEC>PSEREB:0256");
        assertThat(events("Turkey lifted its objection to Finland and Sweden joining the alliance."))
                .containsExactly("TUR>FIN:080", "TUR>SWE:080");
    }

    @Test
    void anAcronymOrAnAdjectiveInEShareTheRoleNounAfterTheLastAdjective() {
        assertThat(events("U.S. and Japanese troops held joint drills.")).containsExactly("USAMIL>JPNMIL:062", "JPNMIL>USAMIL:062");
        assertThat(events("American and Philippine troops held joint drills."))
                .containsExactly("USAMIL>PHLMIL:062", "PHLMIL>USAMIL:062");
        // a country's name is no adjective: "Ukraine and Philippine troops" are Ukraine and the Philippine troops
        assertThat(events("Ukraine and Philippine troops held joint drills.")).containsExactly("UKR>PHLMIL:062", "PHLMIL>UKR:062");
    }

    @Test
    void giversNamedAfterFromActTowardTheSubjectNotEachOther() {
        assertThat(events("Japan received a delegation from China and South Korea."))
                .containsExactly("CHN>JPN:042", "JPN>CHN:043", "KOR>JPN:042", "JPN>KOR:043");
        assertThat(events("China and Russia signed a deal.")).containsExactly("CHN>RUS:057", "RUS>CHN:057");
    }

    @Test
    void aWeekdayBetweenAGovernorAndItsComplementDoesNotUnlinkThem() {
        // "agreed on Monday to resume talks": intent to negotiate (036), as "agreed to resume talks"
        assertThat(events("Iran agreed on Monday to resume talks with the IAEA.")).containsExactly("IRN>IGOUNOIAE:036");
        // "refused on Tuesday to receive a delegation": a refusal to meet (125), the visit not asserted
        assertThat(events("Niger's junta refused on Tuesday to receive a delegation from ECOWAS and the African Union."))
                .containsExactly("NERMIL>IGOWAFWAS:125", "NERMIL>IGOAFRAFU:125");
    }

    @Test
    void aPersonsMeetingAtAThirdPlaceInATimeAdverbialIsWithTheMainVerbsPartner() {
        // R1, R13: "at their meeting in Bali" is a meeting of the two at a third place (044 both ways)
        assertThat(events("The Indian prime minister criticized the Russian president at their meeting in Bali."))
                .containsExactly("INDGOV>RUSGOV:111", "INDGOV>RUSGOV:044", "RUSGOV>INDGOV:044");
        // in the partner's country it is a visit to the named host (R13); a body meets among its members
        assertThat(events("Modi praised Putin at their meeting in Moscow."))
                .containsExactly("INDGOV>RUSGOV:051", "INDGOV>RUSGOV:042", "RUSGOV>INDGOV:043");
        assertThat(events("The G7 leaders pledged aid to Ukraine at their summit in Italy.")).containsExactly("IGOBUSGOS>UKR:033");
    }

    @Test
    void aParticipleAfterACommaHasTheClausesSubjectNotANominalsObject() {
        // ", urging Israel ...": Egypt urges, not Gaza, the object of the nominal "calls for"
        assertThat(events("Egypt rejected calls for a buffer zone in Gaza, urging Israel to show restraint."))
                .containsExactly("EGY>ISR:0256");
        // and a phone call in that participle's clause is with its addressee
        assertThat(events("Japan rejected calls for new sanctions, telling China in a phone call that talks must continue."))
                .contains("JPN>CHN:041", "CHN>JPN:041");
    }

    @Test
    void aVerbRightAfterAndSharesTheClausesSubjectPastANominalInTheObject() {
        assertThat(events("The EU condemned Russia's invasion of Ukraine and imposed sanctions on Moscow."))
                .containsExactly("IGOEUREEC>RUS:111", "IGOEUREEC>RUSGOV:163");
        assertThat(events("Canada criticized China's detention of two Canadians and recalled its ambassador from Beijing."))
                .containsExactly("CAN>CHN:111", "CAN>CHN:161");
    }

    @Test
    void aKnownPersonOfHisCountryIsOneActor() {
        // "X of India and Y of the United States": the country after "of" is the person's, no conjunct of its own
        assertThat(events("Prime Minister Narendra Modi of India and President Joe Biden of the United States met on Friday."))
                .containsExactly("INDGOV>USAGOV:040", "USAGOV>INDGOV:040");
    }

    @Test
    void hisCountryIsThePersonsCountryNotTheOutletsHeSpokeTo() {
        assertThat(events("Erdogan told CNN that his country would buy jets from Russia.")).containsExactly("TUR>RUS:0312");
    }

    @Test
    void theTitleAPersonGivesHimselfIsNoOtherPersonForALaterHim() {
        // "him" is the man who declared himself president, not the president's office he named
        assertThat(events("Juan Guaido named himself Venezuela's acting president in Caracas, and later Canada recognised him.",
                LocalDate.of(2019, 1, 24))).containsExactly("CAN>VENOPP:054");
    }

    @Test
    void hisGovernmentIsTheGovernmentOfTheLastPersonNamed() {
        assertThat(events("Kenya's new president took office on Tuesday, and Beijing said it was ready to work with his government."))
                .containsExactly("CHNGOV>KENGOV:031");
    }

    @Test
    void peopleHoldTheOfficesOfTheDayTheSentenceSpeaksOf() {
        // a report of Friday 22 January 2021 on what Trump did on Wednesday, his last day in office
        assertThat(events("Donald Trump accused China of stealing American jobs on Wednesday.", LocalDate.of(2021, 1, 22)))
                .containsExactly("USAGOV>CHN:112");
        assertThat(events("Donald Trump accused China of stealing American jobs.", LocalDate.of(2021, 1, 22)))
                .containsExactly("USAOPP>CHN:112");
    }

    @Test
    void aNamedServiceOfTheArmedForcesIsTheMilitary() {
        assertThat(events("British Royal Marines seized an Iranian oil tanker off Gibraltar.", LocalDate.of(2019, 7, 4)))
                .containsExactly("GBRMIL>IRN:1711");
    }

    @Test
    void peopleFiredOnAreTheTargetNotThePlaceTheyWereMarchingOn() {
        // S32-1: the march on parliament is the crowd's protest at it
        assertThat(events("Kenyan police fired tear gas at demonstrators marching on parliament in Nairobi on Tuesday.",
                LocalDate.of(2024, 6, 26))).containsExactlyInAnyOrder("KENCOP>KENCVL:175", "KENCVL>KENLEG:141");
    }

    @Test
    void aNominalRestatingAnActBetweenTheSameStatesIsTheSameAct() {
        assertThat(events("Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in New Delhi on Monday, "
                + "the first Japanese visit to India this year.", LocalDate.of(2023, 3, 20)))
                .containsExactly("JPNGOV>INDGOV:042", "INDGOV>JPNGOV:043");
    }

    @Test
    void aStateDoesNotMeetOrAgreeWithItsOwnGovernment() {
        assertThat(events("Iran and six world powers reached a framework agreement in Lausanne to limit Tehran's nuclear work.",
                LocalDate.of(2015, 4, 2))).doesNotContain("IRN>IRNGOV:057", "IRNGOV>IRN:057");
    }

    @Test
    void aCapitalisedMayInsideTheSentenceIsANameNotTheModal() {
        LocalDate d = LocalDate.of(2018, 11, 5);
        assertThat(events("British Prime Minister Theresa May arrived in New Delhi on Sunday.", d))
                .containsExactly("GBRGOV>IND:042", "IND>GBRGOV:043");
        assertThat(events("Theresa May expelled 23 Russian diplomats.", d)).containsExactly("GBRGOV>RUSGOV:161");
        // the modal still makes the act a possibility, not a deed
        assertThat(events("Britain may expel Russian diplomats.", d)).doesNotContain("GBR>RUSGOV:161");
    }

    @Test
    void makersOfAProductNamedByNationalityAreThatCountrysBusiness() {
        assertThat(events("The EU opened an investigation into Chinese electric car makers.")).containsExactly("IGOEUREEC>CHNBUS:090");
        assertThat(events("The US imposed tariffs on Chinese EV makers.")).containsExactly("USA>CHNBUS:163");
        assertThat(events("Washington imposed sanctions on Russian defence companies.")).containsExactly("USAGOV>RUSBUS:163");
    }

    @Test
    void pakistansRangersAreItsMilitaryAndSyriasKurdishLedForcesItsRebels() {
        assertThat(events("Former Pakistani prime minister Imran Khan was arrested by paramilitary Rangers.")).containsExactly("PAKMIL>PAKOPP:173");
        assertThat(events("Pakistan Rangers arrested three opposition activists in Karachi.")).containsExactly("PAKMIL>PAKOPP:173");
        assertThat(events("Turkish jets struck Kurdish-led forces in northern Syria.")).containsExactly("TURMIL>SYRREB:195");
        // a sports team of that name is no actor
        assertThat(events("The Texas Rangers beat the Yankees.")).isEmpty();
    }

    @Test
    void aVisitorWelcomedByAHostOnArrivalIsHosted() {
        // welcomed by a host "on arrival": the by-agent hosts the subject (not praise, 051)
        assertThat(events("Erdogan was welcomed by Saudi Crown Prince Mohammed bin Salman upon arrival."))
                .containsExactly("SAUGOV>TURGOV:043", "TURGOV>SAUGOV:042");
        assertThat(events("Macron was welcomed by Chinese President Xi Jinping on arrival."))
                .containsExactly("CHNGOV>FRAGOV:043", "FRAGOV>CHNGOV:042");
        // a decision welcomed is no visit
        assertThat(events("The ceasefire was welcomed by Egypt in Cairo.")).isEmpty();
    }

    @Test
    void aDiplomaticNoteThatDemandsIsADemand() {
        assertThat(events("Poland sent a diplomatic note to Germany on Monday demanding reparations.")).containsExactly("POL>DEU:1031");
        assertThat(events("Poland sent a diplomatic note to Germany.")).isEmpty();
    }
    @Test
    void aPluralRoleOfACountryWithAnArticleExtendsToTheCountriesAfterIt() {
        assertThat(events("The navies of India, Australia and the United States began joint exercises in the Bay of Bengal."))
                .contains("INDMIL>AUSMIL:062", "AUSMIL>USAMIL:062", "USAMIL>INDMIL:062");
        assertThat(events("The coast guards of the Philippines and Vietnam held their first joint drill on Monday."))
                .contains("PHLCOP>VNMCOP:062", "VNMCOP>PHLCOP:062");
    }

    @Test
    void anOrganizationsGatheringAsTheOccasionOfAnActIsNotItsTarget() {
        // where the act was done, not whom: the criticism is of the state named
        assertThat(events("Japan criticised China at an emergency ASEAN meeting in Jakarta on Friday."))
                .containsExactly("JPN>CHN:111");
        assertThat(events("Blinken criticised China during the G20 summit in Bali.")).containsExactly("USAGOV>CHN:111");
        // a body addressed is the target of an appeal to it
        assertThat(events("Zelensky urged the UN General Assembly to condemn the annexation.")).isNotEmpty()
                .allMatch(e -> e.contains(">IGOUNO"));
    }
    @Test
    void aDemandsThatClauseIsFoundAfterACircumstanceOfTheDemand() {
        // "at the meeting on Sunday" stands between the verb and its "that": the pattern still reads what is demanded
        assertThat(events("Kenya demanded at an emergency African Union summit on Friday that Ethiopia withdraw its troops."))
                .containsExactly("KEN>ETH:1056");
        assertThat(events("The Dutch parliament demanded in a motion on Tuesday that Iran free the jailed aid worker."))
                .contains("NLDLEG>IRN:1053");
        // the same circumstance before another verb's "that" is no demand
        assertThat(events("Kenya said at an emergency African Union summit on Friday that Ethiopia had withdrawn its troops."))
                .noneMatch(e -> e.startsWith("KEN>ETH:10"));
    }
    @Test
    void aCountrysOwnGroupNamedInThePossessiveIsTheGroup() {
        assertThat(events("Two Swiss aid workers were kidnapped by Nigeria's Boko Haram on Tuesday.")).containsExactly("NGAREB>CHECVL:181");
        assertThat(events("Lebanon's Hezbollah fired rockets at Israel.")).containsExactly("LBNUAF>ISR:194");
        // a group of another country keeps the country as its own actor
        assertThat(events("Syria's army attacked Hezbollah fighters.")).noneMatch(e -> e.startsWith("LBNUAF>"));
    }

    @Test
    void peopleNamedByNationalityAndOccupationAreCivilians() {
        assertThat(events("A Chinese court sentenced Swedish bookseller Gui Minhai to ten years in prison."))
                .containsExactly("CHNJUD>SWECVL:116");
        assertThat(events("Gunmen in Nigeria kidnapped three Chinese engineers on Sunday.")).allMatch(e -> e.endsWith("CHNCVL:181"));
    }
    @Test
    void whatIsDemandedInAThatClauseIsNotAsserted() {
        assertThat(events("The European Union demanded that Serbia recognise Kosovo.")).containsExactly("IGOEUREEC>SRB:100");
        assertThat(events("Poland demanded that Germany pay reparations and return looted art.")).noneMatch(e -> e.startsWith("DEU>"));
        // the demander's own next act is asserted, and so is a new clause
        assertThat(events("China demanded that Canada free the executive and warned of consequences.")).contains("CHN>CAN:130");
        assertThat(events("Kenya demanded that Ethiopia withdraw its troops, and Ethiopia recalled its ambassador from Kenya."))
                .contains("ETH>KEN:161");
    }
}
