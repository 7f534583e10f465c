package org.touchstone.data.fetch;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One data file as a GDELT list describes it: what it holds, the days it covers, and the size
 * and MD5 a correct copy must have.
 *
 * @param timestamp when the file's period starts (GDELT 2.0: the 15-minute slot, UTC; GDELT 1.0:
 *                  midnight of the day, month or year the file covers)
 * @param lastDay   the last day the file covers: the same day for daily and 15-minute files,
 *                  the end of the month or year for GDELT 1.0 backfiles
 * @param size      bytes of the zip file
 * @param md5       the zip file's MD5, 32 lower-case hex digits
 * @param url       where to download it
 */
public record GdeltFile(GdeltVersion version, GdeltFileKind kind, LocalDateTime timestamp, LocalDate lastDay,
                        long size, String md5, URI url) {

    /** Oldest first; within one slot events, then mentions, then gkg. */
    public static final Comparator<GdeltFile> CHRONOLOGICAL = Comparator.comparing(GdeltFile::timestamp)
            .thenComparing(GdeltFile::kind)
            .thenComparing(GdeltFile::fileName);

    public GdeltFile {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(url, "url");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        md5 = Objects.requireNonNull(md5, "md5").toLowerCase(Locale.ROOT);
        if (lastDay.isBefore(timestamp.toLocalDate())) {
            throw new IllegalArgumentException("lastDay " + lastDay + " is before " + timestamp);
        }
    }

    /** The first day the file covers. */
    public LocalDate firstDay() {
        return timestamp.toLocalDate();
    }

    /** The last segment of the URL, e.g. {@code 20191024143000.export.CSV.zip}. */
    public String fileName() {
        String path = url.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Whether any day the file covers lies in [from, to]. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !lastDay.isBefore(from) && !firstDay().isAfter(to);
    }
}
