package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CodedDocument;
import org.touchstone.coder.CoderTestSupport;

/**
 * Events the coder should not make: a pair read from words that are not an asserted act of that pair (an act named
 * as the object of a response, a relative clause inside a charge, the subject of the next clause, the outlet of an
 * interview, the outlet reporting someone's words). Constructed sentences in wire style, never gold or tuning
 * sentences, each rule with near misses whose right event stays.
 */
class SpuriousEventsTest {
    private static CodedDocument code(String text) {
        return CoderTestSupport.code(text, LocalDate.of(2023, 3, 15));
    }

    private static List<String> events(String text) {
        return CoderTestSupport.events(code(text));
    }

    /** "SPEAKER [TARGETS]" of each statement. */
    private static List<String> statements(String text) {
        return code(text).statements().stream().map(st -> st.speaker() + " " + st.targets()).toList();
    }

    @Test
    void anActNamedByACompoundNounAfterADeterminerIsTheObjectOfTheResponse() {
        // R6: "the American drone strike in Kabul" is a noun phrase; the place is no target of a strike event
        assertThat(events("The Taliban government condemned the American drone strike in Kabul.")).containsExactly("AFGGOV>USAMIL:111");
        assertThat(events("Pakistan condemned the Indian missile strike in Kashmir.")).containsExactly("PAK>INDMIL:111");
        assertThat(events("Hezbollah condemned the Israeli drone attack in Beirut.")).containsExactly("LBNUAF>ISRMIL:111");
        assertThat(events("The Afghan government criticised a US air raid in Kunduz province.")).containsExactly("AFGGOV>USAMIL:111");
    }

    @Test
    void theVerbFormsOfStrikingStillCode() {
        // near misses: a plural subject with the base form, an irregular past, a modal, a strike that is the subject
        assertThat(events("Israeli jets strike Hamas targets in Gaza.")).containsExactly("ISRMIL>PSEREB:195");
        assertThat(events("The Israeli army struck Hamas targets in Gaza.")).containsExactly("ISRMIL>PSEREB:194");
        assertThat(events("The US military said its jets would strike targets in Syria.")).containsExactly("USAMIL>SYR:1384");
        assertThat(events("A US drone strike in Kabul killed al-Qaeda leader Ayman al-Zawahiri.")).containsExactly("USAMIL>IMGMOSALQ:186");
    }

    @Test
    void aRelativeClauseInsideADeniedOrChargedActIsPartOfTheCharge() {
        // R4: whom the charge is about is named by the relative clause; its act is not asserted
        assertThat(events("Rwanda denied supporting the M23 rebels who have seized territory in eastern Congo."))
                .containsExactly("RWA>CODREB:016");
        assertThat(events("Kigali has denied arming the M23 militia that captured Goma.")).containsExactly("RWAGOV>CODREB:016");
        assertThat(events("Chad accused Sudan of sheltering the rebels who attacked N'Djamena.")).containsExactly("TCD>SDN:112");
        assertThat(events("Uganda accused Rwanda of arming rebels who attacked Congolese troops.")).containsExactly("UGA>RWA:1123");
    }

    @Test
    void aRelativeClauseOutsideACharge() {
        // near misses: after a comma the clause is the writer's; a relative clause in plain reported words is asserted
        assertThat(events("Rwanda denied backing the M23 rebels, who seized Goma in January."))
                .containsExactly("RWA>CODREB:016", "CODREB>COD:192");
        assertThat(events("Rwanda said the M23 rebels who seized Goma would withdraw.")).contains("CODREB>COD:192");
    }

    @Test
    void theSubjectOfTheNextClauseIsNotWhatTheWordsAreAbout() {
        assertThat(events("China condemned the visit and a US warship sailed through the strait.")).isEmpty();
        assertThat(events("Iran condemned the strike and Hezbollah fired rockets at Israel.")).containsExactly("LBNUAF>ISR:194");
        // near misses: objects joined by "and" are all objects
        assertThat(events("Beijing condemned Washington and Tokyo on Monday.")).containsExactly("CHNGOV>USAGOV:111", "CHNGOV>JPNGOV:111");
        assertThat(events("Serbia freed 32 Armenian soldiers and Armenia released two Azerbaijani prisoners."))
                .containsExactly("SRB>ARMMIL:0841", "ARM>AZECVL:0841");
    }

    @Test
    void anActADemandWouldStopIsNotCoded() {
        assertThat(events("Thousands rallied in Berlin to demand an end to Russia's invasion of Ukraine.")).doesNotContain("RUS>UKR:190");
        assertThat(events("Germany demanded a halt to Israel's offensive in Rafah.")).containsExactly("DEU>ISR:100");
        assertThat(events("Tens of thousands rallied in Madrid to demand a stop to Israel's bombardment of Gaza."))
                .noneMatch(e -> e.startsWith("ISR"));
        // near misses: the act as the subject, and the demander's own condemnation
        assertThat(events("Russia's invasion of Ukraine entered its third year.")).containsExactly("RUS>UKR:190");
        assertThat(events("Germany condemned Russia's invasion of Ukraine and demanded a withdrawal of its troops.")).contains("DEU>RUS:111");
    }

    @Test
    void theOutletOfAnInterviewIsNoTarget() {
        assertThat(statements("Tshisekedi accused Rwanda of plundering Congo's minerals in an interview with France 24."))
                .containsExactly("CODGOV [RWA]");
        assertThat(statements("The Sudanese army chief accused the RSF of war crimes in an interview with a Saudi television channel."))
                .containsExactly("SDNMIL [SDNREB]");
        // near miss: an outlet accused is a target
        assertThat(statements("Zelensky accused the BBC of spreading Russian propaganda in an interview with CNN."))
                .singleElement().asString().contains("GBRMED");
    }

    @Test
    void anOutletReportingAnIdentifiedSpeakersWordsIsNotTheSpeaker() {
        // R3, S7-12: the outlet is the channel of the leader's words
        assertThat(statements("North Korean leader Kim Jong Un called South Korea a hostile state in a speech to parliament, "
                + "state news agency KCNA reported.")).containsExactly("PRKGOV [KOR]");
        assertThat(statements("Iranian President Ebrahim Raisi condemned the Israeli strike on Damascus, state television reported."))
                .containsExactly("IRNGOV [ISR]");
        assertThat(statements("Chinese state media said Xi told Trump that Taiwan was the most important issue."))
                .noneMatch(st -> st.startsWith("CHNMED"));
        // near misses: an outlet reporting a deed, or its own news, speaks in its own name
        assertThat(statements("Xinhua reported the visit of the Russian foreign minister to Beijing.")).containsExactly("CHNMED [RUSGOV]");
        assertThat(statements("The BBC said its correspondent had been expelled from Russia.")).containsExactly("GBRMED [RUS]");
    }

    @Test
    void forceOnAStateAndOnItsSideByAParticipleIsOneEvent() {
        // R5: the participle says whom the strikes in the state hit
        assertThat(events("Russian warplanes carried out air strikes in Syria on Wednesday, hitting positions held by rebel groups around Homs."))
                .containsExactly("RUSMIL>SYRREB:195");
        assertThat(events("Israeli jets struck targets in Lebanon, hitting Hezbollah positions near Tyre.")).containsExactly("ISRMIL>LBNUAF:195");
        // near miss: two clauses, two acts
        assertThat(events("Russian jets bombed Syria and Syrian rebels attacked Russian troops."))
                .containsExactly("RUSMIL>SYR:195", "SYRREB>RUSMIL:190");
    }

    /** Session 36 (fp36): one verb's victims and the provinces of their state named as its place are one act, at the side. */
    @Test
    void forceOnASideInTheProvincesOfItsStateIsOneEvent() {
        assertThat(events("Turkish drone strikes killed six civilians in Syria's Hasakah and Raqqa provinces on Sunday."))
                .containsExactly("TURMIL>SYRCVL:195");
        assertThat(events("Russian missiles killed four civilians in Ukraine's Kharkiv and Sumy regions overnight."))
                .containsExactly("RUSMIL>UKRCVL:194");
        // near miss: the state alone as the place stays
        assertThat(events("Turkish drone strikes hit Syria's Hasakah province on Sunday.")).containsExactly("TURMIL>SYR:195");
    }

    @Test
    void aMediatorsVisitIsNoMeetingOfItsOwn() {
        // R13: explicit mediation gives 045 to each party instead of any meeting code
        assertThat(events("The Qatari emir travelled to Kigali and mediated a peace deal between Rwanda and Congo."))
                .containsExactly("QATGOV>RWA:045", "QATGOV>COD:045");
        assertThat(events("Erdogan flew to Kyiv and mediated between Russia and Ukraine.")).containsExactly("TURGOV>RUS:045", "TURGOV>UKR:045");
        // near miss: talks with no mediation keep their pair
        assertThat(events("Macron flew to Moscow for talks with Putin.")).containsExactly("FRAGOV>RUSGOV:046", "RUSGOV>FRAGOV:046");
    }

    @Test
    void anOutletReportingNewsMakesNoRemarkEvent() {
        // R3: the attribution gives a statement, not an event (010) of the outlet toward whom the news is about
        assertThat(events("Xinhua reported the visit of the Russian foreign minister to Beijing.")).isEmpty();
        assertThat(events("The Estonian foreign minister was placed on a wanted list by Russia's interior ministry, state media reported."))
                .noneMatch(e -> e.contains("MED>"));
        // near misses: the outlet's own accusation or condemnation is its event
        assertThat(events("North Korean state media accused South Korea of staging provocative drills with the United States."))
                .containsExactly("PRKMED>KOR:112");
        assertThat(events("KCNA condemned the joint drills of South Korea and the United States."))
                .containsExactly("PRKMED>KOR:111", "PRKMED>USA:111");
    }

    @Test
    void anActAnotherTriedOrPlannedAgainstTheSpeakersSideIsTheSpeakersCharge() {
        // R3c/R11: the attempt or plan is not asserted as done; the victim's words charge the would-be actor
        assertThat(events("Kosovo's prime minister said Serbia had been preparing to invade the north of Kosovo."))
                .containsExactly("KSVGOV>SRB:1123");
        assertThat(events("Serbia was preparing to invade northern Kosovo, Kosovo's prime minister said.")).containsExactly("KSVGOV>SRB:1123");
        assertThat(events("Moldova's president told reporters that Russia was trying to overthrow her government."))
                .containsExactly("MDAGOV>RUS:1123");
        assertThat(events("Georgian officials said Russia had plotted to annex South Ossetia.")).containsExactly("GEOGOV>RUS:1123");
        // a planned attack is aggression as a prepared invasion is (session 16: the intent verb's 138x, charged, is 1123)
        assertThat(events("Kosovo's Prime Minister Albin Kurti said Serbian forces had planned to attack Kosovo police."))
                .containsExactly("KSVGOV>SRBMIL:1123");
        // the statement carries the charge, not a remark (010)
        assertThat(code("Kosovo's Prime Minister Albin Kurti said Serbian forces had planned to attack Kosovo police.").statements())
                .extracting(st -> st.code()).containsExactly("1123");
    }

    @Test
    void anAssertedActAnOwnPlanOrAThirdPartysWordsKeepTheAct() {
        // near misses: the act reported as done, a plan announced by the actor's own side, a tried assault (fought)
        assertThat(events("Moldova's president said Russia had overthrown her government.")).contains("RUS>MDAGOV:1722");
        assertThat(events("Ukraine said Russia had shelled Kharkiv.")).containsExactly("RUS>UKR:194");
        assertThat(events("Russia is planning to expel Polish diplomats, the foreign ministry said.")).containsExactly("RUS>POLGOV:1313");
        assertThat(events("Ukraine's military said Russian forces had tried to storm Bakhmut.")).containsExactly("RUSMIL>UKR:190");
    }

    @Test
    void armedMenNamedByNoStruggleAreNotPlacedInAState() {
        // R2: unidentified perpetrators yield no event, and a place is never a source
        assertThat(events("Gunmen in Nigeria's Zamfara state kidnapped three Italian engineers on Tuesday.")).isEmpty();
        assertThat(events("Two Turkish engineers were abducted by armed men in Libya's western mountains.")).isEmpty();
        assertThat(events("Militants in northern Mozambique seized a South African contractor on Monday.")).isEmpty();
        assertThat(events("Militias in eastern Congo attacked a convoy carrying Indian peacekeepers.")).isEmpty();
    }

    @Test
    void rebelsAndCrowdsAreStillPlacedInTheirState() {
        // near misses: rebels are named by their struggle, a named group keeps its state, protesters are the place's people
        assertThat(events("Rebels in northern Mali kidnapped three German aid workers.")).containsExactly("MLIREB>DEUCVL:181");
        assertThat(events("Ansar Dine militants in Mali seized two French aid workers.")).containsExactly("MLIREB>FRACVL:181");
        assertThat(events("Protesters in Baghdad stormed the Swedish embassy on Thursday.")).containsExactly("IRQCVL>SWE:145");
    }

    @Test
    void anActThatAnAnswerIsAboutIsNotCodedAgain() {
        // R6: the case, lawsuit or request answered is news elsewhere, even when the answering verb codes nothing
        assertThat(events("Israel's lawyers responded to South Africa's genocide case against Israel at the World Court on Friday.")).isEmpty();
        assertThat(events("Russia answered Ukraine's lawsuit against Moscow at the International Court of Justice.")).isEmpty();
        assertThat(events("Myanmar's leader defended her country at the World Court, answering the Gambia's case against it.")).isEmpty();
        assertThat(events("Riyadh has not replied to Turkish requests to search the residence.")).isEmpty();
        assertThat(events("Beijing reacted angrily to Japan's protest over the survey ship.")).containsExactly("CHNGOV>JPN:111");
    }

    @Test
    void theActsThemselvesAndAnswersByDeedsStillCode() {
        // near misses: the case filed, the protest made, a refusal of the complaint, an answer that is a deed
        assertThat(events("South Africa filed a genocide case against Israel at the World Court on Friday.")).containsExactly("ZAF>ISR:115");
        assertThat(events("Russia rejected Ukraine's complaint against it at the UN court.")).containsExactly("RUS>UKR:120");
        assertThat(events("Moscow responded by expelling ten British diplomats.")).containsExactly("RUSGOV>GBRGOV:161");
        assertThat(events("Turkey asked Saudi Arabia to let its investigators search the residence.")).containsExactly("TUR>SAU:020");
    }

    @Test
    void migrantsOfNoNationalityAreNoStatesOwnPeople() {
        // S30-6: no actor, so force on them codes nothing; a stated nationality identifies them, and protesters stay
        // the state's own people
        assertThat(events("Polish police beat migrants at the border.")).isEmpty();
        assertThat(events("Greek police detained asylum seekers on Lesbos.")).isEmpty();
        assertThat(events("Polish police beat Afghan migrants at the border.")).containsExactly("POLCOP>AFGCVL:182");
        assertThat(events("Polish police detained protesters in Warsaw.")).containsExactly("POLCOP>POLCVL:173");
    }

    @Test
    void aPluralAfterAPrepositionOfBackgroundIsANounNotAVerb() {
        // R7: "after clashes in ...", "following clashes between ..." name earlier events; no finite verb follows "after"
        assertThat(events("Serbia put its army on alert after clashes in northern Kosovo.")).isEmpty();
        // the alert itself faces the other side of the clashes (S30-13), but the clashes code nothing
        assertThat(events("Serbia put its army on alert following clashes between Serb protesters and Kosovo police."))
                .containsExactly("SRB>KSVCOP:152");
        assertThat(events("Serbia raised the combat readiness of its army after clashes in the north of Kosovo."))
                .containsExactly("SRB>KSV:152");
    }

    @Test
    void aClauseAfterThePrepositionStillCodes() {
        // near misses: the clash as a finite verb, in a clause with its own subject, or coordinated
        assertThat(events("Serbian troops clashed with Kosovo police in the north on Sunday.")).containsExactly("SRBMIL>KSVCOP:190", "KSVCOP>SRBMIL:190");
        assertThat(events("Serbia put its army on alert after its troops clashed with Kosovo police."))
                .containsExactly("SRB>KSVCOP:152", "SRBMIL>KSVCOP:190", "KSVCOP>SRBMIL:190");
        assertThat(events("Kosovo police and Serb protesters clashed in Zvecan, and Serbia put its army on alert."))
                .containsExactly("KSVCOP>SRBCVL:190", "SRBCVL>KSVCOP:190");
    }

    @Test
    void aSecondInfinitiveAfterAndIsTheSameVerbsComplement() {
        // R4, R9: "threatened to X ... and Y": Y is threatened too, however long X's object; "vowed to X and Y": Y is vowed
        assertThat(events("Iran threatened to close the Strait of Hormuz and attack American warships.")).containsExactly("IRN>USAMIL:1381");
        assertThat(events("Erdogan threatened on Thursday to open the gates and send 3.6 million refugees to Europe.")).isEmpty();
        assertThat(events("Russia vowed to rebuild the port and send grain to African countries.")).containsExactly("RUS>AFR:0333");
        assertThat(events("North Korea threatened to cut off communication lines and expel South Korean workers.")).containsExactly("PRK>KORCVL:130");
    }

    @Test
    void aDeedAfterAndWithItsOwnFormOrSubjectStillCodes() {
        // near misses: a past tense after "and" is a deed of its own; a new subject opens its own clause
        assertThat(events("Iran threatened to close the Strait of Hormuz and seized a British tanker.")).contains("IRN>GBR:1711");
        assertThat(events("Russia vowed to rebuild the port, and Turkey sent grain to Syria.")).contains("TUR>SYR:073");
    }

    @Test
    void aChargedOrWarnedGerundWithAnAdverbOrAParticleIsNotAnAct() {
        // R4: "accused X of deliberately ramming", "warned X against openly arming", "demands including scaling back ties"
        assertThat(events("China accused Manila of deliberately ramming a Chinese coast guard ship at Sabina Shoal.")).containsExactly("CHN>PHLGOV:112");
        assertThat(events("Seoul accused Pyongyang of secretly supplying artillery shells to Russia.")).containsExactly("KORGOV>PRKGOV:112");
        assertThat(events("The US warned Turkey against cracking down on Kurdish fighters.")).containsExactly("USA>TUR:130");
        assertThat(events("Washington set conditions for the deal, including scaling back ties with China.")).isEmpty();
    }

    @Test
    void theSameActsAssertedStillCode() {
        // near misses: the deed as a finite verb, or after a phase verb
        assertThat(events("Qatar scaled back ties with Iran on Monday.")).containsExactly("QAT>IRN:161");
        assertThat(events("Turkey began cracking down on Kurdish fighters in Syria.")).containsExactly("TUR>SYRREB:175");
    }

    @Test
    void aPhrasalParticipleIsAParticipleLikeASingleWord() {
        // "a package cracking down on", like "a resolution demanding": a participle modifying a noun, not an act
        assertThat(events("The EU adopted a package cracking down on Russian oil exports.")).isEmpty();
        // near misses: the phrasal verb finite, or after a comma as the same actor's further act
        assertThat(events("Moscow threatened Finland over its NATO bid, cutting off electricity supplies to the country."))
                .containsExactly("RUSGOV>FIN:130", "RUSGOV>FIN:163");
        assertThat(events("Mali's junta pulled out of the defence pact with France.")).isNotEmpty();
    }

    /** Session 35: people killed by a disaster are the object of its participle, not the subject of the next one. */
    @Test
    void peopleKilledAreNoSubjectOfTheParticipleAfterAnd() {
        assertThat(events("A cyclone hit southern Mozambique on Sunday, killing 80 people and destroying hundreds of houses.")).isEmpty();
        assertThat(events("Chilean protesters marching through Santiago and setting fire to buses clashed with police on Friday."))
                .anyMatch(e -> e.startsWith("CHLCVL>") && e.endsWith(":145")); // the crowd before its participles still riots
    }

    /** Session 36 (fp36): a past crime recognised as such is no diplomatic recognition (054) of its victims' state. */
    @Test
    void aCrimeRecognisedIsNoStateRecognised() {
        assertThat(events("The Dutch parliament adopted a motion recognising the Armenian genocide on Thursday.")).isEmpty();
        assertThat(events("Canada's parliament voted to recognise the killings of Armenians in 1915 as genocide.")).isEmpty();
        // near misses: a state or its independence recognised
        assertThat(events("Bhutan recognised Bangladesh in December 1971.")).containsExactly("BTN>BGD:054");
        assertThat(events("Norway and Ireland recognised the state of Palestine on Tuesday."))
                .containsExactlyInAnyOrder("NOR>PSE:054", "IRL>PSE:054");
    }
}
