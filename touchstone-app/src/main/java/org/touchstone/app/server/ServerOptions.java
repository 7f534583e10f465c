package org.touchstone.app.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@code touchstone serve} runs.
 *
 * @param dbMemory    most memory DuckDB may use for the store (DuckDB's syntax, "2GB"); null for DuckDB's default
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
 * @param corsOrigin  the one other origin whose pages may call the API (https://host[:port]); null: none
 * @param ratePerMinute requests a minute per client address (see {@link RateLimit}); 0: no limit
 * @param rateLimitLoopback whether clients on this machine count too
 */
public record ServerOptions(Path db, String dbMemory, String bind, int port, String token, Path ingestDir, Path nmc,
                            Path majors, Path mids, Path ucdp, int connections, long maxBodyBytes, long cacheBytes,
                            String corsOrigin, int ratePerMinute, boolean rateLimitLoopback) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 2L << 20;
    public static final long DEFAULT_CACHE_BYTES = 64L << 20;
    public static final int DEFAULT_RATE_PER_MINUTE = 1200;
    /** An origin as browsers send it: scheme, host and optional port, no path. */
    private static final String ORIGIN = "https?://[A-Za-z0-9.-]+(:\\d{1,5})?|https?://\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?";

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
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the largest body must be at least 1 byte, was " + maxBodyBytes);
        }
        if (corsOrigin != null && !corsOrigin.matches(ORIGIN)) {
            throw new IllegalArgumentException("the CORS origin '" + corsOrigin + "' is not an origin like "
                    + "https://example.org or http://localhost:3000 (one origin: no path, no *)");
        }
        if (ratePerMinute < 0 || ratePerMinute > 1_000_000) {
            throw new IllegalArgumentException("the rate limit must be 0-1000000 requests a minute, was "
                    + ratePerMinute);
        }
    }

    /** On loopback, any free port, writes off, no COW files, no CORS, the default rate limit. */
    public static ServerOptions loopback(Path db) {
        return new ServerOptions(db, null, LOOPBACK, 0, null, null, null, null, null, null, defaultConnections(),
                DEFAULT_MAX_BODY_BYTES, DEFAULT_CACHE_BYTES, null, DEFAULT_RATE_PER_MINUTE, false);
    }

    /** Two connections per core, at least four: DuckDB also spreads each query over the cores. */
    public static int defaultConnections() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    /** Whether only this machine can reach the server (the address is a loopback one). */
    public boolean loopbackOnly() {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public ServerOptions withToken(String newToken) {
        return new ServerOptions(db, dbMemory, bind, port, newToken, ingestDir, nmc, majors, mids, ucdp, connections,
                maxBodyBytes, cacheBytes, corsOrigin, ratePerMinute, rateLimitLoopback);
    }

    public ServerOptions withIngestDir(Path dir) {
        return new ServerOptions(db, dbMemory, bind, port, token, dir, nmc, majors, mids, ucdp, connections, maxBodyBytes,
                cacheBytes, corsOrigin, ratePerMinute, rateLimitLoopback);
    }

    public ServerOptions withCow(Path newNmc, Path newMajors, Path newMids, Path newUcdp) {
        return new ServerOptions(db, dbMemory, bind, port, token, ingestDir, newNmc, newMajors, newMids, newUcdp, connections,
                maxBodyBytes, cacheBytes, corsOrigin, ratePerMinute, rateLimitLoopback);
    }

    public ServerOptions withCacheBytes(long bytes) {
        return new ServerOptions(db, dbMemory, bind, port, token, ingestDir, nmc, majors, mids, ucdp, connections,
                maxBodyBytes, bytes, corsOrigin, ratePerMinute, rateLimitLoopback);
    }

    public ServerOptions withMaxBodyBytes(long bytes) {
        return new ServerOptions(db, dbMemory, bind, port, token, ingestDir, nmc, majors, mids, ucdp, connections,
                bytes, cacheBytes, corsOrigin, ratePerMinute, rateLimitLoopback);
    }

    public ServerOptions withCorsOrigin(String origin) {
        return new ServerOptions(db, dbMemory, bind, port, token, ingestDir, nmc, majors, mids, ucdp, connections,
                maxBodyBytes, cacheBytes, origin, ratePerMinute, rateLimitLoopback);
    }

    public ServerOptions withRateLimit(int perMinute, boolean countLoopback) {
        return new ServerOptions(db, dbMemory, bind, port, token, ingestDir, nmc, majors, mids, ucdp, connections,
                maxBodyBytes, cacheBytes, corsOrigin, perMinute, countLoopback);
    }

    /** The same options without the token, for messages and logs. */
    @Override
    public String toString() {
        return "ServerOptions[db=" + db + (dbMemory == null ? "" : ", dbMemory=" + dbMemory) + ", bind=" + bind + ", port=" + port + ", writes="
                + (token == null ? "off" : "on") + ", ingestDir=" + ingestDir + ", connections=" + connections
                + ", cors=" + (corsOrigin == null ? "off" : corsOrigin) + ", rate=" + ratePerMinute + "/min"
                + (rateLimitLoopback ? " (loopback too)" : "") + "]";
    }
}
