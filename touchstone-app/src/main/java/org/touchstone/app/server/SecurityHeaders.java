package org.touchstone.app.server;

import java.util.Map;

import io.javalin.http.Context;

/**
 * Headers on every response: the dashboard loads scripts, styles and data from this server only
 * (no inline script, no other origin), may not be framed, and browsers may not guess content
 * types. No CORS header is sent unless the server was given one origin (--cors-origin), and then
 * only to that origin's pages, so no other origin's page can read the API.
 */
final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "font-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {
    }

    /** Every header and its value. */
    static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Resource-Policy", "same-origin",
            "Cross-Origin-Opener-Policy", "same-origin");

    static void apply(Context ctx) {
        ALL.forEach(ctx::header);
    }
}
