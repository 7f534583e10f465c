package org.touchstone.app.server;

import java.nio.ByteBuffer;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answer to what never reaches Javalin (a request line or headers too long, bytes that are
 * not HTTP), in the API's JSON error document instead of Jetty's HTML page, with the same
 * security headers as every other answer.
 */
final class JsonErrorHandler extends ErrorHandler {
    private final ErrorResponses errors;

    JsonErrorHandler(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ErrorResponses.JSON_TYPE);
        SecurityHeaders.ALL.forEach(response.getHeaders()::put);
        response.write(true, ByteBuffer.wrap(errors.document(code, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, ErrorResponses.JSON_TYPE));
        SecurityHeaders.ALL.forEach(fields::put);
        return ByteBuffer.wrap(errors.document(status, reason));
    }
}
