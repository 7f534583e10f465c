package org.touchstone.analysis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.touchstone.store.NamedSql;
import org.touchstone.store.Store;
import org.touchstone.store.StoreException;
import org.touchstone.store.StoreTable;

/** What a store holds: the question behind {@code touchstone stats}. */
public final class StoreStats {
    private static final NamedSql DATASETS = NamedSql.load(StoreStats.class, "stats-datasets.sql");
    private static final NamedSql DYADS = NamedSql.load(StoreStats.class, "stats-dyads.sql");

    public record DatasetRows(String dataset, long events, LocalDate firstDate, LocalDate lastDate) {
    }

    public record TopDyad(String sourceCountry, String targetCountry, long events, Double goldsteinMean) {
    }

    /** Everything {@code stats} reports. {@code tables} gives the row count of every store table. */
    public record Summary(Map<String, Long> tables, List<DatasetRows> datasets, LocalDate firstDate,
                          LocalDate lastDate, List<TopDyad> topDyads) {
    }

    private final Store store;

    public StoreStats(Store store) {
        this.store = store;
    }

    public Summary run(int topDyads) {
        if (topDyads < 1 || topDyads > 1000) {
            throw new IllegalArgumentException("the number of top dyads must be 1-1000, was " + topDyads);
        }
        Map<String, Long> tables = new java.util.LinkedHashMap<>();
        for (StoreTable table : StoreTable.values()) {
            tables.put(table.sqlName(), store.count(table));
        }
        try {
            List<DatasetRows> datasets = new ArrayList<>();
            LocalDate first = null;
            LocalDate last = null;
            try (PreparedStatement st = DATASETS.prepare(store.connection(), Map.of());
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    DatasetRows row = new DatasetRows(rs.getString("dataset"), rs.getLong("events"),
                            rs.getObject("first_date", LocalDate.class), rs.getObject("last_date", LocalDate.class));
                    datasets.add(row);
                    first = first == null || row.firstDate().isBefore(first) ? row.firstDate() : first;
                    last = last == null || row.lastDate().isAfter(last) ? row.lastDate() : last;
                }
            }
            List<TopDyad> dyads = new ArrayList<>();
            try (PreparedStatement st = DYADS.prepare(store.connection(), Map.of("limit", topDyads));
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    dyads.add(new TopDyad(rs.getString("source_country"), rs.getString("target_country"),
                            rs.getLong("events"), DyadSeries.nullableDouble(rs, "goldstein_mean")));
                }
            }
            return new Summary(tables, datasets, first, last, dyads);
        } catch (SQLException e) {
            throw new StoreException("stats query failed: " + e.getMessage(), e);
        }
    }
}
