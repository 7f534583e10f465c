package org.touchstone.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.testing.SharedData;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The write routes: coding and storing documents, ingesting a file from the allowed directory.
 * Both need the bearer token; without a configured token they are off.
 */
class ServerWritesTest {
    @TempDir
    static Path dir;
    static DemoServer demo;

    static final String DOCUMENT = """
            {"id": "w-1", "date": "2021-06-15", "provider": "wire:global", "provider_country": "GBR",
             "url": "https://example.org/w-1", "title": "Talks",
             "text": "China criticized the United States on Tuesday. Russia and China signed an energy agreement."}
            """;

    @BeforeAll
    static void start() {
        demo = DemoServer.start(dir);
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    @Test
    void aPostedDocumentIsCodedStoredAndItsSentencesAreEvidence() {
        DemoServer.Response first = demo.post("/api/documents", "application/json", DOCUMENT, DemoServer.TOKEN);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode coded = first.json().get("documents").get(0);
        assertThat(coded.get("doc_id").asText()).isEqualTo("w-1");
        assertThat(coded.get("sentences").asInt()).isEqualTo(2);
        assertThat(coded.get("events")).isNotEmpty();
        assertThat(first.json().get("stored").get("documents").asLong()).isEqualTo(1);

        DemoServer.Response again = demo.post("/api/documents", "application/json", DOCUMENT, DemoServer.TOKEN);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("stored").get("documents").asLong()).isZero();

        JsonNode page = demo.get("/api/evidence?a=CHN&b=USA&directed=true&from=2021-06-15&to=2021-06-15").json();
        assertThat(page.get("items")).isNotEmpty();
        JsonNode item = page.get("items").get(0);
        assertThat(item.get("doc_id").asText()).isEqualTo("w-1");
        assertThat(item.get("sentence").asText()).isEqualTo("China criticized the United States on Tuesday.");
        assertThat(item.get("provider").asText()).isEqualTo("wire:global");
        assertThat(item.get("url").asText()).isEqualTo("https://example.org/w-1");
    }

    @Test
    void plainTextTakesItsFieldsFromTheQueryAndGetsAnIdFromItsText() {
        String text = "Russia threatened Ukraine with sanctions on Friday.";
        DemoServer.Response posted = demo.post("/api/documents?date=2022-02-04&provider=paper&url="
                + ApiRoutesTest.encode("https://example.org/t"), "text/plain; charset=utf-8", text, DemoServer.TOKEN);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String id = posted.json().get("documents").get(0).get("doc_id").asText();
        assertThat(id).startsWith("api-");
        assertThat(demo.post("/api/documents?date=2022-02-04", "text/plain", text, DemoServer.TOKEN).json()
                .get("documents").get(0).get("doc_id").asText()).isEqualTo(id);
        assertThat(demo.post("/api/documents", "text/plain", text, DemoServer.TOKEN).status()).isEqualTo(400);
    }

    @Test
    void writesNeedTheToken() {
        DemoServer.Response none = demo.post("/api/documents", "application/json", DOCUMENT, null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(none.json().get("message").asText()).contains("Authorization: Bearer");
        assertThat(demo.post("/api/documents", "application/json", DOCUMENT, "not-the-token-at-all-0000").status())
                .isEqualTo(401);
        assertThat(demo.post("/api/documents", "application/json", DOCUMENT, DemoServer.TOKEN + "x").status())
                .isEqualTo(401);
        assertThat(demo.post("/api/ingest", "application/json", "{\"path\": \"x\"}", null).status()).isEqualTo(401);
    }

    @Test
    void badDocumentsAreRefusedWithTheReason() {
        assertThat(message(demo.post("/api/documents", "application/json", "{\"date\": \"2021-01-01\"}", DemoServer.TOKEN)))
                .contains("text is required");
        assertThat(message(demo.post("/api/documents", "application/json", "{\"text\": \"x\"}", DemoServer.TOKEN)))
                .contains("date is required");
        assertThat(message(demo.post("/api/documents", "application/json", "{\"text\": \"x\", \"date\": \"2021-01-01\", "
                + "\"colour\": \"red\"}", DemoServer.TOKEN))).contains("colour");
        assertThat(message(demo.post("/api/documents", "application/json", "{not json", DemoServer.TOKEN)))
                .contains("not the JSON expected");
        assertThat(message(demo.post("/api/documents", "application/json", "[]", DemoServer.TOKEN))).contains("1-100");
        assertThat(message(demo.post("/api/documents", "application/json", "{\"id\": \"a b'; --\", \"text\": \"x\", "
                + "\"date\": \"2021-01-01\"}", DemoServer.TOKEN))).contains("id");
        assertThat(demo.post("/api/documents", "application/xml", "<doc/>", DemoServer.TOKEN).status()).isEqualTo(415);
    }

    @Test
    void aBodyOverTheLimitIsRefused() {
        String big = "{\"date\": \"2021-01-01\", \"text\": \"" + "word ".repeat(600_000) + "\"}";
        DemoServer.Response response = demo.post("/api/documents", "application/json", big, DemoServer.TOKEN);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("status").asInt()).isEqualTo(413);
    }

    @Test
    void ingestReadsOnlyFromTheIngestDirectory() throws Exception {
        Path gdelt = SharedData.file(SharedData.GDELT2_EXPORT);
        Files.copy(gdelt, dir.resolve("inbox").resolve("export.CSV"));
        Files.writeString(dir.resolve("secret.csv"), "not for the API\n");

        DemoServer.Response ingested = demo.post("/api/ingest", "application/json", "{\"path\": \"export.CSV\"}",
                DemoServer.TOKEN);
        assertThat(ingested.status()).as(ingested.body()).isEqualTo(201);
        assertThat(ingested.json().get("path").asText()).isEqualTo("export.CSV");
        assertThat(ingested.json().get("stored").asLong()).isEqualTo(2111);
        DemoServer.Response again = demo.post("/api/ingest", "application/json", "{\"path\": \"export.CSV\"}",
                DemoServer.TOKEN);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("already_ingested").asBoolean()).isTrue();

        for (String outside : new String[] {"../secret.csv", "../../etc/passwd", dir.resolve("secret.csv").toString(),
                "/etc/passwd"}) {
            DemoServer.Response refused = demo.post("/api/ingest", "application/json",
                    "{\"path\": \"" + outside + "\"}", DemoServer.TOKEN);
            assertThat(refused.status()).as(outside + ": " + refused.body()).isIn(403, 404);
        }
        assertThat(demo.post("/api/ingest", "application/json", "{\"path\": \"nothing.csv\"}", DemoServer.TOKEN)
                .status()).isEqualTo(404);
        assertThat(demo.get("/api/stats").json().get("tables").get("events").asLong()).isGreaterThan(2111);
    }

    @Test
    void withoutATokenWritesAreOff(@TempDir Path other) {
        try (DemoServer readOnly = DemoServer.start(other, options -> options.withToken(null).withIngestDir(null))) {
            DemoServer.Response refused = readOnly.post("/api/documents", "application/json", DOCUMENT, DemoServer.TOKEN);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("message").asText()).contains("writes are off");
            assertThat(readOnly.post("/api/ingest", "application/json", "{\"path\": \"x\"}", DemoServer.TOKEN).status())
                    .isEqualTo(403);
        }
    }

    @Test
    void withATokenButNoIngestDirectoryIngestIsOff(@TempDir Path other) {
        try (DemoServer noIngest = DemoServer.start(other, options -> options.withIngestDir(null))) {
            DemoServer.Response refused = noIngest.post("/api/ingest", "application/json", "{\"path\": \"x\"}",
                    DemoServer.TOKEN);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("message").asText()).contains("--ingest-dir");
        }
    }

    private static String message(DemoServer.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get("message").asText();
    }
}
