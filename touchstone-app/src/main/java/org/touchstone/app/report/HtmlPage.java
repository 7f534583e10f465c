package org.touchstone.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.touchstone.analysis.Audiences;
import org.touchstone.analysis.SayDo;
import org.touchstone.analysis.StatementRef;

/**
 * Writes a {@link Report} as one self-contained HTML page: inline style, inline SVG charts, one
 * small inline script (it opens the evidence list a link points at; the page works without it),
 * and nothing fetched: the Content-Security-Policy allows only the inline style and that script,
 * by its hash. Every text that comes from the data is escaped; only http(s) addresses become links.
 */
final class HtmlPage {
    /** Items of one evidence list shown in the page at most: the strongest, as the queries order them. */
    static final int ITEMS_SHOWN = 50;
    private static final String CSS = resource("report.css");
    private static final String SCRIPT = resource("open-evidence.js");

    private final StringBuilder out = new StringBuilder(1 << 16);

    private HtmlPage() {
    }

    static String render(Report report) {
        HtmlPage page = new HtmlPage();
        page.document(report);
        return page.out.toString();
    }

    private void document(Report report) {
        String actors = String.join(", ", report.request().actors());
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:; script-src '").append(sha256(SCRIPT))
                .append("'\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>Touchstone report: ").append(e(actors)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        out.append("<header>\n<h1>Touchstone report: ").append(e(actors)).append("</h1>\n")
                .append("<p class=\"meta\">Test what they say against what they do. Dates: ")
                .append(e(range(report))).append("; periods: ").append(e(report.by().sqlName()))
                .append("; store: ").append(e(report.storeName())).append(".</p>\n");
        out.append("<nav aria-label=\"Contents\"><strong>Contents</strong>\n<ol>\n");
        for (ReportSection s : report.sections()) {
            out.append("<li><a href=\"#").append(s.id()).append("\">").append(e(s.title())).append("</a></li>\n");
        }
        out.append("</ol></nav>\n");
        out.append("<p class=\"lead\">Every number in a table links to the events and statements behind it (the"
                + " first cell of a row opens its evidence). Each chart is also in charts/ as SVG and PNG, each table"
                + " in tables/ as CSV. The definitions of the questions are in docs/METHODS.md.</p>\n</header>\n");
        out.append("<main>\n");
        for (ReportSection s : report.sections()) {
            section(s);
        }
        out.append("</main>\n<footer>\n<p>Made by Touchstone from the store ").append(e(report.storeName()))
                .append(". Patterns in coded reports, not measures of intentions: they hold for this store's sources"
                        + " and period only.</p>\n</footer>\n<script>").append(SCRIPT)
                .append("</script>\n</body>\n</html>\n");
    }

    private static String range(Report report) {
        LocalDate from = report.request().range().from();
        LocalDate to = report.request().range().to();
        if (from == null && to == null) {
            return "all in the store";
        }
        return (from == null ? "the first" : from.toString()) + " to " + (to == null ? "the last" : to.toString());
    }

    private void section(ReportSection s) {
        out.append("<section id=\"").append(s.id()).append("\" aria-labelledby=\"").append(s.id())
                .append("-title\">\n<h2 id=\"").append(s.id()).append("-title\">").append(e(s.title()))
                .append("</h2>\n<p class=\"lead\">").append(e(s.lead())).append("</p>\n");
        for (ReportBlock b : s.blocks()) {
            block(b);
        }
        out.append("</section>\n");
    }

    private void block(ReportBlock b) {
        if (b instanceof ReportBlock.Heading h) {
            out.append("<h3 id=\"").append(e(h.id())).append("\">").append(e(h.text())).append("</h3>\n");
        } else if (b instanceof ReportBlock.Paragraph p) {
            out.append("<p>").append(e(p.text())).append("</p>\n");
        } else if (b instanceof ReportBlock.Note n) {
            out.append("<p class=\"note\" role=\"note\">").append(e(n.text())).append("</p>\n");
        } else if (b instanceof ReportBlock.Figure f) {
            figure(f);
        } else if (b instanceof ReportBlock.Table t) {
            table(t);
        } else if (b instanceof ReportBlock.Evidence ev) {
            evidence(ev);
        } else if (b instanceof ReportBlock.Episodes ep) {
            episodes(ep);
        } else if (b instanceof ReportBlock.FollowThrough ft) {
            followThrough(ft);
        } else {
            throw new IllegalStateException("no HTML for " + b.getClass().getSimpleName());
        }
    }

    private void figure(ReportBlock.Figure f) {
        String name = f.chart().name();
        out.append("<figure id=\"figure-").append(name).append("\">\n").append(SvgChart.render(f.chart()))
                .append("<figcaption>").append(e(f.caption())).append(" Files: <a href=\"charts/").append(name)
                .append(".svg\">SVG</a>, <a href=\"charts/").append(name).append(".png\">PNG</a>.</figcaption>\n")
                .append("</figure>\n");
    }

    private void table(ReportBlock.Table t) {
        out.append("<div class=\"table-wrap\">\n<table id=\"table-").append(e(t.name())).append("\">\n<caption>")
                .append(e(t.caption())).append(" <a href=\"tables/").append(e(t.name())).append(".csv\">CSV</a>")
                .append("</caption>\n<thead><tr>");
        for (String column : t.columns()) {
            // a break may fall after an underscore, so long column names do not widen the table
            out.append("<th scope=\"col\">").append(e(column).replace("_", "_<wbr>")).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (ReportBlock.Row row : t.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.cells().size(); i++) {
                Object value = row.cells().get(i);
                String text = e(Numbers.format(value));
                if (i == 0) {
                    out.append("<th scope=\"row\">");
                    if (row.evidenceId() != null) {
                        out.append("<a href=\"#").append(e(row.evidenceId())).append("\">").append(text).append("</a>");
                    } else {
                        out.append(text);
                    }
                    out.append("</th>");
                } else {
                    out.append(value instanceof Number ? "<td class=\"num\">" : "<td>").append(text).append("</td>");
                }
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n");
    }

    private void evidence(ReportBlock.Evidence ev) {
        int shown = Math.min(ev.items().size(), ITEMS_SHOWN);
        out.append("<details class=\"evidence\" id=\"").append(e(ev.id())).append("\">\n<summary>Evidence: ")
                .append(e(ev.title())).append(" (").append(count(shown, ev.total())).append(")</summary>\n");
        if (shown == 0) {
            out.append("<p class=\"more\">No rows to show.</p>\n");
        } else {
            out.append("<ol>\n");
            for (EvidenceItem item : ev.items().subList(0, shown)) {
                out.append("<li>");
                item(item);
                out.append("</li>\n");
            }
            out.append("</ol>\n");
        }
        if (ev.total() > shown) {
            out.append("<p class=\"more\">").append(ev.total() - shown)
                    .append(" more in the store, not shown here.</p>\n");
        }
        out.append("</details>\n");
    }

    private static String count(int shown, long total) {
        if (shown == total) {
            return total + (total == 1 ? " item" : " items");
        }
        return shown + " of " + total + ", the strongest first";
    }

    /**
     * One statement or event: its quote, then date, who, code and Goldstein value, about whom, to
     * which audience, and where it comes from (document and sentence, provider, dataset id, URL).
     */
    private void item(EvidenceItem i) {
        String goldstein = i.goldstein() == null ? "" : ", " + Numbers.format(i.goldstein());
        if (i.statement()) {
            out.append("<blockquote>").append(e(i.quote() == null ? "(no quote)" : i.quote())).append("</blockquote>\n");
        }
        out.append("<p class=\"source\">").append(e(String.valueOf(i.date()))).append(" · ").append(e(i.source()))
                .append(i.statement() ? " said (" : " did (").append(e(i.code() + goldstein)).append(")");
        if (i.target() != null) {
            out.append(i.statement() ? " about " : " toward ").append(e(i.target()));
        }
        if (i.audience() != null) {
            out.append(" · to ").append(e(i.audience()));
        }
        if (i.docId() != null) {
            out.append(" · document ").append(e(i.docId()));
            if (i.sentenceIndex() != null) {
                out.append(", sentence ").append(i.sentenceIndex());
            }
        }
        if (i.provider() != null) {
            out.append(" · ").append(e(i.provider()));
        }
        if (i.eventId() != null) {
            out.append(" · ").append(e(i.dataset())).append(" event ").append(e(i.eventId()));
        }
        if (i.url() != null) {
            out.append(" · ").append(Html.link(i.url(), i.url()));
        }
        out.append("</p>");
    }

    private void episodes(ReportBlock.Episodes ep) {
        out.append("<div id=\"").append(e(ep.id())).append("\">\n<h4>").append(ep.episodes().size())
                .append(ep.episodes().size() == 1 ? " episode" : " episodes")
                .append(" of opposite stances to different audiences</h4>\n");
        for (Audiences.Episode episode : ep.episodes()) {
            out.append("<div class=\"episode\">\n");
            side(episode.first());
            side(episode.second());
            out.append("<p class=\"gap\">").append(episode.daysApart()).append(" days apart</p>\n</div>\n");
        }
        out.append("</div>\n");
    }

    private void side(StatementRef s) {
        out.append("<div class=\"side\"><h4>To ").append(e(s.audience())).append(", ").append(e(String.valueOf(s.date())))
                .append("</h4>\n");
        item(EvidenceItem.of(s));
        out.append("</div>\n");
    }

    private void followThrough(ReportBlock.FollowThrough ft) {
        out.append("<details class=\"evidence\" id=\"").append(e(ft.id())).append("\">\n<summary>Evidence: ")
                .append(e(ft.title())).append(" (").append(ft.pairs().size()).append(")</summary>\n<ol>\n");
        List<SayDo.FollowPair> pairs = ft.pairs().subList(0, Math.min(ft.pairs().size(), ITEMS_SHOWN));
        for (SayDo.FollowPair p : pairs) {
            out.append("<li>");
            item(EvidenceItem.of(p.cue()));
            out.append("<p class=\"source\">then: ");
            if (p.deed() == null) {
                out.append("nothing within ").append(ft.days()).append(" days</p>");
            } else {
                out.append("</p>");
                item(EvidenceItem.of(p.deed()));
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");
        if (ft.pairs().size() > pairs.size()) {
            out.append("<p class=\"more\">").append(ft.pairs().size() - pairs.size())
                    .append(" more; 'touchstone saydo A B --json' lists them all.</p>\n");
        }
        out.append("</details>\n");
    }

    private static String e(String text) {
        return Html.escape(text);
    }

    /** The script's hash as a Content-Security-Policy source: 'sha256-...' without the quotes. */
    private static String sha256(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + HtmlPage.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
