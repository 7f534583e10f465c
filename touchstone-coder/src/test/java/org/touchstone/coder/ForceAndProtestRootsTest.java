package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import org.junit.jupiter.api.Test;

/**
 * The roots of protest, force posture, coercion, assault, fighting and mass violence (14, 15, 17-20): constructions of
 * news English they need, each checked on constructed sentences (never gold or tuning sentences), with the same words
 * in uses that code nothing or something else.
 */
class ForceAndProtestRootsTest {
    @Test
    void whatSomeoneSaidWasTheObjectIsTheObjectAfterTheLabel() {
        // the labeller is no target, and the place after the label is still near enough to be one
        assertThat(events("Israeli jets struck what the army said was a weapons depot in Syria.")).containsExactly("ISRMIL>SYR:195");
        assertThat(events("Turkey launched air strikes on what it called militant hideouts in Iraq.")).containsExactly("TUR>IRQ:195");
        assertThat(events("Russia struck what Kyiv described as an energy facility in Ukraine.")).containsExactly("RUS>UKR:194");
        assertThat(events("Israel struck Hezbollah positions in Lebanon.")).containsExactly("ISR>LBNUAF:194");
    }

    @Test
    void forceInAPlaceAgainstANamedSideIsAimedAtThatSide() {
        // the place says where; "against" right after it names whom the force is aimed at
        assertThat(events("Israel launched air strikes in Gaza against Hamas fighters.")).containsExactly("ISR>PSEREB:190");
        assertThat(events("Turkish troops launched an assault in northern Iraq against PKK militants.")).containsExactly("TURMIL>TURREB:190");
        // "against" naming no actor leaves the place
        assertThat(events("Israeli jets struck targets in Lebanon against the advice of the United States.")).containsExactly("ISRMIL>LBN:195");
    }

    @Test
    void killingAHundredPeopleOrMoreIsAMassKilling() {
        // manual 202: mass killings of non-combatants; a count of twenty or more (or "dozens of") non-combatants makes it one
        // (the studied gold's convention, session 18); soldiers killed are fighting (190)
        assertThat(events("Boko Haram fighters killed more than 150 villagers in Nigeria.")).containsExactly("NGAREB>NGACVL:202");
        assertThat(events("Boko Haram fighters killed between 1,200 and 1,500 people in Nigeria.")).containsExactly("NGAREB>NGACVL:202");
        assertThat(events("Boko Haram fighters killed dozens of villagers in Nigeria.")).containsExactly("NGAREB>NGACVL:202");
        // soldiers are combatants; police killing protesters at home is repression (175)
        assertThat(events("Russian troops killed 150 Ukrainian soldiers.")).containsExactly("RUSMIL>UKRMIL:190");
        assertThat(events("Serbian police killed more than 100 protesters.")).containsExactly("SRBCOP>SRBCVL:175");
    }

    @Test
    void massViolenceInATownOfANamedCountryIsDoneToItsPeople() {
        assertThat(events("Sudanese rebels killed hundreds of civilians in the Chadian town of Adre."))
                .containsExactly("SDNREB>TCDCVL:202");
        assertThat(events("Turkish President Erdogan arrived in the Iraqi capital on Monday.")).containsExactly("TURGOV>IRQ:042", "IRQ>TURGOV:043");
    }

    @Test
    void aCrowdsProtestThatNamesNoOneElseIsAgainstItsOwnGovernment() {
        assertThat(events("Jailed Belarusian dissident Ales Bialiatski went on hunger strike.")).containsExactly("BLROPP>BLRGOV:142");
        assertThat(events("Chilean protesters set fire to buses on Friday.")).containsExactly("CHLCVL>CHLGOV:145");
        // a crowd calling on its own rulers demonstrates; calling on a foreign state is an appeal
        assertThat(events("Thai protesters called for the prime minister to resign.")).containsExactly("THACVL>THAGOV:140");
        assertThat(events("Thai protesters called on Japan to help.")).containsExactly("THACVL>JPN:023");
        // session 32: lawmakers' call for a leader to resign is the appeal for his departure (0241), as "called for
        // his resignation" and "urged him to step down" are
        assertThat(events("Thai lawmakers called for the prime minister to resign.")).containsExactly("THALEG>THAGOV:0241");
    }

    @Test
    void aProtestForOneCauseAndAgainstAnActorIsAimedAtThatActor() {
        assertThat(events("Tens of thousands of people rallied in Jakarta on Sunday in support of the Palestinians and "
                + "against Israel.")).containsExactly("IDNCVL>ISR:141");
        assertThat(events("Thousands of Moroccans rallied in Rabat in support of the Palestinians and against the United States."))
                .containsExactly("MARCVL>USA:141");
        // a protest only in support of someone keeps them
        assertThat(events("Thousands of Moroccans rallied in Rabat in support of the Palestinians.")).containsExactly("MARCVL>PSECVL:141");
    }

    @Test
    void emergencyRuleDeclaredNowhereInParticularIsImposedOnTheCountry() {
        assertThat(events("The Thai government declared martial law.")).containsExactly("THAGOV>THA:1724");
        assertThat(events("Peru's president declared a state of emergency on Monday.")).containsExactly("PERGOV>PER:1724");
        // in a place of its own it is imposed on the country all the same (the gold set: "in Port Moresby" -> PNG)
        assertThat(events("Sri Lanka's government imposed a curfew in Colombo.")).containsExactly("LKAGOV>LKA:1723");
    }

    @Test
    void protestsStrikesAndBlockadesOfCrowds() {
        assertThat(events("Thousands of Serbians rallied in Belgrade on Saturday.")).containsExactly("SRBCVL>SRBGOV:141");
        assertThat(events("Tens of thousands of people marched through Budapest on Sunday.")).containsExactly("HUNCVL>HUNGOV:141");
        // against a bill, a strike presses for a change of policy (1432, ForceAndProtestTargetsTest)
        assertThat(events("Kenyan unions held a two-day general strike against the finance bill.")).containsExactly("KENCVL>KENGOV:1432");
        assertThat(events("Greek farmers blocked highways on Monday.")).containsExactly("GRCCVL>GRCGOV:144");
        // a military strike launched is an attack; a resolution blocked is a veto; "striking" workers strike nothing
        assertThat(events("Israel launched a strike on Hezbollah.")).containsExactly("ISR>LBNUAF:190");
        assertThat(events("The United States blocked a resolution on Gaza.")).containsExactly("USA>PSE:129");
        assertThat(events("The minister met striking miners.")).isEmpty();
        assertThat(events("Russian missiles were striking Kharkiv.")).containsExactly("RUSMIL>UKR:194");
    }

    @Test
    void forceAndEmergencyPhrasings() {
        assertThat(events("Ethiopia's parliament approved a state of emergency.")).containsExactly("ETHLEG>ETH:1724");
        assertThat(events("The government declared victory.")).isEmpty();
        assertThat(events("The government put pressure on India.")).isEmpty();
        assertThat(events("Pakistan placed its air defences on high alert along the border with India.")).containsExactly("PAK>IND:152");
        assertThat(events("Islamic State fighters seized dozens of hostages in Syria.")).containsExactly("IMGMOSISI>SYRCVL:181");
        assertThat(events("Syrian government forces used nerve agents against Syrian rebels.")).containsExactly("SYRMIL>SYRREB:2041");
        assertThat(events("Britain launched strikes against Houthi targets in Yemen.")).containsExactly("GBR>YEMREB:190");
        assertThat(events("Russian troops advanced towards Kharkiv.")).containsExactly("RUSMIL>UKR:190");
        // West Darfur is a state of Sudan, not the West
        assertThat(events("The Rapid Support Forces killed hundreds of people in the West Darfur town of Geneina."))
                .containsExactly("SDNREB>SDNCVL:202");
    }

    @Test
    void policeNamedOnlyByTheirRoleAreThoseOfThePlaceOrOfTheCrowdTheyActOn() {
        assertThat(events("Police fired tear gas at protesters in Tbilisi.")).containsExactly("GEOCOP>GEOCVL:175");
        assertThat(events("Police opened fire on protesters in Nairobi.")).containsExactly("KENCOP>KENCVL:175");
        // the subject right before the verb is the police, not an actor of the clause before
        assertThat(events("Lawmakers passed the bill in Nairobi, and police opened fire on the crowds.")).containsExactly("KENCOP>KENCVL:175");
        assertThat(events("Police arrested two men.")).isEmpty();
    }

    @Test
    void basesAreTheMilitaryAndBombsFromTheAirAreAirStrikes() {
        assertThat(events("The United States fired cruise missiles at a Syrian air base.")).containsExactly("USA>SYRMIL:194");
        assertThat(events("Sudanese army aircraft bombed a market in Darfur.")).containsExactly("SDNMIL>SDNCVL:195");
        assertThat(events("Islamic State bombed a market in Baghdad.")).containsExactly("IMGMOSISI>IRQ:183");
    }

    @Test
    void forceOnAPlaceHostingTroopsIsAimedAtTheTroops() {
        assertThat(events("Iran fired missiles at Iraqi bases hosting U.S. troops.")).containsExactly("IRN>USAMIL:194");
        assertThat(events("Iran fired more than a dozen ballistic missiles at two Iraqi bases.")).containsExactly("IRN>IRQMIL:194");
        assertThat(events("North Korea fired several ballistic missiles toward Japan.")).containsExactly("PRK>JPN:194");
    }

    @Test
    void hostagesAndMassKillingsOfPeopleAreThePeopleOfTheCountryAttacked() {
        assertThat(events("Al-Shabaab fighters crossed into Kenya and took 20 people hostage."))
                .containsExactly("SOMREB>KEN:190", "SOMREB>KENCVL:181");
        assertThat(events("Islamic State fighters killed more than 300 people in an attack on northern Iraq."))
                .containsExactly("IMGMOSISI>IRQCVL:202", "IMGMOSISI>IRQ:190");
        assertThat(events("Hamas took dozens of hostages in a raid on southern Israel.")).containsExactly("PSEREB>ISRCVL:181", "PSEREB>ISR:190");
        assertThat(events("Rebels took five people hostage.")).isEmpty();
    }

    @Test
    void aCrowdProtestingAtAnInstitutionIsOfItsCountry() {
        assertThat(events("Protesters rallied outside parliament in Dhaka.")).containsExactly("BGDCVL>BGDLEG:141");
        assertThat(events("Students staged a sit-in outside parliament in Dhaka.")).containsExactly("BGDCVL>BGDLEG:141");
    }

    @Test
    void restrictionsInAPlaceAreOnItsPeopleAndPeoplesAreExpelledEnMasse() {
        assertThat(events("Ethiopia shut down the internet in Tigray.")).containsExactly("ETH>ETHCVL:1721");
        assertThat(events("Pakistan deported hundreds of thousands of Afghans.")).containsExactly("PAK>AFGCVL:201");
        assertThat(events("Russia expelled ten German diplomats.")).containsExactly("RUS>DEUGOV:161");
    }

    @Test
    void aCountOfHundredsExpelledIsAMassExpulsion() {
        // a count of a hundred or more after the verb, or before it in the passive (GOLD-SET S32-3); a few dozen stay 174
        assertThat(events("Pakistan has deported more than 400,000 Afghans.")).containsExactly("PAK>AFGCVL:201");
        assertThat(events("Algeria expelled 13,000 Nigeriens.")).containsExactly("DZA>NERCVL:201");
        assertThat(events("More than 300,000 Afghans have been expelled by Pakistani authorities.")).containsExactly("PAKGOV>AFGCVL:201");
        assertThat(events("Pakistan deported 300 Afghans.")).containsExactly("PAK>AFGCVL:201");
        assertThat(events("Kenya deported nearly 2,500 Somali migrants to Mogadishu.")).containsExactly("KEN>SOMCVL:201");
        assertThat(events("Pakistan deported 30 Afghans.")).containsExactly("PAK>AFGCVL:174");
    }

    @Test
    void shootingDeadStatesTheWeaponSmallArms() {
        // R17: the shooting says how, so small arms (193), not a bare killing (180); police on their own people stay 175
        assertThat(events("Israeli troops shot dead dozens of Palestinians.")).containsExactly("ISRMIL>PSECVL:193");
        assertThat(events("Indian soldiers shot dead three Pakistani intruders.")).containsExactly("INDMIL>PAK:193");
        assertThat(events("Sudanese security forces shot dead 15 protesters.")).containsExactly("SDNCOP>SDNCVL:175");
        assertThat(events("Israeli troops killed dozens of Palestinians.")).containsExactly("ISRMIL>PSECVL:180");
    }

    @Test
    void aStrikeThatKillsIsCodedByItsWeaponWhateverTheToll() {
        assertThat(events("Israeli air strikes killed more than 100 people in Gaza.")).containsExactly("ISRMIL>PSECVL:195");
        assertThat(events("Russian missiles killed 14 people in Kyiv.")).containsExactly("RUSMIL>UKRCVL:194");
        assertThat(events("Israeli air strikes killed Hezbollah leader Hassan Nasrallah.")).containsExactly("ISRMIL>LBNUAF:186");
    }

    @Test
    void forcesThatSeizePowerTakeItFromTheirOwnGovernment() {
        // the coder codes a coup as the removal of politicians (1722), see the "oust" block of verbs.txt
        assertThat(events("Myanmar's military seized power in a coup.")).containsExactly("MMRMIL>MMRGOV:1722");
        assertThat(events("Gabonese army officers took power on Wednesday.")).containsExactly("GABMIL>GABGOV:1722");
        assertThat(events("The rebels seized the town.")).isEmpty();
    }

    @Test
    void aCrowdNamedOnlyByItsRoleThatUsesForceRiotsWhereTheSentencePlacesIt() {
        assertThat(events("Thousands of protesters besieged the French embassy in Niamey.")).containsExactly("NERCVL>FRA:145");
        // the place after the crowd, not a place named before it in another clause
        assertThat(events("Minister Ali fled to India as protesters attacked the French embassy in Dhaka.")).containsExactly("BGDCVL>FRA:145");
        assertThat(events("Gunmen attacked a police station in Nairobi.")).isEmpty();
    }

    @Test
    void whoWasResponsibleForOrBehindAnActIsItsSource() {
        assertThat(events("Investigators said Russia was behind the attack on the Kramatorsk railway station.")).containsExactly("RUS>UKR:190");
        assertThat(events("Russia was responsible for the attack on Kramatorsk.")).containsExactly("RUS>UKR:190");
        // denied or alleged, the act is not coded (R4, R8)
        assertThat(events("Russia denied it was behind the attack on the railway station in Kramatorsk.")).isEmpty();
        assertThat(events("Russia said it was not responsible for the attack on the railway station in Kramatorsk.")).isEmpty();
        assertThat(events("Ukraine accused Russia of being behind the attack on the railway station in Kramatorsk."))
                .containsExactly("UKR>RUS:112");
    }

    @Test
    void artilleryTradedAcrossAFrontIsMutualShelling() {
        assertThat(events("Thai and Cambodian troops exchanged artillery fire along the border."))
                .containsExactly("THAMIL>KHMMIL:194", "KHMMIL>THAMIL:194");
        assertThat(events("Thailand traded rocket fire with Cambodia.")).containsExactly("THA>KHM:194", "KHM>THA:194");
        // gunfire stays small arms; "fire" alone names no weapon: fighting (R17, 190)
        assertThat(events("Thai and Cambodian troops exchanged gunfire along the border."))
                .containsExactly("THAMIL>KHMMIL:193", "KHMMIL>THAMIL:193");
        assertThat(events("Thai and Cambodian troops exchanged fire along the border."))
                .containsExactly("THAMIL>KHMMIL:190", "KHMMIL>THAMIL:190");
    }

    @Test
    void jointPatrolsAreCooperationAndDrillsNearABorderAreAShowOfForce() {
        assertThat(events("China and Russia began joint naval patrols in the Pacific.")).containsExactly("CHN>RUS:062", "RUS>CHN:062");
        assertThat(events("China and Russia held joint military patrols.")).containsExactly("CHN>RUS:062", "RUS>CHN:062");
        assertThat(events("Russia held military drills near the border with Ukraine.")).containsExactly("RUS>UKR:150");
        assertThat(events("North Korea resumed military drills near the border with South Korea.")).containsExactly("PRK>KOR:150");
        assertThat(events("The talks resumed on Monday.")).isEmpty();
    }

    @Test
    void aCrowdStormingALeadersResidenceRiots() {
        assertThat(events("Crowds stormed the presidential residence in Colombo.")).containsExactly("LKACVL>LKAGOV:145");
    }

    @Test
    void aStateThatDeclaresEmergencyRuleDoesSoThroughItsGovernment() {
        assertThat(events("Peru declared a state of emergency on Monday.")).containsExactly("PERGOV>PER:1724");
        assertThat(events("Sri Lanka imposed a curfew on Monday.")).containsExactly("LKAGOV>LKA:1723");
        assertThat(events("Armenia declared martial law.")).containsExactly("ARMGOV>ARM:1724");
    }

    @Test
    void forceOnAPlaceRebelsHoldFallsOnTheRebels() {
        assertThat(events("Syrian troops shelled rebel-held Idlib.")).containsExactly("SYRMIL>SYRREB:194");
        assertThat(events("Russian jets struck rebel-held areas of Idlib province.")).containsExactly("RUSMIL>SYRREB:195");
        assertThat(events("Russian warplanes hit positions held by rebel groups around Homs.")).containsExactly("RUSMIL>SYRREB:195");
        // a place held by the government, or named with no holder, stays the state's or its people's
        assertThat(events("Syrian troops shelled government-held Aleppo.")).containsExactly("SYRMIL>SYRCVL:194");
        assertThat(events("Russian jets struck militant camps in Pakistan.")).containsExactly("RUSMIL>PAK:195");
        // the rebels who act are the source, not the holders of the place they strike
        assertThat(events("Syrian rebels shelled Aleppo.")).containsExactly("SYRREB>SYRCVL:194");
    }

    @Test
    void aStateThatMassesOrAlertsItsForcesStaysTheState() {
        // S7-4: the force named as the object does not make the subject MIL
        assertThat(events("Venezuela deployed troops to its border with Guyana on Friday.")).containsExactly("VEN>GUY:154");
        assertThat(events("Pakistan put its air force on high alert against India.")).containsExactly("PAK>IND:152");
        assertThat(events("The United States deployed warships near Iran.")).containsExactly("USA>IRN:154");
        assertThat(events("Poland moved 10,000 soldiers to its border with Belarus.")).containsExactly("POL>BLR:154");
        // the force as the subject is MIL; police stay police, a deployment into another country is R19's,
        // and a threat to deploy is the state's
        assertThat(events("Russian troops were massed near the border with Ukraine.")).containsExactly("RUSMIL>UKR:154");
        assertThat(events("Russia deployed riot police near Ukraine.")).containsExactly("RUS>UKR:153");
        assertThat(events("Russia deployed troops to Belarus.")).containsExactly("RUS>BLR:074", "BLR>RUS:0861");
        assertThat(events("Russia said it would deploy troops near its border with Finland.")).containsExactly("RUS>FIN:138");
    }

    @Test
    void aShowOfForceWithNoTargetAnswersTheDoerOfTheActNamedAfterIt() {
        assertThat(events("Greece put its navy on alert on Monday after Turkey's decision to send a survey ship into disputed waters."))
                .containsExactly("GRC>TUR:152");
        assertThat(events("Serbia put its army on high alert after Kosovo police raided northern municipalities.")).containsExactly("SRB>KSVCOP:152");
        assertThat(events("Japan placed its missile defence units on alert following North Korea's announcement of a satellite launch."))
                .containsExactly("JPN>PRK:152");
        assertThat(events("The Philippine navy raised its readiness in response to a Chinese blockade of the shoal.")).containsExactly("PHLMIL>CHN:152");
        // the source's own side, a time or a clause of its own are no target
        assertThat(events("Israel put its forces on high alert after the holiday.")).isEmpty();
        assertThat(events("India put its army on high alert after Indian jets struck a camp.")).isEmpty();
        assertThat(events("Taiwan put its forces on high alert, and China said the drills were over.")).doesNotContain("TWN>CHN:152");
    }

    @Test
    void aBlockedAidPackageRefusesItsBeneficiaryAndAnAirspaceEnteredIsAShowOfForce() {
        assertThat(events("Hungary blocked a 50 billion euro EU aid package for Ukraine on Friday.")).containsExactly("HUN>UKR:129");
        assertThat(events("Hungary vetoed EU military aid to Ukraine.")).containsExactly("HUN>UKR:129");
        assertThat(events("Russian jets entered the airspace of Finland.")).containsExactly("RUSMIL>FIN:150");
        // forces entering a country still take it
        assertThat(events("Russian troops entered Ukraine.")).containsExactly("RUSMIL>UKR:192");
    }

    @Test
    void anOutletsOfficesClosedOrOrderedClosedRestrictTheMedia() {
        // S31-24: a foreign outlet's bureau closed is 1721; an order is the act (S30-23)
        assertThat(events("Egypt's government ordered Al Jazeera's local offices closed on Sunday.")).containsExactly("EGYGOV>QATMED:1721");
        assertThat(events("Egypt's government closed Al Jazeera's local offices on Sunday.")).containsExactly("EGYGOV>QATMED:1721");
    }

    @Test
    void aMunitionOrItsDebrisStrayingIntoAirspaceIsNoShowOfForce() {
        // S31-10, S33-27: a stray weapon is no intrusion; the summons it draws stays
        assertThat(events("A Russian missile violated Moldovan airspace on Friday.")).isEmpty();
        assertThat(events("Belarus summoned Lithuania's envoy after a Lithuanian cruise missile entered Belarusian airspace."))
                .containsExactly("BLR>LTUGOV:110");
        // aircraft and drones entering keep their 150
        assertThat(events("Two Russian military aircraft violated Finnish airspace on Friday.")).containsExactly("RUSMIL>FIN:150");
        assertThat(events("A Russian drone entered Romanian airspace on Sunday.")).containsExactly("RUSMIL>ROM:150");
    }

    @Test
    void forceOnProtestersFallsOnThemNotOnTheBuildingTheyMarchOn() {
        // S32-1: marching on a seat of power is the crowd's protest at it, beside the force on the crowd
        assertThat(events("Sudanese police fired tear gas at protesters marching on the presidential palace."))
                .containsExactlyInAnyOrder("SDNCOP>SDNCVL:175", "SDNCVL>SDNGOV:141");
        assertThat(events("Sudanese police fired tear gas at protesters outside parliament in Khartoum.")).containsExactly("SDNCOP>SDNCVL:175");
        assertThat(events("Kenyan police arrested protesters outside the Israeli embassy.")).containsExactly("KENCOP>KENCVL:173");
    }

    @Test
    void aCrowdMarchingForACauseWhenForceMeetsItHoldsItsProtest() {
        assertThat(events("Kenyan police fired tear gas at thousands of people marching in Nairobi against a new finance bill."))
                .containsExactlyInAnyOrder("KENCOP>KENCVL:175", "KENCVL>KENGOV:1412");
        assertThat(events("Riot police fired tear gas at students marching in Dhaka to protest against job quotas."))
                .contains("BGDCOP>BGDCVL:175", "BGDCVL>BGDGOV:141");
        // no cause: the force alone
        assertThat(events("Riot police fired tear gas at students marching in Dhaka.")).containsExactly("BGDCOP>BGDCVL:175");
        // S32-1: a crowd "protesting against" a measure holds its protest as one marching against it does
        // (event.CrowdsProtestingWhenMetTest)
    }

    @Test
    void aStatesOwnForcesMobilisedOrAlertedAreNoTarget() {
        assertThat(events("Putin announced a partial mobilisation of Russian reservists on Wednesday.")).isEmpty();
        assertThat(events("Putin put Russian nuclear forces on high alert.")).isEmpty();
        // another state's forces, and a neighbour named, still are
        assertThat(events("NATO announced the deployment of British troops to Estonia.")).contains("IGOWSTNAT>EST:074");
        assertThat(events("Russia deployed troops near Ukraine.")).containsExactly("RUS>UKR:154");
    }

    @Test
    void troopsOrPolicePlacedInAStateActForIt() {
        assertThat(events("Soldiers in Gabon detained President Ali Bongo at his residence on Wednesday.", java.time.LocalDate.of(2023, 8, 30)))
                .containsExactly("GABMIL>GABGOV:173");
        assertThat(events("Security forces in Myanmar killed more than 100 protesters.")).containsExactly("MMRCOP>MMRCVL:175");
        // named by where they are, troops act for that state only at home
        assertThat(events("Soldiers in Gabon attacked Cameroon.")).isEmpty();
        assertThat(events("Peruvian police arrested Pedro Castillo on Wednesday.", java.time.LocalDate.of(2022, 12, 7)))
                .containsExactly("PERCOP>PERGOV:173");
    }

    @Test
    void aParticipleRightAfterTheSubjectDescribesIt() {
        assertThat(events("Rwandan troops fighting in Congo killed hundreds of civilians in Goma.")).containsExactly("RWAMIL>CODCVL:202");
        // the participle's own clause still codes nothing of its own
        assertThat(events("Western countries sending troops to Ukraine would face retaliation.")).isEmpty();
    }

    @Test
    void aParticipleAfterALabelledActBelongsToTheActNotToTheLabel() {
        assertThat(events("Azerbaijan launched what it called a counter-terrorism operation in Karabakh, shelling Armenian separatist positions."))
                .containsExactly("AZE>AZEREB:194");
        assertThat(events("Armenian separatists in Nagorno-Karabakh fired on Azerbaijani troops.")).containsExactly("AZEREB>AZEMIL:193");
    }

    @Test
    void anOffensiveALeaderOrdersIsMilitaryNotWords() {
        assertThat(events("Abiy Ahmed ordered a military offensive against the TPLF on Wednesday.", java.time.LocalDate.of(2020, 11, 4)))
                .containsExactly("ETHGOV>ETHREB:190");
        // two leaders clashing is still a clash of words
        assertThat(events("Trump and Zelensky clashed in a heated exchange at the White House.", java.time.LocalDate.of(2025, 3, 1)))
                .contains("USAGOV>UKRGOV:111");
    }

    @Test
    void aWarrantObtainedByProsecutorsIsAnArrestOrder() {
        assertThat(events("French prosecutors obtained an arrest warrant for a Syrian general.")).containsExactly("FRAJUD>SYRMIL:173");
        assertThat(events("The company obtained a licence from Germany.")).isEmpty();
    }

    @Test
    void aStandbyForceActivatedOrSentIsAMobilisation() {
        assertThat(events("ECOWAS ordered the activation of its standby force near Niger.")).containsExactly("IGOWAFWAS>NER:154");
        assertThat(events("ECOWAS ordered the deployment of its standby force to Niger.")).contains("IGOWAFWAS>NER:074");
        // the purpose names where the force is aimed; where its orderers met is no subject
        assertThat(events("West African leaders meeting in Abuja ordered the activation of a standby force to restore order in Mali."))
                .containsExactly("IGOWAFWAS>MLI:154");
        assertThat(events("EU leaders meeting in Brussels ordered the expulsion of Russian diplomats.")).containsExactly("IGOEUREEC>RUSGOV:161");
    }

    @Test
    void aCapitalsAirportIsAPlaceNotItsGovernment() {
        assertThat(events("US troops left Kabul airport, ending two decades of American military presence in Afghanistan."))
                .containsExactly("USAMIL>AFG:0874");
        assertThat(events("Israeli jets struck Damascus airport.")).containsExactly("ISRMIL>SYR:195");
    }

    @Test
    void aPresidentialGuardIsTheMilitaryAndItsMembersActForIt() {
        assertThat(events("Niger's presidential guard detained President Mohamed Bazoum.", java.time.LocalDate.of(2023, 7, 26)))
                .containsExactly("NERMIL>NERGOV:173");
        assertThat(events("Members of Iran's Revolutionary Guards seized a British tanker.")).containsExactly("IRNMIL>GBR:1711");
    }

    @Test
    void aCrowdThatOverrunsOrSeizesABuildingRiotsItTakesNoTerritory() {
        // civilians who overrun a residence or seize a building protest violently (145); armed groups take ground (192)
        assertThat(events("Thousands of Sri Lankan protesters overran the official residence of the president in Colombo."))
                .containsExactly("LKACVL>LKAGOV:145");
        assertThat(events("Protesters seized the parliament building in Baghdad.")).containsExactly("IRQCVL>IRQLEG:145");
        assertThat(events("Rebels seized the town of Goma.")).noneMatch(e -> e.endsWith(":145"));
    }

    @Test
    void troopsWhoRepressUnnamedPeopleAtHomeRepressTheirOwnPeople() {
        // a state's soldiers firing tear gas at or arresting people named only by their role: its own people (17x)
        assertThat(events("Venezuelan troops fired tear gas at crowds.")).containsExactly("VENMIL>VENCVL:175");
        assertThat(events("Sudanese soldiers fired tear gas at demonstrators on Saturday.")).containsExactly("SDNMIL>SDNCVL:175");
        assertThat(events("Venezuelan soldiers arrested dozens of protesters.")).containsExactly("VENMIL>VENCVL:173");
        // a place of another state decides; and fighting (18-20) is no repression, so unnamed victims stay unnamed
        assertThat(events("Israeli troops fired tear gas at protesters in the West Bank.")).containsExactly("ISRMIL>PSECVL:175");
        assertThat(events("Russian troops killed dozens of civilians.")).isEmpty();
    }

    @Test
    void aStateNamedBareThatArrestsOrFreesUnnamedPeopleActsOnItsOwn() {
        assertThat(events("Russia arrested hundreds of protesters.")).containsExactly("RUS>RUSCVL:173");
        assertThat(events("Belarus freed dozens of political prisoners.")).containsExactly("BLR>BLRCVL:0841"); // political prisoners are CVL (S34-14)
        assertThat(events("Myanmar released thousands of prisoners in an amnesty.")).containsExactly("MMR>MMRCVL:0841");
        // people of another state, named or placed, stay theirs
        assertThat(events("Belarus freed a Japanese citizen.")).containsExactly("BLR>JPNCVL:0841");
        assertThat(events("Russia arrested hundreds of protesters in Georgia.")).containsExactly("RUS>GEOCVL:173");
    }

    @Test
    void thePeopleNearAPlaceAreItsPeople() {
        assertThat(events("Boko Haram fighters killed 110 villagers near Maiduguri.")).containsExactly("NGAREB>NGACVL:202");
        assertThat(events("Protesters near Tbilisi clashed with police.")).containsExactly("GEOCVL>GEOCOP:145");
        // troops near a place may be anyone's: they keep the state that names them
        assertThat(events("Russian troops near Kharkiv shelled Ukrainian positions.")).containsExactly("RUSMIL>UKRMIL:194");
    }

    @Test
    void theWestBankIsAPlaceNotTheWest() {
        assertThat(events("Israeli police arrested dozens of protesters in the West Bank.")).containsExactly("ISRCOP>PSECVL:173");
        assertThat(events("Protesters in the West Bank clashed with police.")).containsExactly("PSECVL>PSECOP:145");
        // a river's west bank is no Palestine
        assertThat(events("Russian Defence Minister Sergei Shoigu ordered troops to withdraw from the west bank of the Dnipro River."))
                .doesNotContain("RUSGOVMIL>PSE:0874");
    }

    @Test
    void blockingBridgesAndRingRoadsIsObstruction() {
        assertThat(events("Serbian students blocked three bridges in Novi Sad.")).containsExactly("SRBCVL>SRBGOV:144");
        assertThat(events("French farmers blocked the ring road around Paris.")).containsExactly("FRACVL>FRAGOV:144");
        assertThat(events("Dutch farmers blocked railway tracks near Utrecht.")).containsExactly("NLDCVL>NLDGOV:144");
        // blocking a loan is a veto, not a blockade of roads
        assertThat(events("Hungary blocked the bridge loan for Ukraine.")).containsExactly("HUN>UKR:129");
    }

    @Test
    void schoolchildrenAreCivilians() {
        assertThat(events("Boko Haram abducted 300 schoolgirls in Nigeria.")).containsExactly("NGAREB>NGACVL:181");
        assertThat(events("Boko Haram abducted dozens of schoolboys in Nigeria.")).containsExactly("NGAREB>NGACVL:181");
        assertThat(events("Boko Haram kidnapped dozens of pupils in Nigeria.")).containsExactly("NGAREB>NGACVL:181");
    }

    @Test
    void forcesMassedOrAlertedAlongABorderFaceTheStateAcrossIt() {
        // 154: forces massed or deployed at a border with a named state, whatever else is listed with them
        assertThat(events("Azerbaijan massed troops and armour along its border with Armenia on Tuesday.")).containsExactly("AZE>ARM:154");
        assertThat(events("Poland deployed tanks and artillery to its eastern border with Belarus.")).containsExactly("POL>BLR:154");
        // 152: units along a border put on alert, the border named by the neighbour's adjective or by "with"
        assertThat(events("Thailand's army put its units along the Cambodian border on high alert.")).containsExactly("THAMIL>KHM:152");
        assertThat(events("Azerbaijan placed its troops along the line of contact with Armenia on combat alert.")).containsExactly("AZE>ARM:152");
        // no neighbour named, or no alert: nothing
        assertThat(events("The army deployed troops along the border.")).isEmpty();
        assertThat(events("Thailand put its troops along the border on high alert.")).isEmpty();
    }

    @Test
    void artilleryAndRocketFireExchangedIsShellingBothWays() {
        assertThat(events("Thai and Cambodian troops exchanged artillery and rocket fire along their disputed border."))
                .containsExactly("THAMIL>KHMMIL:194", "KHMMIL>THAMIL:194");
        assertThat(events("Armenian and Azerbaijani forces traded rocket and artillery fire overnight."))
                .containsExactly("ARMMIL>AZEMIL:194", "AZEMIL>ARMMIL:194");
    }

    @Test
    void silencingAnOutletsBroadcastsRestrictsThePress() {
        // 1721: the outlet whose broadcasts are suspended or banned is the target
        assertThat(events("Burkina Faso's junta suspended the broadcasts of France 24 on Monday.")).containsExactly("BFAMIL>FRAMED:1721");
        assertThat(events("Russia banned the broadcasts of Deutsche Welle.")).containsExactly("RUS>DEUMED:1721");
        // broadcasts of no named outlet: nothing
        assertThat(events("The ministry suspended the broadcasts for a day.")).isEmpty();
    }

    @Test
    void aPeopleDrivenAcrossABorderEnMasseIsAMassExpulsion() {
        // 201; the Rohingya are Myanmar's civilians wherever they are driven
        assertThat(events("Myanmar's army drove hundreds of thousands of Rohingya Muslims across the border into Bangladesh."))
                .containsExactly("MMRMIL>MMRCVL:201");
        assertThat(events("The army drove the Rohingya Muslims from their villages.")).isEmpty(); // no state named for the army
        assertThat(events("Myanmar's army drove the Rohingya Muslims from their villages.")).containsExactly("MMRMIL>MMRCVL:201");
        // driving a distance, a crowd into the streets or rebels out of a town is no expulsion
        assertThat(events("The Russian president drove hundreds of miles to Kyiv.")).isEmpty();
        assertThat(events("Russian troops drove the rebels out of the town.")).isEmpty();
    }

    @Test
    void armedPeopleFromAGroupAreTheGroupsAndTheUnitAfterAStatesPossessiveIsWhereTheyServe() {
        // "fighters from" a named group are the group; a state after "from" is only where troops come from or leave
        assertThat(events("Fighters from the Islamic State attacked a Syrian army base.")).containsExactly("IMGMOSISI>SYRMIL:190");
        assertThat(events("Militants from Hamas attacked Israeli soldiers.")).containsExactly("PSEREB>ISRMIL:190");
        assertThat(events("Russia withdrew troops from Syria.")).containsExactly("RUS>SYR:0874");
        // "soldiers of Niger's presidential guard": the state's military, not two actors
        assertThat(events("Soldiers of Niger's presidential guard detained President Mohamed Bazoum in his palace."))
                .containsExactly("NERMIL>NERGOV:173");
        assertThat(events("Envoys of Sudan's army met officials of the Rapid Support Forces in Jeddah."))
                .containsExactly("SDNMIL>SDNREB:044", "SDNREB>SDNMIL:044");
    }

    @Test
    void aCrowdDemandingTheEndOfARuleOrOpposingAnotherTermDemandsALeadershipChange() {
        // session 34: the fall or end of a government, regime or rule, a leader's bid for another term, a leader told to
        // go: 1411, as "demanding his resignation" is
        assertThat(events("Thousands of Iraqis took to the streets of Basra on Friday, demanding the fall of the government."))
                .containsExactly("IRQCVL>IRQGOV:1411");
        assertThat(events("Students marched through Khartoum demanding an end to military rule.")).containsExactly("SDNCVL>SDNMIL:1411");
        assertThat(events("Thousands of Togolese rallied in Lome against President Faure Gnassingbe's attempt to seek a fourth term."))
                .containsExactly("TGOCVL>TGOGOV:1411");
        assertThat(events("Protesters in Minsk demanded that Lukashenko step down.")).containsExactly("BLRCVL>BLRGOV:1411");
        // a plan of policy opposed stays a demand for a change of policy
        assertThat(events("Thousands of Serbians protested in Belgrade against a plan to build a lithium mine."))
                .containsExactly("SRBCVL>SRBGOV:1412");
    }
}
