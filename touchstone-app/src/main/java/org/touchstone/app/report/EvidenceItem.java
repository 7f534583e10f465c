package org.touchstone.app.report;

import java.time.LocalDate;

import org.touchstone.analysis.SayDo;
import org.touchstone.analysis.StatementRef;

/**
 * One piece of evidence behind a number: a statement (with its quote) or an event, with where it
 * comes from — document and sentence, provider, URL, or the dataset's own event id.
 *
 * @param statement true for a statement, false for an event
 * @param quote     the words quoted, for a statement; null for an event
 * @param audience  to whom a statement was made; null for an event
 * @param goldstein the Goldstein value of the code; null when unknown
 */
public record EvidenceItem(boolean statement, LocalDate date, String source, String target, String code, Double goldstein,
                           String audience, String quote, String docId, Integer sentenceIndex, String provider,
                           String url, String dataset, String eventId) {

    public static EvidenceItem of(StatementRef s) {
        return new EvidenceItem(true, s.date(), s.speaker(), null, s.code(), s.goldstein(), s.audience(), s.quote(),
                s.docId(), s.sentenceIndex(), s.provider(), s.url(), null, null);
    }

    public static EvidenceItem of(SayDo.EventRef e) {
        return new EvidenceItem(false, e.date(), e.source(), e.target(), e.code(), null, null, null, e.docId(),
                e.sentenceIndex(), null, e.url(), e.dataset(), e.eventId());
    }
}
