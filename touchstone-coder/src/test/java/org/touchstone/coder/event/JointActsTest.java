package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/**
 * Joint and symmetric acts whose reverse direction was lost (session 17): long sides of a pair named with their
 * movement, title and a name, pacts signed by two sides, "the three countries" and a shared "between". Constructed wire-style sentences, not gold or
 * tuning lines, each rule with paraphrases that must code and near misses that must not.
 */
class JointActsTest {
    private static List<String> events(String text) {
        return CoderTestSupport.events(text, LocalDate.of(2024, 5, 10));
    }

    // --- 1. a movement named before one of its own people is that person: a pair of long sides stays a pair

    @Test
    void aMovementsLeaderNamedWithTheMovementIsOneSideOfThePair() {
        assertThat(events("Hamas chief Ismail Haniyeh and Egyptian intelligence head Abbas Kamel signed a document in Cairo."))
                .containsExactlyInAnyOrder("PSEREB>EGYSPY:057", "EGYSPY>PSEREB:057");
        assertThat(events("Egypt's foreign minister and Hamas chief Ismail Haniyeh met in Cairo on Sunday."))
                .containsExactlyInAnyOrder("PSEREB>EGYGOV:042", "EGYGOV>PSEREB:043");
        assertThat(CoderTestSupport.events(CoderTestSupport.code("Taliban co-founder Mullah Abdul Ghani Baradar and Pakistani "
                + "Foreign Minister Shah Mehmood Qureshi signed an agreement in Islamabad.", LocalDate.of(2021, 5, 10))))
                .containsExactlyInAnyOrder("AFGREB>PAKGOV:057", "PAKGOV>AFGREB:057");
    }

    @Test
    void aBodysOfficerTakesTheNameTheDictionariesDoNotKnow() {
        // the name after "FARC commander" belongs to him, so the side before "and" ends where "and" begins
        assertThat(events("FARC commander Ivan Marquez and Colombian President Gustavo Petro signed a peace accord in Havana."))
                .containsExactlyInAnyOrder("COLREB>COLGOV:057", "COLGOV>COLREB:057");
        // and a group's commander so named is still a leader killed (R16)
        assertThat(events("An Israeli air strike in Beirut killed Hezbollah commander Fuad Shukr."))
                .containsExactly("ISRMIL>LBNUAF:186");
    }

    @Test
    void oneSignerAloneOrAOneSidedActWithACoordinatedSubjectIsNoPair() {
        assertThat(events("Hamas chief Ismail Haniyeh signed a document in Cairo.")).isEmpty();
        // condemning is aimed at someone else, never at each other
        assertThat(events("Hamas chief Ismail Haniyeh and Egypt condemned Israel."))
                .containsExactlyInAnyOrder("PSEREB>ISR:111", "EGY>ISR:111");
    }

    // --- 2. a pact named by a noun and signed by two sides named after "by"

    @Test
    void aPactSignedByTwoSidesIsTheirsEachTowardTheOther() {
        assertThat(events("Migrants will be returned to Turkey under an accord signed by the European Union and Ankara last year."))
                .containsExactlyInAnyOrder("IGOEUREEC>TURGOV:057", "TURGOV>IGOEUREEC:057");
        assertThat(events("The agreement, signed by Ethiopia and Eritrea in Asmara, ended the war."))
                .containsExactlyInAnyOrder("ETH>ERI:057", "ERI>ETH:057");
        // the place and day between the participle and its agents
        assertThat(events("Fishing boats may enter the zone under a treaty signed in Dakar on Monday by Senegal and Mauritania."))
                .containsExactlyInAnyOrder("SEN>MRT:057", "MRT>SEN:057");
    }

    @Test
    void aPactSignedByOneSideOrAMeasureBackedByTwoIsNoPair() {
        assertThat(events("The pact, signed by Kenya on Friday, allows its police to deploy to Haiti.")).isEmpty();
        // backing a resolution is support for it, not an agreement between its backers
        assertThat(events("A resolution backed by France and Britain demanded a ceasefire.")).isEmpty();
        // co-signing a letter is no pact between the signers: only the letter's appeal
        assertThat(events("A letter signed by Britain, France and Germany urged Iran to return to talks."))
                .containsExactlyInAnyOrder("GBR>IRN:026", "FRA>IRN:026", "DEU>IRN:026");
    }

    // --- 3. "the three countries" are the states the sentence has named, when they are as many

    @Test
    void theThreeCountriesAreTheStatesTheSentenceNamed() {
        assertThat(events("Egypt hosted talks with Sudan and Ethiopia, and the three countries signed a declaration on the dam."))
                .contains("EGY>SDN:057", "SDN>EGY:057", "EGY>ETH:057", "ETH>EGY:057", "SDN>ETH:057", "ETH>SDN:057");
        // a list of three among more states named: the list
        assertThat(events("Israel recalled its envoys to Ireland, Norway and Spain after the three countries said they would "
                + "recognise a Palestinian state."))
                .contains("IRL>PSE:032", "NOR>PSE:032", "ESP>PSE:032");
        assertThat(events("Ireland, Norway and Spain recognised Palestine, and the three countries urged Israel to halt its offensive."))
                .contains("IRL>ISR:0256", "NOR>ISR:0256", "ESP>ISR:0256");
        // the place of their meeting is not one of them
        assertThat(events("Greece met Cyprus and Egypt in Brussels, and the three countries signed a declaration on gas."))
                .contains("GRC>CYP:057", "CYP>EGY:057", "EGY>GRC:057");
    }

    @Test
    void theThreeCountriesNameNoOneWhenTheSentenceNamesADifferentNumber() {
        // two states named, or a list of four: no three of them are meant
        assertThat(events("Japan hosted South Korea's president, and the three countries agreed to cooperate on chips."))
                .containsExactlyInAnyOrder("JPN>KORGOV:043", "KORGOV>JPN:042");
        assertThat(events("Poland, Germany, France and Italy issued a statement, after the three countries signed a pact."))
                .isEmpty();
    }

    // --- 4. two nouns of what the parties do together, one "between" for both

    @Test
    void aCeasefireAndTalksBetweenTwoSidesAreAskedOfBoth() {
        assertThat(events("Turkey called for a truce and direct negotiations between Israel and Hamas."))
                .containsExactlyInAnyOrder("TUR>ISR:0256", "TUR>PSEREB:0256");
        assertThat(events("The pope urged restraint and dialogue between India and Pakistan."))
                .containsExactlyInAnyOrder("VATGOV>IND:020", "VATGOV>PAK:020");
        assertThat(events("Brazil issued a plan calling for a ceasefire and peace talks between Russia and Ukraine."))
                .contains("BRA>RUS:0256", "BRA>UKR:0256");
    }

    @Test
    void aClauseAfterAndIsNoSecondNounOfTheObject() {
        // a comma before "and": the talks open a clause of their own
        assertThat(events("Brazil called for a ceasefire, and talks between Russia and Ukraine began in Istanbul."))
                .noneMatch(e -> e.startsWith("BRA>UKR"));
    }
}
