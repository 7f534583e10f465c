package org.touchstone.analysis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.touchstone.store.NamedSql;
import org.touchstone.store.Store;
import org.touchstone.store.StoreException;

/** Validation of the actor codes a question is asked about. */
final class ActorCodes {
    private static final Pattern CAMEO_ACTOR = Pattern.compile("[A-Z]{3}[A-Z0-9]{0,12}");
    private static final NamedSql KNOWN = NamedSql.load(ActorCodes.class, "actor-known.sql");

    private ActorCodes() {
    }

    /** The code in upper case, or an IllegalArgumentException that says what a code looks like. */
    static String require(String code, String role) {
        String upper = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!CAMEO_ACTOR.matcher(upper).matches()) {
            throw new IllegalArgumentException(role + " '" + code
                    + "' is not a CAMEO actor code (three letters, optionally followed by role codes, e.g. USA, CHNGOV)");
        }
        return upper;
    }

    /**
     * The first text after every code that starts with {@code prefix} (USA gives USB), so that
     * "starts with" can be asked as a range, which DuckDB answers from row-group statistics.
     */
    static String prefixEnd(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }

    /**
     * As {@link #require}, and the store must hold some event or statement naming the actor:
     * an unknown actor is an error, not an empty answer.
     */
    static String requireKnown(Store store, String code, String role) {
        String upper = require(code, role);
        try (PreparedStatement st = KNOWN.prepare(store.connection(), Map.of("code", upper, "code_end", prefixEnd(upper)));
             ResultSet rs = st.executeQuery()) {
            rs.next();
            if (!rs.getBoolean(1)) {
                // No store path in the message: the REST API returns it to clients.
                throw new IllegalArgumentException("unknown " + role + " '" + upper + "': no event or statement in "
                        + "the store names an actor whose code starts with it");
            }
            return upper;
        } catch (SQLException e) {
            throw new StoreException("cannot look up actor " + upper + ": " + e.getMessage(), e);
        }
    }
}
