package org.touchstone.core.cameo;

import org.touchstone.testing.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks event-codes.tsv against the public tables its facts come from, read in place from
 * ../shared/data/cameo: every difference must be listed, with its reason, in
 * deliberate-differences.tsv, and every listed difference must still be real.
 */
class CameoCodebookCrossCheckTest {
    private static final CameoCodebook CODEBOOK = CameoCodebook.standard();
    private static final String DIFFERENCES = "deliberate-differences.tsv";
    private static final Pattern PLOVER_LINE = Pattern.compile("^(\\d{2,4}):\\s*(.*)$");

    /** One way in which the project's table differs from a public one. */
    record Difference(String code, String field, String sourceValue, String touchstoneValue) {
        @Override
        public String toString() {
            return code + " " + field + ": source says '" + sourceValue + "', event-codes.tsv says '"
                    + touchstoneValue + "'";
        }
    }

    @Test
    void codesNamesAndGoldsteinValuesAgreeWithGdeltTables() {
        Map<String, String> gdeltNames = readGdeltTable("cameo/gdelt_CAMEO.eventcodes.txt", "EVENTDESCRIPTION");
        Map<String, String> gdeltGoldstein = readGdeltTable("cameo/gdelt_CAMEO.goldsteinscale.txt", "GOLDSTEINSCALE");
        assertThat(gdeltGoldstein.keySet()).as("GDELT's name and Goldstein tables list the same codes")
                .containsExactlyInAnyOrderElementsOf(gdeltNames.keySet());

        List<Difference> found = new ArrayList<>();
        gdeltNames.forEach((code, gdeltName) -> {
            Optional<CameoCode> ours = CODEBOOK.find(code);
            if (ours.isEmpty()) {
                found.add(new Difference(code, "row", gdeltName, "-"));
                return;
            }
            if (!normalized(gdeltName).equals(ours.get().name())) {
                found.add(new Difference(code, "name", normalized(gdeltName), ours.get().name()));
            }
            String gdeltValue = gdeltGoldstein.get(code);
            Double ourValue = ours.get().goldstein();
            if (ourValue == null || Double.parseDouble(gdeltValue) != ourValue) {
                found.add(new Difference(code, "goldstein", gdeltValue, ourValue == null ? "-" : ourValue.toString()));
            }
        });
        for (CameoCode code : CODEBOOK.all()) {
            if (!gdeltNames.containsKey(code.code())) {
                found.add(new Difference(code.code(), "row", "-", code.name()));
            }
        }
        assertOnlyDeliberate(found, "GDELT's code tables", "row", "name", "goldstein");
    }

    @Test
    void quadClassesAgreeWithQuadClassMappings() {
        List<String> lines = SharedData.lines("cameo/quadclass_mappings.csv");
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int rootColumn = header.indexOf("root_code");
        int gdeltColumn = header.indexOf("gdelt_quadclass");
        assertThat(rootColumn).as("root_code column").isNotNegative();
        assertThat(gdeltColumn).as("gdelt_quadclass column").isNotNegative();
        Map<String, String> quadClassOfRoot = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                String[] cells = line.split(",");
                quadClassOfRoot.put(cells[rootColumn], cells[gdeltColumn]);
            }
        }
        assertThat(quadClassOfRoot).as("roots in quadclass_mappings.csv").hasSize(20);

        List<Difference> found = new ArrayList<>();
        for (CameoCode code : CODEBOOK.all()) {
            String expected = quadClassOfRoot.get(code.root());
            String ours = String.valueOf(code.quadClass().number());
            if (!ours.equals(expected)) {
                found.add(new Difference(code.code(), "quad_class", String.valueOf(expected), ours));
            }
        }
        assertOnlyDeliberate(found, "quadclass_mappings.csv", "quad_class");
    }

    @Test
    void ploverMappingAgreesWithCameo2Plover() {
        Map<String, Set<String>> plover = readCameo2Plover();
        List<Difference> found = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : plover.entrySet()) {
            if (CODEBOOK.find(entry.getKey()).isEmpty()) {
                found.add(new Difference(entry.getKey(), "plover", String.join(" | ", entry.getValue()), "-"));
            }
        }
        for (CameoCode code : CODEBOOK.all()) {
            // A code CAMEO2PLOVER does not list is one PLOVER drops.
            Set<String> expected = plover.getOrDefault(code.code(), Set.of(ploverValue("", "", "")));
            String ours = ploverValue(code.ploverCategory(), code.ploverMode(), String.join(";", code.ploverContexts()));
            if (!expected.equals(Set.of(ours))) {
                found.add(new Difference(code.code(), "plover", String.join(" | ", expected), ours));
            }
        }
        assertOnlyDeliberate(found, "CAMEO2PLOVER-2021.txt", "plover");
    }

    @Test
    void everyDeliberateDifferenceGivesAReason() {
        for (TsvTable.Row row : deliberateDifferenceRows()) {
            assertThat(row.text(1)).as("field on line %d", row.line())
                    .isIn("row", "name", "goldstein", "plover", "quad_class");
            assertThat(row.text(4)).as("reason on line %d", row.line()).hasSizeGreaterThan(10);
        }
    }

    private static void assertOnlyDeliberate(List<Difference> found, String source, String... fields) {
        List<String> fieldList = List.of(fields);
        List<Difference> listed = deliberateDifferenceRows().stream()
                .filter(row -> fieldList.contains(row.text(1)))
                .map(row -> new Difference(row.text(0), row.text(1), row.text(2), row.text(3)))
                .toList();
        List<Difference> undocumented = found.stream().filter(d -> !listed.contains(d)).toList();
        List<Difference> stale = listed.stream().filter(d -> !found.contains(d)).toList();
        assertThat(undocumented).as("differences from %s that %s does not list", source, DIFFERENCES).isEmpty();
        assertThat(stale).as("lines of %s that no longer match a difference from %s", DIFFERENCES, source).isEmpty();
    }

    private static List<TsvTable.Row> deliberateDifferenceRows() {
        return TsvTable.read(DIFFERENCES, TsvTable.openResource(CameoCodebook.class, DIFFERENCES),
                List.of("code", "field", "source_value", "touchstone_value", "reason"));
    }

    /** GDELT's two-column lookup tables: a header line, then code TAB value. */
    private static Map<String, String> readGdeltTable(String relativePath, String valueColumn) {
        List<String> lines = SharedData.lines(relativePath);
        assertThat(lines.get(0)).as("header of %s", relativePath).isEqualTo("CAMEOEVENTCODE\t" + valueColumn);
        Map<String, String> table = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            assertThat(cells).as("%s line '%s'", relativePath, line).hasSize(2);
            assertThat(table.put(cells[0], cells[1])).as("%s lists %s once", relativePath, cells[0]).isNull();
        }
        return table;
    }

    /**
     * CAMEO2PLOVER-2021: "code: CATEGORY, mode, context # comment", root lines "03: AGREE". A code
     * may be listed more than once; the set holds each distinct mapping.
     */
    private static Map<String, Set<String>> readCameo2Plover() {
        Map<String, Set<String>> mapping = new LinkedHashMap<>();
        for (String line : SharedData.lines("cameo/CAMEO2PLOVER-2021.txt")) {
            int comment = line.indexOf('#');
            String content = (comment >= 0 ? line.substring(0, comment) : line).strip();
            Matcher matcher = PLOVER_LINE.matcher(content);
            if (!matcher.matches()) {
                continue;
            }
            String[] cells = Arrays.copyOf(matcher.group(2).split(",", 3), 3);
            mapping.computeIfAbsent(matcher.group(1), code -> new LinkedHashSet<>())
                    .add(ploverValue(cells[0], cells[1], cells[2]));
        }
        return mapping;
    }

    /** "CATEGORY / mode / context", '-' for each empty part, contexts joined by ';' without spaces. */
    private static String ploverValue(String category, String mode, String contexts) {
        String normalizedContexts = normalized(contexts).replaceAll("\\s*;\\s*", ";");
        return orDash(normalized(category)) + " / " + orDash(normalized(mode)) + " / " + orDash(normalizedContexts);
    }

    private static String orDash(String text) {
        return text.isEmpty() ? "-" : text;
    }

    /** Runs of white space collapsed, ends trimmed: GDELT's stray spaces are not differences. */
    private static String normalized(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
