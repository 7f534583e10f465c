package org.touchstone.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the cells of a table of the report's page back, as the text a reader sees (entities decoded). */
final class HtmlTables {
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL);

    private HtmlTables() {
    }

    /** The rows of the table with id "table-NAME", header row first. */
    static List<List<String>> rows(String html, String name) {
        String open = "<table id=\"table-" + name + "\">";
        int start = html.indexOf(open);
        if (start < 0) {
            throw new AssertionError("no table " + name + " in the page");
        }
        String table = html.substring(start, html.indexOf("</table>", start));
        List<List<String>> rows = new ArrayList<>();
        Matcher r = ROW.matcher(table);
        while (r.find()) {
            List<String> cells = new ArrayList<>();
            Matcher c = CELL.matcher(r.group(1));
            while (c.find()) {
                cells.add(text(c.group(1)));
            }
            rows.add(cells);
        }
        return rows;
    }

    static String text(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
