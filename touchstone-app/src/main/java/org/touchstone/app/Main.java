package org.touchstone.app;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code touchstone} command line. */
@Command(name = "touchstone",
        mixinStandardHelpOptions = true,
        version = "touchstone 0.1.0",
        description = "Test what they say against what they do: an observatory of international relations.",
        subcommands = {
                DemoCommand.class,
                IngestCommand.class,
                CodeCommand.class,
                GdeltCommand.class,
                DyadCommand.class,
                UnvotesCommand.class,
                AffinityCommand.class,
                PolarityCommand.class,
                SaydoCommand.class,
                AudienceCommand.class,
                RestraintCommand.class,
                AssessCommand.class,
                LikemindedCommand.class,
                ProvidersCommand.class,
                StatsCommand.class,
                ReportCommand.class,
                ServeCommand.class,
                ExportCommand.class,
                ImportCommand.class,
                ValidateCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (0 ok, 1 failure, 2 usage error). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** As {@link #run(String...)}, writing results to {@code out} and messages to {@code err}. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main()).setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("touchstone: " + Errors.describe(e));
            return 1;
        });
        return cli.execute(args);
    }
}
