package org.touchstone.coder.dict;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.touchstone.coder.text.Token;
import org.touchstone.coder.text.Tokenizer;

/**
 * The actor model: every form of countries, organizations, people, agents and titles in one
 * token trie keyed by lower-case tokens, so the recognizer finds the longest match at a position
 * in one walk. Immutable after {@link Builder#build()}, so one instance serves all threads.
 */
public final class ActorDictionary {
    /** Files of the project format and the keys each allows. */
    public static final Map<String, Set<String>> FILES = Map.of(
            "countries.txt", Set.of("names", "adjectives", "metonyms", "places", "institutions", "cased", "avoid", "iso3"),
            "organizations.txt", Set.of("names", "bodies", "roles", "metonyms", "members", "avoid", "cased"),
            "people.txt", Set.of("names", "role", "cased", "avoid"),
            "agents.txt", Set.of("words", "titles", "avoid", "cased"));

    /** A node of the token trie. */
    public static final class Node {
        private final Map<String, Node> next = new HashMap<>(4);
        private final List<ActorForm> forms = new ArrayList<>(1);
        /** Whether every form here matches in any case: the text's case need not be compared. */
        private boolean anyCase = true;

        public Node child(String lowerToken) {
            return next.get(lowerToken);
        }

        public List<ActorForm> forms() {
            return forms;
        }

        /** The words that go on from here, each with its node (read-only). */
        public Map<String, Node> children() {
            return Collections.unmodifiableMap(next);
        }

        public boolean anyCase() {
            return anyCase;
        }
    }

    private final Node root;
    private final Map<String, List<ActorForm>> prefixes;
    private final int formCount;

    private ActorDictionary(Node root, Map<String, List<ActorForm>> prefixes, int formCount) {
        this.root = root;
        this.prefixes = prefixes;
        this.formCount = formCount;
    }

    public Node root() {
        return root;
    }

    /** Forms written with a final "-" ("Sino-") that match the start of a hyphenated token. */
    public List<ActorForm> prefixFormsOf(String lowerToken) {
        int dash = lowerToken.indexOf('-');
        if (dash <= 0 || dash == lowerToken.length() - 1) {
            return List.of();
        }
        return prefixes.getOrDefault(lowerToken.substring(0, dash + 1), List.of());
    }

    public int size() {
        return formCount;
    }

    /** True when the tokens as written satisfy the form's case rule (acronyms and cased forms). */
    public static boolean caseMatches(ActorForm form, List<Token> tokens, int start) {
        if (matchesAnyCase(form)) {
            return true; // most forms match in any case: no token to compare
        }
        for (int k = 0; k < form.tokens().size(); k++) {
            String written = form.tokens().get(k);
            if (!written.equals(tokens.get(start + k).text()) && (form.caseSensitive() || form.acronymAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesAnyCase(ActorForm form) {
        return !form.caseSensitive() && form.acronyms() == 0 && form.tokens().size() <= 31;
    }

    /** Two or more letters, all capitals, with or without dots and digits ("US", "U.S.", "G7"). */
    public static boolean isAcronym(String token) {
        int letters = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.' && !Character.isDigit(c) && c != '-' && c != '&') {
                return false;
            }
        }
        return letters >= 2;
    }

    /** Collects blocks of the project format; a block with the same file and header as an earlier one replaces it. */
    public static final class Builder {
        private final Map<String, DictionaryBlock> blocks = new LinkedHashMap<>();
        private final List<ActorForm> extraForms = new ArrayList<>();
        private final List<DictionaryProblem> problems;
        private final Tokenizer tokenizer = new Tokenizer();

        public Builder(List<DictionaryProblem> problems) {
            this.problems = problems;
        }

        public Builder addBlocks(String fileName, List<DictionaryBlock> fileBlocks) {
            for (DictionaryBlock b : fileBlocks) {
                blocks.put(fileName + "\u0000" + b.header(), b);
            }
            return this;
        }

        /** Adds a form directly (readers of other dictionary formats map their entries to forms). */
        public Builder addForm(ActorForm form) {
            extraForms.add(form);
            return this;
        }

        /** Splits a phrase as the sentence tokenizer would, so forms and text tokens agree. */
        public List<String> tokensOf(String phrase) {
            return tokenizer.tokenize(phrase).stream().map(Token::text).toList();
        }

        public ActorDictionary build() {
            List<ActorForm> forms = new ArrayList<>();
            for (DictionaryBlock b : blocks.values()) {
                String file = b.file().substring(b.file().lastIndexOf('/') + 1);
                switch (file) {
                    case "countries.txt" -> country(b, forms);
                    case "organizations.txt" -> organization(b, forms);
                    case "people.txt" -> person(b, forms);
                    case "agents.txt" -> agent(b, forms);
                    default -> problems.add(new DictionaryProblem(b.file(), b.line(), "not an actor dictionary file"));
                }
            }
            forms.addAll(extraForms);
            Node root = new Node();
            Map<String, List<ActorForm>> prefixes = new HashMap<>();
            for (ActorForm f : forms) {
                if (f.tokens().isEmpty()) {
                    continue;
                }
                if (f.prefix()) {
                    prefixes.computeIfAbsent(f.tokens().get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(f);
                    continue;
                }
                Node n = root;
                for (String t : f.tokens()) {
                    n = n.next.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new Node());
                }
                n.forms.add(f);
                n.anyCase &= matchesAnyCase(f);
            }
            return new ActorDictionary(root, prefixes, forms.size());
        }

        /** The code a block's header starts with, or null (a problem noted) when it starts with none. */
        private String code(DictionaryBlock b) {
            String h = b.header();
            int sp = h.indexOf(' ');
            String code = sp < 0 ? h : h.substring(0, sp);
            if (!code.matches("[A-Z]{3,15}")) {
                problems.add(new DictionaryProblem(b.file(), b.line(), "header must start with a code of 3-15 capital letters: '" + h + "'"));
                return null;
            }
            return code;
        }

        private void country(DictionaryBlock b, List<ActorForm> out) {
            String code = code(b);
            if (code == null) {
                return;
            }
            BlockForms f = new BlockForms(b, out, code, null);
            f.add("names", ActorKind.COUNTRY);
            f.add("adjectives", ActorKind.ADJECTIVE);
            f.addNamed("metonyms", ActorKind.METONYM, code + "GOV");
            f.add("places", ActorKind.PLACE);
            f.addNamed("institutions", ActorKind.INSTITUTION, code + "GOV");
            f.avoid();
        }

        private void organization(DictionaryBlock b, List<ActorForm> out) {
            String code = code(b);
            if (code == null) {
                return;
            }
            BlockForms f = new BlockForms(b, out, code, null);
            f.add("names", ActorKind.ORGANIZATION);
            f.addNamed("bodies", ActorKind.ORGANIZATION, code);
            f.addNamed("metonyms", ActorKind.METONYM, code);
            f.add("roles", ActorKind.ORGANIZATION_ROLE);
            f.avoid();
        }

        private void person(DictionaryBlock b, List<ActorForm> out) {
            List<DatedRole> roles = new ArrayList<>();
            for (DictionaryBlock.Attribute a : b.lines("role")) {
                DatedRole r = role(a.values(), b.file(), a.line());
                if (r != null) {
                    roles.add(r);
                }
            }
            BlockForms f = new BlockForms(b, out, null, new Person(b.header(), roles));
            f.add("names", ActorKind.PERSON);
            f.avoid();
        }

        private void agent(DictionaryBlock b, List<ActorForm> out) {
            String code = code(b);
            if (code == null) {
                return;
            }
            BlockForms f = new BlockForms(b, out, code, null);
            f.add("words", ActorKind.AGENT);
            f.add("titles", ActorKind.TITLE);
            f.avoid();
        }

        /** The forms of one block: each shares the block's code or person, its "cased" forms and its entry name. */
        private final class BlockForms {
            private final DictionaryBlock b;
            private final List<ActorForm> out;
            private final String code;
            private final Person person;
            private final Set<String> cased;
            private final String entry;

            BlockForms(DictionaryBlock b, List<ActorForm> out, String code, Person person) {
                this.b = b;
                this.out = out;
                this.code = code;
                this.person = person;
                this.cased = new HashSet<>(b.values("cased"));
                this.entry = "actors:" + b.file().substring(b.file().lastIndexOf('/') + 1) + ":" + b.header();
            }

            /** Each value of the attribute as a form of the kind, under the block's code. */
            void add(String attribute, ActorKind kind) {
                for (String v : b.values(attribute)) {
                    form(v, kind, code);
                }
            }

            /** Each value of the attribute as a form of the kind, under the code it names or else {@code defaultCode}. */
            void addNamed(String attribute, ActorKind kind, String defaultCode) {
                for (String v : b.values(attribute)) {
                    String[] nc = named(v, defaultCode);
                    form(nc[0], kind, nc[1]);
                }
            }

            /** The "avoid" values: phrases that are no actor. */
            void avoid() {
                for (String v : b.values("avoid")) {
                    out.add(new ActorForm(tokensOf(v), ActorKind.AVOID, null, false, false, null, entry));
                }
            }

            private void form(String form, ActorKind kind, String formCode) {
                boolean prefix = form.endsWith("-") && form.indexOf(' ') < 0;
                List<String> tokens = prefix ? List.of(form) : tokensOf(form);
                out.add(new ActorForm(tokens, kind, formCode, cased.contains(form), prefix, person, entry));
            }
        }

        /** "Pentagon => USAGOVMIL" gives its own code; a bare name takes the default. */
        private static String[] named(String value, String defaultCode) {
            int arrow = value.indexOf("=>");
            if (arrow < 0) {
                return new String[] {value, defaultCode};
            }
            return new String[] {value.substring(0, arrow).strip(), value.substring(arrow + 2).strip()};
        }

        /** "RUSGOV 2012-05-07 .. ; head of state" (the reader split it at ";"). */
        private DatedRole role(List<String> values, String file, int line) {
            String spec = values.get(0);
            String office = values.size() > 1 ? values.get(1).toLowerCase(Locale.ROOT) : null;
            String[] parts = spec.split("\\s+");
            try {
                if (parts.length >= 3 && parts[2].equals("..")) {
                    LocalDate from = LocalDate.parse(parts[1]);
                    LocalDate to = parts.length > 3 ? LocalDate.parse(parts[3]) : null;
                    if (to != null && to.isBefore(from)) {
                        problems.add(new DictionaryProblem(file, line, "role ends before it begins: " + spec));
                        return null;
                    }
                    return new DatedRole(parts[0], from, to, office);
                }
            } catch (DateTimeParseException e) {
                problems.add(new DictionaryProblem(file, line, "bad date in role '" + spec + "': " + e.getParsedString()));
                return null;
            }
            problems.add(new DictionaryProblem(file, line, "role must be 'CODE FROM .. [TO]; office', found '" + spec + "'"));
            return null;
        }
    }
}
