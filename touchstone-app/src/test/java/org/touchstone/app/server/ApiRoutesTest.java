package org.touchstone.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every question route over a real server on loopback with the demo data: it answers what the
 * CLI answers with --json, field for field.
 */
class ApiRoutesTest extends AgainstDemoServer {
    /** The API's answer and the CLI's --json document for the same question are the same JSON. */
    private static void sameAsCli(String apiPath, String... cliArgs) throws Exception {
        DemoServer.Response api = demo.get(apiPath);
        assertThat(api.status()).as(api.body()).isEqualTo(200);
        assertThat(api.header("Content-Type")).startsWith("application/json");
        String[] args = new String[cliArgs.length + 3];
        System.arraycopy(cliArgs, 0, args, 0, cliArgs.length);
        args[cliArgs.length] = "--db";
        args[cliArgs.length + 1] = demo.db.toString();
        args[cliArgs.length + 2] = "--json";
        JsonNode cli = DemoServer.JSON.readTree(DemoServer.cli(args));
        assertThat(DemoServer.firstDifference(api.json(), cli, "$")).isNull();
    }

    @Test
    void dyadIsTheCliDocument() throws Exception {
        sameAsCli("/api/dyad?a=USA&b=CHN&by=year", "dyad", "USA", "CHN", "--by", "year");
        sameAsCli("/api/dyad?a=usa&b=rus&from=2020-01-01&to=2022-12-31&by=month&directed=true&rolling=3&weight=mentions",
                "dyad", "usa", "rus", "--from", "2020-01-01", "--to", "2022-12-31", "--by", "month", "--directed",
                "--rolling", "3", "--weight", "mentions");
        sameAsCli("/api/dyad?dyads=CHN-RUS,USA-CHN&by=year", "dyad", "--dyads", "CHN-RUS,USA-CHN", "--by", "year");
        JsonNode periods = demo.get("/api/dyad?a=USA&b=CHN&by=year").json().get("periods");
        assertThat(periods).isNotEmpty();
        assertThat(periods.get(0).has("net_cooperation")).isTrue();
    }

    @Test
    void saydoIsTheCliDocument() throws Exception {
        sameAsCli("/api/saydo?a=USA&b=CHN&by=year", "saydo", "USA", "CHN", "--by", "year");
        sameAsCli("/api/saydo?a=CHN&days=30", "saydo", "CHN", "--days", "30");
    }

    @Test
    void audienceIsTheCliDocument() throws Exception {
        sameAsCli("/api/audience?a=CHN&b=USA", "audience", "CHN", "USA");
        assertThat(demo.get("/api/audience?a=CHN&b=USA").json().get("by_audience")).isNotEmpty();
    }

    @Test
    void restraintIsTheCliDocument() throws Exception {
        sameAsCli("/api/restraint?a=CHN&by=year", "restraint", "CHN", "--by", "year");
    }

    @Test
    void assessIsTheCliDocument() throws Exception {
        sameAsCli("/api/assess?a=CHN&b=RUS&third=USA", "assess", "CHN", "RUS", "--third", "USA");
    }

    @Test
    void likemindedIsTheCliDocument() throws Exception {
        sameAsCli("/api/likeminded?a=CHN&b=RUS", "likeminded", "CHN", "RUS");
        sameAsCli("/api/likeminded?a=CHN&b=RUS&by=year&min-evidence=1&over=USA,UKR",
                "likeminded", "CHN", "RUS", "--by", "year", "--min-evidence", "1", "--over", "USA,UKR");
    }

    @Test
    void affinityIsTheCliDocument() throws Exception {
        sameAsCli("/api/affinity?a=USA&b=CHN&measure=agree,s,kappa", "affinity", "USA", "CHN", "--measure", "agree,s,kappa");
        sameAsCli("/api/affinity?matrix=USA,CHN,RUS&by=all", "affinity", "--matrix", "USA,CHN,RUS", "--by", "all");
        sameAsCli("/api/affinity?a=US&b=RU&year=2019&issue=hr", "affinity", "US", "RU", "--year", "2019", "--issue", "hr");
    }

    @Test
    void providersIsTheCliDocument() throws Exception {
        sameAsCli("/api/providers", "providers");
        sameAsCli("/api/providers?actors=USA,CHN&from=2019-01-01", "providers", "--actors", "USA,CHN", "--from", "2019-01-01");
    }

    @Test
    void statsIsTheCliDocument() throws Exception {
        sameAsCli("/api/stats?top=5", "stats", "--top", "5");
    }

    @Test
    void actorsArePagedMostNamedFirst() {
        JsonNode first = demo.get("/api/actors?limit=2").json();
        assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(first.get("actors")).hasSize(2);
        long top = first.get("actors").get(0).get("mentions").asLong();
        assertThat(top).isGreaterThanOrEqualTo(first.get("actors").get(1).get("mentions").asLong());
        JsonNode usa = demo.get("/api/actors?q=us").json();
        assertThat(usa.get("actors").get(0).get("code").asText()).isEqualTo("USA");
        JsonNode past = demo.get("/api/actors?offset=100000").json();
        assertThat(past.get("actors")).isEmpty();
        assertThat(past.get("total").asLong()).isEqualTo(first.get("total").asLong());
    }

    @Test
    void evidenceListsTheEventsBehindADyadPointWithTheirSources() {
        JsonNode periods = demo.get("/api/dyad?a=USA&b=CHN&by=month").json().get("periods");
        JsonNode point = periods.get(0);
        JsonNode page = demo.get("/api/evidence?a=USA&b=CHN&by=month&period=" + point.get("period").asText()).json();
        assertThat(page.get("kind").asText()).isEqualTo("events");
        assertThat(page.get("total").asLong()).isEqualTo(point.get("events").asLong());
        // every event names its source: a line of the demo's event file, or a coded document of the sample corpus
        int fromFile = 0;
        for (JsonNode item : page.get("items")) {
            assertThat(item.get("url").asText()).startsWith("https://");
            if (item.hasNonNull("file")) {
                fromFile++;
                assertThat(item.get("file").asText()).isEqualTo("demo-events.csv");
                assertThat(item.get("line").asLong()).isPositive();
            } else {
                assertThat(item.get("doc_id").asText()).startsWith("sn-");
            }
        }
        assertThat(fromFile).isPositive();
        // paging: the second page continues where the first stopped, and a page past the end is empty
        long total = demo.get("/api/evidence?a=USA&b=CHN").json().get("total").asLong();
        JsonNode one = demo.get("/api/evidence?a=USA&b=CHN&limit=1&offset=1").json();
        assertThat(one.get("items")).hasSize(1);
        assertThat(one.get("items").get(0).get("event_id").asText())
                .isEqualTo(demo.get("/api/evidence?a=USA&b=CHN&limit=2").json().get("items").get(1).get("event_id").asText());
        JsonNode past = demo.get("/api/evidence?a=USA&b=CHN&offset=" + (total + 5)).json();
        assertThat(past.get("items")).isEmpty();
        assertThat(past.get("total").asLong()).isEqualTo(total);
    }

    @Test
    void evidenceOfCodedDocumentsCarriesTheSentenceAndSpan() {
        JsonNode page = demo.get("/api/evidence?a=CHN&kind=statements&limit=5").json();
        assertThat(page.get("total").asLong()).isPositive();
        JsonNode statement = page.get("items").get(0);
        assertThat(statement.get("doc_id").asText()).startsWith("sn-");
        assertThat(statement.get("sentence").asText()).isNotBlank();
        assertThat(statement.get("provider").asText()).isNotBlank();
        assertThat(statement.get("url").asText()).startsWith("https://");

        JsonNode events = demo.get("/api/evidence?a=USA&b=CHN&limit=500").json();
        JsonNode coded = null;
        for (JsonNode e : events.get("items")) {
            if (!e.get("doc_id").isNull()) {
                coded = e;
                break;
            }
        }
        assertThat(coded).as("an event coded from the sample news").isNotNull();
        assertThat(coded.get("sentence").asText()).contains(coded.get("span_text").asText());
        assertThat(coded.get("span_end").asInt()).isGreaterThan(coded.get("span_start").asInt());
        assertThat(coded.get("dictionary_entries")).isNotEmpty();
    }

    @Test
    void evidenceNarrowsByKindOfActAndAudience() {
        long all = demo.get("/api/evidence?a=USA&b=CHN&directed=true").json().get("total").asLong();
        long verbal = demo.get("/api/evidence?a=USA&b=CHN&directed=true&verbal=true").json().get("total").asLong();
        long material = demo.get("/api/evidence?a=USA&b=CHN&directed=true&verbal=false").json().get("total").asLong();
        assertThat(verbal + material).isEqualTo(all);
        JsonNode domestic = demo.get("/api/evidence?a=CHN&kind=statements&audience=domestic").json();
        domestic.get("items").forEach(s -> assertThat(s.get("audience").asText()).isEqualTo("domestic"));
        JsonNode critical = demo.get("/api/evidence?a=CHN&kind=statements&roots=10,11,12,13").json();
        critical.get("items").forEach(s -> assertThat(s.get("code").asText()).matches("1[0-3].*"));
    }

    @Test
    void aWeekOrADayWithinItNamesThePeriod() {
        JsonNode byLabel = demo.get("/api/evidence?a=USA&b=CHN&by=week&period=2019-W20").json();
        JsonNode byDay = demo.get("/api/evidence?a=USA&b=CHN&by=week&period=2019-05-16").json();
        assertThat(byLabel.get("from").asText()).isEqualTo("2019-05-13");
        assertThat(byLabel.get("to").asText()).isEqualTo("2019-05-19");
        assertThat(byDay.get("items")).isEqualTo(byLabel.get("items"));
    }

    @Test
    void aRepeatedQuestionIsAnsweredFromTheCacheUntilTheStoreChanges() {
        String path = "/api/dyad?a=CHN&b=RUS&by=week&from=2019-01-01";
        assertThat(demo.get(path).header("X-Touchstone-Cache")).isEqualTo("miss");
        assertThat(demo.get(path).header("X-Touchstone-Cache")).isEqualTo("hit");
        DemoServer.Response posted = demo.post("/api/documents?date=2023-03-01&id=cache-test", "text/plain",
                "China and Russia signed a new trade agreement in Moscow on Wednesday.", DemoServer.TOKEN);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        assertThat(demo.get(path).header("X-Touchstone-Cache")).isEqualTo("miss");
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
