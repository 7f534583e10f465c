package org.touchstone.coder.petrarch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses PETRARCH agent dictionaries (Phoenix.agents.txt, PETR.Validate.agents.txt):
 *
 * <pre>
 * !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON     substitution set
 * FOREIGN_MINISTER [~GOVFRM]                     regular plural formed by the coder
 * ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]    irregular plural
 * POLICE {} [~COP]                               no plural
 * HUMAN_RIGHTS_BODY [NGO~]                       code placed before the actor's code
 * CONGRESS!PERSON! [~LEG]                        marker: one entry per value of the set
 * </pre>
 *
 * A line without a code, with a bracket or brace that is not closed, with a code lacking its '~',
 * or using a marker not defined above it is reported and skipped.
 */
public final class AgentDictionaryParser {

    private static final Pattern SUBSTITUTION = Pattern.compile("!([^!\\s]+)!\\s*=\\s*(.*)");
    private static final Pattern ENTRY = Pattern.compile("([^\\[{]*?)\\s*(?:\\{([^}\\[]*)\\})?\\s*\\[([^\\]]*)\\]\\s*");
    private static final Pattern MARKER = Pattern.compile("!([^!\\s]+)!");

    private AgentDictionaryParser() {
    }

    public static AgentDictionary parse(Path path) throws IOException {
        return parse(DictionaryText.name(path), DictionaryText.readLines(path));
    }

    public static AgentDictionary parse(String file, List<String> lines) {
        List<AgentDictionary.SubstitutionSet> substitutions = new ArrayList<>();
        Set<String> markers = new HashSet<>();
        List<AgentEntry> entries = new ArrayList<>();
        List<DictionaryProblem> rejected = new ArrayList<>();
        List<DictionaryProblem> warnings = new ArrayList<>();
        for (DictionaryLine line : DictionaryText.contentLines(lines, false)) {
            String text = line.content().strip();
            if (text.contains("!") && text.contains("=")) {
                Matcher set = SUBSTITUTION.matcher(text);
                if (!set.matches()) {
                    rejected.add(DictionaryProblem.of(file, line, "substitution set is not !MARKER! = A, B, ..."));
                    continue;
                }
                List<String> values = Arrays.stream(set.group(2).split(",")).map(String::strip)
                        .filter(value -> !value.isEmpty()).toList();
                substitutions.add(new AgentDictionary.SubstitutionSet(set.group(1), values, line.number()));
                markers.add(set.group(1));
                continue;
            }
            String reason = problem(text);
            if (reason != null) {
                rejected.add(DictionaryProblem.of(file, line, reason));
                continue;
            }
            Matcher entry = ENTRY.matcher(text);
            entry.matches();
            String phrase = entry.group(1).strip();
            String code = entry.group(3).strip();
            AgentEntry.Placement placement = code.startsWith("~") ? AgentEntry.Placement.AFTER_ACTOR_CODE
                    : AgentEntry.Placement.BEFORE_ACTOR_CODE;
            code = code.replace("~", "").strip();
            String undefined = undefinedMarker(phrase, markers);
            if (undefined != null) {
                rejected.add(DictionaryProblem.of(file, line, "substitution marker !" + undefined
                        + "! is not defined above"));
                continue;
            }
            if (MARKER.matcher(phrase).results().count() > 1) {
                warnings.add(DictionaryProblem.of(file, line, "more than one substitution marker: PETRARCH "
                        + "substitutes only the first (the others look like a find-and-replace accident)"));
            }
            String plural = entry.group(2) == null ? null : entry.group(2).strip();
            entries.add(new AgentEntry(phrase, plural, code, placement, line.number()));
        }
        return new AgentDictionary(file, substitutions, entries, rejected, warnings);
    }

    private static String problem(String text) {
        int open = text.indexOf('[');
        if (open < 0) {
            return "no [code]: agents need one";
        }
        if (text.indexOf(']', open) < 0) {
            return "code bracket '[' is not closed with ']'";
        }
        int brace = text.indexOf('{');
        if (brace >= 0 && (brace > open || text.indexOf('}', brace) < 0 || text.indexOf('}', brace) > open)) {
            return "plural brace '{' is not closed before the code";
        }
        Matcher entry = ENTRY.matcher(text);
        if (!entry.matches()) {
            return "not PHRASE {PLURAL} [CODE]";
        }
        if (entry.group(1).isBlank()) {
            return "code without a phrase";
        }
        String code = entry.group(3).strip();
        boolean tildeFirst = code.startsWith("~");
        boolean tildeLast = code.endsWith("~");
        String bare = code.replace("~", "").strip();
        if (tildeFirst == tildeLast || bare.isEmpty() || !bare.matches("[A-Za-z0-9]+")) {
            return "code '" + code + "' is not ~CODE or CODE~";
        }
        return null;
    }

    private static String undefinedMarker(String phrase, Set<String> markers) {
        Matcher marker = MARKER.matcher(phrase);
        while (marker.find()) {
            if (!markers.contains(marker.group(1))) {
                return marker.group(1);
            }
        }
        return null;
    }
}
