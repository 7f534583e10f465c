package org.touchstone.app;

import java.nio.file.Path;

import org.touchstone.store.Store;

import picocli.CommandLine.Option;

/** The {@code --db} and {@code --db-memory} options every command that reads or writes the store takes. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH", description = "DuckDB store file (default: ${DEFAULT-VALUE}).",
            defaultValue = "touchstone.duckdb")
    Path db;

    @Option(names = "--db-memory", paramLabel = "SIZE", description = "Most memory DuckDB may use for the store, such as"
            + " 2GB or 500MB; beyond it DuckDB spills to temporary files (default: DuckDB's own, 80% of the machine's memory).")
    String dbMemory;

    Store open() {
        return Store.open(db, dbMemory);
    }
}
