package org.touchstone.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read from the file itself (before any decompression), for a progress bar. */
final class ProgressInputStream extends FilterInputStream {

    // written by the reading thread, read by whoever draws the progress bar
    private volatile long bytesRead;

    ProgressInputStream(InputStream in) {
        super(in);
    }

    long bytesRead() {
        return bytesRead;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            bytesRead++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            bytesRead += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        bytesRead += skipped;
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
