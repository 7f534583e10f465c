package org.touchstone.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Audience;
import org.touchstone.core.Document;
import org.touchstone.core.Statement;
import org.touchstone.store.EventWriter;
import org.touchstone.store.Store;

/** Audiences and restraint on hand-built statements; the answers are worked out in the comments. */
class StatementQuestionsTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void fill() {
        store = Store.open(dir.resolve("t.duckdb"));
        List<Statement> statements = List.of(
                HandBuilt.statement("d1", "2020-02-07", "CHNGOV", List.of("USAGOV"), true, "051", 3.4, Audience.TARGET),
                HandBuilt.statement("d2", "2020-02-20", "CHNGOV", List.of("USA"), true, "111", -2.0, Audience.DOMESTIC),
                HandBuilt.statement("d3", "2020-04-01", "CHN", List.of("USA"), true, "112", -2.0, Audience.DOMESTIC),
                HandBuilt.statement("d4", "2020-02-10", "CHNGOV", List.of("USA"), false, "111", -2.0, Audience.PRESS_CONFERENCE),
                HandBuilt.statement("d5", "2020-02-15", "CHNGOV", List.of("USA"), true, "051", 3.4, Audience.UNKNOWN),
                HandBuilt.statement("d6", "2020-03-01", "CHNGOV", List.of("RUSGOV"), true, "051", 3.4, Audience.TARGET),
                HandBuilt.statement("d7", "2020-05-01", "CHNGOV", List.of(), false, "111", -2.0, Audience.DOMESTIC));
        List<Document> documents = new ArrayList<>();
        for (Statement s : statements) {
            documents.add(new Document(s.docId(), s.date(), "provider-" + s.docId(), "CHN",
                    "https://example.org/" + s.docId(), null, "text", null));
        }
        EventWriter.Added added = new EventWriter(store).add(documents, List.of(), statements);
        assertThat(added.statements()).isEqualTo(7);
        assertThat(new EventWriter(store).add(documents, List.of(), statements).statements()).as("idempotent").isZero();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void statementsAboutBAreGroupedByAudienceWithMeanStance() {
        Audiences.Result r = new Audiences(store).run("CHN", "USA", DateRange.ALL, 30);
        assertThat(r.byAudience()).extracting(g -> g.audience() + ":" + g.statements() + ":" + g.meanStance())
                .containsExactly("target:1:3.4", "domestic:2:-2.0", "press_conference:1:-2.0", "unknown:1:3.4");
        assertThat(r.statements()).hasSize(5);
    }

    @Test
    void episodesPairOppositeStancesToDifferentKnownAudiencesWithinTheWindow() {
        Audiences.Result r = new Audiences(store).run("CHN", "USA", DateRange.ALL, 30);
        // d1 (praise, to the US itself) with d4 (3 days later) and d2 (13 days later); d3 is 54 days
        // after d1, d5's audience is unknown, d2/d3/d4 all share a sign.
        assertThat(r.episodes()).extracting(e -> e.first().docId() + "+" + e.second().docId() + ":" + e.daysApart())
                .containsExactly("d1+d4:3", "d1+d2:13");
        Audiences.Episode e = r.episodes().get(1);
        assertThat(e.first().audience()).isEqualTo("target");
        assertThat(e.second().audience()).isEqualTo("domestic");
        assertThat(e.second().quote()).isEqualTo("quote of d2");
        assertThat(e.second().provider()).isEqualTo("provider-d2");
        assertThat(new Audiences(store).run("CHN", "USA", DateRange.ALL, 5).episodes()).hasSize(1);
    }

    @Test
    void restraintCountsNamedAndAlludedCriticismByPeriodAndTarget() {
        Restraint.Result r = new Restraint(store).run("CHN", DateRange.ALL, Period.YEAR);
        // critical (roots 10-13): d2, d3 named; d4, d7 alluded
        assertThat(r.periods()).singleElement().satisfies(p -> {
            assertThat(p.critical()).isEqualTo(4);
            assertThat(p.named()).isEqualTo(2);
            assertThat(p.alludedShare()).isEqualTo(0.5);
        });
        assertThat(r.targets()).extracting(t -> t.target() + ":" + t.critical() + ":" + t.named() + ":" + t.alluded())
                .containsExactly("USA:3:2:1", "(unknown):1:0:1");
        assertThat(r.alludedStatements()).extracting(StatementRef::docId).containsExactly("d4", "d7");
    }

    @Test
    void anActorNoStatementOrEventNamesIsAnError() {
        assertThatThrownBy(() -> new Restraint(store).run("FRA", DateRange.ALL, Period.YEAR))
                .hasMessageContaining("unknown actor 'FRA'");
    }
}
