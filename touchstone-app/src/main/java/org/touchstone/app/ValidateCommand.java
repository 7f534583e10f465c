package org.touchstone.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.touchstone.coder.validation.PetrarchValidation;
import org.touchstone.coder.validation.ValidationReport;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code touchstone validate petrarch}: the coder against a PETRARCH validation suite. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the coder against an outside validation suite.",
        subcommands = {ValidateCommand.Petrarch.class, CommandLine.HelpCommand.class})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "petrarch", mixinStandardHelpOptions = true,
            description = {"Code the records of a PETRARCH validation file (PETR.UnitTest.records.xml) from their text,",
                    "with their dates and options, and compare with the expected codings as PETRARCH's validator does.",
                    "Prints the records and codings matched, a table by category and each failure."})
    static final class Petrarch implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--records", required = true, paramLabel = "FILE",
                description = "The validation file (XML with <Environment> and <Sentences>).")
        Path records;

        @Option(names = "--dict", required = true, paramLabel = "DIR",
                description = {"Dictionary directory: the files the file's <Environment> names when present there,",
                        "else the set found in DIR (PETRARCH-2, PETRARCH-1 or TABARI; the project's format too)."})
        Path dictionaries;

        @Option(names = "--json", description = "Write the report as JSON (fields in docs/OUTPUT.md).")
        boolean json;

        @Option(names = "--fail-under", paramLabel = "SHARE",
                description = "Exit with 1 when the share of records matched (0..1) is below SHARE.")
        Double failUnder;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(records)) {
                throw new IllegalArgumentException("--records " + records + ": no such file");
            }
            if (!Files.isDirectory(dictionaries)) {
                throw new IllegalArgumentException("--dict " + dictionaries + " is not a directory");
            }
            ValidationReport report = PetrarchValidation.run(records, dictionaries);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, document(report));
            } else {
                print(out, report);
            }
            return failUnder != null && report.recordsShare() < failUnder ? 1 : 0;
        }

        static Map<String, Object> document(ValidationReport r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("records_file", r.recordsFile());
            m.put("dictionaries", r.dictionaries());
            m.put("records_in_file", r.recordsInFile());
            m.put("records_total", r.recordsTotal());
            m.put("records_matched", r.recordsMatched());
            m.put("records_share", Math.round(r.recordsShare() * 10000) / 10000.0);
            m.put("codings_total", r.codingsTotal());
            m.put("codings_matched", r.codingsMatched());
            m.put("coded_total", r.codedTotal());
            Map<String, Object> categories = new LinkedHashMap<>();
            r.byCategory().forEach((k, v) -> {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("records", v.records());
                c.put("matched", v.matched());
                categories.put(k, c);
            });
            m.put("by_category", categories);
            List<Map<String, Object>> skipped = new ArrayList<>();
            for (ValidationReport.Skipped s : r.skipped()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("id", s.id());
                x.put("category", s.category());
                x.put("line", s.line());
                x.put("reason", s.reason());
                skipped.add(x);
            }
            m.put("skipped", skipped);
            List<Map<String, Object>> failures = new ArrayList<>();
            for (ValidationReport.Failure f : r.failures()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("id", f.id());
                x.put("category", f.category());
                x.put("line", f.line());
                x.put("text", f.text());
                x.put("expected", f.expected());
                x.put("actual", f.actual());
                failures.add(x);
            }
            m.put("failures", failures);
            return m;
        }

        private static void print(PrintWriter out, ValidationReport r) {
            out.println("PETRARCH validation of " + r.recordsFile());
            out.println("dictionaries: " + r.dictionaries());
            out.printf("records matched: %d of %d (%.1f%%); %d records in the file, %d not counted%n",
                    r.recordsMatched(), r.recordsTotal(), 100 * r.recordsShare(), r.recordsInFile(), r.skipped().size());
            out.printf("codings matched: %d of %d expected; %d coded%n", r.codingsMatched(), r.codingsTotal(),
                    r.codedTotal());
            out.println();
            TextTable table = new TextTable("category", "records", "matched", "share");
            r.byCategory().forEach((k, v) -> table.row(k, v.records(), v.matched(),
                    String.format("%.1f%%", v.records() == 0 ? 0.0 : 100.0 * v.matched() / v.records())));
            table.printText(out);
            if (!r.skipped().isEmpty()) {
                out.println();
                out.println("Not counted:");
                r.skipped().forEach(s -> out.println("  " + s.id() + " [" + s.category() + "] line " + s.line() + ": "
                        + s.reason()));
            }
            if (!r.failures().isEmpty()) {
                out.println();
                out.println("Failures:");
                for (ValidationReport.Failure f : r.failures()) {
                    out.println("  " + f.id() + " [" + f.category() + "] line " + f.line());
                    out.println("    text:     " + f.text());
                    out.println("    expected: " + String.join("; ", f.expected()));
                    out.println("    coded:    " + (f.actual().isEmpty() ? "nothing" : String.join("; ", f.actual())));
                }
            }
            out.flush();
        }
    }
}
