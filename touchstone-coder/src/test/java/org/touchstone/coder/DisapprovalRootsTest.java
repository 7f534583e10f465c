package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import org.junit.jupiter.api.Test;

/**
 * The roots of disapproval, rejection, threat and reduced relations (11, 12, 13, 16): phrasings of news English
 * and the constructions they need, each checked on constructed sentences (never gold or tuning sentences), with
 * the same words in uses that code nothing or something else.
 */
class DisapprovalRootsTest {
    @Test
    void blameInAFigureOfSpeechIsTheSpeakersCriticismNotARemark() {
        // R3c: the speaker's own criticism or general allegation, not a 010 remark (R3d)
        assertThat(events("Poland's prime minister told a German newspaper that Russia was trying to drag Europe into a wider war."))
                .containsExactly("POLGOV>RUS:111");
        assertThat(events("The Serbian president said the European Union was sleepwalking into a new crisis in the Balkans."))
                .containsExactly("SRBGOV>IGOEUREEC:111");
        assertThat(events("Iran's foreign minister told state television that Israel was behind the explosions at the Natanz site."))
                .containsExactly("IRNGOV>ISR:112");
        assertThat(events("Belarus's exiled opposition leader told the BBC that Lukashenko had stolen the August election."))
                .containsExactly("BLROPP>BLRGOV:112");
        // the same speakers' remarks with no blame in them stay 010
        assertThat(events("Poland's prime minister told a German newspaper that Russia was trying to rebuild its economy."))
                .containsExactly("POLGOV>RUS:010");
        assertThat(events("Iran's foreign minister told state television that Israel was not behind the explosions."))
                .doesNotContain("IRNGOV>ISR:112");
    }

    @Test
    void aCommaAndBetweenTwoActorsJoinsClausesNotAList() {
        assertThat(events("Russia expelled two Estonian diplomats, and Estonia condemned the expulsions."))
                .contains("RUS>ESTGOV:161").doesNotContain("RUS>EST:161");
        assertThat(events("China lodged a protest with Japan, and Taiwan summoned the Chinese ambassador."))
                .contains("CHN>JPN:114").doesNotContain("CHN>TWN:114");
        // a serial comma after two or more items is still a list
        assertThat(events("The ambassadors of Chile, Peru, and Ecuador condemned Venezuela."))
                .contains("CHLGOV>VEN:111", "PERGOV>VEN:111");
    }

    @Test
    void aReactionWhoseObjectPointsBackAtAnEarlierActIsAimedAtItsDoer() {
        assertThat(events("Morocco recognised the breakaway government, and Algeria denounced the decision as a provocation."))
                .containsExactly("DZA>MAR:111");
        assertThat(events("Turkey launched air strikes in northern Iraq, and Baghdad condemned what it called a violation of its sovereignty."))
                .contains("TUR>IRQ:195", "IRQGOV>TUR:111");
        assertThat(events("Egypt closed the Rafah crossing, a decision the United Nations criticised as unlawful."))
                .containsExactly("IGOUNO>EGY:111");
        assertThat(events("Israel struck an Iranian consulate in Syria, and Iran vowed to respond at a time of its choosing."))
                .contains("IRN>ISR:138");
        // a reaction with nothing before it, or with its own target, stays as it is
        assertThat(events("Vietnam condemned the move.")).isEmpty();
        assertThat(events("Russia expelled two Estonian diplomats, and Estonia condemned Latvia.")).contains("EST>LVA:111")
                .doesNotContain("EST>RUS:111");
    }

    @Test
    void anAccusationExplainingTheSameActorsActOnTheSameTargetIsOneAct() {
        // R5, S7-6: the participle explains the deed, whoever it accuses: no event of its own, the statement
        // carries it; another actor's stance, or one after words rather than a deed, stays an event
        assertThat(events("Kuwait cut ties with Iraq, accusing Baghdad of aggression.")).containsExactly("KWT>IRQ:161");
        assertThat(events("Kuwait expelled Iraq's ambassador, accusing Iraq of aggression.")).containsExactly("KWT>IRQGOV:161");
        assertThat(events("Kuwait cut ties with Iraq, accusing Iran of aggression.")).containsExactly("KWT>IRQ:161");
        assertThat(CoderTestSupport.code("Kuwait cut ties with Iraq on Friday, accusing Iran of aggression.",
                java.time.LocalDate.of(2023, 3, 15)).statements()).singleElement()
                .satisfies(st -> assertThat(st.targets()).containsExactly("IRN"));
        assertThat(events("Lithuania closed its border with Belarus on Monday, accusing Moscow of orchestrating a migrant crisis."))
                .noneMatch(e -> e.startsWith("LTU>RUS"));
        assertThat(events("Peru arrested two Bolivians, accusing La Paz of funding the protests."))
                .noneMatch(e -> e.contains(":112"));
        assertThat(events("Kuwait's foreign minister told reporters, accusing Iran of aggression.")).contains("KWTGOV>IRN:1123");
        assertThat(events("Kuwait cut ties with Iraq, and Saudi Arabia accused Iraq of aggression."))
                .containsExactly("KWT>IRQ:161", "SAU>IRQ:1123");
    }

    @Test
    void whatIsDeniedChargedOrNotAllowedIsNoEvent() {
        // R4: a denial with a circumstance before its "that" still covers the clause
        assertThat(events("Serbia denied on Monday that Serbian troops had crossed into Kosovo.")).noneMatch(e -> e.startsWith("SRB") && e.contains(":19"));
        assertThat(events("Greece denied in a statement that a Greek frigate had fired on a Turkish vessel."))
                .noneMatch(e -> e.contains(":19"));
        // an object between the verb and "that" is no circumstance: the relative clause after it is not denied
        assertThat(events("Greece denied involvement in the raid that freed two Albanian hostages.")).isNotEmpty();
        // R4: the means of a charged act is charged with it
        assertThat(events("Moscow accused Kyiv of provoking the crisis by shelling villages in Donetsk."))
                .noneMatch(e -> e.contains(":19"));
        assertThat(events("Iran accused Britain of fuelling the war in Yemen by selling arms to Saudi Arabia."))
                .noneMatch(e -> e.endsWith(":072") || e.endsWith(":070"));
        assertThat(events("Russia responded by expelling ten British diplomats.")).containsExactly("RUS>GBRGOV:161");
        // what an actor has no authority or power to do it does not do
        assertThat(events("Kenya had no authority to deploy police officers to Haiti.")).isEmpty();
        assertThat(events("The president has no power to send troops to Ukraine without parliament's approval.")).isEmpty();
        // a negation reaches a verb after "or"
        assertThat(events("Qatar said it would not close Al Jazeera or cut its ties with Iran.")).noneMatch(e -> e.endsWith(":161"));
        assertThat(events("Beijing said it would not cut its ties with Iran.")).noneMatch(e -> e.endsWith(":161"));
        assertThat(events("Qatar closed Al Jazeera or cut its ties with Iran.")).anyMatch(e -> e.endsWith(">IRN:161"));
    }

    @Test
    void aCapitalThatPressesRequestsOrDemandsIsItsGovernmentNotAPlace() {
        assertThat(events("India rejected a request from Dhaka for the extradition of the former prime minister."))
                .containsExactly("IND>BGDGOV:120");
        assertThat(events("Serbia rejected demands from Pristina.")).containsExactly("SRB>KSVGOV:124");
        // a capital after "from" is still a place where nothing asks ("flew from Moscow")
        assertThat(events("Lavrov flew from Moscow to Ankara.")).containsExactly("RUSGOV>TUR:042", "TUR>RUSGOV:043");
    }

    @Test
    void aPluralPronounOpeningReportedWordsStandsForTheWholeListOfSpeakers() {
        assertThat(events("Argentina, Brazil and Chile said they would send aid to Bolivia."))
                .containsExactly("ARG>BOL:033", "BRA>BOL:033", "CHL>BOL:033");
        assertThat(events("Britain and France said they would recognise a Palestinian state."))
                .containsExactly("GBR>PSE:032", "FRA>PSE:032");
        // "it" stands for one
        assertThat(events("Britain and France said it would recognise a Palestinian state.")).containsExactly("FRA>PSE:032");
    }

    @Test
    void whatAStateCallsAnActItCondemnsIsDisapproval() {
        assertThat(events("Serbia signed a defence pact with Hungary, and Croatia called the agreement dangerous."))
                .contains("HRV>SRB:111");
        assertThat(events("Kenya called Somalia's decision illegal.")).containsExactly("KEN>SOM:111");
        assertThat(events("Kenya described Somalia's move as a provocation.")).containsExactly("KEN>SOM:111");
        assertThat(events("Pakistan branded the Indian move illegal and unacceptable.")).containsExactly("PAK>IND:111");
        assertThat(events("Zelensky called Putin 'a killer' in a speech to parliament.", java.time.LocalDate.of(2023, 3, 15)))
                .containsExactly("UKRGOV>RUSGOV:111");
        assertThat(events("North Korean leader Kim Jong Un called Biden 'senile' in a statement.")).containsExactly("PRKGOV>USAGOV:111");
        assertThat(events("The plan drew angry protests from Seoul.")).isEmpty();
        assertThat(events("Japan drew angry protests from Seoul with the plan.")).containsExactly("KORGOV>JPN:111");
        assertThat(events("China firmly opposed the arms sale to Taiwan.")).containsExactly("CHN>TWN:111");
        // praise, a summons and a neutral call are not disapproval
        assertThat(events("The president called the talks productive.")).isEmpty();
        assertThat(events("Kenya called Somalia to discuss the dangerous situation.")).isEmpty();
        assertThat(events("China opposed the arms sale to Taiwan.")).containsExactly("CHN>TWN:110");
    }

    @Test
    void statedRefusalsToYieldAcceptOrRenewAreRejections() {
        assertThat(events("Hungary will not bow to pressure from Brussels, Orban said.")).containsExactly("HUN>IGOEUREEC:124");
        assertThat(events("Serbia would never give in to blackmail from Pristina, Vucic said.")).containsExactly("SRB>KSVGOV:124");
        assertThat(events("Armenia would never cede territory to Azerbaijan, Pashinyan said.")).containsExactly("ARM>AZE:124");
        assertThat(events("Venezuela said it would not accept the ruling of the International Court of Justice."))
                .containsExactly("VEN>IGOUNOJUDICJ:127");
        assertThat(events("Mali refused to extend the peace agreement with the rebels.")).containsExactly("MLI>MLIREB:127");
        assertThat(events("Israel said it would not renew the truce with Hamas.")).containsExactly("ISR>PSEREB:127");
        assertThat(events("China vetoed a draft resolution in the Security Council on Wednesday.")).containsExactly("CHN>IGOUNOSCR:129");
        // bowing, accepting and renewing as such are no rejection
        assertThat(events("Hungary bowed to pressure from Brussels.")).noneMatch(e -> e.endsWith(":124"));
        assertThat(events("Israel renewed the truce with Hamas.")).noneMatch(e -> e.contains(":12"));
    }

    @Test
    void aVowOfHarmIsAThreatAndCountermeasuresAreSanctions() {
        assertThat(events("Iran blamed Israel and vowed harsh retaliation.")).containsExactly("IRN>ISR:112", "IRN>ISR:138");
        assertThat(events("The Kremlin vowed a crushing response to any attack by NATO.")).containsExactly("RUSGOV>IGOWSTNAT:138");
        assertThat(events("Macron condemned the rioters and vowed that they would be punished.")).contains("FRAGOV>FRACVL:137");
        assertThat(events("Beijing said it would take countermeasures against Canada.")).containsExactly("CHNGOV>CAN:1312");
        assertThat(events("China took countermeasures against Lithuania on Friday.")).containsExactly("CHN>LTU:163");
        // cooperative pledges and ordinary measures stay what they were
        assertThat(events("Japan pledged to support Ukraine.")).containsExactly("JPN>UKR:032");
        assertThat(events("The minister took measures to protect the economy.")).isEmpty();
    }

    @Test
    void leavingAnInternationalBodyReducesRelationsWithIt() {
        assertThat(events("Nicaragua announced it was quitting the Organization of American States.")).containsExactly("NIC>IGOOAS:160");
        assertThat(events("Niger, Mali and Burkina Faso said they were leaving ECOWAS."))
                .containsExactly("NER>IGOWAFWAS:160", "MLI>IGOWAFWAS:160", "BFA>IGOWAFWAS:160");
        // leaving a city is a movement
        assertThat(events("Russian forces withdrew from Kherson.")).containsExactly("RUSMIL>UKR:0874");
        assertThat(events("The delegation left Kyiv on Monday.")).isEmpty();
    }

    @Test
    void anActorRightBeforeWhichIsTheSubjectOfTheRelativeClause() {
        assertThat(events("Honduras cut ties with Taiwan, a blow to Taipei, which called the decision deeply regrettable."))
                .contains("HND>TWN:161", "TWNGOV>HND:111");
        assertThat(events("Shelling hit Kharkiv, which lies near the border.")).isEmpty();
        // a place before "which" does nothing, and a relative clause closed before the verb is only a description
        assertThat(events("Israel did not comment on the strike in Damascus, which killed a senior Iranian general.")).isEmpty();
        assertThat(events("Russia annexed the region, and Turkey, which borders Syria, condemned the move."))
                .contains("TUR>RUS:111");
        assertThat(events("The resolution, which condemned Russia, passed easily.")).isEmpty();
    }

    @Test
    void whatAnotherStateCouldDoIsAnAssessmentNotItsThreat() {
        assertThat(events("The Estonian prime minister told reporters that Russia could attack Latvia within five years."))
                .noneMatch(e -> e.startsWith("RUS"));
        // a speaker's own side, or a plain future, still threatens
        assertThat(events("Medvedev said Russia could strike Kyiv.")).contains("RUS>UKRGOV:1384");
        assertThat(events("The Estonian prime minister said Russia would attack Latvia.")).contains("RUS>LVA:138");
    }

    @Test
    void aVerbAfterAndSharesTheMainVerbsSubjectNotThatOfAParticipleOrNominalBetween() {
        assertThat(events("Iran demanded the release of a ship seized by Greek commandos, and summoned the Greek ambassador."))
                .contains("IRN>GRCGOV:110").doesNotContain("GRC>GRCGOV:110");
        assertThat(events("Hamas rejected an Egyptian proposal for a truce and demanded a full Israeli withdrawal from Gaza."))
                .noneMatch(e -> e.startsWith("EGY>"));
    }

    @Test
    void aVerbAfterAndIsTheAccusersNotThatOfTheGerundTheChargeNames() {
        // "of sending", "of illegally sending": the charge is no clause whose subject "and demanded" would share
        assertThat(events("China accused the Philippines of sending a vessel to the shoal and demanded that Manila withdraw it."))
                .containsExactly("CHN>PHL:112", "CHN>PHLGOV:1056");
        assertThat(events("China accused the Philippines of illegally sending a vessel to the shoal and urged Manila to withdraw it."))
                .containsExactly("CHN>PHL:112", "CHN>PHLGOV:0256");
        assertThat(events("Turkey accused Greece of harbouring coup plotters and summoned the Greek ambassador."))
                .contains("TUR>GRCGOV:110").doesNotContain("GRC>GRCGOV:110");
    }

    @Test
    void aGroupOfStatesFollowedByTheMembersItIncludesIsThoseMembers() {
        assertThat(events("Nicaragua expelled the ambassadors of five European countries, including Spain, Italy and France."))
                .containsExactly("NIC>ESP:161", "NIC>ITA:161", "NIC>FRA:161");
        assertThat(events("Nicaragua expelled the ambassadors of five European countries.")).containsExactly("NIC>EUR:161");
    }

    @Test
    void tiesNamedOnlyByTheirOwnerAreTheTiesTheSentenceAlreadyNamed() {
        assertThat(events("Kuwait and Qatar severed relations with Baghdad, while Oman downgraded its ties."))
                .containsExactly("KWT>IRQGOV:161", "QAT>IRQGOV:161", "OMN>IRQGOV:161");
        assertThat(events("Chile cut diplomatic ties with Venezuela on Sunday, and Peru cut its ties on Monday."))
                .containsExactly("CHL>VEN:161", "PER>VEN:161");
        assertThat(events("Ecuador broke off relations with Mexico, and Nicaragua severed its diplomatic relations too."))
                .containsExactly("ECU>MEX:161", "NIC>MEX:161");
        // no earlier ties, no partner
        assertThat(events("Morocco cut its ties.")).isEmpty();
    }

    @Test
    void aListOfStatesAfterFromIsWholeWhenItsFirstIsReadAsAPlace() {
        // "from X" reads as a place; its list's later members are no place, and each of them is a target, as the
        // government whose diplomats are sent away (S33-15)
        assertThat(events("Venezuela ordered diplomats from Argentina, Chile and Peru to leave the country."))
                .containsExactly("VEN>ARGGOV:161", "VEN>CHLGOV:161", "VEN>PERGOV:161");
        assertThat(events("Venezuela expelled diplomats from Argentina, Chile and Peru."))
                .containsExactly("VEN>ARGGOV:161", "VEN>CHLGOV:161", "VEN>PERGOV:161");
        assertThat(events("Moscow expelled diplomats from Germany and France on Monday."))
                .containsExactly("RUSGOV>DEUGOV:161", "RUSGOV>FRAGOV:161");
        assertThat(events("China halted imports from Australia and New Zealand.")).containsExactly("CHN>AUS:163", "CHN>NZL:163");
        // a place that is no target keeps its list out: no event aimed at the second of two places
        assertThat(events("Britain expelled 23 Russian diplomats from London and Edinburgh.")).containsExactly("GBR>RUSGOV:161");
    }

    @Test
    void aQuotedVerbKeepsItsObject() {
        // the quote mark that closes a scare-quoted verb does not close the clause before the target
        assertThat(events("Iran said it would \"destroy\" Israel if attacked.")).containsExactly("IRN>ISR:138");
        assertThat(events("Iran said it would \"completely destroy\" Israel.")).containsExactly("IRN>ISR:138");
        // a threat to destroy is a threat of force (138), as a plain "would destroy" is
        assertThat(events("Iran said it would destroy Israel.")).containsExactly("IRN>ISR:138");
    }

    @Test
    void aStateThatWillNotTolerateAnActWarnsItsDoer() {
        assertThat(events("The United States said it would not tolerate any attack on Taiwan.")).containsExactly("USA>TWN:130");
        // a past "did not tolerate" is a negated deed
        assertThat(events("Britain did not tolerate dissent at the time.")).isEmpty();
    }

    @Test
    void aWarningThatAnActWouldHaveConsequencesIsARiskNotAThreat() {
        assertThat(events("Egypt warned Israel that a ground offensive in Rafah would have disastrous consequences for the region."))
                .containsExactly("EGY>ISR:012");
        assertThat(events("China warned the United States that arms sales to Taiwan could trigger a crisis."))
                .containsExactly("CHN>USA:012");
        // the speaker's own response, or the target's punishment, stays a threat
        assertThat(events("Egypt warned Israel that it would respond.")).containsExactly("EGY>ISR:138");
        assertThat(events("Egypt warned Israel that Israel would pay a heavy price.")).containsExactly("EGY>ISR:130");
    }

    @Test
    void aDutyOnGoodsFromACountryFallsOnThatCountry() {
        assertThat(events("The United States imposed tariffs on imports from China.")).containsExactly("USA>CHN:163");
        assertThat(events("The United States will impose tariffs on steel from China.")).containsExactly("USA>CHN:1312");
        assertThat(events("Biden said he would impose a 25 percent tariff on all imports from Mexico and Canada."))
                .containsExactly("USAGOV>MEX:1312", "USAGOV>CAN:1312");
    }

    @Test
    void likeningAnActorToNaziCrimesDenigratesIt() {
        assertThat(events("Erdogan compared Israel to Nazi Germany.")).containsExactly("TURGOV>ISR:111");
        assertThat(events("Erdogan compared Netanyahu with Hitler.")).containsExactly("TURGOV>ISRGOV:111");
        assertThat(events("Lula compared Israel's war in Gaza to the Holocaust in a speech on Sunday."))
                .containsExactly("BRAGOV>ISR:111");
    }

    @Test
    void whoOrdersAnActIsItsSource() {
        assertThat(events("Britain ordered the expulsion of 23 Russian diplomats.")).containsExactly("GBR>RUSGOV:161");
        assertThat(events("Germany approved the expulsion of four Russian diplomats.")).containsExactly("DEU>RUSGOV:161");
        assertThat(events("Kenya ordered the closure of the Somali embassy in Nairobi.")).containsExactly("KEN>SOMGOV:161");
    }

    @Test
    void aBareVerbJoinedToAnIntendedActIsIntendedToo() {
        assertThat(events("Pakistan said it would expel India's ambassador and close its airspace to India."))
                .containsExactly("PAK>INDGOV:1313", "PAK>IND:1312");
        // deeds stay deeds, and a possibility stays an assessment: the speaker's concern (R10, R11), no act of Russia's
        assertThat(events("Pakistan expelled India's ambassador and closed its airspace to India."))
                .containsExactly("PAK>INDGOV:161", "PAK>IND:163");
        assertThat(events("Duda said Russia could attack Poland and seize its territory.")).containsExactly("POLGOV>RUS:012");
    }

    @Test
    void aRefusalOfCallsByAnActorIsAimedAtThatActor() {
        assertThat(events("Netanyahu rejected calls by France and Spain for a humanitarian ceasefire in Gaza."))
                .containsExactly("ISRGOV>FRA:1246", "ISRGOV>ESP:1246");
        assertThat(events("Serbia rejected demands by Kosovo.")).containsExactly("SRB>KSV:124");
        // a "by" that names who brokered or backed something is no requester
        assertThat(events("Wagner's fighters advanced on Moscow before Prigozhin called off the mutiny under a deal brokered by Belarus."))
                .noneMatch(e -> e.contains(":12"));
    }

    @Test
    void sanctionsAfterADeterminerOrModifierAreTheNounNotTheVerb() {
        assertThat(events("Beijing firmly opposes the new US sanctions over Hong Kong.")).containsExactly("CHNGOV>USA:111");
        assertThat(events("Xi said sweeping sanctions would only make ordinary people suffer.")).isEmpty();
        // the other forms of the verb still sanction
        assertThat(events("The United States sanctioned five Chinese firms.")).containsExactly("USA>CHNBUS:163");
        assertThat(events("Washington will sanction Iranian officials.")).containsExactly("USAGOV>IRNGOV:1312");
    }

    @Test
    void anAccusationOfPersecutionOrRepressionIsAboutHumanRights() {
        assertThat(events("The United States accused China of repressing Uyghurs.")).containsExactly("USA>CHN:1122");
        assertThat(events("Evo Morales accused the interim government of persecuting his supporters.")).containsExactly("BOLOPP>BOLGOV:1122");
        // harassment at sea is an accusation without a more specific kind
        assertThat(events("China accused Japan of harassing its fishermen.")).containsExactly("CHN>JPN:112");
    }

    /**
     * Session 33 (miss33a): a proclamation, an order or a directive one signs is one's own instrument, no pact with
     * those it names (057); what it says is the act.
     */
    @Test
    void aProclamationSignedIsNoAgreement() {
        assertThat(events("Trump signed a proclamation recognising Moroccan sovereignty over Western Sahara.", java.time.LocalDate.of(2020, 12, 10)))
                .containsExactly("USAGOV>MAR:054");
        assertThat(events("Putin signed orders recognising the independence of Abkhazia.", java.time.LocalDate.of(2008, 8, 26)))
                .noneMatch(e -> e.endsWith(":057"));
        assertThat(events("Biden signed a directive on cooperation with Kenya.", java.time.LocalDate.of(2023, 3, 10)))
                .noneMatch(e -> e.endsWith(":057"));
    }

    @Test
    void anOrderOrDecreeSignedDoesWhatItSays() {
        assertThat(events("Trump signed an executive order imposing sanctions on the International Criminal Court.", java.time.LocalDate.of(2025, 2, 6)))
                .containsExactly("USAGOV>IGOJUDICC:163");
        // a text only drafted or debated does nothing
        assertThat(events("Lawmakers debated a bill imposing sanctions on the International Criminal Court.")).isEmpty();
    }

    @Test
    void aPeacekeepingMissionEndedWithdrawsPeacekeepersAndSanctionsEndedAreEased() {
        assertThat(events("The Security Council ended the peacekeeping mission in South Sudan.")).containsExactly("IGOUNOSCR>SSD:1661");
        assertThat(events("The UN halted its peacekeeping operation in Congo.")).containsExactly("IGOUNO>COD:1661");
        assertThat(events("The US ended its sanctions on Syria.")).containsExactly("USA>SYR:085");
        // a military presence ended is a withdrawal
        assertThat(events("The United States ended its military presence in Afghanistan.")).containsExactly("USA>AFG:0874");
    }

    @Test
    void aVerbsFormAsANounInAnAppositionHidesNoSubject() {
        assertThat(events("Evo Morales, speaking from exile in Mexico, accused the Bolivian government of persecuting his supporters."))
                .containsExactly("BOLOPP>BOLGOV:1122");
    }

    @Test
    void inspectorsCamerasRemovedAreInspectorsExpelled() {
        assertThat(events("Iran removed IAEA cameras from the Karaj site.")).containsExactly("IRN>IGOUNOIAE:1662");
        assertThat(events("The city removed traffic cameras.")).isEmpty();
    }

    @Test
    void aSpokespersonForABodySpeaksForIt() {
        assertThat(events("A spokesman for the Chinese embassy accused the Philippines of stirring up tensions.")).containsExactly("CHNGOV>PHL:112");
    }

    @Test
    void reportedWordsOfEnmityFailureOrDistrustAreCriticism() {
        assertThat(events("Poland's prime minister told reporters that Russia could never be trusted."))
                .containsExactly("POLGOV>RUS:111");
        assertThat(events("The Greek prime minister told parliament that Turkey's sanctions had backfired."))
                .containsExactly("GRCGOV>TUR:111");
        assertThat(events("Kim Jong Un told a party meeting that South Korea was the principal enemy."))
                .containsExactly("PRKGOV>KOR:111");
        assertThat(events("Armenia's prime minister told parliament that Azerbaijan had made no progress on the border talks."))
                .containsExactly("ARMGOV>AZE:111");
        // without the negation, or with progress made, the same words carry no blame
        assertThat(events("Poland's prime minister told reporters that Germany could be trusted."))
                .noneMatch(e -> e.endsWith(":111"));
        assertThat(events("Armenia's prime minister told parliament that Azerbaijan had made progress on the border talks."))
                .noneMatch(e -> e.endsWith(":111"));
    }

    @Test
    void reportedChargesOfStolenVotesHybridWarOrAPrisonAreAccusations() {
        assertThat(events("The Bolivian opposition leader told CNN that the Bolivian government had stolen the election."))
                .containsExactly("BOLOPP>BOLGOV:112");
        assertThat(events("Belarus's opposition leader told the BBC that Lukashenko had stolen the August vote."))
                .containsExactly("BLROPP>BLRGOV:112");
        assertThat(events("Pakistan's foreign minister told the council that India had turned Kashmir into an open-air prison."))
                .containsExactly("PAKGOV>IND:112");
        assertThat(events("Canada's prime minister told parliament there were credible allegations linking India to the killing."))
                .containsExactly("CANGOV>IND:112");
        assertThat(events("Lavrov told reporters that NATO was waging a hybrid war against Russia."))
                .containsExactly("RUSGOV>IGOWSTNAT:1123");
        // an election reported without a charge is a remark
        assertThat(events("The Bolivian opposition leader told CNN that the Bolivian government had won the election."))
                .noneMatch(e -> e.contains(":11"));
    }

    @Test
    void reportedWordsOfShockOrAWarThatCannotBeRuledOutAreConcern() {
        assertThat(events("Japan's prime minister told reporters that a war with China could not be ruled out."))
                .containsExactly("JPNGOV>CHN:012");
        // what another state could do is feared, not threatened (see whatAnotherStateCouldDoIsAnAssessmentNotItsThreat)
        assertThat(events("Finland's president told the BBC that Russia could attack the Baltic states within a decade."))
                .containsExactly("FINGOV>RUS:012");
        assertThat(events("The German chancellor said she was deeply shocked by the killing of protesters by Belarus's police."))
                .containsExactly("DEUGOV>BLRCOP:012");
        assertThat(events("The German chancellor said she was pleased by the conduct of Belarus's police."))
                .noneMatch(e -> e.endsWith(":012"));
    }

    @Test
    void reportedWordsOfPunishmentToComeOrOfDefenceIfAttackedAreThreats() {
        assertThat(events("Israel's prime minister told reporters that Hezbollah would pay for it."))
                .containsExactly("ISRGOV>LBNUAF:130");
        assertThat(events("Iran's foreign minister told reporters that Iran did not seek a war with Israel but would defend itself if attacked."))
                .containsExactly("IRNGOV>ISR:130");
        assertThat(events("India's prime minister told parliament that India would not tolerate terrorism from Pakistan."))
                .containsExactly("INDGOV>PAK:130");
        // what a state tolerates is no threat
        assertThat(events("India's prime minister told parliament that India would tolerate dissent from Pakistan."))
                .noneMatch(e -> e.contains(":13"));
    }

    @Test
    void troopsToBePulledOutOfACountryAreAThreatToReduceRelations() {
        // S7-8: an announced or agreed withdrawal is 1313 until reported as done (then 0874)
        assertThat(events("France said it would withdraw its troops from Mali.")).containsExactly("FRA>MLI:1313");
        assertThat(events("The United States agreed to pull its troops out of Niger.")).containsExactly("USA>NER:1313");
        assertThat(events("Germany will withdraw its soldiers from Mali.")).containsExactly("DEU>MLI:1313");
        assertThat(events("France withdrew its troops from Mali.")).containsExactly("FRA>MLI:0874");
    }

    @Test
    void aClaimToTerritoryRejectedIsARefusalAndWarningsDismissedADenial() {
        // "claims" alone are allegations (016); a claim to territory or waters is what the other wants (12x)
        assertThat(events("Manila rejected China's territorial claims.")).containsExactly("PHLGOV>CHN:120");
        assertThat(events("Vietnam rejected Beijing's claims in the South China Sea.")).containsExactly("VNM>CHNGOV:120");
        assertThat(events("India rejected Canada's claims.")).containsExactly("IND>CAN:016");
        // warnings of one's own attack dismissed deny the intent
        assertThat(events("Russia dismissed U.S. warnings of an imminent invasion of Ukraine as hysteria.")).containsExactly("RUS>USA:016");
        assertThat(events("Moscow rejected British warnings of an attack.")).containsExactly("RUSGOV>GBR:016");
    }

    @Test
    void anExpelledPersonWhoIsNoDiplomatIsExpelledAsAPerson() {
        // 174: one person expelled who holds no diplomatic post; diplomats stay a reduction of relations (161)
        assertThat(events("Mali's junta expelled the spokesman of the UN peacekeeping mission on Wednesday.")).containsExactly("MLIMIL>IGOUNO:174");
        assertThat(events("Russia expelled a BBC correspondent on Friday.")).containsExactly("RUS>GBRMED:174");
        assertThat(events("Russia expelled two Estonian diplomats.")).containsExactly("RUS>ESTGOV:161");
    }

    @Test
    void anIdeaOrPlanDismissedAsAbsurdIsRefusedNotDenied() {
        // 12x: what is proposed is refused, whether "as absurd" comes before or after it; a claim of fact stays denied (016)
        assertThat(events("Danish Prime Minister Mette Frederiksen dismissed as absurd President Donald Trump's idea of buying Greenland."))
                .singleElement().satisfies(e -> assertThat(e).endsWith(":120"));
        assertThat(events("Denmark dismissed Trump's idea as absurd.")).singleElement().satisfies(e -> assertThat(e).endsWith(":120"));
        assertThat(events("Kyiv dismissed as unrealistic the Chinese peace plan.")).containsExactly("UKRGOV>CHN:127");
        assertThat(events("Beijing dismissed the accusations as absurd.")).noneMatch(e -> e.endsWith(":120"));
        assertThat(events("Beijing dismissed Washington's accusations as absurd.")).containsExactly("CHNGOV>USAGOV:016");
    }
}
