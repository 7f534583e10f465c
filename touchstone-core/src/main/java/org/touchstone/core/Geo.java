package org.touchstone.core;

/** Where an event happened, as precise as the dataset says. Any part may be null. */
public record Geo(String name, String countryCode, Double latitude, Double longitude) {
    public static final Geo UNKNOWN = new Geo(null, null, null, null);
}
