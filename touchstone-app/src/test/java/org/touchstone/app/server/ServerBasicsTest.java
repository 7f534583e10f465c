package org.touchstone.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What every route shares: /openapi.json describes every registered route and parameter, the
 * dashboard and its libraries are served by the server itself with security headers, no CORS,
 * loopback by default, and parallel requests are all answered.
 */
class ServerBasicsTest extends AgainstDemoServer {
    @Test
    void everyRegisteredRouteIsInTheOpenApiDocument() {
        JsonNode doc = demo.get("/openapi.json").json();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        JsonNode paths = doc.get("paths");
        List<String> registered = demo.server.registeredRoutes();
        assertThat(registered).contains("GET /", "GET /openapi.json", "GET /api/dyad", "GET /api/saydo",
                "GET /api/audience", "GET /api/restraint", "GET /api/assess", "GET /api/likeminded",
                "GET /api/affinity", "GET /api/polarity", "GET /api/providers", "GET /api/evidence",
                "POST /api/documents", "POST /api/ingest");
        for (String route : registered) {
            String[] methodAndPath = route.split(" ", 2);
            assertThat(paths.has(methodAndPath[1])).as(route + " in /openapi.json").isTrue();
            assertThat(paths.get(methodAndPath[1]).has(methodAndPath[0].toLowerCase())).as(route).isTrue();
        }
        Set<String> documented = new HashSet<>();
        paths.fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> documented.add(
                m.toUpperCase() + " " + p.getKey())));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void theOpenApiDocumentListsEachRoutesParametersAndAnswer() {
        JsonNode doc = demo.get("/openapi.json").json();
        for (ApiRoute route : demo.server.apiRoutes()) {
            JsonNode op = doc.get("paths").get(route.path()).get(route.method().toLowerCase());
            List<String> names = new ArrayList<>();
            op.get("parameters").forEach(p -> names.add(p.get("name").asText()));
            assertThat(names).as(route.key()).containsExactlyElementsOf(
                    route.parameters().stream().map(ApiParameter::name).toList());
            assertThat(op.get("responses").has("400")).isTrue();
        }
        JsonNode dyad = doc.get("components").get("schemas").get("DyadAnswer").get("properties");
        assertThat(dyad.has("periods")).isTrue();
        JsonNode period = doc.get("components").get("schemas").get("DyadPeriod").get("properties");
        assertThat(period.has("net_cooperation")).isTrue();
        assertThat(doc.get("paths").get("/api/documents").get("post").get("security")).isNotEmpty();
    }

    @Test
    void theDashboardAndItsLibrariesComeFromTheServerWithSecurityHeaders() {
        DemoServer.Response page = demo.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        String csp = page.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("http", "unsafe-inline", "unsafe-eval");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.body()).doesNotContain("http://", "https://", "{{");
        for (String asset : assets(page.body())) {
            DemoServer.Response served = demo.get(asset);
            assertThat(served.status()).as(asset).isEqualTo(200);
            assertThat(served.header("X-Content-Type-Options")).as(asset).isEqualTo("nosniff");
        }
        assertThat(assets(page.body())).anyMatch(a -> a.startsWith("/webjars/chart.js/"));
        assertThat(demo.get("/api/stats").header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void noCorsHeaderIsEverSent() {
        DemoServer.Response response = demo.send(HttpRequest.newBuilder(demo.uri("/api/stats"))
                .header("Origin", "https://elsewhere.example").GET());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
        DemoServer.Response preflight = demo.send(HttpRequest.newBuilder(demo.uri("/api/documents"))
                .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(preflight.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
    }

    @Test
    void theServerListensOnLoopbackByDefault() {
        assertThat(ServerOptions.loopback(dir.resolve("x.duckdb")).bind()).isEqualTo("127.0.0.1");
        assertThat(demo.server.uri().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void parallelRequestsAreAllAnswered() throws Exception {
        String[] paths = {"/api/dyad?a=USA&b=CHN&by=week", "/api/dyad?a=CHN&b=RUS&by=day", "/api/saydo?a=RUS&b=USA",
                "/api/evidence?a=USA&b=RUS&limit=20", "/api/restraint?a=USA", "/api/providers?actors=RUS",
                "/api/likeminded?a=USA&b=RUS", "/api/audience?a=CHN&b=USA"};
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<DemoServer.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 160; i++) {
                String path = paths[i % paths.length] + (i < paths.length * 2 ? "" : (paths[i % paths.length]
                        .contains("?") ? "&" : "?") + "from=2019-0" + (1 + i % 9) + "-01");
                answers.add(pool.submit(() -> demo.get(path)));
            }
            for (Future<DemoServer.Response> answer : answers) {
                DemoServer.Response response = answer.get();
                assertThat(response.status()).as(response.body()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The script and style sheet paths a page loads. */
    private static List<String> assets(String html) {
        List<String> assets = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(html);
        while (m.find()) {
            assets.add(m.group(1));
        }
        return assets;
    }
}
