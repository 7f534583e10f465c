package org.touchstone.core.cameo;

import java.util.Objects;

/**
 * One three-letter part of CAMEO actor codes, as the actor codebook lists it.
 *
 * @param code  the three letters; upper case, except CAMEOECS ethnic codes, which are lower case
 * @param kind  what it stands for
 * @param name  English name
 * @param iso2  ISO 3166-1 alpha-2 code of a country; null for other kinds, and for a historical
 *              state whose ISO code passed to its successor (GMW, YMN, FRY, SCG)
 * @param iso3  ISO 3166-1 alpha-3 code of a country; mostly the CAMEO code itself, but e.g. ROU for ROM
 * @param cow   Correlates of War state number of a country; null where COW has none
 * @param notes how CAMEO writes it, history and caveats; null when none
 */
public record ActorCodeEntry(String code, ActorCodeKind kind, String name, String iso2, String iso3,
                             Integer cow, String notes) {

    public ActorCodeEntry {
        Objects.requireNonNull(kind, "kind");
        boolean lowerCaseEthnic = kind == ActorCodeKind.ETHNIC && code != null && code.matches("[a-z]{3}");
        if (code == null || !(code.matches("[A-Z]{3}") || lowerCaseEthnic)) {
            throw new IllegalArgumentException("'" + code + "' is not a three-letter actor code part"
                    + " (upper case; lower case only for ethnic codes)");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("actor code " + code + " has no name");
        }
        if (kind != ActorCodeKind.COUNTRY && (iso2 != null || iso3 != null || cow != null)) {
            throw new IllegalArgumentException("iso2, iso3 and cow are for countries only, but " + code
                    + " is a " + kind.label());
        }
        if (iso2 != null && !iso2.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("iso2 must be two capital letters, was '" + iso2 + "'");
        }
        if (iso3 != null && !iso3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("iso3 must be three capital letters, was '" + iso3 + "'");
        }
        if (cow != null && cow <= 0) {
            throw new IllegalArgumentException("cow must be a positive state number, was " + cow);
        }
    }

    public boolean isCountry() {
        return kind == ActorCodeKind.COUNTRY;
    }
}
