package org.touchstone.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.touchstone.analysis.UnVoteCountries;
import org.touchstone.analysis.UnVoteCountry;
import org.touchstone.store.IngestReport;
import org.touchstone.store.Store;
import org.touchstone.store.UnVotesLoadReport;
import org.touchstone.store.UnVotesLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "unvotes", mixinStandardHelpOptions = true,
        description = "UN General Assembly roll-call votes (Voeten's data): load them, list their countries.",
        subcommands = {UnvotesCommand.Ingest.class, UnvotesCommand.Countries.class})
final class UnvotesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say what to do: 'touchstone unvotes ingest DIR'"
                + " or 'touchstone unvotes countries'");
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Load a directory of UN votes files into the store, in one transaction.",
                    "Reads un_countries.csv, un_roll_calls.csv, un_roll_call_issues.csv and un_votes*.csv (plain or .gz).",
                    "Loading twice adds nothing; bad lines go to rejected_rows with file, line and reason."})
    static final class Ingest implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "DIR", description = "Directory of the UN votes files.")
        Path dir;

        @Mixin
        OutputOptions output;

        /** The JSON document {@code unvotes ingest --json} writes. */
        record Summary(List<IngestReport> files, long read, long stored, long duplicate, long rejected,
                       List<String> failed, List<String> ignored) {
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            UnVotesLoadReport report;
            try (Store s = store.open()) {
                report = new UnVotesLoader(s, new ConsoleProgress(err)).load(dir);
                if (output.format() == OutputOptions.Format.TABLE) {
                    for (IngestReport file : report.files()) {
                        IngestCommand.showRejections(s, file, err);
                    }
                }
            }
            report.failed().forEach(f -> err.println("touchstone: " + f));
            err.flush();
            IngestReport total = report.total();
            switch (output.format()) {
                case JSON -> Json.print(out, new Summary(report.files(), total.read(), total.stored(), total.duplicate(),
                        total.rejected(), report.failed(), report.ignored().stream().map(Path::toString).toList()));
                case CSV -> {
                    TextTable t = new TextTable("file", "dataset", "format", "already_ingested", "read", "stored",
                            "duplicate", "rejected");
                    report.files().forEach(f -> t.row(f.file(), f.dataset(), f.format(), f.alreadyIngested(), f.read(),
                            f.stored(), f.duplicate(), f.rejected()));
                    t.printCsv(out);
                }
                case TABLE -> {
                    report.ignored().forEach(p -> out.println("ignored (not a UN votes file): " + p));
                    out.println("Loaded " + report.files().size() + " UN votes file(s) into " + store.db + ": "
                            + IngestCommand.counts(total)
                            + (report.failed().isEmpty() ? "" : "; " + report.failed().size() + " file(s) failed"));
                    out.flush();
                }
            }
            return report.failed().isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "countries", mixinStandardHelpOptions = true,
            description = {"The countries of the UN votes in the store, with their codes.",
                    "The data's ISO2 code, CAMEO, ISO3 and COW codes, how many votes each cast and in which years."})
    static final class Countries implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions store;

        @Mixin
        OutputOptions output;

        @Override
        public Integer call() {
            List<UnVoteCountry> countries;
            try (Store s = store.open()) {
                countries = new UnVoteCountries(s).all();
            }
            if (countries.isEmpty()) {
                throw new IllegalArgumentException("the store " + store.db
                        + " holds no UN votes: load them with 'touchstone unvotes ingest DIR'");
            }
            PrintWriter out = spec.commandLine().getOut();
            TextTable t = new TextTable("country_code", "country", "cameo_code", "iso3", "cow", "votes", "first_year",
                    "last_year");
            countries.forEach(c -> t.row(c.countryCode(), c.country(), c.cameoCode(), c.iso3(), c.cow(), c.votes(),
                    c.firstYear(), c.lastYear()));
            switch (output.format()) {
                case JSON -> Json.print(out, countries);
                case CSV -> t.printCsv(out);
                case TABLE -> t.printText(out);
            }
            return 0;
        }
    }
}
