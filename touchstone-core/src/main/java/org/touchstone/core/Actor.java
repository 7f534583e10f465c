package org.touchstone.core;

/**
 * One side of an event as a dataset or the coder names it. Every part may be null when unknown.
 *
 * @param code    CAMEO actor code, e.g. "USAGOV", "CHN", "NATO"
 * @param name    the name as the source wrote it, e.g. "UNITED STATES" or "Sergey Lavrov"
 * @param country the three-letter CAMEO country code, e.g. "USA"
 * @param sector  the first sector/role code, e.g. "GOV", "MIL"
 */
public record Actor(String code, String name, String country, String sector) {
    public static final Actor UNKNOWN = new Actor(null, null, null, null);

    public boolean isKnown() {
        return code != null || name != null;
    }
}
