package org.touchstone.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.touchstone.coder.CodedDocument;
import org.touchstone.coder.Coder;
import org.touchstone.coder.dict.Dictionaries;
import org.touchstone.coder.input.DocumentReader;
import org.touchstone.coder.input.DocumentReaders;
import org.touchstone.coder.input.ReaderOptions;
import org.touchstone.coder.petrarch.mapping.PetrarchDictionaries;
import org.touchstone.core.Document;
import org.touchstone.core.Event;
import org.touchstone.core.Statement;
import org.touchstone.store.EventWriter;
import org.touchstone.store.Store;

import com.fasterxml.jackson.core.JsonProcessingException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Code news text and statements into CAMEO events and attributed statements.",
                "Inputs: plain text, JSONL documents, HTML pages, RSS/Atom feeds, PETRARCH XML (plain or .gz).",
                "Writes JSON lines to standard output (or CSV, GDELT 2.0 rows, PLOVER events), or into the store."})
final class CodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files to code.")
    List<Path> paths;

    @Option(names = "--date", paramLabel = "DATE", converter = DateOption.class,
            description = "Date of documents that carry none (plain text).")
    LocalDate date;

    @Option(names = "--dict", paramLabel = "DIR",
            description = {"Directory of dictionaries: the project's format (extends the built-in ones; may be repeated),",
                    "or a PETRARCH-2, PETRARCH-1 or TABARI set (used alone), told apart by their files."})
    List<Path> dictionaries;

    @Option(names = "--store", description = "Store documents, events and statements in --db instead of printing them.")
    boolean toStore;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "500",
            description = {"With --store: documents per store transaction (default: ${DEFAULT-VALUE}).",
                    "Each batch is stored whole; a crash loses at most the batch being coded, and a rerun adds it."})
    int batch;

    static final class Shape {
        @Option(names = "--json", description = "JSON lines: events and statements (default).")
        boolean json;
        @Option(names = "--csv", description = "CSV: one event per row.")
        boolean csv;
        @Option(names = "--gdelt", description = "GDELT 2.0 event rows (61 tab-separated columns).")
        boolean gdelt;
        @Option(names = "--plover", description = "PLOVER events as JSON lines.")
        boolean plover;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Shape shape = new Shape();

    private long documents;
    private long sentences;
    private long events;
    private long statementCount;
    private long failed;
    private long problems;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Dictionaries dicts = dictionaries == null ? Dictionaries.builtIn() : PetrarchDictionaries.load(dictionaries);
        dicts.problems().forEach(p -> err.println("  dictionary: " + p));
        for (Path dir : dictionaries == null ? List.<Path>of() : dictionaries) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("--dict " + dir + " is not a directory");
            }
        }
        if (batch < 1) {
            throw new IllegalArgumentException("--batch must be at least 1, not " + batch);
        }
        Coder coder = new Coder(dicts);
        ReaderOptions options = date == null ? ReaderOptions.defaults() : ReaderOptions.defaults().withDate(date);
        if (shape.csv && !toStore) {
            out.println(String.join(",", CodedRecords.CSV_COLUMNS));
        }
        Store s = toStore ? store.open() : null;
        try {
            List<Document> batchDocs = new ArrayList<>();
            List<Event> batchEvents = new ArrayList<>();
            List<Statement> batchStatements = new ArrayList<>();
            for (Path path : paths) {
                try (DocumentReader reader = DocumentReaders.open(path, options, problem -> {
                    problems++;
                    err.println("  skipped " + problem);
                })) {
                    for (Document doc; (doc = reader.next()) != null; ) {
                        CodedDocument coded = coder.code(doc);
                        documents++;
                        sentences += coded.sentences();
                        events += coded.events().size();
                        statementCount += coded.statements().size();
                        if (!coded.ok()) {
                            failed++;
                            coded.errors().forEach(e -> err.println("  " + coded.docId() + ": " + e));
                        }
                        if (s != null) {
                            batchDocs.add(doc);
                            batchEvents.addAll(coded.events());
                            batchStatements.addAll(coded.statements());
                            if (batchDocs.size() >= batch) {
                                new EventWriter(s).add(batchDocs, batchEvents, batchStatements);
                                batchDocs.clear();
                                batchEvents.clear();
                                batchStatements.clear();
                                err.println("  " + documents + " documents coded and stored");
                                err.flush();
                            }
                        } else {
                            write(out, doc, coded);
                        }
                    }
                }
            }
            if (s != null && !batchDocs.isEmpty()) {
                new EventWriter(s).add(batchDocs, batchEvents, batchStatements);
            }
        } finally {
            if (s != null) {
                s.close();
            }
        }
        out.flush();
        err.println("Coded " + documents + " document(s), " + sentences + " sentence(s): " + events + " event(s), "
                + statementCount + " statement(s)" + (failed > 0 ? "; " + failed + " document(s) with errors" : "")
                + (problems > 0 ? "; " + problems + " input item(s) skipped" : "")
                + (toStore ? "; stored in " + store.db : ""));
        err.flush();
        return 0;
    }

    private void write(PrintWriter out, Document doc, CodedDocument coded) throws JsonProcessingException {
        for (Event e : coded.events()) {
            if (shape.csv) {
                List<String> cells = new ArrayList<>();
                for (Object v : CodedRecords.csvRow(e)) {
                    String text = v == null ? "" : v.toString();
                    cells.add(text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
                }
                out.println(String.join(",", cells));
            } else if (shape.gdelt) {
                out.println(CodedRecords.gdeltRow(e, doc));
            } else if (shape.plover) {
                Map<String, Object> plover = CodedRecords.plover(e);
                if (plover != null) {
                    out.println(Json.MAPPER.writeValueAsString(plover));
                }
            } else {
                out.println(Json.MAPPER.writeValueAsString(CodedRecords.event(e)));
            }
        }
        if (!shape.csv && !shape.gdelt && !shape.plover) {
            for (Statement st : coded.statements()) {
                out.println(Json.MAPPER.writeValueAsString(CodedRecords.statement(st)));
            }
        }
    }
}
