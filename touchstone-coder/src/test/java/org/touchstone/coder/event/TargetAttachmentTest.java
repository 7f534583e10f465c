package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which actor an act is aimed at when the object names more than one: the holder of what is to be given back, the doer
 * of what is investigated, the one an unnamed addressee is asked to act against. Constructed sentences in wire style,
 * never gold or tuning sentences, each with a near miss that must keep its target.
 */
class TargetAttachmentTest {
    private static List<String> targets(String text) {
        return events(text).stream().map(e -> e.substring(e.indexOf('>') + 1, e.indexOf(':'))).toList();
    }

    @Test
    void whatIsToBeGivenBackIsAskedOfWhoeverHoldsIt() {
        // the people or things to be released are not the target; who holds them is
        assertThat(events("The United States demanded the release of two sailors detained by Iran's Revolutionary Guards."))
                .containsExactly("USA>IRNMIL:1053");
        assertThat(events("Japan called for the release of fishermen seized by North Korea.")).containsExactly("JPN>PRK:0253");
        assertThat(events("Britain demanded the return of a ship captured by the Houthis in the Red Sea."))
                .containsExactly("GBR>YEMREB:1053");
        assertThat(events("Israel said there would be no truce without the return of the hostages held by Hamas."))
                .containsExactly("ISR>PSEREB:1246");
        // a relative clause after the one held names the holder as well
        assertThat(events("Australia demanded the release of Yang Hengjun, who has been detained by China since 2019."))
                .contains("AUS>CHN:1053");
    }

    @Test
    void aRefusalToHandSomeoneOverIsAimedAtWhoeverWantsThem() {
        assertThat(events("Serbia refused to extradite two Kosovars sought by Pristina.")).containsExactly("SRB>KSVGOV:1243");
        assertThat(events("Turkey said it would not extradite journalists wanted by Germany.")).containsExactly("TUR>DEU:1243");
        assertThat(events("Ankara would not extradite Turkish citizens wanted by Berlin.")).containsExactly("TURGOV>DEUGOV:1243");
    }

    @Test
    void anAddresseeNamedFirstOrTheActorsOwnSideKeepTheTarget() {
        // the one asked is named before the object: the appeal is aimed at Iran, not at Iran's navy
        assertThat(events("The EU called on Iran to release the tanker seized by its navy.")).containsExactly("IGOEUREEC>IRN:0253");
        // a refusal to give back what one's own forces hold is no act against them
        assertThat(targets("Iran refused to return the tanker seized by its navy.")).doesNotContain("IRNMIL");
        // releasing people is done by their holder, not aimed at it
        assertThat(events("Russia released two Americans held by its security service.")).containsExactly("RUS>USACVL:0841");
    }

    @Test
    void anInquiryIntoAnActIsAimedAtItsDoer() {
        assertThat(events("The Netherlands launched an inquiry into the downing of the airliner by Russian forces."))
                .containsExactly("NLD>RUSMIL:093");
        assertThat(events("Lithuania opened an investigation into the beating of Leonid Volkov by Polish nationals."))
                .containsExactly("LTU>POLCVL:090");
        assertThat(events("Germany opened an investigation into the poisoning of Navalny by Russian agents.")).hasSize(1)
                .allMatch(e -> e.startsWith("DEU>RUS") && !e.startsWith("DEU>RUSOPP"));
        assertThat(events("The ICC authorised an investigation into alleged war crimes in Afghanistan, including any committed by "
                + "US forces and the Taliban.")).contains("IGOJUDICC>USAMIL:094").doesNotContain("IGOJUDICC>AFG:094");
    }

    @Test
    void whoLeadsTheInquiryIsNoDoer() {
        assertThat(events("Germany launched an inquiry into the attack on Ukraine, led by a German judge."))
                .containsExactly("DEU>UKR:093");
        // no doer named: the inquiry stays where the crimes were
        assertThat(events("The ICC opened an investigation into crimes committed in Ukraine.")).containsExactly("IGOJUDICC>UKR:090");
    }

    @Test
    void anUnnamedAddresseeAskedToActAgainstSomeoneAimsTheAppealAtThem() {
        assertThat(events("Japan urged all countries to sanction Belarus.")).containsExactly("JPN>BLR:113");
        assertThat(events("Baerbock urged member states to condemn Russia.")).containsExactly("DEUGOV>RUS:113");
        assertThat(events("Trump urged all nations to isolate Tehran's regime.")).containsExactly("USAOPP>IRNGOV:113");
        assertThat(events("Ukraine called on the world to isolate Russia.")).containsExactly("UKR>RUS:113");
        // an addressee the dictionaries name keeps the appeal (the existing "* + to isolate" pattern)
        assertThat(events("Lithuania urged Poland to condemn Russia.")).containsExactly("LTU>POL:113");
        // asked to help someone: no act against them
        assertThat(events("Japan urged all countries to support Ukraine.")).doesNotContain("JPN>UKR:113");
    }

    @Test
    void coordinatedOwnersOfOneObjectAreAllItsTargets() {
        assertThat(events("Turkey blocked Sweden's and Finland's bids to join NATO.")).containsExactly("TUR>SWE:129", "TUR>FIN:129");
        assertThat(events("Hungary vetoed Ukraine's and Moldova's membership talks.")).containsExactly("HUN>UKR:129", "HUN>MDA:129");
        assertThat(events("Russia criticised Sweden's, Finland's and Norway's decision to boost defence spending."))
                .containsExactly("RUS>SWE:111", "RUS>FIN:111", "RUS>NOR:111");
        // an owner followed by its object and then a new clause is no list
        assertThat(events("Turkey blocked Sweden's bid and Finland protested.")).containsExactly("TUR>SWE:129");
    }

    @Test
    void relationsBetweenTheirCountriesAreAboutTheStatesNotTheLeaderTold() {
        assertThat(events("Modi told Biden in a phone call that relations between their countries had never been stronger."))
                .contains("INDGOV>USA:013").doesNotContain("INDGOV>USAGOV:013");
        assertThat(events("Erdogan told Putin that ties between their nations were improving.")).contains("TURGOV>RUS:013")
                .doesNotContain("TURGOV>RUSGOV:013");
        assertThat(events("Modi told Biden that relations between the two countries had never been stronger."))
                .containsExactly("INDGOV>USA:013");
        // "their" not after "between" names no pair: the leader told stays the one spoken to
        assertThat(events("Modi told Biden in a phone call that their talks had been very productive.")).doesNotContain("INDGOV>USA:013");
    }

    @Test
    void theKinOfAnActorArePeopleOfItsCountry() {
        assertThat(events("Spain granted asylum to the wife of jailed Venezuelan opposition leader Leopoldo Lopez."))
                .containsExactly("ESP>VENCVL:075");
        assertThat(events("Mexico granted asylum to the family of ousted Peruvian president Pedro Castillo."))
                .containsExactly("MEX>PERCVL:075");
        assertThat(events("ELN guerrillas kidnapped the father of Colombian footballer Luis Diaz.")).containsExactly("COLREB>COLCVL:181");
        // the actor himself, or a leader "of" a body, keeps his code
        assertThat(events("Mexico granted asylum to ousted Peruvian president Pedro Castillo.")).containsExactly("MEX>PEROPP:075");
        assertThat(events("Mexico granted asylum to the leader of Peru's opposition.")).containsExactly("MEX>PEROPP:075");
    }

    @Test
    void forceOnACompanysPremisesIsAimedAtTheStateTheyStandIn() {
        assertThat(events("Houthi drones struck an Aramco refinery in Riyadh.")).containsExactly("YEMREB>SAU:195");
        assertThat(events("Ukrainian drones hit a Gazprom facility in Russia.")).containsExactly("UKRMIL>RUS:195");
        assertThat(events("Russian missiles hit the offices of a Ukrainian energy company.")).containsExactly("RUSMIL>UKR:194");
        assertThat(events("The Houthis claimed responsibility for a drone attack on an Aramco oil field.")).containsExactly("YEMREB>SAU:015");
        // the company itself struck stays the company
        assertThat(events("Houthi drones struck Aramco.")).containsExactly("YEMREB>SAUBUS:195");
    }
}
