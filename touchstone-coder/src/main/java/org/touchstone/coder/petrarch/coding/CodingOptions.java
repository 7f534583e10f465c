package org.touchstone.coder.petrarch.coding;

import java.util.Locale;
import java.util.Map;

/**
 * The options PETRARCH lets a run (or a validation record) change, read by the coder when it
 * works with PETRARCH semantics ({@link org.touchstone.coder.dict.Dictionaries.Semantics#PETRARCH}).
 * The project's own semantics ignore them.
 *
 * @param requireDyad    an event needs a coded source and a coded target; when false, a missing
 *                       side is written "---" (PETRARCH's {@code require_dyad})
 * @param newActorLength noun phrases of at most this many words that hold no actor become actors
 *                       named by their text, upper case, in double quotes; 0 turns this off
 * @param commaMin       shortest comma-delimited clause inside the sentence that is set aside (words)
 * @param commaMax       longest such clause; 0 keeps them all
 * @param commaBMin      shortest clause from the sentence start to the first comma that is set aside
 * @param commaBMax      longest such clause; 0 keeps it
 * @param commaEMin      shortest clause from the last comma to the sentence end that is set aside
 * @param commaEMax      longest such clause; 0 keeps it
 */
public record CodingOptions(boolean requireDyad, int newActorLength, int commaMin, int commaMax, int commaBMin,
                            int commaBMax, int commaEMin, int commaEMax) {

    /** PETRARCH's defaults (PETR_config.ini): dyads required, no new actors, commas 2-8, 0-0, 2-8. */
    public static final CodingOptions DEFAULTS = new CodingOptions(true, 0, 2, 8, 0, 0, 2, 8);

    /**
     * These options changed by PETRARCH {@code <Config option value>} settings: {@code require_dyad}
     * (any case of true/false), {@code new_actor_length} and the {@code comma_*} lengths. Unknown
     * options and values that are not numbers are ignored, as PETRARCH ignores them.
     */
    public CodingOptions with(Map<String, String> settings) {
        boolean dyad = requireDyad;
        int actor = newActorLength;
        int[] c = {commaMin, commaMax, commaBMin, commaBMax, commaEMin, commaEMax};
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String key = e.getKey().strip().toLowerCase(Locale.ROOT);
            String value = e.getValue() == null ? "" : e.getValue().strip();
            switch (key) {
                case "require_dyad" -> dyad = !value.toLowerCase(Locale.ROOT).startsWith("f");
                case "new_actor_length" -> actor = number(value, actor);
                case "comma_min" -> c[0] = number(value, c[0]);
                case "comma_max" -> c[1] = number(value, c[1]);
                case "comma_bmin" -> c[2] = number(value, c[2]);
                case "comma_bmax" -> c[3] = number(value, c[3]);
                case "comma_emin" -> c[4] = number(value, c[4]);
                case "comma_emax" -> c[5] = number(value, c[5]);
                default -> {
                }
            }
        }
        return new CodingOptions(dyad, actor, c[0], c[1], c[2], c[3], c[4], c[5]);
    }

    private static int number(String value, int otherwise) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
