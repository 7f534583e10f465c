package org.touchstone.analysis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.touchstone.core.cameo.ActorCodeEntry;
import org.touchstone.core.cameo.ActorCodebook;
import org.touchstone.store.NamedSql;
import org.touchstone.store.Store;
import org.touchstone.store.StoreException;

/**
 * The countries of the UN voting data in the store, and which one a code a user typed means.
 * A country can be asked for by its CAMEO code (USA, RUS), ISO3 code (ROU), the data's own code
 * (US, FRG) or COW number (2); a CAMEO or ISO code of a predecessor or successor state with the
 * same COW number finds the seat that continued (USR and SU find RUS, whose row holds the
 * Soviet Union's votes; SRB finds YUG).
 */
public final class UnVoteCountries {
    private static final NamedSql COUNTRIES = NamedSql.load(UnVoteCountries.class, "unvote-countries.sql");

    private final List<UnVoteCountry> countries;
    private final ActorCodebook codebook;

    public UnVoteCountries(Store store) {
        this.countries = load(store);
        this.codebook = ActorCodebook.standard();
    }

    /** Every country, by label. */
    public List<UnVoteCountry> all() {
        return countries;
    }

    /** Countries that cast at least one vote. */
    public List<UnVoteCountry> withVotes() {
        return countries.stream().filter(c -> c.votes() > 0).toList();
    }

    /**
     * The country a code means.
     *
     * @throws IllegalArgumentException naming the codes the store knows when none matches
     */
    public UnVoteCountry resolve(String asked) {
        String code = asked == null ? "" : asked.trim().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new IllegalArgumentException("a country code is empty");
        }
        if (code.chars().allMatch(Character::isDigit)) {
            if (code.length() > 4) { // COW numbers have at most three digits
                throw unknown(code);
            }
            return byCow(code, Integer.parseInt(code), code);
        }
        for (UnVoteCountry c : countries) {
            if (code.equals(c.cameoCode())) {
                return c;
            }
        }
        for (UnVoteCountry c : countries) {
            if (code.equals(c.iso3()) || code.equals(c.countryCode())) {
                return c;
            }
        }
        Optional<ActorCodeEntry> known = codebook.find(code).filter(ActorCodeEntry::isCountry)
                .or(() -> codebook.countryByIso3(code))
                .or(() -> codebook.countryByIso2(code));
        if (known.isPresent() && known.get().cow() != null) {
            return byCow(code, known.get().cow(), code + " (" + known.get().name() + ", COW " + known.get().cow() + ")");
        }
        throw unknown(code);
    }

    private UnVoteCountry byCow(String code, int cow, String what) {
        List<UnVoteCountry> matches = countries.stream().filter(c -> c.cow() != null && c.cow() == cow).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw unknown(code);
        }
        throw new IllegalArgumentException(what + " matches several countries of the UN votes: "
                + matches.stream().map(UnVoteCountry::describe).collect(Collectors.joining(", "))
                + "; ask for one by its CAMEO or ISO2 code");
    }

    private IllegalArgumentException unknown(String code) {
        if (countries.isEmpty()) {
            return new IllegalArgumentException("the store holds no UN votes: load them with 'touchstone unvotes ingest DIR'");
        }
        return new IllegalArgumentException("unknown country '" + code + "' in the UN votes: give a CAMEO/ISO3 code"
                + " (USA), the data's ISO2 code (US) or a COW number (2). Codes in the store: "
                + countries.stream().map(UnVoteCountry::label).collect(Collectors.joining(", "))
                + " ('touchstone unvotes countries' lists them with names)");
    }

    private static List<UnVoteCountry> load(Store store) {
        List<UnVoteCountry> countries = new ArrayList<>();
        try (PreparedStatement st = COUNTRIES.prepare(store.connection(), Map.of());
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                countries.add(new UnVoteCountry(rs.getString("country_code"), rs.getString("country"),
                        rs.getString("cameo_code"), rs.getString("iso3"), nullableInt(rs, "cow"), rs.getLong("votes"),
                        nullableInt(rs, "first_year"), nullableInt(rs, "last_year")));
            }
        } catch (SQLException e) {
            throw new StoreException("UN countries query failed: " + e.getMessage(), e);
        }
        return List.copyOf(countries);
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
