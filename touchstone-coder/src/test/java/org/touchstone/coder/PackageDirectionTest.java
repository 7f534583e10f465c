package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The coder's packages build on one another in the pipeline's order (CODER.md, "Pipeline"): a package imports only its
 * own layer's package and lower layers. A word list or helper two layers share lives in the lower one: the event step
 * may not import the statement step, which builds on it. Read from the source files' import lines, so no library is
 * needed; a subpackage counts as its package ("petrarch.coding" is "petrarch").
 */
class PackageDirectionTest {
    /** Lowest first; packages on one line are independent of each other. "" is the coder's own package ({@link Coder}). */
    private static final List<Set<String>> LAYERS = List.of(
            Set.of("text"),
            Set.of("dict", "date", "input"),
            Set.of("actor"),
            Set.of("verb"),
            Set.of("event"),
            Set.of("statement", "petrarch"),
            Set.of(""),
            Set.of("evaluation", "validation"));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.touchstone\\.coder\\.((?:[a-z]\\w*\\.)*)[A-Z]");

    private record Import(String from, String to, String line) {
    }

    private static List<Import> imports;

    @BeforeAll
    static void readSources() throws IOException, URISyntaxException {
        Path classes = Path.of(Coder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path sources = classes.getParent().getParent().resolve("src/main/java/org/touchstone/coder");
        imports = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = topPackage(sources.relativize(file.getParent()).toString().replace('/', '.'));
                for (String line : Files.readAllLines(file)) {
                    String to = importedPackage(line);
                    if (to != null) {
                        imports.add(new Import(from, to, sources.relativize(file) + ": " + line));
                    }
                }
            }
        }
    }

    @Test
    void noPackageImportsAHigherOrIndependentOne() {
        assertThat(imports.size()).as("the reader finds the imports").isGreaterThan(200);
        assertThat(imports.stream().anyMatch(i -> i.from().equals("statement") && i.to().equals("event"))).isTrue();
        assertThat(imports).filteredOn(i -> !allowed(i.from(), i.to())).extracting(Import::line).isEmpty();
    }

    @Test
    void everyPackageHasALayer() {
        Set<String> packages = new TreeSet<>();
        imports.forEach(i -> {
            packages.add(i.from());
            packages.add(i.to());
        });
        assertThat(packages).allMatch(p -> layer(p) >= 0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "statement|import org.touchstone.coder.event.StanceLexicon;|true",
            "event|import org.touchstone.coder.statement.ReportedWords;|false",
            "text|import org.touchstone.coder.dict.VerbDictionary;|false",
            "statement|import org.touchstone.coder.petrarch.coding.CodingOptions;|false",
            "petrarch|import org.touchstone.coder.Coder;|false",
            "petrarch|import org.touchstone.coder.petrarch.mapping.ActorMapping;|true",
            "|import static org.touchstone.coder.text.Words.BE_FORMS;|true",
            "validation|import org.touchstone.coder.Coder;|true"})
    void aLowerPackageMayNotImportAHigherOne(String from, String line, boolean allowed) {
        assertThat(allowed(from == null ? "" : from, importedPackage(line))).isEqualTo(allowed);
    }

    /** The top package of an import of the coder's own classes ("" for the coder's own package), or null. */
    private static String importedPackage(String line) {
        Matcher m = IMPORT.matcher(line);
        return m.find() ? topPackage(m.group(1).isEmpty() ? "" : m.group(1).substring(0, m.group(1).length() - 1)) : null;
    }

    private static String topPackage(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static boolean allowed(String from, String to) {
        return from.equals(to) || layer(to) < layer(from);
    }

    private static int layer(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) {
                return i;
            }
        }
        return -1;
    }
}
