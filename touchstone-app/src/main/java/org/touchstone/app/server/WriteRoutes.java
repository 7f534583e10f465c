package org.touchstone.app.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.touchstone.coder.CodedDocument;
import org.touchstone.core.Document;
import org.touchstone.core.Event;
import org.touchstone.core.Statement;
import org.touchstone.store.EventWriter;
import org.touchstone.store.IngestListener;
import org.touchstone.store.IngestReport;
import org.touchstone.store.Ingester;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;

/**
 * The routes that change the store: a document to code and store (POST /api/documents, JSON or
 * plain text) and a file to ingest from the allowed directory (POST /api/ingest). Both need the
 * bearer token; without a configured token they are refused.
 */
final class WriteRoutes {
    /** Most documents one request may carry; more go in several requests. */
    static final int MAX_DOCUMENTS = 100;
    private static final String ID_PATTERN = "[\\p{L}\\p{N}._:/#-]{1,200}";
    private static final String LINE_PATTERN = "[^\\p{Cntrl}]{1,500}";

    /** A document as a client sends it; fields as in the project's JSONL documents. */
    public record DocumentUpload(String id, LocalDate date, String provider, String providerCountry, String url,
                                 String title, String venue, String text) {
    }

    /** What POST /api/documents answers: what the coder found in each document, and what was new to the store. */
    public record CodingAnswer(List<CodedDocument> documents, EventWriter.Added stored) {
    }

    /** The body of POST /api/ingest: a file, relative to the server's ingest directory. */
    public record IngestRequest(String path) {
    }

    /** What POST /api/ingest answers (the counts of {@code touchstone ingest --json}). */
    public record IngestAnswer(String path, String dataset, String format, boolean alreadyIngested, long read,
                               long stored, long duplicate, long rejected) {
    }

    /** A write route and its handler. */
    record Endpoint(ApiRoute route, Handler handler) {
    }

    static final ApiRoute DOCUMENTS = new ApiRoute("POST", "/api/documents", "documents",
            "Code documents and store them with their events and statements",
            "The body is one document as JSON ({id, date, text, provider, provider_country, url, title, venue}), "
                    + "an array of them or {documents: [...]} (at most " + MAX_DOCUMENTS + "), or the text itself "
                    + "as text/plain with the other fields as query parameters. date and text are required; an id "
                    + "is made from the date and text when none is given, so sending a document twice adds nothing. "
                    + "Needs the bearer token. 201 when something was stored, 200 when all of it was there already.",
            List.of(ApiParameter.text("id", ID_PATTERN, "text/plain only: the document's id."),
                    ApiParameter.date("date", "text/plain only: the publication date (YYYY-MM-DD), required there."),
                    ApiParameter.text("provider", LINE_PATTERN, "text/plain only: who published it."),
                    ApiParameter.text("provider_country", ApiParameter.ACTOR_PATTERN,
                            "text/plain only: the provider's country code."),
                    ApiParameter.text("url", LINE_PATTERN, "text/plain only: the document's URL."),
                    ApiParameter.text("title", LINE_PATTERN, "text/plain only: its title."),
                    ApiParameter.text("venue", "[a-z_]{1,50}", "text/plain only: where its main statement was made.")),
            CodingAnswer.class, DocumentUpload.class, true, true);

    static final ApiRoute INGEST = new ApiRoute("POST", "/api/ingest", "ingest",
            "Ingest a dataset file from the server's ingest directory",
            "The body is {\"path\": \"FILE\"}, a file inside the directory the server was started with "
                    + "(--ingest-dir); 403 without one. Ingesting a file twice adds nothing. Needs the bearer token.",
            List.of(), IngestAnswer.class, IngestRequest.class, false, true);

    private final StorePool pool;
    private final BearerToken token;
    private final Path ingestDir;
    private final DocumentCoding coding;
    private final ObjectMapper json;

    WriteRoutes(StorePool pool, BearerToken token, Path ingestDir, DocumentCoding coding, ObjectMapper json) {
        this.pool = pool;
        this.token = token;
        this.ingestDir = ingestDir;
        this.coding = coding;
        this.json = json;
    }

    List<Endpoint> all() {
        return List.of(new Endpoint(DOCUMENTS, this::documents), new Endpoint(INGEST, this::ingest));
    }

    private void documents(Context ctx) throws Exception {
        token.require(ctx);
        ApiRequest query = new ApiRequest(DOCUMENTS, ctx.queryParamMap());
        List<Document> documents;
        if (isJson(ctx)) {
            documents = fromJson(ctx);
        } else if (isText(ctx)) {
            documents = List.of(fromText(ctx, query));
        } else {
            throw new HttpResponseException(415, "send the document as application/json or its text as text/plain");
        }
        List<CodedDocument> coded = coding.code(documents);
        List<Event> events = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        coded.forEach(c -> {
            events.addAll(c.events());
            statements.addAll(c.statements());
        });
        EventWriter.Added added = pool.write(store -> new EventWriter(store).add(documents, events, statements));
        respond(ctx, added.documents() + added.events() + added.statements() > 0 ? 201 : 200,
                new CodingAnswer(coded, added));
    }

    private List<Document> fromJson(Context ctx) throws IOException {
        JsonNode body = json.readTree(ctx.bodyAsBytes());
        JsonNode list = body != null && body.isObject() && body.has("documents") ? body.get("documents") : body;
        List<JsonNode> nodes = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.forEach(nodes::add);
        } else if (list != null && list.isObject()) {
            nodes.add(list);
        } else {
            throw ApiRequest.badRequest("the body must be a document, an array of documents or {\"documents\": [...]}");
        }
        if (nodes.isEmpty() || nodes.size() > MAX_DOCUMENTS) {
            throw ApiRequest.badRequest("send 1-" + MAX_DOCUMENTS + " documents, not " + nodes.size());
        }
        List<Document> documents = new ArrayList<>();
        for (JsonNode node : nodes) {
            if (!node.isObject()) {
                throw ApiRequest.badRequest("each document must be a JSON object");
            }
            documents.add(document(json.treeToValue(node, DocumentUpload.class), documents.size()));
        }
        return documents;
    }

    private Document fromText(Context ctx, ApiRequest query) {
        if (query.date("date") == null) {
            throw ApiRequest.badRequest("a text/plain document needs its date: ?date=YYYY-MM-DD");
        }
        return document(new DocumentUpload(query.text("id"), query.date("date"), query.text("provider"),
                query.code("provider_country"), query.text("url"), query.text("title"), query.text("venue"),
                ctx.body()), 0);
    }

    /** Checks an upload the way the query parameters of text/plain are checked, and makes it a Document. */
    private static Document document(DocumentUpload u, int index) {
        String where = "document " + (index + 1) + ": ";
        if (u.date() == null) {
            throw ApiRequest.badRequest(where + "date is required (YYYY-MM-DD)");
        }
        if (u.text() == null || u.text().isBlank()) {
            throw ApiRequest.badRequest(where + "text is required and may not be blank");
        }
        check(where, "id", u.id(), ID_PATTERN);
        check(where, "provider", u.provider(), LINE_PATTERN);
        check(where, "provider_country", u.providerCountry(), ApiParameter.ACTOR_PATTERN);
        check(where, "url", u.url(), LINE_PATTERN);
        check(where, "title", u.title(), LINE_PATTERN);
        check(where, "venue", u.venue(), "[a-z_]{1,50}");
        String id = u.id() != null ? u.id() : "api-" + digest(u.date() + "\n" + u.text()).substring(0, 16);
        return new Document(id, u.date(), u.provider(),
                u.providerCountry() == null ? null : u.providerCountry().toUpperCase(Locale.ROOT), u.url(), u.title(),
                u.text(), u.venue());
    }

    private static void check(String where, String field, String value, String pattern) {
        if (value != null && !value.matches(pattern)) {
            throw ApiRequest.badRequest(where + field + " '" + ApiRequest.shorten(value) + "' is not valid");
        }
    }

    private void ingest(Context ctx) throws Exception {
        token.require(ctx);
        new ApiRequest(INGEST, ctx.queryParamMap());
        if (ingestDir == null) {
            throw new HttpResponseException(403, "file ingest is off: start the server with --ingest-dir DIR");
        }
        if (!isJson(ctx)) {
            throw ApiRequest.badRequest("send {\"path\": \"FILE\"} as application/json");
        }
        IngestRequest request = json.readValue(ctx.bodyAsBytes(), IngestRequest.class);
        if (request == null || request.path() == null || request.path().isBlank()) {
            throw ApiRequest.badRequest("give the file to ingest: {\"path\": \"FILE\"}");
        }
        Path file = allowedFile(request.path());
        IngestReport report = pool.write(store -> new Ingester(store, IngestListener.SILENT).ingest(file));
        Path root = ingestDir.toRealPath();
        respond(ctx, report.stored() > 0 ? 201 : 200, new IngestAnswer(root.relativize(file).toString(),
                report.dataset(), report.format(), report.alreadyIngested(), report.read(), report.stored(),
                report.duplicate(), report.rejected()));
    }

    /**
     * The file a client named, if it lies inside the ingest directory once every "..", link and
     * symbolic link is resolved; a 403 when it lies outside, a 404 when there is no such file.
     */
    private Path allowedFile(String asked) throws IOException {
        if (asked.indexOf('\0') >= 0) {
            throw ApiRequest.badRequest("the path has a NUL character");
        }
        Path root = ingestDir.toRealPath();
        Path file;
        try {
            file = root.resolve(asked).normalize().toRealPath();
        } catch (NoSuchFileException | java.nio.file.InvalidPathException e) {
            throw new HttpResponseException(404, "no file '" + ApiRequest.shorten(asked) + "' in the ingest directory");
        }
        if (!file.startsWith(root)) {
            throw new HttpResponseException(403, "'" + ApiRequest.shorten(asked) + "' lies outside the ingest directory");
        }
        if (!Files.isRegularFile(file)) {
            throw ApiRequest.badRequest("'" + ApiRequest.shorten(asked) + "' is not a file");
        }
        return file;
    }

    private void respond(Context ctx, int status, Object answer) throws IOException {
        ctx.status(status).contentType("application/json; charset=utf-8").result(json.writeValueAsBytes(answer));
    }

    private static boolean isJson(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
    }

    private static boolean isText(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/plain");
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
