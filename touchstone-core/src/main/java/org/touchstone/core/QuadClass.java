package org.touchstone.core;

/**
 * GDELT's four-way grouping of CAMEO root codes: roots 01-05 verbal cooperation, 06-09 material
 * cooperation, 10-14 verbal conflict, 15-20 material conflict.
 */
public enum QuadClass {
    VERBAL_COOPERATION(1),
    MATERIAL_COOPERATION(2),
    VERBAL_CONFLICT(3),
    MATERIAL_CONFLICT(4);

    private final int number;

    QuadClass(int number) {
        this.number = number;
    }

    /** The number GDELT writes in its QuadClass column (1-4). */
    public int number() {
        return number;
    }

    public boolean isVerbal() {
        return this == VERBAL_COOPERATION || this == VERBAL_CONFLICT;
    }

    public boolean isCooperative() {
        return this == VERBAL_COOPERATION || this == MATERIAL_COOPERATION;
    }

    public static QuadClass ofNumber(int number) {
        for (QuadClass q : values()) {
            if (q.number == number) {
                return q;
            }
        }
        throw new IllegalArgumentException("quad class must be 1-4, was " + number);
    }

    /** The quad class of a CAMEO root code (1-20). */
    public static QuadClass ofRoot(int root) {
        if (root >= 1 && root <= 5) return VERBAL_COOPERATION;
        if (root >= 6 && root <= 9) return MATERIAL_COOPERATION;
        if (root >= 10 && root <= 14) return VERBAL_CONFLICT;
        if (root >= 15 && root <= 20) return MATERIAL_CONFLICT;
        throw new IllegalArgumentException("CAMEO root code must be 01-20, was " + root);
    }

    /** The quad class of any CAMEO event code ("0311", "190", "15"). */
    public static QuadClass ofCode(String cameoCode) {
        return ofRoot(Integer.parseInt(CameoCodes.rootOf(cameoCode)));
    }
}
