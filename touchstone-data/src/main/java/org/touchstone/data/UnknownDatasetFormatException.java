package org.touchstone.data;

import java.io.IOException;

/** A file that is not (or not recognisably) in one of the dataset formats Touchstone reads. */
public final class UnknownDatasetFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;

    public UnknownDatasetFormatException(String file, String why) {
        super(file + ": " + why);
        this.file = file;
    }

    /** The file, as named in the message. */
    public String file() {
        return file;
    }
}
