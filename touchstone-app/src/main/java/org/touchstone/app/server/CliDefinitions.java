package org.touchstone.app.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the API takes from the command line's own definitions, so that both give the same answer:
 * the JSON mapper of {@code --json} and the reading of COW capabilities that {@code assess --nmc}
 * uses. {@code touchstone serve} passes them in (they live in org.touchstone.app).
 */
public record CliDefinitions(ObjectMapper json, Capabilities capabilities) {
    public CliDefinitions {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(capabilities, "capabilities");
    }

    /** Each country's CINC in the latest year of an NMC file up to a day, by CAMEO code. */
    @FunctionalInterface
    public interface Capabilities {
        Map<String, Double> latestCinc(Path nmc, LocalDate until) throws IOException;
    }
}
