package org.touchstone.app.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.touchstone.core.Actor;
import org.touchstone.core.Audience;
import org.touchstone.core.Document;
import org.touchstone.core.Event;
import org.touchstone.core.QuadClass;
import org.touchstone.core.Statement;
import org.touchstone.store.EventWriter;
import org.touchstone.store.Store;

/**
 * A small store built by hand for the report's tests: events among CHN, RUS and USA in early 2020,
 * and statements with quotes, audiences and providers — one quote carries markup that must be
 * shown as text, one document has a javascript: address that must not become a link.
 */
final class HandBuiltStore {
    static final String HOSTILE_QUOTE = "<script>alert('x')</script> we & they";

    private HandBuiltStore() {
    }

    static Store create(Path file) {
        Store store = Store.open(file);
        List<Statement> statements = statements();
        List<Document> documents = new ArrayList<>();
        for (Statement s : statements) {
            String url = s.docId().equals("d03") ? "javascript:alert(1)" : "https://example.org/doc/" + s.docId();
            documents.add(new Document(s.docId(), s.date(), "provider-" + s.docId(), s.speaker().substring(0, 3), url,
                    "title of " + s.docId(), "text", null));
        }
        new EventWriter(store).add(documents, events(), statements);
        return store;
    }

    /** The same events without any statement: a store as an event dataset gives it. */
    static Store createEventsOnly(Path file) {
        Store store = Store.open(file);
        new EventWriter(store).add(events());
        return store;
    }

    static List<Event> events() {
        return List.of(
                event("e01", "2020-01-05", "USA", "CHN", "040", 1.0),
                event("e02", "2020-01-09", "CHN", "USA", "111", -2.0),
                event("e03", "2020-01-20", "USAGOV", "CHNMIL", "130", -4.4),
                event("e04", "2020-01-25", "USA", "CHN", "172", -5.0),
                event("e05", "2020-02-03", "USA", "CHN", "057", 8.0),
                event("e06", "2020-02-10", "CHN", "USA", "070", 7.0),
                event("e07", "2020-02-15", "USA", "CHN", "163", -8.0),
                event("e08", "2020-03-02", "USA", "CHN", "036", 4.0),
                event("e09", "2020-03-20", "USA", "CHN", "061", 6.4),
                event("e10", "2020-01-12", "CHN", "RUS", "036", 4.0),
                event("e11", "2020-02-12", "RUS", "CHN", "061", 6.4),
                event("e12", "2020-03-12", "CHNGOV", "RUSGOV", "057", 8.0),
                event("e13", "2020-01-30", "RUS", "USA", "172", -5.0),
                event("e14", "2020-02-28", "USA", "RUS", "112", -2.0),
                event("e15", "2020-03-28", "RUS", "USA", "042", 1.9));
    }

    static List<Statement> statements() {
        List<Statement> statements = new ArrayList<>();
        statements.add(statement("d01", "2020-02-07", "CHNGOV", List.of("USAGOV"), true, "051", 3.4, Audience.TARGET,
                "We value our friendship with the United States."));
        statements.add(statement("d02", "2020-02-20", "CHNGOV", List.of("USA"), true, "111", -2.0, Audience.DOMESTIC,
                HOSTILE_QUOTE));
        statements.add(statement("d03", "2020-02-10", "RUSGOV", List.of("USA"), false, "111", -2.0,
                Audience.PRESS_CONFERENCE, "Certain countries think they rule the world."));
        // words about third parties, for like-mindedness of CHN and RUS
        int doc = 10;
        for (String[] s : new String[][] {{"CHN", "GBR", "3.0"}, {"RUS", "GBR", "2.0"}, {"CHN", "FRA", "-2.0"},
                {"RUS", "FRA", "-1.0"}, {"CHN", "DEU", "1.0"}, {"RUS", "DEU", "-1.0"}}) {
            for (int i = 0; i < 3; i++) {
                statements.add(statement("d" + doc++, "2020-03-0" + (i + 1), s[0] + "GOV", List.of(s[1]), true,
                        Double.parseDouble(s[2]) > 0 ? "051" : "111", Double.parseDouble(s[2]), Audience.MULTILATERAL,
                        s[0] + " on " + s[1] + ", remark " + (i + 1)));
            }
        }
        return statements;
    }

    static Event event(String id, String date, String source, String target, String code, double goldstein) {
        return new Event("touchstone", id, LocalDate.parse(date), new Actor(source, null, source.substring(0, 3), null),
                new Actor(target, null, target.substring(0, 3), null), code, QuadClass.ofCode(code), goldstein,
                null, null, null, null, null, "https://example.org/event/" + id, null);
    }

    static Statement statement(String doc, String date, String speaker, List<String> targets, boolean named,
                               String code, double goldstein, Audience audience, String quote) {
        return new Statement(doc, 0, 0, LocalDate.parse(date), speaker, targets, named, code, goldstein, audience,
                quote, null);
    }
}
