package org.touchstone.data.fetch;

/** The two GDELT event collections. They publish their files and checksums in different lists. */
public enum GdeltVersion {

    /**
     * GDELT 1.0: yearly files to 2005, monthly files to March 2013, daily files since 2013-04-01,
     * all under {@code events/}, checked by the lists {@code md5sums} and {@code filesizes}.
     */
    V1(1, "events/"),

    /**
     * GDELT 2.0: a file of each kind every 15 minutes since 2015-02-18, under {@code gdeltv2/},
     * listed with size and MD5 in {@code masterfilelist.txt}.
     */
    V2(2, "gdeltv2/");

    private final int number;
    private final String directory;

    GdeltVersion(int number, String directory) {
        this.number = number;
        this.directory = directory;
    }

    /** 1 or 2, as the user writes it. */
    public int number() {
        return number;
    }

    /** Where this version's files live, relative to the site's base URL. */
    String directory() {
        return directory;
    }

    public static GdeltVersion of(int number) {
        for (GdeltVersion version : values()) {
            if (version.number == number) {
                return version;
            }
        }
        throw new IllegalArgumentException("GDELT version must be 1 or 2, not " + number);
    }
}
