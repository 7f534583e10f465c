package org.touchstone.data.csv;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.touchstone.core.Actor;
import org.touchstone.core.CameoCodes;
import org.touchstone.core.Event;
import org.touchstone.core.Geo;
import org.touchstone.core.Provenance;
import org.touchstone.core.QuadClass;
import org.touchstone.core.cameo.ActorCode;
import org.touchstone.core.cameo.ActorCodebook;
import org.touchstone.core.cameo.CameoCodebook;
import org.touchstone.data.DelimitedLine;
import org.touchstone.data.LineRecordReader;
import org.touchstone.data.ReadResult;
import org.touchstone.data.StringCache;
import org.touchstone.data.UnknownDatasetFormatException;

/**
 * Reads events in Touchstone's own CSV layout: a header row naming columns of the store's events
 * table (as {@code touchstone export --format csv} writes them), then one event per line. Only
 * {@code event_id}, {@code date} and {@code code} are required, so an analyst can build an event
 * table by hand: a missing dataset is "touchstone", a missing Goldstein value comes from the CAMEO
 * codebook, the quad class from the code's root, and actor countries and sectors from the codes.
 */
public final class EventCsvReader extends LineRecordReader<Event> {

    public static final String DEFAULT_DATASET = "touchstone";
    /** Columns a file must have. */
    static final List<String> REQUIRED = List.of("event_id", "date", "code");
    /** Columns that are read when present. */
    static final List<String> READ = List.of("dataset", "event_id", "date", "source_code", "source_name",
            "source_country", "source_sector", "target_code", "target_name", "target_country", "target_sector",
            "code", "quad_class", "goldstein", "mentions", "sources", "articles", "tone", "geo_name", "geo_country",
            "latitude", "longitude", "url", "doc_id", "sentence_index", "span_start", "span_end", "dictionary_entries");
    /** Columns of an export that are derived again (or replaced by this file's provenance) and so skipped. */
    static final Set<String> DERIVED = Set.of("root_code", "verbal", "file_id", "line");

    private final CameoCodebook codebook = CameoCodebook.standard();
    private final ActorCodebook actorCodes = ActorCodebook.standard();
    private final StringCache cache = new StringCache();
    private final Map<String, Integer> columns = new HashMap<>();
    private int headerColumns = -1;

    public EventCsvReader(InputStream in, String fileName) {
        super(in, fileName, new DelimitedLine(DelimitedLine.Syntax.CSV, false, null));
    }

    /** True when a header line names this layout: it starts with "event_id," or "dataset,event_id,". */
    public static boolean isHeader(String firstLine) {
        return firstLine.startsWith("event_id,") || firstLine.startsWith("dataset,event_id,");
    }

    @Override
    protected ReadResult<Event> read(long line) throws UnknownDatasetFormatException {
        if (headerColumns < 0) {
            readHeader(line);
            return null;
        }
        if (fields.count() != headerColumns) {
            return reject(line, "expected " + headerColumns + " comma-separated columns, found " + fields.count());
        }
        String id = requiredText(column("event_id"));
        int dateColumn = column("date");
        LocalDate date = fields.isoDate(dateColumn);
        if (date == null) {
            noteProblem(fields.isEmpty(dateColumn) ? "missing date"
                    : "unparsable date '" + fields.quoted(dateColumn) + "' in column date (expected YYYY-MM-DD)");
        }
        String code = requiredText(column("code"), cache);
        QuadClass quad = null;
        if (code != null && !CameoCodes.isWellFormed(code)) {
            noteProblem("bad CAMEO code '" + code + "' in column code");
        } else if (code != null) {
            quad = QuadClass.ofCode(code);
            Integer given = optionalInteger(column("quad_class"), 1, 4);
            if (given != null && given != quad.number()) {
                noteProblem("quad_class " + given + " disagrees with code " + code + " (root " + CameoCodes.rootOf(code)
                        + " is quad class " + quad.number() + ")");
            }
        }
        Double goldstein = optionalDecimal(column("goldstein"), -10, 10);
        Integer mentions = optionalInteger(column("mentions"), 0, Integer.MAX_VALUE);
        Integer sources = optionalInteger(column("sources"), 0, Integer.MAX_VALUE);
        Integer articles = optionalInteger(column("articles"), 0, Integer.MAX_VALUE);
        Double tone = optionalDecimal(column("tone"), -100, 100);
        Double lat = optionalDecimal(column("latitude"), -90, 90);
        Double lon = optionalDecimal(column("longitude"), -180, 180);
        Integer sentence = optionalInteger(column("sentence_index"), 0, Integer.MAX_VALUE);
        Integer spanStart = optionalInteger(column("span_start"), 0, Integer.MAX_VALUE);
        Integer spanEnd = optionalInteger(column("span_end"), 0, Integer.MAX_VALUE);
        if (problem() != null) {
            return reject(line, problem());
        }
        if (goldstein == null) {
            goldstein = codebook.goldstein(code);
        }
        String dataset = text("dataset");
        String entries = text("dictionary_entries");
        Provenance provenance = new Provenance(fileName, line, text("doc_id"), sentence, spanStart, spanEnd,
                entries == null ? List.of() : List.of(entries.split(" \\| ")));
        Geo geo = new Geo(text("geo_name"), text("geo_country"), lat, lon);
        return accept(line, new Event(dataset == null ? DEFAULT_DATASET : dataset, id, date,
                actor("source"), actor("target"), code, quad, goldstein, mentions, sources, articles, tone,
                geo, text("url"), provenance));
    }

    /** An actor from its columns; country and sector come from the code where the file leaves them out. */
    private Actor actor(String side) {
        String code = text(side + "_code");
        String country = text(side + "_country");
        String sector = text(side + "_sector");
        if (code != null && (country == null || sector == null)) {
            ActorCode parsed = actorCodes.parse(code);
            country = country == null ? parsed.country() : country;
            sector = sector == null ? parsed.primarySector() : sector;
        }
        return new Actor(code, text(side + "_name"), country, sector);
    }

    private String text(String column) {
        int i = column(column);
        return i < 0 ? null : fields.text(i, cache);
    }

    /** The column's position, or -1 when the file does not have it (then it reads as empty). */
    private int column(String name) {
        return columns.getOrDefault(name, -1);
    }

    private void readHeader(long line) throws UnknownDatasetFormatException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < fields.count(); i++) {
            String name = fields.text(i);
            name = name == null ? "" : name.trim();
            if (!READ.contains(name) && !DERIVED.contains(name)) {
                throw new UnknownDatasetFormatException(fileName, "line " + line + ": unknown column '" + name
                        + "' (known: " + String.join(", ", READ) + ")");
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw new UnknownDatasetFormatException(fileName, "line " + line + ": column '" + name + "' appears twice");
            }
            names.add(name);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new UnknownDatasetFormatException(fileName, "line " + line + ": the header lacks the column '"
                        + required + "'");
            }
        }
        columnNames(names);
        headerColumns = names.size();
    }
}
