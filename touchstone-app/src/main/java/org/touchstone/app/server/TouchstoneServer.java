package org.touchstone.app.server;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.touchstone.app.server.QuestionRoutes.Endpoint;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.ParsedEndpoint;

/**
 * {@code touchstone serve}: the REST API over the questions of touchstone-analysis and the
 * dashboard, on Javalin. Routes are described once (QuestionRoutes, WriteRoutes); the server
 * registers them and writes /openapi.json from the same descriptions.
 */
public final class TouchstoneServer implements AutoCloseable {
    static {
        // Quiet unless something goes wrong: Jetty and Javalin say a lot at INFO. A user's setting wins.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }

    private final Javalin app;
    private final StorePool pool;
    private final List<ApiRoute> routes;
    private final String host;

    private TouchstoneServer(Javalin app, StorePool pool, List<ApiRoute> routes, String host) {
        this.app = app;
        this.pool = pool;
        this.routes = routes;
        this.host = host;
    }

    /** Opens the store and starts serving; the store stays open until {@link #close()}. */
    public static TouchstoneServer start(ServerOptions options, CliDefinitions cli) {
        ObjectMapper json = cli.json();
        StorePool pool = new StorePool(options.db(), options.dbMemory(), options.connections());
        try {
            AnswerCache cache = new AnswerCache(options.cacheBytes());
            List<Endpoint> questions = new QuestionRoutes(options, cli).all();
            List<WriteRoutes.Endpoint> writes = new WriteRoutes(pool, new BearerToken(options.token()),
                    options.ingestDir(), new DocumentCoding(), json).all();
            List<ApiRoute> routes = new ArrayList<>();
            questions.forEach(e -> routes.add(e.route()));
            writes.forEach(e -> routes.add(e.route()));
            byte[] openApi = json.writeValueAsBytes(OpenApiDocument.of(routes, json));
            Dashboard dashboard = new Dashboard();
            ErrorResponses errors = new ErrorResponses(json, options.maxBodyBytes(), Arrays.asList(options.db(),
                    options.ingestDir(), options.nmc(), options.majors(), options.mids(), options.ucdp()));
            RateLimit rateLimit = new RateLimit(options.ratePerMinute(), options.rateLimitLoopback());

            Javalin app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.startup.showOldJavalinVersionWarning = false;
                config.jetty.host = options.bind();
                config.jetty.port = options.port();
                config.http.maxRequestSize = options.maxBodyBytes();
                config.http.prefer405over404 = true;
                // no "Server: Jetty(12...)": a version tells an attacker which advisories to try
                config.jetty.modifyHttpConfiguration(http -> {
                    http.setSendServerVersion(false);
                    // Jetty reuses header values seen earlier on a connection, matched without case unless told
                    // otherwise: "Bearer TOKEN" in other case would then be read as the token sent before it.
                    http.setHeaderCacheCaseSensitive(true);
                });
                config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler(errors)));
                if (options.corsOrigin() != null) {
                    config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.allowHost(options.corsOrigin())));
                }
                config.staticFiles.add(files -> {
                    files.hostedPath = "/dashboard";
                    files.directory = Dashboard.RESOURCES;
                    files.location = Location.CLASSPATH;
                });
                config.staticFiles.enableWebjars();
                config.routes.before(SecurityHeaders::apply);
                config.routes.before(rateLimit::check);
                config.routes.get("/", dashboard::serve);
                config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8")
                        .result(openApi));
                for (Endpoint question : questions) {
                    config.routes.get(question.route().path(), new QuestionHandler(question, pool, cache, json));
                }
                for (WriteRoutes.Endpoint write : writes) {
                    config.routes.post(write.route().path(), write.handler());
                }
                errors.register(config.routes);
            });
            app.start();
            return new TouchstoneServer(app, pool, List.copyOf(routes), options.bind());
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        } catch (Exception e) {
            pool.close();
            throw new IllegalStateException("cannot start the server: " + e.getMessage(), e);
        }
    }

    public int port() {
        return app.port();
    }

    /** http://host:port/ of the address the server listens on (loopback when it listens on all). */
    public URI uri() {
        String shown = host.equals("0.0.0.0") || host.equals("::") ? ServerOptions.LOOPBACK
                : host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + port() + "/");
    }

    /** The API routes as described (and documented in /openapi.json). */
    public List<ApiRoute> apiRoutes() {
        return routes;
    }

    /** Every HTTP route Javalin has registered, as "GET /api/dyad". */
    public List<String> registeredRoutes() {
        List<String> registered = new ArrayList<>();
        for (ParsedEndpoint parsed : app.unsafe.internalRouter.allHttpHandlers()) {
            if (parsed.endpoint.method.isHttpMethod()) {
                registered.add(parsed.endpoint.method.name() + " " + parsed.endpoint.path);
            }
        }
        return registered;
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            pool.close();
        }
    }
}
