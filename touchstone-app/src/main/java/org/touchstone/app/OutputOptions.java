package org.touchstone.app;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** {@code --json} or {@code --csv}; a human-readable table when neither is given. */
final class OutputOptions {

    enum Format { TABLE, JSON, CSV }

    static final class Choice {
        @Option(names = "--json", description = "Write one JSON document (fields in docs/OUTPUT.md).")
        boolean json;

        @Option(names = "--csv", description = "Write CSV with a header row.")
        boolean csv;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Choice choice;

    Format format() {
        if (choice == null) {
            return Format.TABLE;
        }
        return choice.json ? Format.JSON : choice.csv ? Format.CSV : Format.TABLE;
    }
}
