package org.touchstone.app.server;

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

/** The actors a store knows, one page at a time: what the dashboard offers to choose from. */
final class ActorDirectory {
    private static final NamedSql ACTORS = NamedSql.load(ActorDirectory.class, "actors.sql");

    /** A three-letter actor code, the name the data gives it, and how often events and statements name it. */
    public record Actor(String code, String name, long mentions) {
    }

    /** One page of actors and how many match in all. */
    public record Page(String q, long total, int limit, int offset, List<Actor> actors) {
    }

    private final Store store;

    ActorDirectory(Store store) {
        this.store = store;
    }

    Page find(String prefix, int limit, int offset) {
        Map<String, Object> p = new HashMap<>();
        p.put("prefix", prefix);
        p.put("limit", limit);
        p.put("offset", offset);
        List<Actor> actors = new ArrayList<>();
        long total = 0;
        try (PreparedStatement st = ACTORS.prepare(store.connection(), p); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                total = rs.getLong("total");
                if (rs.getString("code") != null) {
                    actors.add(new Actor(rs.getString("code"), rs.getString("name"), rs.getLong("mentions")));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("actor list query failed: " + e.getMessage(), e);
        }
        return new Page(prefix, total, limit, offset, actors);
    }
}
