package org.touchstone.coder.petrarch.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.coder.Coder;
import org.touchstone.coder.dict.ActorDictionary;
import org.touchstone.coder.dict.ActorForm;
import org.touchstone.coder.dict.ActorKind;
import org.touchstone.coder.dict.DatedRole;
import org.touchstone.coder.dict.Dictionaries;
import org.touchstone.coder.dict.DiscardPhrase;
import org.touchstone.coder.dict.PatternElement;
import org.touchstone.coder.dict.VerbDictionary;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.dict.VerbPattern;
import org.touchstone.coder.petrarch.DictionaryFormat;
import org.touchstone.core.Document;
import org.touchstone.testing.SharedData;

/**
 * The PETRARCH validation dictionaries (and the operational PETRARCH-2 set) of ../shared/data,
 * read in place and mapped into the coder's model; format detection of a directory.
 */
class PetrarchMappingTest {

    private static Path dict(String name) {
        return SharedData.file("petrarch2/dictionaries/" + name);
    }

    private static Dictionaries validation() {
        return PetrarchDictionaries.load(dict("PETR.Validate.verbs.txt"), List.of(dict("PETR.Validate.actors.txt")),
                dict("PETR.Validate.agents.txt"), dict("PETR.Validate.discards.txt"));
    }

    private static List<VerbEntry> entries(VerbDictionary verbs, String name) {
        return verbs.entries().stream().filter(e -> e.name().equals(name) || e.name().startsWith(name + "/")).toList();
    }

    /** All forms at the end of a token path in the actor trie. */
    private static List<ActorForm> forms(ActorDictionary actors, String... tokens) {
        ActorDictionary.Node n = actors.root();
        for (String t : tokens) {
            n = n == null ? null : n.child(t);
        }
        return n == null ? List.of() : n.forms();
    }

    @Test
    void verbBlocksBecomeEntriesWithTheirFormsPatternsAndDefaultCode() {
        Dictionaries d = validation();
        assertThat(d.semantics()).isEqualTo(Dictionaries.Semantics.PETRARCH);
        VerbDictionary verbs = d.verbs();

        // DELAY [120] holds DOWNPLAY [014]: one entry per default code, the block's patterns shared
        List<VerbEntry> delay = entries(verbs, "DELAY");
        assertThat(delay).extracting(VerbEntry::name).containsExactly("DELAY", "DELAY/DOWNPLAY");
        assertThat(delay.get(0).verbForms()).contains(List.of("delay"), List.of("delayed"), List.of("postponed"),
                List.of("postponing"), List.of("postpones"));
        assertThat(last(delay.get(0)).code()).isEqualTo("120");
        assertThat(last(delay.get(1)).code()).isEqualTo("014");
        assertThat(delay.get(1).patterns()).extracting(VerbPattern::text).contains("% HAVE  *");

        // irregular forms in braces replace the regular ones; multi-word verbs inflect their + word
        VerbEntry breakVerb = entries(verbs, "BREAK").get(0);
        assertThat(breakVerb.verbForms()).contains(List.of("break"), List.of("broke"), List.of("broken"),
                List.of("break", "down"), List.of("broken", "down"), List.of("breaking", "down"));
        assertThat(breakVerb.verbForms()).doesNotContain(List.of("breaked"));
        VerbEntry confiscate = entries(verbs, "CONFISCATE").get(0);
        assertThat(confiscate.verbForms()).contains(List.of("wire", "tap"), List.of("wire", "tapped"));
        VerbEntry deplore = entries(verbs, "DEPLORE").get(0);
        assertThat(deplore.verbForms()).containsExactlyInAnyOrder(List.of("deplore"), List.of("deplores"),
                List.of("deplored"), List.of("deploring"));

        // "- + * FROM $ [066]": target before the verb, literal and source after it
        VerbPattern free = entries(verbs, "FREE").get(0).patterns().stream()
                .filter(p -> p.text().equals("+ * FROM $")).findFirst().orElseThrow();
        assertThat(free.before()).containsExactly(new PatternElement.Target(false));
        assertThat(free.after()).containsExactly(new PatternElement.Words(List.of(List.of("from")), false, "FROM"),
                new PatternElement.Source(false));
        assertThat(free.code()).isEqualTo("066");

        // '_' joins: "RECENTLY_*" must stand right before the verb; "NEW_&TIETYPES_RELATIONS" is three joined elements
        VerbPattern recently = pattern(verbs, "ALLOW", "RECENTLY_*");
        assertThat(recently.before().get(0).adjacent()).isTrue();
        VerbPattern newTies = pattern(verbs, "ABANDON", "* NEW_&TIETYPES_RELATIONS");
        assertThat(newTies.after()).hasSize(3);
        assertThat(newTies.after().get(0).adjacent()).isFalse();
        assertThat(newTies.after().get(1).adjacent()).isTrue();
        PatternElement.Words ties = (PatternElement.Words) newTies.after().get(1);
        assertThat(ties.label()).isEqualTo("&TIETYPES");
        // synset members and their regular plurals
        assertThat(ties.phrases()).contains(List.of("military"), List.of("militaries"), List.of("economic"));

        // synsets inside synsets are expanded; "DID N'T" is tokenized as text is
        PatternElement.Words accord = (PatternElement.Words) pattern(verbs, "ACCORD", "INCHING &ACCORDSYN *").before().get(1);
        assertThat(accord.phrases()).contains(List.of("nearer"), List.of("cultural"), List.of("dollars"));
        PatternElement.Words negative = (PatternElement.Words) pattern(verbs, "CLASH", "&NEGATVAUXVRB * OVER EFFORTS")
                .before().get(0);
        assertThat(negative.phrases()).contains(List.of("did", "n't"), List.of("wo", "n't"), List.of("really", "did", "not"));

        // [032:033] gives a reverse code; [---] patterns block any event; most specific patterns first
        assertThat(last(entries(verbs, "LEFT").get(0)).reverseCode()).isEqualTo("033");
        assertThat(pattern(verbs, "RECEIVE", "* CARD").code()).isNull();
        List<VerbPattern> criticize = entries(verbs, "CRITICIZE").get(0).patterns();
        assertThat(criticize.indexOf(pattern(verbs, "CRITICIZE", "HEAVILY UNJUSTLY  *")))
                .isLessThan(criticize.indexOf(pattern(verbs, "CRITICIZE", "HEAVILY *")));
        assertThat(last(entries(verbs, "ACCORD").get(0)).code()).isNull();
    }

    private static VerbPattern last(VerbEntry e) {
        return e.patterns().get(e.patterns().size() - 1);
    }

    private static VerbPattern pattern(VerbDictionary verbs, String block, String text) {
        return entries(verbs, block).get(0).patterns().stream().filter(p -> p.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no pattern '" + text + "' in " + block));
    }

    @Test
    void actorsWithDateRestrictionsAgentsWithPluralsAndDiscards() {
        Dictionaries d = validation();
        ActorDictionary actors = d.actors();

        ActorForm arnor = forms(actors, "arnor").get(0);
        assertThat(arnor.kind()).isEqualTo(ActorKind.COUNTRY);
        assertThat(arnor.code()).isEqualTo("ARN");
        assertThat(forms(actors, "minas", "tirith").get(0).code()).isEqualTo("GON");
        assertThat(forms(actors, "the", "shire").get(0).code()).isEqualTo("FRO/BIL/SAM");
        assertThat(forms(actors, "new", "zealand").get(0).code()).isEqualTo("NZE");

        // Gollum: restrictions in file order, then nothing (no unrestricted code); Sam Gamgee: the default last
        ActorForm gollum = forms(actors, "smeagol").get(0);
        assertThat(gollum.kind()).isEqualTo(ActorKind.PERSON);
        assertThat(gollum.person().roles()).extracting(DatedRole::code).containsExactly("HOB", "HOBGOV", "HOBREB");
        assertThat(first(gollum, LocalDate.of(1995, 6, 1))).isEqualTo("HOB");
        assertThat(first(gollum, LocalDate.of(1995, 11, 1))).isEqualTo("HOBGOV");
        assertThat(first(gollum, LocalDate.of(2001, 1, 1))).isEqualTo("HOBREB");
        ActorForm sam = forms(actors, "sam", "gamgee").get(0);
        assertThat(sam.person().roles()).extracting(DatedRole::code)
                .containsExactly("HOBCIV", "ORCHOB", "HOBMIL", "HOBGOV", "HOBELI", "HOB");
        assertThat(first(sam, LocalDate.of(2010, 1, 10))).isEqualTo("ORCHOB");
        assertThat(first(sam, LocalDate.of(2010, 1, 13))).isEqualTo("HOBMIL");
        // a blank inside a phrase also allows a gap ("Ithilen state-run television")
        assertThat(forms(actors, "ithilen", ActorMapping.GAP, "television").get(0).code()).isEqualTo("ITHTV");

        // agents: placement mark kept, regular and written plurals, none for {}, substitution sets
        assertThat(forms(actors, "police").get(0).code()).isEqualTo("~COP");
        assertThat(forms(actors, "polices")).isEmpty();
        assertThat(forms(actors, "msf").get(0).code()).isEqualTo("NGO~");
        assertThat(forms(actors, "main", "opposition", "groups").get(0).code()).isEqualTo("~MOP");
        assertThat(forms(actors, "golden", "geese").get(0).code()).isEqualTo("~GGS");
        assertThat(forms(actors, "congresses").get(0).code()).isEqualTo("~LEG");
        assertThat(forms(actors, "congressmen").get(0).code()).isEqualTo("~LEG");
        assertThat(forms(actors, "ministry", "of", "silly", "walks").get(0).code()).isEqualTo("~GOV");
        assertThat(forms(actors, "human", "rights", "activists").get(0).kind()).isEqualTo(ActorKind.AGENT);

        assertThat(d.discards()).extracting(DiscardPhrase::tokens)
                .contains(List.of("baseball"), List.of("world", "golf", "championships"));
        assertThat(d.discards().stream().filter(DiscardPhrase::wholeStory).count()).isEqualTo(4);
    }

    private static String first(ActorForm f, LocalDate date) {
        return f.person().rolesOn(date).get(0).code();
    }

    @Test
    void theSharedDirectoryIsPetrarch2AndItsOperationalSetMaps() {
        Path dir = dict("CAMEO.2.0.txt").getParent();
        assertThat(PetrarchDictionaries.detect(dir)).isEqualTo(PetrarchDictionaries.Source.PETRARCH2);
        Dictionaries d = PetrarchDictionaries.load(dir);
        assertThat(d.semantics()).isEqualTo(Dictionaries.Semantics.PETRARCH);
        assertThat(d.verbs().patternCount()).isGreaterThan(4668); // every block's patterns, plus one bare verb per entry
        assertThat(d.actors().size()).isGreaterThan(30_000);
        assertThat(d.discards()).hasSize(506);
        // the two undefined synsets of CAMEO.2.0 (lines 8443-8444) skip their patterns, as PETRARCH does
        assertThat(d.problems()).anyMatch(p -> p.line() == 8443 && p.reason().startsWith("pattern skipped"));
        List<Coder.Coding> codings = new Coder(d).codings(new Document("t", LocalDate.of(2015, 6, 1), null, null,
                null, null, "The United States fired anti-aircraft batteries at Russia this week.", null));
        assertThat(codings).extracting(c -> c.source() + " " + c.target()).contains("USA RUS");
    }

    @Test
    void theValidationSetOfTheSharedDirectory() {
        Dictionaries d = PetrarchDictionaries.load(dict("CAMEO.2.0.txt").getParent(), DictionaryFormat.PETRARCH1);
        assertThat(d.discards()).hasSize(9);
        assertThat(d.verbs().entries()).hasSize(validation().verbs().entries().size());
        assertThat(d.actors().size()).isEqualTo(validation().actors().size());
    }

    @Test
    void tabariAndProjectDirectoriesAreToldApart(@TempDir Path tmp) throws IOException {
        Path tabari = Files.createDirectory(tmp.resolve("tabari"));
        Files.writeString(tabari.resolve("test.verbs"), String.join("\n",
                "ACCUSE [112]",
                "- * OF SPYING [1121]",
                "PRAISE [051]",
                ""), StandardCharsets.UTF_8);
        Files.writeString(tabari.resolve("test.actors"), "ARNOR_ [ARN]\nGONDOR_ [GON]\n", StandardCharsets.UTF_8);
        assertThat(PetrarchDictionaries.detect(tabari)).isEqualTo(PetrarchDictionaries.Source.TABARI);
        Dictionaries t = PetrarchDictionaries.load(tabari);
        assertThat(t.semantics()).isEqualTo(Dictionaries.Semantics.PETRARCH);
        assertThat(t.verbs().entries()).extracting(VerbEntry::name).containsExactly("ACCUSE", "PRAISE");
        List<String> coded = new ArrayList<>();
        new Coder(t).codings(new Document("t", LocalDate.of(2020, 1, 1), null, null, null, null,
                "Arnor accused Gondor of spying.", null)).forEach(c -> coded.add(c.source() + " " + c.target() + " " + c.code()));
        assertThat(coded).containsExactly("ARN GON 1121");

        Path project = Files.createDirectory(tmp.resolve("project"));
        Files.writeString(project.resolve("verbs.txt"), "snub\n  regular: snub\n  code: 125\n", StandardCharsets.UTF_8);
        assertThat(PetrarchDictionaries.detect(project)).isEqualTo(PetrarchDictionaries.Source.PROJECT);
        assertThat(PetrarchDictionaries.load(project).semantics()).isEqualTo(Dictionaries.Semantics.PROJECT);

        assertThatThrownBy(() -> PetrarchDictionaries.detect(Files.createDirectory(tmp.resolve("empty"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no PETRARCH or TABARI verb dictionary");
        assertThatThrownBy(() -> PetrarchDictionaries.detect(tmp.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a directory");
    }
}
