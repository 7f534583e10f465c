package org.touchstone.analysis;

import java.time.LocalDate;
import java.util.List;

import org.touchstone.core.Actor;
import org.touchstone.core.Audience;
import org.touchstone.core.Event;
import org.touchstone.core.QuadClass;
import org.touchstone.core.Statement;

/** Short ways to write the rows of hand-built event and statement tables. */
final class HandBuilt {
    private HandBuilt() {
    }

    static Event event(String id, String date, String source, String target, String code, double goldstein) {
        return new Event("touchstone", id, LocalDate.parse(date), new Actor(source, null, null, null),
                new Actor(target, null, null, null), code, QuadClass.ofCode(code), goldstein,
                null, null, null, null, null, null, null);
    }

    static Statement statement(String doc, String date, String speaker, List<String> targets, boolean named,
                               String code, double goldstein, Audience audience) {
        return new Statement(doc, 0, 0, LocalDate.parse(date), speaker, targets, named, code, goldstein, audience,
                "quote of " + doc, null);
    }
}
