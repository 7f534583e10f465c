package org.touchstone.data.icews;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.touchstone.core.Actor;

/**
 * Turns ICEWS's actor description (a name, a comma-separated list of sectors and a country name)
 * into a CAMEO actor: country code + role code ("BGDGOV"), the country code alone when no sector
 * maps, or no code at all when the country is unknown. The tables are the project's resource
 * files {@code icews/countries.txt} and {@code icews/sectors.txt} (see docs/DATA.md).
 *
 * <p>Names that no table knows are never dropped: the actor keeps its name, and the unknown names
 * are counted ({@link #unmappedCountries()}, {@link #unmappedSectors()}) so ingest can report them.
 * Not thread-safe: one coder per reader.
 */
public final class IcewsActorCoder {

    /** ICEWS writes "NA" for a missing value. */
    static final String MISSING = "NA";

    private static Tables defaultTables;

    private final Tables tables;
    private final Map<String, String> countryCodes = new HashMap<>();
    private final Map<String, SectorMatch> sectorMatches = new HashMap<>();
    private final Map<String, Long> unmappedCountries = new TreeMap<>();
    private final Map<String, Long> unmappedSectors = new TreeMap<>();

    private IcewsActorCoder(Tables tables) {
        this.tables = tables;
    }

    /** A coder over the project's own tables. */
    public static IcewsActorCoder withDefaultTables() {
        synchronized (IcewsActorCoder.class) {
            if (defaultTables == null) {
                defaultTables = new Tables(readResource("countries.txt"), readResource("sectors.txt"));
            }
            return new IcewsActorCoder(defaultTables);
        }
    }

    /** A coder over other tables, in the same "name = CODE" format as the resource files. */
    public static IcewsActorCoder withTables(Reader countries, Reader sectors) throws IOException {
        return new IcewsActorCoder(new Tables(readTable(countries, "countries"), readTable(sectors, "sectors")));
    }

    /**
     * The CAMEO actor for one side of an ICEWS event.
     *
     * @param name    "Source Name" / "Target Name"
     * @param sectors "Source Sectors" / "Target Sectors", e.g. "Executive,Foreign Ministry,Government"
     * @param country "Source Country" / "Target Country", e.g. "Bangladesh"
     */
    public Actor actor(String name, String sectors, String country) {
        String countryCode = countryCode(country);
        String sectorCode = sectorCode(sectors);
        String code;
        if (countryCode != null) {
            code = sectorCode == null ? countryCode : countryCode + sectorCode;
        } else if (isMissing(country)) {
            code = sectorCode; // no country, as for IGOs: the role alone, as GDELT writes "IGO" or "COP"
        } else {
            code = null; // a country we cannot code: keep the name, do not guess
        }
        if (code == null && name == null && countryCode == null && sectorCode == null) {
            return Actor.UNKNOWN;
        }
        return new Actor(code, name, countryCode, sectorCode);
    }

    /** The CAMEO code of an ICEWS country name, or null (missing or unknown, the latter counted). */
    public String countryCode(String country) {
        if (isMissing(country)) {
            return null;
        }
        String code = countryCodes.computeIfAbsent(country,
                name -> tables.countries.getOrDefault(name.toLowerCase(Locale.ROOT), ""));
        if (code.isEmpty()) {
            unmappedCountries.merge(country, 1L, Long::sum);
            return null;
        }
        return code;
    }

    /**
     * The CAMEO role code for an ICEWS sector list: of the sectors that map to a code, the one
     * listed first in the sectors table wins (the table orders specific roles before general ones).
     */
    public String sectorCode(String sectors) {
        if (isMissing(sectors)) {
            return null;
        }
        SectorMatch match = sectorMatches.computeIfAbsent(sectors, this::matchSectors);
        for (String unknown : match.unknownNames) {
            unmappedSectors.merge(unknown, 1L, Long::sum);
        }
        return match.code;
    }

    /** Country names not in the table, with how many actors carried them. */
    public Map<String, Long> unmappedCountries() {
        return Collections.unmodifiableMap(unmappedCountries);
    }

    /** Sector names not in the table (neither mapped nor listed as having no code), with counts. */
    public Map<String, Long> unmappedSectors() {
        return Collections.unmodifiableMap(unmappedSectors);
    }

    private SectorMatch matchSectors(String sectors) {
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        List<String> unknown = new ArrayList<>();
        for (String sector : sectors.split(",")) {
            String name = sector.trim();
            if (name.isEmpty()) {
                continue;
            }
            SectorEntry entry = tables.sectors.get(name.toLowerCase(Locale.ROOT));
            if (entry == null) {
                unknown.add(name);
            } else if (entry.code != null && entry.rank < bestRank) {
                best = entry.code;
                bestRank = entry.rank;
            }
        }
        return new SectorMatch(best, List.copyOf(unknown));
    }

    private static boolean isMissing(String value) {
        return value == null || value.isBlank() || value.equals(MISSING);
    }

    private record SectorMatch(String code, List<String> unknownNames) {
    }

    private record SectorEntry(String code, int rank) {
    }

    /** The parsed tables, shared by all coders: lower-cased name -> code. */
    private static final class Tables {
        final Map<String, String> countries = new HashMap<>();
        final Map<String, SectorEntry> sectors = new HashMap<>();

        Tables(Map<String, String> countryTable, Map<String, String> sectorTable) {
            countryTable.forEach((name, code) -> countries.put(name.toLowerCase(Locale.ROOT), code));
            int rank = 0;
            for (Map.Entry<String, String> e : sectorTable.entrySet()) {
                String code = e.getValue().equals("-") ? null : e.getValue();
                sectors.put(e.getKey().toLowerCase(Locale.ROOT), new SectorEntry(code, rank++));
            }
        }
    }

    private static Map<String, String> readResource(String name) {
        try (InputStream in = IcewsActorCoder.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/touchstone/data/icews/" + name);
            }
            return readTable(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /** Reads "name = CODE" lines in order; '#' starts a comment; "-" means "known, no code". */
    static Map<String, String> readTable(Reader reader, String tableName) throws IOException {
        Map<String, String> table = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            int comment = line.indexOf('#');
            String content = (comment >= 0 ? line.substring(0, comment) : line).trim();
            if (content.isEmpty()) {
                continue;
            }
            int equals = content.lastIndexOf('=');
            if (equals <= 0) {
                throw new IOException(tableName + " line " + number + ": expected 'name = CODE', found '" + line + "'");
            }
            String name = content.substring(0, equals).trim();
            String code = content.substring(equals + 1).trim();
            if (name.isEmpty() || !(code.equals("-") || code.matches("[A-Z]{3}"))) {
                throw new IOException(tableName + " line " + number + ": expected 'name = CODE' with a"
                        + " three-letter code or '-', found '" + line + "'");
            }
            if (table.putIfAbsent(name, code) != null) {
                throw new IOException(tableName + " line " + number + ": '" + name + "' is listed twice");
            }
        }
        return table;
    }
}
