package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.touchstone.core.Audience;
import org.touchstone.core.cameo.CameoCodebook;

/**
 * Every gold file is well formed (docs/GOLD-SET.md, Fields and Tag glossary): ids unique within the file, one split
 * per file (two in gold-sentences.jsonl), CAMEO codes of the codebook with their root, actor codes in the code
 * alphabet, audiences of the vocabulary, and the derived tags (root:NN, no_event, audience:*) agreeing with the codings.
 * A new set written by hand is checked before anyone scores against it; the failures name file, line and reason.
 */
class GoldFilesTest {
    private static final Pattern ACTOR = Pattern.compile("[A-Z]{3}([A-Z]{3})*");
    private static final Set<String> AUDIENCES = new HashSet<>();

    static {
        for (Audience audience : Audience.values()) {
            AUDIENCES.add(audience.code());
        }
    }

    static Stream<String> goldFiles() {
        List<String> files = new ArrayList<>(List.of("gold-sentences.jsonl", "gold-dev-second.jsonl",
                "gold-tuning-12-second.jsonl", "gold-held-out-2.jsonl", "gold-held-out-4.jsonl"));
        for (String[] set : GoldSetEvaluationTest.TUNING_SETS) {
            files.add(set[1]);
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldFiles")
    void everyLineIsWellFormed(String file) throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> splits = new TreeSet<>();
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/org/touchstone/coder/gold/" + file), StandardCharsets.UTF_8))) {
            String line;
            for (int number = 1; (line = in.readLine()) != null; number++) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = mapper.readTree(line);
                String where = file + ":" + number + " (" + row.path("id").asText() + "): ";
                if (!ids.add(row.path("id").asText())) {
                    problems.add(where + "id repeated");
                }
                splits.add(row.path("split").asText());
                problems.addAll(check(row).stream().map(p -> where + p).toList());
            }
        }
        assertThat(ids).as(file).isNotEmpty();
        assertThat(splits).as(file + " splits").hasSizeLessThanOrEqualTo(file.equals("gold-sentences.jsonl") ? 2 : 1);
        assertThat(problems).as(file).isEmpty();
    }

    @Test
    void aMalformedLineIsReportedWithItsReasons() throws IOException {
        JsonNode row = new ObjectMapper().readTree("{\"id\": \"x-001\", \"split\": \"tune\", \"date\": \"2020-1-5\","
                + " \"text\": \"Iran rejected the offer.\", \"events\": [{\"source\": \"IRN\", \"target\": \"usa\","
                + " \"code\": \"1299\", \"root\": \"12\"}], \"statements\": [{\"speaker\": \"IRN\", \"targets\": [],"
                + " \"named\": true, \"audience\": \"press\", \"code\": \"125\"}], \"tags\": [\"root:13\", \"no_event\"]}");
        assertThat(check(row)).containsExactly(
                "date not YYYY-MM-DD",
                "event code 1299 not in the CAMEO codebook",
                "event target 'usa' is not an actor code",
                "audience 'press' not one of [domestic, foreign_media, multilateral, press_conference, target, unknown]",
                "root tags [13] but event roots [12]",
                "audience tags [] but statement audiences [press]",
                "'no_event' tag on a line with events");
    }

    /** The reasons one line breaks the format, none when it is well formed. */
    static List<String> check(JsonNode row) {
        List<String> problems = new ArrayList<>();
        if (row.path("text").asText().isBlank()) {
            problems.add("no text");
        }
        if (!row.path("date").asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
            problems.add("date not YYYY-MM-DD");
        }
        Set<String> roots = new TreeSet<>();
        for (JsonNode event : row.path("events")) {
            String code = event.path("code").asText();
            if (CameoCodebook.standard().find(code).isEmpty()) {
                problems.add("event code " + code + " not in the CAMEO codebook");
            }
            if (!code.startsWith(event.path("root").asText()) || event.path("root").asText().length() != 2) {
                problems.add("event root " + event.path("root").asText() + " is not the root of " + code);
            }
            for (String side : List.of("source", "target")) {
                if (!ACTOR.matcher(event.path(side).asText()).matches()) {
                    problems.add("event " + side + " '" + event.path(side).asText() + "' is not an actor code");
                }
            }
            roots.add(event.path("root").asText());
        }
        Set<String> audiences = new TreeSet<>();
        for (JsonNode statement : row.path("statements")) {
            if (!ACTOR.matcher(statement.path("speaker").asText()).matches()) {
                problems.add("speaker '" + statement.path("speaker").asText() + "' is not an actor code");
            }
            statement.path("targets").forEach(t -> {
                if (!ACTOR.matcher(t.asText()).matches()) {
                    problems.add("statement target '" + t.asText() + "' is not an actor code");
                }
            });
            String audience = statement.path("audience").asText();
            if (!AUDIENCES.contains(audience)) {
                problems.add("audience '" + audience + "' not one of " + new TreeSet<>(AUDIENCES));
            }
            if (!statement.path("named").isBoolean()) {
                problems.add("statement without a boolean 'named'");
            }
            if (CameoCodebook.standard().find(statement.path("code").asText()).isEmpty()) {
                problems.add("statement code " + statement.path("code").asText() + " not in the CAMEO codebook");
            }
            audiences.add(audience);
        }
        Set<String> tags = new HashSet<>();
        row.path("tags").forEach(t -> tags.add(t.asText()));
        if (!tagged(tags, "root:").equals(roots)) {
            problems.add("root tags " + tagged(tags, "root:") + " but event roots " + roots);
        }
        if (!tagged(tags, "audience:").equals(audiences)) {
            problems.add("audience tags " + tagged(tags, "audience:") + " but statement audiences " + audiences);
        }
        if (tags.contains("no_event") != roots.isEmpty()) {
            problems.add(roots.isEmpty() ? "no events but no 'no_event' tag" : "'no_event' tag on a line with events");
        }
        return problems;
    }

    private static Set<String> tagged(Set<String> tags, String prefix) {
        Set<String> values = new TreeSet<>();
        tags.stream().filter(t -> t.startsWith(prefix)).forEach(t -> values.add(t.substring(prefix.length())));
        return values;
    }
}
