package org.touchstone.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.app.Main;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The server's promises to whoever can reach it, each checked on a real server: it listens on
 * loopback unless told otherwise and says so loudly when it is; writes without the token change
 * nothing; a client past its rate gets 429 with Retry-After; CORS only for the one configured
 * origin; security headers and no server version on every answer, errors included; no request
 * path or ingest path reaches a file outside what it may serve.
 */
class ServerSecurityTest extends AgainstDemoServer {
    private static final String ORIGIN = "https://dashboard.example";

    @Test
    void byDefaultOnlyLoopbackReachesTheServer() throws IOException {
        assertThat(demo.server.uri().getHost()).isEqualTo("127.0.0.1");
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress("127.0.0.1", demo.server.port()), 5_000);
        }
        Optional<InetAddress> outside = nonLoopbackAddress();
        Assumptions.assumeTrue(outside.isPresent(), "this machine has no non-loopback IPv4 address to try");
        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress(outside.get(), demo.server.port()), 5_000))
                    .as("connecting through " + outside.get()).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void serveSaysLoudlyWhenItListensBeyondLoopback(@TempDir Path other) throws Exception {
        Path db = other.resolve("empty.duckdb");
        String[] quiet = serve("--db", db.toString(), "--port", "0");
        assertThat(quiet[0]).contains("at http://127.0.0.1:");
        assertThat(quiet[1]).doesNotContain("WARNING");

        String[] loud = serve("--db", db.toString(), "--port", "0", "--host", "0.0.0.0");
        assertThat(loud[1]).startsWith("WARNING: touchstone serve listens on 0.0.0.0, not on loopback")
                .contains("other machines can reach the API", "no TLS", "writes are off",
                        "limited to 1200 a minute per client address");
    }

    @Test
    void writesWithoutTheTokenAreRefusedAndChangeNothing() {
        JsonNode before = demo.get("/api/stats").json().get("tables");
        String document = "{\"id\": \"no-token\", \"date\": \"2021-03-01\", \"text\": \"China criticized Russia.\"}";
        for (String token : new String[] {null, "", "wrong-token-0123456789", DemoServer.TOKEN.substring(1),
                DemoServer.TOKEN.toUpperCase()}) {
            DemoServer.Response refused = demo.post("/api/documents", "application/json", document, token);
            assertThat(refused.status()).as("token " + token).isEqualTo(401);
            assertThat(refused.json().get("status").asInt()).isEqualTo(401);
            assertThat(demo.post("/api/ingest", "application/json", "{\"path\": \"x.csv\"}", token).status())
                    .isEqualTo(401);
        }
        DemoServer.Response basic = demo.send(HttpRequest.newBuilder(demo.uri("/api/documents"))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + DemoServer.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(document)));
        assertThat(basic.status()).isEqualTo(401);
        assertThat(demo.get("/api/stats").json().get("tables")).isEqualTo(before);
        assertThat(demo.get("/api/evidence?a=CHN&b=RUS&from=2021-03-01&to=2021-03-01").json().get("items")
                .findValuesAsText("doc_id")).doesNotContain("no-token");
    }

    /**
     * Jetty caches header values per connection; matched without case, the token in other case sent
     * after the right one on the same connection (as a proxy forwarding several clients would) was
     * read as the right one. Found by this class's tests; the server now caches with case.
     */
    @Test
    void aTokenInAnotherCaseIsRefusedOnAConnectionThatSentTheRightOne() throws IOException {
        String body = "{\"path\": \"nothing-here.csv\"}";
        List<Integer> statuses = new ArrayList<>();
        try (Socket socket = new Socket("127.0.0.1", demo.server.port())) {
            socket.setSoTimeout(30_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            for (String token : new String[] {DemoServer.TOKEN, DemoServer.TOKEN.toUpperCase(Locale.ROOT),
                    DemoServer.TOKEN}) {
                socket.getOutputStream().write(("POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1));
                statuses.add(Integer.parseInt(in.readLine().split(" ")[1]));
                long length = 0;
                for (String line; !(line = in.readLine()).isEmpty(); ) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        length = Long.parseLong(line.substring(15).trim());
                    }
                }
                in.skip(length);
            }
        }
        assertThat(statuses).containsExactly(404, 401, 404);
    }

    @Test
    void aClientPastItsRateGets429WithRetryAfter(@TempDir Path other) {
        try (DemoServer limited = DemoServer.start(other, options -> options.withRateLimit(5, true))) {
            for (int i = 0; i < 5; i++) {
                assertThat(limited.get("/api/stats").status()).as("request " + (i + 1)).isEqualTo(200);
            }
            DemoServer.Response refused = limited.get("/api/stats");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Content-Type")).startsWith("application/json");
            assertThat(refused.json().get("message").asText()).contains("at most 5 a minute");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 12L);
            assertThat(refused.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(limited.post("/api/documents", "application/json", "{}", DemoServer.TOKEN).status())
                    .as("writes count too").isEqualTo(429);
        }
    }

    /** A body sent in chunks has no Content-Length to refuse it by: it is counted as it arrives. */
    @Test
    void aChunkedBodyOverTheLimitIsRefused() {
        JsonNode before = demo.get("/api/stats").json().get("tables");
        byte[] big = ("{\"date\": \"2021-01-01\", \"text\": \"" + "word ".repeat(600_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        DemoServer.Response response = demo.send(HttpRequest.newBuilder(demo.uri("/api/documents"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + DemoServer.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.json().get("status").asInt()).isEqualTo(413);
        assertThat(demo.get("/api/stats").json().get("tables")).isEqualTo(before);
    }

    @Test
    void loopbackClientsAreNotCountedUnlessAsked(@TempDir Path other) {
        try (DemoServer limited = DemoServer.start(other, options -> options.withRateLimit(5, false))) {
            for (int i = 0; i < 30; i++) {
                assertThat(limited.get("/api/stats").status()).as("request " + (i + 1)).isEqualTo(200);
            }
        }
    }

    @Test
    void corsIsOffUnlessAnOriginIsGivenAndThenOnlyForIt(@TempDir Path other) {
        assertThat(cors(demo, ORIGIN, "GET", "/api/stats")).isNull();
        try (DemoServer open = DemoServer.start(other, options -> options.withCorsOrigin(ORIGIN))) {
            assertThat(cors(open, ORIGIN, "GET", "/api/stats")).isEqualTo(ORIGIN);
            assertThat(cors(open, "https://elsewhere.example", "GET", "/api/stats")).isNull();
            assertThat(cors(open, "https://dashboard.example.evil.example", "GET", "/api/stats")).isNull();
            assertThat(cors(open, "http://dashboard.example", "GET", "/api/stats")).isNull();

            DemoServer.Response preflight = preflight(open, ORIGIN);
            assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(ORIGIN);
            assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
            // without Access-Control-Allow-Origin the browser refuses, whatever else the answer says
            assertThat(preflight(open, "https://elsewhere.example").headers().map().keySet())
                    .noneMatch(h -> h.equalsIgnoreCase("Access-Control-Allow-Origin")
                            || h.equalsIgnoreCase("Access-Control-Allow-Credentials"));
        }
        assertThatThrownBy(() -> ServerOptions.loopback(dir.resolve("x")).withCorsOrigin("*"))
                .hasMessageContaining("one origin");
        assertThatThrownBy(() -> ServerOptions.loopback(dir.resolve("x")).withCorsOrigin("https://a.example/path"))
                .hasMessageContaining("no path");
    }

    @Test
    void everyAnswerHasTheSecurityHeadersAndNoServerVersion() {
        List<DemoServer.Response> answers = List.of(demo.get("/"), demo.get("/dashboard/dashboard.js"),
                demo.get("/dashboard/dashboard.css"), demo.get("/openapi.json"), demo.get("/api/stats"),
                demo.get("/api/dyad?a=XYZ&b=CHN"), demo.get("/nothing"), demo.get("/api/dyad?a=" + "A".repeat(20_000)),
                demo.raw("/api/stats?a=%ZZ"), demo.post("/api/documents", "application/json", "{}", null));
        for (DemoServer.Response answer : answers) {
            String what = answer.status() + " " + answer.body().substring(0, Math.min(80, answer.body().length()));
            assertThat(answer.header("Content-Security-Policy")).as(what).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY)
                    .contains("frame-ancestors 'none'");
            assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).as(what).isEqualTo("DENY");
            assertThat(answer.header("Referrer-Policy")).as(what).isEqualTo("no-referrer");
            assertThat(answer.header("Server")).as(what).isNull();
            assertThat(answer.headers().map().keySet()).as(what).noneMatch(h -> h.equalsIgnoreCase("X-Powered-By"));
        }
    }

    @Test
    void noRequestPathLeavesTheDashboardAndWebJars() {
        for (String path : new String[] {"/dashboard/../../../../etc/passwd", "/dashboard/%2e%2e/%2e%2e/etc/passwd",
                "/dashboard/..%2f..%2f..%2fetc%2fpasswd", "/dashboard/%2e%2e/ErrorResponses.class",
                "/dashboard/../ErrorResponses.class", "/dashboard/%2e%2e%2fErrorResponses.class",
                "/dashboard/..%5c..%5cErrorResponses.class", "/dashboard/%252e%252e/ErrorResponses.class",
                "/webjars/../org/touchstone/app/server/ErrorResponses.class", "/webjars/%2e%2e/META-INF/MANIFEST.MF",
                "/dashboard//org/touchstone/app/server/ErrorResponses.class", "/dashboard/%00/../index.html",
                "/dashboard/" + dir.resolve("demo.duckdb"), "/..;/..;/etc/passwd", "/%2e%2e/%2e%2e/etc/passwd"}) {
            DemoServer.Response response = demo.raw(path);
            assertThat(response.status()).as(path + " -> " + response.body()).isBetween(400, 499);
            assertThat(response.header("Content-Type")).as(path).startsWith("application/json");
            assertThat(response.body()).as(path).doesNotContain("root:", "\u00ca\u00fe\u00ba\u00be", "Manifest-Version");
        }
        assertThat(demo.raw("/dashboard/dashboard.js").status()).isEqualTo(200);
    }

    @Test
    void noIngestPathLeavesTheIngestDirectory() throws IOException {
        Path inbox = dir.resolve("inbox");
        Path secret = Files.writeString(dir.resolve("secret.csv"), "not for the API\n");
        Files.createDirectories(dir.resolve("outside"));
        Files.writeString(dir.resolve("outside/also-secret.csv"), "not for the API either\n");
        Files.createSymbolicLink(inbox.resolve("link.csv"), secret);
        Files.createSymbolicLink(inbox.resolve("linked-dir"), dir.resolve("outside"));
        Files.createDirectories(inbox.resolve("sub"));
        for (String path : new String[] {"../secret.csv", "sub/../../secret.csv", "./../secret.csv",
                secret.toString(), "/etc/passwd", "link.csv", "linked-dir/also-secret.csv",
                "..", "sub/../.."}) {
            DemoServer.Response refused = ingest(path);
            assertThat(refused.status()).as(path + " -> " + refused.body()).isEqualTo(403);
            String message = refused.json().get("message").asText();
            assertThat(message).as(path).contains("outside the ingest directory");
            if (!path.startsWith("/")) { // a path the client sent may be quoted back; the server's may not
                assertThat(message).as(path).doesNotContain(dir.toString());
            }
        }
        // ".." is taken as written before links are followed: linked-dir/.. is the ingest directory itself
        for (String path : new String[] {"%2e%2e/secret.csv", "..%2fsecret.csv", "nothing.csv", "\u2025/secret.csv",
                "linked-dir/../secret.csv", "~/.bashrc"}) {
            assertThat(ingest(path).status()).as(path).isEqualTo(404);
        }
        assertThat(ingest("sub").status()).isEqualTo(400);
        assertThat(ingest(".").status()).isEqualTo(400);
        assertThat(ingest("a\\u0000b").status()).isEqualTo(400);
    }

    /** POSTs {"path": PATH}; backslashes are escaped for JSON, except in \\uXXXX (a NUL sent as JSON). */
    private static DemoServer.Response ingest(String path) {
        return demo.post("/api/ingest", "application/json", "{\"path\": \"" + path.replace("\\", "\\\\")
                .replace("\\\\u", "\\u") + "\"}", DemoServer.TOKEN);
    }

    private static String cors(DemoServer server, String origin, String method, String path) {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Origin", origin)
                .method(method, HttpRequest.BodyPublishers.noBody())).header("Access-Control-Allow-Origin");
    }

    private static DemoServer.Response preflight(DemoServer server, String origin) {
        return server.send(HttpRequest.newBuilder(server.uri("/api/documents")).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    /**
     * Runs {@code touchstone serve ARGS} in a thread until it has said where it listens, then stops
     * it; its standard output and error.
     */
    private static String[] serve(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] command = new String[args.length + 1];
        command[0] = "serve";
        System.arraycopy(args, 0, command, 1, args.length);
        Thread serving = new Thread(() -> Main.run(new PrintWriter(out, true), new PrintWriter(err, true), command));
        serving.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!out.toString().contains("Ctrl-C stops") && serving.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Matcher listening = Pattern.compile("at http://([^/]+)/ ").matcher(out.toString());
        assertThat(listening.find()).as(out + "\n" + err).isTrue();
        serving.interrupt();
        serving.join(30_000);
        assertThat(serving.isAlive()).isFalse();
        return new String[] {out.toString(), err.toString()};
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
