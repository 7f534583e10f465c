package org.touchstone.core.cameo;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The three-letter parts that CAMEO actor codes are built from: countries, regions, organizations,
 * sectors, ethnic groups and religions, with ISO and COW codes for countries. The standard codebook
 * is the project's table {@value #RESOURCE}; see docs/CAMEO.md for its sources.
 */
public final class ActorCodebook {
    /** The standard table, stored next to this class. */
    public static final String RESOURCE = "actor-codes.tsv";

    static final List<String> HEADER = List.of("code", "kind", "name", "iso2", "iso3", "cow", "notes");

    /** PTY marks a party and only qualifies the GOV or OPP before it, so it is never the primary sector. */
    private static final String PARTY = "PTY";

    private static volatile ActorCodebook standard;

    private final Map<String, ActorCodeEntry> byCode;
    private final Map<String, ActorCodeEntry> countryByIso2;
    private final Map<String, ActorCodeEntry> countryByIso3;
    private final Map<Integer, List<ActorCodeEntry>> countriesByCow;
    private final List<ActorCodeEntry> countries;

    private ActorCodebook(Map<String, ActorCodeEntry> byCode, Map<String, ActorCodeEntry> countryByIso2,
                          Map<String, ActorCodeEntry> countryByIso3) {
        this.byCode = Collections.unmodifiableMap(byCode);
        this.countryByIso2 = countryByIso2;
        this.countryByIso3 = countryByIso3;
        this.countries = byCode.values().stream().filter(ActorCodeEntry::isCountry).toList();
        Map<Integer, List<ActorCodeEntry>> byCow = new HashMap<>();
        for (ActorCodeEntry country : countries) {
            if (country.cow() != null) {
                byCow.computeIfAbsent(country.cow(), cow -> new ArrayList<>()).add(country);
            }
        }
        byCow.replaceAll((cow, list) -> List.copyOf(list));
        this.countriesByCow = byCow;
    }

    /** The project's codebook, read once from {@value #RESOURCE}. */
    public static ActorCodebook standard() {
        ActorCodebook loaded = standard;
        if (loaded == null) {
            // Not a holder class: a malformed table then fails every call with its own message.
            synchronized (ActorCodebook.class) {
                if (standard == null) {
                    standard = read(RESOURCE, TsvTable.openResource(ActorCodebook.class, RESOURCE));
                }
                loaded = standard;
            }
        }
        return loaded;
    }

    /**
     * Reads a table in the layout of {@value #RESOURCE}.
     *
     * @param sourceName names the table in error messages
     * @throws CodebookFormatException naming the line and the reason when any line is malformed
     */
    public static ActorCodebook read(String sourceName, Reader reader) {
        Map<String, ActorCodeEntry> byCode = new LinkedHashMap<>();
        Map<String, ActorCodeEntry> byIso2 = new HashMap<>();
        Map<String, ActorCodeEntry> byIso3 = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (TsvTable.Row row : TsvTable.read(sourceName, reader, HEADER)) {
            ActorCodeEntry entry = toEntry(row);
            // Codes must be unique, else a part of a composite code would be ambiguous.
            rejectDuplicate(row, byCode, entry.code(), entry, "code", lineOf);
            if (entry.iso2() != null) {
                rejectDuplicate(row, byIso2, entry.iso2(), entry, "iso2", lineOf);
            }
            if (entry.iso3() != null) {
                rejectDuplicate(row, byIso3, entry.iso3(), entry, "iso3", lineOf);
            }
            lineOf.put(entry.code(), row.line());
        }
        return new ActorCodebook(byCode, byIso2, byIso3);
    }

    private static void rejectDuplicate(TsvTable.Row row, Map<String, ActorCodeEntry> index, String key,
                                        ActorCodeEntry entry, String column, Map<String, Integer> lineOf) {
        ActorCodeEntry earlier = index.putIfAbsent(key, entry);
        if (earlier != null) {
            throw row.error(column + " " + key + " appears twice (first on line " + lineOf.get(earlier.code())
                    + ", code " + earlier.code() + ")");
        }
    }

    private static ActorCodeEntry toEntry(TsvTable.Row row) {
        try {
            return new ActorCodeEntry(row.text(0), ActorCodeKind.ofLabel(row.text(1)), row.text(2),
                    row.optional(3), row.optional(4), parseCow(row.optional(5)), row.optional(6));
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    private static Integer parseCow(String text) {
        if (text == null) {
            return null;
        }
        if (!text.matches("\\d{1,4}")) {
            throw new IllegalArgumentException("cow must be a COW state number or '-', was '" + text + "'");
        }
        return Integer.valueOf(text);
    }

    /** The entry for a three-letter part. Case matters: "KUR" (KEDS) and "kur" (CAMEOECS) are both listed. */
    public Optional<ActorCodeEntry> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public boolean isCountry(String code) {
        return find(code).map(ActorCodeEntry::isCountry).orElse(false);
    }

    /** The countries in the table's order, including historical states such as USR and YUG. */
    public List<ActorCodeEntry> countries() {
        return countries;
    }

    public Collection<ActorCodeEntry> all() {
        return byCode.values();
    }

    /** The country with this ISO 3166-1 alpha-2 code ("RO" gives ROM), case-insensitive. */
    public Optional<ActorCodeEntry> countryByIso2(String iso2) {
        return Optional.ofNullable(iso2 == null ? null : countryByIso2.get(iso2.toUpperCase(Locale.ROOT)));
    }

    /** The country with this ISO 3166-1 alpha-3 code ("ROU" gives ROM), case-insensitive. */
    public Optional<ActorCodeEntry> countryByIso3(String iso3) {
        return Optional.ofNullable(iso3 == null ? null : countryByIso3.get(iso3.toUpperCase(Locale.ROOT)));
    }

    /**
     * The countries with this COW state number, in table order. Usually one, but COW continues some
     * states through changes that CAMEO codes separately: 365 is USR and RUS, 345 is YUG, FRY, SCG, SRB.
     */
    public List<ActorCodeEntry> countriesByCow(int cow) {
        return countriesByCow.getOrDefault(cow, List.of());
    }

    /**
     * Splits a composite actor code into its three-letter parts: "RUSOPP" is RUS + OPP. Parts the
     * codebook does not list are kept with kind null; a lower-case part is an ethnic group (CAMEOECS).
     *
     * @throws IllegalArgumentException when the text is not letters in groups of three
     */
    public ActorCode parse(String cameoActorCode) {
        if (cameoActorCode == null || cameoActorCode.isEmpty() || cameoActorCode.length() % 3 != 0
                || !cameoActorCode.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
            throw new IllegalArgumentException("not a CAMEO actor code: '" + cameoActorCode
                    + "' (expected letters in groups of three, e.g. USAGOV)");
        }
        List<ActorCode.Part> parts = new ArrayList<>();
        String country = null;
        String primarySector = null;
        for (int start = 0; start < cameoActorCode.length(); start += 3) {
            String part = cameoActorCode.substring(start, start + 3);
            ActorCodeKind kind = kindOf(part);
            parts.add(new ActorCode.Part(part, kind));
            if (country == null && kind == ActorCodeKind.COUNTRY) {
                country = part;
            }
            if (primarySector == null && kind == ActorCodeKind.SECTOR && !PARTY.equals(part)) {
                primarySector = part;
            }
        }
        return new ActorCode(cameoActorCode, country, primarySector, parts);
    }

    private ActorCodeKind kindOf(String part) {
        ActorCodeEntry entry = byCode.get(part);
        if (entry != null) {
            return entry.kind();
        }
        return part.chars().allMatch(Character::isLowerCase) ? ActorCodeKind.ETHNIC : null;
    }
}
