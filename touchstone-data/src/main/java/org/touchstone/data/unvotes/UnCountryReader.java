package org.touchstone.data.unvotes;

import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

/** Reads un_countries.csv: {@code country_code,country}, adding CAMEO, ISO3 and COW codes. */
public final class UnCountryReader extends UnVotesCsvReader<UnCountry> {
    private final UnCountryCodes codes;
    private final Map<String, Long> withoutCameoCode = new TreeMap<>();

    public UnCountryReader(InputStream in, String fileName, UnCountryCodes codes) {
        super(in, fileName, UnVotesFileKind.COUNTRIES);
        this.codes = codes;
    }

    public UnCountryReader(InputStream in, String fileName) {
        this(in, fileName, UnCountryCodes.standard());
    }

    @Override
    protected UnCountry readRecord() {
        String code = requiredCountryCode("country_code");
        String name = requiredText("country");
        if (problem() != null) {
            return null;
        }
        UnCountry country = codes.describe(code, name);
        if (country.cameoCode() == null) {
            withoutCameoCode.merge(code + " (" + name + ")", 1L, Long::sum);
        }
        return country;
    }

    /** Countries read so far that no CAMEO code maps ("ZAN (Zanzibar)"), with how often. */
    public Map<String, Long> withoutCameoCode() {
        return withoutCameoCode;
    }
}
