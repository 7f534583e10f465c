package org.touchstone.coder.petrarch;

import java.util.Arrays;
import java.util.List;

/**
 * One bracketed code of an actor entry.
 *
 * @param code        the code as written: a CAMEO actor code ("AFGGOV"), the null code "---", or one
 *                    of the oddities of the validation dictionary ("+++", "###", lower-case "pse",
 *                    alternatives "ELR/GAL")
 * @param restriction when the code applies; null when always
 * @param line        the line it was written on (the entry's line or an indented code line)
 */
public record ActorCode(String code, DateRestriction restriction, int line) {

    /** The alternatives of a code written with slashes ("FRO/BIL/SAM"), else the code alone. */
    public List<String> alternatives() {
        return Arrays.asList(code.split("/"));
    }
}
