package org.touchstone.core;

/** Syntax of CAMEO event codes: text of 2-4 digits, leading zeros significant ("010" is not 10). */
public final class CameoCodes {
    private CameoCodes() {
    }

    /** True when the text is 2-4 digits whose first two form a root 01-20. */
    public static boolean isWellFormed(String code) {
        if (code == null || code.length() < 2 || code.length() > 4) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        int root = (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
        return root >= 1 && root <= 20;
    }

    /** The two-digit root of a code: "0311" -> "03". */
    public static String rootOf(String code) {
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("not a CAMEO event code: '" + code + "'");
        }
        return code.substring(0, 2);
    }
}
