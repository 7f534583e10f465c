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

    /** How the series is computed beyond the dyad and range. */
    public record Options(Period by, boolean directed, boolean byMentions, int rolling) {
        public Options {
            if (rolling < 0 || rolling > 1_000) {
                throw new IllegalArgumentException("the rolling window must be 0-1000 periods, was " + rolling);
            }
        }

        public static Options of(Period by, boolean directed) {
            return new Options(by, directed, false, 0);
        }
    }

    /**
     * @param a        first actor, a CAMEO code prefix ("USA" matches "USAGOV")
     * @param b        second actor
     * @param directed only events from a to b; otherwise both directions
     */
    public List<DyadPeriod> run(String a, String b, DateRange range, Period by, boolean directed) {
        return run(a, b, range, Options.of(by, directed));
    }

    public List<DyadPeriod> run(String a, String b, DateRange range, Options options) {
        Period by = options.by();
        Map<String, Object> parameters = new HashMap<>();
        String actorA = ActorCodes.require(a, "actor A");
        String actorB = ActorCodes.require(b, "actor B");
        parameters.put("a", actorA);
        parameters.put("a_end", ActorCodes.prefixEnd(actorA));
        parameters.put("b", actorB);
        parameters.put("b_end", ActorCodes.prefixEnd(actorB));
        parameters.put("from", range.from());
        parameters.put("to", range.to());
        parameters.put("period", by.sqlName());
        parameters.put("directed", options.directed());
        parameters.put("by_mentions", options.byMentions());
        List<DyadPeriod> periods = new ArrayList<>();
        try (PreparedStatement st = SQL.prepare(store.connection(), parameters);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                LocalDate start = rs.getObject("period_start", LocalDate.class);
                periods.add(new DyadPeriod(by.label(start), start, rs.getLong("events"),
                        rs.getLong("verbal_cooperation"), rs.getLong("material_cooperation"),
                        rs.getLong("verbal_conflict"), rs.getLong("material_conflict"),
                        nullableDouble(rs, "goldstein_mean"), nullableDouble(rs, "goldstein_sum"),
                        rs.getDouble("net_cooperation"), null, null));
            }
        } catch (SQLException e) {
            throw new StoreException("dyad query failed: " + e.getMessage(), e);
        }
        if (periods.isEmpty()) {
            // Only now is it worth the look-up: an unknown actor is an error, a quiet pair is not.
            ActorCodes.requireKnown(store, actorA, "actor A");
            ActorCodes.requireKnown(store, actorB, "actor B");
        }
        return options.rolling() > 0 ? withRollingMeans(periods, options.rolling()) : periods;
    }

    /** Adds the mean of the last {@code window} periods (fewer at the start) to each period. */
    static List<DyadPeriod> withRollingMeans(List<DyadPeriod> periods, int window) {
        List<DyadPeriod> rolled = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            double net = 0;
            double goldstein = 0;
            int withGoldstein = 0;
            int first = Math.max(0, i - window + 1);
            for (int j = first; j <= i; j++) {
                net += periods.get(j).netCooperation();
                if (periods.get(j).goldsteinMean() != null) {
                    goldstein += periods.get(j).goldsteinMean();
                    withGoldstein++;
                }
            }
            DyadPeriod p = periods.get(i);
            rolled.add(new DyadPeriod(p.period(), p.periodStart(), p.events(), p.verbalCooperation(),
                    p.materialCooperation(), p.verbalConflict(), p.materialConflict(), p.goldsteinMean(),
                    p.goldsteinSum(), p.netCooperation(), withGoldstein == 0 ? null : goldstein / withGoldstein,
                    net / (i - first + 1)));
        }
        return rolled;
    }

    static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
