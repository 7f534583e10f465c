package org.touchstone.analysis;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.touchstone.store.NamedSql;
import org.touchstone.store.StoreException;

/**
 * Polarity and conflict, the question behind {@code touchstone polarity}: per year the major
 * powers' capability shares, their concentration (CON) and effective number of poles, and the
 * conflict counts; then how these go together, overall and by era, and what that says about the
 * claim that multipolarity leads to chaos. Definitions: docs/methods/polarity.md.
 */
public final class PolarityStudy {
    private static final NamedSql YEARS = NamedSql.load(PolarityStudy.class, "polarity-years.sql");
    private static final NamedSql SHARES = NamedSql.load(PolarityStudy.class, "polarity-shares.sql");
    private static final NamedSql COVERAGE = NamedSql.load(PolarityStudy.class, "polarity-coverage.sql");

    private PolarityStudy() {
    }

    public static PolarityResult run(PolaritySources sources, PolarityOptions options) {
        List<PolarityRejection> rejected = new ArrayList<>();
        try (PolarityDatabase db = PolarityDatabase.inMemory()) {
            db.load(sources, rejected);
            List<PolarityCoverage> coverage = coverage(db, sources);
            requireRows(coverage, "nmc", "NMC", sources.nmc(), "state-years");
            requireRows(coverage, "majors", "major power", sources.majors(), "major-power spells");
            requireRows(coverage, "mids", "MID", sources.mids(), "disputes");
            if (sources.ucdp() != null) {
                requireRows(coverage, "ucdp", "UCDP", sources.ucdp(), "conflict-years");
            }
            db.executeScript("polarity-major-shares.sql");
            List<PolarityYear> years = years(db, options);
            if (years.isEmpty()) {
                throw new IllegalArgumentException("the NMC file " + sources.nmc() + " has no years in "
                        + (options.fromYear() == null ? "" : options.fromYear()) + "-"
                        + (options.toYear() == null ? "" : options.toYear()));
            }
            List<PolarityCorrelation> correlations = PolarityCorrelations.of(years, options);
            String statement = PolarityStatement.write(years, correlations);
            return new PolarityResult(options, coverage, years, correlations, statement, List.copyOf(rejected));
        } catch (SQLException e) {
            throw new StoreException("polarity query failed: " + e.getMessage(), e);
        }
    }

    private static List<PolarityYear> years(PolarityDatabase db, PolarityOptions options) throws SQLException {
        Map<String, Object> range = new HashMap<>();
        range.put("from_year", options.fromYear());
        range.put("to_year", options.toYear());
        Map<Integer, List<PolarityShare>> shares = new HashMap<>();
        try (PreparedStatement st = SHARES.prepare(db.connection(), range);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                int ccode = rs.getInt("ccode");
                String state = rs.getString("state_abb");
                shares.computeIfAbsent(rs.getInt("year"), y -> new ArrayList<>()).add(new PolarityShare(ccode,
                        state == null ? Integer.toString(ccode) : state, rs.getDouble("cinc"), rs.getDouble("share")));
            }
        }
        List<PolarityYear> years = new ArrayList<>();
        try (PreparedStatement st = YEARS.prepare(db.connection(), range);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                int year = rs.getInt("year");
                years.add(new PolarityYear(year, rs.getInt("majors"), nullableDouble(rs, "majors_cinc"),
                        nullableDouble(rs, "con"), nullableDouble(rs, "poles"), rs.getInt("states"),
                        nullableInt(rs, "mid_onsets"), nullableInt(rs, "wars"), nullableInt(rs, "ucdp_conflicts"),
                        nullableInt(rs, "ucdp_onsets"), List.copyOf(shares.getOrDefault(year, List.of()))));
            }
        }
        return years;
    }

    private static List<PolarityCoverage> coverage(PolarityDatabase db, PolaritySources sources) throws SQLException {
        Map<String, Path> files = new HashMap<>();
        files.put("nmc", sources.nmc());
        files.put("majors", sources.majors());
        files.put("mids", sources.mids());
        files.put("ucdp", sources.ucdp());
        Map<String, PolarityCoverage> bySource = new HashMap<>();
        try (PreparedStatement st = COVERAGE.prepare(db.connection(), Map.of());
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String source = rs.getString("source");
                Path file = files.get(source);
                bySource.put(source, new PolarityCoverage(source, file == null ? null : file.toString(),
                        nullableInt(rs, "first_year"), nullableInt(rs, "last_year"), rs.getLong("rows"),
                        db.rejected(source)));
            }
        }
        return List.of(bySource.get("nmc"), bySource.get("majors"), bySource.get("mids"), bySource.get("ucdp"));
    }

    private static void requireRows(List<PolarityCoverage> coverage, String source, String what, Path file,
                                    String rows) {
        for (PolarityCoverage c : coverage) {
            if (c.source().equals(source) && c.rows() == 0) {
                throw new IllegalArgumentException("the " + what + " file " + file + " has no usable " + rows
                        + (c.rejected() > 0 ? " (" + c.rejected() + " lines rejected)" : ""));
            }
        }
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
