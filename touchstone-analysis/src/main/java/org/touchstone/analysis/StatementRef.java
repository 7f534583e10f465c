package org.touchstone.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** A statement named as evidence, with the document it comes from. */
public record StatementRef(String docId, int sentenceIndex, LocalDate date, String speaker, String code,
                           Double goldstein, String audience, String quote, String provider, String url) {

    /** Reads the columns named {@code prefix + doc_id}, {@code prefix + date}, ... */
    static StatementRef read(ResultSet rs, String prefix) throws SQLException {
        return new StatementRef(rs.getString(prefix + "doc_id"), rs.getInt(prefix + "sentence_index"),
                rs.getObject(prefix + "date", LocalDate.class), rs.getString(prefix + "speaker"),
                rs.getString(prefix + "code"), DyadSeries.nullableDouble(rs, prefix + "goldstein"),
                rs.getString(prefix + "audience"), rs.getString(prefix + "quote"),
                rs.getString(prefix + "provider"), rs.getString(prefix + "url"));
    }
}
