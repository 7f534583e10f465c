package org.touchstone.store;

import java.util.Collection;

import org.duckdb.DuckDBAppender;
import org.touchstone.core.Event;

/**
 * Adds events that did not come from a dataset file (coded from text, built by hand in a test or a
 * notebook) to the store in one transaction; an event whose dataset and id are stored is skipped.
 */
public final class EventWriter {
    private final Store store;

    public EventWriter(Store store) {
        this.store = store;
    }

    /** Returns how many of the events were new. */
    public long add(Collection<Event> events) {
        return store.inTransaction(connection -> {
            StagingTable staging = new StagingTable(connection, StoreTable.EVENTS);
            try (DuckDBAppender appender = staging.appender()) {
                RowAppender rows = new RowAppender(appender);
                for (Event e : events) {
                    rows.appendEvent(e, null);
                }
            }
            return staging.moveNewRows();
        });
    }
}
