package org.touchstone.data.unvotes;

/**
 * A country of the UN voting data, with the codes other data use for it.
 *
 * @param code      the data's own code: ISO 3166-1 alpha-2 ("US"), or FRG, YAR, ZAN for states that
 *                  ended before ISO gave them a code of their own
 * @param name      the data's name ("United States")
 * @param cameoCode the CAMEO country code ("USA"); null when CAMEO has none (Zanzibar)
 * @param iso3      ISO 3166-1 alpha-3 ("USA", "ROU" where CAMEO writes ROM); null when there is none
 * @param cow       Correlates of War state number (2); null when unknown
 */
public record UnCountry(String code, String name, String cameoCode, String iso3, Integer cow) implements UnVotesRecord {
}
