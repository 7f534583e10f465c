package org.touchstone.core.cameo;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.touchstone.core.CameoCodes;
import org.touchstone.core.QuadClass;

/**
 * One CAMEO event code with what the project knows about it.
 *
 * @param code           the code as text, leading zeros kept ("010")
 * @param level          root (2 digits), base (3 digits) or full (4 digits)
 * @param name           English name, e.g. "Make a visit"
 * @param goldstein      Goldstein value, -10 to +10; null where no published value exists
 *                       ({@link CameoCodebook#goldstein(String)} falls back to the base or root)
 * @param quadClass      the quad class, which follows from the root
 * @param ploverCategory the PLOVER event category the code maps to, e.g. "CONSULT";
 *                       null where PLOVER drops the code
 * @param ploverMode     the PLOVER mode, e.g. "visit"; null when none
 * @param ploverContexts the PLOVER contexts, e.g. ["military", "legal"]; empty when none
 */
public record CameoCode(String code, Level level, String name, Double goldstein, QuadClass quadClass,
                        String ploverCategory, String ploverMode, List<String> ploverContexts) {

    /** The sixteen PLOVER event categories (PLOVER manual, 2021). */
    public static final Set<String> PLOVER_CATEGORIES = Set.of(
            "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
            "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    /** How specific a code is: the number of its digits. */
    public enum Level {
        ROOT(2), BASE(3), FULL(4);

        private final int digits;

        Level(int digits) {
            this.digits = digits;
        }

        public int digits() {
            return digits;
        }

        /** The word the codebook table uses: "root", "base" or "full". */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Level ofCode(String code) {
            for (Level level : values()) {
                if (level.digits == code.length()) {
                    return level;
                }
            }
            throw new IllegalArgumentException("a CAMEO event code has 2-4 digits: '" + code + "'");
        }

        public static Level ofLabel(String label) {
            for (Level level : values()) {
                if (level.label().equals(label)) {
                    return level;
                }
            }
            throw new IllegalArgumentException("level must be root, base or full, was '" + label + "'");
        }
    }

    /** Checks that the parts agree with each other; the messages name the part that is wrong. */
    public CameoCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(quadClass, "quadClass");
        if (!CameoCodes.isWellFormed(code)) {
            throw new IllegalArgumentException("not a CAMEO event code: '" + code + "'");
        }
        if (level != Level.ofCode(code)) {
            throw new IllegalArgumentException("level " + level.label() + " does not fit the "
                    + code.length() + "-digit code " + code + " (expected " + Level.ofCode(code).label() + ")");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("code " + code + " has no name");
        }
        if (quadClass != QuadClass.ofCode(code)) {
            throw new IllegalArgumentException("quad class " + quadClass.number() + " does not fit root "
                    + CameoCodes.rootOf(code) + " (expected " + QuadClass.ofCode(code).number() + ")");
        }
        if (goldstein != null && !(goldstein >= -10.0 && goldstein <= 10.0)) {
            throw new IllegalArgumentException("Goldstein value " + goldstein + " is outside -10..10");
        }
        if (ploverCategory != null && !PLOVER_CATEGORIES.contains(ploverCategory)) {
            throw new IllegalArgumentException("'" + ploverCategory + "' is not a PLOVER category");
        }
        ploverContexts = ploverContexts == null ? List.of() : List.copyOf(ploverContexts);
        if (ploverCategory == null && (ploverMode != null || !ploverContexts.isEmpty())) {
            throw new IllegalArgumentException("a PLOVER mode or context needs a PLOVER category");
        }
    }

    /** The two-digit root, "03" for "0311". */
    public String root() {
        return code.substring(0, 2);
    }

    /** The code one level up ("031" for "0311", "03" for "031"); null for a root. */
    public String parent() {
        return level == Level.ROOT ? null : code.substring(0, code.length() - 1);
    }

    /** True when PLOVER has no category for this code (it drops most of roots 01 and 02). */
    public boolean isDroppedByPlover() {
        return ploverCategory == null;
    }
}
