package org.touchstone.app.server;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Tests against one demo server per test class, started before its first test and stopped after its last. */
abstract class AgainstDemoServer {
    @TempDir
    static Path dir;
    static DemoServer demo;

    @BeforeAll
    static void start() {
        demo = DemoServer.start(dir);
    }

    @AfterAll
    static void stop() {
        demo.close();
    }
}
