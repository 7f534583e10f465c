package org.touchstone.coder.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.touchstone.testing.SharedData;

class PetrarchRecordReaderTest {

    private final List<InputProblem> problems = new ArrayList<>();

    private List<PetrarchRecord> read(String xml) {
        List<PetrarchRecord> records = new ArrayList<>();
        try (PetrarchRecordReader reader = new PetrarchRecordReader(Inputs.text(xml), "records.xml", problems::add)) {
            for (PetrarchRecord record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        return records;
    }

    @Test
    void readsTheGigaWordSample() {
        Path file = SharedData.file("petrarch2/GigaWord.sample.PETR.xml");
        List<PetrarchRecord> records = PetrarchRecordReader.readAll(file, problems::add);

        assertThat(problems).isEmpty();
        assertThat(records).hasSize(76);
        PetrarchRecord first = records.get(0);
        assertThat(first.id()).isEqualTo("AFP0808020625_4");
        assertThat(first.date()).isEqualTo(LocalDate.of(2008, 8, 4));
        assertThat(first.attributes()).containsEntry("source", "AFP");
        assertThat(first.sentence()).isTrue();
        assertThat(first.category()).isNull();
        assertThat(first.text()).isEqualTo("The stopover came as the US leader prepared to attend the Beijing "
                + "Olympics, an event which will test his vow to keep politics out of the Games.");
        assertThat(first.expected()).isEmpty();
        assertThat(records).allSatisfy(record -> assertThat(record.text()).doesNotContain("(NP", "\n"));
        assertThat(records).allSatisfy(record -> assertThat(record.parse()).startsWith("(").endsWith(")"));
        assertThat(first.parse()).contains("(NNP Olympics)");
        assertThat(records.get(75).id()).isEqualTo("COOP_0");
        assertThat(first.toDocument().provider()).isEqualTo("AFP");
        // TEST_1 to TEST_9 have an empty <Text>: their words are taken from the leaves of their parse
        PetrarchRecord fromParse = records.stream().filter(record -> record.id().equals("TEST_1")).findFirst()
                .orElseThrow();
        assertThat(fromParse.textFromParse()).isTrue();
        assertThat(fromParse.text()).startsWith("The Malaysia Airlines Boeing 777 flight MH17 was blown up over")
                .endsWith("by pro-Russia rebels .");
        assertThat(records.stream().filter(PetrarchRecord::textFromParse)).extracting(PetrarchRecord::id)
                .containsExactly("TEST_1", "TEST_2", "TEST_3", "TEST_4", "TEST_5", "TEST_6", "TEST_7", "TEST_8",
                        "TEST_9");
    }

    @Test
    void readsTheUnitTestRecordsWithTheirExpectations() {
        Path file = SharedData.file("petrarch2/PETR.UnitTest.records.xml");
        List<PetrarchRecord> records = new ArrayList<>();
        PetrarchEnvironment environment;
        try (PetrarchRecordReader reader = new PetrarchRecordReader(
                java.nio.file.Files.newInputStream(file), file.toString(), problems::add)) {
            for (PetrarchRecord record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
            environment = reader.environment();
            assertThat(reader.stopped()).isFalse();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        assertThat(problems).isEmpty();
        assertThat(records).hasSize(284);
        assertThat(environment.settings()).containsEntry("Verbfile", "PETR.Validate.verbs.txt")
                .containsEntry("Actorfile", "PETR.Validate.actors.txt");
        assertThat(environment.include()).containsExactly("valid", "DEMO", "ACTOR", "VERB", "AGENT", "COMPOUND",
                "PARSING", "PATTERN", "DATE", "MODIFY", "SYNSET", "ERROR");
        assertThat(environment.options()).containsEntry("stop_on_error", "True");

        List<ExpectedCoding> codings = records.stream().flatMap(record -> record.expected().stream()).toList();
        Map<ExpectedCoding.Kind, Long> kinds = codings.stream()
                .collect(Collectors.groupingBy(ExpectedCoding::kind, Collectors.counting()));
        assertThat(codings).hasSize(385);
        assertThat(kinds).containsEntry(ExpectedCoding.Kind.EVENT, 359L)
                .containsEntry(ExpectedCoding.Kind.NO_EVENTS, 19L).containsEntry(ExpectedCoding.Kind.ERROR, 7L);
        assertThat(records.stream().filter(record -> record.expected().size() > 1)).hasSize(63);
        assertThat(records.stream().filter(record -> record.expected().isEmpty()))
                .extracting(PetrarchRecord::id).containsExactly("PATTERN-06");
        assertThat(records.stream().filter(record -> Boolean.FALSE.equals(record.sentence())))
                .extracting(PetrarchRecord::id)
                .containsExactly("DEMO-04", "AGENT-08", "AGENTS-18", "AGENTS-19", "COMPOUND-28");
        assertThat(records.stream().filter(record -> !environment.includes(record.category())))
                .extracting(PetrarchRecord::category).containsExactly("AGENTS", "AGENTS", "COMPOUNDx");
        Map<String, Long> categories = records.stream()
                .collect(Collectors.groupingBy(PetrarchRecord::category, Collectors.counting()));
        assertThat(categories).containsEntry("SYNSET", 52L).containsEntry("COMPOUND", 42L)
                .containsEntry("DEMO", 36L).containsEntry("ERROR", 7L).hasSize(13);

        Map<String, PetrarchRecord> byId = records.stream()
                .collect(Collectors.toMap(PetrarchRecord::id, Function.identity(), (a, b) -> a));
        PetrarchRecord demo = byId.get("DEMO-02");
        assertThat(demo.text()).startsWith("Dagolath's first Deputy Prime Minister Telemar left for Minas Tirith");
        assertThat(demo.expected()).extracting(ExpectedCoding::sourceCode, ExpectedCoding::targetCode,
                ExpectedCoding::eventCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DAGGOV", "GON", "032"),
                org.assertj.core.groups.Tuple.tuple("GON", "DAGGOV", "033"));
        assertThat(demo.comments()).contains("Last update: TABARI validation");
        PetrarchRecord newActor = byId.get("DEMO-22");
        assertThat(newActor.options()).containsEntry("new_actor_length", "4");
        assertThat(newActor.expected().get(1).sourceCode()).isEqualTo("\"INJURY TOLL\"");
        assertThat(ExpectedCoding.isActorText(newActor.expected().get(1).sourceCode())).isTrue();
        assertThat(byId.get("DEMO-24").options()).containsEntry("new_actor_length", "0");
        assertThat(byId.get("DEMO-24").expectsNoEvents()).isTrue();
        assertThat(byId.get("ERROR-01").expected()).singleElement()
                .satisfies(coding -> assertThat(coding.error()).isEqualTo("dateline"));
        assertThat(byId.get("FINAL-RECORD").text()).isEqualTo("ALL OF THE UNIT TESTS WERE CODED CORRECTLY.");
    }

    @Test
    void skipsBadRecordsAndFollowsConfig() {
        String xml = """
                <Validation>
                <Environment><Include>DEMO</Include><Config option="require_dyad" value="True"></Config></Environment>
                <Sentences>
                <Sentence date="19950101" id="OK-1" category="DEMO" sentence="true">
                <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
                <Text>Arnor   restores
                 ties.</Text><Parse>(ROOT (S))</Parse></Sentence>
                <Sentence id="NO-DATE" category="DEMO"><Text>x</Text></Sentence>
                <Sentence date="1995-01-01" id="BAD-DATE"><Text>x</Text></Sentence>
                <Sentence date="19950101" id="NO-CODES"><EventCoding foo="bar"></EventCoding><Text>x</Text></Sentence>
                <Config option="require_dyad" value="false"></Config>
                <Sentence date="19950102" id="OK-2" category="DEMO"><EventCoding noevents="True"/><Text>y</Text></Sentence>
                <Stop></Stop>
                <Sentence date="19950103" id="AFTER-STOP"><Text>z</Text></Sentence>
                </Sentences></Validation>""";
        List<PetrarchRecord> records = read(xml);

        assertThat(records).extracting(PetrarchRecord::id).containsExactly("OK-1", "OK-2");
        assertThat(records.get(0).text()).isEqualTo("Arnor restores ties.");
        assertThat(records.get(0).options()).containsEntry("require_dyad", "True");
        assertThat(records.get(1).options()).containsEntry("require_dyad", "false");
        assertThat(problems).extracting(InputProblem::position, InputProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(8L, "record NO-DATE: missing date"),
                org.assertj.core.groups.Tuple.tuple(9L, "record BAD-DATE: date '1995-01-01' is not YYYYMMDD"),
                org.assertj.core.groups.Tuple.tuple(10L, "record NO-CODES: <EventCoding> at line 10 gives neither "
                        + "sourcecode/targetcode/eventcode, noevents nor error"));
    }

    @Test
    void refusesExternalEntitiesAndKeepsRecordsBeforeBrokenXml() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Sentences [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Sentences><Sentence date=\"20080804\" id=\"A\"><Text>&x;</Text></Sentence></Sentences>";
        assertThat(read(xxe)).isEmpty();
        assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.reason()).contains("\"x\""));

        problems.clear();
        String broken = "<Sentences>\n<Sentence date=\"20080804\" id=\"A\"><Text>fine</Text></Sentence>\n"
                + "<Sentence date=\"20080804\" id=\"B\"><Text>broken</Txet></Sentence></Sentences>";
        assertThat(read(broken)).extracting(PetrarchRecord::id).containsExactly("A");
        assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.position()).isEqualTo(3));
    }
}
