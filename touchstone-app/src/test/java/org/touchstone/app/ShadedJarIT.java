package org.touchstone.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.testing.SharedData;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The jar that {@code ./touchstone} runs, not the classes the other tests run: shading merges
 * resources of the same name (OpenNLP's models each carry a model.properties), which once cost
 * the PETRARCH suite 54 records only in the jar. Runs after {@code package} (failsafe).
 */
class ShadedJarIT {
    private static final Path JAR = Path.of("target", "touchstone.jar");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run touchstone(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("touchstone %s finished", List.of(args)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarCodesPetrarchsSuiteAsTheClassesDo() throws Exception {
        Path records = SharedData.file("petrarch2/PETR.UnitTest.records.xml");
        Path dict = SharedData.file("petrarch2/dictionaries/PETR.Validate.verbs.txt").getParent();
        Run run = touchstone(dir, "validate", "petrarch", "--records", records.toString(), "--dict", dict.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode r = Json.MAPPER.readTree(run.out());
        Cli classes = Cli.run("validate", "petrarch", "--records", records.toString(), "--dict", dict.toString(), "--json");
        assertThat(r.get("records_matched").asInt()).isEqualTo(classes.json().get("records_matched").asInt())
                .isGreaterThanOrEqualTo((int) Math.ceil(0.9 * r.get("records_total").asInt()));
    }

    @Test
    void theJarCodesTextIntoAStoreAndAnswersFromIt() throws Exception {
        Path text = dir.resolve("call.txt");
        Files.writeString(text, "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow."
                + " Putin praised China's support.", StandardCharsets.UTF_8);
        Run code = touchstone(dir, "code", text.toString(), "--date", "2023-03-21", "--store", "--db", "s.duckdb");
        assertThat(code.exit()).as(code.err()).isZero();
        Run dyad = touchstone(dir, "dyad", "CHN", "RUS", "--db", "s.duckdb", "--json");
        assertThat(dyad.exit()).as(dyad.err()).isZero();
        assertThat(dyad.out()).contains("2023-03");
    }
}
