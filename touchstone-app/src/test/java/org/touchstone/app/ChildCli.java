package org.touchstone.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CLI as a command line for a child JVM with the tests' class path. The child's temporary files
 * go to the test's own directory: DuckDB unpacks its native library (some 50 MB) there at each start,
 * and a child killed with SIGKILL cannot delete it.
 */
final class ChildCli {
    private ChildCli() {
    }

    static List<String> command(Path tmp, String... args) {
        return command(tmp, List.of(args));
    }

    static List<String> command(Path tmp, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        return command;
    }
}
