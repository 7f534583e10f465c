package org.touchstone.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs fuzz cases and says what went wrong, with the seed that reproduces it. A test asserts that
 * {@link #failures} is empty; setting {@code -Dtouchstone.fuzz.seed=N} runs that one seed only.
 */
public final class Fuzzing {

    /** How a single seed is asked for, to reproduce a failure. */
    public static final String SEED_PROPERTY = "touchstone.fuzz.seed";

    private Fuzzing() {
    }

    /** The result of one case: its check, and the exception that escaped, if any. */
    public record Outcome(FuzzCheck check, Throwable uncaught) {
        public boolean failed() {
            return uncaught != null || !check.broken().isEmpty();
        }
    }

    /** Runs the case of {@code seed}; catches everything, errors included, since that is what is tested. */
    public static Outcome run(FuzzTarget target, long seed) {
        FuzzCheck check = new FuzzCheck();
        try {
            target.run(seed, check);
            return new Outcome(check, null);
        } catch (Throwable t) {
            return new Outcome(check, t);
        }
    }

    /**
     * Failure descriptions for the seeds {@code first .. first + count - 1} (or the one seed of the
     * {@value #SEED_PROPERTY} property), at most ten of them, each naming its seed.
     */
    public static List<String> failures(FuzzTarget target, long first, int count) {
        String only = System.getProperty(SEED_PROPERTY);
        long from = only == null || only.isBlank() ? first : Long.parseLong(only.trim());
        long n = only == null || only.isBlank() ? count : 1;
        List<String> failures = new ArrayList<>();
        for (long seed = from; seed < from + n && failures.size() < 10; seed++) {
            Outcome outcome = run(target, seed);
            if (outcome.failed()) {
                failures.add(describe(target, seed, outcome));
            }
        }
        return failures;
    }

    /** One failure, with the seed and how to run it again. */
    public static String describe(FuzzTarget target, long seed, Outcome outcome) {
        StringBuilder s = new StringBuilder(target.name()).append(", seed ").append(seed)
                .append(" (reproduce with -D").append(SEED_PROPERTY).append('=').append(seed).append("): ");
        if (outcome.uncaught() != null) {
            StringWriter trace = new StringWriter();
            outcome.uncaught().printStackTrace(new PrintWriter(trace));
            String text = trace.toString();
            s.append("uncaught ").append(text, 0, Math.min(text.length(), 2000));
        }
        List<String> broken = outcome.check().broken();
        s.append(String.join("; ", broken.subList(0, Math.min(broken.size(), 5))));
        return s.toString();
    }
}
