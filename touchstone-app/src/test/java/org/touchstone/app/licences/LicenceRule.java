package org.touchstone.app.licences;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which licences the product (the shaded touchstone.jar, Apache-2.0) may contain. A dependency is
 * accepted when at least one of the licences it offers is accepted; so "EPL 2.0 or GPL2 with the
 * Classpath Exception" is fine (we take EPL), "GPL2 with the Classpath Exception" alone is not,
 * nor is any GPL, LGPL or AGPL alone, nor a dependency that names no licence (nobody has read it).
 * A POM may also offer both in one entry ("CDDL + GPLv2 with classpath exception"): accepted too.
 * Accepted are the permissive licences (Apache, MIT, BSD, ISC, CC0, public domain, Unicode) and
 * the file-level copyleft ones (EPL, EDL, MPL, CDDL), which bind changes to their own files but
 * not the work that uses the library unchanged.
 */
final class LicenceRule {
    /** The GNU family, whatever the version or exception: a licence named so is never enough alone. */
    private static final Pattern GNU = Pattern.compile(
            "(?i)(^|[^a-z])(a|l)?gpl|general public licen[cs]e|gnu\\.org/(licenses|software/classpath|copyleft)");
    private static final Pattern ACCEPTED = Pattern.compile("(?i)apache|(^|[^a-z])mit([^a-z]|$)|bsd|(^|[^a-z])isc"
            + "([^a-z]|$)|eclipse public|(^|[^a-z])epl([^a-z]|$)|eclipse distribution|(^|[^a-z])edl([^a-z]|$)"
            + "|mozilla public|(^|[^a-z])mpl([^a-z]|$)|cddl|common development and distribution|cc0"
            + "|public domain|unicode|bouncy ?castle");

    /** A licence as a POM names it. */
    record Licence(String name, String url) {
        String text() {
            return (name == null ? "" : name) + " " + (url == null ? "" : url);
        }
    }

    /** What the rule says of one dependency. */
    enum Verdict { ACCEPTED, GNU_ONLY, UNKNOWN, NONE }

    private LicenceRule() {
    }

    static Verdict judge(List<Licence> offered) {
        if (offered.isEmpty()) {
            return Verdict.NONE;
        }
        boolean gnu = false;
        for (Licence licence : offered) {
            // one entry may offer two ("CDDL + GPLv2 with classpath exception"): the accepted one is taken
            if (ACCEPTED.matcher(licence.text()).find()) {
                return Verdict.ACCEPTED;
            }
            gnu |= GNU.matcher(licence.text()).find();
        }
        return gnu ? Verdict.GNU_ONLY : Verdict.UNKNOWN;
    }
}
