package org.touchstone.app.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.touchstone.store.StoreException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.NotFoundResponse;

/**
 * Every error as one JSON document, {"status": 400, "error": "Bad Request", "message": "..."}:
 * bad input (a question's IllegalArgumentException, a parameter that fails its check, a body that
 * is not the JSON asked for) is a 400 naming what was wrong; what fails inside the server is a 500
 * whose details go to the log, not to the client. No message names where the server's files lie:
 * the store, the ingest directory and the COW files appear by their file names only.
 */
final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    static final String JSON_TYPE = "application/json; charset=utf-8";

    private final ObjectMapper json;
    private final long maxBodyBytes;
    /** Each server file's full path as a message could spell it, longest first, and what to say instead. */
    private final Map<String, String> privatePaths = new TreeMap<>(
            Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));

    /** @param files the server's own files and directories (null items are skipped) */
    ErrorResponses(ObjectMapper json, long maxBodyBytes, List<Path> files) {
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
        files.stream().filter(Objects::nonNull).forEach(this::hide);
    }

    private void hide(Path file) {
        if (file.getFileName() == null) {
            return; // a root: its name is all of it, and "/" is in every path
        }
        String name = file.getFileName().toString();
        hide(file.toString(), name);
        hide(file.toAbsolutePath().normalize().toString(), name);
        try {
            if (Files.exists(file)) {
                hide(file.toRealPath().toString(), name);
            }
        } catch (IOException e) {
            // the spellings above are hidden still
        }
    }

    private void hide(String spelling, String name) {
        if (spelling.length() > name.length()) {
            privatePaths.put(spelling, name);
        }
    }

    /** The message with every server path shortened to its file name. */
    String redact(String message) {
        String redacted = message;
        for (Map.Entry<String, String> path : privatePaths.entrySet()) {
            redacted = redacted.replace(path.getKey(), path.getValue());
        }
        return redacted;
    }

    void register(RoutesConfig routes) {
        routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), e.getMessage()));
        // Javalin's own answers for paths and methods it has no route for, said the project's way
        routes.exception(NotFoundResponse.class, (e, ctx) -> write(ctx, 404, "nothing at "
                + ApiRequest.shorten(ctx.path()) + " (the API is described at /openapi.json)"));
        routes.exception(MethodNotAllowedResponse.class, (e, ctx) -> write(ctx, 405, ctx.method() + " is not allowed on "
                + ApiRequest.shorten(ctx.path()) + " (the API is described at /openapi.json)"));
        routes.exception(ContentTooLargeResponse.class, (e, ctx) -> write(ctx, 413, "the request body is larger than "
                + (maxBodyBytes >> 10) + " KiB"));
        routes.exception(IllegalArgumentException.class, (e, ctx) -> write(ctx, 400, e.getMessage()));
        routes.exception(JsonProcessingException.class,
                (e, ctx) -> write(ctx, 400, "the body is not the JSON expected: " + e.getOriginalMessage()));
        routes.exception(StoreException.class, (e, ctx) -> {
            LOG.error("store failure on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, "the store could not answer; the server log has the details");
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("failure on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, "the server failed to answer; its log has the details");
        });
        for (int status : new int[] {404, 405, 413}) {
            routes.error(status, ctx -> {
                if (ctx.resultInputStream() == null) {
                    write(ctx, status, HttpStatus.forStatus(status).getMessage());
                }
            });
        }
    }

    void write(Context ctx, int status, String message) {
        ctx.status(status).contentType(JSON_TYPE).result(document(status, message));
    }

    /** The error document, {"status": ..., "error": ..., "message": ...}, as UTF-8 JSON. */
    byte[] document(int status, String message) {
        String reason = HttpStatus.forStatus(status).getMessage();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", reason);
        body.put("message", message == null || message.isBlank() ? reason : redact(message));
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an error as JSON", e);
        }
    }
}
