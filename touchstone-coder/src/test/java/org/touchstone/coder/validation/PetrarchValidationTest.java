package org.touchstone.coder.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.testing.SharedData;

/**
 * PETRARCH-2's unit-test suite (PETR.UnitTest.records.xml with the PETR.Validate.* dictionaries)
 * coded by Touchstone from each record's text, and the scoring rules on a small file of our own.
 */
class PetrarchValidationTest {

    /**
     * A regression guard a little under the share measured when it was set (266 of 278 counted
     * records, 95.7%); the goal of issue 3 is 90%. The twelve failures are listed in docs/CODER.md.
     */
    private static final double FLOOR = 0.94;

    @Test
    void theUnitTestSuite() {
        Path records = SharedData.file("petrarch2/PETR.UnitTest.records.xml");
        Path dictionaries = SharedData.file("petrarch2/dictionaries/PETR.Validate.verbs.txt").getParent();

        ValidationReport report = PetrarchValidation.run(records, dictionaries);

        System.out.println(table(report));
        assertThat(report.recordsInFile()).isEqualTo(284);
        // 3 records of categories outside <Include> (AGENTS, COMPOUNDx), 3 more marked sentence="false"
        assertThat(report.skipped()).hasSize(6);
        assertThat(report.recordsTotal()).isEqualTo(278);
        assertThat(report.recordsShare()).isGreaterThanOrEqualTo(FLOOR);
        assertThat(report.byCategory().get("ERROR")).isEqualTo(new ValidationReport.CategoryScore(7, 7));
        assertThat(report.byCategory().get("SYNSET").matched()).isEqualTo(52);
        assertThat(report.codingsMatched()).isLessThanOrEqualTo(report.codingsTotal());
    }

    static String table(ValidationReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("PETRARCH validation: %d of %d records (%.1f%%), %d of %d expected codings%n",
                r.recordsMatched(), r.recordsTotal(), 100 * r.recordsShare(), r.codingsMatched(), r.codingsTotal()));
        r.byCategory().forEach((k, v) -> sb.append(String.format("  %-10s %3d / %3d%n", k, v.matched(), v.records())));
        for (ValidationReport.Failure f : r.failures()) {
            sb.append("  failed ").append(f.id()).append(": expected ").append(f.expected()).append(", coded ")
                    .append(f.actual()).append('\n');
        }
        return sb.toString();
    }

    @Test
    void countingAndMatchingRules(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("dict"));
        Files.writeString(dir.resolve("Test.Validate.verbs.txt"), String.join("\n",
                "--- MEET [031:031] ---",
                "MEET {MET MEETING MEETS}",
                "",
                "--- PRAISE [051] ---",
                "PRAISE",
                "- * LAVISHLY [9999]",
                ""), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("Test.Validate.actors.txt"), "ARNOR_ [ARN]\nGONDOR_ [GON]\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("Test.Validate.agents.txt"), "MINISTER [~GOV]\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("Test.Validate.discards.txt"), "+TYPHOON\nFOOTBALL\n", StandardCharsets.UTF_8);
        Path records = tmp.resolve("records.xml");
        Files.writeString(records, String.join("\n",
                "<Validation>",
                "<Environment>",
                "<Verbfile>Test.Validate.verbs.txt</Verbfile>",
                "<Actorfile>Test.Validate.actors.txt</Actorfile>",
                "<Agentfile>Test.Validate.agents.txt</Agentfile>",
                "<Discardfile>Test.Validate.discards.txt</Discardfile>",
                "<Include>valid A B</Include>",
                "</Environment>",
                "<Sentences>",
                // two codings from one verb: both must be coded, nothing else
                "<Sentence date=\"20200101\" id=\"A-1\" category=\"A\" sentence=\"true\">",
                "<EventCoding sourcecode=\"ARNGOV\" targetcode=\"GON\" eventcode=\"031\"></EventCoding>",
                "<EventCoding sourcecode=\"GON\" targetcode=\"ARNGOV\" eventcode=\"031\"></EventCoding>",
                "<Text>The Arnor minister met Gondor.</Text></Sentence>",
                // one expected coding missing: the record fails, the other coding still counts
                "<Sentence date=\"20200101\" id=\"A-2\" category=\"A\" sentence=\"true\">",
                "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"031\"></EventCoding>",
                "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"051\"></EventCoding>",
                "<Text>Arnor met Gondor.</Text></Sentence>",
                // codes outside CAMEO are compared as written
                "<Sentence date=\"20200101\" id=\"A-3\" category=\"A\" sentence=\"true\">",
                "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"9999\"></EventCoding>",
                "<Text>Arnor praised Gondor lavishly.</Text></Sentence>",
                // no events, and a record without any EventCoding, both mean nothing may be coded
                "<Sentence date=\"20200101\" id=\"B-1\" category=\"B\" sentence=\"true\">",
                "<EventCoding noevents=\"True\"></EventCoding>",
                "<Text>Crowds met in the square.</Text></Sentence>",
                "<Sentence date=\"20200101\" id=\"B-2\" category=\"B\" sentence=\"true\">",
                "<Text>Arnor praised Gondor.</Text></Sentence>",
                // refusals: the reason must be the expected one
                "<Sentence date=\"20200101\" id=\"B-3\" category=\"B\" sentence=\"true\">",
                "<EventCoding error=\"storydiscard\"></EventCoding>",
                "<Text>Arnor met Gondor after the typhoon.</Text></Sentence>",
                "<Sentence date=\"20200101\" id=\"B-4\" category=\"B\" sentence=\"true\">",
                "<EventCoding error=\"storydiscard\"></EventCoding>",
                "<Text>Arnor met Gondor after the football match.</Text></Sentence>",
                "<Sentence date=\"20200101\" id=\"B-5\" category=\"B\" sentence=\"true\">",
                "<EventCoding error=\"bad_input_parse\"></EventCoding>",
                "<Text>Arnor met Gondor.</Text><Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD met)</Parse></Sentence>",
                // not counted: a category outside <Include>, and sentence="false"
                "<Sentence date=\"20200101\" id=\"C-1\" category=\"C\" sentence=\"true\">",
                "<EventCoding noevents=\"True\"></EventCoding>",
                "<Text>Arnor met Gondor.</Text></Sentence>",
                "<Sentence date=\"20200101\" id=\"A-4\" category=\"A\" sentence=\"false\">",
                "<EventCoding noevents=\"True\"></EventCoding>",
                "<Text>Arnor met Gondor.</Text></Sentence>",
                "<Config option=\"require_dyad\" value=\"false\"></Config>",
                // options in force: without require_dyad a null side is "---"
                "<Sentence date=\"20200101\" id=\"A-5\" category=\"A\" sentence=\"true\">",
                "<EventCoding sourcecode=\"ARN\" targetcode=\"---\" eventcode=\"051\"></EventCoding>",
                "<Text>Arnor praised the crowds.</Text></Sentence>",
                "</Sentences>",
                "</Validation>",
                ""), StandardCharsets.UTF_8);

        ValidationReport r = PetrarchValidation.run(records, dir);

        assertThat(r.recordsInFile()).isEqualTo(11);
        assertThat(r.skipped()).extracting(ValidationReport.Skipped::id).containsExactly("C-1", "A-4");
        assertThat(r.recordsTotal()).isEqualTo(9);
        assertThat(r.failures()).extracting(ValidationReport.Failure::id).containsExactly("A-2", "B-2", "B-4");
        assertThat(r.recordsMatched()).isEqualTo(6);
        assertThat(r.byCategory()).isEqualTo(Map.of("A", new ValidationReport.CategoryScore(4, 3),
                "B", new ValidationReport.CategoryScore(5, 3)));
        // A-1 2, A-2 1 of 2, A-3 1, B-1 1, B-2 0 of 1, B-3 1, B-4 0 of 1, B-5 1, A-5 1
        assertThat(r.codingsTotal()).isEqualTo(11);
        assertThat(r.codingsMatched()).isEqualTo(8);
        ValidationReport.Failure b4 = r.failures().get(2);
        assertThat(b4.expected()).containsExactly("error: storydiscard");
        assertThat(b4.actual()).containsExactly("refused: sentencediscard");
        assertThat(r.failures().get(1).actual()).containsExactly("ARN GON 051");
        assertThat(r.failures().get(0).actual()).containsExactly("ARN GON 031", "GON ARN 031");
        assertThat(r.failures().get(0).expected()).isEqualTo(List.of("ARN GON 031", "ARN GON 051"));
    }
}
