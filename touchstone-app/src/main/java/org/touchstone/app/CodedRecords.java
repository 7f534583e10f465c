package org.touchstone.app;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.touchstone.core.Actor;
import org.touchstone.core.CameoCodes;
import org.touchstone.core.Document;
import org.touchstone.core.Event;
import org.touchstone.core.Provenance;
import org.touchstone.core.Statement;
import org.touchstone.core.cameo.CameoCode;
import org.touchstone.core.cameo.CameoCodebook;

/**
 * The shapes in which {@code touchstone code} writes what it found: JSON lines (events and
 * statements, documented in docs/OUTPUT.md), CSV rows, GDELT 2.0 event rows (61 tab-separated
 * columns, so GDELT tools and Touchstone's own GDELT reader can take them), and PLOVER events.
 */
final class CodedRecords {
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    static final List<String> CSV_COLUMNS = List.of("event_id", "doc_id", "sentence_index", "date", "source",
            "target", "code", "root", "quad_class", "goldstein", "span_start", "span_end", "dictionary_entries");

    private CodedRecords() {
    }

    static Map<String, Object> event(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        Provenance p = e.provenance();
        m.put("kind", "event");
        m.put("event_id", e.eventId());
        m.put("doc_id", p.docId());
        m.put("sentence_index", p.sentenceIndex());
        m.put("date", e.date().toString());
        m.put("source", e.source().code());
        m.put("source_name", e.source().name());
        m.put("target", e.target().code());
        m.put("target_name", e.target().name());
        m.put("code", e.code());
        m.put("root", e.rootCode());
        m.put("quad_class", e.quadClass().number());
        m.put("goldstein", e.goldstein());
        m.put("span", span(p));
        m.put("dictionary_entries", p.dictionaryEntries());
        return m;
    }

    static Map<String, Object> statement(Statement s) {
        Map<String, Object> m = new LinkedHashMap<>();
        Provenance p = s.provenance();
        m.put("kind", "statement");
        m.put("doc_id", s.docId());
        m.put("sentence_index", s.sentenceIndex());
        m.put("statement_index", s.statementIndex());
        m.put("date", s.date().toString());
        m.put("speaker", s.speaker());
        m.put("targets", s.targets());
        m.put("named", s.named());
        m.put("code", s.code());
        m.put("goldstein", s.goldstein());
        m.put("audience", s.audience().code());
        m.put("quote", s.quote());
        m.put("span", span(p));
        m.put("dictionary_entries", p == null ? List.of() : p.dictionaryEntries());
        return m;
    }

    private static List<Integer> span(Provenance p) {
        return p == null || p.spanStart() == null ? null : List.of(p.spanStart(), p.spanEnd());
    }

    static List<Object> csvRow(Event e) {
        Provenance p = e.provenance();
        return java.util.Arrays.asList(e.eventId(), p.docId(), p.sentenceIndex(), e.date(), e.source().code(),
                e.target().code(), e.code(), e.rootCode(), e.quadClass().number(), e.goldstein(), p.spanStart(),
                p.spanEnd(), String.join(" | ", p.dictionaryEntries()));
    }

    /** A GDELT 2.0 event row: what Touchstone knows in GDELT's columns, the rest left empty. */
    static String gdeltRow(Event e, Document doc) {
        String[] f = new String[61];
        java.util.Arrays.fill(f, "");
        LocalDate d = e.date();
        f[0] = Long.toString(numericId(e.eventId()));
        f[1] = d.format(BASIC);
        f[2] = f[1].substring(0, 6);
        f[3] = Integer.toString(d.getYear());
        f[4] = String.format(java.util.Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0);
        actor(f, 5, e.source());
        actor(f, 15, e.target());
        Provenance p = e.provenance();
        f[25] = p.sentenceIndex() != null && p.sentenceIndex() == 0 ? "1" : "0";
        f[26] = e.code();
        f[27] = e.code().length() > 3 ? e.code().substring(0, 3) : e.code();
        f[28] = CameoCodes.rootOf(e.code());
        f[29] = Integer.toString(e.quadClass().number());
        f[30] = e.goldstein() == null ? "" : e.goldstein().toString();
        f[31] = "1";
        f[32] = "1";
        f[33] = "1";
        f[59] = doc.date().format(BASIC) + "000000";
        f[60] = doc.url() != null ? doc.url() : doc.id();
        return String.join("\t", f);
    }

    private static void actor(String[] f, int at, Actor a) {
        f[at] = nullToEmpty(a.code());
        f[at + 1] = nullToEmpty(a.name()).toUpperCase(java.util.Locale.ROOT).replace('\t', ' ');
        f[at + 2] = nullToEmpty(a.country());
        f[at + 7] = nullToEmpty(a.sector());
    }

    /** GDELT ids are numbers: a stable positive 63-bit hash of Touchstone's event id. */
    static long numericId(String eventId) {
        long h = 1125899906842597L;
        for (int i = 0; i < eventId.length(); i++) {
            h = 31 * h + eventId.charAt(i);
        }
        return h & Long.MAX_VALUE;
    }

    /** A PLOVER event, or null where PLOVER drops the CAMEO code. */
    static Map<String, Object> plover(Event e) {
        CameoCode code = CameoCodebook.standard().find(e.code()).orElse(null);
        if (code == null || code.ploverCategory() == null || code.ploverCategory().isEmpty()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.eventId());
        m.put("date", e.date().toString());
        m.put("actor1", e.source().code());
        m.put("actor1_country", e.source().country());
        m.put("actor2", e.target().code());
        m.put("actor2_country", e.target().country());
        m.put("event", code.ploverCategory());
        m.put("mode", code.ploverMode());
        m.put("context", new ArrayList<>(code.ploverContexts()));
        m.put("cameo", e.code());
        m.put("doc_id", e.provenance().docId());
        m.put("sentence_index", e.provenance().sentenceIndex());
        return m;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
