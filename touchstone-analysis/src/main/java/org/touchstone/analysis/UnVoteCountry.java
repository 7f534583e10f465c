package org.touchstone.analysis;

/**
 * A country of the UN voting data as the store holds it.
 *
 * @param countryCode the data's code (ISO 3166-1 alpha-2, or FRG, YAR, ZAN)
 * @param country     the data's name; null when the countries file was not loaded
 * @param cameoCode   CAMEO country code; null when CAMEO has none or the countries file was not loaded
 * @param iso3        ISO 3166-1 alpha-3; null when there is none
 * @param cow         Correlates of War state number; null when unknown
 * @param votes       votes cast (yes, abstain or no)
 * @param firstYear   first year with a vote; null without votes
 * @param lastYear    last year with a vote; null without votes
 */
public record UnVoteCountry(String countryCode, String country, String cameoCode, String iso3, Integer cow,
                            long votes, Integer firstYear, Integer lastYear) {

    /** How output names the country: its CAMEO code, else the data's code. */
    public String label() {
        return cameoCode != null ? cameoCode : countryCode;
    }

    /** "USA (United States, votes 1946-2020)", for messages. */
    public String describe() {
        String years = votes == 0 ? "no votes" : "votes " + firstYear + (lastYear.equals(firstYear) ? "" : "-" + lastYear);
        return label() + " (" + (country == null ? countryCode : country) + ", " + years + ")";
    }
}
