package org.touchstone.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.touchstone.store.Store;
import org.touchstone.store.StoreTable;

/**
 * Digests of a store's tables: the row count and a checksum of every row's text in sorted order,
 * ignoring when a file was ingested. Two stores with equal digests hold the same rows, none lost
 * and none twice.
 */
public final class TableDigest {
    private TableDigest() {
    }

    /** The rows of a table as compared, in the database attached as {@code catalog} ("" for the store's own). */
    public static String rows(StoreTable table, String catalog) {
        String name = (catalog.isEmpty() ? "" : catalog + ".main.") + table.sqlName();
        return table == StoreTable.INGESTED_FILES ? "(SELECT * EXCLUDE (ingested_at) FROM " + name + ")" : name;
    }

    public static String of(Store store, StoreTable table) throws SQLException {
        try (Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT " + digestOfRows() + " FROM " + rows(table, "") + " t")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Every table's digest. */
    public static Map<StoreTable, String> all(Store store) throws SQLException {
        Map<StoreTable, String> digests = new EnumMap<>(StoreTable.class);
        for (StoreTable table : StoreTable.values()) {
            digests.put(table, of(store, table));
        }
        return digests;
    }

    /** The digest of each group of a table's rows that share a value of {@code column} (NULLs left out). */
    public static Map<String, String> byColumn(Connection connection, StoreTable table, String column) throws SQLException {
        Map<String, String> digests = new HashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT CAST(" + column + " AS VARCHAR), " + digestOfRows() + " FROM "
                     + rows(table, "") + " t WHERE " + column + " IS NOT NULL GROUP BY 1")) {
            while (rs.next()) {
                digests.put(rs.getString(1), rs.getString(2));
            }
        }
        return digests;
    }

    private static String digestOfRows() {
        return "count(*) || ':' || coalesce(md5(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY CAST(t AS VARCHAR))), '')";
    }
}
