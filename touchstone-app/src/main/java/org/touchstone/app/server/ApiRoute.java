package org.touchstone.app.server;

import java.lang.reflect.Type;
import java.util.List;

/**
 * A route of the API as its users see it: method, path, what it answers, its parameters and the
 * type of its JSON answer. Routes are registered from these descriptions and /openapi.json is
 * written from them, so the two cannot drift apart.
 *
 * @param answer   the type whose JSON the route returns; null for a page that is not JSON
 * @param body     the type of the JSON body a write takes; null when it takes none
 * @param textBody whether the route also takes the body as plain text
 * @param write    whether the route changes the store (and needs the bearer token)
 */
public record ApiRoute(String method, String path, String operationId, String summary, String description,
                       List<ApiParameter> parameters, Type answer, Type body, boolean textBody, boolean write) {

    public ApiRoute {
        parameters = List.copyOf(parameters);
    }

    static ApiRoute get(String path, String operationId, String summary, String description, Type answer,
                        ApiParameter... parameters) {
        return new ApiRoute("GET", path, operationId, summary, description, List.of(parameters), answer, null, false,
                false);
    }

    /** "GET /api/dyad" */
    public String key() {
        return method + " " + path;
    }
}
