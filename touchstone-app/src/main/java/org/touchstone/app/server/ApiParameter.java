package org.touchstone.app.server;

import java.util.List;

/**
 * One query parameter of a route, named as the CLI names its option: what it holds, its bounds and
 * its default. The same description validates requests and writes the OpenAPI document.
 *
 * @param pattern  what a value (or each item of a list) must match; null when the kind says it all
 * @param maxItems the most items of a list
 */
public record ApiParameter(String name, Kind kind, boolean required, String defaultValue, Long minimum, Long maximum,
                           List<String> choices, String pattern, Integer maxItems, String description) {

    /** What a parameter holds. */
    public enum Kind { TEXT, LIST, DATE, INTEGER, BOOLEAN, CHOICE }

    /** A CAMEO actor code: three letters, then role codes (USA, CHNGOV). */
    static final String ACTOR_PATTERN = "[A-Za-z]{3}[A-Za-z0-9]{0,12}";
    /** A country as the UN votes know it: CAMEO/ISO3 code, ISO2 code or COW number. */
    static final String COUNTRY_PATTERN = "[A-Za-z0-9]{1,15}";

    public ApiParameter {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    static ApiParameter actor(String name, boolean required, String description) {
        return new ApiParameter(name, Kind.TEXT, required, null, null, null, null, ACTOR_PATTERN, null, description);
    }

    static ApiParameter country(String name, String description) {
        return new ApiParameter(name, Kind.TEXT, false, null, null, null, null, COUNTRY_PATTERN, null, description);
    }

    static ApiParameter text(String name, String pattern, String description) {
        return new ApiParameter(name, Kind.TEXT, false, null, null, null, null, pattern, null, description);
    }

    /** Comma-separated values, each matching {@code itemPattern}. */
    static ApiParameter list(String name, String itemPattern, int maxItems, String description) {
        return new ApiParameter(name, Kind.LIST, false, null, null, null, null, itemPattern, maxItems, description);
    }

    /** Comma-separated values, each one of {@code choices}. */
    static ApiParameter choices(String name, String defaultValue, List<String> choices, String description) {
        return new ApiParameter(name, Kind.LIST, false, defaultValue, null, null, choices, null, choices.size(),
                description);
    }

    static ApiParameter date(String name, String description) {
        return new ApiParameter(name, Kind.DATE, false, null, null, null, null, null, null, description);
    }

    static ApiParameter integer(String name, Long defaultValue, long minimum, long maximum, String description) {
        return new ApiParameter(name, Kind.INTEGER, false, defaultValue == null ? null : defaultValue.toString(),
                minimum, maximum, null, null, null, description);
    }

    static ApiParameter flag(String name, String description) {
        return new ApiParameter(name, Kind.BOOLEAN, false, "false", null, null, null, null, null, description);
    }

    static ApiParameter choice(String name, String defaultValue, List<String> choices, String description) {
        return new ApiParameter(name, Kind.CHOICE, false, defaultValue, null, null, choices, null, null, description);
    }
}
