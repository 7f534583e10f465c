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

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServerOptions.LOOPBACK,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
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
        ServerOptions options = new ServerOptions(store.db, bind, port, token(), ingestDir, nmc, majors, mids, ucdp,
                connections == null ? ServerOptions.defaultConnections() : connections,
                ServerOptions.DEFAULT_MAX_BODY_BYTES, (long) cacheMb << 20);
        TouchstoneServer server = start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "touchstone-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        if (!bind.equals(ServerOptions.LOOPBACK) && !bind.equals("localhost") && !bind.equals("::1")) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("touchstone: listening on " + bind + ": other machines can reach the API, without TLS");
            err.flush();
        }
        out.println("Touchstone serves " + store.db + " at " + server.uri() + " (dashboard), API at "
                + server.uri() + "api/..., described at " + server.uri() + "openapi.json");
        out.println("Writes are " + (options.token() == null ? "off (no token)" : "on, with the bearer token")
                + "; file ingest is " + (ingestDir == null ? "off" : "limited to " + ingestDir) + ". Ctrl-C stops.");
        out.flush();
        stopped.await();
        return 0;
    }

    private String token() throws IOException {
        if (tokenFile != null) {
            return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
        }
        String fromEnvironment = System.getenv(TOKEN_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment.strip();
    }
}
