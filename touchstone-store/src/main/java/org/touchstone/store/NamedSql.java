package org.touchstone.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SQL text with named parameters ({@code :from}, {@code :a}), loaded from a resource so that
 * each question is written once, as SQL that DuckDB and Spark SQL both read. Parameters are
 * always bound, never spliced into the text.
 */
public final class NamedSql {
    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([a-z_][a-z0-9_]*)");

    private final String name;
    private final String jdbcSql;
    private final List<String> parameterOrder;

    private NamedSql(String name, String sql) {
        this.name = name;
        List<String> order = new ArrayList<>();
        Matcher m = PARAMETER.matcher(stripComments(sql));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            order.add(m.group(1));
            m.appendReplacement(out, "?");
        }
        m.appendTail(out);
        this.jdbcSql = out.toString();
        this.parameterOrder = List.copyOf(order);
    }

    /** Loads {@code resourceName} next to {@code owner} (e.g. DyadSeries.class, "dyad.sql"). */
    public static NamedSql load(Class<?> owner, String resourceName) {
        try (InputStream in = owner.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + resourceName + " next to " + owner.getName());
            }
            return new NamedSql(resourceName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    /** Prepares the statement and binds every named parameter from {@code values}. */
    public PreparedStatement prepare(Connection connection, Map<String, ?> values) throws SQLException {
        PreparedStatement st = connection.prepareStatement(jdbcSql);
        try {
            for (int i = 0; i < parameterOrder.size(); i++) {
                String parameter = parameterOrder.get(i);
                if (!values.containsKey(parameter)) {
                    throw new IllegalArgumentException(name + " needs parameter :" + parameter);
                }
                st.setObject(i + 1, values.get(parameter));
            }
            return st;
        } catch (SQLException | RuntimeException e) {
            st.close();
            throw e;
        }
    }

    private static String stripComments(String sql) {
        return sql.replaceAll("(?m)--.*$", "");
    }
}
