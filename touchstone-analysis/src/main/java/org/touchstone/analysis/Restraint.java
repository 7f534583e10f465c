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

/**
 * How restrained is A's criticism? The question behind {@code touchstone restraint A}: of A's
 * critical statements (roots 10-13), the share that name their target and the share that only
 * allude to one, by period and by target.
 */
public final class Restraint {
    private static final NamedSql PERIODS = NamedSql.load(Restraint.class, "restraint-periods.sql");
    private static final NamedSql TARGETS = NamedSql.load(Restraint.class, "restraint-targets.sql");
    private static final NamedSql ALLUDED = NamedSql.load(Restraint.class, "restraint-alluded.sql");

    /** Counts of one period (target null) or of one target in one period. */
    public record Share(String period, LocalDate periodStart, String target, long critical, long named, long alluded,
                        double namedShare, double alludedShare) {
    }

    public record Result(String a, String by, List<Share> periods, List<Share> targets,
                         List<StatementRef> alludedStatements) {
    }

    private final Store store;

    public Restraint(Store store) {
        this.store = store;
    }

    public Result run(String a, DateRange range, Period by) {
        Map<String, Object> p = new HashMap<>();
        p.put("a", ActorCodes.requireKnown(store, a, "actor"));
        p.put("from", range.from());
        p.put("to", range.to());
        p.put("period", by.sqlName());
        try {
            List<StatementRef> alluded = new ArrayList<>();
            try (PreparedStatement st = ALLUDED.prepare(store.connection(), p); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    alluded.add(StatementRef.read(rs, ""));
                }
            }
            return new Result((String) p.get("a"), by.sqlName(), shares(PERIODS, p, by, false),
                    shares(TARGETS, p, by, true), alluded);
        } catch (SQLException e) {
            throw new StoreException("restraint query failed: " + e.getMessage(), e);
        }
    }

    private List<Share> shares(NamedSql sql, Map<String, Object> p, Period by, boolean byTarget) throws SQLException {
        List<Share> shares = new ArrayList<>();
        try (PreparedStatement st = sql.prepare(store.connection(), p); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                LocalDate start = rs.getObject("period_start", LocalDate.class);
                long critical = rs.getLong("critical");
                long named = rs.getLong("named");
                long alluded = rs.getLong("alluded");
                shares.add(new Share(by.label(start), start, byTarget ? rs.getString("target") : null, critical, named,
                        alluded, (double) named / critical, (double) alluded / critical));
            }
        }
        return shares;
    }
}
