package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.coder.CodedDocument;
import org.touchstone.core.Document;
import org.touchstone.core.Statement;

/**
 * Who speaks, and how far an actor reaches (session 15): outlets as a country's media, a verb's object slot that does
 * not reach into the next clause, reporting verbs that are obligations or proverbs and no words said, the one told as
 * no speaker, a deputy of an office, the object of a gerund, and a state's own release. Constructed sentences in wire
 * style, never gold or tuning lines.
 */
class SpeakersAndClausesTest {

    private static CodedDocument coded(String text) {
        return CoderTestSupport.code(text, LocalDate.of(2023, 6, 15));
    }

    private static List<String> events(String text) {
        return CoderTestSupport.events(coded(text));
    }

    private static List<String> speakers(String text) {
        return CodedStatements.statements(text).stream().map(Statement::speaker).toList();
    }

    @Test
    void outletsCountedOrNotAreTheirCountrysMedia() {
        assertThat(speakers("Five US outlets reported that the talks had stalled, citing officials.")).containsExactly("USAMED");
        assertThat(speakers("Several Russian outlets said the deal was close.")).containsExactly("RUSMED");
        assertThat(speakers("A Turkish outlet reported that the talks had stalled.")).containsExactly("TURMED");
        // a news report by media is a statement, not a remark event (Coder.newsReport)
        assertThat(events("Two Japanese outlets reported that the talks with China had stalled.")).isEmpty();
        // near misses: shops and a way to the sea are no outlets of news
        assertThat(coded("The company opened five retail outlets in China.").statements()).isEmpty();
        assertThat(events("Russia has long sought an outlet to the sea.")).isEmpty();
    }

    @Test
    void aTargetIsNotSoughtInTheNextClause() {
        // the subject of ", and ... sailed" is no target of the protest: an untargeted protest codes no event
        assertThat(events("Beijing protested, and a Japanese destroyer later sailed through the strait.")).isEmpty();
        assertThat(events("Seoul objected, and two Chinese vessels then entered the disputed waters.")).isEmpty();
        assertThat(events("Seoul objected, and two Chinese coast guard vessels then entered the disputed waters.")).isEmpty();
        assertThat(events("Tehran protested, and the US Navy later seized a second tanker.")).isEmpty();
        assertThat(events("Tokyo complained; two Russian bombers later flew over the islands.")).isEmpty();
        // near misses: a target before the comma, or the act protested as the object
        assertThat(events("Beijing protested to Tokyo, and a Japanese destroyer later sailed through the strait."))
                .containsExactly("CHNGOV>JPNGOV:114");
        assertThat(events("Beijing protested the sailing of a Japanese destroyer through the strait."))
                .containsExactly("CHNGOV>JPNMIL:114");
    }

    @Test
    void whatOneIsObligedToDeclareIsNotSaid() {
        assertThat(coded("Five US outlets are also required to declare information about their staff.").statements()).isEmpty();
        assertThat(coded("Russian banks were ordered to disclose their holdings in Europe.").statements()).isEmpty();
        assertThat(coded("Chinese firms must declare their assets abroad.").statements()).isEmpty();
        assertThat(coded("Chinese firms have to declare their assets abroad.").statements()).isEmpty();
        // near miss: what they declared was said
        assertThat(speakers("US outlets declared that they would leave China.")).containsExactly("USAMED");
    }

    @Test
    void theOneToldIsNoSpeaker() {
        Statement s = CodedStatements.only(
                "Britain will ban Huawei equipment, the culture secretary, Oliver Dowden, told the House of Commons.");
        assertThat(s.speaker()).isEqualTo("GBRGOV");
        assertThat(s.audience().code()).isEqualTo("domestic");
        assertThat(CodedStatements.only("Poland will close the border, Interior Minister Mariusz Kaminski told the Sejm.")
                .audience().code()).isEqualTo("domestic");
        // near miss: a person told is the target, and the speaker stays the one before the verb
        assertThat(speakers("Germany will send tanks to Ukraine, the chancellor told Zelensky.")).containsExactly("DEUGOV");
    }

    @Test
    void aDeputyTakesTheSectorOfTheOfficeHeDeputizes() {
        assertThat(speakers("Russia's deputy ambassador, Gennady Kuzmin, called the vote illegitimate.")).containsExactly("RUSGOV");
        assertThat(speakers("China's deputy ambassador to the UN said the vote was a mistake.")).containsExactly("CHNGOV");
        assertThat(speakers("Ukraine's deputy defence minister said its troops had advanced near Bakhmut."))
                .containsExactly("UKRGOVMIL");
        // near miss: deputies alone are legislators
        assertThat(speakers("Ukrainian deputies said the law was unjust.")).containsExactly("UKRLEG");
    }

    @Test
    void theObjectOfAGerundIsNoSpeaker() {
        assertThat(speakers("Putin backed the referendums on joining Russia announced in the occupied regions."))
                .doesNotContain("RUS");
        // near miss: the subject before the gerund's phrase speaks
        assertThat(speakers("Russia, after meeting China, said the talks were useful.")).containsExactly("RUS");
    }

    @Test
    void aProverbIsNoSaying() {
        assertThat(speakers("Citing a Chinese saying, Xi said that whoever tied the bell to the tiger must untie it."))
                .containsExactly("CHNGOV");
        assertThat(speakers("Citing an old Russian saying, Lavrov said that patience would be rewarded."))
                .containsExactly("RUSGOV");
        // near misses: a participle of saying after a statement or a speaker
        assertThat(speakers("Moscow issued a statement saying the sanctions were illegal.")).containsExactly("RUSGOV");
    }

    @Test
    void aStatesReleaseSpeaksOfItsOwnOrgans() {
        String text = "The Ministry of Foreign Affairs on Friday informed the US Embassy of its decision. The ministry said "
                + "the step was a necessary response to the unjustified actions of the United States.";
        CodedDocument release = CodedStatements.CODER.code(
                new Document("r", LocalDate.of(2020, 7, 25), "gov-press:CHN", "CHN", null, null, text, null));
        assertThat(release.statements()).extracting(Statement::speaker).contains("CHNGOV").doesNotContain("USAGOV");
        // near miss: a wire report publishes for no state, and its organ of no state is not China's
        CodedDocument wire = CodedStatements.CODER.code(
                new Document("w", LocalDate.of(2020, 7, 25), "wire:GBR", "GBR", null, null, text, null));
        assertThat(wire.statements()).extracting(Statement::speaker).doesNotContain("CHNGOV", "GBRGOV");
    }
    @Test
    void aTrailingOfficeOfNoStateIsTheNewsState() {
        // a title with a name the dictionaries do not know, after the news: the state the news opens with
        assertThat(speakers("Kenya has offered to lead a force in Haiti, Foreign Minister Alfred Mutua said.")).containsExactly("KENGOV");
        assertThat(speakers("Ghana will send troops to Haiti, Defence Minister Kwame Mensah said.")).containsExactly("GHAGOVMIL");
        assertThat(speakers("Peru recalled its ambassador from Mexico, Prime Minister Alberto Otarola said on Friday."))
                .containsExactly("PERGOV");
        // "its" minister after an organization: no organization has a minister
        assertThat(speakers("Turkey has asked the World Bank for emergency loans, its finance minister said.")).containsExactly("TURGOV");
        // a lower-case foreign office is any state's, not Britain's Foreign Office
        assertThat(speakers("Pakistan has summoned the Afghan envoy, the foreign office spokeswoman said.")).containsExactly("PAKGOV");
        // near misses: a title with its own state, an organization's own spokeswoman, the Foreign Office by its name
        assertThat(speakers("Kenya will send police to Haiti, Ugandan Foreign Minister John Okello said.")).containsExactly("UGAGOV");
        assertThat(speakers("The IMF approved a loan to Egypt, its spokeswoman said.")).containsExactly("IGOBUSIMF");
        assertThat(speakers("The Foreign Office said Britain would not recognise the vote.")).containsExactly("GBRGOV");
    }
    @Test
    void aTrailingOrganWithAnAdjectiveIsTheNewsState() {
        assertThat(speakers("Mali expelled the French ambassador, the ruling junta said.")).containsExactly("MLIMIL");
        assertThat(speakers("Kenya will send police to Haiti, the new government said.")).containsExactly("KENGOV");
        assertThat(speakers("Chad expelled the German ambassador, the transitional government said on Friday."))
                .containsExactly("TCDGOV");
        // the one the appeal is about, not the state's own former premier beside it
        Statement s = CodedStatements.only("Bangladesh has asked India to return the former premier Sheikh Hasina, "
                + "the interim government's foreign affairs adviser said.");
        assertThat(s.speaker()).isEqualTo("BGDGOV");
        assertThat(s.targets()).containsExactly("IND");
        // near miss: a name after a common noun labels, it does not attribute the words before
        assertThat(events("Nepal unveiled a new political map that places territory held by India within its borders, "
                + "a move New Delhi called 'untenable'.")).containsExactly("INDGOV>NPL:111");
    }
    @Test
    void delegatesAndPrisonServicesAreTheGovernments() {
        assertThat(speakers("North Korea's chief delegate told the six-party talks in Beijing that Pyongyang might test a "
                + "nuclear device.")).containsExactly("PRKGOV");
        assertThat(speakers("Iran's chief delegate said the talks in Vienna had made progress.")).containsExactly("IRNGOV");
        assertThat(speakers("Russian opposition leader Alexei Navalny died in an Arctic penal colony, the prison service said."))
                .containsExactly("RUSGOV");
        assertThat(speakers("A jailed Belarusian activist died in custody, the penitentiary service said.")).containsExactly("BLRGOV");
        // near miss: the opposition leader the report is about does not speak
        assertThat(speakers("Russian opposition leader Alexei Navalny died in an Arctic penal colony, the prison service said."))
                .doesNotContain("RUSOPP");
    }
}
