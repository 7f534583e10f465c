package org.touchstone.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.testing.SharedData;

import com.fasterxml.jackson.databind.JsonNode;

class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void validatesPetrarchsUnitTestSuiteAsJsonAndAsATable() {
        Path records = SharedData.file("petrarch2/PETR.UnitTest.records.xml");
        Path dict = SharedData.file("petrarch2/dictionaries/PETR.Validate.verbs.txt").getParent();

        Cli json = Cli.run("validate", "petrarch", "--records", records.toString(), "--dict", dict.toString(), "--json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode r = json.json();
        assertThat(r.get("records_in_file").asInt()).isEqualTo(284);
        assertThat(r.get("records_total").asInt()).isEqualTo(278);
        assertThat(r.get("records_matched").asInt()).isGreaterThanOrEqualTo(262); // >= 94%, the coder's floor
        assertThat(r.get("codings_total").asInt()).isEqualTo(377);
        assertThat(r.get("codings_matched").asInt()).isLessThanOrEqualTo(377);
        assertThat(r.get("by_category").get("SYNSET").get("records").asInt()).isEqualTo(52);
        assertThat(r.get("by_category").get("ERROR").get("matched").asInt()).isEqualTo(7);
        assertThat(r.get("skipped")).hasSize(6);
        assertThat(r.get("failures").size()).isEqualTo(278 - r.get("records_matched").asInt());
        assertThat(r.get("failures").get(0).has("expected")).isTrue();

        Cli text = Cli.run("validate", "petrarch", "--records", records.toString(), "--dict", dict.toString(),
                "--fail-under", "0.99");
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).contains("records matched: ").contains("category").contains("SYNSET")
                .contains("Failures:").contains("expected: ");
    }

    @Test
    void refusesMissingInputsWithAClearMessage() throws Exception {
        Path records = dir.resolve("records.xml");
        Files.writeString(records, "<Validation><Sentences></Sentences></Validation>", StandardCharsets.UTF_8);
        Cli noDict = Cli.run("validate", "petrarch", "--records", records.toString(), "--dict",
                dir.resolve("nowhere").toString());
        assertThat(noDict.exitCode()).isEqualTo(1);
        assertThat(noDict.err()).contains("is not a directory");
        Cli noRecords = Cli.run("validate", "petrarch", "--records", dir.resolve("none.xml").toString(), "--dict",
                dir.toString());
        assertThat(noRecords.exitCode()).isEqualTo(1);
        assertThat(noRecords.err()).contains("no such file");
    }
}
