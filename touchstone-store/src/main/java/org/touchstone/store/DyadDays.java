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
 */
final class DyadDays {
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
            st.execute("INSERT INTO dyad_day BY NAME WITH events AS (SELECT e.* FROM main.events e SEMI JOIN "
                    + TOUCHED + " t ON e.dataset = t.dataset AND e.date = t.date) " + DyadDaySql.DYAD_DAY);
            st.execute("DROP TABLE " + TOUCHED);
        }
    }

    /** Builds the table from all events when it is empty but events are not (a store from before it existed). */
    static void rebuildIfMissing(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM dyad_day) AND EXISTS (SELECT 1 FROM events)")) {
            rs.next();
            if (rs.getBoolean(1)) {
                st.execute("INSERT INTO dyad_day BY NAME " + DyadDaySql.DYAD_DAY);
            }
        }
    }
}
