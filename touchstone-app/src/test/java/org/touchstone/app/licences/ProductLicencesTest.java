package org.touchstone.app.licences;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.touchstone.app.licences.LicenceRule.Licence;
import org.touchstone.app.licences.LicenceRule.Verdict;

/**
 * No dependency of the product is under the GPL family only (see {@link LicenceRule}): each jar
 * the shaded touchstone.jar takes in (the compile and runtime dependencies Maven lists into
 * target/product-dependencies.txt before the tests) has its licence read from its POM.
 */
class ProductLicencesTest {
    /** "group:artifact:type[:classifier]:version:scope:/path/to/file.jar", colours and module notes aside. */
    private static final Pattern LINE = Pattern.compile(
            "^\\s*([\\w.-]+):([\\w.-]+):[\\w.-]+(?::[\\w.-]+)?:([\\w.-]+):(?:compile|runtime):(/\\S+?\\.jar)");
    private static final Path LIST = Path.of("target", "product-dependencies.txt");

    @Test
    void everyDependencyOfTheProductOffersALicenceOutsideTheGplFamily() throws IOException {
        assertThat(LIST).as("written by maven-dependency-plugin in generate-test-resources: run through Maven")
                .exists();
        List<String> refused = new ArrayList<>();
        Map<String, Integer> byLicence = new TreeMap<>();
        int dependencies = 0;
        for (String line : Files.readAllLines(LIST, StandardCharsets.UTF_8)) {
            Matcher m = LINE.matcher(line.replaceAll("\u001b\\[[0-9;]*m", ""));
            if (!m.find()) {
                continue;
            }
            dependencies++;
            String coordinates = m.group(1) + ":" + m.group(2) + ":" + m.group(3);
            Path jar = Path.of(m.group(4));
            // the jar lies at REPOSITORY/group/as/path/artifact/version/file.jar
            Path repository = jar.getParent().getParent().getParent();
            for (int i = 0; i < m.group(1).split("\\.").length; i++) {
                repository = repository.getParent();
            }
            PomLicences.Found found = new PomLicences(repository).of(m.group(1), m.group(2), m.group(3));
            Verdict verdict = LicenceRule.judge(found.licences());
            String names = String.join(" OR ", found.licences().stream().map(Licence::name).toList());
            byLicence.merge(names.isEmpty() ? "(none)" : names, 1, Integer::sum);
            if (verdict != Verdict.ACCEPTED) {
                refused.add(coordinates + ": " + verdict + " (" + names + ", from " + found.pom().getFileName() + ")");
            }
        }
        System.out.println("product dependencies: " + dependencies + ", by licence: " + byLicence);
        assertThat(dependencies).as("dependencies read from " + LIST).isGreaterThan(20);
        assertThat(refused).as("dependencies without a licence outside the GPL family").isEmpty();
    }

    @Test
    void theRuleTakesAnotherLicenceOverTheGplButNeverTheGplAlone() {
        Licence epl = new Licence("EPL 2.0", "http://www.eclipse.org/legal/epl-2.0");
        Licence gplCpe = new Licence("GPL2 w/ CPE", "https://www.gnu.org/software/classpath/license.html");
        Licence cddlOrGpl = new Licence("CDDL + GPLv2 with classpath exception",
                "https://oss.oracle.com/licenses/CDDL+GPL-1.1");
        assertThat(LicenceRule.judge(List.of(epl, gplCpe))).isEqualTo(Verdict.ACCEPTED);
        assertThat(LicenceRule.judge(List.of(cddlOrGpl))).isEqualTo(Verdict.ACCEPTED);
        assertThat(LicenceRule.judge(List.of(gplCpe))).isEqualTo(Verdict.GNU_ONLY);
        assertThat(LicenceRule.judge(List.of(new Licence("GNU Lesser General Public License", null))))
                .isEqualTo(Verdict.GNU_ONLY);
        assertThat(LicenceRule.judge(List.of(new Licence("LGPL-2.1-or-later", null)))).isEqualTo(Verdict.GNU_ONLY);
        assertThat(LicenceRule.judge(List.of(new Licence("AGPL v3", "https://www.gnu.org/licenses/agpl-3.0.html"))))
                .isEqualTo(Verdict.GNU_ONLY);
        assertThat(LicenceRule.judge(List.of(new Licence("GPLv3", null)))).isEqualTo(Verdict.GNU_ONLY);
        assertThat(LicenceRule.judge(List.of(new Licence("The JSON License", null)))).isEqualTo(Verdict.UNKNOWN);
        assertThat(LicenceRule.judge(List.of())).isEqualTo(Verdict.NONE);
        assertThat(LicenceRule.judge(List.of(new Licence("The Apache Software License, Version 2.0", null))))
                .isEqualTo(Verdict.ACCEPTED);
        assertThat(LicenceRule.judge(List.of(new Licence("MIT License", null)))).isEqualTo(Verdict.ACCEPTED);
        assertThat(LicenceRule.judge(List.of(new Licence("Submit to nothing", null)))).isEqualTo(Verdict.UNKNOWN);
    }
}
