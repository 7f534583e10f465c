package org.touchstone.analysis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.touchstone.store.NamedSql;
import org.touchstone.store.Store;
import org.touchstone.store.StoreException;

/**
 * Does A speak one way to B and another at home? The question behind {@code touchstone audience A B}:
 * A's statements about B by audience, and episodes of opposite-sign statements to different
 * audiences within a window of days.
 */
public final class Audiences {
    public static final int DEFAULT_DAYS = 30;
    private static final NamedSql GROUPS = NamedSql.load(Audiences.class, "audience-groups.sql");
    private static final NamedSql EPISODES = NamedSql.load(Audiences.class, "audience-episodes.sql");
    private static final NamedSql STATEMENTS = NamedSql.load(Audiences.class, "audience-statements.sql");

    public record AudienceGroup(String audience, long statements, Double meanStance, long positive, long negative) {
    }

    public record Episode(StatementRef first, StatementRef second, long daysApart) {
    }

    public record Result(String a, String b, int days, List<AudienceGroup> byAudience, List<Episode> episodes,
                         List<StatementRef> statements) {
    }

    private final Store store;

    public Audiences(Store store) {
        this.store = store;
    }

    public Result run(String a, String b, DateRange range, int days) {
        if (days < 0 || days > 3_650) {
            throw new IllegalArgumentException("the episode window must be 0-3650 days, was " + days);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("a", ActorCodes.requireKnown(store, a, "actor A"));
        p.put("b", ActorCodes.requireKnown(store, b, "actor B"));
        p.put("from", range.from());
        p.put("to", range.to());
        p.put("days", days);
        try {
            List<AudienceGroup> groups = new ArrayList<>();
            try (PreparedStatement st = GROUPS.prepare(store.connection(), p); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    groups.add(new AudienceGroup(rs.getString("audience"), rs.getLong("statements"),
                            DyadSeries.nullableDouble(rs, "mean_stance"), rs.getLong("positive"), rs.getLong("negative")));
                }
            }
            List<Episode> episodes = new ArrayList<>();
            try (PreparedStatement st = EPISODES.prepare(store.connection(), p); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    episodes.add(new Episode(StatementRef.read(rs, "first_"), StatementRef.read(rs, "second_"),
                            rs.getLong("days_apart")));
                }
            }
            List<StatementRef> statements = new ArrayList<>();
            try (PreparedStatement st = STATEMENTS.prepare(store.connection(), p); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    statements.add(StatementRef.read(rs, ""));
                }
            }
            return new Result((String) p.get("a"), (String) p.get("b"), days, groups, episodes, statements);
        } catch (SQLException e) {
            throw new StoreException("audience query failed: " + e.getMessage(), e);
        }
    }
}
