package org.touchstone.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Bad input on every route gets a 4xx JSON error that says what was wrong; the store is unharmed. */
class ApiErrorsTest extends AgainstDemoServer {
    /** The error document of a request that must fail with {@code status}. */
    private static JsonNode error(String pathAndQuery, int status) {
        DemoServer.Response response = demo.get(pathAndQuery);
        assertThat(response.status()).as(pathAndQuery + " -> " + response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode error = response.json();
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("error").asText()).isNotBlank();
        assertThat(error.get("message").asText()).isNotBlank();
        return error;
    }

    private static String message(String pathAndQuery) {
        return error(pathAndQuery, 400).get("message").asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/dyad?a=XYZ&b=CHN", "/api/saydo?a=XYZ", "/api/audience?a=XYZ&b=CHN",
            "/api/restraint?a=XYZ", "/api/assess?a=XYZ&b=CHN&third=USA", "/api/likeminded?a=XYZ&b=CHN",
            "/api/evidence?a=XYZ", "/api/evidence?a=USA&b=XYZ&kind=statements"})
    void anUnknownActorIsNamed(String path) {
        assertThat(message(path)).contains("unknown").contains("XYZ");
    }

    @Test
    void anUnknownCountryOfTheUnVotesIsNamed() {
        assertThat(message("/api/affinity?a=USA&b=XYZ")).contains("XYZ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/dyad?a=USA&b=CHN&from=2022-01-01&to=2021-01-01",
            "/api/saydo?a=USA&from=2022-01-01&to=2021-01-01", "/api/audience?a=CHN&b=USA&from=2022-01-01&to=2021-01-01",
            "/api/restraint?a=CHN&from=2022-01-01&to=2021-01-01",
            "/api/assess?a=CHN&b=RUS&third=USA&from=2022-01-01&to=2021-01-01",
            "/api/likeminded?a=CHN&b=RUS&from=2022-01-01&to=2021-01-01",
            "/api/providers?from=2022-01-01&to=2021-01-01", "/api/evidence?a=USA&from=2022-01-01&to=2021-01-01"})
    void reversedDatesAreRefused(String path) {
        assertThat(message(path)).contains("starts after it ends");
    }

    @Test
    void reversedYearsAreRefused() {
        assertThat(message("/api/affinity?a=USA&b=CHN&from=2020&to=2019")).contains("start after they end");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/evidence?a=USA&limit=100000000", "/api/evidence?a=USA&limit=0",
            "/api/evidence?a=USA&offset=-1", "/api/evidence?a=USA&offset=99999999999999999999",
            "/api/actors?limit=501", "/api/stats?top=1000000", "/api/dyad?a=USA&b=CHN&rolling=5000",
            "/api/saydo?a=USA&days=100000", "/api/polarity?replicates=10000000",
            "/api/likeminded?a=CHN&b=RUS&min-evidence=0"})
    void hugeOrNegativeNumbersAreRefused(String path) {
        assertThat(message(path)).containsAnyOf("must be", "is not a whole number");
    }

    @Test
    void sqlMetacharactersNeverReachTheStore() {
        for (String attack : new String[] {"USA'; DROP TABLE events; --", "USA' OR '1'='1", "US%", "USA\"--",
                "USA);DELETE FROM events;", "*"}) {
            String encoded = encode(attack);
            assertThat(message("/api/dyad?a=" + encoded + "&b=CHN")).contains("is not valid");
            assertThat(message("/api/evidence?a=" + encoded)).contains("is not valid");
            assertThat(message("/api/affinity?a=" + encoded + "&b=CHN")).contains("is not valid");
            assertThat(message("/api/actors?q=" + encoded)).contains("is not valid");
            assertThat(message("/api/affinity?a=USA&b=CHN&issue=" + encode("hr'; DROP TABLE un_votes; --")))
                    .contains("is not valid");
        }
        JsonNode stats = demo.get("/api/stats").json();
        assertThat(stats.get("tables").get("events").asLong()).isPositive();
        assertThat(stats.get("tables").get("un_votes").asLong()).isPositive();
    }

    @Test
    void badDatesPeriodsAndChoicesAreExplained() {
        assertThat(message("/api/dyad?a=USA&b=CHN&from=2019-13-01")).contains("not a date");
        assertThat(message("/api/dyad?a=USA&b=CHN&from=yesterday")).contains("not a date");
        assertThat(message("/api/dyad?a=USA&b=CHN&by=fortnight")).contains("day, week, month, year");
        assertThat(message("/api/dyad?a=USA&b=CHN&weight=heavy")).contains("none, mentions");
        assertThat(message("/api/dyad?a=USA&b=CHN&directed=maybe")).contains("true or false");
        assertThat(message("/api/evidence?a=USA&by=week&period=2019-W60")).contains("is not a week");
        assertThat(message("/api/evidence?a=USA&by=month&period=2019-13")).contains("is not a month");
        assertThat(message("/api/evidence?a=USA&by=year&period=2018&from=2020-01-01")).contains("outside the range");
        assertThat(message("/api/evidence?a=USA&roots=1")).contains("is not valid");
        assertThat(message("/api/evidence?a=USA&kind=documents")).contains("events, statements");
        assertThat(message("/api/affinity?a=USA&b=CHN&measure=agree,often")).contains("agree, s, kappa, all");
    }

    @Test
    void missingUnknownAndRepeatedParametersAreNamed() {
        assertThat(message("/api/saydo")).contains("missing parameter 'a'");
        assertThat(message("/api/dyad?a=USA")).contains("give two actors");
        assertThat(message("/api/dyad?a=USA&b=CHN&dyads=USA-RUS")).contains("not both");
        assertThat(message("/api/dyad?a=USA&b=CHN&frm=2019-01-01")).contains("unknown parameter 'frm'")
                .contains("from");
        assertThat(message("/api/dyad?a=USA&a=RUS&b=CHN")).contains("give a once");
        assertThat(message("/api/affinity?a=USA&b=CHN&year=2019&from=2019")).contains("year or from/to");
        assertThat(message("/api/dyad?a=" + "A".repeat(600) + "&b=CHN")).contains("too long");
    }

    @Test
    void unknownPathsAndMethodsAreJsonToo() {
        assertThat(error("/api/nothing-here", 404).get("message").asText()).contains("/openapi.json");
        DemoServer.Response post = demo.post("/api/dyad?a=USA&b=CHN", "application/json", "{}", null);
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.json().get("status").asInt()).isEqualTo(405);
    }

    @Test
    void polarityWithoutTheCowFilesSaysHowToStartTheServer() {
        assertThat(error("/api/polarity", 501).get("message").asText()).contains("--nmc");
    }

    @Test
    void affinityWithoutTwoCountriesSaysWhatToGive() {
        assertThat(message("/api/affinity?a=USA")).contains("give two countries");
        assertThat(message("/api/affinity?a=USA&b=US")).contains("same country");
    }
}
