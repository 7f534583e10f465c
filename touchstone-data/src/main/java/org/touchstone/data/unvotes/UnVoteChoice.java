package org.touchstone.data.unvotes;

import java.util.Locale;

/**
 * How a country voted on a roll call. The data has no row for a member that was absent or not
 * yet (or no longer) a member, so those are not choices here.
 */
public enum UnVoteChoice {
    YES, ABSTAIN, NO;

    /** The choice as the data and the store write it: "yes", "abstain", "no". */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The choice written as text (any case), or null when the text is none of yes, abstain, no. */
    public static UnVoteChoice parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "yes" -> YES;
            case "abstain" -> ABSTAIN;
            case "no" -> NO;
            default -> null;
        };
    }
}
