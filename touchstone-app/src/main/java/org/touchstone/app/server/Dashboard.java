package org.touchstone.app.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import io.javalin.http.Context;

/**
 * The dashboard's page at /. Its script and style are served from this jar (/dashboard/...) and
 * its chart library from the Chart.js WebJar (/webjars/...), so it works offline; the page names
 * the WebJar's path with the version that is on the class path.
 */
final class Dashboard {
    static final String RESOURCES = "/org/touchstone/app/server/dashboard";
    private static final String CHART_JS_PROPERTIES = "/META-INF/maven/org.webjars.npm/chart.js/pom.properties";

    private final byte[] page;

    Dashboard() {
        String html = resource(RESOURCES + "/index.html");
        this.page = html.replace("{{chart.js}}", "/webjars/chart.js/" + chartJsVersion() + "/dist/chart.umd.min.js")
                .getBytes(StandardCharsets.UTF_8);
    }

    void serve(Context ctx) {
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    private static String chartJsVersion() {
        Properties properties = new Properties();
        try (InputStream in = Dashboard.class.getResourceAsStream(CHART_JS_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("the Chart.js WebJar is not on the class path (" + CHART_JS_PROPERTIES + ")");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static String resource(String name) {
        try (InputStream in = Dashboard.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
