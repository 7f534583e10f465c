package org.touchstone.app.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.touchstone.app.Main;
import org.touchstone.app.ServeCommand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real server on a loopback port over the project's demo store, as the tests use it: the demo
 * events (2019-2024, China, Russia, United States) and the coder's sample news coded into
 * documents, events and statements, plus a few UN roll calls.
 */
final class DemoServer implements AutoCloseable {
    static final String TOKEN = "test-token-0123456789abcdef";
    static final ObjectMapper JSON = new ObjectMapper();

    final Path dir;
    final Path db;
    final TouchstoneServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** An HTTP answer; {@code json()} reads its body. */
    record Response(int status, HttpHeaders headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private DemoServer(Path dir, Path db, TouchstoneServer server) {
        this.dir = dir;
        this.db = db;
        this.server = server;
    }

    /** The demo store with UN votes, writes on with {@link #TOKEN}, file ingest from dir/inbox. */
    static DemoServer start(Path dir) {
        return start(dir, options -> options);
    }

    static DemoServer start(Path dir, UnaryOperator<ServerOptions> tweak) {
        try {
            Path db = dir.resolve("demo.duckdb");
            cli("demo", "--db", db.toString());
            cli("unvotes", "ingest", unVotes(dir.resolve("unvotes")).toString(), "--db", db.toString());
            Path inbox = Files.createDirectories(dir.resolve("inbox"));
            ServerOptions options = tweak.apply(ServerOptions.loopback(db).withToken(TOKEN).withIngestDir(inbox));
            return new DemoServer(dir, db, ServeCommand.start(options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri(String pathAndQuery) {
        return server.uri().resolve(pathAndQuery);
    }

    Response get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
    }

    Response post(String path, String contentType, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A GET sent as bytes on a socket, the request target exactly as given ({@code /a/%2e%2e/b},
     * {@code ?a=%ZZ}): what a client that does not clean its URLs sends. Headers are lower-cased.
     */
    Response raw(String requestTarget) {
        try (Socket socket = new Socket(server.uri().getHost(), server.port())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("GET " + requestTarget + " HTTP/1.1\r\nHost: " + server.uri().getHost()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            // one char per byte, so that chunk sizes count right; the body is decoded as UTF-8 at the end
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = reply.indexOf("\r\n\r\n");
            String[] head = reply.substring(0, end).split("\r\n");
            Map<String, List<String>> headers = new TreeMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.computeIfAbsent(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(head[i].substring(colon + 1).trim());
            }
            String body = reply.substring(end + 4);
            if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
                body = unchunk(body);
            }
            return new Response(Integer.parseInt(head[0].split(" ")[1]), HttpHeaders.of(headers, (a, b) -> true),
                    new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    /** United States, China and Russia on four roll calls in 2019 and two in 2020. */
    private static Path unVotes(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("un_countries.csv"), "country_code,country\nUS,United States\nCN,China\nRU,Russia\n");
        Files.writeString(dir.resolve("un_roll_calls.csv"), "rcid,date\n1,2019-10-01\n2,2019-10-02\n3,2019-11-01\n"
                + "4,2019-12-01\n5,2020-10-01\n6,2020-11-01\n");
        Files.writeString(dir.resolve("un_roll_call_issues.csv"), "rcid,short_name,issue\n2,hr,Human rights\n");
        Files.writeString(dir.resolve("un_votes.csv"), """
                rcid,year,country_code,vote
                1,2019,US,yes
                1,2019,CN,yes
                1,2019,RU,yes
                2,2019,US,yes
                2,2019,CN,no
                2,2019,RU,no
                3,2019,US,no
                3,2019,CN,abstain
                3,2019,RU,yes
                4,2019,US,yes
                4,2019,CN,yes
                4,2019,RU,abstain
                5,2020,US,no
                5,2020,CN,yes
                5,2020,RU,yes
                6,2020,US,yes
                6,2020,CN,yes
                6,2020,RU,no
                """);
        return dir;
    }

    /**
     * Where two JSON documents first differ ("$.years[3].con: 0.25 vs 0.26"), or null when they are
     * equal. Numbers equal to 12 significant digits count as equal: DuckDB may add up doubles in a
     * different order from one run to the next (noted for the polarity question's owners).
     */
    static String firstDifference(JsonNode a, JsonNode b, String path) {
        if (a.equals(b)) {
            return null;
        }
        if (a.isNumber() && b.isNumber()
                && Math.abs(a.asDouble() - b.asDouble()) <= 1e-12 * Math.max(1, Math.abs(a.asDouble()))) {
            return null;
        }
        if (a.isObject() && b.isObject()) {
            List<String> names = new ArrayList<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(n -> {
                if (!names.contains(n)) {
                    names.add(n);
                }
            });
            for (String name : names) {
                if (!a.has(name) || !b.has(name)) {
                    return path + "." + name + ": only in " + (a.has(name) ? "the first" : "the second");
                }
                String d = firstDifference(a.get(name), b.get(name), path + "." + name);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                String d = firstDifference(a.get(i), b.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return a.size() == b.size() ? null : path + ": " + a.size() + " items vs " + b.size();
        }
        return path + ": " + a + " vs " + b;
    }

    /** Runs the real command line in this process; fails with its output when it fails. */
    static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        if (code != 0) {
            throw new IllegalStateException("touchstone " + String.join(" ", args) + " failed (" + code + "): " + err);
        }
        return out.toString();
    }

    @Override
    public void close() {
        server.close();
    }
}
