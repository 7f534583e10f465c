package org.touchstone.app.server;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.touchstone.analysis.Evidence;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * /openapi.json, written from the same route descriptions the server registers, so every route is
 * in it with its parameters as they are checked. The answers' schemas are derived from the record
 * types the routes return, with the field names the JSON has (snake_case).
 */
final class OpenApiDocument {
    /** Types an answer names only through a type variable (the items of an evidence page). */
    private static final List<Class<?>> ALSO_DESCRIBED = List.of(Evidence.EventItem.class,
            Evidence.StatementItem.class);
    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private final ObjectMapper json;
    private final ObjectNode schemas;

    private OpenApiDocument(ObjectMapper json) {
        this.json = json;
        this.schemas = json.createObjectNode();
    }

    /** The document for these routes, plus the dashboard at / and the document itself. */
    static ObjectNode of(List<ApiRoute> routes, ObjectMapper json) {
        return new OpenApiDocument(json).build(routes);
    }

    private ObjectNode build(List<ApiRoute> routes) {
        ObjectNode doc = json.createObjectNode();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Touchstone API");
        info.put("version", "0.1.0");
        info.put("description", "Test what they say against what they do. One route per question, named as the "
                + "CLI command, with the CLI's options as query parameters and the CLI's --json document as the "
                + "answer (fields in docs/OUTPUT.md). Errors are {status, error, message}. Writes need "
                + "Authorization: Bearer TOKEN. See docs/API.md.");
        ObjectNode paths = doc.putObject("paths");
        page(paths, "/", "dashboard", "The dashboard", "text/html");
        page(paths, "/openapi.json", "openapi", "This document", "application/json");
        for (ApiRoute route : routes) {
            ObjectNode path = paths.has(route.path()) ? (ObjectNode) paths.get(route.path()) : paths.putObject(route.path());
            path.set(route.method().toLowerCase(java.util.Locale.ROOT), operation(route));
        }
        ALSO_DESCRIBED.forEach(this::schema);
        ObjectNode components = doc.putObject("components");
        schemas.set("Error", errorSchema());
        components.set("schemas", schemas);
        ObjectNode bearer = components.putObject("securitySchemes").putObject("bearer");
        bearer.put("type", "http");
        bearer.put("scheme", "bearer");
        return doc;
    }

    private void page(ObjectNode paths, String path, String id, String summary, String mediaType) {
        ObjectNode get = paths.putObject(path).putObject("get");
        get.put("operationId", id);
        get.put("summary", summary);
        ObjectNode ok = get.putObject("responses").putObject("200");
        ok.put("description", summary);
        ok.putObject("content").putObject(mediaType).putObject("schema").put("type", mediaType.equals("text/html")
                ? "string" : "object");
    }

    private ObjectNode operation(ApiRoute route) {
        ObjectNode op = json.createObjectNode();
        op.put("operationId", route.operationId());
        op.put("summary", route.summary());
        op.put("description", route.description());
        ArrayNode parameters = op.putArray("parameters");
        for (ApiParameter p : route.parameters()) {
            ObjectNode parameter = parameters.addObject();
            parameter.put("name", p.name());
            parameter.put("in", "query");
            parameter.put("required", p.required());
            parameter.put("description", p.description());
            parameter.set("schema", parameterSchema(p));
            if (p.kind() == ApiParameter.Kind.LIST) {
                parameter.put("style", "form");
                parameter.put("explode", false);
            }
        }
        if (route.body() != null) {
            ObjectNode content = op.putObject("requestBody").put("required", true).putObject("content");
            content.putObject("application/json").set("schema", schema(route.body()));
            if (route.textBody()) {
                content.putObject("text/plain").putObject("schema").put("type", "string");
            }
        }
        if (route.write()) {
            op.putArray("security").addObject().putArray("bearer");
        }
        ObjectNode responses = op.putObject("responses");
        ObjectNode ok = responses.putObject(route.write() ? "201" : "200");
        ok.put("description", route.summary());
        ok.putObject("content").putObject("application/json").set("schema", schema(route.answer()));
        if (route.write()) {
            responses.putObject("200").put("description", "Nothing new: all of it was stored already")
                    .putObject("content").putObject("application/json").set("schema", schema(route.answer()));
        }
        error(responses, "400", "Bad input: the message says which parameter and why");
        if (route.write()) {
            error(responses, "401", "No bearer token, or not the server's");
            error(responses, "403", "Writes (or file ingest) are off on this server, or the file lies outside "
                    + "the ingest directory");
            error(responses, "413", "The body is too large");
        }
        error(responses, "500", "The server failed; its log has the details");
        return op;
    }

    private void error(ObjectNode responses, String status, String description) {
        ObjectNode response = responses.putObject(status);
        response.put("description", description);
        response.putObject("content").putObject("application/json").putObject("schema")
                .put("$ref", "#/components/schemas/Error");
    }

    private ObjectNode parameterSchema(ApiParameter p) {
        ObjectNode s = json.createObjectNode();
        switch (p.kind()) {
            case TEXT -> s.put("type", "string").put("pattern", "^" + p.pattern() + "$");
            case DATE -> s.put("type", "string").put("format", "date");
            case BOOLEAN -> s.put("type", "boolean");
            case INTEGER -> {
                s.put("type", "integer").put("format", "int64").put("minimum", p.minimum()).put("maximum", p.maximum());
                if (p.defaultValue() != null) {
                    s.put("default", Long.parseLong(p.defaultValue()));
                }
            }
            case CHOICE -> {
                s.put("type", "string");
                p.choices().forEach(s.putArray("enum")::add);
            }
            case LIST -> {
                s.put("type", "array").put("maxItems", p.maxItems());
                ObjectNode items = s.putObject("items").put("type", "string");
                if (p.choices().isEmpty()) {
                    items.put("pattern", "^" + p.pattern() + "$");
                } else {
                    p.choices().forEach(items.putArray("enum")::add);
                }
            }
        }
        if (p.defaultValue() != null && p.kind() != ApiParameter.Kind.INTEGER) {
            if (p.kind() == ApiParameter.Kind.BOOLEAN) {
                s.put("default", Boolean.parseBoolean(p.defaultValue()));
            } else if (p.kind() == ApiParameter.Kind.LIST) {
                s.putArray("default").add(p.defaultValue());
            } else {
                s.put("default", p.defaultValue());
            }
        }
        return s;
    }

    /** The schema of a Java type as Jackson writes it; records become named components. */
    private ObjectNode schema(Type type) {
        ObjectNode s = json.createObjectNode();
        if (type instanceof JavaType javaType) {
            if (javaType.isCollectionLikeType() || javaType.isArrayType()) {
                s.put("type", "array").set("items", schema(javaType.getContentType()));
                return s;
            }
            return schema(javaType.getRawClass());
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] args = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                s.put("type", "array").set("items", schema(args[0]));
                return s;
            }
            if (Map.class.isAssignableFrom(raw)) {
                s.put("type", "object").set("additionalProperties", schema(args[1]));
                return s;
            }
            return schema(raw);
        }
        if (type instanceof TypeVariable<?>) {
            s.put("description", "one of the types the route's description names");
            return s;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class || c == Path.class) {
            s.put("type", "string");
        } else if (c == LocalDate.class) {
            s.put("type", "string").put("format", "date");
        } else if (c == LocalDateTime.class) {
            s.put("type", "string").put("format", "date-time");
        } else if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            s.put("type", "integer").put("format", "int32");
        } else if (c == long.class || c == Long.class) {
            s.put("type", "integer").put("format", "int64");
        } else if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            s.put("type", "number");
        } else if (c == boolean.class || c == Boolean.class) {
            s.put("type", "boolean");
        } else if (c.isEnum()) {
            s.put("type", "string");
            ArrayNode values = s.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
        } else if (c.isRecord()) {
            String name = componentName(c);
            if (!schemas.has(name)) {
                ObjectNode record = json.createObjectNode().put("type", "object");
                schemas.set(name, record);
                ObjectNode properties = record.putObject("properties");
                for (RecordComponent component : c.getRecordComponents()) {
                    properties.set(SNAKE_CASE.translate(component.getName()), schema(component.getGenericType()));
                }
            }
            s.put("$ref", "#/components/schemas/" + name);
        } else if (Collection.class.isAssignableFrom(c)) {
            s.put("type", "array").putObject("items");
        } else {
            s.put("type", "object");
        }
        return s;
    }

    /** "SayDo.Result" for org.touchstone.analysis.SayDo$Result. */
    private static String componentName(Class<?> c) {
        return c.getName().substring(c.getPackageName().length() + 1).replace('$', '.');
    }

    private ObjectNode errorSchema() {
        ObjectNode error = json.createObjectNode().put("type", "object");
        ObjectNode properties = error.putObject("properties");
        properties.putObject("status").put("type", "integer");
        properties.putObject("error").put("type", "string");
        properties.putObject("message").put("type", "string");
        error.putArray("required").add("status").add("error").add("message");
        return error;
    }
}
