package org.touchstone.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every GET route, every parameter, sent thousands of values made of SQL metacharacters (quotes,
 * unicode quotes, ;, --, comments, NUL, wildcards, very long runs) from a fixed seed: each answer is
 * a valid answer or a 4xx JSON error, never a 5xx, no message names a server path or a SQL error,
 * and the store holds the same rows afterwards.
 */
class ApiFuzzTest extends AgainstDemoServer {
    private static final long SEED = 20_261_129L;
    private static final int REQUESTS_PER_ROUTE = 300;
    private static final String[] PIECES = {"'", "''", "\"", ";", "--", "/*", "*/", "#", "\\", "%", "_", "*", "(", ")",
            ",", "-", "=", " ", "\t", "\n", "\r", "\0", "\u2018", "\u2019", "\u201c", "\u201d", "\u02bc", "\uff07",
            "\ufeff", "\u202e", "\ud83d\ude00", "USA", "CHN", "usa", "2019-10-24", "2019", "0", "1", "-1",
            "99999999999999999999", "1e9", " OR 1=1", "' OR '1'='1", "; DROP TABLE events; --", "UNION SELECT *",
            "'); DELETE FROM documents; --", "${jndi:ldap://x}", "<script>", "..", "/", "%00", "%27", "NULL", "true"};

    @Test
    void fuzzedParametersGetAnAnswerOrA4xxNeverA500() {
        JsonNode before = demo.get("/api/stats").json().get("tables");
        Random random = new Random(SEED);
        Map<Integer, Integer> statuses = new TreeMap<>();
        int sent = 0;
        for (ApiRoute route : demo.server.apiRoutes()) {
            if (!route.method().equals("GET")) {
                continue;
            }
            for (int i = 0; i < REQUESTS_PER_ROUTE; i++) {
                Map<String, String> query = baseline(route);
                String name = random.nextInt(20) == 0 || route.parameters().isEmpty() ? fuzz(random)
                        : route.parameters().get(random.nextInt(route.parameters().size())).name();
                query.put(name, fuzz(random));
                String target = route.path() + "?" + encode(query);
                DemoServer.Response response = demo.get(target);
                check(route, target, response);
                statuses.merge(response.status(), 1, Integer::sum);
                sent++;
            }
        }
        int refused = statuses.entrySet().stream().filter(e -> e.getKey() >= 400 && e.getKey() < 500)
                .mapToInt(Map.Entry::getValue).sum();
        System.out.printf("fuzzed GET requests: %,d sent, %,d refused with a 4xx JSON error, %,d answered 200, "
                + "%,d polarity 501 (no COW files); by status %s%n", sent, refused, statuses.getOrDefault(200, 0),
                statuses.getOrDefault(501, 0), statuses);
        assertThat(sent).isGreaterThanOrEqualTo(3000);
        assertThat(refused).isGreaterThan(sent / 2);
        assertThat(demo.get("/api/stats").json().get("tables")).isEqualTo(before);
    }

    /** Bytes no well-behaved client would send: bad escapes, NUL, overlong UTF-8, in names and values. */
    @Test
    void malformedQueryStringsAreRefusedAsJson() {
        for (String query : new String[] {"a=%ZZ&b=CHN", "a=%&b=CHN", "a=%00&b=CHN", "a=USA%00&b=CHN",
                "a=%C0%A7&b=CHN", "a=%ED%A0%80&b=CHN", "a=%FF%FE&b=CHN", "%27=1&a=USA&b=CHN", "a&b", "=&=",
                "a=USA&b=CHN&b", "a=" + "%27".repeat(3000) + "&b=CHN"}) {
            DemoServer.Response response = demo.raw("/api/dyad?" + query);
            check(null, query, response);
            assertThat(response.status()).as(query).isBetween(400, 499);
        }
    }

    /** A request far longer than any parameter allows is a JSON 4xx too. */
    @Test
    void aHugeQueryIsRefusedAsJson() {
        DemoServer.Response response = demo.get("/api/dyad?a=" + "A".repeat(100_000) + "&b=CHN");
        check(null, "100,000 characters", response);
        assertThat(response.status()).isEqualTo(414);
    }

    private static void check(ApiRoute route, String target, DemoServer.Response response) {
        int status = response.status();
        boolean polarityWithoutFiles = route != null && route.path().equals("/api/polarity") && status == 501;
        target = target.substring(0, Math.min(300, target.length()));
        assertThat(status < 500 || polarityWithoutFiles).as(target + " -> " + status + " " + response.body()).isTrue();
        assertThat(response.header("Content-Type")).as(target + " -> " + status).startsWith("application/json");
        JsonNode body = response.json();
        if (status >= 400) {
            assertThat(body.get("status").asInt()).as(target).isEqualTo(status);
            String message = body.get("message").asText();
            assertThat(message).as(target).isNotBlank()
                    .doesNotContain(dir.toString(), dir.toAbsolutePath().toString(), "demo.duckdb/")
                    .doesNotContainIgnoringCase("sql").doesNotContain("Exception", "Binder Error", "Parser Error",
                            "Catalog Error", "\0");
        }
    }

    /** The route's required parameters with good values, so that the fuzzed one is what gets checked. */
    private static Map<String, String> baseline(ApiRoute route) {
        Map<String, String> query = new LinkedHashMap<>();
        for (ApiParameter p : route.parameters()) {
            if (p.required()) {
                query.put(p.name(), switch (p.name()) {
                    case "a" -> "USA";
                    case "b" -> "CHN";
                    default -> "RUS";
                });
            }
        }
        return query;
    }

    private static String fuzz(Random random) {
        StringBuilder value = new StringBuilder();
        int pieces = 1 + random.nextInt(5);
        for (int i = 0; i < pieces; i++) {
            value.append(PIECES[random.nextInt(PIECES.length)]);
        }
        if (random.nextInt(25) == 0) {
            return value.toString().repeat(1 + 4000 / value.length());
        }
        return value.toString();
    }

    private static String encode(Map<String, String> query) {
        StringJoiner joined = new StringJoiner("&");
        query.forEach((name, value) -> joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }

}
