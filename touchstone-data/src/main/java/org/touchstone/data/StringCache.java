package org.touchstone.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Hands out one String per distinct short byte sequence, so that the codes and names that repeat
 * on every row ("USA", "GOV", "040", "Washington, District of Columbia, United States") are not
 * decoded and allocated again for each row. Direct-mapped: a collision simply replaces the slot,
 * so memory stays fixed however many distinct values a file holds.
 */
public final class StringCache {

    private static final int SLOTS = 4096;
    private static final int MAX_LENGTH = 64;

    private final int[] hashes = new int[SLOTS];
    private final byte[][] keys = new byte[SLOTS][];
    private final String[] values = new String[SLOTS];

    /** The text of {@code buf[start, end)}, decoded as UTF-8. */
    public String get(byte[] buf, int start, int end) {
        int length = end - start;
        if (length > MAX_LENGTH) {
            return new String(buf, start, length, StandardCharsets.UTF_8);
        }
        int hash = length;
        for (int p = start; p < end; p++) {
            hash = hash * 31 + buf[p];
        }
        int slot = (hash ^ (hash >>> 12)) & (SLOTS - 1);
        byte[] key = keys[slot];
        if (key != null && hashes[slot] == hash && sameBytes(key, buf, start, length)) {
            return values[slot];
        }
        String value = new String(buf, start, length, StandardCharsets.UTF_8);
        hashes[slot] = hash;
        keys[slot] = Arrays.copyOfRange(buf, start, end);
        values[slot] = value;
        return value;
    }

    private static boolean sameBytes(byte[] key, byte[] buf, int start, int length) {
        if (key.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key[i] != buf[start + i]) {
                return false;
            }
        }
        return true;
    }
}
