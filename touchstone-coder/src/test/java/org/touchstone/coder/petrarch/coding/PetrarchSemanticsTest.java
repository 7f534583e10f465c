package org.touchstone.coder.petrarch.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CodedDocument;
import org.touchstone.coder.Coder;
import org.touchstone.coder.dict.Dictionaries;
import org.touchstone.coder.petrarch.mapping.PetrarchDictionaries;
import org.touchstone.core.Document;
import org.touchstone.core.Event;
import org.touchstone.testing.SharedData;

/** The coder with PETRARCH semantics on sentences of our own, with the validation dictionaries. */
class PetrarchSemanticsTest {
    private static Coder coder;

    @BeforeAll
    static void load() {
        Path dir = SharedData.file("petrarch2/dictionaries/PETR.Validate.verbs.txt").getParent();
        Dictionaries d = PetrarchDictionaries.load(dir.resolve("PETR.Validate.verbs.txt"),
                List.of(dir.resolve("PETR.Validate.actors.txt")), dir.resolve("PETR.Validate.agents.txt"),
                dir.resolve("PETR.Validate.discards.txt"));
        coder = new Coder(d);
    }

    private static List<String> coded(Coder c, String text, LocalDate date) {
        return c.codings(new Document("t", date, null, null, null, null, text, null)).stream()
                .map(k -> k.source() + " " + k.target() + " " + k.code()).toList();
    }

    private static List<String> coded(String text) {
        return coded(coder, text, LocalDate.of(1995, 1, 1));
    }

    @Test
    void actorsAgentsAndCompounds() {
        // agents after, before and around an actor; "of" carries agents onto a list of actors
        assertThat(coded("The Arnor foreign minister condemned Gondor police.")).containsExactly("ARNGOVFRM GONCOP 122");
        assertThat(coded("An MSF Arnor diplomat condemned Gondor.")).containsExactly("NGOARNGOV GON 122");
        assertThat(coded("The ambassadors of Arnor and Gondor condemned Mordor."))
                .containsExactly("ARNGOV MOR 122", "GONGOV MOR 122");
        // an actor code with alternatives is one actor each
        assertThat(coded("The Shire condemned Gondor.")).containsExactly("FRO GON 122", "BIL GON 122", "SAM GON 122");
        // dated codes follow the sentence date
        assertThat(coded(coder, "Gollum condemned Gondor.", LocalDate.of(1996, 1, 1))).containsExactly("HOBGOV GON 122");
        assertThat(coded(coder, "Gollum condemned Gondor.", LocalDate.of(2001, 1, 1))).containsExactly("HOBREB GON 122");
    }

    @Test
    void patternsPassivesAndNouns() {
        // "+ * FROM $": the pattern's slots give source and target
        assertThat(coded("Gondor was freed from Mordor.")).containsExactly("MOR GON 066");
        // a passive with a by-agent turns round; without one it does not
        assertThat(coded("Gondor was opposed by Mordor.")).containsExactly("MOR GON 112");
        // "% HAVE *": the compound's members act on each other
        assertThat(coded("Gondor and Mordor have delayed the talks.")).containsExactly("GON MOR 191", "MOR GON 191");
        // a verb form inside a determiner's noun phrase is a noun: "their meeting" is no meeting
        assertThat(coded("Gondor condemned their meeting with Mordor.")).containsExactly("GON MOR 122");
        // a verb in the clause of a verb that coded is not coded again
        assertThat(coded("Gondor condemned Mordor after Arnor attacked Rohan.")).containsExactly("GON MOR 122");
        // no general negation: PETRARCH codes what its patterns say
        assertThat(coded("Gondor will not wire tap Mordor.")).containsExactly("GON MOR 081");
    }

    @Test
    void optionsDiscardsAndEvents() {
        assertThat(coded("A senior official said on Saturday.")).isEmpty();
        Coder loose = coder.withOptions(CodingOptions.DEFAULTS.with(java.util.Map.of("require_dyad", "false")));
        assertThat(coded(loose, "A senior official said on Saturday.", LocalDate.of(1995, 1, 1)))
                .containsExactly("---GOV --- 023");
        assertThat(coded("Gondor condemned Mordor after the baseball game.")).isEmpty();
        assertThat(coded("Gondor condemned Mordor. A typhoon hit Rohan.")).isEmpty();

        // events hold CAMEO codes only: a test code of the validation dictionary is reported, not stored
        CodedDocument doc = coder.code(new Document("d", LocalDate.of(1995, 1, 1), null, null, null, null,
                "Arnor will contribute a million dollars to Gondor. Gondor condemned Mordor.", null));
        assertThat(doc.events()).extracting(Event::code).containsExactly("122");
        assertThat(doc.errors()).singleElement().asString().contains("'903'").contains("not a CAMEO event code");
        assertThat(doc.statements()).isEmpty();
    }
}
