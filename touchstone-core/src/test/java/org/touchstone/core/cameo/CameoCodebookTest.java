package org.touchstone.core.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.touchstone.core.QuadClass;

class CameoCodebookTest {
    private static final CameoCodebook CODEBOOK = CameoCodebook.standard();
    private static final String HEADER = "code\tlevel\tquad_class\tgoldstein\tplover\tplover_mode\tplover_context\tname\n";

    @Test
    void standardCodebookHoldsEveryCameoCodeOnce() {
        assertThat(CODEBOOK.size()).isEqualTo(318);
        assertThat(CODEBOOK.all()).filteredOn(c -> c.level() == CameoCode.Level.ROOT).hasSize(20);
        assertThat(CODEBOOK.all()).extracting(CameoCode::code).doesNotHaveDuplicates();
        assertThat(CameoCodebook.standard()).isSameAs(CODEBOOK);
    }

    @Test
    void findsCodesWithLeadingZerosKept() {
        CameoCode visit = CODEBOOK.find("042").orElseThrow();
        assertThat(visit.name()).isEqualTo("Make a visit");
        assertThat(visit.level()).isEqualTo(CameoCode.Level.BASE);
        assertThat(visit.goldstein()).isEqualTo(1.9);
        assertThat(visit.quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
        assertThat(visit.ploverCategory()).isEqualTo("CONSULT");
        assertThat(visit.ploverMode()).isEqualTo("visit");
        assertThat(visit.root()).isEqualTo("04");
        assertThat(visit.parent()).isEqualTo("04");

        assertThat(CODEBOOK.find("10").orElseThrow().name()).isEqualTo("DEMAND");
        assertThat(CODEBOOK.find("010").orElseThrow().name()).isEqualTo("Make statement, not specified below");
        assertThat(CODEBOOK.find("42")).isEmpty();
        assertThat(CODEBOOK.find(null)).isEmpty();
    }

    @Test
    void holdsPloverMappingIncludingDroppedCodesAndSeveralContexts() {
        assertThat(CODEBOOK.require("010").isDroppedByPlover()).isTrue();
        assertThat(CODEBOOK.require("010").ploverMode()).isNull();
        CameoCode warCrimes = CODEBOOK.require("1124");
        assertThat(warCrimes.ploverCategory()).isEqualTo("ACCUSE");
        assertThat(warCrimes.ploverMode()).isEqualTo("allege");
        assertThat(warCrimes.ploverContexts()).containsExactly("military", "legal");
        // CAMEO2PLOVER moves a few codes out of their root's category.
        assertThat(CODEBOOK.require("163").ploverCategory()).isEqualTo("COERCE");
        assertThat(CODEBOOK.require("1712").ploverCategory()).isEqualTo("ASSAULT");
    }

    @Test
    void quadClassFollowsTheRoot() {
        assertThat(CODEBOOK.all()).allSatisfy(code ->
                assertThat(code.quadClass()).isEqualTo(QuadClass.ofCode(code.code())));
        assertThat(CODEBOOK.require("0874").quadClass()).isEqualTo(QuadClass.MATERIAL_COOPERATION);
        assertThat(CODEBOOK.require("145").quadClass()).isEqualTo(QuadClass.VERBAL_CONFLICT);
        assertThat(CODEBOOK.require("2042").quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
    }

    @Test
    void everyCodeBelowARootHasItsParentInTheCodebook() {
        assertThat(CODEBOOK.all()).filteredOn(code -> code.parent() != null)
                .allSatisfy(code -> assertThat(CODEBOOK.find(code.parent())).isPresent());
    }

    @Test
    void requireExplainsWhatIsWrong() {
        assertThat(CODEBOOK.require("0874").name()).isEqualTo("Retreat or surrender militarily");
        assertThatThrownBy(() -> CODEBOOK.require("0999"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown CAMEO event code '0999'");
        assertThatThrownBy(() -> CODEBOOK.require("21"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a CAMEO event code: '21'");
        assertThatThrownBy(() -> CODEBOOK.require(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void goldsteinFallsBackToBaseThenRoot() {
        assertThat(CODEBOOK.goldstein("0874")).isEqualTo(10.0);
        // "0215" is not a CAMEO code; its base 021 is.
        assertThat(CODEBOOK.goldstein("0215")).isEqualTo(CODEBOOK.require("021").goldstein());
        // "099" is not a CAMEO code; its root 09 is.
        assertThat(CODEBOOK.goldstein("099")).isEqualTo(-2.0);
        // 1951 has no published value of its own and takes its base 195's.
        assertThat(CODEBOOK.require("1951").goldstein()).isNull();
        assertThat(CODEBOOK.goldstein("1951")).isEqualTo(CODEBOOK.require("195").goldstein());
        assertThatThrownBy(() -> CODEBOOK.goldstein("abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsATableInAnyOrder() {
        CameoCodebook small = CameoCodebook.read("small.tsv", new StringReader(HEADER
                + "# comment lines and blank lines are skipped\n\n"
                + "042\tbase\t1\t1.9\tCONSULT\tvisit\t-\tMake a visit\n"
                + "04\troot\t1\t1.0\tCONSULT\t-\t-\tCONSULT\n"));
        assertThat(small.all()).extracting(CameoCode::code).containsExactly("042", "04");
    }

    @Test
    void malformedTablesFailWithSourceLineAndReason() {
        assertMalformed("code\tlevel\tname\n", 1, "expected the header");
        assertMalformed(HEADER + "04\troot\t1\t1.0\tCONSULT\t-\tCONSULT\n", 2, "expected 8 tab-separated columns but found 7");
        assertMalformed(HEADER + "4\troot\t1\t1.0\tCONSULT\t-\t-\tCONSULT\n", 2, "'4' is not a CAMEO event code");
        assertMalformed(HEADER + "04\tbase\t1\t1.0\tCONSULT\t-\t-\tCONSULT\n", 2, "level base does not fit");
        assertMalformed(HEADER + "04\troot\t3\t1.0\tCONSULT\t-\t-\tCONSULT\n", 2, "quad class 3 does not fit root 04");
        assertMalformed(HEADER + "04\troot\t1\t11.0\tCONSULT\t-\t-\tCONSULT\n", 2, "outside -10..10");
        assertMalformed(HEADER + "04\troot\t1\tone\tCONSULT\t-\t-\tCONSULT\n", 2, "goldstein must be a number");
        assertMalformed(HEADER + "04\troot\t1\t1.0\tTALK\t-\t-\tCONSULT\n", 2, "'TALK' is not a PLOVER category");
        assertMalformed(HEADER + "04\troot\t1\t1.0\tCONSULT\t-\t\tCONSULT\n", 2, "column plover_context is empty");
        assertMalformed(HEADER + "04\troot\t1\t1.0\tCONSULT\t-\t-\tCONSULT \n", 2, "spaces around its value");
        assertMalformed(HEADER + "04\troot\t1\t1.0\tCONSULT\t-\t-\tCONSULT\n"
                + "04\troot\t1\t1.0\tCONSULT\t-\t-\tCONSULT\n", 3, "code 04 appears twice (first on line 2)");
        assertMalformed(HEADER + "04\troot\t1\t1.0\tCONSULT\t-\t-\tCONSULT\n"
                + "0421\tfull\t1\t1.9\tCONSULT\t-\t-\tVisit somewhere\n", 3, "no parent code 042");
        assertMalformed("# only comments\n", 1, "no header line");
    }

    private static void assertMalformed(String table, int line, String reason) {
        assertThatThrownBy(() -> CameoCodebook.read("broken.tsv", new StringReader(table)))
                .isInstanceOfSatisfying(CodebookFormatException.class, e -> {
                    assertThat(e.source()).isEqualTo("broken.tsv");
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).startsWith("broken.tsv line " + line + ": ").contains(reason);
                });
    }
}
