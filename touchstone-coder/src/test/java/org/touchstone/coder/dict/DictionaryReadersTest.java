package org.touchstone.coder.dict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.verb.VerbMatch;
import org.touchstone.core.cameo.CameoCodebook;

class DictionaryReadersTest {
    @Test
    void blockReaderKeepsGoodLinesAndReportsBadOnes() {
        List<DictionaryProblem> problems = new ArrayList<>();
        String text = """
                # comment
                  names: orphan
                RUS Russia   # trailing comment
                  names: Russia; Russian Federation
                   adjectives: three spaces
                  colour: red
                  adjectives: Russian; C# stays; No. 10
                """;
        List<DictionaryBlock> blocks = new DictionaryBlockReader(Set.of("names", "adjectives"), ";")
                .read("t.txt", new StringReader(text), problems);
        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0).header()).isEqualTo("RUS Russia");
        assertThat(blocks.get(0).values("names")).containsExactly("Russia", "Russian Federation");
        assertThat(blocks.get(0).values("adjectives")).containsExactly("Russian", "C# stays", "No. 10");
        assertThat(problems).extracting(DictionaryProblem::line).containsExactly(2, 5, 6);
        assertThat(problems.get(0).toString()).startsWith("t.txt:2: ");
    }

    @Test
    void patternsParseIntoElements() {
        List<DictionaryProblem> problems = new ArrayList<>();
        VerbDictionary d = new VerbDictionaryReader(problems).read("v.txt", new StringReader("""
                &arms
                  words: weapons; air defence
                call
                  kind: verbal
                  verbs: call; called
                  pattern: * on_+ to => 020
                  pattern: * for &arms => 0232
                  pattern: {phone|telephone} * => 041:041
                  pattern: * + => 99
                  code: ---
                """)).build();
        assertThat(problems).extracting(DictionaryProblem::reason).containsExactly("not a CAMEO event code: '99'");
        VerbEntry call = d.entries().get(0);
        assertThat(call.kind()).isEqualTo(VerbEntry.Kind.VERBAL);
        VerbPattern on = call.patterns().stream().filter(p -> p.text().equals("* on_+ to")).findFirst().orElseThrow();
        assertThat(on.after()).hasSize(3);
        assertThat(on.after().get(0).adjacent()).isFalse();
        assertThat(on.after().get(1)).isEqualTo(new PatternElement.Target(true));
        assertThat(on.code()).isEqualTo("020");
        VerbPattern phone = call.patterns().stream().filter(p -> p.code() != null && p.code().equals("041")).findFirst().orElseThrow();
        assertThat(phone.before()).hasSize(1);
        assertThat(phone.reverseCode()).isEqualTo("041");
        VerbPattern arms = call.patterns().stream().filter(p -> "0232".equals(p.code())).findFirst().orElseThrow();
        assertThat(((PatternElement.Words) arms.after().get(1)).phrases()).contains(List.of("air", "defence"));
        assertThat(call.patterns().get(call.patterns().size() - 1).code()).isNull(); // "code: ---" blocks
        assertThat(d.formsStartingWith("called")).hasSize(1);
    }

    @Test
    void aLegalCodeIsTheEntrysOwnAndChecked() {
        List<DictionaryProblem> problems = new ArrayList<>();
        VerbDictionary d = new VerbDictionaryReader(problems).read("v.txt", new StringReader("""
                charge
                  legal: 173
                  verbs: charged
                  pattern: * + with => 1121
                accuse
                  verbs: accused
                  pattern: * + of => 1121
                indict
                  legal: 17x
                  verbs: indicted
                  code: 173
                """)).build();
        assertThat(d.entries()).extracting(VerbEntry::legalCode).containsExactly("173", null, null);
        assertThat(problems).extracting(DictionaryProblem::reason).containsExactly("not a CAMEO event code: '17x'");
    }

    @Test
    void aRoleIsTheEntrysOwnAndChecked() {
        List<DictionaryProblem> problems = new ArrayList<>();
        VerbDictionary d = new VerbDictionaryReader(problems).read("v.txt", new StringReader("""
                label
                  kind: verbal
                  role: characterizing
                  verbs: labelled
                  code: 111
                visit
                  verbs: visited
                  code: 042
                wander
                  role: wandering
                  verbs: wandered
                  code: 010
                """)).build();
        assertThat(d.entries()).extracting(VerbEntry::role)
                .containsExactly(VerbEntry.Role.CHARACTERIZING, VerbEntry.Role.NONE, VerbEntry.Role.NONE);
        assertThat(problems).extracting(DictionaryProblem::reason)
                .containsExactly("unknown kind, governs or role value in block 'wander'");
    }

    @Test
    void theBuiltInRolesAreOnTheirEntries() {
        VerbDictionary d = Dictionaries.builtIn().verbs();
        assertThat(named(d, VerbEntry.Role.CHARACTERIZING)).containsExactlyInAnyOrder("describe", "call", "call names");
        assertThat(named(d, VerbEntry.Role.KILLING)).containsExactlyInAnyOrder("kill", "behead", "kill by assault");
        assertThat(named(d, VerbEntry.Role.ORDERING)).containsExactlyInAnyOrder("order", "instruct");
        assertThat(named(d, VerbEntry.Role.JOINING)).containsExactlyInAnyOrder("join", "become member", "become the nth member");
        assertThat(named(d, VerbEntry.Role.WITHHOLDING)).containsExactly("withhold support");
        assertThat(named(d, VerbEntry.Role.DRAWING)).containsExactly("draw criticism");
        assertThat(named(d, VerbEntry.Role.WARNING)).containsExactly("warn");
        assertThat(named(d, VerbEntry.Role.NONE)).contains("visit", "attack", "charge");
    }

    @Test
    void aMatchIsOfItsEntrysRole() {
        VerbEntry behead = Dictionaries.builtIn().verbs().entries().stream()
                .filter(e -> e.name().equals("behead")).findFirst().orElseThrow();
        VerbMatch m = new VerbMatch(behead, behead.patterns().get(0), false, 0, 1, 1, null, null, "beheaded");
        assertThat(m.is(VerbEntry.Role.KILLING)).isTrue();
        assertThat(m.is(VerbEntry.Role.NONE)).isFalse();
    }

    private static List<String> named(VerbDictionary d, VerbEntry.Role role) {
        return d.entries().stream().filter(e -> e.role() == role).map(VerbEntry::name).toList();
    }

    @Test
    void aPatternRepeatedInItsBlockIsReportedAndReadOnce() {
        List<DictionaryProblem> problems = new ArrayList<>();
        VerbDictionary d = new VerbDictionaryReader(problems).read("v.txt", new StringReader("""
                return
                  verbs: returned
                  pattern: * + => 0841
                  pattern: * to_+ => 0842
                  pattern: * + => 0841
                """)).build();
        assertThat(problems).extracting(DictionaryProblem::line).containsExactly(5);
        assertThat(problems.get(0).reason()).isEqualTo("pattern repeats line 3 of the block: * + => 0841");
        assertThat(d.entries().get(0).patterns()).hasSize(2);
    }

    @Test
    void regularInflection() {
        assertThat(VerbDictionaryReader.inflect("visit")).containsExactly("visit", "visits", "visited", "visiting");
        assertThat(VerbDictionaryReader.inflect("criticize")).containsExactly("criticize", "criticizes", "criticized", "criticizing");
        assertThat(VerbDictionaryReader.inflect("deny")).containsExactly("deny", "denies", "denied", "denying");
        assertThat(VerbDictionaryReader.inflect("free")).contains("freed", "freeing");
    }

    @Test
    void builtInDictionariesReadCleanly() {
        Dictionaries d = Dictionaries.builtIn();
        assertThat(d.problems()).isEmpty();
        assertThat(d.actors().size()).isGreaterThan(5000);
        System.out.println("verb entries " + d.verbs().entries().size() + ", patterns " + d.verbs().patternCount()
                + ", actor forms " + d.actors().size());
        assertThat(d.verbs().entries().size()).isGreaterThan(120);
        assertThat(d.verbs().patternCount()).isGreaterThan(400);
    }

    @Test
    void builtInVerbCodesAreInTheCodebookAndCoverAllRoots() {
        CameoCodebook codebook = CameoCodebook.standard();
        Set<String> roots = new HashSet<>();
        for (VerbEntry e : Dictionaries.builtIn().verbs().entries()) {
            for (VerbPattern p : e.patterns()) {
                for (String code : new String[] {p.code(), p.reverseCode()}) {
                    if (code != null) {
                        assertThat(codebook.find(code)).as(e.name() + " " + p.text() + " => " + code).isPresent();
                        roots.add(code.substring(0, 2));
                    }
                }
            }
        }
        assertThat(roots).hasSize(20);
    }

    @Test
    void personCodeFollowsDatedRoles() {
        Person putin = new Person("Vladimir Putin", List.of(
                new DatedRole("RUSGOV", java.time.LocalDate.of(2008, 5, 8), java.time.LocalDate.of(2012, 5, 7), "head of government"),
                new DatedRole("RUSGOV", java.time.LocalDate.of(2012, 5, 7), null, "head of state")));
        assertThat(putin.codeOn(java.time.LocalDate.of(2010, 1, 1), null)).contains("RUSGOV");
        assertThat(putin.codeOn(java.time.LocalDate.of(2005, 1, 1), null)).contains("RUSOPP");
        assertThat(Map.of("k", putin.rolesOn(java.time.LocalDate.of(2012, 5, 7))).get("k")).hasSize(2);
    }
}
