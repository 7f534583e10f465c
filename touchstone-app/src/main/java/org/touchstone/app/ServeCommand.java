package org.touchstone.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.touchstone.app.server.CliDefinitions;
import org.touchstone.app.server.ServerOptions;
import org.touchstone.app.server.TouchstoneServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the questions as a REST API (JSON) and a dashboard in the browser.",
                "Routes are named as the commands, with their options as query parameters: /api/dyad?a=USA&b=CHN.",
                "/ is the dashboard, /openapi.json describes the API (docs/API.md). Stop with Ctrl-C.",
                "Writes (POST /api/documents, /api/ingest) are off unless a token is given, then require it."})
public final class ServeCommand implements Callable<Integer> {
    /** Where the token may also come from, so that it need not appear in the process list. */
    static final String TOKEN_VARIABLE = "TOUCHSTONE_TOKEN";

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerOptions.DEFAULT_PORT,
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = {"--host", "--bind"}, paramLabel = "ADDRESS", defaultValue = ServerOptions.LOOPBACK,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every "
                    + "network, with a warning).")
    String bind;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the bearer token that turns writes on (or set " + TOKEN_VARIABLE + ").")
    Path tokenFile;

    @Option(names = "--ingest-dir", paramLabel = "DIR",
            description = "The only directory whose files POST /api/ingest may read (default: file ingest off).")
    Path ingestDir;

    @Option(names = "--nmc", paramLabel = "FILE", description = "COW National Material Capabilities CSV (assess, polarity).")
    Path nmc;

    @Option(names = "--majors", paramLabel = "FILE", description = "COW major powers CSV (polarity).")
    Path majors;

    @Option(names = "--mids", paramLabel = "FILE", description = "COW MID disputes CSV (polarity).")
    Path mids;

    @Option(names = "--ucdp", paramLabel = "FILE", description = "UCDP/PRIO conflict-years CSV (polarity, optional).")
    Path ucdp;

    @Option(names = "--connections", paramLabel = "N",
            description = "Store connections answering at once (default: two per core, at least four).")
    Integer connections;

    @Option(names = "--cache-mb", paramLabel = "MB", defaultValue = "64",
            description = "Memory for answers kept until the next write (default: ${DEFAULT-VALUE}; 0: none).")
    int cacheMb;

    @Option(names = "--max-body-kb", paramLabel = "KIB", defaultValue = "" + (ServerOptions.DEFAULT_MAX_BODY_BYTES >> 10),
            description = "Largest request body in KiB; larger ones are answered 413 (default: ${DEFAULT-VALUE}).")
    long maxBodyKb;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_RATE_PER_MINUTE,
            description = "Requests a minute per client address, in bursts of up to N; more are answered 429 with "
                    + "Retry-After (default: ${DEFAULT-VALUE}; 0: no limit). Clients on this machine are not counted "
                    + "unless --rate-limit-loopback.")
    int rateLimit;

    @Option(names = "--rate-limit-loopback",
            description = "Count clients on this machine too (behind a reverse proxy on this machine, every client "
                    + "comes from it).")
    boolean rateLimitLoopback;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Let pages from this one origin (e.g. https://example.org) call the API from a browser "
                    + "(default: no other origin may).")
    String corsOrigin;

    /**
     * The server as {@code touchstone serve} runs it: the API answers with the CLI's own JSON
     * mapper and reading of COW capabilities. Tests and benchmarks start it through here.
     */
    public static TouchstoneServer start(ServerOptions options) {
        return TouchstoneServer.start(options, new CliDefinitions(Json.MAPPER, AssessCommand::latestCinc));
    }

    @Override
    public Integer call() throws Exception {
        if (cacheMb < 0 || cacheMb > 65_536) {
            throw new IllegalArgumentException("--cache-mb must be 0-65536, was " + cacheMb);
        }
        if (ingestDir != null && !Files.isDirectory(ingestDir)) {
            throw new IllegalArgumentException("--ingest-dir " + ingestDir + " is not a directory");
        }
        if (maxBodyKb < 1 || maxBodyKb > 1 << 20) {
            throw new IllegalArgumentException("--max-body-kb must be 1-1048576, was " + maxBodyKb);
        }
        ServerOptions options = new ServerOptions(store.db, store.dbMemory, bind, port, token(), ingestDir, nmc, majors, mids, ucdp,
                connections == null ? ServerOptions.defaultConnections() : connections, maxBodyKb << 10,
                (long) cacheMb << 20, corsOrigin, rateLimit, rateLimitLoopback);
        TouchstoneServer server = start(options);
        Thread stop = new Thread(server::close, "touchstone-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            PrintWriter out = spec.commandLine().getOut();
            if (!options.loopbackOnly()) {
                warnExposed(spec.commandLine().getErr(), options);
            }
            out.println("Touchstone serves " + store.db + " at " + server.uri() + " (dashboard), API at "
                    + server.uri() + "api/..., described at " + server.uri() + "openapi.json");
            out.println("Writes are " + (options.token() == null ? "off (no token)" : "on, with the bearer token")
                    + "; file ingest is " + (ingestDir == null ? "off" : "limited to " + ingestDir) + ". Ctrl-C stops.");
            out.flush();
            new CountDownLatch(1).await(); // until Ctrl-C runs the hook and ends the process
            return 0;
        } finally {
            // reached when the thread is interrupted (as in tests), not on Ctrl-C
            Runtime.getRuntime().removeShutdownHook(stop);
            server.close();
        }
    }

    /** Said on standard error, in capitals, before anything else: the API is open to the network. */
    private static void warnExposed(PrintWriter err, ServerOptions options) {
        err.println("WARNING: touchstone serve listens on " + options.bind() + ", not on loopback: other machines "
                + "can reach the API and the dashboard, over plain HTTP (no TLS).");
        err.println("WARNING: " + (options.token() == null ? "writes are off" : "anyone with the token can write; "
                + "it crosses the network in clear") + "; " + (options.ratePerMinute() == 0 ? "requests are NOT "
                + "rate-limited" : "requests are limited to " + options.ratePerMinute() + " a minute per client address")
                + ". Use --host 127.0.0.1 (the default) unless this is what you want.");
        err.flush();
    }

    private String token() throws IOException {
        if (tokenFile != null) {
            return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
        }
        String fromEnvironment = System.getenv(TOKEN_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment.strip();
    }
}
