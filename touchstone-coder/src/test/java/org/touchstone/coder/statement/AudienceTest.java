package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.statement.CodedStatements.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Audience;
import org.touchstone.core.Statement;

/** To whom the words were said, class by class, on sentences written for the test. */
class AudienceTest {
    private static Audience audience(String text) {
        List<Statement> all = CoderTestSupport.code(text, LocalDate.of(2023, 6, 15)).statements();
        assertThat(all).as(text).isNotEmpty();
        return all.get(0).audience();
    }

    @Test
    void aStateToldByItsNameOrCapitalIsNoChannelToIt() {
        assertThat(audience("Erdogan told Sweden not to expect Turkey's support for its NATO bid.")).isEqualTo(Audience.UNKNOWN);
        assertThat(audience("Saudi Arabia told Washington that there would be no ties with Israel without a Palestinian state."))
                .isEqualTo(Audience.UNKNOWN);
        assertThat(audience("China told Japan that it would not accept the release of the water.")).isEqualTo(Audience.UNKNOWN);
        // a person or an office told is
        assertThat(audience("Erdogan told the Swedish prime minister that Ankara would not back the bid.")).isEqualTo(Audience.TARGET);
        assertThat(audience("Macron told Putin that France would not accept the annexation.")).isEqualTo(Audience.TARGET);
    }

    @Test
    void namedOutletsAreForeignOrHomeMediaByTheirCountry() {
        assertThat(audience("Zelensky told the New York Times that Russia was preparing a new offensive."))
                .isEqualTo(Audience.FOREIGN_MEDIA);
        assertThat(audience("Macron told the Financial Times that Europe must arm itself.")).isEqualTo(Audience.FOREIGN_MEDIA);
        assertThat(audience("Pashinyan told Euronews that Russia had failed Armenia.")).isEqualTo(Audience.FOREIGN_MEDIA);
        assertThat(audience("Erdogan said in an interview with Al Arabiya that Turkey supported Saudi mediation."))
                .isEqualTo(Audience.FOREIGN_MEDIA);
        assertThat(audience("Sunak told the BBC that Britain would keep supporting Ukraine.")).isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Macron told Les Echos that Europe should not follow the United States on Taiwan."))
                .isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Scholz wrote in Foreign Affairs that Germany was undergoing a historic shift."))
                .isEqualTo(Audience.FOREIGN_MEDIA);
    }

    /** An outlet named as an interview's channel is the audience, never the words' target (S32-14). */
    @Test
    void anInterviewsOutletIsNoTarget() {
        for (String text : List.of("Wang Yi warned in a BBC interview that Britain would bear the consequences.",
                "Wang Yi warned in an interview with the BBC that Britain would bear the consequences.")) {
            Statement st = CoderTestSupport.onlyStatement(text, LocalDate.of(2020, 7, 19));
            assertThat(st.audience()).as(text).isEqualTo(Audience.FOREIGN_MEDIA);
            assertThat(st.targets()).as(text).containsExactly("GBR");
            assertThat(CoderTestSupport.events(text, LocalDate.of(2020, 7, 19))).as(text).containsExactly("CHNGOV>GBR:130");
        }
        // an outlet that is the object itself stays the target
        assertThat(CoderTestSupport.events("Wang Yi criticised the BBC in an interview.", LocalDate.of(2020, 7, 19)))
                .containsExactly("CHNGOV>GBRMED:111");
    }

    @Test
    void anOutletThatIsOnlyTheSourceOrTheTopicIsNoChannel() {
        assertThat(audience("Lavrov said, according to Reuters, that the West was waging war on Russia."))
                .isEqualTo(Audience.UNKNOWN);
        assertThat(audience("The United States called on Russia to free Wall Street Journal reporter Evan Gershkovich."))
                .isEqualTo(Audience.UNKNOWN);
    }

    @Test
    void speakingToReportersIsAPressConference() {
        assertThat(audience("Speaking to reporters in Brussels, Stoltenberg said Russia was preparing for a long war."))
                .isEqualTo(Audience.PRESS_CONFERENCE);
    }

    @Test
    void aForumNamedAtLengthIsStillTheChannel() {
        assertThat(audience("Addressing the Association of Southeast Asian Nations foreign ministers' meeting, "
                + "Wang Yi said Washington was dividing the region.")).isEqualTo(Audience.MULTILATERAL);
    }

    @Test
    void aMeetingOfTheSpeakersOwnOrganizationIsStillItsForum() {
        assertThat(audience("NATO's secretary general said at a NATO meeting that China was helping Russia."))
                .isEqualTo(Audience.MULTILATERAL);
        assertThat(audience("Blinken told a NATO meeting in Brussels that Russia was losing the war."))
                .isEqualTo(Audience.MULTILATERAL);
    }

    @Test
    void aLeadersOwnAddressesAreDomestic() {
        assertThat(audience("In his nightly video address, Zelensky said Russia was shelling Kharkiv again."))
                .isEqualTo(Audience.DOMESTIC);
        assertThat(audience("In his New Year address, Kim Jong Un said the United States was pushing the peninsula toward war."))
                .isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Biden said in an Oval Office address that Hamas and Putin both wanted to annihilate a democracy."))
                .isEqualTo(Audience.DOMESTIC);
        // a party's plenary is no international plenary
        assertThat(audience("Kim Jong Un told a party plenary meeting that North Korea would expand its nuclear arsenal."))
                .isEqualTo(Audience.DOMESTIC);
        // "address" the verb is no address
        assertThat(audience("Macron said France was ready to address the concerns of Poland.")).isEqualTo(Audience.UNKNOWN);
    }

    @Test
    void aSpeechAbroadIsNotAtHome() {
        assertThat(audience("Lula said in a speech in Beijing that the United States should stop encouraging the war."))
                .isEqualTo(Audience.UNKNOWN);
        assertThat(audience("Lula said in a speech in Sao Paulo that the United States should stop encouraging the war."))
                .isEqualTo(Audience.DOMESTIC);
    }

    @Test
    void wordsToldToTheOneTheyAreAboutAreSaidToTheTarget() {
        assertThat(audience("Biden met Zelensky at the White House on Thursday. He told the Ukrainian president that "
                + "Washington would stand by Kyiv.")).isEqualTo(Audience.TARGET);
    }

    @Test
    void wordsSaidAtAMeetingVisitOrInALetterAreSaidToTheTarget() {
        assertThat(audience("Kishida met Biden at the White House and said Japan would double its defence spending."))
                .isEqualTo(Audience.TARGET);
        assertThat(audience("During Scholz's visit to Beijing, Xi said China and Germany should resist decoupling."))
                .isEqualTo(Audience.TARGET);
        assertThat(audience("South Korea's foreign minister delivered a letter from President Yoon to Japan's prime minister, "
                + "calling for closer ties.")).isEqualTo(Audience.TARGET);
        // a meeting before the words, a visit spoken of, or a visit to a third country is not where they were said
        assertThat(audience("Lula, on a state visit to China, said the United States must stop encouraging war."))
                .isEqualTo(Audience.UNKNOWN);
        assertThat(audience("After meeting Biden, Kishida said Japan would double its defence spending."))
                .isEqualTo(Audience.UNKNOWN);
        assertThat(audience("Beijing responded to Pelosi's visit to Taiwan by announcing military drills, state media said."))
                .isNotEqualTo(Audience.TARGET);
    }

    @Test
    void wordsSaidOnTheSoilOfTheOneTheyAreAboutAreSaidToIt() {
        assertThat(audience("Egypt and Ethiopia agreed to resume talks on the dam, Blinken said in Cairo.")).isEqualTo(Audience.TARGET);
        // on the soil of a third country they are not
        assertThat(audience("Egypt and Ethiopia agreed to resume talks on the dam, Blinken said in Paris.")).isEqualTo(Audience.UNKNOWN);
    }

    @Test
    void wordsAtAMeetingNamedByWhereAreSaidToTheOneMet() {
        assertThat(audience("Modi and Putin met at a dacha outside Moscow, where Modi said India would keep buying Russian oil."))
                .isEqualTo(Audience.TARGET);
    }

    @Test
    void aBodyUrgedIsTheForumOfTheWords() {
        assertThat(audience("Pakistan's prime minister urged the UN General Assembly to press India over Kashmir."))
                .isEqualTo(Audience.MULTILATERAL);
    }

    @Test
    void anOccasionNamedAsATimeIsNotTheChannel() {
        assertThat(audience("Biden praised Kishida as a true friend after their summit in Hiroshima.")).isEqualTo(Audience.UNKNOWN);
    }

    @Test
    void wordsBroadcastOnStateTelevisionAreForHome() {
        assertThat(audience("Mali's junta announced on state television that it had expelled the French ambassador."))
                .isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Maduro said on state TV that Guyana was provoking Venezuela.")).isEqualTo(Audience.DOMESTIC);
        // state television as the speaker is not the channel it is heard on
        assertThat(audience("Iranian state television said Israel had struck Isfahan.")).isEqualTo(Audience.UNKNOWN);
    }

    @Test
    void anOrganizationWhoseMembersMetSpeaksAtItsMeeting() {
        assertThat(audience("NATO defence ministers met in Brussels and said China was helping Russia's war."))
                .isEqualTo(Audience.MULTILATERAL);
        assertThat(audience("ASEAN leaders meeting in Jakarta said Myanmar's junta must end the violence."))
                .isEqualTo(Audience.MULTILATERAL);
    }

    @Test
    void anElectionCampaignIsAHomeChannelButAMilitaryCampaignIsNot() {
        assertThat(audience("Trump said on the campaign trail that China was ripping off the United States."))
                .isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Modi told an election campaign rally that Pakistan had been taught a lesson."))
                .isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Human Rights Watch said Myanmar's army killed hundreds of villagers in Sagaing in a brutal"
                + " counterinsurgency campaign.")).isEqualTo(Audience.UNKNOWN);
    }

    @Test
    void ofSeveralOutletsToldTogetherAForeignOneMakesTheWordsForeignMedia() {
        assertThat(audience("Macron told the French newspaper Le Monde and the US outlet Politico that Europe must arm itself."))
                .isEqualTo(Audience.FOREIGN_MEDIA);
        assertThat(audience("Macron told a French newspaper that Europe must arm itself.")).isEqualTo(Audience.DOMESTIC);
    }

    @Test
    void aCallOrAMeetingTheWordsAccompanyIsTheirChannel() {
        assertThat(audience("Scholz rejected the proposal, telling Macron in a phone call that Germany would not pay more."))
                .isEqualTo(Audience.TARGET);
        assertThat(audience("Macron paid a state visit to Vietnam, offering Hanoi help to build nuclear plants."))
                .isEqualTo(Audience.TARGET);
        assertThat(audience("Erdogan hosted Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara on Monday, "
                + "promising to help Baghdad rebuild its roads.")).isEqualTo(Audience.TARGET);
    }

    @Test
    void anInauguralSpeechOrACrowdIsAtHome() {
        assertThat(audience("Milei used his inaugural speech to accuse Venezuela of hosting terrorists."))
                .isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Maduro told a crowd in Caracas that Guyana had stolen the Essequibo."))
                .isEqualTo(Audience.DOMESTIC);
    }

    @Test
    void aMeetingOnlySpokenOfIsNoChannel() {
        // what the speaker means to do ("to seek talks with"), and a meeting named as a thing ("a UN meeting on")
        assertThat(audience("Ruto pledged to seek peace talks with the Somali government."))
                .isEqualTo(Audience.UNKNOWN);
        assertThat(audience("Myanmar's junta was not invited to a two-day U.N. meeting on the crisis, a U.N. spokesman said."))
                .isEqualTo(Audience.UNKNOWN);
    }

    @Test
    void anOutletNamedByItsKindAfterItsCountryIsTheChannelNotATarget() {
        Statement s = only("Hungarian Prime Minister Viktor Orban told Swiss weekly Die Weltwoche that the European Union had no plan for peace.");
        assertThat(s.audience()).isEqualTo(Audience.FOREIGN_MEDIA);
        assertThat(s.targets()).containsExactly("IGOEUREEC");
        assertThat(audience("Polish President Andrzej Duda told a British tabloid that Russia could attack within a few years."))
                .isEqualTo(Audience.FOREIGN_MEDIA);
        assertThat(audience("Turkish Foreign Minister Mevlut Cavusoglu told Turkish radio that Greece was violating Turkey's airspace."))
                .isEqualTo(Audience.DOMESTIC);
    }

    @Test
    void aSummitOfTheSpeakerAndTheOneItTellsIsTalksWithTheTarget() {
        assertThat(audience("Xi told Biden at their summit in Bali that Taiwan was the first red line.")).isEqualTo(Audience.TARGET);
        assertThat(audience("Kim Jong Un told Putin at their first summit in Vladivostok that he hoped to develop relations."))
                .isEqualTo(Audience.TARGET);
        // an organization's own summit is its forum
        assertThat(audience("G7 leaders urged China at their summit in Hiroshima to stop its coercion."))
                .isEqualTo(Audience.MULTILATERAL);
    }

    @Test
    void peopleToldInPersonAreTheTargetWhenSpokenOfElseTheSpeakersHomeAudience() {
        assertThat(audience("Lukashenko told striking factory workers in Minsk on Monday that he would never give up power."))
                .isEqualTo(Audience.TARGET);
        assertThat(audience("Iran's president told army cadets in Tehran on Monday that the enemies had failed."))
                .isEqualTo(Audience.DOMESTIC);
        // the speaker's troops abroad are not an audience at home
        assertThat(audience("Biden told US troops in Poland that Russia would fail in Ukraine.")).isEqualTo(Audience.UNKNOWN);
        // "urged X" is no address in person
        assertThat(audience("Beijing urged Washington on Monday to stop arming Taiwan.")).isEqualTo(Audience.UNKNOWN);
    }

    @Test
    void aMessageSentToTheTargetAndWordsToAWorldCourtHaveTheirChannels() {
        assertThat(audience("Modi sent condolences to Turkey on Tuesday after the earthquake.")).isEqualTo(Audience.TARGET);
        assertThat(audience("Putin sent a message of condolences to Erdogan after the earthquake.")).isEqualTo(Audience.TARGET);
        Statement s = only("Suu Kyi told the International Court of Justice that the Gambia's case was misleading.");
        assertThat(s.audience()).isEqualTo(Audience.MULTILATERAL);
        assertThat(s.targets()).containsExactly("GMB");
    }

    @Test
    void theBodyWhoseGatheringHeardTheWordsIsTheirForumNotTheirTarget() {
        Statement s = only("Putin told a summit of the Shanghai Cooperation Organisation in Astana that Western countries were "
                + "trying to drag Central Asia into confrontation.");
        assertThat(s.audience()).isEqualTo(Audience.MULTILATERAL);
        assertThat(s.targets()).doesNotContain("IGOCASSCO");
        // an outsider asking a body's leaders at their summit speaks to them
        assertThat(audience("Zelensky asked European Union leaders for more air defence systems by video link at their summit in Brussels."))
                .isEqualTo(Audience.TARGET);
    }

    @Test
    void aChannelToldByALaterSpeakerIsThatSpeakersOnly() {
        List<Statement> all = CoderTestSupport.code("Ukraine accused Russian troops of killing civilians in Bucha, and Zelensky "
                + "told the UN Security Council the next day that they amounted to war crimes.", LocalDate.of(2023, 6, 15)).statements();
        assertThat(all).extracting(Statement::speaker, Statement::audience)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UKR", Audience.UNKNOWN),
                        org.assertj.core.groups.Tuple.tuple("UKRGOV", Audience.MULTILATERAL));
    }

    @Test
    void theHostsOwnOutletToldDuringAVisitIsTheTargetsPublic() {
        assertThat(audience("Macron told Chinese state television during his visit to Beijing that Europe should not follow "
                + "the United States on Taiwan.")).isEqualTo(Audience.TARGET);
        // a third country's outlet stays foreign media
        assertThat(audience("Orban told a German newspaper during his visit to Beijing that China was a partner."))
                .isEqualTo(Audience.FOREIGN_MEDIA);
    }

    @Test
    void aGuestReceivedOrANoteDeliveredHearsTheWords() {
        assertThat(audience("Kazakh President Kassym-Jomart Tokayev received the Chinese foreign minister in Astana and praised "
                + "Beijing as a reliable partner.")).isEqualTo(Audience.TARGET);
        assertThat(audience("Ghana sent a diplomatic note to Togo on Friday, urging it to reopen the border crossing."))
                .isEqualTo(Audience.TARGET);
        // an infinitive after the note is what was asked, not the one it went to
        Statement asked = only("Kenya asked Uganda in a diplomatic note to hand over opposition leader Kizza Besigye.");
        assertThat(asked.audience()).isEqualTo(Audience.TARGET);
        assertThat(asked.targets()).containsExactly("UGA");
    }

    @Test
    void anApologyOrAnAnnouncementOnTheTargetsSoilIsSaidToIt() {
        assertThat(audience("Belgian King Philippe apologised in Kinshasa on Wednesday for the suffering Belgium had inflicted on Congo."))
                .isEqualTo(Audience.TARGET);
        assertThat(audience("Japanese Prime Minister Fumio Kishida announced in Manila that Japan would give the Philippines "
                + "coastal radars.")).isEqualTo(Audience.TARGET);
        // at home it is not
        assertThat(audience("Belgian King Philippe apologised in Brussels on Wednesday for the suffering Belgium had inflicted on Congo."))
                .isNotEqualTo(Audience.TARGET);
    }

    @Test
    void wordsOfAStateOfTheNationAddressAreForHome() {
        assertThat(audience("In his state of the nation address, South African President Cyril Ramaphosa said Russia was a friend."))
                .isEqualTo(Audience.DOMESTIC);
        // another's inauguration is only the time of the words
        assertThat(audience("China's foreign ministry said Beijing was ready to work with Taiwan, three days after Lai Ching-te "
                + "was sworn in.")).isNotEqualTo(Audience.DOMESTIC);
    }

    @Test
    void wordsToTheSpeakersOwnSenatorsAidesOrPartyAreDomestic() {
        // S32-14 (session 33, stmt33); senators of another state told are the target
        assertThat(audience("The US defence secretary told senators on Tuesday that the army would need more money to deter China."))
                .isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Erdogan told a meeting of his party in Ankara that Turkey would not back down over Cyprus."))
                .isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Zelensky told US senators that Ukraine needed more air defence.")).isNotEqualTo(Audience.DOMESTIC);
    }

    @Test
    void moreOutletsOfKnownCountries() {
        // session 33 (stmt33): France 2 is French, the Military Times American, the Australian Financial Review Australian
        assertThat(audience("The French foreign minister told France 2 television that Iran was holding French citizens as hostages."))
                .isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Ukraine's defence minister told the Military Times that Russia was preparing a new offensive."))
                .isEqualTo(Audience.FOREIGN_MEDIA);
        assertThat(audience("China's ambassador to Canberra said in an interview with the Australian Financial Review that "
                + "Australia should stop smearing China.")).isEqualTo(Audience.FOREIGN_MEDIA);
    }

    @Test
    void wordsRelayedByTheSpeakersOwnStateMediaAreDomestic() {
        // session 33 (stmt33): the audience table's own state media, named last as the words' carrier
        assertThat(audience("Kim Jong Un inspected a new missile factory, calling it \"a shield of the nation,\" state media reported."))
                .isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Iran's president accused Washington of economic terrorism, state television reported."))
                .isEqualTo(Audience.DOMESTIC);
        // another state's media carried them
        assertThat(audience("Iran's president accused Washington of economic terrorism, Russian state television reported."))
                .isNotEqualTo(Audience.DOMESTIC);
    }

    @Test
    void wordsReportedWithASwearingInNameNoChannel() {
        // S32-11 (session 33, stmt33): "took office ... pledging", "was sworn in ... and vowed" name no channel, unknown;
        // a named inaugural address stays at home
        assertThat(audience("Bassirou Diomaye Faye took office as Senegal's president on Tuesday, pledging to review "
                + "fishing deals with the European Union.")).isEqualTo(Audience.UNKNOWN);
        assertThat(audience("Claudia Sheinbaum was sworn in as Mexico's president on Tuesday and vowed to defend Mexico's "
                + "sovereignty against the United States.")).isEqualTo(Audience.UNKNOWN);
        assertThat(audience("In his inaugural address, the new Ghanaian president said Ghana would review its mining deals "
                + "with China.")).isEqualTo(Audience.DOMESTIC);
    }

    @Test
    void aGatheringOrAnAudienceAtHomeIsDomestic() {
        assertThat(audience("Iranian President Masoud Pezeshkian told a gathering in Tabriz that Israel was dragging the region into war."))
                .isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Joe Biden told an audience of veterans in Ohio that Russia would never defeat Ukraine."))
                .isEqualTo(Audience.DOMESTIC);
        // abroad it is not
        assertThat(audience("Iranian President Masoud Pezeshkian told a gathering in Baghdad that Israel was dragging the region into war."))
                .isNotEqualTo(Audience.DOMESTIC);
    }

    @Test
    void aMeetingNamedByItsOrganizationIsTheForumUnlessTalksWithTheTargetComeFirst() {
        assertThat(audience("Russian Foreign Minister Sergei Lavrov told a Shanghai Cooperation Organisation meeting in Astana "
                + "that the West was provoking a new arms race.")).isEqualTo(Audience.MULTILATERAL);
        assertThat(audience("Indonesian President Joko Widodo told Chinese Premier Li Qiang at their first meeting, on the sidelines "
                + "of the G20 summit in New Delhi, that Jakarta wanted calm in the South China Sea.")).isEqualTo(Audience.TARGET);
        assertThat(audience("Indonesian President Joko Widodo told the G20 summit in New Delhi that the war in Ukraine must end."))
                .isEqualTo(Audience.MULTILATERAL);
    }
    @Test
    void theSpeakersOwnSupportersToldAreAnAddressAtHome() {
        assertThat(audience("Maduro told a rally of supporters in Caracas that the empire was plotting against Venezuela."))
                .isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Erdogan told supporters in Istanbul that certain Western capitals wanted Turkey weak."))
                .isEqualTo(Audience.DOMESTIC);
        // an allusion the dictionaries cannot place leaves the supporters the only actor named: still the home audience
        assertThat(audience("Ortega told his supporters in Managua that foreign agents were behind the unrest."))
                .isEqualTo(Audience.DOMESTIC);
        assertThat(audience("Museveni told followers in Kampala that outsiders were plotting against Uganda."))
                .isEqualTo(Audience.DOMESTIC);
        // the speaker's own people are the target when the words are about them alone
        assertThat(audience("Serbia's president told striking miners in Bor that he would never give in to pressure."))
                .isNotEqualTo(Audience.UNKNOWN);
    }

    @Test
    void anOutletNamedByItsCountryIsMediaOfThatCountry() {
        assertThat(audience("Fiji's prime minister told Australia's ABC that the Pacific must stay free of bases."))
                .isEqualTo(Audience.FOREIGN_MEDIA);
        assertThat(audience("Sogavare told Solomon Islands' SIBC that the deal was signed.")).isNotEqualTo(Audience.FOREIGN_MEDIA);
        // a person named by the country's possessive is the one told
        assertThat(audience("Biden told Japan's Kishida that the United States would defend Japan.")).isEqualTo(Audience.TARGET);
    }

    @Test
    void talksWithTheTargetAtAForumAreSaidToIt() {
        // S30-41, S31-14: the forum is only where they met (session 33, left33b; after tune15 j-038, tune11 k-036)
        assertThat(audience("Lloyd Austin met Li Shangfu on the sidelines of the Shangri-La Dialogue and warned him against"
                + " provoking Taiwan.")).isEqualTo(Audience.TARGET);
        assertThat(audience("Narendra Modi criticised Justin Trudeau in a conversation at the G20 summit in New Delhi."))
                .isEqualTo(Audience.TARGET);
        assertThat(audience("At their summit in Seoul, Yoshihide Suga admitted to Moon Jae-in that Japan had wronged Korea."))
                .isEqualTo(Audience.TARGET);
        // words at the forum with no talks stated stay multilateral
        assertThat(audience("Lloyd Austin warned China at the Shangri-La Dialogue against provoking Taiwan."))
                .isEqualTo(Audience.MULTILATERAL);
        // a letter or message to the forum itself is said to it, the target named only after it (S34-7, after tune17 ta-015, tune13 q-012)
        assertThat(audience("In a letter to the UN Security Council, Venezuela's ambassador accused the United States of"
                + " waging economic war on Venezuelans.")).isEqualTo(Audience.MULTILATERAL);
        assertThat(audience("Niger's junta accused France in a letter to the Security Council of arming jihadist groups."))
                .isEqualTo(Audience.MULTILATERAL);
    }

    @Test
    void aMeetingWithOnesOwnAidesIsAtHome() {
        // S32-14 (after tune15 i-015)
        assertThat(audience("Yoon Suk Yeol urged North Korea at a meeting with his senior aides on Tuesday to return to talks."))
                .isEqualTo(Audience.DOMESTIC);
    }
}
