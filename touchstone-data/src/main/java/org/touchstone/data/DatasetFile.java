package org.touchstone.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.touchstone.core.Event;
import org.touchstone.core.Mention;
import org.touchstone.data.csv.EventCsvReader;
import org.touchstone.data.gdelt.GdeltEventReader;
import org.touchstone.data.gdelt.GdeltMentionReader;
import org.touchstone.data.icews.IcewsEventReader;

/**
 * A dataset file opened for reading (see {@link DatasetFiles#open}): its format, one streaming
 * reader of its records, and how far reading has got, for a progress bar. Closing it closes the
 * file. Progress may be polled from another thread while one thread reads.
 */
public final class DatasetFile implements Closeable {

    private final Path path;
    private final String dataName;
    private final DatasetFormat format;
    private final ProgressInputStream progress;
    private final InputStream data;
    private final long size;
    private boolean readerTaken;
    private IcewsEventReader icewsReader;

    DatasetFile(Path path, String dataName, DatasetFormat format, ProgressInputStream progress,
                InputStream data, long size) {
        this.path = path;
        this.dataName = dataName;
        this.format = format;
        this.progress = progress;
        this.data = data;
        this.size = size;
    }

    public Path path() {
        return path;
    }

    /**
     * The name of the data as recorded in provenance: the file name, without ".gz", or the name
     * of the file inside a zip. Plain, gzip and zip copies of a file thus give equal records.
     */
    public String dataName() {
        return dataName;
    }

    public DatasetFormat format() {
        return format;
    }

    /** The dataset its records belong to: "gdelt1", "gdelt2" or "icews". */
    public String datasetName() {
        return format.datasetName();
    }

    /**
     * The events of the file, one at a time. May be taken once.
     *
     * @throws IllegalStateException for a mentions file, or when the reader was already taken
     */
    public RecordReader<Event> events() {
        if (format.hasMentions()) {
            throw new IllegalStateException(path + " holds " + format.description() + ", not events: use mentions()");
        }
        takeReader();
        if (format == DatasetFormat.TOUCHSTONE_EVENTS_CSV) {
            return new EventCsvReader(data, dataName);
        }
        if (format == DatasetFormat.ICEWS_EVENTS) {
            icewsReader = new IcewsEventReader(data, dataName);
            return icewsReader;
        }
        return new GdeltEventReader(data, dataName, format);
    }

    /**
     * The mentions of a GDELT 2.0 mentions file, one at a time. May be taken once.
     *
     * @throws IllegalStateException for an events file, or when the reader was already taken
     */
    public RecordReader<Mention> mentions() {
        if (!format.hasMentions()) {
            throw new IllegalStateException(path + " holds " + format.description() + ", not mentions: use events()");
        }
        takeReader();
        return new GdeltMentionReader(data, dataName);
    }

    /** Bytes of the file itself (compressed, if it is) read so far. */
    public long bytesRead() {
        return progress.bytesRead();
    }

    /** Size of the file itself in bytes; with {@link #bytesRead()} it gives the progress. */
    public long size() {
        return size;
    }

    /**
     * Names the reader found but could not map to codes, with how often: ICEWS country names
     * ("country: Kosovo") and sector names ("sector: Shinto") missing from the project's tables.
     * Empty for GDELT, whose files carry codes already. Grows as reading goes on.
     */
    public Map<String, Long> unmappedNames() {
        Map<String, Long> names = new TreeMap<>();
        if (icewsReader != null) {
            icewsReader.actorCoder().unmappedCountries().forEach((name, n) -> names.put("country: " + name, n));
            icewsReader.actorCoder().unmappedSectors().forEach((name, n) -> names.put("sector: " + name, n));
        }
        return names;
    }

    @Override
    public void close() throws IOException {
        data.close();
    }

    private void takeReader() {
        if (readerTaken) {
            throw new IllegalStateException("the reader of " + path + " was already taken");
        }
        readerTaken = true;
    }
}
