package org.touchstone.store;

import java.util.Collection;
import java.util.List;

import org.duckdb.DuckDBAppender;
import org.touchstone.core.Document;
import org.touchstone.core.Event;
import org.touchstone.core.Statement;

/**
 * Adds records that did not come from a dataset file — documents coded from text with their events
 * and statements, or tables built by hand in a test or a notebook — in one transaction. A record
 * whose key is stored already (a document's id, an event's dataset and id, a statement's document,
 * sentence and index) is skipped, so coding the same documents twice adds nothing.
 */
public final class EventWriter {
    private final Store store;

    /** How many of each were new. */
    public record Added(long documents, long events, long statements) {
    }

    public EventWriter(Store store) {
        this.store = store;
    }

    /** Returns how many of the events were new. */
    public long add(Collection<Event> events) {
        return add(List.of(), events, List.of()).events();
    }

    public Added add(Collection<Document> documents, Collection<Event> events, Collection<Statement> statements) {
        return store.inTransaction(connection -> {
            StagingTable stagedDocuments = new StagingTable(connection, StoreTable.DOCUMENTS);
            StagingTable stagedEvents = new StagingTable(connection, StoreTable.EVENTS);
            StagingTable stagedStatements = new StagingTable(connection, StoreTable.STATEMENTS);
            try (DuckDBAppender d = stagedDocuments.appender();
                 DuckDBAppender e = stagedEvents.appender();
                 DuckDBAppender s = stagedStatements.appender()) {
                RowAppender documentRows = new RowAppender(d);
                for (Document document : documents) {
                    documentRows.appendDocument(document, null);
                }
                RowAppender eventRows = new RowAppender(e);
                for (Event event : events) {
                    eventRows.appendEvent(event, null);
                }
                RowAppender statementRows = new RowAppender(s);
                for (Statement statement : statements) {
                    statementRows.appendStatement(statement);
                }
            }
            return new Added(stagedDocuments.moveNewRows(), stagedEvents.moveNewRows(), stagedStatements.moveNewRows());
        });
    }
}
