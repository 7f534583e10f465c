package org.touchstone.app.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@code touchstone serve} runs.
 *
 * @param bind        address to listen on; loopback unless asked otherwise
 * @param port        port to listen on; 0 for any free one
 * @param token       bearer token that write requests must carry; null turns writes off
 * @param ingestDir   the only directory whose files POST /api/ingest may read; null turns it off
 * @param nmc         COW National Material Capabilities CSV (assess, polarity); null when absent
 * @param majors      COW major powers CSV (polarity)
 * @param mids        COW MID disputes CSV (polarity)
 * @param ucdp        UCDP/PRIO conflict-years CSV (polarity, optional)
 * @param connections store connections serving requests at once
 * @param maxBodyBytes largest request body accepted
 * @param cacheBytes  memory for answers kept as JSON; 0 keeps none
 */
public record ServerOptions(Path db, String bind, int port, String token, Path ingestDir, Path nmc, Path majors,
                            Path mids, Path ucdp, int connections, long maxBodyBytes, long cacheBytes) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 2L << 20;
    public static final long DEFAULT_CACHE_BYTES = 64L << 20;

    public ServerOptions {
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(bind, "bind");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
        if (connections < 1 || connections > 64) {
            throw new IllegalArgumentException("connections must be 1-64, was " + connections);
        }
        if (token != null && token.strip().length() < 16) {
            throw new IllegalArgumentException("the token must have at least 16 characters");
        }
        token = token == null ? null : token.strip();
    }

    /** On loopback, any free port, writes off, no COW files. */
    public static ServerOptions loopback(Path db) {
        return new ServerOptions(db, LOOPBACK, 0, null, null, null, null, null, null, defaultConnections(),
                DEFAULT_MAX_BODY_BYTES, DEFAULT_CACHE_BYTES);
    }

    /** Two connections per core, at least four: DuckDB also spreads each query over the cores. */
    public static int defaultConnections() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    public ServerOptions withToken(String newToken) {
        return new ServerOptions(db, bind, port, newToken, ingestDir, nmc, majors, mids, ucdp, connections,
                maxBodyBytes, cacheBytes);
    }

    public ServerOptions withIngestDir(Path dir) {
        return new ServerOptions(db, bind, port, token, dir, nmc, majors, mids, ucdp, connections, maxBodyBytes,
                cacheBytes);
    }

    public ServerOptions withCow(Path newNmc, Path newMajors, Path newMids, Path newUcdp) {
        return new ServerOptions(db, bind, port, token, ingestDir, newNmc, newMajors, newMids, newUcdp, connections,
                maxBodyBytes, cacheBytes);
    }

    public ServerOptions withCacheBytes(long bytes) {
        return new ServerOptions(db, bind, port, token, ingestDir, nmc, majors, mids, ucdp, connections,
                maxBodyBytes, bytes);
    }

    /** The same options without the token, for messages and logs. */
    @Override
    public String toString() {
        return "ServerOptions[db=" + db + ", bind=" + bind + ", port=" + port + ", writes="
                + (token == null ? "off" : "on") + ", ingestDir=" + ingestDir + ", connections=" + connections + "]";
    }
}
