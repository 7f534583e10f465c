package org.touchstone.data.unvotes;

import java.util.Map;
import java.util.Optional;

import org.touchstone.core.cameo.ActorCodeEntry;
import org.touchstone.core.cameo.ActorCodebook;

/**
 * Maps the UN data's country codes to CAMEO, ISO3 and COW codes through the project's actor
 * codebook. The data codes countries by ISO 3166-1 alpha-2, so most map by that code ("RU" is
 * RUS, and the data keeps the Soviet Union's votes under RU too). Three data codes are not ISO
 * codes and are mapped here by hand; see docs/methods/affinity.md for the whole story.
 */
public final class UnCountryCodes {

    /** Data codes that are not ISO codes, with the CAMEO code of the same state. */
    private static final Map<String, String> CAMEO_OF_NON_ISO_CODE = Map.of(
            "FRG", "GMW",   // Federal Republic of Germany (West Germany), 1973-1990
            "YAR", "YMN");  // Yemen Arab Republic (North Yemen), 1947-1990
    /** Data codes of states CAMEO does not list, with their COW number. */
    private static final Map<String, Integer> COW_OF_UNLISTED_STATE = Map.of(
            "ZAN", 511);    // Zanzibar, voted in 1963 before the union with Tanganyika

    private final ActorCodebook codebook;

    public UnCountryCodes(ActorCodebook codebook) {
        this.codebook = codebook;
    }

    public static UnCountryCodes standard() {
        return new UnCountryCodes(ActorCodebook.standard());
    }

    /** The country with its CAMEO, ISO3 and COW codes, as far as they are known. */
    public UnCountry describe(String code, String name) {
        Optional<ActorCodeEntry> entry = CAMEO_OF_NON_ISO_CODE.containsKey(code)
                ? codebook.find(CAMEO_OF_NON_ISO_CODE.get(code))
                : codebook.countryByIso2(code);
        if (entry.isPresent()) {
            ActorCodeEntry e = entry.get();
            return new UnCountry(code, name, e.code(), e.iso3(), e.cow());
        }
        return new UnCountry(code, name, null, null, COW_OF_UNLISTED_STATE.get(code));
    }
}
