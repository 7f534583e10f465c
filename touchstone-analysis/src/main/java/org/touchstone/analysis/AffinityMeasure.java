package org.touchstone.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The measures of UN voting affinity (docs/methods/affinity.md); all are computed in affinity.sql. */
public enum AffinityMeasure {
    /** Share of identical votes, 0 to 1. */
    AGREE,
    /** Signorino and Ritter's S, yes 1, abstain 0.5, no 0: -1 to 1. */
    S,
    /** Cohen's kappa as Häge (2011) uses it: agreement beyond chance, -1 to 1. */
    KAPPA;

    /** The name in output and options: agree, s, kappa. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AffinityMeasure parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        try {
            return valueOf(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown measure '" + text + "' (known: "
                    + Arrays.stream(values()).map(AffinityMeasure::label).collect(Collectors.joining(", ")) + ")");
        }
    }
}
