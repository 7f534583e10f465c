package org.touchstone.analysis;

import java.util.Locale;
import java.util.regex.Pattern;

/** Validation of the actor codes a question is asked about. */
final class ActorCodes {
    private static final Pattern CAMEO_ACTOR = Pattern.compile("[A-Z]{3}[A-Z0-9]{0,12}");

    private ActorCodes() {
    }

    /** The code in upper case, or an IllegalArgumentException that says what a code looks like. */
    static String require(String code, String role) {
        String upper = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!CAMEO_ACTOR.matcher(upper).matches()) {
            throw new IllegalArgumentException(role + " '" + code
                    + "' is not a CAMEO actor code (three letters, optionally followed by role codes, e.g. USA, CHNGOV)");
        }
        return upper;
    }
}
