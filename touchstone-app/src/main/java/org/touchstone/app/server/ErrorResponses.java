package org.touchstone.app.server;

import java.util.LinkedHashMap;
import java.util.Map;

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
 * whose details go to the log, not to the client.
 */
final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private final ObjectMapper json;
    private final long maxBodyBytes;

    ErrorResponses(ObjectMapper json, long maxBodyBytes) {
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
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
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", HttpStatus.forStatus(status).getMessage());
        body.put("message", message == null || message.isBlank() ? HttpStatus.forStatus(status).getMessage() : message);
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an error as JSON", e);
        }
    }
}
