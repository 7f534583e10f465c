package org.touchstone.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real child process (a JVM running the CLI) whose error stream is read line by line, each line
 * with the time it came, and that can be killed with SIGKILL at a chosen moment or line.
 */
public final class ChildProcess {
    /** Exit status of a process killed by SIGKILL (128 + 9). */
    public static final int KILLED = 137;

    /** A line of the error stream and when it came, in milliseconds after the start. */
    public record Line(long millis, String text) {
    }

    private final Process process;
    private final long started = System.nanoTime();
    private final List<Line> lines = new ArrayList<>();
    private final Thread reader;

    private ChildProcess(Process process, InputStream stream) {
        this.process = process;
        this.reader = new Thread(() -> read(stream), "output of " + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code command}; its standard output is discarded. */
    public static ChildProcess start(List<String> command) {
        return start(new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD), false);
    }

    /** Starts {@code command} with its standard output read as lines too, among the error stream's. */
    public static ChildProcess startWithOutput(List<String> command) {
        return start(new ProcessBuilder(command).redirectErrorStream(true), true);
    }

    private static ChildProcess start(ProcessBuilder builder, boolean merged) {
        try {
            Process process = builder.start();
            return new ChildProcess(process, merged ? process.getInputStream() : process.getErrorStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + builder.command(), e);
        }
    }

    private void read(InputStream stream) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String text; (text = err.readLine()) != null; ) {
                synchronized (lines) {
                    lines.add(new Line(elapsedMillis(), text));
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // The process was killed while its stream was read: what came before is kept.
        }
    }

    private long elapsedMillis() {
        return (System.nanoTime() - started) / 1_000_000;
    }

    public long pid() {
        return process.pid();
    }

    /** Kills the process with SIGKILL when {@code millis} have passed since its start; false if it had ended before. */
    public boolean killAt(long millis) throws InterruptedException {
        long wait = millis - elapsedMillis();
        if (wait > 0 && process.waitFor(wait, TimeUnit.MILLISECONDS)) {
            return false;
        }
        return kill();
    }

    /** Waits for a line of the error stream that matches; false if the process ended without one. */
    public boolean awaitLine(Predicate<String> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            int seen = 0;
            while (true) {
                for (; seen < lines.size(); seen++) {
                    if (match.test(lines.get(seen).text())) {
                        return true;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
                    return false;
                }
                lines.wait(Math.max(1, Math.min(100, left / 1_000_000)));
            }
        }
    }

    /** SIGKILL (what {@code destroyForcibly} sends on Linux); false if the process had ended. */
    public boolean kill() {
        if (!process.isAlive()) {
            return false;
        }
        process.destroyForcibly();
        return true;
    }

    /** Waits for the process to end and for its last lines; returns its exit status. */
    public int await(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("child " + process.pid() + " still running after " + timeout + "; killed");
        }
        reader.join(timeout.toMillis());
        return process.exitValue();
    }

    /** Runs to the end; returns the exit status. */
    public static int run(List<String> command, Duration timeout) throws InterruptedException {
        return start(command).await(timeout);
    }

    /** The lines of the error stream so far. */
    public List<Line> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** The text of the error stream so far, one line each. */
    public String errors() {
        StringBuilder text = new StringBuilder();
        lines().forEach(l -> text.append(l.text()).append('\n'));
        return text.toString();
    }
}
