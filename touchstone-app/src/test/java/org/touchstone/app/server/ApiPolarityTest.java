package org.touchstone.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.testing.SharedData;

import com.fasterxml.jackson.databind.JsonNode;

/** /api/polarity on the shared COW and UCDP files the server is started with: the CLI's document. */
class ApiPolarityTest {
    @TempDir
    Path dir;

    @Test
    void polarityIsTheCliDocument() throws Exception {
        Path nmc = SharedData.file("cow/NMC-60-abridged.csv");
        Path majors = SharedData.file("cow/cow_majors.csv");
        Path mids = SharedData.file("cow/cow_mid5_disps_peacesciencer.csv");
        Path ucdp = SharedData.file("ucdp/ucdp_acd_peacesciencer.csv");
        try (DemoServer demo = DemoServer.start(dir, options -> options.withCow(nmc, majors, mids, ucdp))) {
            DemoServer.Response api = demo.get("/api/polarity?from=1900&to=2000&replicates=200&block-years=4");
            assertThat(api.status()).as(api.body()).isEqualTo(200);
            JsonNode cli = DemoServer.JSON.readTree(DemoServer.cli("polarity", "--nmc", nmc.toString(), "--majors",
                    majors.toString(), "--mids", mids.toString(), "--ucdp", ucdp.toString(), "--from", "1900", "--to",
                    "2000", "--replicates", "200", "--block-years", "4", "--json"));
            assertThat(DemoServer.firstDifference(api.json(), cli, "$")).isNull();
            assertThat(api.json().get("years")).hasSize(101);

            // assess reads the capabilities from the same NMC file
            JsonNode assess = demo.get("/api/assess?a=CHN&b=RUS&third=USA").json();
            JsonNode cliAssess = DemoServer.JSON.readTree(DemoServer.cli("assess", "CHN", "RUS", "--third", "USA",
                    "--nmc", nmc.toString(), "--db", demo.db.toString(), "--json"));
            assertThat(DemoServer.firstDifference(assess, cliAssess, "$")).isNull();

            // the question names the NMC file in its message; the API says its name, not where it lies
            DemoServer.Response none = demo.get("/api/polarity?from=1800&to=1805");
            assertThat(none.status()).as(none.body()).isEqualTo(400);
            assertThat(none.json().get("message").asText()).contains("NMC file NMC-60-abridged.csv has no years")
                    .doesNotContain(nmc.getParent().toString(), nmc.toAbsolutePath().getParent().toString());
        }
    }
}
