package org.touchstone.data.icews;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.touchstone.core.Actor;
import org.touchstone.core.CameoCodes;
import org.touchstone.core.Event;
import org.touchstone.core.Geo;
import org.touchstone.core.Provenance;
import org.touchstone.core.QuadClass;
import org.touchstone.data.DelimitedLine;
import org.touchstone.data.LineRecordReader;
import org.touchstone.data.ReadResult;
import org.touchstone.data.StringCache;
import org.touchstone.data.UnknownDatasetFormatException;

/**
 * Reads ICEWS event files as published on Dataverse (events.YYYY.*.tab): tab-separated, a header
 * row naming the columns ("Event ID", "Event Date", "Source Name", ...), "NA" for missing values.
 * Columns are found by their header names. Actors become CAMEO codes through
 * {@link IcewsActorCoder}; see docs/DATA.md for the full mapping.
 */
public final class IcewsEventReader extends LineRecordReader<Event> {

    public static final String DATASET = "icews";
    /** The columns a file must have; the rest are optional. */
    static final List<String> REQUIRED_COLUMNS = List.of("Event ID", "Event Date", "CAMEO Code");

    private final IcewsActorCoder actors;
    private final StringCache cache = new StringCache();
    private boolean headerRead;
    private int headerColumns;

    private int eventId;
    private int eventDate;
    private int sourceName;
    private int sourceSectors;
    private int sourceCountry;
    private int cameoCode;
    private int intensity;
    private int targetName;
    private int targetSectors;
    private int targetCountry;
    private int storyId;
    private int sentenceNumber;
    private int publisher;
    private int city;
    private int province;
    private int country;
    private int latitude;
    private int longitude;

    public IcewsEventReader(InputStream in, String fileName) {
        this(in, fileName, IcewsActorCoder.withDefaultTables());
    }

    public IcewsEventReader(InputStream in, String fileName, IcewsActorCoder actors) {
        super(in, fileName, new DelimitedLine(DelimitedLine.Syntax.TAB, false, IcewsActorCoder.MISSING));
        this.actors = actors;
    }

    /** The actor coder, with the country and sector names it could not map so far. */
    public IcewsActorCoder actorCoder() {
        return actors;
    }

    @Override
    protected ReadResult<Event> read(long line) throws UnknownDatasetFormatException {
        if (!headerRead) {
            readHeader(line);
            return null;
        }
        DelimitedLine f = fields;
        if (f.count() != headerColumns) {
            return reject(line, "expected " + headerColumns + " tab-separated columns, found " + f.count());
        }
        String id = requiredText(eventId);
        LocalDate date = f.isoDate(eventDate);
        if (date == null) {
            noteProblem(f.isEmpty(eventDate) ? "missing Event Date"
                    : "unparsable date '" + f.quoted(eventDate) + "' in column Event Date");
        }
        String code = requiredText(cameoCode, cache);
        if (code != null && !CameoCodes.isWellFormed(code)) {
            noteProblem("bad CAMEO code '" + code + "' in column CAMEO Code");
        }
        Double goldstein = optionalDecimal(intensity, -10, 10);
        Double lat = optionalDecimal(latitude, -90, 90);
        Double lon = optionalDecimal(longitude, -180, 180);
        Integer sentence = optionalInteger(sentenceNumber, 0, Integer.MAX_VALUE);
        if (problem() != null) {
            return reject(line, problem());
        }

        Actor source = actors.actor(f.text(sourceName, cache), f.text(sourceSectors, cache),
                f.text(sourceCountry, cache));
        Actor target = actors.actor(f.text(targetName, cache), f.text(targetSectors, cache),
                f.text(targetCountry, cache));
        Geo geo = geo(lat, lon);
        // the story and sentence let an analyst trace the event back to the text ICEWS coded
        Provenance provenance = new Provenance(fileName, line, f.text(storyId), sentence, null, null, List.of());
        return accept(line, new Event(DATASET, id, date, source, target, code, QuadClass.ofCode(code),
                goldstein, null, null, null, null, geo, f.text(publisher, cache), provenance));
    }

    /** "City, Province, Country" from the parts present; the country also as its CAMEO code. */
    private Geo geo(Double lat, Double lon) {
        String cityName = fields.text(city, cache);
        String provinceName = fields.text(province, cache);
        String countryName = fields.text(country, cache);
        StringBuilder name = new StringBuilder();
        for (String part : new String[] {cityName, provinceName, countryName}) {
            if (part != null) {
                if (name.length() > 0) {
                    name.append(", ");
                }
                name.append(part);
            }
        }
        if (name.length() == 0 && lat == null && lon == null) {
            return Geo.UNKNOWN;
        }
        String countryCode = actors.countryCode(countryName);
        return new Geo(name.length() == 0 ? null : name.toString(), countryCode, lat, lon);
    }

    private void readHeader(long line) throws UnknownDatasetFormatException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < fields.count(); i++) {
            String name = fields.text(i);
            names.add(name == null ? "" : name.trim());
        }
        for (String required : REQUIRED_COLUMNS) {
            if (!names.contains(required)) {
                throw new UnknownDatasetFormatException(fileName, "line " + line
                        + " is not an ICEWS header: it lacks the column '" + required + "'");
            }
        }
        columnNames(names);
        headerColumns = names.size();
        eventId = names.indexOf("Event ID");
        eventDate = names.indexOf("Event Date");
        sourceName = names.indexOf("Source Name");
        sourceSectors = names.indexOf("Source Sectors");
        sourceCountry = names.indexOf("Source Country");
        cameoCode = names.indexOf("CAMEO Code");
        intensity = names.indexOf("Intensity");
        targetName = names.indexOf("Target Name");
        targetSectors = names.indexOf("Target Sectors");
        targetCountry = names.indexOf("Target Country");
        storyId = names.indexOf("Story ID");
        sentenceNumber = names.indexOf("Sentence Number");
        publisher = names.indexOf("Publisher");
        city = names.indexOf("City");
        province = names.indexOf("Province");
        country = names.indexOf("Country");
        latitude = names.indexOf("Latitude");
        longitude = names.indexOf("Longitude");
        headerRead = true;
    }
}
