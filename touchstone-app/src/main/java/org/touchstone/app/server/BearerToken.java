package org.touchstone.app.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/**
 * The token that write requests carry as {@code Authorization: Bearer TOKEN}. Without a configured
 * token writes are off. Tokens are compared as SHA-256 digests with a constant-time comparison, so
 * neither the length nor the first differing character shows in the time taken.
 */
final class BearerToken {
    private static final String PREFIX = "Bearer ";

    private final byte[] digest;

    /** @param token the configured token, or null to turn writes off */
    BearerToken(String token) {
        this.digest = token == null ? null : sha256(token);
    }

    /** Refuses the request unless it carries the token: 403 when writes are off, 401 when the token is wrong. */
    void require(Context ctx) {
        if (digest == null) {
            throw new HttpResponseException(403, "writes are off: start the server with a token "
                    + "(--token-file FILE or the TOUCHSTONE_TOKEN environment variable)");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"touchstone\"");
            throw new HttpResponseException(401, "this request changes the store: send Authorization: Bearer TOKEN");
        }
        if (!MessageDigest.isEqual(digest, sha256(header.substring(PREFIX.length()).strip()))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"touchstone\", error=\"invalid_token\"");
            throw new HttpResponseException(401, "the bearer token is not the server's");
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
