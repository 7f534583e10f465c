package org.touchstone.app;

import java.nio.file.Path;

import org.touchstone.store.Store;

import picocli.CommandLine.Option;

/** The {@code --db} option every command that reads or writes the store takes. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH", description = "DuckDB store file (default: ${DEFAULT-VALUE}).",
            defaultValue = "touchstone.duckdb")
    Path db;

    Store open() {
        return Store.open(db);
    }
}
