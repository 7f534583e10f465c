package org.touchstone.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.touchstone.core.DyadDaySql;

/**
 * Keeps the store's {@code dyad_day} table equal to {@link DyadDaySql#DYAD_DAY} over its events.
 * Whatever adds events names the days it touched; those days are deleted from the table and
 * aggregated again from all their events, inside the writer's transaction. Recomputing whole days,
 * rather than adding to rows, makes the table a function of the events alone: the order in which
 * files arrive, or a rerun after a crash, cannot change it.
 *
 * <p>The table is kept sorted by actor codes, so that a question about one pair reads the few row
 * groups holding it. New rows go to the end; once they are more than {@link #UNSORTED_SHARE} of the
 * table (and at least {@link #UNSORTED_MINIMUM} rows), the whole table is rewritten in order —
 * rarely enough that the rewrites cost a small constant factor over the rows ever added.
 */
final class DyadDays {
    static final long UNSORTED_MINIMUM = 100_000;
    static final double UNSORTED_SHARE = 0.125;
    private static final String ORDER = " ORDER BY source_code, target_code, date, dataset, source_country, target_country";
    private static final String TOUCHED = "dyad_day_touched";

    private DyadDays() {
    }

    /**
     * Recomputes the days of {@code touchedDays}, a query giving {@code dataset} and {@code date}
     * columns (duplicates allowed), such as the staged rows of a file.
     */
    static void refresh(Connection connection, String touchedDays) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE " + TOUCHED
                    + " AS SELECT DISTINCT dataset, date FROM (" + touchedDays + ")");
            st.execute("DELETE FROM dyad_day d USING " + TOUCHED + " t WHERE d.dataset = t.dataset AND d.date = t.date");
            long added = st.executeUpdate("INSERT INTO dyad_day BY NAME SELECT * FROM (WITH events AS (SELECT e.* FROM main.events e SEMI JOIN "
                    + TOUCHED + " t ON e.dataset = t.dataset AND e.date = t.date) " + DyadDaySql.DYAD_DAY + ")" + ORDER);
            st.execute("DROP TABLE " + TOUCHED);
            long unsorted = rowsSinceSort(st) + added;
            if (unsorted >= UNSORTED_MINIMUM && unsorted >= UNSORTED_SHARE * count(st)) {
                sort(st);
            } else {
                st.execute("UPDATE dyad_day_layout SET rows_since_sort = " + unsorted);
            }
        }
    }

    /** Builds the table from all events when it is empty but events are not (a store from before it existed). */
    static void rebuildIfMissing(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("INSERT INTO dyad_day_layout SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM dyad_day_layout)");
            try (ResultSet rs = st.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM dyad_day) AND EXISTS (SELECT 1 FROM events)")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return;
                }
            }
            st.execute("INSERT INTO dyad_day BY NAME SELECT * FROM (" + DyadDaySql.DYAD_DAY + ")" + ORDER);
            st.execute("UPDATE dyad_day_layout SET rows_since_sort = 0");
        }
    }

    /** For a store that has no {@code dyad_day} and cannot be written: the same rows as a view of this connection. */
    static void viewIfMissing(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = 'dyad_day'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
            st.execute("CREATE TEMP VIEW dyad_day AS " + DyadDaySql.DYAD_DAY);
        }
    }

    /** Rewrites the table in order (an insert keeps the order of its query). */
    private static void sort(Statement st) throws SQLException {
        st.execute("CREATE OR REPLACE TEMP TABLE dyad_day_sorted AS SELECT * FROM dyad_day" + ORDER);
        st.execute("DELETE FROM dyad_day");
        st.execute("INSERT INTO dyad_day SELECT * FROM dyad_day_sorted");
        st.execute("DROP TABLE dyad_day_sorted");
        st.execute("UPDATE dyad_day_layout SET rows_since_sort = 0");
    }

    private static long rowsSinceSort(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT rows_since_sort FROM dyad_day_layout")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static long count(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM dyad_day")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
