package org.touchstone.data.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP server on 127.0.0.1 for the fetch tests: serves byte arrays by path, answers
 * single "bytes=N-" ranges unless told not to, can be told to fail the next requests to a path
 * with a status or to drop the connection part-way through the body, and remembers every
 * request it answered.
 */
final class FixtureServer implements AutoCloseable {

    /** One answered request: the Range header asked for (or null), the status, the body bytes sent. */
    record Served(String path, String range, int status, long bodyBytes) {
    }

    private sealed interface Trouble {
    }

    private record FailWith(int status) implements Trouble {
    }

    private record DropAfter(int bytes) implements Trouble {
    }

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Deque<Trouble>> trouble = new ConcurrentHashMap<>();
    private final List<Served> served = new ArrayList<>();
    private volatile boolean rangesSupported = true;

    private FixtureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    static FixtureServer start() throws IOException {
        return new FixtureServer();
    }

    /** The server's root, e.g. http://127.0.0.1:41234/ */
    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    URI url(String path) {
        return baseUrl().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    void put(String path, byte[] content) {
        files.put(path, content);
    }

    /** The next {@code times} requests to the path are answered with {@code status} and no body. */
    void failNext(String path, int status, int times) {
        for (int i = 0; i < times; i++) {
            trouble.computeIfAbsent(path, p -> new ArrayDeque<>()).add(new FailWith(status));
        }
    }

    /** The next request to the path announces the full length, sends only {@code bytes}, then drops the connection. */
    void dropNextAfter(String path, int bytes) {
        trouble.computeIfAbsent(path, p -> new ArrayDeque<>()).add(new DropAfter(bytes));
    }

    /** From now on Range headers are ignored and whole files are sent with 200, as some servers do. */
    void ignoreRanges() {
        rangesSupported = false;
    }

    synchronized List<Served> served(String path) {
        return served.stream().filter(s -> s.path().equals(path)).toList();
    }

    private synchronized void record(Served request) {
        served.add(request);
    }

    private synchronized Trouble nextTrouble(String path) {
        Deque<Trouble> queue = trouble.get(path);
        return queue == null ? null : queue.poll();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String range = exchange.getRequestHeaders().getFirst("Range");
        try {
            exchange.getRequestBody().readAllBytes();
            Trouble next = nextTrouble(path);
            if (next instanceof FailWith failure) {
                answerWithoutBody(exchange, path, range, failure.status());
                return;
            }
            byte[] content = files.get(path);
            if (content == null) {
                answerWithoutBody(exchange, path, range, 404);
                return;
            }
            int start = 0;
            int status = 200;
            Matcher m = range == null ? null : RANGE.matcher(range);
            if (rangesSupported && m != null && m.matches()) {
                start = Integer.parseInt(m.group(1));
                if (start >= content.length) {
                    exchange.getResponseHeaders().set("Content-Range", "bytes */" + content.length);
                    answerWithoutBody(exchange, path, range, 416);
                    return;
                }
                status = 206;
                exchange.getResponseHeaders().set("Content-Range",
                        "bytes " + start + "-" + (content.length - 1) + "/" + content.length);
            }
            exchange.getResponseHeaders().set("Accept-Ranges", rangesSupported ? "bytes" : "none");
            int length = content.length - start;
            exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
            int toSend = next instanceof DropAfter drop ? Math.min(drop.bytes(), length) : length;
            // Recorded before the body goes out: once the client has the bytes, the test may look.
            record(new Served(path, range, status, toSend));
            OutputStream body = exchange.getResponseBody();
            body.write(content, start, toSend);
            body.flush();
        } finally {
            // With fewer bytes written than announced, closing drops the connection.
            exchange.close();
        }
    }

    private void answerWithoutBody(HttpExchange exchange, String path, String range, int status) throws IOException {
        record(new Served(path, range, status, 0));
        exchange.sendResponseHeaders(status, -1);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
