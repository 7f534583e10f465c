package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.statement.CodedStatements.only;
import static org.touchstone.coder.statement.CodedStatements.statements;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Document;
import org.touchstone.core.Statement;

/** Whom statements are about (targets) and whether they name them, class by class, on sentences written for the test. */
class StatementTargetsTest {
    /** Session 35: "the kingdom" or "the island" in words told to an outlet is no outlet's country, but the speaker's. */
    @Test
    void theOutletToldIsNoKingdomNorIsland() {
        Statement s = only("Bahrain's foreign minister told the Financial Times that the kingdom wanted better relations with Iran.");
        assertThat(s.targets()).containsExactly("IRN");
        Statement t = only("Sri Lanka's president told the BBC that China should not use the island as a pawn.");
        assertThat(t.targets()).containsExactly("CHN");
    }

    @Test
    void aNameEndingInIngIsNotAParticipleOfATrailingAttribution() {
        // "Beijing" after "said" once made "..., X, said Beijing ..." look like a trailing "X said, adding ..."
        Statement s = only("Japan's top diplomat, Yoko Kamikawa, said Beijing must stop its coercion.");
        assertThat(s.targets()).containsExactly("CHNGOV");
    }

    @Test
    void aRefusalIsAStatementOnlyWhenWordsAreReported() {
        assertThat(statements("Turkey declined to send troops to Syria.")).isEmpty();
        assertThat(statements("Hungary refused to join the EU statement on China.")).isEmpty();
        assertThat(statements("Kyiv dismissed Moscow's referendums.")).isEmpty();
        // a characterization, a quote or a saying-clause are words
        assertThat(only("Kyiv dismissed Moscow's referendums as a sham.").targets()).containsExactly("RUSGOV");
        assertThat(only("The Kremlin rejected Kyiv's peace plan, calling it absurd.").targets()).containsExactly("UKRGOV");
        assertThat(only("Mexico rejected Washington's demand to deploy soldiers at the border, saying the matter was closed.")
                .code()).isEqualTo("124");
    }

    @Test
    void anOppositionSpeaksAboutItsOwnGovernmentAndForces() {
        Statement s = only("Venezuela's opposition leader said the army must stop protecting Nicolas Maduro's government.");
        assertThat(s.targets()).containsExactly("VENMIL", "VENGOV");
    }

    @Test
    void aStateSpeaksAboutItsOwnPeopleOnlyWhenNothingAbroadIsSpokenOf() {
        assertThat(only("Iranian police warned that Iranian students joining the protests would be punished.").targets())
                .containsExactly("IRNCVL");
        assertThat(only("China's foreign ministry said the United States was hobbling Chinese companies.").targets())
                .containsExactly("USA");
        // its own state's organs are never what it speaks about
        assertThat(only("Russia's defence ministry said the Kremlin had approved the deployment.").targets()).isEmpty();
    }

    @Test
    void aPronounInTheWordsStandsForTheActorNamedBeforeIt() {
        assertThat(only("Hungary expelled two Russian diplomats, accusing them of spying.").targets()).containsExactly("RUSGOV");
        // the pronoun inside the speech act's own pattern
        assertThat(only("Moscow expelled ten German diplomats and accused their government of hostile actions.").targets())
                .containsExactly("DEUGOV");
    }

    @Test
    void wordsAddedToAStanceAddTheirTargets() {
        // a saying-clause after a speech act
        assertThat(only("Seoul rejected Tokyo's request, saying the issue would be settled with Washington.").targets())
                .containsExactly("JPNGOV", "USAGOV");
        // a speech act of the speaker's state inside reported words, merged into the statement
        assertThat(only("Scholz said Germany would not send Taurus missiles to Ukraine, rebuffing a request from Britain.")
                .targets()).containsExactly("UKR", "GBR");
        // a second speech act of the same speaker
        Statement s = only("Erdogan accused Israel of genocide and called on the United Nations to act.");
        assertThat(s.code()).isEqualTo("1124");
        assertThat(s.targets()).containsExactly("ISR", "IGOUNO");
        // but not a second code of a country already spoken of
        assertThat(only("Zelensky thanked Britain for its support, saying London had been a true friend.").targets())
                .containsExactly("GBR");
    }

    @Test
    void anOrganizationNamedAsTheModifierOfAThingIsNoTarget() {
        assertThat(only("Putin said the United States had violated the UN Charter.").targets()).containsExactly("USA");
        assertThat(only("Erdogan said Finland should not expect Ankara's backing for its NATO membership.").targets())
                .containsExactly("FIN");
    }

    @Test
    void anOrganizationSomeoneJoinsIsTheirMembershipNotATarget() {
        assertThat(only("Orban said Hungary would approve Sweden's application to join NATO next week.").targets())
                .containsExactly("SWE");
        assertThat(only("Lula said Argentina and Egypt were ready to join the BRICS group.").targets())
                .containsExactly("ARG", "EGY");
    }

    @Test
    void theOneAddressedInALetterCallOrMeetingIsATarget() {
        assertThat(only("In a letter to Xi, Biden said cooperation on climate was welcome.").targets()).containsExactly("CHNGOV");
        assertThat(only("South Korea's foreign minister delivered a letter from President Yoon to Japan's prime minister, "
                + "calling for closer ties.").targets()).containsExactly("JPNGOV");
        assertThat(only("Kishida met Biden at the White House and said Japan would double its defence spending.").targets())
                .containsExactly("USAGOV");
        // met before the words were said, not where they were said
        assertThat(only("After meeting Biden, Kishida said Japan would double its defence spending.").targets()).isEmpty();
    }

    @Test
    void anAccusationIsAboutThoseItsChargeNamesToo() {
        // session 20: not the one the charged act arms, backs or shelters (the studied sets code "accused France of arming
        // Armenia", "sponsoring militants in Balochistan", "sheltering Belarusian opposition figures" about the supporter only)
        assertThat(only("Beijing accused Washington of arming Taiwan.").targets()).containsExactly("USAGOV");
        assertThat(only("Moscow accused London of helping Kyiv plan the attack.").targets()).containsExactly("GBRGOV", "UKRGOV");
    }

    @Test
    void aCountryTargetIsItsGovernmentWhenTheWordsNameIt() {
        assertThat(only("Germany's foreign ministry said Baerbock would travel to Tokyo next month for talks with "
                + "Japanese officials.").targets()).containsExactly("JPNGOV");
        assertThat(only("Germany will send another air-defence system to Ukraine, the defence minister said.").targets())
                .containsExactly("UKR");
        // a capital standing for the government names the state again, not officials of it
        assertThat(only("Macron said France would impose new sanctions on Iran if Tehran kept arming Russia.").targets())
                .containsExactly("IRN");
        assertThat(only("Seoul said it was investigating a suspected North Korean cyberattack, which Pyongyang did not "
                + "comment on.").targets()).containsExactly("PRK");
    }

    @Test
    void aClaimedAttackIsAboutThePlaceItStruck() {
        assertThat(only("The Islamic State group claimed responsibility for the bombing in Kabul.").targets())
                .containsExactly("AFG");
    }

    @Test
    void anAllusionLocatedOrFixedByUsageHasItsCountryAsTarget() {
        Statement s = only("The Chinese embassy accused some politicians in the Philippines of stirring up tensions.");
        assertThat(s.targets()).containsExactly("PHL");
        assertThat(s.named()).isFalse();
        Statement t = only("A Hamas spokesman blamed \"the occupation\" for the deaths of civilians in the area.");
        assertThat(t.targets()).containsExactly("ISR");
        assertThat(t.named()).isFalse();
        // a time, not the occupier
        assertThat(only("Russian forces tortured detainees in the Kherson region during the occupation, UN investigators said.")
                .targets()).doesNotContain("ISR");
        assertThat(only("Zelensky thanked all partners who stand with Ukraine for the air-defence systems.").named()).isFalse();
    }

    @Test
    void theForumTheWordsWereToldToIsNoTarget() {
        assertThat(only("Russia's ambassador to the United Nations told the Security Council that Ukraine was shelling the plant.")
                .targets()).containsExactly("UKR");
        assertThat(only("Zelensky told the Bundestag that Germany had put its economy ahead of Ukraine's security.").targets())
                .containsExactly("DEU");
    }

    @Test
    void theCircumstanceOfTheSayingIsNotTheWords() {
        Statement s = statements("Erdogan said at a joint news conference with Scholz that Israel was committing war crimes.")
                .stream().filter(t -> t.speaker().equals("TURGOV")).findFirst().orElseThrow();
        assertThat(s.targets()).containsExactly("ISR");
    }

    @Test
    void aPossessorWhoseUnnamedOfficialSpeaksIsTheSpeaker() {
        Statement s = only("NATO's secretary general said at a NATO meeting that China was helping Russia.");
        assertThat(s.speaker()).isEqualTo("IGOWSTNAT");
        assertThat(s.targets()).containsExactly("CHN", "RUS");
        // a state body speaks as its government (GOLD-SET.md, roles: ministries, "authorities" -> GOV)
        assertThat(only("China's customs authority said the ban would protect consumers.").speaker()).isEqualTo("CHNGOV");
    }

    @Test
    void aPlaceAfterTheVerbIsNoInvertedSpeaker() {
        // "remarks at the White House": the White House is where, not who
        assertThat(statements("In remarks at the White House, Biden said Putin was responsible for the death."))
                .extracting(Statement::speaker).containsExactly("USAGOV");
        assertThat(statements("Russian forces launched attacks on Ukraine, with explosions reported in Kyiv and Kharkiv."))
                .extracting(Statement::speaker).doesNotContain("UKR");
    }

    @Test
    void aVeiledReferenceIsAnAlludedTarget() {
        Statement s = only("\"We will not be intimidated,\" Taiwan's president said, in an apparent reference to China.");
        assertThat(s.targets()).containsExactly("CHN");
        assertThat(s.named()).isFalse();
    }

    @Test
    void wordsAfterAnOpeningAccordingToAreTheWords() {
        assertThat(only("According to the Kremlin, Putin told Erdogan that Ukraine had sabotaged the talks.").targets())
                .containsExactly("TURGOV", "UKR");
    }

    @Test
    void theSpeakersOwnStateIsNoTargetOfItsStance() {
        // "relations between Russia and China": the act's own side is not spoken about
        assertThat(only("Putin told Xi in a video call that relations between Russia and China were at their best.").targets())
                .containsExactly("CHNGOV");
    }

    @Test
    void foreignHandsBehindUnrestAreAlludedTo() {
        for (String text : List.of("The Georgian prime minister said the protests were a coup attempt financed by foreign interests.",
                "Lukashenko told reporters that some foreign intelligence services were behind the riots in Minsk.",
                "Kazakhstan's interior minister said the attackers were foreign-trained terrorists.",
                "Ortega warned some foreign countries not to meddle in the November election.")) {
            Statement s = only(text);
            assertThat(s.named()).as(text).isFalse();
            assertThat(s.targets()).as(text).isEmpty();
        }
    }

    @Test
    void anAllusionNamingItsRegionOrFixedByUsageHasItsReferent() {
        Statement west = only("The Georgian premier told state television that certain Western embassies were funding the protests.");
        assertThat(west.targets()).containsExactly("WST");
        assertThat(west.named()).isFalse();
        assertThat(west.code()).isEqualTo("112"); // money for unrest is a charge
        assertThat(only("Ortega told a rally that the opposition was financed by foreign governments.").code()).isEqualTo("112");
        Statement collective = only("Lavrov said the collective West was waging a hybrid war against Russia.");
        assertThat(collective.targets()).containsExactly("WST");
        assertThat(collective.named()).isFalse();
        Statement empire = only("Maduro accused the empire of sabotaging the power grid.");
        assertThat(empire.targets()).containsExactly("USA");
        assertThat(empire.named()).isFalse();
        Statement puppets = only("Kim Yo Jong said the puppets in Seoul would pay dearly for the leaflets.");
        assertThat(puppets.targets()).containsExactly("KOR");
        assertThat(puppets.named()).isFalse();
        Statement revanchists = only("Aliyev said revanchist forces in Armenia were trying to derail the peace treaty.");
        assertThat(revanchists.targets()).containsExactly("ARM");
        assertThat(revanchists.named()).isFalse();
    }

    @Test
    void anAllusionToldToAForumStaysAnAllusion() {
        // the assembly addressed is no target, so the words name no one
        Statement s = only("Wang Yi told the UN General Assembly that certain countries were abusing sanctions.");
        assertThat(s.targets()).isEmpty();
        assertThat(s.named()).isFalse();
    }

    @Test
    void anActorLeftUnnamedOrClearlyMeantIsAnAllusion() {
        Statement without = only("Without naming China, the Philippine president told a summit that some countries were bullying their neighbours.");
        assertThat(without.targets()).contains("CHN");
        assertThat(without.named()).isFalse();
        Statement directly = only("Estonia's prime minister said, without directly mentioning Russia, that aggression must not be rewarded.");
        assertThat(directly.targets()).contains("RUS");
        assertThat(directly.named()).isFalse();
        // named in the words and meant as well: still an allusion
        Statement clear = only("Modi told parliament that India would not tolerate terror from across the border, in a clear reference to Pakistan.");
        assertThat(clear.targets()).containsExactly("PAK");
        assertThat(clear.named()).isFalse();
    }

    @Test
    void aDenialNamingNoAccuserIsAimedWhereTheDeniedActWas() {
        // R8: the party the denied act was allegedly aimed at, not the place of the denial
        assertThat(only("Belarus denied that it had pushed migrants across the border into Poland.").targets()).containsExactly("POL");
        assertThat(only("Venezuela denied that its troops had crossed into Guyana.").targets()).containsExactly("GUY");
        assertThat(only("Tehran denied that it had sent drones to Russia for use in Ukraine.").targets()).containsExactly("UKR");
        assertThat(only("Myanmar's leader denied at a hearing in The Hague that the army had burned villages.").targets()).isEmpty();
        // where the denied act took place is not whom it was aimed at
        assertThat(only("Moscow denied any role in the shelling of the market in Kostiantynivka.").targets()).isEmpty();
    }

    @Test
    void aCriticismIsAboutTheAuthorOfAMeasureNotWhomItBearsOn() {
        assertThat(only("Orban told a Hungarian radio station that EU sanctions against Russia had backfired.").targets())
                .containsExactly("IGOEUREEC");
        assertThat(only("Lula told the UN General Assembly that the US embargo on Cuba was illegal.").targets())
                .containsExactly("USA");
        assertThat(only("Fico said Brussels was reckless to push a war with Russia.").targets()).doesNotContain("RUS");
    }

    @Test
    void aForeignParliamentToldOfTheTwoCountriesHasItsCountrySpokenOf() {
        for (String text : List.of(
                "Modi told a joint meeting of the US Congress that ties between the two democracies had never been stronger.",
                "Zelensky told the Canadian parliament that the two nations stood together.",
                "Macron told the German Bundestag that both countries must lead together.")) {
            Statement s = only(text);
            assertThat(s.targets()).as(text).hasSize(1);
            assertThat(s.targets().get(0)).as(text).hasSize(3); // the country, not its parliament
        }
        // beside what else the words name: the country, not its parliament (Europe is the region's actor, EUR)
        assertThat(only("Macron told the German Bundestag that both countries must lead Europe.").targets())
                .containsExactly("EUR", "DEU");
        // the stance is an event toward that country too (R11)
        var coded = CodedStatements.CODER.code(new Document("p", LocalDate.of(2023, 6, 15), null, null,
                null, null, "Modi told a joint meeting of the US Congress that ties between the two democracies had never been stronger.", null));
        assertThat(coded.events()).anyMatch(e -> e.source().code().equals("INDGOV") && e.target().code().equals("USA")
                && e.code().equals("013"));
        // a forum of many is no country
        assertThat(only("Wang Yi told the UN Security Council that the two countries should talk.").targets()).isEmpty();
    }

    @Test
    void unnamedPowersAndEnemiesAreAlludedTo() {
        for (String text : List.of("Xi warned that outside powers were stirring up trouble in the South China Sea.",
                "Kim Jong Un said the enemy was plotting an invasion.",
                "Beijing said countries outside the region should stop interfering.")) {
            Statement s = only(text);
            assertThat(s.named()).as(text).isFalse();
            assertThat(s.targets()).as(text).isEmpty();
        }
    }

    @Test
    void aLabelOnAnActIsAboutTheActorNamedBeforeIt() {
        assertThat(only("Nicaragua also cut ties with Ecuador, calling the embassy raid 'neo-fascist barbarism'.").targets())
                .containsExactly("ECU");
        assertThat(only("North Korea fired artillery near the border, a move Seoul's military called 'a clear provocation'.")
                .targets()).containsExactly("PRK");
        assertThat(only("The EU imposed sanctions on Iran, which Tehran called 'illegal'.").targets())
                .containsExactly("IGOEUREEC");
        // with no actor before it, a label on a thing is about no one
        assertThat(only("Putin called the decision 'stupid'.").targets()).isEmpty();
    }

    @Test
    void aTrailingParticipleOfSeveralWordsBelongsToTheSpeakerBeforeIt() {
        // "..., referring to X" is the speaker's, not a new statement by the actor just before the comma
        List<Statement> all = statements("President Biden warned that the United States would act to protect itself if China"
                + " threatened its sovereignty, referring to the downing of a Chinese balloon.");
        assertThat(all).extracting(Statement::speaker).containsExactly("USAGOV");
        assertThat(only("Kishida urged restraint, referring to China's drills near Taiwan.").targets()).containsExactly("CHN");
    }

    @Test
    void whomADemandedActActsOnIsSpokenAboutToo() {
        assertThat(only("Belarus's opposition leader said the army should stop backing Alexander Lukashenko.").targets())
                .containsExactly("BLRMIL", "BLRGOV");
        assertThat(statements("Germany urged Turkey to stop backing Azerbaijan.").get(0).targets()).containsExactly("TUR", "AZE");
        // an actor after a preposition is the frame of the act, not what it acts on
        assertThat(only("France called on Serbia and Kosovo to return to talks under the European Union.").targets())
                .containsExactly("SRB", "KSV");
    }

    @Test
    void wordsOnAnActNamedByANounAreAboutWhoeverDidIt() {
        assertThat(only("Azerbaijan closed the Lachin corridor on Monday, and France condemned the move as illegal.")
                .targets()).containsExactly("AZE");
        assertThat(only("Mali expelled the French ambassador, a decision the European Union criticized.").targets())
                .containsExactly("MLI");
        // the actor of the act, not the nearest name ("Iran's ally Syria")
        assertThat(only("Israel struck targets near Damascus, and Iran's ally Syria condemned the attack.").targets())
                .containsExactly("ISR");
    }

    @Test
    void anUnquotedLabelThatEvaluatesIsACharacterization() {
        Statement s = only("Kenya signed a security pact with Haiti, and Somalia called the deal null and void.");
        assertThat(s.speaker()).isEqualTo("SOM");
        assertThat(s.code()).isEqualTo("111");
        assertThat(s.targets()).containsExactly("KEN");
        // a name given with no evaluation is no statement
        assertThat(statements("Peru called the meeting a routine exchange.")).isEmpty();
    }

    @Test
    void anAllegationIsAboutTheAccusedNotTheVictims() {
        assertThat(only("Amnesty International accused Russia of war crimes against Ukrainian civilians.").targets())
                .containsExactly("RUS");
        // the agent of a passive after a possessive ("by their ... guards") is the one alleged, not its patients
        assertThat(only("Hundreds of Armenian prisoners were tortured by their Azerbaijani guards, the UN said.").targets())
                .containsExactly("AZE");
    }

    @Test
    void wordsBeforeATrailingAttributionAreTheWordsWhateverTheQuoteMark() {
        // single quotes close the words as double quotes do; "a day later" is only the time of saying
        assertThat(only("'Venezuela will regret this,' Guyana's president said on Monday, hours after Caracas moved troops.")
                .targets()).containsExactly("VEN");
        assertThat(only("Hamas commander Saleh al-Arouri was killed in an Israeli drone strike in Beirut, the group confirmed a day later.")
                .targets()).containsExactly("ISRMIL");
        // a speech act after the attribution speaks of its own target too
        assertThat(only("'This is aggression,' Sweden's foreign minister told the U.N. General Assembly, urging members to condemn Russia.")
                .targets()).containsExactly("RUS");
    }

    @Test
    void anOrgansOwnOrganizationIsItsOwnSide() {
        // the IAEA's inspectors are "U.N. inspectors": the agency speaks for them, not about them
        assertThat(only("Syria has given U.N. inspectors access to three more sites, the IAEA said.").targets())
                .containsExactly("SYR");
    }

    @Test
    void bothSidesSpeakEachAboutTheOtherUnlessTheyNameAThirdParty() {
        List<Statement> both = statements("Wang Yi met Antony Blinken in Vienna on Friday, and both sides said they had agreed "
                + "to keep talking.");
        assertThat(both).extracting(Statement::speaker).containsExactlyInAnyOrder("CHNGOV", "USAGOV");
        assertThat(both).allSatisfy(st -> assertThat(st.targets()).hasSize(1).doesNotContain(st.speaker()));
        // said together, not to one another
        assertThat(both).allSatisfy(st -> assertThat(st.audience()).isEqualTo(org.touchstone.core.Audience.UNKNOWN));
    }

    @Test
    void reportedWordsEndWhereAContrastingSpeakerBegins() {
        List<Statement> all = statements("Turkey began air strikes in Iraq, saying it was targeting the PKK, "
                + "but Iraqi officials said the raids hit villages.");
        Statement turkey = all.stream().filter(st -> st.speaker().startsWith("TUR")).findFirst().orElseThrow();
        assertThat(turkey.targets()).noneMatch(t -> t.startsWith("IRQ"));
    }

    @Test
    void aStateDoesNotClaimTheActsOfItsRebelsItAllegesThem() {
        Statement s = only("Nigerian officials said on Friday that Boko Haram militants had stormed a village in Borno state.");
        assertThat(s.targets()).containsExactly("NGAREB");
        assertThat(s.code()).startsWith("112");
        // its own forces' act is still its claim (015 at most, never an allegation)
        assertThat(only("Russia's defence ministry said Russian troops had shelled Ukrainian positions near Bakhmut.").code())
                .doesNotStartWith("112");
    }

    @Test
    void aCircumstanceAfterTheOneToldIsNotInTheWords() {
        assertThat(only("Tokayev told reporters after talks with Putin that the sanctions had hurt trade.").targets()).isEmpty();
        assertThat(only("Wang Yi told his counterparts at a BRICS foreign ministers' meeting that the United States was abusing sanctions.")
                .targets()).containsExactly("USA");
        // the one told, when an actor, is kept
        assertThat(only("Xi told Biden on Tuesday that Taiwan was the first red line.").targets()).contains("USAGOV");
    }

    @Test
    void whatAnAccusedAttackStruckIsNotSpokenAbout() {
        assertThat(only("The United States blamed Iran for the drone attacks on Saudi oil facilities, saying the evidence was clear.")
                .targets()).containsExactly("IRN");
        assertThat(only("Britain accused Russia of a cyber attack on German networks.").targets()).containsExactly("RUS");
        // the victim alone is still what the words are about
        assertThat(only("Kyiv accused Moscow of shelling Zaporizhzhia.").targets()).containsExactly("RUSGOV");
    }

    @Test
    void wordsThatNameNoOneExplainTheSpeakersActJustBefore() {
        assertThat(only("Iran's Revolutionary Guards shot down a US military drone over the Gulf on Thursday, saying it had violated Iranian airspace.")
                .targets()).containsExactly("USAMIL");
        assertThat(only("The Kremlin rejected Kyiv's peace plan, saying it was absurd.").targets()).containsExactly("UKRGOV");
    }

    @Test
    void everyMemberOfAJoinedPairOrListIsSpokenOf() {
        assertThat(only("Trump said on Monday he would impose a 25 percent tariff on all imports from Mexico and Canada.").targets())
                .containsExactlyInAnyOrder("MEX", "CAN");
        assertThat(only("Netanyahu rejected calls by France and Spain for a ceasefire, saying Israel would fight on.").targets())
                .contains("FRA", "ESP");
    }

    @Test
    void aCountrySomethingGoesToOrComesFromIsSpokenOfWhenNoActorIs() {
        assertThat(only("Kuleba told the BBC that Kyiv would never give up occupied territory to Russia.").targets())
                .containsExactly("RUS");
        // a place things happen in is not, nor a country that only modifies a thing
        assertThat(only("Lavrov said in Ankara that the talks had been useful.").targets()).isEmpty();
        assertThat(only("Iran said it would need more time to shield its economy from U.S. sanctions.").targets()).isEmpty();
    }

    @Test
    void aSpeechActAfterAndSharesTheFirstVerbsSpeaker() {
        List<Statement> all = statements(
                "China's coast guard accused the Philippines of illegally sending a vessel to the shoal and demanded that Manila withdraw it.");
        assertThat(all).extracting(Statement::speaker).containsExactly("CHNCOP");
        assertThat(statements("Zelensky said Russian forces had not yet withdrawn from Kherson and warned that Moscow could be preparing a trap."))
                .extracting(Statement::speaker).containsExactly("UKRGOV");
        // a new subject before the verb is a speaker of its own
        assertThat(statements("Russia said on Monday it had repelled an attack and Ukraine accused Moscow of shelling Kharkiv."))
                .extracting(Statement::speaker).containsExactly("RUS", "UKR");
    }

    @Test
    void aTrailingSpeakerWithAnIndefiniteArticleOrToldSomeoneHasTheWordsBeforeIt() {
        Statement s = only("Six Ethiopian soldiers were killed in an ambush by Eritrean troops near the border, "
                + "an Ethiopian army commander told state media on Friday.");
        assertThat(s.targets()).containsExactly("ERIMIL");
        assertThat(s.code()).startsWith("112");
    }

    @Test
    void theJointAuthorsOfAReportEachSpeakThroughIt() {
        assertThat(statements("A report by Amnesty International and Human Rights Watch said Israeli forces had used white phosphorus in Gaza."))
                .extracting(Statement::speaker).containsExactlyInAnyOrder("NGOHRIAMN", "NGOHRIHRW");
        // an act by a pair is no report of theirs
        assertThat(statements("An attack by Russia and Belarus was feared, Ukraine said.")).extracting(Statement::speaker)
                .containsExactly("UKR");
    }

    @Test
    void anOrganizationNamedOnlyForItsMembersIsNotSpokenAbout() {
        assertThat(only("Duda told the BBC that Russia could attack a NATO member within a few years.").targets()).containsExactly("RUS");
    }

    @Test
    void wordsOnTheTwoCountriesAreAboutTheCountryNotItsLeader() {
        assertThat(only("Trump met Putin in Helsinki and told a joint news conference that relations between the two countries "
                + "had never been worse.").targets()).containsExactly("RUS");
        assertThat(only("Xi told Biden on Tuesday that Taiwan was the first red line.").targets()).contains("USAGOV");
    }

    @Test
    void peopleAnActWasDoneToBesideAnActorAreNotWhomTheWordsAreAbout() {
        assertThat(only("The Islamic State claimed responsibility for the suicide bombing outside Kabul airport that killed "
                + "13 US service members and scores of Afghans.").targets()).containsExactly("AFG"); // S7-11: the place's country
        assertThat(only("More than 300,000 Afghans have been expelled by Pakistani authorities since November, U.N. agencies said.")
                .targets()).containsExactly("PAKGOV");
    }

    @Test
    void wordsAnsweringAnActAgainstTheSpeakersSideAreAboutItsActor() {
        assertThat(only("China sent warships near Taiwan on Monday, and Taiwan's defence ministry said it was monitoring the situation.")
                .targets()).containsExactly("CHN");
        // an act that was not against the speaker's side gives it no target
        assertThat(only("Biden met Zelensky in Kyiv, and Ukraine said the talks were useful.").targets()).isEmpty();
    }

    @Test
    void aLabelOnItIsAboutWhoeverDidTheActBefore() {
        // (the jets' code, TUR or TURMIL, is the actor recognizer's; the statement names whoever it gives)
        assertThat(only("Turkish F-16 jets shot down a Russian warplane near the border on Tuesday, and Putin called it \"a stab in the back\".")
                .targets()).singleElement().asString().startsWith("TUR");
    }
    @Test
    void regionsAndRegimesOnlyAlludedToAreTheTargetsUnnamed() {
        Statement europe = only("Hungary's prime minister told supporters that some European politicians wanted to drag the country into war.");
        assertThat(europe.targets()).containsExactly("EUR");
        assertThat(europe.named()).isFalse();
        Statement west = only("Iran's foreign ministry said certain Western capitals were stoking the unrest.");
        assertThat(west.targets()).containsExactly("WST");
        assertThat(west.named()).isFalse();
        Statement regime = only("Poland's president said the migrants were being pushed across the border by the regime in Minsk.");
        assertThat(regime.targets()).containsExactly("BLRGOV");
        assertThat(regime.named()).isFalse();
        // a state named outright is named
        Statement named = only("Poland's president said the migrants were being pushed across the border by Belarus.");
        assertThat(named.named()).isTrue();
    }

    @Test
    void unnamedHandsAndEnemiesAreAllusions() {
        assertThat(only("Norway told the Security Council that the sabotage had most likely been carried out by a state actor.")
                .named()).isFalse();
        assertThat(only("Eritrea's president told parliament that historic enemies of the nation were trying to destabilise it.").named())
                .isFalse();
        assertThat(only("Vanuatu's prime minister said his government would not let any country build a base on the islands.")
                .named()).isFalse();
    }

    @Test
    void theSpeakersOwnPeopleToldDoNotNameTheWordsAllusion() {
        // the supporters told are the audience; the words only allude to the United States
        Statement s = only("Nicolas Maduro told supporters in Caracas that the empire wanted Venezuela's oil.");
        assertThat(s.targets()).containsExactly("USA");
        assertThat(s.named()).isFalse();
    }

    @Test
    void theSpeakersOwnSupportersToldAreNeverTheTarget() {
        // the followers heard the words; the words are about outsiders they do not name
        Statement s = only("Ortega told his supporters in Managua that foreign agents were behind the unrest.");
        assertThat(s.targets()).isEmpty();
        assertThat(s.named()).isFalse();
        assertThat(CoderTestSupport.events("Ortega told his supporters in Managua that foreign agents were behind the unrest."))
                .noneMatch(e -> e.contains("NICCVL"));
        // other people of the speaker's country told may be what the words are about
        assertThat(only("Lukashenko told striking workers in Minsk that he would never give up power.").targets())
                .containsExactly("BLRCVL");
    }

    @Test
    void theCountryOfAnOutletToldIsNotSpokenOf() {
        Statement s = only("Fiji's prime minister told Australia's ABC that no country would be allowed a base in the Pacific.");
        assertThat(s.targets()).isEmpty();
        assertThat(s.audience()).isEqualTo(org.touchstone.core.Audience.FOREIGN_MEDIA);
        // named in the words as well, it is
        assertThat(only("Fiji's prime minister told Australia's ABC that Australia remained its closest partner.").targets())
                .containsExactly("AUS");
    }
    @Test
    void anAccusationExplainingADeedOnTheAccusedIsStillTheSpeakersStatement() {
        // S7-6: one event, the deed; the participle gives the statement about the accused
        var coded = CodedStatements.CODER.code(new Document("t", LocalDate.of(2018, 5, 1), null, null, null, null,
                "Morocco cut diplomatic ties with Iran on Tuesday, accusing Tehran of arming the Polisario Front.", null));
        assertThat(coded.events()).extracting(e -> e.code()).containsExactly("161");
        assertThat(coded.statements()).singleElement().satisfies(st -> {
            assertThat(st.speaker()).isEqualTo("MAR");
            assertThat(st.targets()).containsExactly("IRNGOV");
            assertThat(st.code()).startsWith("11");
        });
        // each of several states that cut ties speaks
        assertThat(statements("Bahrain and Egypt cut diplomatic ties with Qatar on Monday, accusing Doha of meddling in their affairs."))
                .extracting(Statement::speaker).containsExactlyInAnyOrder("BHR", "EGY");
        assertThat(only("Chad expelled Germany's ambassador on Friday, accusing him of disrespect.").targets())
                .containsExactly("DEUGOV");
        // a deed with no words beside it is no statement
        assertThat(statements("Morocco cut diplomatic ties with Iran on Tuesday.")).isEmpty();
    }

    // Session 20 (stmt20): an actor named only inside an adverbial clause of the words (after, before, while, until,
    // if, when, because) sets the time, condition or cause of what is said; when the words name another target
    // outside it, the clause's actor is no target.

    private static String codedTargets(String text) {
        Statement s = only(text);
        return s.speaker() + " " + s.targets() + " " + s.audience() + " " + s.code();
    }

    @Test
    void anActorOnlyInsideAnAdverbialClauseOfTheWordsIsNoTarget() {
        // "after": the cause of the news, not its subject
        assertThat(codedTargets("Pakistan's foreign ministry said Turkey had agreed to look after its embassy in Kabul after Afghanistan "
                + "expelled Pakistani diplomats.")).isEqualTo("PAKGOV [TUR] UNKNOWN 010");
        // "while" and "until" in the words of a participle beside a rejection
        assertThat(codedTargets("Egypt rejected an offer of talks from Ethiopia, saying it would not negotiate with Addis Ababa while Sudan "
                + "stayed out of the process.")).isEqualTo("EGY [ETH] UNKNOWN 125");
        assertThat(codedTargets("Iran rejected calls by Germany and Italy for a ceasefire, saying it would keep fighting until Israel withdrew."))
                .isEqualTo("IRN [DEU, ITA] UNKNOWN 1246");
        // "if": the condition of a warning to the one told
        assertThat(codedTargets("A Chinese delegation told Fijian Prime Minister Sitiveni Rabuka in Suva that Beijing would respond if "
                + "Australia built a naval base there.")).isEqualTo("CHNGOV [FJIGOV] TARGET 130");
        assertThat(codedTargets("Japan told Philippine President Ferdinand Marcos that Tokyo would help if China blocked the shoal."))
                .isEqualTo("JPN [PHLGOV] TARGET 010");
    }

    @Test
    void theClauseActorStaysWhenItIsTheOnlyOneOrWhatIsDemandedOfIt() {
        // the clause names the only actor: the words are about it
        assertThat(codedTargets("Egypt said it would retaliate if Ethiopia filled the dam.")).isEqualTo("EGY [ETH] UNKNOWN 138");
        // "when" after a verb of knowing opens what is known, not a circumstance
        assertThat(only("Ukraine told the United States it did not know when Russia would attack.").targets()).contains("RUS");
        // "unless" names what is demanded of its subject, who stays a target
        assertThat(only("Bolsonaro rejected a G7 offer of aid, saying he would not accept it unless Macron withdrew his insults.")
                .targets()).contains("FRAGOV", "IGOBUSGOS");
    }

    // Session 20 (stmt20): a charge is against the supporter; the one its act arms, backs, funds or shelters is no target.
    @Test
    void aChargeOfSupportIsAboutTheSupporterNotTheOneSupported() {
        assertThat(codedTargets("Israel accused Iran of funding Hamas.")).isEqualTo("ISR [IRN] UNKNOWN 112");
        assertThat(codedTargets("Ukraine accused Belarus of supporting Russia.")).isEqualTo("UKR [BLR] UNKNOWN 112");
        assertThat(codedTargets("Armenia accused Russia on Monday of arming Azerbaijan and encouraging its attacks."))
                .isEqualTo("ARM [RUS] UNKNOWN 1123");
        assertThat(codedTargets("Somalia accused Kenya of harbouring Somaliland officials.")).isEqualTo("SOM [KEN] UNKNOWN 112");
    }

    @Test
    void theSupportedStayOutsideACharge() {
        // an adjective "Iran-backed" is no verb of support: the rebels are whom the words are about
        assertThat(only("Sudan said Iran-backed Houthi rebels had attacked a ship.").targets()).containsExactly("YEMREB");
        // news of support, not a charge, is about both
        assertThat(only("The Kremlin said Britain was arming Ukraine with long-range missiles.").targets()).containsExactly("GBR", "UKR");
    }

    // Session 20 (stmt20): the organization one asks to join is not acted on by the demand.
    @Test
    void anAppealIsNotAboutTheOrganizationItsAddresseeIsAskedToLetOneJoin() {
        assertThat(codedTargets("Ukraine urged Hungary to stop blocking its bid to join the European Union."))
                .isEqualTo("UKR [HUN] UNKNOWN 0256");
        assertThat(codedTargets("Finland called on Turkey to ratify its application to join NATO.")).isEqualTo("FIN [TUR] UNKNOWN 020");
        assertThat(codedTargets("Sweden asked Hungary to back its request to join NATO.")).isEqualTo("SWE [HUN] UNKNOWN 022");
        // near miss: the one the addressee is asked to lean on stays a target
        assertThat(only("Poland urged Germany to pressure Russia.").targets()).containsExactly("DEU", "RUS");
    }
}
