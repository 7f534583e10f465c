package org.touchstone.spark;

import java.time.LocalDate;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.touchstone.core.Actor;
import org.touchstone.core.Document;
import org.touchstone.core.Event;
import org.touchstone.core.Geo;
import org.touchstone.core.Mention;
import org.touchstone.core.Provenance;
import org.touchstone.core.Statement;

/**
 * Records as rows of the store's tables ({@link StoreSchema}), value for value as the store's own
 * appender writes them, so that the Spark path and local ingest or coding give equal rows.
 */
final class StoreRows {
    /** How the store joins lists into one text column. */
    static final String LIST_SEPARATOR = " | ";

    private StoreRows() {
    }

    /** A row of the events table; {@code fileId} is null for events coded from text. */
    static Row event(Event e, Long fileId) {
        Actor s = e.source();
        Actor t = e.target();
        Geo geo = e.geo();
        Provenance p = e.provenance();
        return RowFactory.create(
                e.dataset(), e.eventId(), e.date(),
                s.code(), s.name(), s.country(), s.sector(),
                t.code(), t.name(), t.country(), t.sector(),
                e.code(), e.rootCode(), (byte) e.quadClass().number(), e.goldstein(), e.isVerbal(),
                e.mentions(), e.sources(), e.articles(), e.tone(),
                geo.name(), geo.countryCode(), geo.latitude(), geo.longitude(), e.url(),
                fileId,
                p == null ? null : p.line(),
                p == null ? null : p.docId(),
                p == null ? null : p.sentenceIndex(),
                p == null ? null : p.spanStart(),
                p == null ? null : p.spanEnd(),
                p == null ? null : joined(p.dictionaryEntries()));
    }

    /** A row of the mentions table. */
    static Row mention(Mention m, Long fileId) {
        return RowFactory.create(
                m.dataset(), m.eventId(), m.eventTime(), m.mentionTime(), (byte) m.mentionType(),
                m.sourceName(), m.identifier(), m.sentenceId(), m.actor1Offset(), m.actor2Offset(),
                m.actionOffset(), m.inRawText(), m.confidence(), m.documentLength(), m.tone(),
                fileId, m.provenance() == null ? null : m.provenance().line());
    }

    /** A row of the documents table; coded documents have no file id, as in the store. */
    static Row document(Document d) {
        return RowFactory.create(d.id(), d.date(), d.provider(), d.providerCountry(), d.url(), d.title(),
                d.venue(), d.text(), null);
    }

    /** The document of a documents row, as the reader made it. */
    static Document document(Row r) {
        return new Document(r.getString(0), localDate(r.get(1)), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), r.getString(7), r.getString(6));
    }

    /** Spark hands dates out as java.sql.Date unless its Java 8 time API is switched on. */
    static LocalDate localDate(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    /** A row of the statements table. */
    static Row statement(Statement st) {
        Provenance p = st.provenance();
        return RowFactory.create(
                st.docId(), st.sentenceIndex(), st.statementIndex(), st.date(), st.speaker(),
                joined(st.targets()), st.named(), st.code(), st.goldstein(), st.audience().code(), st.quote(),
                p == null ? null : p.spanStart(),
                p == null ? null : p.spanEnd(),
                p == null ? null : joined(p.dictionaryEntries()));
    }

    /** A row of the rejected_rows table. */
    static Row rejected(long fileId, long line, String reason, String raw) {
        return RowFactory.create(fileId, line, reason, raw);
    }

    static String joined(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(LIST_SEPARATOR, values);
    }
}
