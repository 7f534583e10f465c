package org.touchstone.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The definition of the dyad-by-day tables, written once for every engine: the DuckDB store keeps
 * its {@code dyad_day} table equal to {@link #DYAD_DAY} over its events, and Spark's AggregateJob runs
 * the same text over events in Parquet, so the tables move freely between the two.
 */
public final class DyadDaySql {
    /** Per day, dataset and directed pair of actor codes, over a table or view named {@code events}. */
    public static final String DYAD_DAY = resource("dyad-day.sql");
    /** The same summed to pairs of countries, over a table or view named {@code dyad_day}. */
    public static final String DYAD_DAY_COUNTRY = resource("dyad-day-country.sql");

    private DyadDaySql() {
    }

    private static String resource(String name) {
        try (InputStream in = DyadDaySql.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
