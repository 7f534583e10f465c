package org.touchstone.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a file and the 64-bit file id the store derives from it (its first 8 bytes, big
 * endian), so that rows ingested by Spark and by {@code touchstone ingest} carry the same file id.
 */
record FileDigest(String sha256, long fileId) implements Serializable {

    static FileDigest of(InputStream in) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
        }
        byte[] hash = digest.digest();
        long id = 0;
        for (int i = 0; i < 8; i++) {
            id = (id << 8) | (hash[i] & 0xff);
        }
        return new FileDigest(HexFormat.of().formatHex(hash), id);
    }
}
