package org.touchstone.data.gdelt;

import java.io.InputStream;
import java.time.LocalDate;

import org.touchstone.core.Actor;
import org.touchstone.core.CameoCodes;
import org.touchstone.core.Event;
import org.touchstone.core.Geo;
import org.touchstone.core.Provenance;
import org.touchstone.core.QuadClass;
import org.touchstone.data.DatasetFormat;
import org.touchstone.data.DelimitedLine;
import org.touchstone.data.LineRecordReader;
import org.touchstone.data.ReadResult;
import org.touchstone.data.StringCache;

/**
 * Reads GDELT event rows: the raw tab-separated GDELT 1.0 daily and historical files (58 or 57
 * columns), GDELT 2.0 15-minute exports (61 columns), and the re-saved GDELT 1.0 comma CSV with
 * a header row. One line at a time; a header row ("GLOBALEVENTID", "SQLDATE", ...) is skipped wherever it stands.
 * See docs/DATA.md for the column mapping and the rejection reasons.
 */
public final class GdeltEventReader extends LineRecordReader<Event> {

    private final DatasetFormat format;
    private final GdeltEventLayout layout;
    private final String separatorName;
    private final StringCache cache = new StringCache();

    /**
     * @param format   {@link DatasetFormat#GDELT1_EVENTS}, {@link DatasetFormat#GDELT1_CSV} or
     *                 {@link DatasetFormat#GDELT2_EVENTS}
     * @param fileName the name recorded in each event's provenance
     */
    public GdeltEventReader(InputStream in, String fileName, DatasetFormat format) {
        super(in, fileName, linesOf(format));
        this.format = format;
        this.layout = format == DatasetFormat.GDELT2_EVENTS ? GdeltEventLayout.GDELT2 : GdeltEventLayout.GDELT1;
        this.separatorName = format == DatasetFormat.GDELT1_CSV ? "comma-separated" : "tab-separated";
        columnNames(layout.names);
    }

    private static DelimitedLine linesOf(DatasetFormat format) {
        switch (format) {
            case GDELT1_EVENTS:
            case GDELT2_EVENTS:
                return DelimitedLine.tabSeparated();
            case GDELT1_CSV:
                // the re-saved CSV pads some fields with spaces and writes R's "NA" for missing
                return new DelimitedLine(DelimitedLine.Syntax.CSV, true, "NA");
            default:
                throw new IllegalArgumentException("not a GDELT event format: " + format);
        }
    }

    @Override
    protected ReadResult<Event> read(long line) {
        DelimitedLine f = fields;
        GdeltEventLayout c = layout;
        if (isHeaderRow()) {
            return null;
        }
        if (!c.acceptsColumnCount(f.count())) {
            return reject(line, "expected " + c.expectedColumns() + " " + separatorName + " columns, found " + f.count());
        }

        String eventId = requiredDigits(c.globalEventId);
        LocalDate date = f.basicDate(c.sqlDate);
        if (date == null) {
            noteProblem(f.isEmpty(c.sqlDate) ? "missing SQLDATE"
                    : "unparsable date '" + f.quoted(c.sqlDate) + "' in column SQLDATE");
        }
        String code = requiredText(c.eventCode, cache);
        QuadClass quadClass = null;
        if (code != null) {
            if (!CameoCodes.isWellFormed(code)) {
                noteProblem("bad CAMEO code '" + code + "' in column EventCode");
            } else {
                quadClass = checkedQuadClass(code);
            }
        }
        Double goldstein = optionalDecimal(c.goldsteinScale, -10, 10);
        Integer mentions = optionalInteger(c.numMentions, 0, Integer.MAX_VALUE);
        Integer sources = optionalInteger(c.numSources, 0, Integer.MAX_VALUE);
        Integer articles = optionalInteger(c.numArticles, 0, Integer.MAX_VALUE);
        Double tone = optionalDecimal(c.avgTone, -100, 100);
        Double latitude = optionalDecimal(c.actionGeoLat, -90, 90);
        Double longitude = optionalDecimal(c.actionGeoLong, -180, 180);
        if (problem() != null) {
            return reject(line, problem());
        }

        Actor source = actor(c.actor1Code, c.actor1Name, c.actor1CountryCode, c.actor1Type1Code);
        Actor target = actor(c.actor2Code, c.actor2Name, c.actor2CountryCode, c.actor2Type1Code);
        String geoName = f.text(c.actionGeoFullName, cache);
        String geoCountry = f.text(c.actionGeoCountryCode, cache);
        Geo geo = geoName == null && geoCountry == null && latitude == null && longitude == null
                ? Geo.UNKNOWN : new Geo(geoName, geoCountry, latitude, longitude);
        String url = f.text(c.sourceUrl);

        return accept(line, new Event(format.datasetName(), eventId, date, source, target, code, quadClass,
                goldstein, mentions, sources, articles, tone, geo, url, Provenance.ofRow(fileName, line)));
    }

    /** The QuadClass column, which must agree with the root of the event code; derived when empty. */
    private QuadClass checkedQuadClass(String code) {
        int root = (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
        QuadClass ofRoot = QuadClass.ofRoot(root);
        int column = layout.quadClass;
        if (fields.isEmpty(column)) {
            return ofRoot;
        }
        long written = fields.integer(column);
        if (written < 1 || written > 4) {
            noteProblem("QuadClass '" + fields.quoted(column) + "' is not 1-4");
            return null;
        }
        if (written != ofRoot.number()) {
            noteProblem("QuadClass " + written + " disagrees with EventCode '" + code + "' (root "
                    + code.substring(0, 2) + " is quad class " + ofRoot.number() + ")");
            return null;
        }
        return ofRoot;
    }

    private Actor actor(int codeColumn, int nameColumn, int countryColumn, int typeColumn) {
        String code = fields.text(codeColumn, cache);
        String name = fields.text(nameColumn, cache);
        String country = fields.text(countryColumn, cache);
        String type = fields.text(typeColumn, cache);
        if (code == null && name == null && country == null && type == null) {
            return Actor.UNKNOWN;
        }
        return new Actor(code, name, country, type);
    }
}
