package org.touchstone.app.server;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Answers a question route: checks the parameters, then takes the answer from the cache or asks
 * the question on a free store connection, and writes it as JSON. The header X-Touchstone-Cache
 * says whether the answer was computed for this request (miss) or found (hit).
 */
final class QuestionHandler implements Handler {
    static final String CACHE_HEADER = "X-Touchstone-Cache";

    private final QuestionRoutes.Endpoint endpoint;
    private final StorePool pool;
    private final AnswerCache cache;
    private final ObjectMapper json;

    QuestionHandler(QuestionRoutes.Endpoint endpoint, StorePool pool, AnswerCache cache, ObjectMapper json) {
        this.endpoint = endpoint;
        this.pool = pool;
        this.cache = cache;
        this.json = json;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        ApiRequest request = new ApiRequest(endpoint.route(), ctx.queryParamMap());
        String key = pool.generation() + "\u0000" + request.canonical();
        AnswerCache.Answer answer = cache.get(key, () -> json.writeValueAsBytes(
                pool.read(store -> endpoint.question().answer(request, store))));
        ctx.header(CACHE_HEADER, answer.found() ? "hit" : "miss");
        ctx.contentType("application/json; charset=utf-8").result(answer.json());
    }
}
