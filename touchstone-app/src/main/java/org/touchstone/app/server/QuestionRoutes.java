package org.touchstone.app.server;

import static org.touchstone.app.server.ApiParameter.ACTOR_PATTERN;
import static org.touchstone.app.server.ApiParameter.COUNTRY_PATTERN;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.touchstone.analysis.AffinityMeasure;
import org.touchstone.analysis.AffinityRequest;
import org.touchstone.analysis.AffinityResult;
import org.touchstone.analysis.AffinityScores;
import org.touchstone.analysis.AffinityValue;
import org.touchstone.analysis.Audiences;
import org.touchstone.analysis.DateRange;
import org.touchstone.analysis.DyadSeries;
import org.touchstone.analysis.Evidence;
import org.touchstone.analysis.LikeMindedness;
import org.touchstone.analysis.Partnership;
import org.touchstone.analysis.Period;
import org.touchstone.analysis.PolarityCorrelations;
import org.touchstone.analysis.PolarityOptions;
import org.touchstone.analysis.PolarityResult;
import org.touchstone.analysis.PolaritySources;
import org.touchstone.analysis.PolarityStudy;
import org.touchstone.analysis.Providers;
import org.touchstone.analysis.Restraint;
import org.touchstone.analysis.SayDo;
import org.touchstone.analysis.StoreStats;
import org.touchstone.analysis.UnVoteCountries;
import org.touchstone.analysis.UnVoteCountry;
import org.touchstone.store.Store;

import com.fasterxml.jackson.databind.type.TypeFactory;

import io.javalin.http.HttpResponseException;

/**
 * The questions as GET routes: one per CLI command, named as the command, its options as query
 * parameters, its answer the document the command writes with {@code --json}. Each route calls the
 * same question in touchstone-analysis that the command calls.
 */
final class QuestionRoutes {
    /** How a route answers a checked request from a store. */
    @FunctionalInterface
    interface Question {
        Object answer(ApiRequest request, Store store) throws Exception;
    }

    /** A route and its question. */
    record Endpoint(ApiRoute route, Question question) {
    }

    private static final List<String> PERIODS = List.of("day", "week", "month", "year");
    private static final String PERIOD_LABEL = "\\d{4}(-W\\d{2}|-\\d{2}(-\\d{2})?)?";
    private static final String DYAD_PATTERN = ACTOR_PATTERN + "-" + ACTOR_PATTERN;

    private static final ApiParameter A = ApiParameter.actor("a", true, "First actor, a CAMEO code prefix (USA matches USAGOV).");
    private static final ApiParameter B = ApiParameter.actor("b", true, "Second actor, a CAMEO code prefix.");
    private static final ApiParameter FROM = ApiParameter.date("from", "First day (YYYY-MM-DD).");
    private static final ApiParameter TO = ApiParameter.date("to", "Last day (YYYY-MM-DD), not before from.");

    private final ServerOptions options;
    private final CliDefinitions cli;

    QuestionRoutes(ServerOptions options, CliDefinitions cli) {
        this.options = options;
        this.cli = cli;
    }

    List<Endpoint> all() {
        return List.of(dyad(), saydo(), audience(), restraint(), assess(), likeminded(), affinity(), unvoteCountries(),
                polarity(), providers(), evidence(), stats(), actors());
    }

    private static ApiParameter by(String defaultValue) {
        return ApiParameter.choice("by", defaultValue, PERIODS, "Period: day, week, month or year (default: "
                + defaultValue + ").");
    }

    private Endpoint dyad() {
        ApiRoute route = ApiRoute.get("/api/dyad", "dyad", "How two actors relate over time",
                "Per period: events by quad class, Goldstein mean and sum, net cooperation. Give a and b, or dyads "
                        + "for several side by side (then the answer is {dyads: [...]}). As `touchstone dyad --json`.",
                DyadAnswer.class,
                ApiParameter.actor("a", false, "First actor, a CAMEO code prefix (USA matches USAGOV)."),
                ApiParameter.actor("b", false, "Second actor."),
                ApiParameter.list("dyads", DYAD_PATTERN, 20, "Several dyads instead of a and b: A-B,... e.g. CHN-RUS,USA-CHN."),
                ApiParameter.choice("weight", "none", List.of("none", "mentions"),
                        "none, or mentions: each event counts as often as it was mentioned (GDELT)."),
                ApiParameter.integer("rolling", 0L, 0, 1000, "Add rolling means over the last N periods (0: none)."),
                FROM, TO, by("month"),
                ApiParameter.flag("directed", "Only events from a to b (default: both directions)."));
        return new Endpoint(route, (q, store) -> {
            List<String[]> pairs;
            if (q.has("dyads")) {
                if (q.has("a") || q.has("b")) {
                    throw ApiRequest.badRequest("give either a and b or dyads, not both");
                }
                pairs = ApiRequest.dyads(q.list("dyads"));
            } else if (q.has("a") && q.has("b")) {
                pairs = List.<String[]>of(new String[] {q.code("a"), q.code("b")});
            } else {
                throw ApiRequest.badRequest("give two actors (a and b) or dyads=A-B,...");
            }
            Period by = Period.parse(q.text("by"));
            String weight = q.text("weight");
            DyadSeries.Options series = new DyadSeries.Options(by, q.flag("directed"), weight.equals("mentions"),
                    q.integer("rolling"));
            DateRange range = q.range();
            DyadSeries dyads = new DyadSeries(store);
            List<DyadAnswer> answers = new ArrayList<>();
            for (String[] pair : pairs) {
                answers.add(new DyadAnswer(pair[0].toUpperCase(), pair[1].toUpperCase(), series.directed(),
                        by.sqlName(), weight, series.rolling(), range.from(), range.to(),
                        dyads.run(pair[0], pair[1], range, series)));
            }
            return q.has("dyads") ? new DyadAnswer.Several(answers) : answers.get(0);
        });
    }

    private Endpoint saydo() {
        ApiRoute route = ApiRoute.get("/api/saydo", "saydo", "Words against deeds",
                "Per period, the mean Goldstein value of a's verbal events toward b against its material events, "
                        + "the gap with a bootstrap 95% interval; how often intents and threats were followed by "
                        + "deeds within `days` days. As `touchstone saydo --json`.",
                SayDo.Result.class,
                ApiParameter.actor("a", true, "The actor whose words and deeds are compared."),
                ApiParameter.actor("b", false, "Toward whom (default: anyone)."),
                FROM, TO, by("year"),
                ApiParameter.integer("days", (long) SayDo.DEFAULT_DAYS, 1, 3650, "Follow-through window in days."));
        return new Endpoint(route, (q, store) -> new SayDo(store).run(q.code("a"), q.code("b"), q.range(),
                Period.parse(q.text("by")), q.integer("days")));
    }

    private Endpoint audience() {
        ApiRoute route = ApiRoute.get("/api/audience", "audience", "Does a speak one way to b and another at home?",
                "a's statements about b by audience with their mean stance, and episodes of opposite stances to "
                        + "different audiences within `days` days. As `touchstone audience --json`.",
                Audiences.Result.class,
                ApiParameter.actor("a", true, "The speaker."), ApiParameter.actor("b", true, "The actor spoken about."),
                FROM, TO,
                ApiParameter.integer("days", (long) Audiences.DEFAULT_DAYS, 0, 3650,
                        "Most days between the two statements of an episode."));
        return new Endpoint(route, (q, store) -> new Audiences(store).run(q.code("a"), q.code("b"), q.range(),
                q.integer("days")));
    }

    private Endpoint restraint() {
        ApiRoute route = ApiRoute.get("/api/restraint", "restraint", "How restrained is a's criticism?",
                "Of a's critical statements (CAMEO roots 10-13), the share that name their target and the share "
                        + "that only allude to one, by period and target. As `touchstone restraint --json`.",
                Restraint.Result.class,
                ApiParameter.actor("a", true, "The speaker."), FROM, TO, by("year"));
        return new Endpoint(route, (q, store) -> new Restraint(store).run(q.code("a"), q.range(),
                Period.parse(q.text("by"))));
    }

    private Endpoint assess() {
        ApiRoute route = ApiRoute.get("/api/assess", "assess", "Three readings of a partnership",
                "Alliance, marriage of convenience or community of like-minded views: each indicator with its "
                        + "value, interval, trend and evidence. The asymmetry of capabilities uses the COW file the "
                        + "server was started with (--nmc), if any. As `touchstone assess --json`.",
                Partnership.Result.class,
                A, B, ApiParameter.actor("third", true, "The third party, e.g. USA."), by("year"), FROM, TO);
        return new Endpoint(route, (q, store) -> {
            DateRange range = q.range();
            Map<String, Double> cinc = options.nmc() == null ? Map.of()
                    : cli.capabilities().latestCinc(options.nmc(), range.to());
            return new Partnership(store).run(q.code("a"), q.code("b"), q.code("third"), range,
                    Period.parse(q.text("by")), cinc);
        });
    }

    private Endpoint likeminded() {
        ApiRoute route = ApiRoute.get("/api/likeminded", "likeminded", "How like-minded are a and b, by their words?",
                "Their stances toward the third parties both speak about, compared by Pearson correlation, cosine "
                        + "and the Signorino-Ritter S score, with bootstrap intervals. As `touchstone likeminded --json`.",
                LikeMindedness.Result.class,
                A, B,
                ApiParameter.list("over", ACTOR_PATTERN, 200, "Only these third parties (comma-separated codes)."),
                new ApiParameter("by", ApiParameter.Kind.CHOICE, false, null, null, null, PERIODS, null, null,
                        "Also compare per day, week, month or year."),
                ApiParameter.integer("min-evidence", (long) LikeMindedness.DEFAULT_MIN_EVIDENCE, 1, 1000,
                        "Events and statements each side needs about a third party."),
                FROM, TO);
        return new Endpoint(route, (q, store) -> {
            Set<String> thirds = new LinkedHashSet<>();
            if (q.list("over") != null) {
                q.list("over").forEach(code -> thirds.add(code.toUpperCase()));
            }
            return new LikeMindedness(store).run(q.code("a"), q.code("b"), q.range(),
                    q.text("by") == null ? null : Period.parse(q.text("by")), thirds, q.integer("min-evidence"));
        });
    }

    private Endpoint affinity() {
        Type answer = TypeFactory.defaultInstance().constructCollectionType(List.class, AffinityValue.class);
        ApiRoute route = ApiRoute.get("/api/affinity", "affinity", "How alike two countries vote in the UN",
                "Share of identical votes (agree), Signorino-Ritter S and Cohen's kappa over the UN General "
                        + "Assembly roll calls both voted on, by year or over all years; a and b, or matrix for every "
                        + "pair. The answer is the list of records `touchstone affinity --json` writes.",
                answer,
                ApiParameter.country("a", "First country: CAMEO/ISO3 code (USA), ISO2 code (US) or COW number (2)."),
                ApiParameter.country("b", "Second country."),
                ApiParameter.list("matrix", COUNTRY_PATTERN, 30, "Every pair of these countries instead of a and b."),
                ApiParameter.choice("by", "year", List.of("year", "all"),
                        "year: one value per year; all: one value over all years asked for."),
                ApiParameter.integer("year", null, 1900, 2100, "Only this year."),
                ApiParameter.integer("from", null, 1900, 2100, "First year."),
                ApiParameter.integer("to", null, 1900, 2100, "Last year."),
                ApiParameter.text("issue", "[\\p{L}\\p{N} .,'()/&-]{1,100}",
                        "Only roll calls on this issue, as named in the data (Human rights) or by short name (hr)."),
                ApiParameter.choices("measure", "agree", List.of("agree", "s", "kappa", "all"),
                        "agree, s, kappa, several separated by commas, or all."));
        return new Endpoint(route, (q, store) -> {
            Integer year = q.integer("year");
            if (year != null && (q.has("from") || q.has("to"))) {
                throw ApiRequest.badRequest("give year or from/to, not both");
            }
            List<String> asked;
            if (q.has("matrix")) {
                if (q.has("a") || q.has("b")) {
                    throw ApiRequest.badRequest("give a and b or matrix, not both");
                }
                asked = q.list("matrix");
            } else if (q.has("a") && q.has("b")) {
                asked = List.of(q.text("a"), q.text("b"));
            } else {
                throw ApiRequest.badRequest("give two countries (a and b, e.g. USA and RUS) or matrix=USA,CHN,RUS");
            }
            AffinityRequest request = new AffinityRequest(year != null ? year : q.integer("from"),
                    year != null ? year : q.integer("to"), q.text("by").equals("year"), q.text("issue"),
                    measures(q.list("measure")));
            AffinityScores scores = new AffinityScores(store);
            AffinityResult result = q.has("matrix") ? scores.matrix(asked, request)
                    : scores.pair(asked.get(0), asked.get(1), request);
            if (result.isEmpty()) {
                throw new IllegalArgumentException(result.emptyReason());
            }
            return result.values();
        });
    }

    private Endpoint unvoteCountries() {
        Type answer = TypeFactory.defaultInstance().constructCollectionType(List.class, UnVoteCountry.class);
        ApiRoute route = ApiRoute.get("/api/unvotes/countries", "unvoteCountries", "The countries of the UN votes",
                "The countries of the UN votes in the store with their codes (the data's ISO2, CAMEO, ISO3, COW), "
                        + "how many votes each cast and in which years: the records `touchstone unvotes countries "
                        + "--json` writes, or an empty list when the store holds no UN votes.",
                answer);
        return new Endpoint(route, (q, store) -> new UnVoteCountries(store).all());
    }

    private static List<AffinityMeasure> measures(List<String> asked) {
        if (asked.contains("all")) {
            return List.of(AffinityMeasure.values());
        }
        List<AffinityMeasure> measures = new ArrayList<>();
        for (String m : asked) {
            AffinityMeasure measure = AffinityMeasure.parse(m);
            if (!measures.contains(measure)) {
                measures.add(measure);
            }
        }
        return measures;
    }

    private Endpoint polarity() {
        ApiRoute route = ApiRoute.get("/api/polarity", "polarity", "Polarity and conflict, year by year",
                "The major powers' capability shares, their concentration and effective number of poles, and "
                        + "conflict counts; how these correlate overall and by era. Reads the COW and UCDP files the "
                        + "server was started with (--nmc, --majors, --mids, --ucdp); 501 without them. As "
                        + "`touchstone polarity --json`, without a chart file.",
                PolarityAnswer.class,
                ApiParameter.integer("from", null, 1800, 2100, "First year (default: the NMC file's first)."),
                ApiParameter.integer("to", null, 1800, 2100, "Last year (default: the NMC file's last)."),
                ApiParameter.integer("block-years", (long) PolarityOptions.DEFAULT_BLOCK_YEARS, 1, 50,
                        "Years per bootstrap block."),
                ApiParameter.integer("replicates", (long) PolarityOptions.DEFAULT_REPLICATES, 100, 100_000,
                        "Bootstrap resamples per correlation."),
                ApiParameter.integer("seed", PolarityOptions.DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE,
                        "Seed of the bootstrap; the same seed gives the same intervals."));
        return new Endpoint(route, (q, store) -> {
            if (options.nmc() == null || options.majors() == null || options.mids() == null) {
                throw new HttpResponseException(501, "polarity reads the COW files: start the server with --nmc, "
                        + "--majors and --mids (and --ucdp for UCDP counts)");
            }
            PolarityOptions polarity = new PolarityOptions(q.integer("from"), q.integer("to"),
                    q.integer("block-years"), q.integer("replicates"), q.number("seed"));
            PolarityResult result = PolarityStudy.run(new PolaritySources(options.nmc(), options.majors(),
                    options.mids(), options.ucdp()), polarity);
            return new PolarityAnswer(new PolarityAnswer.Parameters(polarity.fromYear(), polarity.toYear(),
                    polarity.blockYears(), polarity.replicates(), polarity.seed(), 0.95, PolarityCorrelations.MIN_YEARS),
                    result.coverage(), result.years(), result.correlations(), result.statement(), null,
                    result.rejected());
        });
    }

    private Endpoint providers() {
        ApiRoute route = ApiRoute.get("/api/providers", "providers", "How providers report the same events",
                "Volume per provider, tone toward each actor, coverage overlap, blind spots and framing "
                        + "divergence with the sentences side by side. As `touchstone providers --json`.",
                Providers.Result.class,
                ApiParameter.list("actors", ACTOR_PATTERN, 50,
                        "Only events with one of these actors (code prefixes), and tone toward them."),
                FROM, TO);
        return new Endpoint(route, (q, store) -> new Providers(store).run(
                q.list("actors") == null ? List.of() : q.list("actors").stream().map(String::toUpperCase).toList(),
                q.range()));
    }

    private Endpoint evidence() {
        ApiRoute route = ApiRoute.get("/api/evidence", "evidence", "The events or statements behind a point",
                "Events of a with b (kind=events; both directions unless directed) or statements of a about b "
                        + "(kind=statements), within one period of a series or the whole range, strongest first, "
                        + "one page at a time. Each item names its source: document, sentence (with its text), "
                        + "character span, provider and URL, or the dataset's file and line.",
                Evidence.Page.class,
                ApiParameter.actor("a", true, "The actor (for statements: the speaker)."),
                ApiParameter.actor("b", false, "The other actor (for statements: spoken about); default anyone."),
                ApiParameter.choice("kind", "events", List.of("events", "statements"), "events or statements."),
                ApiParameter.flag("directed", "Events only from a to b."),
                by("month"),
                ApiParameter.text("period", PERIOD_LABEL,
                        "A period of the series as labelled (2019, 2019-10, 2019-W43, 2019-10-24) or a day within it."),
                FROM, TO,
                new ApiParameter("verbal", ApiParameter.Kind.BOOLEAN, false, null, null, null, null, null, null,
                        "Events: true for verbal only, false for material only; default both."),
                ApiParameter.list("roots", "\\d{2}", 20, "Only these CAMEO roots, e.g. 10,11,12,13."),
                ApiParameter.choice("audience", null, List.of("target", "domestic", "multilateral", "foreign_media",
                        "press_conference", "unknown"), "Statements: only those made to this audience."),
                ApiParameter.integer("limit", 50L, 1, Evidence.MAX_LIMIT, "Items per page."),
                ApiParameter.integer("offset", 0L, 0, 1_000_000, "Items to skip."));
        return new Endpoint(route, (q, store) -> {
            Boolean verbal = q.has("verbal") ? q.flag("verbal") : null;
            Evidence.Filter filter = new Evidence.Filter(q.code("a"), q.code("b"), q.flag("directed"), q.range(),
                    Period.parse(q.text("by")), q.text("period"), verbal,
                    q.list("roots") == null ? List.of() : q.list("roots"), q.text("audience"));
            Evidence evidence = new Evidence(store, new CodedSentences());
            return q.text("kind").equals("statements")
                    ? evidence.statements(filter, q.integer("limit"), q.integer("offset"))
                    : evidence.events(filter, q.integer("limit"), q.integer("offset"));
        });
    }

    private Endpoint stats() {
        ApiRoute route = ApiRoute.get("/api/stats", "stats", "What the store holds",
                "Rows by table and dataset, the date range, the top dyads. As `touchstone stats --json`.",
                StoreStats.Summary.class,
                ApiParameter.integer("top", 10L, 1, 1000, "How many dyads to list."));
        return new Endpoint(route, (q, store) -> new StoreStats(store).run(q.integer("top")));
    }

    private Endpoint actors() {
        ApiRoute route = ApiRoute.get("/api/actors", "actors", "The actors the store knows",
                "Three-letter actor codes (countries, IGOs, ...) under which events or statements name someone, "
                        + "most named first, one page at a time: what the dashboard offers to choose from.",
                ActorDirectory.Page.class,
                ApiParameter.text("q", "[A-Za-z]{1,3}", "Only codes starting with these letters."),
                ApiParameter.integer("limit", 100L, 1, 500, "Actors per page."),
                ApiParameter.integer("offset", 0L, 0, 1_000_000, "Actors to skip."));
        return new Endpoint(route, (q, store) -> new ActorDirectory(store).find(q.code("q"), q.integer("limit"),
                q.integer("offset")));
    }
}
