package org.touchstone.core.cameo;

import java.io.Reader;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.touchstone.core.CameoCodes;
import org.touchstone.core.QuadClass;

/**
 * The CAMEO event codes: every code of CAMEO 1.1b3 with its name, Goldstein value, quad class and
 * PLOVER mapping. The standard codebook is the project's table {@value #RESOURCE}; see
 * docs/CAMEO.md for its sources.
 */
public final class CameoCodebook {
    /** The standard table, stored next to this class. */
    public static final String RESOURCE = "event-codes.tsv";

    static final List<String> HEADER = List.of(
            "code", "level", "quad_class", "goldstein", "plover", "plover_mode", "plover_context", "name");

    private static volatile CameoCodebook standard;

    private final Map<String, CameoCode> byCode;

    private CameoCodebook(Map<String, CameoCode> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** The project's codebook, read once from {@value #RESOURCE}. */
    public static CameoCodebook standard() {
        CameoCodebook loaded = standard;
        if (loaded == null) {
            // Not a holder class: a malformed table then fails every call with its own message.
            synchronized (CameoCodebook.class) {
                if (standard == null) {
                    standard = read(RESOURCE, TsvTable.openResource(CameoCodebook.class, RESOURCE));
                }
                loaded = standard;
            }
        }
        return loaded;
    }

    /**
     * Reads a table in the layout of {@value #RESOURCE}.
     *
     * @param sourceName names the table in error messages
     * @throws CodebookFormatException naming the line and the reason when any line is malformed
     */
    public static CameoCodebook read(String sourceName, Reader reader) {
        Map<String, CameoCode> byCode = new LinkedHashMap<>();
        Map<String, TsvTable.Row> rowOf = new LinkedHashMap<>();
        for (TsvTable.Row row : TsvTable.read(sourceName, reader, HEADER)) {
            CameoCode code = toCode(row);
            if (byCode.putIfAbsent(code.code(), code) != null) {
                throw row.error("code " + code.code() + " appears twice (first on line "
                        + rowOf.get(code.code()).line() + ")");
            }
            rowOf.put(code.code(), row);
        }
        // Parents are checked after reading, so the table may list codes in any order.
        for (CameoCode code : byCode.values()) {
            if (code.parent() != null && !byCode.containsKey(code.parent())) {
                throw rowOf.get(code.code()).error("code " + code.code() + " has no parent code "
                        + code.parent() + " in the table");
            }
        }
        return new CameoCodebook(byCode);
    }

    private static CameoCode toCode(TsvTable.Row row) {
        String code = row.text(0);
        if (!CameoCodes.isWellFormed(code)) {
            throw row.error("'" + code + "' is not a CAMEO event code (2-4 digits, root 01-20)");
        }
        try {
            String context = row.optional(6);
            return new CameoCode(code,
                    CameoCode.Level.ofLabel(row.text(1)),
                    row.text(7),
                    parseGoldstein(row.optional(3)),
                    QuadClass.ofNumber(parseQuadClass(row.text(2))),
                    row.optional(4),
                    row.optional(5),
                    context == null ? List.of() : Arrays.asList(context.split(";")));
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    private static int parseQuadClass(String text) {
        if (!text.matches("[1-4]")) {
            throw new IllegalArgumentException("quad_class must be 1-4, was '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    private static Double parseGoldstein(String text) {
        if (text == null) {
            return null;
        }
        if (!text.matches("-?\\d{1,2}(\\.\\d+)?")) {
            throw new IllegalArgumentException("goldstein must be a number like -7.5 or '-', was '" + text + "'");
        }
        return Double.valueOf(text);
    }

    /** The code, if the codebook lists it. "10" and "010" are different codes. */
    public Optional<CameoCode> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /**
     * The code, which must be listed.
     *
     * @throws IllegalArgumentException saying whether the text is not a CAMEO code at all or an unknown one
     */
    public CameoCode require(String code) {
        CameoCode found = code == null ? null : byCode.get(code);
        if (found != null) {
            return found;
        }
        if (!CameoCodes.isWellFormed(code)) {
            throw new IllegalArgumentException("not a CAMEO event code: '" + code
                    + "' (expected 2-4 digits with a root 01-20, leading zeros kept)");
        }
        throw new IllegalArgumentException("unknown CAMEO event code '" + code + "': not in the codebook");
    }

    /** Every code, in the table's order (root, then its base codes each followed by their full codes). */
    public Collection<CameoCode> all() {
        return byCode.values();
    }

    public int size() {
        return byCode.size();
    }

    /**
     * The Goldstein value of a code. A code without a value of its own, or not in the codebook
     * (e.g. a dataset's "0215"), takes the value of its base code, else of its root.
     *
     * @return the value, or null only if neither the code nor its base nor its root has one
     * @throws IllegalArgumentException when the text is not a CAMEO event code
     */
    public Double goldstein(String code) {
        if (!CameoCodes.isWellFormed(code)) {
            throw new IllegalArgumentException("not a CAMEO event code: '" + code + "'");
        }
        for (int digits = code.length(); digits >= 2; digits--) {
            CameoCode listed = byCode.get(code.substring(0, digits));
            if (listed != null && listed.goldstein() != null) {
                return listed.goldstein();
            }
        }
        return null;
    }
}
