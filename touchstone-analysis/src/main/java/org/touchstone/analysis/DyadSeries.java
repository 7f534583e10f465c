package org.touchstone.analysis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.touchstone.store.NamedSql;
import org.touchstone.store.Store;
import org.touchstone.store.StoreException;

/** How two actors relate over time: the question behind {@code touchstone dyad}. */
public final class DyadSeries {
    private static final NamedSql SQL = NamedSql.load(DyadSeries.class, "dyad.sql");

    private final Store store;

    public DyadSeries(Store store) {
        this.store = store;
    }

    /**
     * @param a        first actor, a CAMEO code prefix ("USA" matches "USAGOV")
     * @param b        second actor
     * @param directed only events from a to b; otherwise both directions
     */
    public List<DyadPeriod> run(String a, String b, DateRange range, Period by, boolean directed) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("a", ActorCodes.requireKnown(store, a, "actor A"));
        parameters.put("b", ActorCodes.requireKnown(store, b, "actor B"));
        parameters.put("from", range.from());
        parameters.put("to", range.to());
        parameters.put("period", by.sqlName());
        parameters.put("directed", directed);
        List<DyadPeriod> periods = new ArrayList<>();
        try (PreparedStatement st = SQL.prepare(store.connection(), parameters);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                LocalDate start = rs.getObject("period_start", LocalDate.class);
                periods.add(new DyadPeriod(by.label(start), start, rs.getLong("events"),
                        rs.getLong("verbal_cooperation"), rs.getLong("material_cooperation"),
                        rs.getLong("verbal_conflict"), rs.getLong("material_conflict"),
                        nullableDouble(rs, "goldstein_mean"), nullableDouble(rs, "goldstein_sum"),
                        rs.getDouble("net_cooperation")));
            }
        } catch (SQLException e) {
            throw new StoreException("dyad query failed: " + e.getMessage(), e);
        }
        return periods;
    }

    static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
