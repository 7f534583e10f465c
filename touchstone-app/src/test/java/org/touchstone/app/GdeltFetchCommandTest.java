package org.touchstone.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.testing.SharedData;

/** {@code touchstone gdelt fetch} end to end against a GDELT-like server on 127.0.0.1. */
class GdeltFetchCommandTest {
    @TempDir
    Path dir;
    HttpServer server;
    final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = files.get(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void fetchesVerifiesAndIngestsTheFilesOfTheRangeAndAddsNothingTheSecondTime() throws Exception {
        byte[] zip = zip("20191024143000.export.CSV", Files.readAllBytes(SharedData.file(SharedData.GDELT2_EXPORT)));
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        files.put("/gdeltv2/20191024143000.export.CSV.zip", zip);
        files.put("/gdeltv2/masterfilelist.txt", (zip.length + " " + md5(zip) + " " + base
                + "gdeltv2/20191024143000.export.CSV.zip\n"
                + "10 00000000000000000000000000000000 " + base + "gdeltv2/20191025143000.export.CSV.zip\n")
                .getBytes());
        String db = dir.resolve("t.duckdb").toString();
        String[] fetch = {"gdelt", "fetch", "--db", db, "--from", "2019-10-24", "--to", "2019-10-24",
                "--base-url", base, "--dir", dir.resolve("files").toString()};

        Cli first = Cli.run(fetch);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Fetched 1 file(s), 0 already present, 0 failed")
                .contains("2111 rows read, 2111 stored");

        Cli second = Cli.run(fetch);
        assertThat(second.out()).contains("Fetched 0 file(s), 1 already present").contains("0 stored");
        JsonNode stats = Cli.run("stats", "--db", db, "--json").json();
        assertThat(stats.get("tables").get("events").asLong()).isEqualTo(2111);
    }

    static byte[] zip(String name, byte[] content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    static String md5(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
    }
}
