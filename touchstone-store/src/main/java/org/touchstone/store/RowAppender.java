package org.touchstone.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.duckdb.DuckDBAppender;
import org.touchstone.core.Actor;
import org.touchstone.core.Document;
import org.touchstone.core.Event;
import org.touchstone.core.Geo;
import org.touchstone.core.Mention;
import org.touchstone.core.Provenance;
import org.touchstone.core.Statement;

/**
 * Writes records as rows of the store's tables through DuckDB's appender, column by column in the
 * order schema.sql declares them. Null-safe: an absent value becomes SQL NULL.
 */
final class RowAppender {
    static final String LIST_SEPARATOR = " | ";

    private final DuckDBAppender appender;

    RowAppender(DuckDBAppender appender) {
        this.appender = appender;
    }

    /** One row of the events table. {@code fileId} is null for events that came from text. */
    void appendEvent(Event e, Long fileId) throws SQLException {
        appender.beginRow();
        text(e.dataset());
        text(e.eventId());
        date(e.date());
        actor(e.source());
        actor(e.target());
        text(e.code());
        text(e.rootCode());
        appender.append((byte) e.quadClass().number());
        number(e.goldstein());
        appender.append(e.isVerbal());
        number(e.mentions());
        number(e.sources());
        number(e.articles());
        number(e.tone());
        Geo geo = e.geo();
        text(geo.name());
        text(geo.countryCode());
        number(geo.latitude());
        number(geo.longitude());
        text(e.url());
        Provenance p = e.provenance();
        number(fileId);
        number(p == null ? null : p.line());
        text(p == null ? null : p.docId());
        number(p == null ? null : p.sentenceIndex());
        number(p == null ? null : p.spanStart());
        number(p == null ? null : p.spanEnd());
        text(p == null ? null : joined(p.dictionaryEntries()));
        appender.endRow();
    }

    /** One row of the mentions table. */
    void appendMention(Mention m, Long fileId) throws SQLException {
        appender.beginRow();
        text(m.dataset());
        text(m.eventId());
        timestamp(m.eventTime());
        timestamp(m.mentionTime());
        appender.append((byte) m.mentionType());
        text(m.sourceName());
        text(m.identifier());
        number(m.sentenceId());
        number(m.actor1Offset());
        number(m.actor2Offset());
        number(m.actionOffset());
        appender.append(m.inRawText());
        number(m.confidence());
        number(m.documentLength());
        number(m.tone());
        number(fileId);
        number(m.provenance() == null ? null : m.provenance().line());
        appender.endRow();
    }

    /** One row of the documents table. */
    void appendDocument(Document d, Long fileId) throws SQLException {
        appender.beginRow();
        text(d.id());
        date(d.date());
        text(d.provider());
        text(d.providerCountry());
        text(d.url());
        text(d.title());
        text(d.venue());
        text(d.text());
        number(fileId);
        appender.endRow();
    }

    /** One row of the statements table. */
    void appendStatement(Statement s) throws SQLException {
        appender.beginRow();
        text(s.docId());
        appender.append(s.sentenceIndex());
        appender.append(s.statementIndex());
        date(s.date());
        text(s.speaker());
        text(joined(s.targets()));
        appender.append(s.named());
        text(s.code());
        number(s.goldstein());
        text(s.audience().code());
        text(s.quote());
        Provenance p = s.provenance();
        number(p == null ? null : p.spanStart());
        number(p == null ? null : p.spanEnd());
        text(p == null ? null : joined(p.dictionaryEntries()));
        appender.endRow();
    }

    private void actor(Actor a) throws SQLException {
        text(a.code());
        text(a.name());
        text(a.country());
        text(a.sector());
    }

    private void text(String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    private void date(LocalDate value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    private void timestamp(LocalDateTime value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    private void number(Number value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else if (value instanceof Integer i) {
            appender.append(i.intValue());
        } else if (value instanceof Long l) {
            appender.append(l.longValue());
        } else {
            appender.append(value.doubleValue());
        }
    }

    static String joined(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(LIST_SEPARATOR, values);
    }
}
