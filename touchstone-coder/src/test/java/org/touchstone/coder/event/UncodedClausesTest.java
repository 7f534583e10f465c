package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CodedDocument;
import org.touchstone.coder.CoderTestSupport;

/**
 * Sentences where a known verb found its pattern but the clause coded nothing or the wrong side: the words between a
 * verb and its target, the by-agent of a passive or a nominal, the subject of a reported passive, and an apposition
 * between a subject and its verb. Constructed sentences in wire style, never gold or tuning sentences, each with near
 * misses that must not code.
 */
class UncodedClausesTest {
    private static CodedDocument code(String text) {
        return CoderTestSupport.code(text, LocalDate.of(2023, 3, 15));
    }

    private static List<String> events(String text) {
        return CoderTestSupport.events(code(text));
    }

    private static List<String> speakers(String text) {
        return code(text).statements().stream().map(st -> st.speaker()).toList();
    }

    @Test
    void aNamePassedOverCountsAsOneWordOnTheWayToTheTarget() {
        // the court's long name and the day between the suit and the participle that names the accused (R5: 115 only)
        assertThat(events("Nicaragua filed a case at the International Court of Justice on Friday accusing Germany of facilitating genocide."))
                .containsExactly("NIC>DEU:115");
        assertThat(events("Ukraine filed a lawsuit at the International Court of Justice on Monday accusing Russia of genocide."))
                .containsExactly("UKR>RUS:115");
        assertThat(events("The Gambia lodged a complaint at the International Court of Justice last week accusing Myanmar of genocide."))
                .containsExactly("GMB>MMR:114");
        // near misses: no one accused, or an actor past a new clause, is no target
        assertThat(events("Nicaragua filed a case at the International Court of Justice on Friday.")).isEmpty();
        assertThat(events("Nicaragua filed a case at the International Court of Justice on Friday, and the United Nations Security Council met."))
                .isEmpty();
    }

    @Test
    void aPossessivePronounOpensTheByAgentAsAnArticleDoes() {
        assertThat(events("Indian Prime Minister Narendra Modi was welcomed by his Papua New Guinean counterpart at Port Moresby airport."))
                .containsExactly("PNGGOV>INDGOV:043", "INDGOV>PNGGOV:042");
        assertThat(events("The Japanese foreign minister was received by her Chinese counterpart in Beijing on Monday."))
                .containsExactly("CHNGOV>JPNGOV:043", "JPNGOV>CHNGOV:042");
        assertThat(events("Ukrainian prisoners of war were tortured by their Russian captors.")).containsExactly("RUS>UKRMIL:1822");
        // near miss: an owner the dictionaries do not name is no agent
        assertThat(events("The minister was criticised by his own party.")).isEmpty();
    }

    @Test
    void theByAgentOfANominalTakesTheActorsCoordinatedWithIt() {
        assertThat(events("New sanctions on Iranian drone makers were announced by the United States, Britain and Canada on Friday."))
                .containsExactly("USA>IRNBUS:163", "GBR>IRNBUS:163", "CAN>IRNBUS:163");
        assertThat(events("Fresh sanctions against Russia were imposed by the European Union, Japan and Australia on Tuesday."))
                .containsExactly("IGOEUREEC>RUS:163", "JPN>RUS:163", "AUS>RUS:163");
        assertThat(events("The expulsion of Russian diplomats by Poland and the Czech Republic angered Moscow."))
                .containsExactly("POL>RUSGOV:161", "CZE>RUSGOV:161");
        // near miss: a place after the agent is where, not a second agent
        assertThat(events("Sanctions on Iran were announced by the United States in Washington.")).containsExactly("USA>IRN:163");
    }

    @Test
    void aReportedPassiveHasASubjectOfItsOwnUnlessAPronounRefersBack() {
        // the prosecutor who reports it is not the one strangled
        assertThat(events("Istanbul's chief prosecutor said Ahmed Karimi had been strangled by a Saudi team.")).isEmpty();
        // a pronoun after the reporting verb refers back to the speaker's side
        assertThat(events("Ukraine said it was attacked by Russia.")).containsExactly("RUS>UKR:190");
        assertThat(events("Kyiv said on Monday its embassy had been attacked by Russian troops.")).containsExactly("RUSMIL>UKR:190");
    }

    @Test
    void anAppositionOpenedByAnArticleDescribesTheSubject() {
        assertThat(events("Turkey, a NATO member, blocked Sweden's bid to join the alliance.")).containsExactly("TUR>SWE:129");
        assertThat(events("Hungary, an EU member, vetoed the aid package for Ukraine.")).containsExactly("HUN>UKR:129");
        // the parties named inside the apposition do nothing
        assertThat(events("Qatar, a key mediator between Israel and Hamas, condemned the strike.")).isEmpty();
        assertThat(speakers("Poland, a NATO member, said on Monday that Russia had violated its airspace.")).containsExactly("POL");
        // near misses: an apposition after the object leaves the participle with the clause's subject; "of" already kept
        // the ally out
        assertThat(events("Russia struck Kharkiv, a city of 1.4 million, killing five people.")).containsExactly("RUS>UKR:194");
        assertThat(events("Pakistan, a close ally of China, condemned India on Monday.")).containsExactly("PAK>IND:111");
    }

    @Test
    void anObjectPronounLooksPastATimeAdverbialOpeningTheNextClause() {
        LocalDate day = LocalDate.of(2019, 1, 24);
        // "him" is the one the first clause named, not the later clause's own subject named after "within minutes"
        assertThat(eventsOn("Juan Guaido declared himself interim president, and within minutes Donald Trump recognised him.", day))
                .containsExactly("USAGOV>VENOPP:054");
        assertThat(eventsOn("Juan Guaido declared himself interim president, and hours later Donald Trump recognised him.", day))
                .containsExactly("USAGOV>VENOPP:054");
        assertThat(events("Navalny returned to Moscow on Sunday, and within hours Russian police arrested him."))
                .containsExactly("RUSCOP>RUSOPP:173");
        // near miss: a pronoun in the first clause itself is not moved
        assertThat(eventsOn("Donald Trump recognised him, and within minutes Juan Guaido declared himself interim president.", day))
                .doesNotContain("USAGOV>VENOPP:054");
    }

    @Test
    void aPassiveWhoseSubjectHoldsThePatternsWordsCodesAsTheActiveDoes() {
        assertThat(events("Sweden's bid to join NATO was approved by the Turkish parliament on Tuesday.")).containsExactly("TURLEG>SWE:050");
        assertThat(events("Finland's membership was approved by the Turkish parliament on Thursday.")).containsExactly("TURLEG>FIN:050");
        assertThat(events("A $60 billion aid package for Ukraine has been approved by the House of Representatives."))
                .containsExactly("USALEG>UKR:070");
        assertThat(events("A three-year loan for Egypt was unanimously approved by the IMF board.")).containsExactly("IGOBUSIMF>EGY:071");
        // a mutual act with no agent: the parties "between" whom it was done do it to each other (the active's Pairs rule)
        assertThat(events("A security agreement between Australia and Indonesia was signed in Jakarta."))
                .containsExactly("AUS>IDN:057", "IDN>AUS:057");
        assertThat(events("A defence pact between Japan and the Philippines was signed in Manila on Monday."))
                .containsExactly("JPN>PHL:057", "PHL>JPN:057");
        // near misses: negated, no agent for a one-sided act, no actor in the subject, no pattern's words in it
        assertThat(events("An aid package for Ukraine was not approved by the Senate.")).isEmpty();
        assertThat(events("Sweden's bid to join NATO was approved on Tuesday.")).isEmpty();
        assertThat(events("The agreement was signed in 2015.")).isEmpty();
        assertThat(events("A report on Iran was published by the IAEA.")).isEmpty();
    }

    @Test
    void aPronounOpeningAJoinedClauseIsTheSubjectBeforeIt() {
        assertThat(events("Iranian security forces opened fire as they dispersed a rally in Tehran, killing three protesters."))
                .containsExactly("IRNCOP>IRNCVL:175");
        assertThat(events("Sudanese security forces stormed the camp as they broke up the protest, killing dozens of demonstrators."))
                .containsExactly("SDNCOP>SDNCVL:175");
        // near misses: an actor between the verb and the pronoun may be the one meant, so the pronoun stays unknown
        assertThat(events("Israel struck Hamas after it fired rockets.")).containsExactly("ISR>PSEREB:194");
        assertThat(events("Israeli troops withdrew from Jenin after they had raided the refugee camp.")).containsExactly("ISRMIL>PSE:0874");
    }

    private static List<String> eventsOn(String text, LocalDate date) {
        return CoderTestSupport.events(CoderTestSupport.code(text, date));
    }
}
