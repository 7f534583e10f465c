package org.touchstone.data.gdelt;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each column sits in a GDELT event row. GDELT 1.0 and 2.0 share the first 35 columns; 2.0
 * adds an ADM2Code to each of the three geo blocks (61 columns against 58). Historical GDELT 1.0
 * files (before April 2013) lack the final SOURCEURL column (57). Column names are those of the
 * official header files, so rejection reasons name columns as the GDELT codebook does.
 */
final class GdeltEventLayout {

    static final GdeltEventLayout GDELT1 = new GdeltEventLayout(columnNames(false), 57);
    static final GdeltEventLayout GDELT2 = new GdeltEventLayout(columnNames(true), -1);

    final List<String> names;
    /** Column count of a full row. */
    final int columns;
    /** Column count of a row without SOURCEURL that is still valid, or -1. */
    final int columnsWithoutUrl;

    final int globalEventId;
    final int sqlDate;
    final int actor1Code;
    final int actor1Name;
    final int actor1CountryCode;
    final int actor1Type1Code;
    final int actor2Code;
    final int actor2Name;
    final int actor2CountryCode;
    final int actor2Type1Code;
    final int eventCode;
    final int quadClass;
    final int goldsteinScale;
    final int numMentions;
    final int numSources;
    final int numArticles;
    final int avgTone;
    final int actionGeoFullName;
    final int actionGeoCountryCode;
    final int actionGeoLat;
    final int actionGeoLong;
    final int sourceUrl;

    private GdeltEventLayout(List<String> names, int columnsWithoutUrl) {
        this.names = List.copyOf(names);
        this.columns = names.size();
        this.columnsWithoutUrl = columnsWithoutUrl;
        globalEventId = indexOf("GLOBALEVENTID");
        sqlDate = indexOf("SQLDATE");
        actor1Code = indexOf("Actor1Code");
        actor1Name = indexOf("Actor1Name");
        actor1CountryCode = indexOf("Actor1CountryCode");
        actor1Type1Code = indexOf("Actor1Type1Code");
        actor2Code = indexOf("Actor2Code");
        actor2Name = indexOf("Actor2Name");
        actor2CountryCode = indexOf("Actor2CountryCode");
        actor2Type1Code = indexOf("Actor2Type1Code");
        eventCode = indexOf("EventCode");
        quadClass = indexOf("QuadClass");
        goldsteinScale = indexOf("GoldsteinScale");
        numMentions = indexOf("NumMentions");
        numSources = indexOf("NumSources");
        numArticles = indexOf("NumArticles");
        avgTone = indexOf("AvgTone");
        actionGeoFullName = indexOf("ActionGeo_FullName");
        actionGeoCountryCode = indexOf("ActionGeo_CountryCode");
        actionGeoLat = indexOf("ActionGeo_Lat");
        actionGeoLong = indexOf("ActionGeo_Long");
        sourceUrl = indexOf("SOURCEURL");
    }

    boolean acceptsColumnCount(int count) {
        return count == columns || count == columnsWithoutUrl;
    }

    String expectedColumns() {
        return columnsWithoutUrl < 0 ? Integer.toString(columns) : columnsWithoutUrl + " or " + columns;
    }

    private int indexOf(String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException("GDELT layout lacks column " + name);
        }
        return index;
    }

    /** The column names in order, as the official GDELT header files list them. */
    private static List<String> columnNames(boolean gdelt2) {
        List<String> names = new ArrayList<>(List.of(
                "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        for (String actor : List.of("Actor1", "Actor2")) {
            for (String part : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                    "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
                names.add(actor + part);
            }
        }
        names.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
            names.addAll(List.of(geo + "Type", geo + "FullName", geo + "CountryCode", geo + "ADM1Code"));
            if (gdelt2) {
                names.add(geo + "ADM2Code");
            }
            names.addAll(List.of(geo + "Lat", geo + "Long", geo + "FeatureID"));
        }
        names.addAll(List.of("DATEADDED", "SOURCEURL"));
        return names;
    }
}
