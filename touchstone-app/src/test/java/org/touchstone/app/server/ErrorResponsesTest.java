package org.touchstone.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Error messages name the server's files by their names, never by where they lie. */
class ErrorResponsesTest {
    @TempDir
    Path dir;

    @Test
    void serverPathsAreShortenedToTheirNamesInEverySpelling() throws Exception {
        Path real = Files.createDirectories(dir.resolve("data"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        Path db = link.resolve("store.duckdb");
        Files.writeString(db, "");
        ErrorResponses errors = new ErrorResponses(new ObjectMapper(), 1024,
                Arrays.asList(db, null, Path.of("/"), Path.of("relative", "nmc.csv")));

        assertThat(errors.redact("no event in " + db + " names it")).isEqualTo("no event in store.duckdb names it");
        assertThat(errors.redact("lock on " + db.toRealPath())).isEqualTo("lock on store.duckdb");
        assertThat(errors.redact("the NMC file relative/nmc.csv has no years"))
                .isEqualTo("the NMC file nmc.csv has no years");
        assertThat(errors.redact("the NMC file " + Path.of("relative", "nmc.csv").toAbsolutePath() + " is empty"))
                .isEqualTo("the NMC file nmc.csv is empty");
        assertThat(errors.redact("dyad USA/CHN from 2019-01-01 to 2019/12/31"))
                .as("a root directory is not hidden: it is in every path").isEqualTo("dyad USA/CHN from 2019-01-01 to 2019/12/31");
        assertThat(new String(errors.document(400, "bad " + db), StandardCharsets.UTF_8))
                .isEqualTo("{\"status\":400,\"error\":\"Bad Request\",\"message\":\"bad store.duckdb\"}");
    }
}
