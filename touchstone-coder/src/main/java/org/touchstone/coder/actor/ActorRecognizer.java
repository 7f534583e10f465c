package org.touchstone.coder.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.touchstone.coder.dict.ActorDictionary;
import org.touchstone.coder.dict.ActorForm;
import org.touchstone.coder.dict.ActorKind;
import org.touchstone.coder.dict.Person;
import org.touchstone.coder.text.Lexicon;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.Token;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;

/**
 * Finds actors in a sentence. First the longest dictionary match at each token (avoid phrases
 * win when longer and produce nothing); then matches are composed into actors: a country with a
 * role word ("Russian troops" -> RUSMIL), titles with a person ("President Biden" -> the role he
 * held on the document date), a role word "of" a country, and pronouns, definite role words and
 * pairs resolved by {@link Coreference}. Stateless: safe to share between threads.
 */
public final class ActorRecognizer {
    /**
     * What comes "from" an agent, not a place ("pressure from Beijing", "a request from Kyiv", "drew a protest from New
     * Delhi"), and what is asked of one ("demanded an apology from Pyongyang", "sought assurances from Beijing"): the
     * capital that says, answers or is asked is its government (GOLD-SET, Metonyms: a capital as an agent).
     */
    private static final WordSet WORDS_FROM = WordSet.of("pressure", "demands", "demand", "request", "requests", "calls",
            "criticism", "condemnation", "threats", "threat", "warnings", "warning", "objections", "protests", "appeals",
            "appeal", "invitation", "offer", "ultimatum", "proposal", "message", "letter", "accusations", "blackmail",
            "protest", "response", "reaction", "rebuke", "reprimand", "complaint", "complaints", "objection",
            "apology", "apologies", "explanation", "explanations", "assurance", "assurances", "guarantee", "guarantees",
            "clarification", "compensation", "reparations", "concessions");
    /** Verbs of speech after "Taipei, which ...": the capital that says or calls is its government. */
    private static final WordSet SPEAKING = WordSet.of("said", "says", "called", "calls", "described", "condemned",
            "denounced", "criticised", "criticized", "protested", "accused", "rejected", "warned", "denied", "welcomed",
            "vowed", "threatened", "demanded", "urged", "dismissed", "blamed", "insisted");
    private static final WordSet PLACE_PREPOSITIONS = WordSet.of(
            "in", "at", "near", "outside", "inside", "from", "across", "around", "within", "to", "into", "toward",
            "towards", "via", "through");
    /** Prepositions of where something happens, before a part of a country named by its direction. */
    private static final WordSet AREA_PREPOSITIONS = WordSet.of("in", "across", "around", "near", "within", "inside", "at",
            "throughout");
    /** Words that may follow "City, Country" when the country only says where the city is. */
    private static final WordSet AFTER_A_PLACE = WordSet.of("on", "in", "at", "last", "this", "next", "earlier", "during",
            "where", "for", "after", "before");
    private static final WordSet PRONOUNS = WordSet.of("he", "she", "him", "her", "his");
    /**
     * What follows "his office" when the office acts in reported words: "that his office was investigating"; not a
     * trailing "..., his office said", whose speaker is an unnamed staff.
     */
    private static final WordSet OFFICE_ACTS = WordSet.of("was", "is", "has", "had", "would", "will", "could", "opened",
            "launched");
    /** Verbs a trailing "..., his party said" speaks with. */
    private static final WordSet PARTY_SAYS = WordSet.of("said", "says", "told", "reported", "announced");

    /**
     * "..., his party said" after an opposition figure is named: the party speaks for its leader's side, the opposition
     * (GOLD-SET.md, Statements: a named body speaks). Of a ruling party nothing is said (the party is not the government).
     */
    private static ActorMention opponentsParty(Sentence s, int i, Coreference coreference, List<ActorMention> before) {
        if (!(s.lower(i).equals("his") || s.lower(i).equals("her")) || i + 2 >= s.size() || !s.lower(i + 1).equals("party")
                || !PARTY_SAYS.contains(s.token(i + 2))) {
            return null;
        }
        String leader = coreference.lastIndividual();
        if (leader == null || !leader.endsWith("OPP")) {
            leader = lastOpposition(before); // "A lawyer for Mozambique's main opposition candidate was shot dead, his party said"
        }
        return leader == null ? null : new ActorMention(i, i + 2, List.of(leader),
                ActorMention.Kind.COREFERENCE, false, false, leader.substring(0, 3), false, List.of("coreference:" + s.lower(i) + " party"));
    }

    /** The code of the last opposition actor among these mentions, or null. */
    private static String lastOpposition(List<ActorMention> mentions) {
        String found = null;
        for (ActorMention m : mentions) {
            found = m.isResolved() && m.code().endsWith("OPP") ? m.code() : found;
        }
        return found;
    }
    private static final WordSet ALLUSIVE = WordSet.of("some", "certain", "those");
    /** Words that make people or a force placed "in" a state someone else's ("a multinational security force in Haiti"). */
    private static final WordSet OUTSIDERS = WordSet.of("foreign", "multinational", "international", "overseas");
    private static final WordSet REFLEXIVES = WordSet.of("himself", "herself", "themselves");
    private static final WordSet COUNTRY_NOUNS = WordSet.of("kingdom", "island", "republic", "emirate", "sultanate");
    private static final WordSet OWN_COUNTRY_PRONOUNS = WordSet.of("his", "her", "its", "their", "our");
    /** A leader's government: "his government", "the Trump administration", "the Assad regime". */
    private static final WordSet GOVERNMENT_NOUNS = WordSet.of("government", "administration", "regime", "cabinet");
    private static final List<List<String>> PAIRS = List.of(
            List.of("both", "sides"), List.of("the", "two", "sides"), List.of("the", "two", "countries"),
            List.of("both", "countries"), List.of("the", "two", "leaders"), List.of("both", "leaders"),
            List.of("the", "two", "nations"), List.of("both", "nations"), List.of("the", "two", "presidents"),
            List.of("the", "two", "governments"), List.of("both", "governments"), List.of("the", "two", "neighbours"),
            List.of("the", "two", "neighbors"), List.of("the", "two", "powers"), List.of("the", "two", "ministers"),
            List.of("the", "two", "ministries"), List.of("both", "ministries"), List.of("the", "two", "foreign", "ministries"),
            List.of("the", "two", "defence", "ministries"), List.of("the", "two", "defense", "ministries"),
            List.of("both", "foreign", "ministries"), List.of("both", "defence", "ministries"),
            List.of("both", "defense", "ministries"));

    /** "between the two countries", "both nations": the states themselves, not the bodies last named for them. */
    private static final WordSet STATE_PAIR_NOUNS = WordSet.of("countries", "nations", "neighbours", "neighbors", "powers");

    private final ActorDictionary dictionary;
    /** Whether a lower-case word is a one-word verb form of the verb dictionary ("warns", "says"). */
    private final Predicate<String> verbForm;
    /** The node of each word that begins a name: the root's children, read off the token's lexicon entry. */
    private final Lexicon.Slot<ActorDictionary.Node> firstWords;

    public ActorRecognizer(ActorDictionary dictionary) {
        this(dictionary, w -> false);
    }

    /** A recognizer that knows the verb forms, so a headline's verb is never read as a department ("Minister"). */
    public ActorRecognizer(ActorDictionary dictionary, Predicate<String> verbForm) {
        this(dictionary, verbForm, new Lexicon());
    }

    /** The same, keeping the first words of names in the coder's {@code lexicon}, which its tokenizer reads. */
    public ActorRecognizer(ActorDictionary dictionary, Predicate<String> verbForm, Lexicon lexicon) {
        this.dictionary = dictionary;
        this.verbForm = verbForm;
        this.firstWords = lexicon.slot();
        dictionary.root().children().forEach((word, node) -> lexicon.put(firstWords, word, node));
    }

    private static final WordSet PARTY_NOUNS = WordSet.of("countries", "nations", "sides", "leaders", "governments",
            "powers", "parties");

    /** People who act for the parties of a joint act: "the leaders", "the two ministers", "both presidents". */
    private static final WordSet LEADER_NOUNS = WordSet.of("leaders", "ministers", "presidents", "premiers", "heads",
            "diplomats", "envoys", "delegations");
    /** What kind of ministers: "the foreign ministers", "the two defence ministers", "the prime ministers". */
    private static final WordSet MINISTER_KINDS = WordSet.of("foreign", "defence", "defense", "prime", "finance", "trade",
            "economy");
    private static final WordSet NUMBERS = WordSet.of("two", "three", "four");

    /**
     * The length of a reference to the parties of the previous sentence's joint act at {@code i}: "They" opening a
     * later sentence (1), "the three countries" (3), "the leaders", "the two foreign ministers", "both presidents"
     * (people acting for the parties); else 0.
     */
    private static int jointReferenceAt(Sentence s, int i) {
        if (s.index() == 0) {
            return 0;
        }
        if (i == 0 && s.lower(i).equals("they")) {
            return 1;
        }
        boolean both = s.lower(i).equals("both");
        if (!both && !s.lower(i).equals("the")) {
            return 0;
        }
        int k = i + 1;
        boolean counted = !both && k < s.size() && NUMBERS.contains(s.token(k));
        k += counted ? 1 : 0;
        if (k + 1 < s.size() && MINISTER_KINDS.contains(s.token(k)) && s.lower(k + 1).equals("ministers")) {
            k++;
        }
        if (k >= s.size()) {
            return 0;
        }
        // "the leaders of Hamas", "the heads of state" are their own; "the two countries" are states, found below
        boolean people = LEADER_NOUNS.contains(s.token(k)) && !s.lower(k).equals("heads")
                && !(k + 1 < s.size() && s.lower(k + 1).equals("of"))
                || s.lower(k).equals("heads") && k + 2 < s.size() && s.lower(k + 1).equals("of") && s.lower(k + 2).equals("state");
        k += people && s.lower(k).equals("heads") ? 2 : 0;
        boolean three = counted && s.lower(i + 1).equals("three") && PARTY_NOUNS.contains(s.token(k));
        return people || three ? k + 1 - i : 0;
    }

    /**
     * "the three countries", "the four nations" at {@code i} after as many different states named earlier in the same
     * sentence (places and bodies aside): those states; else empty ("the two countries" is a pair, found elsewhere).
     */
    private static List<String> statesCounted(Sentence s, List<ActorMention> found, int i) {
        int count = i + 2 < s.size() && s.lower(i).equals("the") ? jointCount(s, i) : 0;
        if (count < 3 || !STATE_PAIR_NOUNS.contains(s.token(i + 2)) || found.isEmpty()) {
            return List.of();
        }
        Set<String> states = new LinkedHashSet<>();
        Set<String> list = new LinkedHashSet<>();
        List<String> counted = List.of();
        ActorMention prev = null;
        for (ActorMention a : found) {
            int before = a.start() > 1 && s.lower(a.start() - 1).equals("the") ? a.start() - 2 : a.start() - 1;
            if (a.locative() && before >= 0 && AREA_PREPOSITIONS.contains(s.token(before))) {
                continue; // "met in Madrid": where, not who ("objection to Finland" is someone)
            }
            boolean joined = prev != null && coordinatedWith(s, prev, a);
            if (!joined) {
                counted = list.size() == count ? List.copyOf(list) : counted; // a whole list, not a part of a longer one
                list.clear();
            }
            for (String c : a.codes()) {
                if (Coreference.isCountryCode(c)) {
                    states.add(c.substring(0, 3));
                    list.add(c.substring(0, 3));
                }
            }
            prev = a;
        }
        counted = list.size() == count ? List.copyOf(list) : counted;
        // a list of as many states ("recalled its ambassadors to Ireland, Norway and Spain after the three countries
        // announced ..."), else all the states named, when they are as many
        return !counted.isEmpty() ? counted : states.size() == count ? List.copyOf(states) : List.of();
    }

    /** Whether only commas and "and" stand between two mentions ("Ireland, Norway and Spain"). */
    private static boolean coordinatedWith(Sentence s, ActorMention prev, ActorMention next) {
        if (next.start() <= prev.end()) {
            return false;
        }
        for (int t = prev.end(); t < next.start(); t++) {
            String w = s.lower(t);
            if (!w.equals(",") && !w.equals("and") && !w.equals("the")) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many parties a joint reference counts: "the two leaders", "both ministers" 2, "the three countries" 3, up to
     * five; else 0.
     */
    private static int jointCount(Sentence s, int i) {
        if (s.lower(i).equals("both")) {
            return 2;
        }
        String n = i + 1 < s.size() ? s.lower(i + 1) : "";
        return n.equals("two") ? 2 : n.equals("three") ? 3 : n.equals("four") ? 4 : n.equals("five") ? 5 : 0;
    }

    /** A raw dictionary match: its span and the forms found there. */
    record Match(int start, int end, List<ActorForm> forms) {
        // indexed loops: these run for every mention and its neighbours, and an iterator is an allocation
        boolean has(ActorKind k) {
            for (int i = 0; i < forms.size(); i++) {
                if (forms.get(i).kind() == k) {
                    return true;
                }
            }
            return false;
        }

        /** Whether every form is of kind {@code k} (true when there are none). */
        boolean only(ActorKind k) {
            for (int i = 0; i < forms.size(); i++) {
                if (forms.get(i).kind() != k) {
                    return false;
                }
            }
            return true;
        }

        ActorForm first(ActorKind... kinds) {
            for (ActorKind k : kinds) {
                ActorForm f = first(k);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }

        /** {@link #first(ActorKind...)} of one or two kinds without a varargs array: compose asks it per mention. */
        ActorForm first(ActorKind k) {
            for (int i = 0; i < forms.size(); i++) {
                if (forms.get(i).kind() == k) {
                    return forms.get(i);
                }
            }
            return null;
        }

        ActorForm first(ActorKind a, ActorKind b) {
            ActorForm f = first(a);
            return f != null ? f : first(b);
        }

        boolean isHolder() {
            return has(ActorKind.COUNTRY) || has(ActorKind.ADJECTIVE) || has(ActorKind.METONYM) || has(ActorKind.PLACE)
                    || has(ActorKind.INSTITUTION) || has(ActorKind.ORGANIZATION) || has(ActorKind.ORGANIZATION_ROLE);
        }

        boolean isPerson() {
            return has(ActorKind.PERSON);
        }

        boolean isAgentOrTitle() {
            return has(ActorKind.AGENT) || has(ActorKind.TITLE);
        }
    }

    /**
     * "both countries' foreign ministries", "the country's defence ministry": the role word right after a back
     * reference's possessive at {@code at}, which makes each state it names that body, as after a named state; or null.
     */
    private static Match possessedBody(Sentence s, List<Match> matches, int at) {
        if (at + 1 >= s.size() || !s.lower(at).equals("'s") && !s.lower(at).equals("'")) {
            return null;
        }
        for (Match x : matches) {
            if (x.start() == at + 1) {
                return x.has(ActorKind.AGENT) && !x.isHolder() && !x.isPerson() ? x : null;
            }
        }
        return null;
    }

    /** Each state of {@code codes} as the body of {@code role}'s sector (organizations stay as they are). */
    private static List<String> withSector(List<String> codes, Match role) {
        String sector = role.first(ActorKind.AGENT).code();
        return codes.stream().map(c -> Coreference.isCountryCode(c) ? c.substring(0, 3) + sector : c).toList();
    }

    /** A party's government, for the people who act for it ("Japan", its troops -> JPNGOV; JPNGOVMIL, IGOs as they are). */
    private static String governmentOf(String code) {
        return !Coreference.isCountryCode(code) || code.startsWith("GOV", 3) ? code : code.substring(0, 3) + "GOV";
    }

    /** The actors of the sentence, left to right, non-overlapping; coreference is resolved and remembered. */
    public List<ActorMention> recognize(Sentence s, LocalDate date, Coreference coreference) {
        List<Match> matches = match(s);
        List<ActorMention> out = new ArrayList<>();
        int m = 0;
        int covered = 0;
        for (int i = 0; i < s.size(); i++) {
            while (m < matches.size() && matches.get(m).start() < i) {
                m++;
            }
            if (i < covered) {
                continue;
            }
            List<String> named = statesCounted(s, out, i);
            if (!named.isEmpty()) {
                // "Turkey lifted its objection to Finland and Sweden after the three countries signed a memorandum": the
                // states the sentence has named, when they are as many as the words count
                out.add(new ActorMention(i, i + 3, named, ActorMention.Kind.PAIR, false, false, null, false,
                        List.of("coreference:the " + s.lower(i + 1) + " " + s.lower(i + 2))));
                covered = i + 3;
                continue;
            }
            int parties = jointReferenceAt(s, i);
            boolean people = parties > 1 && (LEADER_NOUNS.contains(s.token(i + parties - 1)) || s.lower(i + parties - 1).equals("state"));
            List<String> joint = parties == 0 ? List.of() : people ? coreference.meetingPartiesOf(s.index() - 1)
                    : coreference.jointPartiesOf(s.index() - 1);
            int count = parties > 1 ? jointCount(s, i) : 0;
            if (joint.size() >= 2 && (count == 0 || joint.size() == count)) {
                // "China and Russia held joint drills. They said ...", "Japan, South Korea and the US held a summit.
                // The three countries pledged ...": the parties of the act just reported; "the leaders", "the two
                // foreign ministers" who met are their governments
                joint = people ? joint.stream().map(ActorRecognizer::governmentOf).toList() : joint;
                ActorMention they = new ActorMention(i, i + parties, joint, ActorMention.Kind.PAIR, false, false, null,
                        false, List.of("coreference:" + s.lower(i + parties - 1)));
                out.add(they);
                coreference.rememberPronoun(they, s.index()); // the subject of its sentence, its first party
                covered = i + parties;
                continue;
            }
            int pair = pairAt(s, i);
            if (pair > 0) {
                String reporter = reporterBefore(s, out, i);
                reporter = reporter != null ? reporter : subjectActingOn(s, out, i);
                // "the two countries" are states: not the alliance they applied to ("Finland and Sweden applied to
                // join NATO. ... He accused the two countries")
                boolean states = STATE_PAIR_NOUNS.contains(s.token(i + pair - 1));
                // the pair the document last reported acting together comes before the last two states named
                // ("Xi held talks with Putin. He said China stands for peace in Ukraine. He said the two countries ...")
                List<String> codes = coreference.lastActPair(s.index(), reporter, states);
                codes = codes.isEmpty() ? coreference.lastPair(reporter, states) : codes;
                if (STATE_PAIR_NOUNS.contains(s.token(i + pair - 1)) && (reporter != null || i > 0 && s.lower(i - 1).equals("between"))) {
                    // "relations between the two countries", "Trump announced that the two countries had agreed"
                    // (when a speaker tells one of them what the two should do, the hearer stays the body addressed)
                    codes = codes.stream().map(c -> Coreference.isCountryCode(c) ? c.substring(0, 3) : c).toList();
                }
                // "Kyrgyz and Tajik border guards exchanged fire ...": the first demonym of a shared head is remembered as
                // its bare state beside the other's organ; such a mixed pair is one kind for both
                boolean mixed = codes.stream().anyMatch(c -> Coreference.isCountryCode(c) && c.length() == 3)
                        && codes.stream().anyMatch(c -> Coreference.isCountryCode(c) && c.length() > 3);
                if (states && mixed) {
                    codes = codes.stream().map(c -> Coreference.isCountryCode(c) ? c.substring(0, 3) : c).toList();
                }
                if (s.lower(i + pair - 1).equals("governments")) {
                    // "The French army and the German government met. The two governments said": each state's
                    // government, whatever organ of it was named last (a bare state stays itself, but for a mixed pair)
                    codes = codes.stream().map(c -> Coreference.isCountryCode(c) && (c.length() > 3 || mixed) ? c.substring(0, 3) + "GOV" : c).toList();
                }
                if (s.lower(i + pair - 1).equals("leaders") || s.lower(i + pair - 1).equals("presidents")) {
                    // "relations between Russia and China were at a high, and the two leaders agreed": the states'
                    // leaders are their governments, though the states were named last
                    codes = codes.stream().map(c -> Coreference.isCountryCode(c) && c.length() == 3 ? c + "GOV" : c).toList();
                }
                if (s.lower(i + pair - 1).equals("ministries")) {
                    // "the two defence ministries said", "both ministries said": each state's ministry, whatever
                    // organ of it was named last ("Armenian and Azerbaijani forces exchanged fire, the two defence ministries said")
                    boolean defence = s.lower(i + pair - 2).startsWith("defen");
                    codes = codes.stream().map(c -> Coreference.isCountryCode(c) ? c.substring(0, 3) + (defence ? "GOVMIL" : "GOV") : c).toList();
                }
                Match body = possessedBody(s, matches, i + pair);
                int end = body == null ? i + pair : body.end();
                codes = body == null ? codes : withSector(codes, body);
                out.add(new ActorMention(i, end, codes, ActorMention.Kind.PAIR, false, false, null, false,
                        List.of("coreference:pair")));
                covered = end;
                continue;
            }
            String lower = s.lower(i);
            String leader = (lower.equals("his") || lower.equals("her")) && i + 1 < s.size()
                    && GOVERNMENT_NOUNS.contains(s.token(i + 1)) ? coreference.lastIndividual() : null;
            String holder = (lower.equals("his") || lower.equals("her")) && i + 2 < s.size() && s.lower(i + 1).equals("office")
                    && OFFICE_ACTS.contains(s.token(i + 2)) && !(i > 0 && PLACE_PREPOSITIONS.contains(s.token(i - 1)))
                    ? coreference.lastIndividual() : null;
            if (holder != null) {
                // "ICC prosecutor Karim Khan told the council that his office was investigating": the office acts
                // for the person named last, whatever body he holds it in (not "at his office", a place)
                out.add(new ActorMention(i, i + 2, List.of(holder), ActorMention.Kind.COREFERENCE, false, false,
                        Coreference.isCountryCode(holder) ? holder.substring(0, 3) : null, false,
                        List.of("coreference:" + lower + " office")));
                covered = i + 2;
                continue;
            }
            ActorMention party = opponentsParty(s, i, coreference, out);
            if (party != null) {
                out.add(party);
                covered = i + 2;
                continue;
            }
            if (leader != null && Coreference.isCountryCode(leader)) {
                // "ready to work with his government": the government of the last person named
                String country = leader.substring(0, 3);
                out.add(new ActorMention(i, i + 2, List.of(country + "GOV"), ActorMention.Kind.COREFERENCE, false, false,
                        country, false, List.of("coreference:" + lower + " " + s.lower(i + 1))));
                covered = i + 2;
                continue;
            }
            if (OWN_COUNTRY_PRONOUNS.contains(s.token(i)) && i + 1 < s.size()
                    && (s.lower(i + 1).equals("country") || s.lower(i + 1).equals("nation"))
                    || lower.equals("the") && i + 1 < s.size() && (COUNTRY_NOUNS.contains(s.token(i + 1))
                    || NATION_NOUNS.contains(s.token(i + 1)) && !(i > 0 && ADDRESSING.contains(s.token(i - 1))
                    && (s.lower(i + 1).equals("nation") || !s.lower(i - 1).equals("to"))))
                    && !(i + 3 < s.size() && s.lower(i + 2).equals("of") && s.token(i + 3).isCapitalized())) {
                // ("the Republic of South Sudan", "the Kingdom of Saudi Arabia": a country's formal name, not a back reference;
                // "accusing the kingdom of hostile actions" is one)
                // "his country", "their nation", "the kingdom", "the island": the country of the last
                // named actor, as a country; "his" or "her" is a person's, so the country of the last person
                // named ("Mohammed bin Salman told Fox News that his country ...": Saudi Arabia, not the outlet's)
                String person = lower.equals("his") || lower.equals("her") ? coreference.lastIndividual() : null;
                String country = person != null && Coreference.isCountryCode(person) ? person.substring(0, 3)
                        : lower.equals("the") && NATION_NOUNS.contains(s.token(i + 1)) ? countryMeant(s, out, matches, i, coreference)
                        : lower.equals("the") ? coreference.lastCountryCalled(s.lower(i + 1)) : coreference.lastCountry();
                // after a place preposition it is where things happen ("took to the streets in cities across the
                // island"), as a country's name there is; so is the country one leaves ("fled the country")
                if (ownPossessive(s, out, i, country)) {
                    covered = i + 2; // "Russia's parliament voted to suspend the country's participation": "its"
                    continue;
                }
                boolean place = afterPlacePreposition(s, i)
                        || i > 0 && NATION_NOUNS.contains(s.token(i + 1)) && LEAVING.contains(s.token(i - 1));
                // "inside the kingdom's consulate": a place of the country's, as the bare country there is
                Match body = country == null || place ? null : possessedBody(s, matches, i + 2);
                int end = body == null ? i + 2 : body.end();
                List<String> codes = country == null ? List.of() : body == null ? List.of(country) : withSector(List.of(country), body);
                out.add(new ActorMention(i, end, codes, ActorMention.Kind.COREFERENCE,
                        false, place && country != null, country, false, List.of("coreference:" + lower + " " + s.lower(i + 1))));
                coreference.rememberPronoun(out.get(out.size() - 1), s.index()); // "The kingdom accepted aid": its subject
                covered = end;
                continue;
            }
            String half = koreanHalf(s, i, coreference);
            if (half != null) {
                // "resuming rice aid to the North", "scrapping a military pact with the South": the other Korea
                boolean possessive = i + 2 < s.size() && s.lower(i + 2).equals("'s");
                out.add(new ActorMention(i, i + 2, List.of(half), ActorMention.Kind.COREFERENCE, false,
                        afterPlacePreposition(s, i), half, possessive, List.of("coreference:the " + s.token(i + 1).text())));
                coreference.remember(out.get(out.size() - 1), s.index());
                covered = i + 2;
                continue;
            }
            String other = otherKorea(s, i, out);
            if (other != null) {
                // "North Korea blew up the inter-Korean liaison office", "South Korea suspended part of an inter-Korean
                // military agreement": what the two Koreas share, as far as the one named first acts on it, is the other's
                out.add(new ActorMention(i, i + 1, List.of(other), ActorMention.Kind.COREFERENCE, false, false, other, false,
                        List.of("coreference:inter-korean")));
                covered = i + 1;
                continue;
            }
            String body = lower.equals("the") && i + 1 < s.size() ? organizationNoun(s.lower(i + 1), coreference, s.index()) : null;
            if (lower.equals("the") && i + 1 < s.size() && s.lower(i + 1).equals("group")) {
                // "killed an Islamic Jihad commander, and the group responded by firing rockets": an armed group named
                // earlier in the same sentence is the nearer antecedent
                String near = armedGroupBefore(out);
                body = near != null ? near : body;
            }
            if (body != null && !(i + 3 < s.size() && s.lower(i + 2).equals("of") && s.token(i + 3).isCapitalized())) {
                // "the alliance", "the bloc": the organization named last ("the alliance of Western states" is its
                // own); "the group": the armed group named last
                out.add(new ActorMention(i, i + 2, List.of(body), ActorMention.Kind.COREFERENCE, false, false, null, false,
                        List.of("coreference:the " + s.lower(i + 1))));
                covered = i + 2;
                continue;
            }
            if (PRONOUNS.contains(s.token(i)) && !lower.equals("her") && !lower.equals("his")) {
                ActorMention subject = lower.equals("him") ? onlyActor(out) : null;
                String code = subject == null ? coreference.lastIndividual() : coreference.lastIndividualOtherThan(subject.code());
                out.add(new ActorMention(i, i + 1, code == null ? List.of() : List.of(code),
                        ActorMention.Kind.COREFERENCE, true, false, null, false, List.of("coreference:pronoun " + lower)));
                coreference.rememberPronoun(out.get(out.size() - 1), s.index()); // "He signed ...": its sentence's subject
                covered = i + 1;
                continue;
            }
            ActorMention staff = staffOfBody(s, matches, m, i);
            if (staff != null) {
                out.add(staff);
                covered = staff.end();
                coreference.remember(staff, s.index());
                continue;
            }
            String known = m < matches.size() && matches.get(m).start() == i || !s.token(i).isCapitalized() ? null
                    : coreference.surname(lower);
            if (known != null) {
                // "Russia arrested American reporter Evan Gershkovich ... demanded Gershkovich's release": the surname
                // of the person the role word introduced
                boolean possessive = i + 1 < s.size() && s.lower(i + 1).equals("'s");
                out.add(new ActorMention(i, i + 1, List.of(known), ActorMention.Kind.COREFERENCE, true, false,
                        known.substring(0, 3), possessive, List.of("coreference:surname " + s.token(i).text())));
                coreference.remember(out.get(out.size() - 1), s.index());
                covered = i + 1;
                continue;
            }
            if (m < matches.size() && matches.get(m).start() == i) {
                int[] used = new int[1];
                ActorMention mention = compose(s, matches, m, date, coreference, used);
                if (mention != null && !out.isEmpty() && namesThePlacesState(s, out.get(out.size() - 1), mention)) {
                    mention = mention.asPlace();
                }
                if (mention != null && afterReflexive(s, mention.start())) {
                    // "declared himself (as) Venezuela's interim president": a claimed title, not who he is
                    covered = mention.end();
                    mention = null;
                }
                if (mention != null) {
                    mention = seatedAbroad(s, matches, mention);
                    mention = ownForces(s, mention, coreference);
                    mention = embassyAbroad(s, matches, out, mention);
                    // a group and the person it belongs to are one actor: "Bolsonaro supporters", "a delegation led by ..."
                    ActorMention prev = out.isEmpty() ? null : out.get(out.size() - 1);
                    ActorMention joined = prev == null ? null : supportersOf(s, prev, mention);
                    joined = joined != null || prev == null ? joined : ledBy(s, prev, mention);
                    joined = joined != null || prev == null ? joined : governmentOf(s, prev, mention);
                    joined = joined != null || prev == null ? joined : forcesOf(s, prev, mention);
                    joined = joined != null || prev == null ? joined : affiliateOf(s, prev, mention);
                    joined = joined != null || prev == null ? joined : memberNamedAfter(s, prev, mention);
                    joined = joined != null || prev == null ? joined : ownedKnownCompany(s, prev, mention);
                    joined = joined != null || prev == null ? joined : servantOf(s, prev, mention);
                    joined = joined != null || prev == null ? joined : bodyOfNamedParent(s, prev, mention);
                    joined = joined != null || prev == null ? joined : statesOwnNamedGroup(s, prev, mention);
                    if (joined != null) {
                        out.set(out.size() - 1, joined);
                        mention = joined;
                    } else {
                        mention = counterpartOf(s, out, mention);
                        mention = demonymConjunct(s, matches, out, mention);
                        mention = ownedCompany(s, matches, mention);
                        mention = possessedCompany(s, matches, mention);
                        mention = organizationsOwnBody(s, matches, mention);
                        mention = writtenAsAdjective(s, matches.get(m), mention);
                        mention = eachStatesBody(s, out, mention);
                        shareRole(s, matches, out, mention);
                        if (namesMembers(s, out, mention)) {
                            out.remove(out.size() - 1); // the states are named: "seven Latin American countries, including Peru"
                        }
                        out.add(mention);
                    }
                    covered = mention.end();
                    coreference.remember(mention, s.index());
                    rememberSurnameOfFullName(s, mention, coreference);
                    covered = Math.max(covered, nameAfterRole(s, mention, coreference));
                }
            }
        }
        agencyStaff(s, out);
        islandNamedLater(s, out);
        unnamedBodiesOfOrganizations(s, out);
        jointAuthors(s, out);
        return out;
    }

    /**
     * "Bolivian President Evo Morales resigned after the army chief urged Morales to step down": a surname the people
     * dictionary does not list alone (it names several people, as "Morales" does) is, once the full name has been read in
     * the document, the person so named; the surname is remembered with the person's code, as a name a role word
     * introduced is ({@link #nameAfterRole}). A surname listed alone matches the dictionary before this memory is asked.
     */
    private static void rememberSurnameOfFullName(Sentence s, ActorMention mention, Coreference coreference) {
        int last = mention.end() - 1;
        if (last > mention.start() && s.lower(last).equals("'s")) {
            last--;
        }
        if (mention.kind() != ActorMention.Kind.PERSON || !mention.isResolved() || last <= mention.start()
                || !s.token(last).isCapitalized()) {
            return;
        }
        String surname = s.lower(last);
        if (surname.chars().allMatch(Character::isLetter) && surname.length() > 2) {
            coreference.rememberSurname(surname, mention.code());
        }
    }

    /**
     * A country's role word before a person's name the dictionaries do not know ("Ukrainian activist Oleksandr Petrenko",
     * "American reporter John Smithson"): the name's surname is remembered with the role's code for later mentions;
     * returns the token after the name, or the mention's end. The name is two or three capitalised words that no
     * dictionary form starts, followed by a word that is not capitalised (so not "Iranian police Monday").
     */
    private int nameAfterRole(Sentence s, ActorMention mention, Coreference coreference) {
        String code = mention.code();
        if (mention.kind() != ActorMention.Kind.COMPOSED || code == null || !Coreference.isCountryCode(code) || code.length() < 6) {
            return mention.end();
        }
        int j = mention.end();
        while (j < s.size() && j < mention.end() + 3 && s.token(j).isWord() && s.token(j).isCapitalized()
                && !Words.DAYS.contains(s.token(j)) && noFormAt(s.tokens(), j)) {
            j++;
        }
        if (j - mention.end() < 2 || j < s.size() && s.token(j).isWord() && s.token(j).isCapitalized()) {
            return mention.end();
        }
        String surname = s.lower(j - 1);
        if (surname.chars().allMatch(Character::isLetter) && surname.length() > 2) {
            coreference.rememberSurname(surname, code);
        }
        return j;
    }

    /** Whether a place preposition stands right before {@code i} ("in the kingdom", "to the North"): a place, not an actor. */
    private static boolean afterPlacePreposition(Sentence s, int i) {
        return i > 0 && (PLACE_PREPOSITIONS.contains(s.token(i - 1)) || AREA_PREPOSITIONS.contains(s.token(i - 1)));
    }

    private static final WordSet KOREA_WORDS = WordSet.of("korea", "korean", "koreas", "pyongyang", "seoul");

    /**
     * PRK for "the North", KOR for "the South" (capitalised, not "the North Atlantic", "the South China Sea", "the North of
     * England", but "accused the North of firing") when the sentence or the document names Korea; else null.
     */
    private static String koreanHalf(Sentence s, int i, Coreference coreference) {
        if (i + 1 >= s.size() || !s.lower(i).equals("the") || !(s.token(i + 1).text().equals("North")
                || s.token(i + 1).text().equals("South"))) {
            return null;
        }
        if (i + 2 < s.size() && (s.token(i + 2).isCapitalized()
                || s.lower(i + 2).equals("of") && i + 3 < s.size() && s.token(i + 3).isCapitalized())) {
            return null;
        }
        boolean korea = coreference.namedKorea();
        for (int k = 0; k < s.size() && !korea; k++) {
            korea = KOREA_WORDS.contains(s.token(k));
        }
        return !korea ? null : s.token(i + 1).text().equals("North") ? "PRK" : "KOR";
    }

    /**
     * For "inter-Korean" after mentions of one Korea only (PRK or KOR, any sector), the other Korea; else null (no Korea
     * or both named before it: "inter-Korean talks resumed" names no side).
     */
    private static String otherKorea(Sentence s, int i, List<ActorMention> before) {
        if (!s.lower(i).equals("inter-korean")) {
            return null;
        }
        String named = null;
        for (ActorMention a : before) {
            String code = a.isResolved() && !a.locative() ? a.code() : null;
            String korea = code == null ? null : code.startsWith("PRK") ? "PRK" : code.startsWith("KOR") ? "KOR" : null;
            if (korea != null && named != null && !korea.equals(named)) {
                return null; // "North Korea and South Korea agreed to reopen the inter-Korean liaison office": both sides
            }
            named = korea != null ? korea : named;
        }
        return named == null ? null : named.equals("PRK") ? "KOR" : "PRK";
    }

    /**
     * "the island", "the kingdom" read as a state that is none, when one that is stands later in the sentence, is that
     * one: "China was preparing to blockade the island, Taiwan's defence ministry said" → Taiwan (a trailing attribution
     * names the island after its words), as "Taiwan's defence ministry said China was preparing to blockade the island" is.
     */
    private static void islandNamedLater(Sentence s, List<ActorMention> out) {
        for (int k = 0; k < out.size(); k++) {
            ActorMention a = out.get(k);
            String noun = a.kind() == ActorMention.Kind.COREFERENCE && a.end() - a.start() == 2 && s.lower(a.start()).equals("the")
                    ? s.lower(a.start() + 1) : null;
            if (noun == null || Coreference.called(noun, a.code())) {
                continue;
            }
            for (int j = k + 1; j < out.size(); j++) {
                ActorMention later = out.get(j);
                if (later.isResolved() && !later.locative() && Coreference.isCountryCode(later.code())
                        && Coreference.called(noun, later.code())) {
                    String state = later.code().substring(0, 3);
                    List<String> entries = new ArrayList<>(a.entries());
                    entries.add("named later:" + state);
                    out.set(k, new ActorMention(a.start(), a.end(), List.of(state), ActorMention.Kind.COREFERENCE, false,
                            a.locative(), state, a.possessive(), entries));
                    break;
                }
            }
        }
    }

    /**
     * "The Arab League's Council condemned ...", "ASEAN's secretariat said": an organization's body the dictionaries do
     * not name, after the organization's "'s", is the organization acting (as "the Arab League Council" is), not a
     * possessor with no actor after it.
     */
    private static void unnamedBodiesOfOrganizations(Sentence s, List<ActorMention> out) {
        for (int k = 0; k < out.size(); k++) {
            ActorMention m = out.get(k);
            int body = m.end() + 1;
            if (m.possessive() && m.isResolved() && m.code().startsWith("IGO") && body < s.size()
                    && s.lower(m.end()).equals("'s") && BODY_NOUNS.contains(s.token(body))
                    && (k + 1 == out.size() || out.get(k + 1).start() > body)) {
                List<String> entries = new ArrayList<>(m.entries());
                entries.add("composition:unnamed body of its organization");
                out.set(k, new ActorMention(m.start(), body + 1, m.codes(), ActorMention.Kind.COMPOSED, false, false,
                        m.placeCode(), false, entries));
            }
        }
    }

    /** A joint work's nouns, whose hyphenated authors are both its authors: "a joint U.N.-OPCW inquiry". */
    private static final WordSet JOINT_WORKS = WordSet.of("inquiry", "investigation", "report", "probe", "mission",
            "panel", "team", "commission", "study", "review");

    /**
     * "A joint U.N.-OPCW inquiry concluded ...", "a UN-AU mission said": a hyphenated word of two organizations' or
     * states' names right before a joint work names its two authors, a pair, as "a joint UN and OPCW inquiry" names
     * them one by one. Only before such a noun: "the US-China talks" and "the EU-China summit" are left as they were.
     */
    private void jointAuthors(Sentence s, List<ActorMention> out) {
        for (int i = 0; i + 1 < s.size(); i++) {
            String word = s.token(i).text();
            int dash = word.indexOf('-');
            if (dash <= 0 || dash != word.lastIndexOf('-') || !JOINT_WORKS.contains(s.token(i + 1)) || coveredAt(out, i)) {
                continue;
            }
            String first = authorCode(word.substring(0, dash));
            String second = authorCode(word.substring(dash + 1));
            if (first != null && second != null && !first.equals(second)) {
                int at = 0;
                while (at < out.size() && out.get(at).start() < i) {
                    at++;
                }
                out.add(at, new ActorMention(i, i + 1, List.of(first, second), ActorMention.Kind.PAIR, false, false, null,
                        false, List.of("composition:joint authors")));
            }
        }
    }

    private static boolean coveredAt(List<ActorMention> out, int i) {
        return out.stream().anyMatch(m -> m.start() <= i && m.end() > i);
    }

    /** The one code of an organization's or a state's name written as one word ("U.N.", "OPCW", "Russia"), or null. */
    private String authorCode(String word) {
        List<String> codes = formsOfWord(word).stream()
                .filter(f -> f.kind() == ActorKind.ORGANIZATION || f.kind() == ActorKind.COUNTRY)
                .map(ActorForm::code).distinct().toList();
        return codes.size() == 1 ? codes.get(0) : null;
    }

    /**
     * "U.N. inspectors" in a sentence that names the UN agency they serve ("..., the IAEA said") are that
     * agency's: the IAEA's inspectors are "UN inspectors" in most reports.
     */
    private static void agencyStaff(Sentence s, List<ActorMention> out) {
        String agency = null;
        for (ActorMention m : out) {
            String c = m.code();
            if (c != null && c.startsWith("IGOUNO") && c.length() > 6) {
                if (agency != null && !agency.equals(c)) {
                    return; // two agencies: whose staff is not said
                }
                agency = c;
            }
        }
        for (int i = 0; agency != null && i < out.size(); i++) {
            ActorMention m = out.get(i);
            if ("IGOUNO".equals(m.code()) && m.end() < s.size() && Words.INSPECTION_STAFF.contains(s.token(m.end()))) {
                out.set(i, m.withCodes(List.of(agency), m.kind(), List.of("coreference:agency staff")));
            }
        }
    }

    /**
     * Offices a leader's or a ruling movement's "'s" puts in its state ("Putin's spokesman"); not soldiers: a
     * leader's "chief of staff" is civilian.
     */
    private static final Set<String> OWN_STAFF = Set.of("GOV", "GOVMIL", "SPY", "COP");

    /**
     * "Defence Minister Reznikov met his British counterpart", "the Philippine coast guard accused its Chinese
     * counterpart": a counterpart holds, in its own state, the office of the actor named before it.
     */
    private static ActorMention counterpartOf(Sentence s, List<ActorMention> out, ActorMention cur) {
        if (cur.kind() != ActorMention.Kind.COMPOSED || cur.code() == null || !Coreference.isCountryCode(cur.code())
                || !Words.COUNTERPARTS.contains(s.token(cur.end() - 1)) || cur.start() == 0
                || !OWN_COUNTRY_PRONOUNS.contains(s.token(cur.start() - 1))) {
            return cur;
        }
        // "its" and "their" are a body's or a group's, never one person's ("investigators shared their findings on the
        // murder of journalist Jamal Khashoggi with their US counterparts": the investigators' counterparts)
        boolean body = s.lower(cur.start() - 1).equals("its") || s.lower(cur.start() - 1).equals("their");
        for (int i = out.size() - 1; i >= 0; i--) {
            ActorMention prev = out.get(i);
            if (prev.code() != null && Coreference.isCountryCode(prev.code()) && !prev.locative() && !(body && prev.individual())) {
                String office = prev.code().substring(3);
                return office.isEmpty() || cur.code().endsWith(office) ? cur
                        : cur.withCodes(List.of(cur.code().substring(0, 3) + office), cur.kind(),
                                List.of("composition:counterpart " + office));
            }
        }
        return cur;
    }

    /**
     * "observers from the Southern African Development Community", "inspectors of the IAEA", "the head of the
     * World Health Organization": the staff and the heads of an international body named after them act for it; a
     * state named there is only where they come from.
     */
    private static ActorMention staffOfBody(Sentence s, List<Match> matches, int m, int i) {
        if (i + 2 >= s.size() || m >= matches.size() || i > 0 && !NOUN_PHRASE_OPENERS.contains(s.token(i - 1))
                || !(Words.INSPECTION_STAFF.contains(s.token(i))
                && STAFF_PREPOSITIONS.contains(s.token(i + 1))
                || HEADS.contains(s.token(i)) && s.lower(i + 1).equals("of"))) {
            return null;
        }
        int at = s.lower(i + 2).equals("the") ? i + 3 : i + 2;
        Match body = matches.get(m);
        ActorForm org = body.first(ActorKind.ORGANIZATION);
        if (body.start() != at || org == null || body.has(ActorKind.COUNTRY) || body.has(ActorKind.ADJECTIVE)) {
            return null;
        }
        boolean possessive = body.end() < s.size() && s.lower(body.end()).equals("'s");
        return new ActorMention(i, body.end(), List.of(org.code()), ActorMention.Kind.NAMED, false, false, org.code(),
                possessive, List.of(org.entry(), "staff:" + s.lower(i)));
    }

    /**
     * The state of the one actor a verb right before the pair belongs to, in a report's later sentences: a subject is
     * not among what its verb acts on ("Finland and Sweden applied to join NATO. Erdogan opposed their bids. He
     * accused the two countries ...": not Turkey), as "him" is not its clause's subject; words ("He said both sides
     * ...") may include their speaker, and are left alone.
     */
    private static String subjectActingOn(Sentence s, List<ActorMention> found, int pair) {
        ActorMention subject = onlyActor(found);
        if (s.index() == 0 || subject == null || pair != subject.end() + 1 || !Coreference.isCountryCode(subject.code())
                || !s.token(subject.end()).isWord() || PAIR_REPORTING.contains(s.token(subject.end()))) {
            return null;
        }
        return subject.code().substring(0, 3);
    }

    /** "the country", "the nation", "the republic": a back reference to a state ({@link #countryMeant}). */
    private static final WordSet NATION_NOUNS = WordSet.of("country", "nation", "republic");
    /** Before "the nation" (and but for "to" "the country") the people addressed: "told the nation", "an address to the nation". */
    private static final WordSet ADDRESSING = WordSet.of("told", "tell", "tells", "telling", "addressed", "addresses",
            "address", "addressing", "to", "united", "rallied", "unite");
    /** Verbs of leaving: "fled the country", "ordered to leave the country" name where from, a place. */
    private static final WordSet LEAVING = WordSet.of("leave", "leaves", "left", "leaving", "flee", "flees", "fled",
            "fleeing", "quit", "quits", "quitting", "exit", "exited", "exiting");
    /** Words that open reported or charged words right before their subject: "said Iraq ...", "accused Belarus of". */
    private static final WordSet REPORT_OPENERS = WordSet.of("that", "said", "says", "warned", "claimed", "alleged",
            "accused", "accuses", "believes", "believed", "feared", "fears", "told");

    /**
     * The state "the country" or "the nation" means: the last state named, a place's included ("withdraw troops from
     * Niger after talks with the country's junta": Niger), or of an earlier sentence; but in words a state reports
     * about another, the other state's act is on the speaker's own country ("Kuwait said Iraq was planning to invade
     * the country", "Lithuania accused Belarus of plotting to destabilise the country": Kuwait, Lithuania), as "the
     * island" is the speaker's (Coreference.lastCountryCalled).
     */
    private static String countryMeant(Sentence s, List<ActorMention> found, List<Match> matches, int at, Coreference coreference) {
        ActorMention last = null;
        for (int k = found.size() - 1; k >= 0 && last == null; k--) {
            ActorMention a = found.get(k);
            last = a.isResolved() && Coreference.isCountryCode(a.code()) && !a.code().endsWith("BUS") ? a : null;
        }
        if (last == null) {
            return coreference.lastCountryOrPlace();
        }
        String visited = placeVisited(s, found, at);
        if (visited != null) {
            return visited;
        }
        int k = found.indexOf(last);
        ActorMention after = k + 1 < found.size() ? found.get(found.size() - 1) : null;
        if (after != null && !after.isResolved() && !after.locative() && after.start() - last.end() <= 3
                && REPORT_OPENERS.contains(s.token(last.end()))) {
            // "Kazakhstan said foreign terrorists had attacked the country": an unidentified actor's act (R2) is
            // on no state the coder can name for it
            return null;
        }
        if (!last.locative() && last.start() > 0 && REPORT_OPENERS.contains(s.token(last.start() - 1)) && k > 0) {
            ActorMention speaker = found.get(k - 1);
            if (speaker.isResolved() && !speaker.locative() && Coreference.isCountryCode(speaker.code())
                    && !Coreference.sameCountry(speaker.code(), last.code())) {
                return speaker.code().substring(0, 3);
            }
        }
        if (!last.locative() && !LEAVING.contains(s.token(at - 1)) && actsOn(s, last, at)) {
            String speaker = trailingSpeaker(s, matches, at + 2);
            if (speaker != null && !Coreference.sameCountry(speaker, last.code())) {
                // "Iraq was planning to invade the country, Kuwait said": in words a state reports about another's act,
                // the speaker's own country, named after the words as before them
                return speaker;
            }
            // "Blinken arrived in Kenya. He visited the country": not the visitor's own, the state named before him
            for (int j = k - 1; j >= 0; j--) {
                ActorMention a = found.get(j);
                if (a.isResolved() && Coreference.isCountryCode(a.code()) && !Coreference.sameCountry(a.code(), last.code())) {
                    return a.code().substring(0, 3);
                }
            }
            String other = coreference.lastCountryOtherThan(last.code());
            return other != null ? other : last.code().substring(0, 3);
        }
        return last.code().substring(0, 3);
    }

    /** The trip nouns whose destination follows "to": "his first visit to the country". */
    private static final WordSet TRIPS = WordSet.of("visit", "trip", "tour");

    /**
     * "signed agreements in Hanoi as Xi Jinping began his first visit to the country": the country a trip goes to is
     * the state of the last place the sentence names, not of the last actor (who may be the visitor); or null.
     */
    private static String placeVisited(Sentence s, List<ActorMention> found, int at) {
        if (at < 2 || !s.lower(at - 1).equals("to") || !TRIPS.contains(s.token(at - 2))) {
            return null;
        }
        for (int k = found.size() - 1; k >= 0; k--) {
            ActorMention a = found.get(k);
            if (a.isResolved() && a.locative() && Coreference.isCountryCode(a.code())) {
                return a.code().substring(0, 3);
            }
        }
        return null;
    }

    /** Verbs of a trailing attribution: "..., Kuwait said", "..., the Kremlin told reporters". */
    private static final WordSet TRAILING_SAYING = WordSet.of("said", "says", "told", "reported", "announced", "added", "stated");

    /**
     * The country of a state that speaks in a trailing attribution after {@code from} ("..., Kuwait said", "..., the
     * Kremlin said"): a country's name or seat right after the comma (or its article) and the verb right after it; or null.
     */
    private static String trailingSpeaker(Sentence s, List<Match> matches, int from) {
        for (int c = from; c < s.size() - 2; c++) {
            if (!s.lower(c).equals(",")) {
                continue;
            }
            int at = s.lower(c + 1).equals("the") ? c + 2 : c + 1;
            for (Match m : matches) {
                ActorForm f = m.start() == at ? m.first(ActorKind.COUNTRY, ActorKind.METONYM) : null;
                if (f != null && f.code() != null && Coreference.isCountryCode(f.code()) && m.end() < s.size()
                        && TRAILING_SAYING.contains(s.token(m.end()))) {
                    return f.code().substring(0, 3);
                }
            }
        }
        return null;
    }

    /** Words between a clause's subject and its object that end the clause or open another. */
    private static final WordSet CLAUSE_BREAKS = WordSet.of("that", "and", "but", "which", "who", "as", "while", "after",
            "before", "of", "in", "on", "at", "for", "with", "by", "from", "against", "to");

    /**
     * Whether {@code subject} is the subject of a short verb group whose object begins at {@code at} ("Blinken visited",
     * "China's army has been threatening"): not after a preposition, nothing but lower-case verb words between.
     */
    private static boolean actsOn(Sentence s, ActorMention subject, int at) {
        int gap = at - subject.end();
        if (gap < 1 || gap > 4 || subject.start() > 0 && (PLACE_PREPOSITIONS.contains(s.token(subject.start() - 1))
                || CLAUSE_BREAKS.contains(s.token(subject.start() - 1)) && !s.lower(subject.start() - 1).equals("that"))) {
            return false;
        }
        for (int j = subject.end(); j < at; j++) {
            if (!s.token(j).isWord() || s.token(j).isCapitalized() || CLAUSE_BREAKS.contains(s.token(j))
                    || SPEAKING.contains(s.token(j)) || REPORT_OPENERS.contains(s.token(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the country's" + a noun when the country is that of the actor last named (not a place): the actor's own, as
     * "its" would be, which names no one else ("Russia's parliament voted to suspend the country's participation in
     * the treaty with the US": the US is what the act is on, as after "its participation").
     */
    private static boolean ownPossessive(Sentence s, List<ActorMention> found, int at, String country) {
        if (country == null || !NATION_NOUNS.contains(s.token(at + 1)) || at + 2 >= s.size() || !s.lower(at + 2).equals("'s")) {
            return false;
        }
        for (int k = found.size() - 1; k >= 0; k--) {
            ActorMention a = found.get(k);
            if (a.isResolved() && !a.locative()) {
                return Coreference.sameCountry(a.code(), country);
            }
        }
        return false;
    }

    private static final WordSet PAIR_REPORTING = WordSet.of("said", "says", "told", "added", "stated", "announced",
            "noted", "hoped", "hopes", "expects", "expected", "believes", "insisted", "stressed", "and", "of", "with");

    private static String reporterBefore(Sentence s, List<ActorMention> found, int pair) {
        if (pair < 2 || !s.lower(pair - 1).equals("that")) {
            return null;
        }
        for (int k = found.size() - 1; k >= 0; k--) {
            ActorMention a = found.get(k);
            if (a.isResolved() && !a.locative()) {
                return pair - 1 - a.end() <= 3 && pair - 1 > a.end() && Coreference.isCountryCode(a.code())
                        ? a.code().substring(0, 3) : null;
            }
        }
        return null;
    }

    private static final WordSet STAFF_PREPOSITIONS = WordSet.of("from", "of", "at");
    /**
     * What may come right before the staff who act for a body: they open the clause or a conjunct. After a verb
     * ("received inspectors from the IAEA") or "of" ("a mission of observers from the OSCE") the body is where
     * they come from, which the verb's own patterns read.
     */
    private static final WordSet NOUN_PHRASE_OPENERS = WordSet.of("the", "a", "an", ",", "and", "but", "while", "as");
    private static final WordSet HEADS = WordSet.of("head", "chief", "director", "director-general");

    private static boolean afterReflexive(Sentence s, int start) {
        int before = start > 1 && s.lower(start - 1).equals("as") ? start - 2 : start - 1;
        return before >= 0 && REFLEXIVES.contains(s.token(before));
    }

    /** Institutions that, named alone, are the US's unless the sentence places them elsewhere. */
    private static final WordSet BARE_US_INSTITUTIONS = WordSet.of("congress", "senate", "supreme court",
            "house of representatives", "national security council");

    /** States whose own legislature is called Congress: named alone beside one of them, "Congress" is that state's. */
    private static final Set<String> CONGRESS_STATES = Set.of("PER", "COL", "CHL", "ARG", "BRA", "MEX", "GTM", "HND",
            "PRY", "PHL", "DOM", "SLV");

    /**
     * "Protesters stormed Congress in Brasilia": a legislature or court named alone is the US's only when
     * the sentence names no other state's place and nothing American; otherwise it is the place's state's. A bare
     * "Congress" is also the state's when the one state named has a Congress of its own ("Peruvian President Vizcarra
     * dissolved Congress"); beside any other state ("China criticised Congress") it stays the US's.
     */
    private static ActorMention seatedAbroad(Sentence s, List<Match> matches, ActorMention m) {
        if (m.kind() != ActorMention.Kind.NAMED || m.code() == null || m.code().length() != 6 || !m.code().startsWith("USA")
                || !BARE_US_INSTITUTIONS.contains(s.lowerText(m.start(), m.end()))) {
            return m;
        }
        String seat = null;
        for (Match x : matches) {
            ActorForm f = x.first(ActorKind.PLACE, ActorKind.METONYM, ActorKind.COUNTRY, ActorKind.ADJECTIVE, ActorKind.INSTITUTION);
            if (f == null || BARE_US_INSTITUTIONS.contains(s.lowerText(x.start(), x.end()))) {
                continue;
            }
            String country = f.code().length() >= 3 ? f.code().substring(0, 3) : f.code();
            if (country.equals("USA")) {
                return m;
            }
            boolean place = x.has(ActorKind.PLACE) || x.has(ActorKind.METONYM);
            if ((place && x.start() > 0 && PLACE_PREPOSITIONS.contains(s.token(x.start() - 1)) || ownerOfList(s, x, m)
                    || ownerAfterOf(s, x, m) || CONGRESS_STATES.contains(country) && s.lowerText(m.start(), m.end()).equals("congress"))
                    && Coreference.isCountryCode(country)) {
                if (seat != null && !seat.equals(country)) {
                    return m;
                }
                seat = country;
            }
        }
        if (seat == null) {
            return m;
        }
        List<String> entries = new ArrayList<>(m.entries());
        entries.add("place:" + seat);
        return new ActorMention(m.start(), m.end(), List.of(seat + m.code().substring(3)), m.kind(), m.individual(),
                m.locative(), seat, m.possessive(), entries);
    }


    /** "the National Security Council of Turkey": the state named right after the institution's "of" owns it. */
    private static boolean ownerAfterOf(Sentence s, Match owner, ActorMention m) {
        return owner.start() == m.end() + 1 && s.lower(m.end()).equals("of") && owner.has(ActorKind.COUNTRY);
    }

    /**
     * "stormed Brazil's Congress, Supreme Court and presidential palace": a state's possessive that opens the list in
     * which the institution stands (only names, commas and "and" between them) owns it too.
     */
    private static boolean ownerOfList(Sentence s, Match owner, ActorMention m) {
        int after = owner.end();
        if (after >= m.start() || !s.lower(after).equals("'s") || m.start() - after > 8) {
            return false;
        }
        for (int t = after + 1; t < m.start(); t++) {
            String w = s.token(t).text();
            if (!(w.equals(",") || w.equals("and") || Character.isUpperCase(w.charAt(0)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Saudi Arabia cut ties with Iran after protesters stormed its embassy in Tehran": a state's embassy is never in
     * that state, so an "its embassy" that the last body named would place at home is that of the state named before
     * it in the sentence.
     */
    private static ActorMention embassyAbroad(Sentence s, List<Match> matches, List<ActorMention> out, ActorMention m) {
        if (m.kind() != ActorMention.Kind.COREFERENCE || m.start() == 0 || !s.lower(m.start() - 1).equals("its")
                || !Words.MISSIONS.contains(s.token(m.end() - 1)) || m.code() == null || !Coreference.isCountryCode(m.code())
                || m.end() + 1 >= s.size() || !s.lower(m.end()).equals("in")) {
            return m;
        }
        String host = null;
        for (Match x : matches) {
            ActorForm f = x.start() == m.end() + 1 ? x.first(ActorKind.PLACE, ActorKind.METONYM, ActorKind.COUNTRY) : null;
            if (f != null && f.code().length() >= 3) {
                host = f.code().substring(0, 3);
            }
        }
        if (host == null || !host.equals(m.code().substring(0, 3))) {
            return m;
        }
        for (int i = out.size() - 1; i >= 0; i--) {
            ActorMention a = out.get(i);
            if (a.isResolved() && !a.locative() && Coreference.isCountryCode(a.code()) && !a.code().startsWith(host)) {
                String owner = a.code().substring(0, 3);
                List<String> entries = new ArrayList<>(m.entries());
                entries.add("abroad:" + owner);
                // another state's premises, not the source's own agent ("recalled its ambassador")
                return new ActorMention(m.start(), m.end(), List.of(owner + m.code().substring(3)), ActorMention.Kind.COMPOSED,
                        m.individual(), m.locative(), owner, m.possessive(), entries);
            }
        }
        return m;
    }

    /** Nouns of a group of states: "Western countries", "member states", "Gulf states". */
    private static final WordSet GROUP_NOUNS = WordSet.of("countries", "states", "nations", "governments", "members",
            "neighbours", "neighbors", "allies", "partners");

    /**
     * "seven Latin American countries, including Argentina, Chile and Peru", "Gulf states, including Qatar": a group
     * of states whose members the sentence names stands for them, as source or target.
     */
    private static boolean namesMembers(Sentence s, List<ActorMention> out, ActorMention cur) {
        if (out.isEmpty() || !cur.isResolved() || cur.locative() || cur.start() < 2
                || !s.lower(cur.start() - 1).equals("including") || !s.lower(cur.start() - 2).equals(",")) {
            return false;
        }
        ActorMention prev = out.get(out.size() - 1);
        return prev.end() == cur.start() - 2 && GROUP_NOUNS.contains(s.token(prev.end() - 1));
    }

    /**
     * "a delegation led by Foreign Minister Wang Yi", "African leaders led by South African President Cyril
     * Ramaphosa": a group no state is named for is the state of the person leading it.
     */
    private static ActorMention ledBy(Sentence s, ActorMention group, ActorMention leader) {
        if (!leader.individual() || !leader.isResolved() || !Coreference.isCountryCode(leader.code())
                || group.end() + 2 != leader.start() || !s.lower(group.end() + 1).equals("by")
                || !(s.lower(group.end()).equals("led") || s.lower(group.end()).equals("headed"))
                || !(group.kind() == ActorMention.Kind.AGENT_ONLY || group.codes().size() == 1
                && group.entries().stream().anyMatch(e -> e.startsWith("actors:organizations.txt:" + group.code()))
                && group.code().length() == 3)) {
            return null;
        }
        return composedOf(group.start(), leader.end(), leader.codes(), leader.placeCode(), leader.possessive(), group, leader);
    }

    private static final WordSet SUPPORTERS = WordSet.of("supporters", "supporter", "followers");
    private static final WordSet BEFORE_A_LEADER = WordSet.of("the", "former", "ousted", "jailed", "exiled", "late",
            "deposed", "imprisoned");

    /**
     * "Bolsonaro supporters", "supporters of former president Pedro Castillo": a leader's supporters are
     * civilians of the leader's country (one mention, so the leader is not taken for the subject).
     */
    private static ActorMention supportersOf(Sentence s, ActorMention prev, ActorMention cur) {
        ActorMention leader;
        ActorMention group;
        if (prev.kind() == ActorMention.Kind.PERSON && prev.end() == cur.start() && !prev.possessive()
                && cur.kind() == ActorMention.Kind.AGENT_ONLY && SUPPORTERS.contains(s.token(cur.end() - 1))) {
            leader = prev;
            group = cur;
        } else if (prev.kind() == ActorMention.Kind.AGENT_ONLY && SUPPORTERS.contains(s.token(prev.end() - 1))
                && cur.individual() && cur.isResolved() && prev.end() < cur.start() && s.lower(prev.end()).equals("of")) {
            for (int i = prev.end() + 1; i < cur.start(); i++) {
                if (!BEFORE_A_LEADER.contains(s.token(i))) {
                    return null;
                }
            }
            leader = cur;
            group = prev;
        } else {
            return null;
        }
        if (!Coreference.isCountryCode(leader.code())) {
            return null;
        }
        String country = leader.code().substring(0, 3);
        return composedOf(prev.start(), cur.end(), List.of(country + "CVL"), country, cur.possessive(), group, leader);
    }

    /** The nouns that end the name of an organization's body: "Peace and Security Council", "Pan-African Parliament". */
    private static final WordSet BODY_NOUNS = WordSet.of("council", "commission", "parliament", "assembly", "court",
            "committee", "secretariat");

    /**
     * "the Arab League's Peace and Security Council": a body named after its parent's possessive belongs to that parent,
     * even when the dictionary gives the bare body's name to another organization (the AU's council); a body of the
     * parent itself ("the UN's Security Council") keeps its own code.
     */
    private static ActorMention bodyOfNamedParent(Sentence s, ActorMention prev, ActorMention cur) {
        if (!prev.possessive() || !prev.isResolved() || !prev.code().startsWith("IGO") || cur.start() != prev.end() + 1
                || !s.lower(prev.end()).equals("'s") || cur.kind() != ActorMention.Kind.NAMED || !cur.isResolved()
                || !cur.code().startsWith("IGO") || cur.code().startsWith(prev.code()) || !BODY_NOUNS.contains(s.token(cur.end() - 1))) {
            return null;
        }
        return composedOf(prev.start(), cur.end(), prev.codes(), prev.placeCode(), cur.possessive(), prev, cur, "composition:body of its parent");
    }

    /**
     * "demanded that Yemen's Houthi rebels stop", "urged Colombia's ELN guerrillas to": a state's possessive right before
     * an armed group the dictionary already places in that state is one actor, the group, so the state alone is never
     * taken for the group's target or subject (a state's firm or agency keeps its own two mentions). So is the state's
     * demonym right before any body the dictionary names for that state ("Iranian Quds Force targets": IRNMIL).
     */
    private static ActorMention statesOwnNamedGroup(Sentence s, ActorMention prev, ActorMention cur) {
        if (prev.adjective() && prev.isResolved() && Coreference.isCountryCode(prev.code()) && cur.start() == prev.end()
                && cur.kind() == ActorMention.Kind.NAMED && !cur.locative() && cur.isResolved() && !cur.individual()
                && cur.code().length() > prev.code().length() && cur.code().startsWith(prev.code())) {
            // "struck Iranian Quds Force targets": the state's demonym before one of its named bodies is that body
            return composedOf(prev.start(), cur.end(), cur.codes(), cur.placeCode(), cur.possessive(), prev, cur,
                    "composition:the state's own named body");
        }
        if (!prev.possessive() || !prev.isResolved() || !Coreference.isCountryCode(prev.code()) || cur.start() != prev.end() + 1
                || !s.lower(prev.end()).equals("'s") || cur.locative() || !cur.isResolved() || cur.individual()
                || !Coreference.armedGroup(cur.code()) || !cur.code().startsWith(prev.code())) {
            return null;
        }
        return composedOf(prev.start(), cur.end(), cur.codes(), cur.placeCode(), cur.possessive(), prev, cur,
                "composition:the state's own named group");
    }

    /**
     * "met an envoy of Xi Jinping", "an aide of the ousted president Morales": one who serves a named person acts for
     * the person's side and takes the person's code; a servant of a body is composed already ("an envoy of China"),
     * and an envoy "to" someone is sent to them (not joined here).
     */
    private static ActorMention servantOf(Sentence s, ActorMention prev, ActorMention cur) {
        if (prev.kind() != ActorMention.Kind.AGENT_ONLY || !Words.SERVANTS.contains(s.token(prev.end() - 1)) || prev.possessive()
                || cur.kind() != ActorMention.Kind.PERSON || !cur.isResolved() || cur.possessive() || prev.end() >= cur.start()
                || !s.lower(prev.end()).equals("of")) {
            return null;
        }
        for (int i = prev.end() + 1; i < cur.start(); i++) {
            if (!BEFORE_A_LEADER.contains(s.token(i))) {
                return null;
            }
        }
        List<String> entries = new ArrayList<>(prev.entries());
        entries.addAll(cur.entries());
        entries.add("composition:servant of a person");
        return new ActorMention(prev.start(), cur.end(), cur.codes(), ActorMention.Kind.COMPOSED, true, false, cur.placeCode(),
                false, entries);
    }

    /**
     * "the Trump administration", "Biden's administration", "the Assad regime": the government a leader heads or
     * headed, whatever the date (the Trump administration of 2019 is the US government in a report of 2023), or null.
     */
    private static ActorMention governmentOf(Sentence s, ActorMention prev, ActorMention cur) {
        boolean joined = prev.end() == cur.start() && !prev.possessive()
                || prev.possessive() && cur.start() == prev.end() + 1 && s.lower(prev.end()).equals("'s");
        if (prev.kind() != ActorMention.Kind.PERSON || !joined || cur.kind() != ActorMention.Kind.AGENT_ONLY
                || cur.end() != cur.start() + 1 || !GOVERNMENT_NOUNS.contains(s.token(cur.start()))
                || !Coreference.isCountryCode(prev.code())) {
            return null;
        }
        String country = prev.code().substring(0, 3);
        return composedOf(prev.start(), cur.end(), List.of(country + "GOV"), country, cur.possessive(), prev, cur);
    }

    /** The nouns of a leader's or commander's armed men: "Assad's forces", "Prigozhin's fighters", "his troops". */
    private static final WordSet FORCE_NOUNS = WordSet.of("forces", "troops", "soldiers", "fighters", "militia", "militias",
            "militiamen", "army", "gunmen");

    /**
     * The code of the armed men a person commands, from the person's own code: a head of state's or government's and a
     * commander's forces are the state's military ("Assad's forces" SYRMIL, "Prigozhin's fighters" RUSMIL as Wagner is);
     * an armed group's leader's are the group ("Dagalo's fighters" SDNREB, "Haftar's forces" his code); an opposition
     * leader's forces are armed opposition (agents.txt: "opposition forces" REB); anyone else's (a UN envoy's, a
     * minister of no state office) are none.
     */
    static String forcesCode(String person) {
        if (person == null || !Coreference.isCountryCode(person) || person.length() < 6) {
            return null;
        }
        String country = person.substring(0, 3);
        return switch (person.substring(3)) {
            case "GOV", "GOVMIL", "MIL" -> country + "MIL";
            case "REB", "UAF" -> person;
            case "OPP" -> country + "REB";
            default -> null;
        };
    }

    /** A force noun ("fighters", "troops") named by a role word alone, with no state of its own. */
    private static boolean forceNoun(Sentence s, ActorMention m) {
        return m.kind() == ActorMention.Kind.AGENT_ONLY && !m.isResolved() && m.end() == m.start() + 1
                && FORCE_NOUNS.contains(s.token(m.start()));
    }

    /**
     * "Prigozhin's fighters seized the headquarters", "Haftar's forces advanced on Tripoli", "Assad's troops shelled
     * Daraa": a person's "'s" before a force noun makes one actor of the two, the armed men the person commands
     * ({@link #forcesCode}); the person is not the subject. Null when the person commands none. Without "'s" the
     * noun stays apart: "Taliban fighters" (people.txt dates the movement as it dates a person) are the movement's own.
     */
    private static ActorMention forcesOf(Sentence s, ActorMention prev, ActorMention cur) {
        boolean joined = prev.possessive() && cur.start() == prev.end() + 1 && s.lower(prev.end()).equals("'s");
        if (prev.kind() != ActorMention.Kind.PERSON || !joined || prev.locative() || !forceNoun(s, cur)) {
            return null;
        }
        String code = forcesCode(prev.code());
        if (code == null) {
            return null;
        }
        return composedOf(prev.start(), cur.end(), List.of(code), code.substring(0, 3), cur.possessive(), prev, cur,
                "composition:forces of " + prev.code());
    }

    /**
     * One group actor made of two mentions ("a delegation led by Wang Yi", "Bolsonaro supporters", "the Assad regime",
     * "Haftar's forces"): tokens [start, end) with the given codes, the entries of both, {@code first}'s before
     * {@code second}'s, and any more.
     */
    private static ActorMention composedOf(int start, int end, List<String> codes, String place, boolean possessive,
                                           ActorMention first, ActorMention second, String... more) {
        List<String> entries = new ArrayList<>(first.entries());
        entries.addAll(second.entries());
        entries.addAll(List.of(more));
        return new ActorMention(start, end, codes, ActorMention.Kind.COMPOSED, false, false, place, possessive, entries);
    }

    /**
     * "Prigozhin claimed that his fighters had taken Bakhmut", "Lula promised his troops would stay": a force noun after
     * "his" or "her" is the armed men of the person last named ({@link #forcesCode}); unchanged when that person
     * commands none.
     */
    private static ActorMention ownForces(Sentence s, ActorMention cur, Coreference coreference) {
        if (cur.start() == 0 || !forceNoun(s, cur) || !(s.lower(cur.start() - 1).equals("his") || s.lower(cur.start() - 1).equals("her"))) {
            return cur;
        }
        String person = coreference.lastIndividual();
        String code = forcesCode(person);
        return code == null ? cur : cur.withCodes(List.of(code), ActorMention.Kind.COREFERENCE,
                List.of("coreference:" + s.lower(cur.start() - 1) + " " + s.lower(cur.start())));
    }

    private static final WordSet HEAD_WORDS = WordSet.of("chief", "head", "boss", "founder", "co-founder", "cofounder",
            "supremo", "strongman");

    /**
     * "Taliban leader Mullah Abdul Ghani Baradar", "Hamas chief Ismail Haniyeh", "Taliban co-founder Mullah Baradar": a
     * movement or body named right before one of its own people (the person's code is the body's), with at most a head
     * word between, is that one person, so a coordination of two such sides stays one of two actors ("US envoy Zalmay
     * Khalilzad and Taliban leader Mullah Abdul Ghani Baradar signed a deal"); a state's name before its leader is
     * composed already, and a person of another code ("Hamas envoy X" of a state) stays apart.
     */
    private static ActorMention memberNamedAfter(Sentence s, ActorMention prev, ActorMention cur) {
        boolean adjacent = prev.end() == cur.start()
                || prev.end() + 1 == cur.start() && HEAD_WORDS.contains(s.token(prev.end()));
        if (!adjacent || prev.possessive() || prev.locative() || prev.individual() && prev.kind() != ActorMention.Kind.PERSON
                || !cur.individual() || !cur.isResolved() || !prev.codes().equals(cur.codes())) {
            return null;
        }
        List<String> entries = new ArrayList<>(prev.entries());
        entries.addAll(cur.entries());
        return new ActorMention(prev.start(), cur.end(), cur.codes(), cur.kind(), true, false, cur.placeCode(),
                cur.possessive(), entries, cur.sector());
    }

    private static final WordSet AFFILIATES = WordSet.of("affiliate", "affiliates", "branch", "branches", "offshoot",
            "offshoots", "franchise", "chapter", "wing", "province");

    /**
     * "Islamic State's Afghan affiliate", "al-Qaeda's Yemeni branch": an armed movement's local arm is the movement,
     * and the demonym only says where it fights; not a state's ("Russia's Syrian allies" are Syria's).
     */
    private static ActorMention affiliateOf(Sentence s, ActorMention prev, ActorMention cur) {
        if (!prev.possessive() || !prev.isResolved() || prev.code().startsWith("IGO")
                || Coreference.isCountryCode(prev.code()) && !prev.code().endsWith("REB")
                || cur.start() != prev.end() + 1 || !s.lower(prev.end()).equals("'s")
                || cur.code() == null || cur.code().length() != 3 || cur.end() >= s.size()
                || !AFFILIATES.contains(s.token(cur.end()))) {
            return null;
        }
        List<String> entries = new ArrayList<>(prev.entries());
        entries.add("affiliate:" + s.lower(cur.end()));
        return new ActorMention(prev.start(), cur.end() + 1, prev.codes(), ActorMention.Kind.COMPOSED, false, false,
                prev.placeCode(), false, entries);
    }

    /**
     * "U.S. and Philippine troops", "Chinese, Russian and Iranian warships": demonyms coordinated before one
     * role word all take it (the dictionary says which words are demonyms).
     */
    private static void shareRole(Sentence s, List<Match> matches, List<ActorMention> out, ActorMention cur) {
        if (cur.kind() != ActorMention.Kind.COMPOSED || cur.code() == null || cur.code().length() <= 3
                || !Coreference.isCountryCode(cur.code()) || !adjectiveAt(matches, cur.start())) {
            return;
        }
        String role = cur.code().substring(3);
        int next = cur.start();
        for (int i = out.size() - 1; i >= 0; i--) {
            ActorMention prev = out.get(i);
            int upTo = next > prev.end() && COUNTS.contains(s.lower(next - 1)) ? next - 1 : next; // "two Russian and two Chinese bombers"
            String between = upTo - prev.end() == 1 ? s.lower(prev.end())
                    : upTo - prev.end() == 2 ? s.lower(prev.end()) + " " + s.lower(prev.end() + 1) : null;
            if (!(",".equals(between) || "and".equals(between) || ", and".equals(between))
                    || prev.kind() != ActorMention.Kind.NAMED || prev.codes().size() != 1 || prev.code().length() != 3
                    || prev.locative() || prev.possessive() || cur.code().startsWith(prev.code())
                    || !adjectiveAt(matches, prev.start())) {
                return;
            }
            out.set(i, prev.withCodes(List.of(prev.code() + role), ActorMention.Kind.COMPOSED,
                    List.of("composition:shared-role " + role)));
            next = prev.start();
        }
    }

    /** Counts and articles that open a conjunct of people: "two Chinese bombers", "a drone maker". */
    private static final WordSet COUNTS = WordSet.of("a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "several", "dozens", "hundreds");

    /**
     * "three Iranian generals and a drone manufacturer", "Russian soldiers and two commanders": a role word alone,
     * counted as a new conjunct right after a demonym's people, is of that demonym's state too. The article or count
     * marks a new group of the same kind of list; "and the company" may be any company named before, and stays open.
     */
    private static ActorMention demonymConjunct(Sentence s, List<Match> matches, List<ActorMention> out, ActorMention cur) {
        ActorMention prev = out.isEmpty() ? null : out.get(out.size() - 1);
        if (prev == null || cur.kind() != ActorMention.Kind.AGENT_ONLY || cur.sector() == null || cur.possessive()
                || prev.kind() != ActorMention.Kind.COMPOSED || prev.code() == null || prev.code().length() <= 3
                || !Coreference.isCountryCode(prev.code().substring(0, 3)) || !adjectiveAt(matches, prev.start())
                || prev.locative() || prev.possessive() || cur.start() < prev.end() + 1 || cur.start() > prev.end() + 3
                || !s.lower(prev.end()).equals("and")) {
            return cur;
        }
        // "Colombian workers and students": a bare role word of the same sector right after "and" is the same people's
        boolean sameKind = cur.start() == prev.end() + 1 && prev.code().substring(3).equals(cur.sector());
        if (!sameKind && (cur.start() == prev.end() + 1 || !COUNTS.contains(s.lower(prev.end() + 1)))) {
            return cur;
        }
        if (cur.start() == prev.end() + 3 && !Character.isLowerCase(s.token(prev.end() + 2).text().charAt(0))) {
            return cur;
        }
        return new ActorMention(cur.start(), cur.end(), List.of(prev.code().substring(0, 3) + cur.sector()),
                ActorMention.Kind.COMPOSED, cur.individual(), false, prev.code().substring(0, 3), false,
                java.util.stream.Stream.concat(cur.entries().stream(), java.util.stream.Stream.of("composition:shared-demonym"))
                        .toList());
    }

    /**
     * "Chinese-owned TikTok": the owning compound right before a company the dictionaries know as that state's is part
     * of the company's name, not the state beside it.
     */
    private static ActorMention ownedKnownCompany(Sentence s, ActorMention prev, ActorMention cur) {
        if (cur.start() != prev.end() || prev.end() != prev.start() + 1 || prev.code() == null || prev.code().length() != 3
                || !Coreference.isCountryCode(prev.code()) || !s.lower(prev.start()).endsWith("-owned")
                || !(prev.code() + "BUS").equals(cur.code())) {
            return null;
        }
        return new ActorMention(prev.start(), cur.end(), cur.codes(), cur.kind(), cur.individual(), false, cur.placeCode(),
                cur.possessive(), cur.entries());
    }

    /**
     * "Chinese-owned TikTok", "the Emirati-owned DP World", "Russian-controlled Rosneft": a state's owning compound before
     * a capitalised name the dictionaries do not know names a company of that state (BUS). Before a common noun "-owned"
     * is that state's business too ("a Greek-owned tanker", "Chinese-owned apps"); "-controlled", "-run" stay the state's.
     */
    private static ActorMention ownedCompany(Sentence s, List<Match> matches, ActorMention cur) {
        int at = cur.end();
        if (cur.end() != cur.start() + 1 || cur.code() == null || cur.code().length() != 3 || cur.locative()
                || !Coreference.isCountryCode(cur.code()) || !(s.lower(cur.start()).endsWith("-owned")
                || s.lower(cur.start()).endsWith("-controlled") || s.lower(cur.start()).endsWith("-run"))
                || at >= s.size()) {
            return cur;
        }
        if (!Character.isUpperCase(s.token(at).text().charAt(0))) {
            // "a Greek-owned oil tanker", "Chinese-owned apps": what people of a state own is its business (BUS), as
            // the gold codes them; "Russian-controlled territory", "Iranian-run militias" stay the state's
            return s.lower(cur.start()).endsWith("-owned") && Character.isLetter(s.token(at).text().charAt(0))
                    ? cur.withCodes(List.of(cur.code() + "BUS"), ActorMention.Kind.COMPOSED, List.of("composition:owned"))
                    : cur;
        }
        for (Match x : matches) {
            if (x.start() == at) {
                return cur; // a known actor follows: "Chinese-owned Hong Kong ..." is not a company name
            }
        }
        int end = at;
        while (end < s.size() && !s.token(end).text().isEmpty() && Character.isUpperCase(s.token(end).text().charAt(0))) {
            end++;
        }
        boolean possessive = end < s.size() && s.lower(end).equals("'s");
        return new ActorMention(cur.start(), end, List.of(cur.code() + "BUS"), ActorMention.Kind.COMPOSED, false, false,
                cur.code(), possessive, java.util.stream.Stream.concat(cur.entries().stream(),
                        java.util.stream.Stream.of("composition:owned company")).toList());
    }

    /** Nouns after a name that make it a place or an event, not a company: "Ukraine's Kherson region". */
    private static final WordSet PLACE_HEADS = WordSet.of("region", "regions", "province", "provinces", "city", "town",
            "village", "state", "district", "county", "oblast", "area", "port", "coast", "island", "islands", "valley",
            "river", "mountains", "desert", "peninsula", "strait", "sea", "border", "airport", "field", "base", "day",
            "square", "street", "party", "movement", "group", "family", "clan", "tribe",
            // a named ship or plane is the state's property ("Greece's Delta tanker"), as a "Greek-owned tanker" is
            "tanker", "ship", "vessel", "freighter", "plane", "jet", "flight", "aircraft",
            // a named newspaper or channel is media, not a company acting ("told Germany's Bild newspaper")
            "newspaper", "daily", "weekly", "magazine", "television", "channel", "broadcaster", "radio", "agency", "website");

    /**
     * "France's Danone", "Germany's Uniper", "Denmark's Carlsberg": one capitalised name the dictionaries do not know,
     * after a state's 's and before a lower-case word or a stop, names a company of that state (BUS), as a state's owning
     * compound does ("Chinese-owned TikTok"). Not two capitalised words (a person's full name, "Russia's Alexei ..."),
     * not a name followed by a place, group, vessel or media noun ("Ukraine's Kherson region", "Israel's Likud party",
     * "Germany's Bild newspaper"), not a known
     * actor, not an acronym or a name with a number (broadcasters a speaker talks to: "told Australia's ABC", "Israel's
     * Channel 2"), and not at the start of a sentence.
     */
    private static ActorMention possessedCompany(Sentence s, List<Match> matches, ActorMention cur) {
        int at = cur.end() + 1;
        if (!cur.possessive() || cur.code() == null || cur.code().length() != 3 || cur.locative() || cur.start() == 0
                || !Coreference.isCountryCode(cur.code()) || at + 1 >= s.size() || !s.lower(cur.end()).equals("'s")
                || !s.token(at).isWord() || !s.token(at).isCapitalized() || s.token(at).text().length() < 3
                || s.token(at + 1).isCapitalized() || PLACE_HEADS.contains(s.token(at + 1))
                || s.lower(at + 1).equals("'s") || Character.isDigit(s.token(at + 1).text().charAt(0))
                || s.token(at).text().equals(s.token(at).text().toUpperCase(Locale.ROOT))) {
            return cur;
        }
        if (withinMatch(matches, at)) {
            return cur; // a known actor, place or title: "Russia's Wagner", "Ukraine's Mariupol", "Britain's Prince"
        }
        return new ActorMention(cur.start(), at + 1, List.of(cur.code() + "BUS"), ActorMention.Kind.COMPOSED, false, false,
                cur.code(), false, java.util.stream.Stream.concat(cur.entries().stream(),
                        java.util.stream.Stream.of("composition:possessed company")).toList());
    }

    /** Offices and people of an organization that act as the organization ("the OSCE's election office"). */
    private static final WordSet ORGANIZATION_BODIES = WordSet.of("office", "mission", "secretariat", "observers",
            "monitors", "inspectors", "chief", "team", "experts", "agency", "watchdog");

    /**
     * "The OSCE's election office", "the IAEA's inspectors", "the EU's monitoring mission": an international or
     * non-governmental organization's own office or staff, up to four words after its possessive, is the organization
     * (session 28); a state's stays its own ("Russia's mission" may be anything).
     */
    private static ActorMention organizationsOwnBody(Sentence s, List<Match> matches, ActorMention cur) {
        if (!cur.possessive() || !cur.isResolved() || cur.individual() || cur.end() >= s.size()
                || !s.lower(cur.end()).equals("'s") || !cur.codes().stream().allMatch(c -> c.startsWith("IGO") || c.startsWith("NGO"))) {
            return cur;
        }
        for (int t = cur.end() + 1; t < Math.min(s.size(), cur.end() + 5); t++) {
            if (!s.token(t).isWord() || withinMatch(matches, t)) {
                return cur;
            }
            if (ORGANIZATION_BODIES.contains(s.token(t))) {
                return new ActorMention(cur.start(), t + 1, cur.codes(), cur.kind(), false, cur.locative(), cur.placeCode(),
                        false, cur.entries(), cur.sector(), cur.adjective());
            }
            if (s.token(t).isCapitalized()) {
                return cur;
            }
        }
        return cur;
    }

    /** Whether token {@code at} lies inside a dictionary match (a known actor, place or title). */
    private static boolean withinMatch(List<Match> matches, int at) {
        for (Match x : matches) {
            if (x.start() <= at && x.end() > at) {
                return true;
            }
        }
        return false;
    }

    /**
     * "India and Pakistan said in a joint statement that their armies would ...": "their" and a state body opening the
     * words of states coordinated as the sentence's subject is each state's body (a pair).
     * "Their troops" after states named anywhere else stays open: the object's ("urged Russia and Ukraine to pull back
     * their troops") or any of them.
     */
    private static ActorMention eachStatesBody(Sentence s, List<ActorMention> out, ActorMention mention) {
        String sector = mention.sector();
        if (mention.isResolved() || sector == null || !STATE_BODIES.contains(sector) || mention.start() < 1
                || !s.lower(mention.start() - 1).equals("their") || out.size() < 2) {
            return mention;
        }
        int gapEnd = mention.start() - 1;
        List<String> bodies = new ArrayList<>();
        for (int k = out.size() - 1; k >= 0; k--) {
            ActorMention a = out.get(k);
            if (!a.isResolved() || a.codes().size() != 1 || a.code().length() != 3 || !Coreference.isCountryCode(a.code())
                    || a.locative() || a.possessive() || bodies.contains(a.code() + sector)) {
                return mention;
            }
            bodies.add(0, a.code() + sector);
            int before = a.start() > 0 && s.lower(a.start() - 1).equals("the") ? a.start() - 1 : a.start();
            if (k > 0 && Words.listJoint(s, out.get(k - 1).end(), before)) {
                continue;
            }
            // the coordination opens the sentence, or follows an opening phrase's comma ("On Thursday, China and ...")
            boolean subject = before == 0 || (s.lower(before - 1).equals(",") || Words.openingDayBefore(s, before)) && k == 0;
            return subject && bodies.size() >= 2 && saysBetween(s, out.get(out.size() - 1).end(), gapEnd)
                    ? new ActorMention(mention.start(), mention.end(), bodies, ActorMention.Kind.PAIR, false, false, null,
                            mention.possessive(), java.util.stream.Stream.concat(mention.entries().stream(),
                                    java.util.stream.Stream.of("coreference:their " + s.lowerText(mention.start(), mention.end()))).toList())
                    : mention;
        }
        return mention;
    }

    /** What opens reported words right before their subject: "said (that) their armies would ...". */
    private static final WordSet WORDS_OPENERS = WordSet.of("that", "said", "say", "says");

    /**
     * Whether tokens [from, to) are a verb and the opening of its words only: a verb first, no clause boundary but
     * "that", and "that" or "said" last ("agreed to reopen their embassies" is the pair's act on their own missions).
     */
    private static boolean saysBetween(Sentence s, int from, int to) {
        if (to - from < 1 || to - from > 12 || !Character.isLowerCase(s.token(from).text().charAt(0))
                || !WORDS_OPENERS.contains(s.token(to - 1))) {
            return false;
        }
        for (int t = from; t < to; t++) {
            if (!s.lower(t).equals("that") && Words.CLAUSE_BOUNDARIES.contains(s.token(t)) || s.lower(t).equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A mention that is all of one singular adjective's match ("Russian", "South Korean", "Western" before an act's noun),
     * marked so: a word that is also a name ("US") or a plural demonym ("Americans") may be a subject, an adjective may not.
     */
    private static ActorMention writtenAsAdjective(Sentence s, Match x, ActorMention mention) {
        if (x.start() != mention.start() || x.end() != mention.end() || mention.possessive()) {
            return mention;
        }
        String last = s.lower(x.end() - 1);
        boolean singular = !last.endsWith("s") || last.endsWith("ss");
        boolean adjectiveOnly = !x.forms().isEmpty() && x.only(ActorKind.ADJECTIVE);
        boolean bloc = x.end() == x.start() + 1 && BLOC_ADJECTIVES.containsKey(s.token(x.start()).text());
        return singular && (adjectiveOnly || bloc) ? mention.asAdjective() : mention;
    }

    private static boolean adjectiveAt(List<Match> matches, int start) {
        for (Match x : matches) {
            if (x.start() >= start) {
                return x.start() == start && x.has(ActorKind.ADJECTIVE);
            }
        }
        return false;
    }

    /** A place noun right after an adjective, or after one more modifier: "Ethiopian city", "Syrian border town". */
    private static boolean placeNounAt(Sentence s, int at) {
        return at < s.size() && SETTLEMENTS.contains(s.token(at)) || at + 1 < s.size() && SETTLEMENTS.contains(s.token(at + 1));
    }

    /**
     * "in Apulia, Italy", "in Sochi, Russia, on Friday": the country set after a place names where the
     * place is, and is a place too, not a party to what happens there.
     */
    private static boolean namesThePlacesState(Sentence s, ActorMention place, ActorMention country) {
        int next = country.end();
        return place.locative() && country.kind() == ActorMention.Kind.NAMED && !country.locative()
                && country.start() == place.end() + 1 && s.lower(place.end()).equals(",")
                && country.codes().size() == 1 && country.code().equals(place.placeCode())
                && (next >= s.size() || !s.token(next).isWord() || AFTER_A_PLACE.contains(s.token(next)));
    }

    private static final org.touchstone.coder.text.PhraseIndex<Boolean> PAIR_INDEX = new org.touchstone.coder.text.PhraseIndex<>();

    static {
        PAIRS.forEach(p -> PAIR_INDEX.add(String.join(" ", p), Boolean.TRUE));
    }

    private int pairAt(Sentence s, int i) {
        var hit = PAIR_INDEX.at(s, i);
        return hit == null ? 0 : hit.length();
    }

    /** Longest dictionary match at each token, left to right, non-overlapping. */
    List<Match> match(Sentence s) {
        List<Token> tokens = s.tokens();
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            ActorDictionary.Node n = null;
            int bestEnd = -1;
            List<ActorForm> best = null;
            for (int j = i; j < tokens.size(); j++) {
                ActorDictionary.Node next = j == i ? firstWords.of(tokens.get(j)) : n.child(tokens.get(j).lower());
                if (next == null && j > i) {
                    List<ActorForm> held = heldByLongName(n, tokens, j);
                    if (!held.isEmpty()) {
                        best = held;
                        bestEnd = j + 1;
                    }
                }
                n = next;
                if (n == null) {
                    break;
                }
                if (!n.forms().isEmpty()) {
                    List<ActorForm> ok = n.anyCase() ? n.forms() : casedForms(n.forms(), tokens, i);
                    if (!ok.isEmpty()) {
                        bestEnd = j + 1;
                        best = ok;
                    }
                }
            }
            if (best == null) {
                List<ActorForm> prefix = dictionary.prefixFormsOf(tokens.get(i).lower());
                if (!prefix.isEmpty()) {
                    best = prefix;
                    bestEnd = i + 1;
                }
            }
            if (best == null) {
                List<ActorForm> holder = holderOfCompound(tokens.get(i));
                if (holder.isEmpty() && i + 1 < tokens.size() && VESSELS.contains(tokens.get(i + 1))) {
                    holder = linkedVessel(tokens.get(i)); // "the Israel-linked cargo ship": the state it is tied to
                }
                if (holder.isEmpty()) {
                    holder = firstNationality(tokens.get(i));
                }
                if (holder.isEmpty() && authoredAct(tokens, i + 1)) {
                    holder = authorOfAct(tokens.get(i)); // "US-sponsored peace talks", "Western sanctions"
                }
                if (holder.isEmpty() && STATE_AGENCY_WORDS.contains(tokens.get(i)) && possessedByState(s, out, i)) {
                    holder = stateAgency(tokens.get(i)); // "Turkey's defence procurement agency": a state agency
                }
                if (!holder.isEmpty()) {
                    best = holder;
                    bestEnd = i + 1;
                }
            }
            if (best != null && bestEnd == i + 1 && tokens.get(i).lower().endsWith("-led") && organizationAt(tokens, i + 1)) {
                best = null; // "the Russian-led CSTO": the named body acts and is acted on, not its leader
            }
            if (best != null && bestEnd == i + 1 && (onlyPeople(best) || onlyCasedMetonyms(best))
                    && anotherPersonsGivenName(tokens, bestEnd)) {
                // "Kim Eui-kyeom", "Kim Song Nam": a surname the dictionary gives one person, in another's name;
                // "Sofia Coppola": a capital that is also a given name (marked cased), before a surname
                best = null;
            }
            if (best != null) {
                // an avoid phrase blocks the forms inside it, not a form that is the same phrase
                List<ActorForm> kept = withoutAvoided(best);
                if (!kept.isEmpty()) {
                    out.add(new Match(i, bestEnd, kept));
                }
                i = bestEnd;
            } else {
                i++;
            }
        }
        return out;
    }

    private static final WordSet STATE_AGENCY_WORDS = WordSet.of("agency", "agencies");

    /**
     * Whether the word at {@code at} follows a state's "'s" and one or two lower-case modifiers ("Russia's aviation
     * agency", "China's economic planning agency", "Turkey's defence and energy ministers"): what a state owns so
     * named is its own office. A body's ("the UN's refugee agency") or a person's is not a state's.
     */
    private static boolean possessedByState(Sentence s, List<Match> before, int at) {
        if (before.isEmpty()) {
            return false;
        }
        Match owner = before.get(before.size() - 1);
        return owner.end() < at && s.lower(owner.end()).equals("'s") && possessedModifiers(s, owner.end() + 1, at)
                && (owner.has(ActorKind.COUNTRY) || owner.has(ActorKind.METONYM)) && !owner.isPerson()
                && !owner.has(ActorKind.ORGANIZATION) && !owner.has(ActorKind.AGENT);
    }

    /** The dictionary's own forms of "state agency" or "state agencies" (GOV), for an agency a state's "'s" owns. */
    private List<ActorForm> stateAgency(Token word) {
        ActorDictionary.Node n = dictionary.root().child("state");
        n = n == null ? null : n.child(word.lower());
        return n == null ? List.of() : n.forms();
    }

    /** Whether the one or two modifiers of {@link #modifierGap}, or two joined by "and", fill {@code from..to}. */
    private static boolean possessedModifiers(Sentence s, int from, int to) {
        return modifierGap(s, from, to)
                || to - from == 3 && s.lower(from + 1).equals("and") && modifierGap(s, from, from + 1) && modifierGap(s, from + 2, to);
    }

    /** Whether the longest dictionary name starting at {@code at} is an international organization's ("CSTO"). */
    private boolean organizationAt(List<Token> tokens, int at) {
        List<ActorForm> best = longestFormsAt(tokens, at);
        return !best.isEmpty() && best.stream().allMatch(f -> f.kind() == ActorKind.ORGANIZATION);
    }

    /** The forms of the longest dictionary name starting at {@code at}; none when no name starts there. */
    private List<ActorForm> longestFormsAt(List<Token> tokens, int at) {
        ActorDictionary.Node n = dictionary.root();
        List<ActorForm> best = List.of();
        for (int j = at; j < tokens.size() && n != null; j++) {
            n = n.child(tokens.get(j).lower());
            if (n != null && !n.forms().isEmpty()) {
                best = n.forms();
            }
        }
        return best;
    }

    /** Whether every form is a capital the dictionary marks cased, as one that is also a given name ("Sofia"). */
    private static boolean onlyCasedMetonyms(List<ActorForm> forms) {
        for (int i = 0; i < forms.size(); i++) { // indexed: asked at every one-word match, an iterator is an allocation
            ActorForm f = forms.get(i);
            if (f.kind() != ActorKind.METONYM || !f.caseSensitive()) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyPeople(List<ActorForm> forms) {
        for (int i = 0; i < forms.size(); i++) { // indexed, as above
            if (forms.get(i).kind() != ActorKind.PERSON) {
                return false;
            }
        }
        return true;
    }

    /**
     * After a one-word surname, the given name of someone the dictionary does not know: a capitalised word joined by a
     * hyphen to a lower-case syllable ("Kim Eui-kyeom", "Park Jie-won") and no dictionary form, or two short capitalised
     * syllables ("Kim Song Nam"); or, the one-word form being someone's given name there, a surname the dictionary
     * does not know ("Kim Kardashian", "Kim Clijsters"). Not "Kim's", "Kim and Trump", "Assad, Putin", "Kim Jong Un" (a
     * longer form), "Putin Monday" or "Trump Administration" (words the dictionaries know).
     */
    private boolean anotherPersonsGivenName(List<Token> tokens, int at) {
        if (at >= tokens.size() || !tokens.get(at).isWord() || !tokens.get(at).isCapitalized()) {
            return false;
        }
        String w = tokens.get(at).text();
        int dash = w.indexOf('-');
        if (dash > 0 && dash + 1 < w.length() && Character.isLowerCase(w.charAt(dash + 1))) {
            return startsNoForm(tokens.get(at));
        }
        if (syllable(w) && at + 1 < tokens.size() && tokens.get(at + 1).isWord() && tokens.get(at + 1).isCapitalized()
                && syllable(tokens.get(at + 1).text())) {
            return true;
        }
        // a surname: a capitalised word of letters, not an acronym, where no dictionary form matches (it may begin a
        // longer one: "Assad Khalil" is not Assad, though "Khalil al-Hayya" is listed) and no day
        return w.length() > 2 && w.chars().allMatch(Character::isLetter) && w.chars().skip(1).anyMatch(Character::isLowerCase)
                && noFormAt(tokens, at) && !Words.DAYS.contains(tokens.get(at));
    }

    /** Whether no form of the actor dictionaries matches the words from {@code at} on. */
    private boolean noFormAt(List<Token> tokens, int at) {
        return longestFormsAt(tokens, at).isEmpty();
    }

    /** Whether no form of the actor dictionaries begins with this word. */
    private boolean startsNoForm(Token t) {
        return firstWords.of(t) == null;
    }

    /** A given name's syllable written apart ("Song", "Nam", "Yong", "Chol"): a short capitalised word of letters. */
    private static boolean syllable(String w) {
        return w.length() <= 5 && w.chars().allMatch(Character::isLetter);
    }

    /** The forms whose case matches the text at {@code i}: all of them, without a copy, in the common case. */
    private static List<ActorForm> casedForms(List<ActorForm> forms, List<Token> tokens, int i) {
        List<ActorForm> ok = null;
        for (int f = 0; f < forms.size(); f++) {
            boolean matches = ActorDictionary.caseMatches(forms.get(f), tokens, i);
            if (!matches && ok == null) {
                ok = new ArrayList<>(forms.subList(0, f));
            } else if (matches && ok != null) {
                ok.add(forms.get(f));
            }
        }
        return ok == null ? forms : ok;
    }

    /** Agent words for a state's envoy to the UN that, with no state named, are the UN's own envoy. */
    private static final Set<String> UN_OWN_ENVOYS = Set.of("un envoy", "u.n. envoy", "un peace envoy", "u.n. peace envoy");

    // loops, not streams: compose runs for every mention
    private static boolean anyHas(List<Match> matches, ActorKind kind) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).has(kind)) {
                return true;
            }
        }
        return false;
    }

    /** Sectors only a state has (NATO and the AU do have troops): no organization has a police, courts or a legislature. */
    private static final Set<String> STATE_SECTORS = Set.of("GOVMIL", "COP", "JUD", "LEG");

    /**
     * A role only a state fills ("its foreign minister", "its defence ministry", "its police"), which no organization
     * or company has: a ministry or minister, a defence ministry, police, courts or a legislature.
     */
    private static boolean stateOffice(Sentence s, int start, int end, String sector) {
        if (STATE_SECTORS.contains(sector)) {
            return true;
        }
        for (int t = start; t < end; t++) {
            if (s.lower(t).startsWith("minist")) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet DEPUTIES = WordSet.of("deputy", "deputies");

    /**
     * "Russia's deputy ambassador", "China's deputy foreign minister", "the deputy defence minister": "deputy" before
     * another role word is that role's deputy and takes its sector (alone, "Ukrainian deputies" are legislators).
     */
    private static boolean deputyOf(Sentence s, List<Match> roles) {
        Match first = roles.get(0);
        return roles.size() > 1 && deputyWord(s, first)
                && (roles.get(1).start() == first.end() || roles.get(1).start() - first.end() <= 3
                && DEPUTY_HEADS.contains(s.token(roles.get(1).start()))); // "deputy transport minister"
    }

    private static boolean anyFormerOffice(List<Match> roles) {
        for (int i = 0; i < roles.size(); i++) {
            if (formerOffice(roles.get(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean anySingularOfficial(List<Match> roles) {
        for (int i = 0; i < roles.size(); i++) {
            if (singularOfficial(roles.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static List<ActorForm> withoutAvoided(List<ActorForm> forms) {
        for (int i = 0; i < forms.size(); i++) {
            if (forms.get(i).kind() == ActorKind.AVOID) {
                return forms.stream().filter(x -> x.kind() != ActorKind.AVOID).toList();
            }
        }
        return forms;
    }

    private static final WordSet ORGANIZATION_NOUNS = WordSet.of("alliance", "bloc", "organisation", "organization",
            "grouping");

    /** Nouns for an international or non-governmental body just named: "the agency said", "the watchdog's chief". */
    private static final WordSet AGENCY_NOUNS = WordSet.of("agency", "watchdog");

    private static final WordSet ASSAILANTS = WordSet.of("attackers", "assailants");
    /**
     * Rebels by the name of their struggle, whom the sentence may place in a state ("Rebels attacked ... in Mali"): not
     * gunmen or fighters, who are anyone's (R2). The event assembler places them by the same words.
     */
    public static final WordSet REBEL_WORDS = WordSet.of("separatists", "separatist", "rebels", "rebel", "insurgents",
            "insurgent", "guerrillas", "guerrilla");

    /** The code of the last armed group among the mentions found so far in the sentence, or null. */
    private static String armedGroupBefore(List<ActorMention> found) {
        for (int k = found.size() - 1; k >= 0; k--) {
            String c = found.get(k).code();
            if (found.get(k).isResolved() && Coreference.armedGroup(c)) {
                return c;
            }
        }
        return null;
    }

    private static String organizationNoun(String noun, Coreference coreference, int sentence) {
        if (ORGANIZATION_NOUNS.contains(noun)) {
            return coreference.lastOrganization();
        }
        if (AGENCY_NOUNS.contains(noun)) {
            return coreference.lastAgency();
        }
        // "the attackers", "the assailants" after an armed group's attack are that group, named or placed rebels
        return noun.equals("group") || noun.equals("militants") ? coreference.lastArmedGroup()
                : ASSAILANTS.contains(noun) && sentence > 0 ? coreference.earlierArmedGroup(sentence) : null;
    }

    /** Compounds whose first part leads, runs, owns or placed the thing: "Saudi-led", "Greek-owned", "Russian-installed". */
    private static final WordSet HOLDING = WordSet.of("led", "operated", "owned", "flagged", "registered", "controlled",
            "run", "chartered", "held", "installed", "appointed");
    /** Ships and planes whose link to a state makes them its property when seized or struck ("Israel-linked cargo ship"). */
    private static final WordSet VESSELS = WordSet.of("ship", "ships", "vessel", "vessels", "tanker", "tankers", "cargo",
            "freighter", "merchant", "container", "bulk", "oil", "commercial", "plane", "aircraft", "fishing", "passenger", "boat");

    /** The state of "Israel-linked", "Israeli-owned" before a vessel noun; none elsewhere ("Iran-linked militias"). */
    private List<ActorForm> linkedVessel(Token t) {
        String lower = t.lower();
        int dash = lower.lastIndexOf('-');
        if (dash <= 0 || !(lower.endsWith("-linked") || lower.endsWith("-affiliated") || lower.endsWith("-associated"))) {
            return List.of();
        }
        return formsOfWord(t.text().substring(0, dash)).stream()
                .filter(f -> f.kind() == ActorKind.COUNTRY || f.kind() == ActorKind.ADJECTIVE)
                .toList();
    }

    /**
     * The state of a name of several words whose last word carries the compound: "a Marshall Islands-flagged tanker",
     * "a Hong Kong-owned ship", "the Sierra Leone-linked vessel" ({@code n}: the name's words before the compound).
     */
    private static List<ActorForm> heldByLongName(ActorDictionary.Node n, List<Token> tokens, int at) {
        String lower = tokens.get(at).lower();
        int dash = lower.lastIndexOf('-');
        boolean linked = lower.endsWith("-linked") && at + 1 < tokens.size() && VESSELS.contains(tokens.get(at + 1));
        if (dash <= 0 || !(holdingCompound(lower) || linked)) {
            return List.of();
        }
        ActorDictionary.Node last = n.child(lower.substring(0, dash));
        return last == null ? List.of() : last.forms().stream()
                .filter(f -> f.kind() == ActorKind.COUNTRY || f.kind() == ActorKind.ADJECTIVE).toList();
    }

    /** Armed and opposition groups that hold places: "rebel-held Idlib", "separatist-controlled Donetsk". */
    private static final Set<String> HOLDING_GROUPS = Set.of("REB", "OPP", "UAF");

    private static boolean holdingCompound(String lower) {
        int dash = lower.lastIndexOf('-');
        return dash > 0 && HOLDING.contains(lower.substring(dash + 1));
    }

    /**
     * The country forms of "Saudi" in "Saudi-led", "British" in "British-operated": the leader of a coalition, the
     * owner of a ship; the group of "rebel" in "rebel-held". Compounds of support or making ("US-backed",
     * "Iranian-made") name no actor.
     */
    private List<ActorForm> holderOfCompound(Token t) {
        if (!holdingCompound(t.lower())) {
            return List.of();
        }
        return formsOfWord(t.text().substring(0, t.lower().lastIndexOf('-'))).stream()
                .filter(f -> f.kind() == ActorKind.COUNTRY || f.kind() == ActorKind.ADJECTIVE
                        || f.kind() == ActorKind.AGENT && HOLDING_GROUPS.contains(f.code())
                        // "a Houthi-run detention centre": a named armed group's
                        || f.kind() == ActorKind.INSTITUTION && f.code().length() > 3 && HOLDING_GROUPS.contains(f.code().substring(3)))
                .toList();
    }

    /**
     * Compounds naming who sponsors, proposes or gives an act: "US-sponsored talks", "a Western-backed accord". Not a
     * mediator ("Russian-brokered", "-mediated", "-hosted"), who is no party of the act the clause codes.
     */
    private static final WordSet SPONSORING = WordSet.of("sponsored", "backed", "proposed", "drafted", "imposed",
            "funded", "donated", "initiated", "organised", "organized");
    /**
     * Nouns of a diplomatic process, document or measure whose author an adjective before them names; not force
     * (a demonym already names its doer) and not armed people or weapons ("Iran-backed militia", "US-funded drones").
     */
    private static final WordSet AUTHORED_ACTS = WordSet.of("talks", "negotiations", "deal", "deals", "agreement",
            "accord", "ceasefire", "cease-fire", "truce", "plan", "proposal", "initiative", "resolution", "roadmap",
            "process", "sanctions", "embargo", "blockade", "tariffs", "subsidies", "deliveries", "supplies", "shipments",
            "aid", "assistance", "support", "pressure", "intervention", "interference", "meddling", "demands");
    /** Adjectives of a bloc, not a state, that name an act's author only before such a noun ("Western sanctions"). */
    private static final Map<String, List<String>> BLOC_ADJECTIVES = Map.of(
            "Western", List.of("the", "west"), "European", List.of("european", "union"));

    /** Measures whose "on" names their target ("sanctions on Russia", "pressure on Iran"); "aid on the bridge" is a place. */
    private static final WordSet MEASURES_ON = WordSet.of("sanctions", "embargo", "tariffs", "pressure", "blockade",
            "demands");

    /**
     * Whether an act's noun of {@link #AUTHORED_ACTS} follows at {@code at} after at most three lower-case modifiers
     * ("peace talks", "arms deliveries", "sugar export subsidies"), its own target not named after it ("against", a
     * measure's "on"): in "declined to join Western sanctions against Russia" the clause has a better actor than the West.
     */
    private static boolean authoredAct(List<Token> tokens, int at) {
        for (int j = at; j < tokens.size() && j <= at + 3; j++) {
            Token t = tokens.get(j);
            if (AUTHORED_ACTS.contains(t)) {
                String next = j + 1 < tokens.size() ? tokens.get(j + 1).lower() : "";
                return !(next.equals("against") || next.equals("on") && MEASURES_ON.contains(t));
            }
            if (!t.isWord() || !t.text().equals(t.lower()) || NOT_NOUNS.contains(t)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The author of an act named by the word before it: the bloc of "Western" (WST) or "European" (the EU), or the
     * state or bloc of a sponsoring compound ("US-sponsored", "Western-backed"). An organization's compound
     * ("UN-backed") and "Western-educated" name none.
     */
    private List<ActorForm> authorOfAct(Token t) {
        int dash = t.lower().lastIndexOf('-');
        if (dash <= 0 || !SPONSORING.contains(t.lower().substring(dash + 1))) {
            return blocForms(t.text());
        }
        String first = t.text().substring(0, dash);
        List<ActorForm> bloc = blocForms(first);
        return !bloc.isEmpty() ? bloc : formsOfWord(first).stream()
                .filter(f -> f.kind() == ActorKind.COUNTRY || f.kind() == ActorKind.ADJECTIVE || f.kind() == ActorKind.METONYM)
                .toList();
    }

    /** The dictionary's forms of the bloc an adjective of {@link #BLOC_ADJECTIVES} names; none for another word. */
    private List<ActorForm> blocForms(String adjective) {
        List<String> name = BLOC_ADJECTIVES.get(adjective);
        ActorDictionary.Node n = name == null ? null : dictionary.root();
        for (int k = 0; n != null && k < name.size(); k++) {
            n = n.child(name.get(k));
        }
        return n == null ? List.of() : n.forms();
    }

    /** A demonym followed by an institution of its own state ("Iranian Quds Force", "Russian Federal Security Service"). */
    private static boolean ownInstitution(Match holder, Match x) {
        if (holder == null || !holder.has(ActorKind.ADJECTIVE) || !x.has(ActorKind.INSTITUTION)) {
            return false;
        }
        String state = holder.first(ActorKind.ADJECTIVE).code();
        String body = x.first(ActorKind.INSTITUTION).code();
        return state != null && body != null && state.length() >= 3 && body.startsWith(state.substring(0, 3));
    }

    /** "British-Iranian", "Iranian-American": a dual national is reported under the first nationality. */
    private List<ActorForm> firstNationality(Token t) {
        int dash = t.text().indexOf('-');
        if (dash <= 0 || dash == t.text().length() - 1 || !Character.isUpperCase(t.text().charAt(dash + 1))) {
            return List.of();
        }
        List<ActorForm> first = demonyms(formsOfWord(t.text().substring(0, dash)));
        return first.isEmpty() || demonyms(formsOfWord(t.text().substring(dash + 1))).isEmpty() ? List.of() : first;
    }

    private static List<ActorForm> demonyms(List<ActorForm> forms) {
        return forms.stream().filter(f -> f.kind() == ActorKind.ADJECTIVE).toList();
    }

    /** The one-word forms of a part of a compound, as written there (acronyms and cased forms keep their case). */
    private List<ActorForm> formsOfWord(String word) {
        ActorDictionary.Node n = dictionary.root().child(word.toLowerCase(Locale.ROOT));
        return n == null ? List.of() : n.forms().stream()
                .filter(f -> f.tokens().size() == 1)
                .filter(f -> !(f.caseSensitive() || ActorDictionary.isAcronym(f.tokens().get(0))) || f.tokens().get(0).equals(word))
                .toList();
    }

    /** Participles that, used as adjectives, say a leader has left office: "the ousted Thai leader" (OPP, as "former"). */
    private static final WordSet REMOVED = WordSet.of("ousted", "deposed", "toppled", "overthrown", "exiled");
    /** What comes before such a participle used as an adjective, not as a verb ("the army ousted President X"). */
    private static final WordSet BEFORE_ADJECTIVE = WordSet.of("the", "a", "an", "his", "her", "its", "their", "of", "for",
            "with", "to", "against", "by", ",");

    /** "former" at {@code at}, or an adjectival "ousted", "deposed" ...: the office named after it is left. */
    private static boolean leftOffice(Sentence s, int at) {
        return at >= 0 && (s.lower(at).equals("former")
                || REMOVED.contains(s.token(at)) && (at == 0 || BEFORE_ADJECTIVE.contains(s.token(at - 1))));
    }

    /** A preposition of place at {@code at}, not "according to" nor words "from" someone ("criticism from Washington"). */
    private static boolean placePreposition(Sentence s, int at) {
        return at >= 0 && PLACE_PREPOSITIONS.contains(s.token(at))
                && !(at >= 1 && s.lower(at).equals("to") && (s.lower(at - 1).equals("according") || REFERRING.contains(s.token(at - 1))))
                && !(at >= 1 && s.lower(at).equals("from") && WORDS_FROM.contains(s.token(at - 1)));
    }

    /** Words of reference before "to": "referring to Russia's treatment of Ukraine" names whom the words are about, no place. */
    private static final WordSet REFERRING = WordSet.of("referring", "refer", "refers", "referred", "reference", "alluding",
            "allude", "alludes", "alluded");

    /** The second of a pair of capitals after a place preposition ("its ambassadors to Washington and Canberra"). */
    private static boolean pairAfterPlace(Sentence s, int start) {
        return start >= 3 && s.lower(start - 1).equals("and") && s.token(start - 2).isCapitalized() && placePreposition(s, start - 3);
    }

    /** Words that count people: "dozens of fighters", "several militants". */
    private static final WordSet QUANTITIES = WordSet.of("dozens", "scores", "hundreds", "several", "many", "some", "numerous");

    /** Whether the people named at {@code start} are counted: "20 militants", "at least 30 fighters", "dozens of insurgents". */
    private static boolean counted(Sentence s, int start) {
        if (start < 1) {
            return false;
        }
        String before = s.lower(start - 1);
        return Character.isDigit(before.charAt(0)) || COUNTS.contains(s.token(start - 1)) && !before.startsWith("a")
                || QUANTITIES.contains(s.token(start - 1))
                || before.equals("of") && start >= 2 && QUANTITIES.contains(s.token(start - 2));
    }

    private static final WordSet RANKS = WordSet.of("main", "ruling", "largest", "biggest", "principal", "leading");

    /**
     * "the main opposition alliance", "the ruling party": a role word after "the" and one adjective of rank is as
     * definite as "the opposition alliance" (the last named state's).
     */
    public static boolean rankedDefinite(Sentence s, int start) {
        return start > 1 && RANKS.contains(s.token(start - 1)) && s.lower(start - 2).equals("the");
    }

    /** The kinds a holder's entry is taken from, in order: a constant, not a varargs array per mention. */
    private static final ActorKind[] HOLDER_KINDS = {ActorKind.INSTITUTION, ActorKind.ORGANIZATION_ROLE,
            ActorKind.ORGANIZATION, ActorKind.COUNTRY, ActorKind.METONYM, ActorKind.ADJECTIVE, ActorKind.PLACE};

    /** Composes the actor beginning with matches[m]; {@code used[0]} gets how many matches it took. */
    private ActorMention compose(Sentence s, List<Match> matches, int m, LocalDate date, Coreference coreference,
                                 int[] used) {
        Match first = matches.get(m);
        int start = first.start();
        boolean former = leftOffice(s, start - 1) || leftOffice(s, start - 2);
        boolean ranked = rankedDefinite(s, start);
        boolean definite = ranked || start > 0 && (s.lower(start - 1).equals("the") || s.lower(start - 1).equals("its"));
        int prepAt = definite ? start - (ranked ? 3 : 2) : start - 1;
        boolean locative = placePreposition(s, prepAt)
                // "blocked highways across southern Peru", "a summit in southern Italy": a part named by its direction is still
                // where something happens; not where it goes ("expand its offensive to southern Gaza")
                || start >= 2 && Words.DIRECTIONS.contains(s.token(start - 1)) && AREA_PREPOSITIONS.contains(s.token(start - 2));
        Match holder = null;
        Match person = null;
        List<Match> roles = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        int end = start;
        int k = m;
        // [holder] ['s] [agents/titles]* [person | capitalised unknown name]
        while (k < matches.size()) {
            Match x = matches.get(k);
            int gap = x.start() - end;
            boolean possessiveGap = gap == 1 && s.lower(end).equals("'s")
                    // "Pakistan's caretaker government": a possessive holder keeps its role across modifiers
                    // "Turkey's defence and energy ministers": two modifiers joined by "and"
                    || gap > 1 && s.lower(end).equals("'s") && possessedModifiers(s, end + 1, x.start()) && x.has(ActorKind.AGENT)
                    && !x.isPerson()
                    // "Britain's Conservative government", "Israel's Likud-led cabinet": the party that governs
                    || gap == 2 && s.lower(end).equals("'s") && s.token(end + 1).isCapitalized()
                    && x.end() == x.start() + 1 && GOVERNMENT_NOUNS.contains(s.token(x.start()));
            if (k > m && !(gap == 0 || possessiveGap && holder != null && roles.isEmpty() && person == null
                    || modifierGap(s, end, x.start()) && holder != null && holder.has(ActorKind.ADJECTIVE) && roles.isEmpty()
                    && person == null && x.has(ActorKind.AGENT) && !x.isPerson()
                    || roles.isEmpty() && person == null && departmentGap(s, holder, end, x) && !headlineVerbIn(s, end, x.start())
                    || person == null && deputyDepartmentGap(s, roles, end, x))) {
                break;
            }
            if (k > m && gap == 0 && givenThings(s, holder, x)) {
                break;
            }
            if (k > m && holder != null && x.isAgentOrTitle() && x.end() < s.size() && ZONES.contains(s.token(x.end()))) {
                break; // "entered Taiwan's air defence zone": the state's zone, not its forces
            }
            if (k > m && holder != null && forceAdjective(s, x)) {
                break; // "China's military build-up": what the state does with its forces, not the forces
            }
            if (gap == 0 && ownInstitution(holder, x) && roles.isEmpty() && person == null && k + 1 < matches.size()
                    && matches.get(k + 1).start() == x.end() && (matches.get(k + 1).isAgentOrTitle() || matches.get(k + 1).isPerson())) {
                // "Iranian Quds Force commander Qassem Soleimani": the demonym names the state of the institution the
                // commander serves
                holder = x;
            } else if (x.isPerson() && person == null) {
                person = x;
            } else if (x.isHolder() && holder == null && person == null && roles.isEmpty()) {
                holder = x;
            } else if (x.isAgentOrTitle() && person == null) {
                roles.add(x);
            } else {
                break;
            }
            end = x.end();
            k++;
        }
        // a title followed by capitalised words not in the dictionary: an unnamed official ("Vice Premier Liu He")
        boolean hasTitle = anyHas(roles, ActorKind.TITLE);
        boolean unknownName = false;
        // "FARC leader Rodrigo Londono", "Hezbollah commander Fuad Shukr": a movement's or body's one named officer
        boolean bodysOfficer = holder != null && holder.first(ActorKind.COUNTRY) == null && holder.first(ActorKind.ADJECTIVE) == null
                && holder.first(ActorKind.METONYM) == null && roles.size() == 1 && singularOfficial(roles.get(0));
        if (person == null && (hasTitle || bodysOfficer)) {
            int j = end;
            while (j < s.size() && j < end + 4 && s.token(j).isCapitalized() && s.token(j).isWord()
                    && (k >= matches.size() || matches.get(k).start() > j)) {
                j++;
            }
            unknownName = j > end;
            end = j;
        }
        int rolesEnd = end;
        // "the foreign ministry of China", "the mayor of the southern Ukrainian city of Melitopol"
        Held held = null;
        if (holder == null && person == null && !roles.isEmpty() && end + 1 < s.size() && s.lower(end).equals("from")) {
            // "soldiers from Niger's presidential guard", "troops from Sudan's army": as "of", the unit named after the
            // state's 's is where they serve (a state alone after "from" stays where they come from)
            Held from = heldBy(s, matches, k, end + 1, false);
            Match unit = from != null && from.next() < matches.size() ? matches.get(from.next()) : null;
            if (unit != null && from.end() + 1 < s.size() && s.lower(from.end()).equals("'s") && unit.start() == from.end() + 1
                    && unit.isAgentOrTitle() && !unit.isHolder()) {
                held = new Held(from.holder(), unit.end(), from.next() + 1);
                roles.add(0, unit);
            }
        }
        if (holder == null && person == null && !roles.isEmpty() && end + 1 < s.size() && s.lower(end).equals("of")) {
            held = heldBy(s, matches, k, end + 1, false);
            // "soldiers of Niger's presidential guard", "envoys of Sudan's army": the unit named after the holder's 's
            // is where they serve, and gives the sector
            Match unit = held != null && held.next() < matches.size() ? matches.get(held.next()) : null;
            if (unit != null && held.end() + 1 < s.size() && s.lower(held.end()).equals("'s") && unit.start() == held.end() + 1
                    && unit.isAgentOrTitle() && !unit.isHolder()) {
                held = new Held(held.holder(), unit.end(), held.next() + 1);
                roles.add(0, unit);
            }
            int at = end + 1 < s.size() && s.lower(end + 1).equals("the") ? end + 2 : end + 1;
            Match named = k < matches.size() && matches.get(k).start() == at ? matches.get(k) : null;
            unit = named != null && k + 1 < matches.size() ? matches.get(k + 1) : null;
            if (held == null && unit != null && named.has(ActorKind.ADJECTIVE) && unit.start() == named.end()
                    && unit.has(ActorKind.AGENT) && !unit.isHolder()) {
                // "the commander of the Russian navy", "a spokesman of the Chinese foreign ministry": the state's unit
                held = new Held(named, unit.end(), k + 2);
                roles.add(0, unit);
            } else if (held == null && named != null && "MIL".equals(roles.get(0).first(ActorKind.AGENT, ActorKind.TITLE).code())
                    && s.lower(at).endsWith("-led") && named.end() == at + 1 && at + 1 < s.size() && LED_BODIES.contains(s.token(at + 1))) {
                // "warplanes of the Saudi-led coalition", "troops of the US-led coalition": the armed force of a
                // coalition is its leader's military (the coalition itself stays its leader, as "the Saudi-led coalition")
                held = new Held(named, at + 2, k + 1);
            } else if (held == null && named != null && named.has(ActorKind.AGENT) && !named.isHolder()
                    && named.end() + 1 < s.size() && s.lower(named.end()).equals("in")) {
                // "soldiers of the presidential guard in Niger": the unit gives the sector, the place after it the state
                roles.add(0, named);
                end = named.end();
                k++;
            }
        }
        // "fighters from the Islamic State", "militants from Hamas": armed people from a group are its own; a state
        // named after "from" may only be where they come from or leave ("withdrew troops from Syria"). Anyone else
        // "at" or "from" a body serves it ("judges at the International Criminal Court", "officials from the IMF"),
        // but weapons "from" it are what it gives ("fighter jets from the West")
        boolean fromOrAt = end + 1 < s.size() && !roles.isEmpty() && (s.lower(end).equals("from")
                && (armedPeople(s, roles.get(0))
                    || !"MIL".equals(roles.get(0).first(ActorKind.AGENT, ActorKind.TITLE).code()))
                || s.lower(end).equals("at"));
        // "rebels led by Hayat Tahrir al-Sham", "fighters of the Allied Democratic Forces": armed people a group leads or
        // that are its own fight as the group
        int groupAt = end + 2 < s.size() && s.lower(end).equals("led") && s.lower(end + 1).equals("by") ? end + 2
                : end + 1 < s.size() && s.lower(end).equals("of") ? end + 1 : -1;
        boolean armedOfGroup = groupAt > 0 && !roles.isEmpty() && armedPeople(s, roles.get(0));
        if (holder == null && person == null && held == null && !roles.isEmpty() && (fromOrAt || armedOfGroup)) {
            Held group = heldBy(s, matches, k, fromOrAt ? end + 1 : groupAt, false);
            // people "at the ASEAN summit" attend its meeting; they do not serve the body
            if (group != null && (group.holder().has(ActorKind.ORGANIZATION) || group.holder().has(ActorKind.INSTITUTION))
                    && !Words.GATHERINGS.contains(s.token(group.holder().end() - 1))
                    && !(group.end() < s.size() && Words.GATHERINGS.contains(s.token(group.end())))
                    && !group.holder().has(ActorKind.COUNTRY) && !group.holder().has(ActorKind.PLACE)
                    && !group.holder().has(ActorKind.METONYM) && !group.holder().has(ActorKind.ADJECTIVE)) {
                held = group;
            }
        }
        // "protesters in Dhaka", "civilians in the Kyiv suburb of Bucha", "farm workers near Maiduguri": the people
        // of a place are its own; "soldiers in Niger": troops placed only by a state's name are its own at home (in
        // a town they may be an occupier's; "airstrikes in Syria" are no troops); the event step keeps them from
        // acting abroad. Troops "near" a place may be anyone's, so only people are placed by "near".
        String localSector = roles.isEmpty() ? null : roles.get(0).first(ActorKind.AGENT, ActorKind.TITLE).code();
        String placing = end + 1 < s.size() ? s.lower(end) : "";
        boolean rulers = "MIL".equals(localSector)
                && RULERS.contains(s.lowerText(start, rolesEnd));
        boolean localTroops = "MIL".equals(localSector) && placing.equals("in") && troops(s, start, rolesEnd) && !rulers;
        // armed men named by no struggle ("gunmen in Sudan's South Kordofan", "militias in Syria") are placed for whom
        // an act is aimed at, but marked: as the doers of an act they are anyone's (R2, a place is never a source);
        // rebels, separatists and insurgents are the place's state's either way
        boolean anyonesArmedMen = ("REB".equals(localSector) || "UAF".equals(localSector))
                && !REBEL_WORDS.contains(s.token(rolesEnd - 1));
        if (holder == null && person == null && !roles.isEmpty()
                && (placing.equals("in") && (LOCAL_SECTORS.contains(localSector) || localTroops || rulers)
                    || placing.equals("near") && "CVL".equals(localSector))
                && !(start > 0 && ALLUSIVE.contains(s.token(start - 1))) // "some people in the United States" allude
                && !(start > 0 && OUTSIDERS.contains(s.token(start - 1)))) { // "foreign troops in Syria" are not Syria's
            held = heldBy(s, matches, k, end + 1, true);
            if (held != null && localTroops && (!held.holder().has(ActorKind.COUNTRY)
                    || INSTALLATIONS.contains(s.lowerText(start, rolesEnd)) && held.end() < s.size() && USED_BY.contains(s.token(held.end())))) {
                held = null; // "an airbase in Syria operated by Iranian forces": whose it is comes after the place
            }
            if (held != null && !held.holder().has(ActorKind.COUNTRY) && meetingCounterpart(s, start)) {
                held = null; // "resumed talks with the opposition in Mexico City": the city is where they meet
            }
            if (held != null && localTroops) {
                entries.add(PLACED_TROOPS);
            }
            if (held != null && anyonesArmedMen) {
                entries.add(PLACED_ARMED_MEN);
            }
        }
        if (holder == null && person == null && held == null && "CVL".equals(localSector) && placing.equals("and")) {
            held = peoplePlacedTogether(s, matches, k, end);
        }
        // "workers at a Minsk tractor plant", "workers at Belarus's biggest state factories": people at a workplace
        // placed by a state or a city of it are that state's
        if (holder == null && person == null && held == null && !roles.isEmpty() && placing.equals("at")
                && ("CVL".equals(localSector) || "LAB".equals(localSector))) {
            held = workplaceOf(s, matches, k, end + 1);
        }
        // "rebel-held eastern Aleppo", "separatist-controlled areas of Donetsk": the group of the place it holds
        if (holder == null && person == null && roles.size() == 1 && holdingCompound(s.lower(start)) && end == start + 1) {
            held = heldBy(s, matches, k, end, true);
        }
        if (held != null) {
            holder = held.holder();
            end = held.end();
            k = held.next();
        }
        // the rest in a method of its own: as one method (6,046 bytes) compose was too large for the JIT's profiling
        // tier (C1 ran out of registers), so it never reached the optimizing compiler, a seventh of the coding time
        // running as unoptimized code; keep each half well under that size
        return mentionOf(s, matches, m, date, coreference, used, new Gathered(start, end, k, holder, person, roles,
                entries, former, locative, definite, prepAt, unknownName));
    }

    /** What {@link #compose} gathered before it builds the mention: the span, the next match and the parts found. */
    /** The words of a mention's titles ("UN envoy"), or null with none; built only where a person or envoy needs it. */
    private static String titleText(Sentence s, List<Match> roles) {
        return roles.isEmpty() ? null : s.text(roles.get(0).start(), roles.get(roles.size() - 1).end());
    }

    /** Whether the titles' last word ends in "envoy" (any case): the cheap test before {@link #UN_OWN_ENVOYS}. */
    private static boolean endsInEnvoy(Sentence s, List<Match> roles) {
        if (roles.isEmpty()) {
            return false;
        }
        int last = Math.min(roles.get(roles.size() - 1).end(), s.size()) - 1;
        if (last < Math.max(0, roles.get(0).start())) {
            return false;
        }
        String word = s.token(last).text();
        return word.regionMatches(true, word.length() - 5, "envoy", 0, 5);
    }

    private record Gathered(int start, int end, int k, Match holder, Match person, List<Match> roles, List<String> entries,
                            boolean former, boolean locative, boolean definite, int prepAt, boolean unknownName) {
    }

    /** The second half of {@link #compose}: the mention the gathered parts make, or null. */
    private ActorMention mentionOf(Sentence s, List<Match> matches, int m, LocalDate date, Coreference coreference,
                                   int[] used, Gathered g) {
        int start = g.start();
        int end = g.end();
        int k = g.k();
        Match holder = g.holder();
        Match person = g.person();
        List<Match> roles = g.roles();
        List<String> entries = g.entries();
        boolean former = g.former();
        boolean locative = g.locative();
        boolean definite = g.definite();
        int prepAt = g.prepAt();
        boolean unknownName = g.unknownName();
        used[0] = k - m;
        boolean possessive = end < s.size() && s.lower(end).equals("'s");
        ActorForm holderForm = holder == null ? null : holder.first(HOLDER_KINDS);
        if (holderForm != null) {
            entries.add(holderForm.entry());
        }
        for (Match r : roles) {
            entries.add(r.first(ActorKind.AGENT, ActorKind.TITLE).entry());
        }
        // "former President Putin", "ex-president": a former office makes a known person a former official
        former |= anyFormerOffice(roles);
        if (person != null) {
            ActorForm pf = person.first(ActorKind.PERSON);
            entries.add(pf.entry());
            Optional<String> code = pf.person().codeOn(date, titleText(s, roles));
            if (former && code.isPresent() && Coreference.isCountryCode(code.get())) {
                code = Optional.of(code.get().substring(0, 3) + Person.FORMER_SECTOR);
            } else if (!former && holderForm != null && !roles.isEmpty() && pf.person().rolesOn(date).isEmpty()) {
                // "Hezbollah leader Hassan Nasrallah" in the news of his death: the holder and title the
                // text gives stand where the dictionary's dates have ended (or not begun)
                String sector = roles.get(0).first(ActorKind.AGENT, ActorKind.TITLE).code();
                code = Optional.of(holderCode(holderForm, "NONE".equals(sector) ? "GOV" : sector));
            }
            Match office = possessive && roles.isEmpty() && k < matches.size() ? matches.get(k) : null;
            if (!former && code.isPresent() && Coreference.isCountryCode(code.get())
                    && OWN_STAFF.contains(code.get().substring(3))
                    && office != null && office.start() == end + 1
                    && office.has(ActorKind.AGENT) && !office.isHolder() && !office.isPerson()
                    && OWN_STAFF.contains(office.first(ActorKind.AGENT).code())
                    && !(office.end() < s.size() && s.token(office.end()).isCapitalized())) {
                // "the Taliban's foreign minister", "Putin's spokesman": an office in the state its owner governs
                entries.add(office.first(ActorKind.AGENT).entry());
                used[0] = k + 1 - m;
                String staff = code.get().substring(0, 3) + office.first(ActorKind.AGENT).code();
                boolean own = office.end() < s.size() && s.lower(office.end()).equals("'s");
                return new ActorMention(start, office.end(), List.of(staff), ActorMention.Kind.COMPOSED,
                        singularOfficial(office), false, staff.substring(0, 3), own, entries);
            }
            if (code.isPresent()) {
                return new ActorMention(start, end, List.of(code.get()), ActorMention.Kind.PERSON, true, false,
                        code.get().length() >= 3 ? code.get().substring(0, 3) : null, possessive, entries);
            }
            if (holderForm != null) {
                String c = holderCode(holderForm, Person.FORMER_SECTOR);
                return new ActorMention(start, end, List.of(c), ActorMention.Kind.COMPOSED, true, false, null, possessive, entries);
            }
            return null;
        }
        String sector = null;
        if (!roles.isEmpty()) {
            ActorForm rf = roles.get(0).first(ActorKind.AGENT, ActorKind.TITLE);
            sector = former ? Person.FORMER_SECTOR : rf.code();
            if ("NONE".equals(sector) || !former && deputyOf(s, roles)) {
                sector = roles.size() > 1 ? roles.get(1).first(ActorKind.AGENT, ActorKind.TITLE).code() : null;
            }
        }
        if ("CVL".equals(sector) && roles.size() == 1 && holder != null && holder.first(ActorKind.COUNTRY) != null
                && nationOf(s, roles.get(0))) {
            sector = null; // "sympathy for the people of Pakistan": the nation, the country's bare code
        }
        boolean individual = unknownName || anySingularOfficial(roles);
        if (sector == null && holderForm != null && holderForm.kind() == ActorKind.ADJECTIVE && holder.first(ActorKind.COUNTRY) == null
                && (pluralDemonym(s.token(end - 1).text()) || end - start == 1 && crowdOf(s, start))) {
            sector = "CVL"; // "Tens of thousands of Georgians rallied": a people's plural names its civilians
        }
        if (locative && end + 2 < s.size() && s.lower(end).equals(",")
                && (s.lower(end + 1).equals("which") || s.lower(end + 1).equals("who")) && SPEAKING.contains(s.token(end + 2))) {
            locative = false; // "a blow to Taipei, which called the decision regrettable": the capital speaks
        }
        if (holderForm != null) {
            String code;
            ActorMention.Kind kind;
            if (sector != null) {
                code = holderCode(holderForm, sector);
                kind = ActorMention.Kind.COMPOSED;
                String territory = "REB".equals(sector) ? territoryAfter(s, matches, k, end) : null;
                if (territory != null) {
                    code = territory + sector; // "Armenian separatists in Nagorno-Karabakh" fight Azerbaijan's state
                }
            } else {
                code = holderForm.code();
                kind = holderForm.kind() == ActorKind.METONYM ? ActorMention.Kind.METONYM : ActorMention.Kind.NAMED;
            }
            String place = Coreference.isCountryCode(holderForm.code()) ? holderForm.code().substring(0, 3) : holderForm.code();
            // "left Kabul airport", "struck Damascus airport": a capital's airport or port is a place, not its government;
            // so are its parts ("a strike on a Beirut suburb", "the Kyiv outskirts") and its quarters after a place word
            // ("a strike in southern Beirut")
            if (kind == ActorMention.Kind.METONYM && prepAt >= 1 && s.lower(prepAt).equals("to") && Words.TOLD_TO.contains(s.token(prepAt - 1))) {
                locative = false; // "protested to Beijing", "a letter to Moscow": the capital that hears is its government
            }
            locative |= kind == ActorMention.Kind.METONYM && (end < s.size() && (PORTS.contains(s.token(end))
                    || CITY_PARTS.contains(s.token(end))) || start >= 2 && Words.DIRECTIONS.contains(s.token(start - 1))
                    && PLACE_PREPOSITIONS.contains(s.token(start - 2)) || pairAfterPlace(s, start));
            if (kind == ActorMention.Kind.METONYM && (locative || visited(s, start) || end < s.size() && HOSTED.contains(s.token(end)))) {
                code = place; // "a boycott of the Beijing Winter Olympics" is aimed at the host state, not its government
            }
            if (holderForm.kind() == ActorKind.PLACE && sector == null) {
                // a city or region is where things happen, never who acts
                return new ActorMention(start, end, List.of(place), ActorMention.Kind.METONYM, false, true, place,
                        possessive, entries);
            }
            // an adjective after "at" modifies a noun ("at Philippine vessels"): it is no place, unless the noun is
            // a place ("in the Ethiopian city of Axum", "in the Syrian border town of Kobani")
            return new ActorMention(start, end, List.of(code), kind, individual || holderForm.kind() == ActorKind.ORGANIZATION_ROLE,
                    locative && sector == null && (holderForm.kind() != ActorKind.ADJECTIVE || placeNounAt(s, end)),
                    place, possessive, entries);
        }
        if (sector == null) {
            return null;
        }
        String titleText = former || !endsInEnvoy(s, roles) ? null : titleText(s, roles);
        if (titleText != null && UN_OWN_ENVOYS.contains(titleText.toLowerCase(Locale.ROOT))) {
            // "UN envoy Hans Grundberg said", "the UN envoy": with no state before it ("Russia's UN envoy") the
            // envoy is the UN's own
            entries.add("role:" + titleText);
            return new ActorMention(start, end, List.of("IGOUNO"), ActorMention.Kind.COMPOSED, true, false, null,
                    possessive, entries);
        }
        // "its leaders", "its staff": the role of the last body named; a party's or an agency's people are
        // the party or the agency, a state's its government, troops, police ...
        // ("its air defence zone" is a zone, not the body's forces)
        // "the Pakistani Taliban said one of their fighters ...": a group named in the plural owns its armed people as
        // "its" does; "their troops" after states stays open (they may be any of them)
        boolean theirArmed = start > 0 && s.lower(start - 1).equals("their") && armedPeople(s, roles.get(0))
                && !"MIL".equals(sector) && coreference.lastBody() != null
                && coreference.lastBody().equals(coreference.lastArmedGroup());
        if (start > 0 && (s.lower(start - 1).equals("its") || theirArmed) && !former
                && !(end < s.size() && ZONES.contains(s.token(end))) && !forceAdjective(s, roles.get(0))) {
            String body = coreference.lastBody();
            if (body != null && !Coreference.isCountryCode(body) && stateOffice(s, start, end, sector) && coreference.lastCountry() != null) {
                body = coreference.lastCountry(); // "Iran has asked the IMF for funds, its foreign minister said": no IMF minister
            }
            if (body != null && Coreference.isCountryCode(body) && STATE_BODIES.contains(sector)
                    && actsOnOwnState(s, matches, k, end, body.substring(0, 3))) {
                // "China demanded that the Philippines ..., a day after its coast guard blocked a Philippine mission":
                // a state's forces acting on what the clause calls that state's are another state's, the one named before
                String other = coreference.lastStateBesides(body.substring(0, 3), s.index());
                body = other != null ? other : body;
            }
            if (body != null) {
                String code = !Coreference.isCountryCode(body) || body.length() > 3 && !STATE_BODIES.contains(body.substring(3))
                        ? body : body.substring(0, 3) + sector;
                entries.add("coreference:" + s.lower(start - 1) + " " + s.lowerText(start, end));
                return new ActorMention(start, end, List.of(code), ActorMention.Kind.COREFERENCE, false, false,
                        code.substring(0, Math.min(3, code.length())), possessive, entries);
            }
        }
        // a role word alone: "the ministry", "the president" take the last named actor of that kind ("the
        // mayor of Nablus" is defined by its own of-phrase, not by the actor named before)
        boolean definedByOf = end < s.size() && s.lower(end).equals("of")
                || definite && modifiesNoun(s, end); // "the official result", "the military demarcation line"
        String counted = !definite && sector.equals("REB") && s.index() > 0 && counted(s, start)
                ? coreference.earlierArmedGroup(s.index()) : null;
        if (counted != null) {
            // "Rebels attacked an army post in northern Mali. The army said it killed 20 militants": people of an
            // armed group counted in a later sentence are the group the report named
            entries.add("coreference:" + s.lowerText(start, end));
            return new ActorMention(start, end, List.of(counted), ActorMention.Kind.COREFERENCE, false, false,
                    counted.substring(0, 3), possessive, entries);
        }
        // "ordered parliament to hold a vote", "dissolved parliament": the bare word is the state's legislature, as definite
        // as a name; not the audience of words ("told parliament", "addressing parliament"), which is no actor
        boolean bareName = end - start == 1 && BARE_NAMES.contains(s.token(start)) && start > 0
                && s.token(start - 1).isWord() && Character.isLowerCase(s.token(start - 1).text().charAt(0))
                && !Words.DETERMINERS.contains(s.token(start - 1)) && !BEFORE_ADJECTIVE.contains(s.token(start - 1))
                && !Words.TOLD.contains(s.token(start - 1)) && !TELLING_TO.contains(s.token(start - 1))
                && !modifiesNoun(s, end);
        if (!definedByOf && (definite || bareName) || unknownName || Character.isUpperCase(s.token(start).text().charAt(0)) && start == 0) {
            String code = null;
            if (individual && !unknownName) {
                // a title with a name the dictionaries do not know is a new person, not the last one named: with
                // no state word ("Foreign Minister Abdulla Mavlonov") the state stays unknown
                code = coreference.lastIndividual();
                if (code != null && !Coreference.isCountryCode(code) && !code.startsWith("IGO")
                        || s.index() > 0 && outsideGovernment(code, sector)) {
                    code = null;
                }
                if (code != null && sector.equals("GOVMIL") && code.length() == 6 && code.endsWith("GOV")) {
                    // "a helicopter carrying Colombian President Ivan Duque ..., the defence minister said": the defence
                    // minister is another office of that state's government, not the president (roles table: GOVMIL)
                    code = code.substring(0, 3) + sector;
                }
            }
            if (code == null && definite && sector.equals("GOV")) {
                // "to support the government in Tripoli": a government placed by its seat is that state's, not the
                // last state named
                String seat = seatAfter(s, matches, k, end);
                code = seat == null ? null : seat + sector;
            }
            if (code == null && definite && sector.equals("REB")) {
                // "the rebels said": the rebels last named, not the last state's ("Separatist rebels in Indonesia's
                // Papua region abducted a New Zealand pilot, the rebels said")
                String group = coreference.lastArmedGroup();
                code = group != null && group.endsWith("REB") ? group : null;
                // "Islamic State militants attacked a checkpoint. Iraqi troops killed the insurgents": in a later
                // sentence, the armed group the report named, whatever its kind
                code = code == null && s.index() > 0 ? coreference.earlierArmedGroup(s.index()) : code;
            }
            if ((code == null && !individual || code == null && definite) && COREFERRING_SECTORS.contains(sector)) {
                // "the ministry", "the army", "the court": the last named of that kind, else the last named
                // state's; "the hospital", "the company" are things and places as often as actors, and stay
                // unresolved
                code = coreference.organ(s.lower(end - 1), sector, s.index());
                if (code == null && definite && !sector.startsWith("GOV")) {
                    code = coreference.sameSentenceOfSector(sector, s.index());
                }
                if (code == null) {
                    // "Washington condemned the coup in Thailand and urged the junta to ...": rulers by their role alone
                    // rule the state the sentence names as ruled by soldiers, not the last state that spoke
                    String ruled = RULERS.contains(s.lowerText(start, end)) ? coreference.ruledIn(s.index()) : null;
                    String country = ruled != null ? ruled : coreference.lastCountry();
                    // after an armed group that is no state's, the state where it acted
                    country = country != null ? country : coreference.earlierPlaceCountry(s.index());
                    country = country != null ? country : coreference.publisher(); // "The Ministry of Foreign Affairs" of a state's release
                    code = country == null ? null : country + sector;
                }
                if (code != null && !individual) {
                    coreference.rememberRoleWord(s.lower(end - 1), code, s.index());
                }
            }
            if (code != null) {
                entries.add("coreference:" + s.lowerText(start, end));
                return new ActorMention(start, end, List.of(code), ActorMention.Kind.COREFERENCE, individual, false,
                        code.substring(0, Math.min(3, code.length())), possessive, entries);
            }
        }
        if (sector.equals("REB") && !definite && REBEL_WORDS.contains(s.token(end - 1))) {
            // "Rebels attacked an army post in northern Mali"; not "gunmen", whom R2 leaves unidentified
            coreference.rememberUnnamedRebels(s.index());
        }
        return new ActorMention(start, end, List.of(), ActorMention.Kind.AGENT_ONLY, individual, false, null, possessive,
                entries, sector);
    }

    /**
     * Whether a government's office ("the prime minister", "the minister") cannot be {@code individual}, a state's
     * person outside its government ("A US strike killed Iranian general Qassem Soleimani. The Iraqi government
     * condemned it. The prime minister said ...": not the general).
     */
    private static boolean outsideGovernment(String individual, String sector) {
        return individual != null && sector.equals("GOV") && Coreference.isCountryCode(individual)
                && individual.length() > 3 && NON_GOVERNMENT.contains(individual.substring(3));
    }

    /**
     * The one resolved actor, not a place, that the sentence has named so far: the subject a "him" after it cannot
     * mean; null when there are none or several ("Guaido declared himself ..., and Washington recognised him").
     */
    private static ActorMention onlyActor(List<ActorMention> mentions) {
        ActorMention only = null;
        for (ActorMention m : mentions) {
            if (m.isResolved() && !m.locative()) {
                if (only != null) {
                    return null;
                }
                only = m;
            }
        }
        return only;
    }

    /**
     * Whether the clause after a role ending at {@code end} names {@code state} by its demonym or name within a few words
     * ("its coast guard blocked a Philippine resupply mission"), with no comma or clause boundary between.
     */
    private static boolean actsOnOwnState(Sentence s, List<Match> matches, int k, int end, String state) {
        for (int j = k; j < matches.size() && matches.get(j).start() < end + 8; j++) {
            Match x = matches.get(j);
            for (int t = end; t < x.start(); t++) {
                if (s.lower(t).equals(",") || Words.CLAUSE_BOUNDARIES.contains(s.token(t)) || Words.SUBORDINATORS.contains(s.token(t))) {
                    return false;
                }
            }
            ActorForm named = x.first(ActorKind.ADJECTIVE, ActorKind.COUNTRY);
            if (named != null && named.code() != null && named.code().startsWith(state)) {
                return true;
            }
        }
        return false;
    }

    /** Words of a meeting whose counterpart follows "with" ("talks with", "met with"). */
    private static final WordSet MEETINGS = WordSet.of("talks", "negotiations", "dialogue", "met", "meet", "meets", "meeting");

    /** Whether the phrase at {@code start} is the counterpart of a meeting: "talks with the opposition", "met with rebels". */
    private static boolean meetingCounterpart(Sentence s, int start) {
        int with = start > 0 && s.lower(start - 1).equals("the") ? start - 2 : start - 1;
        return with > 0 && s.lower(with).equals("with") && MEETINGS.contains(s.token(with - 1));
    }

    /** The state of the seat or place right after "in" ("the government in Tripoli"), or null. */
    private static String seatAfter(Sentence s, List<Match> matches, int k, int end) {
        if (end + 1 >= s.size() || !s.lower(end).equals("in") || k >= matches.size() || matches.get(k).start() != end + 1) {
            return null;
        }
        ActorForm place = matches.get(k).first(ActorKind.PLACE, ActorKind.METONYM);
        return place == null || !Coreference.isCountryCode(place.code()) ? null : place.code().substring(0, 3);
    }

    /** The state of the place right after "in" ("... in Nagorno-Karabakh"), or null. */
    private static String territoryAfter(Sentence s, List<Match> matches, int k, int end) {
        if (end + 1 >= s.size() || !s.lower(end).equals("in") || k >= matches.size() || matches.get(k).start() != end + 1) {
            return null;
        }
        ActorForm place = matches.get(k).first(ActorKind.PLACE);
        return place == null || !Coreference.isCountryCode(place.code()) ? null : place.code().substring(0, 3);
    }

    /** Words before "the people of" a country that address the nation: condolences "to", sympathy "for", solidarity "with". */
    private static final WordSet TO_A_NATION = WordSet.of("to", "for", "with");

    /**
     * "offered condolences to the people of Japan", "sympathy for the people of Pakistan", "solidarity with the people of
     * Ukraine": the whole nation addressed, not its civilians (not "fired on the people of ...").
     */
    private static boolean nationOf(Sentence s, Match role) {
        return role.end() == role.start() + 1 && s.lower(role.start()).equals("people") && role.start() > 1
                && s.lower(role.start() - 1).equals("the") && TO_A_NATION.contains(s.token(role.start() - 2))
                && role.end() < s.size() && s.lower(role.end()).equals("of");
    }

    /** What a state leads: its armed people or weapons "of the Saudi-led coalition" are its military. */
    private static final WordSet LED_BODIES = WordSet.of("coalition", "alliance", "force", "forces", "mission");
    /** Compounds of support or ties, which name no actor: "Iran-backed", "Islamic State-linked", "al Qaeda-affiliated". */
    private static final WordSet SUPPORTING = WordSet.of("backed", "linked", "affiliated", "allied", "aligned", "inspired",
            "supported", "sponsored", "funded", "armed", "trained");

    /**
     * Where the name begins after a compound of support at {@code at} and up to three words of its first part: "the
     * [Islamic State-linked] Allied Democratic Forces", "the [Iran-backed] Houthi movement"; else {@code at}.
     */
    private static int afterSupport(Sentence s, int at) {
        for (int j = at; j < s.size() - 1 && j < at + 4; j++) {
            String w = s.lower(j);
            int dash = w.lastIndexOf('-');
            if (dash > 0 && SUPPORTING.contains(w.substring(dash + 1))) {
                return j + 1;
            }
            if (!s.token(j).isWord() || NOT_NOUNS.contains(s.token(j))) {
                break;
            }
        }
        return at;
    }

    /**
     * "women and girls in Tigray", "civilians and children in Gaza": civilians joined by "and" to more civilians whom a
     * place follows are the place's too; the mention spans both, as one group.
     */
    private static Held peoplePlacedTogether(Sentence s, List<Match> matches, int k, int end) {
        if (k >= matches.size() || matches.get(k).start() != end + 1 || !matches.get(k).has(ActorKind.AGENT)
                || matches.get(k).isHolder() || !"CVL".equals(matches.get(k).first(ActorKind.AGENT).code())) {
            return null;
        }
        int after = matches.get(k).end();
        return after + 1 < s.size() && s.lower(after).equals("in") ? heldBy(s, matches, k + 1, after + 1, true) : null;
    }

    /** The holder found after "of" or "in", where its phrase ends, and the next match. */
    private record Held(Match holder, int end, int next) {
    }

    /**
     * The state or body holding a role named after it: "[the] [southern] [Ukrainian] [city of] Melitopol",
     * "the Kyiv suburb of Bucha"; null if none. A demonym holds only before a place noun ("victims of
     * Russian shelling" are not Russian); with {@code placesOnly}, organizations and institutions do not.
     */
    private static Held heldBy(Sentence s, List<Match> matches, int k, int at, boolean placesOnly) {
        if (at < s.size() && s.lower(at).equals("the") && !(k < matches.size() && matches.get(k).start() == at)) {
            at++; // unless "the" begins the name: "the West Darfur"
        }
        if (placesOnly && at + 1 < s.size() && (QUANTITIES.contains(s.token(at)) || COUNTS.contains(s.token(at)) && !s.lower(at).startsWith("a"))) {
            // "protesters in dozens of Chinese cities", "in several Chinese cities": counted places are placed alike
            at += s.lower(at + 1).equals("of") ? 2 : 1;
        }
        while (at < s.size() && Words.DIRECTIONS.contains(s.token(at).text())) {
            at++;
        }
        if (at + 2 < s.size() && SETTLEMENTS.contains(s.token(at)) && s.lower(at + 1).equals("of")) {
            at += 2; // "the governor of the region of Belgorod"
        }
        int named = placesOnly ? at : afterSupport(s, at);
        while (named > at && k < matches.size() && matches.get(k).start() < named) {
            k++; // "fighters of the Islamic State-linked ADF": the group they belong to, not the one it is tied to
        }
        at = named;
        Match h = k < matches.size() && matches.get(k).start() == at ? matches.get(k) : null;
        if (h == null || !h.isHolder()) {
            return null;
        }
        // a state's name that is also its adjective ("Myanmar", "US") is the state here
        boolean demonym = h.has(ActorKind.ADJECTIVE) && !h.has(ActorKind.COUNTRY);
        int end = h.end();
        if (end < s.size() && PLACE_MODIFIERS.contains(s.token(end))) {
            end++;
        }
        boolean settlement = end < s.size() && SETTLEMENTS.contains(s.token(end));
        if (demonym && !settlement || placesOnly && !demonym && !h.has(ActorKind.COUNTRY) && !h.has(ActorKind.PLACE)
                && !h.has(ActorKind.METONYM)) {
            return null;
        }
        int next = k + 1;
        // "rebels in Indonesia's Papua region", "in Ethiopia's Amhara region": the state's own place after its 's
        if (!demonym && end + 1 < s.size() && s.lower(end).equals("'s") && next < matches.size()
                && matches.get(next).start() == end + 1 && matches.get(next).has(ActorKind.PLACE)) {
            end = matches.get(next).end();
            next++;
            if (end < s.size() && SETTLEMENTS.contains(s.token(end))) {
                end++;
            }
        }
        // "... city of Melitopol": the place named after the holder is the same state's
        if (settlement && end + 2 < s.size() && s.lower(end + 1).equals("of") && next < matches.size()
                && matches.get(next).start() == end + 2 && matches.get(next).has(ActorKind.PLACE)) {
            end = matches.get(next).end();
            next++;
        }
        return new Held(h, end, next);
    }

    /** Places of work whose people a state or city before them places: "a Minsk tractor plant", "Belarus's state factories". */
    private static final WordSet WORKPLACES = WordSet.of("factory", "factories", "plant", "plants", "mine", "mines",
            "shipyard", "shipyards", "refinery", "refineries", "mill", "mills", "works", "steelworks");
    /** Articles and counts before a workplace: "a", "one of the", "several of". */
    private static final WordSet WORKPLACE_OPENERS = WordSet.of("a", "an", "the", "one", "two", "three", "several", "some",
            "many", "dozens", "of");

    /**
     * The state or city that places a workplace named at {@code at}: "[a] Minsk [tractor] plant", "[several of]
     * Belarus's [biggest state] factories"; null if none. A demonym ("a Japanese car plant") may name the owner
     * abroad, and a firm is no place, so only states (with "'s"), capitals and places count.
     */
    private static Held workplaceOf(Sentence s, List<Match> matches, int k, int at) {
        while (at < s.size() && WORKPLACE_OPENERS.contains(s.token(at))) {
            at++;
        }
        while (k < matches.size() && matches.get(k).start() < at) {
            k++;
        }
        Match h = k < matches.size() && matches.get(k).start() == at ? matches.get(k) : null;
        if (h == null || h.has(ActorKind.ADJECTIVE) || h.has(ActorKind.INSTITUTION) || h.has(ActorKind.ORGANIZATION)
                || !(h.has(ActorKind.COUNTRY) && h.end() < s.size() && s.lower(h.end()).equals("'s")
                    || h.has(ActorKind.METONYM) || h.has(ActorKind.PLACE))) {
            return null;
        }
        int from = h.end() < s.size() && s.lower(h.end()).equals("'s") ? h.end() + 1 : h.end();
        for (int i = from; i < s.size() && i <= from + 2; i++) {
            if (WORKPLACES.contains(s.token(i))) {
                return new Held(h, i + 1, k + 1);
            }
            if (!s.token(i).isWord() || s.token(i).isCapitalized()) {
                return null;
            }
        }
        return null;
    }

    /** Sectors of armed people, who belong to the group they are "from". */
    private static final Set<String> ARMED_SECTORS = Set.of("REB", "UAF", "INS");

    /** Fighters, militants or troops, not the weapons ("fighter jets from the West" are asked of it). */
    private static final WordSet GIVING = WordSet.of("give", "gives", "gave", "giving", "given", "send", "sends", "sent",
            "sending", "sell", "sells", "sold", "selling", "supply", "supplies", "supplied", "supplying", "offer",
            "offers", "offered", "offering", "lend", "lends", "lent", "lending", "promise", "promises", "promised",
            "promising", "hand", "hands", "handed", "handing", "pass", "passes", "passed", "passing");

    /**
     * "will give Ukraine fighter jets", "sold Taiwan warships": after a verb of giving, a state named bare and the
     * weapons after it are the receiver and the thing given, not the state's military; so is the intelligence after it
     * ("passed Spain intelligence on the cell"), not the state's spies.
     */
    private static boolean givenThings(Sentence s, Match holder, Match x) {
        if (holder == null || holder.start() == 0 || !GIVING.contains(s.token(holder.start() - 1)) || !holder.has(ActorKind.COUNTRY)
                || !x.isAgentOrTitle() || x.isHolder() || x.isPerson()) {
            return false;
        }
        String sector = x.first(ActorKind.AGENT, ActorKind.TITLE).code();
        return "MIL".equals(sector) && !troops(s, x.start(), x.end())
                || "SPY".equals(sector) && x.end() == x.start() + 1 && s.lower(x.start()).equals("intelligence");
    }

    private static boolean armedPeople(Sentence s, Match role) {
        String sector = role.first(ActorKind.AGENT, ActorKind.TITLE).code();
        return ARMED_SECTORS.contains(sector) || "MIL".equals(sector) && troops(s, role.start(), role.end());
    }

    /** Whether tokens [start, end) are words for troops ("soldiers", "troops"), not for weapons or units. */
    private static boolean troops(Sentence s, int start, int end) {
        return TROOPS.contains(s.lowerText(start, end)) || INSTALLATIONS.contains(s.lowerText(start, end));
    }
    /** Participles naming who holds or uses a post after its place ("a base in Syria used by Iran's Revolutionary Guards"). */
    private static final WordSet USED_BY = WordSet.of("operated", "used", "run", "held", "controlled", "occupied", "manned",
            "housing", "hosting", "belonging", "owned", "leased");
    /**
     * A military's posts, bases and checkpoints, which, placed only by a state's name, are that state's as its troops are:
     * "attacked an army post in northern Mali" -> MLIMIL, not the people of Mali.
     */
    private static final WordSet INSTALLATIONS = WordSet.of("base", "bases", "army base", "army bases", "military base",
            "military bases", "air base", "air bases", "airbase", "airbases", "naval base", "naval bases", "barracks",
            "army barracks", "military barracks", "army post", "army posts", "military post", "military posts", "outpost",
            "outposts", "army outpost", "army outposts", "military outpost", "military outposts", "checkpoint", "checkpoints",
            "military checkpoint", "military checkpoints", "army checkpoint", "army checkpoints", "army camp", "army camps",
            "military camp", "military camps", "garrison", "army garrison", "military garrison", "command post",
            "command posts", "airfield", "airfields", "military airfield", "military airfields", "military installation",
            "military installations", "naval station", "naval stations");
    private static final WordSet SETTLEMENTS = WordSet.of("city", "town", "village", "port", "region", "province",
            "district", "state", "county", "oblast", "capital", "suburb", "enclave", "villages", "towns", "cities",
            "areas", "parts");
    /** Words between a state's demonym and its place noun: "the Syrian border town of Kobani". */
    private static final WordSet PLACE_MODIFIERS = WordSet.of("border", "frontline", "front-line", "coastal");
    /** The sectors of a state's people who hold no government office. */
    private static final Set<String> NON_GOVERNMENT = Set.of("MIL", "REB", "CVL", "OPP", "MED", "BUS", "JUD", "SEP",
            "INS", "UAF", "LAB", "EDU", "REL", "CRM", "COP", "SPY", "HLH", "AGR", "ENV");
    private static final Set<String> COREFERRING_SECTORS = Set.of("GOV", "GOVMIL", "MIL", "COP", "JUD", "LEG", "SPY",
            "OPP", "REB", "UAF", "INS", "SEP", "CVL", "MED");
    /** Role words that name the state's own body when bare, with no determiner ("ordered parliament to"). */
    private static final WordSet BARE_NAMES = WordSet.of("parliament");
    /** Verbs whose bare object is the audience of words ("addressed parliament"), besides "told". */
    private static final WordSet TELLING_TO = WordSet.of("addressed", "addressing", "addresses", "address", "briefed", "briefing",
            "briefs", "informed", "informing", "informs");
    /** A state's own bodies, whose "its" is the state: "the government ... its troops" are the state's army. */
    private static final Set<String> STATE_BODIES = Set.of("GOV", "MIL", "GOVMIL", "COP", "SPY", "LEG", "JUD");
    private static final WordSet PORTS = WordSet.of("airport", "port", "harbour", "harbor", "seaport");
    /** The words that make a role before them a zone's name: "its air defence zone", "air defence identification zone". */
    private static final WordSet ZONES = WordSet.of("zone", "zones", "identification");
    /**
     * Nouns a force word modifies as an adjective: "China's military build-up", "its military activities" are the
     * state's doing (the bare state, as the sentence names it), not its armed forces. Not "operation": a military
     * operation is the force's own act ("Myanmar's military operation in Rakhine" is MMRMIL in the gold).
     */
    private static final WordSet FORCE_ACTIVITIES = WordSet.of("build-up", "buildup", "activities", "activity",
            "intimidation", "cooperation", "presence", "pressure", "posture", "spending", "budget", "expansion",
            "modernisation", "modernization", "ambitions", "capabilities", "might", "power", "threat", "threats",
            "provocation", "provocations", "aggression");
    /** What a city hosts and is named after ("the Beijing Winter Olympics", "the Minsk accords"): its state, not its government. */
    private static final WordSet HOSTED = WordSet.of("olympics", "winter", "summer", "games", "summit", "forum",
            "conference", "accords", "process", "format", "declaration", "marathon", "expo");
    /** Verbs whose object is the place of a visit ("toured Beirut", "will visit Beijing"), not the government (Metonyms). */
    private static final WordSet VISITING = WordSet.of("visit", "visits", "visited", "visiting", "tour", "tours", "toured",
            "touring");

    /** Whether the capital at {@code start} is the object of a visiting verb or a part of the city named: the bare country. */
    private static boolean visited(Sentence s, int start) {
        return start > 0 && VISITING.contains(s.token(start - 1)) || partOf(s, start) || tradedWith(s, start);
    }

    /** Exchanges a state has with a partner, not with its government: "froze trade and investment with Ottawa" is CAN. */
    private static final WordSet TRADE = WordSet.of("trade", "investment", "investments", "commerce", "imports", "exports");

    /** Whether the capital at {@code start} follows "with" after a noun of trade ("froze new trade with Ottawa"). */
    private static boolean tradedWith(Sentence s, int start) {
        if (start < 2 || !s.lower(start - 1).equals("with")) {
            return false;
        }
        for (int k = start - 2; k >= 0 && start - k <= 4 && s.token(k).isWord(); k--) {
            if (TRADE.contains(s.token(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the capital at {@code start} names the city a part belongs to ("the port district of Beirut"). */
    private static boolean partOf(Sentence s, int start) {
        return start >= 2 && s.lower(start - 1).equals("of") && CITY_PARTS.contains(s.token(start - 2));
    }

    /** Parts of a city: "a Beirut suburb", "the Kyiv outskirts", "a Damascus district". */
    private static final WordSet CITY_PARTS = WordSet.of("suburb", "suburbs", "outskirts", "district", "districts",
            "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods");
    /** The provenance entry of troops named by the state they are in, not by their own ("soldiers in Niger"). */
    public static final String PLACED_TROOPS = "placed:troops in a state";
    /** Armed men named by no struggle and placed only by where they are ("gunmen in Sudan"): no doers of an act (R2). */
    public static final String PLACED_ARMED_MEN = "placed:armed men in a state";
    /** Armed men named by role who, placed in a state, are that state's: "soldiers in Niger", "the army in Sudan". */
    private static final WordSet TROOPS = WordSet.of("soldiers", "troops", "army", "military", "armed forces",
            "government forces", "government troops", "mutinous soldiers", "mutinous troops", "mutineers");
    /** Soldiers who rule where they are, wherever it is named: "the junta in Niamey", "military rulers in Mali". */
    private static final WordSet RULERS = WordSet.of("junta", "juntas", "military junta", "military juntas",
            "military rulers", "military government", "military regime", "military authorities", "coup leaders");
    /** Soldiers who rule where they are, named in the plural ("juntas", "military rulers"). */
    static boolean rulers(String text) {
        return RULERS.contains(text) && text.endsWith("s");
    }

    /** The people of a place are its own: "protesters in Dhaka", "police in Vladivostok", "a court in Tehran". */
    private static final Set<String> LOCAL_SECTORS = Set.of("CVL", "OPP", "COP", "JUD", "LEG", "EDU", "LAB", "AGR", "REB",
            "UAF");

    /** Words that are neither nouns nor their modifiers: function words, auxiliaries, common past tenses. */
    private static final WordSet NOT_NOUNS = WordSet.of("and", "or", "but", "nor", "of", "to", "in", "on", "at", "for",
            "with", "by", "from", "into", "over", "after", "before", "during", "against", "that", "which", "who", "as",
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may",
            "might", "must", "should", "shall", "did", "does", "do", "also", "then", "still", "already", "now", "later",
            "not", "never", "said", "told", "met", "held", "made", "took", "sent", "hit", "shot", "struck", "fought",
            "won", "led", "began", "gave", "came", "went", "became", "left", "kept", "brought", "put", "set", "cut",
            "sought", "spoke", "broke", "drew", "threw", "flew", "stood", "paid", "sold", "built", "lost", "ran",
            "wrote", "chose", "seized", "says", "say", "the", "a", "an", "its", "their", "his", "her");

    /** A force role word ("military", "army") right before a noun of what a state does with it (FORCE_ACTIVITIES). */
    private static boolean forceAdjective(Sentence s, Match role) {
        return role.isAgentOrTitle() && role.end() < s.size() && FORCE_ACTIVITIES.contains(s.token(role.end()))
                && "MIL".equals(role.first(ActorKind.AGENT, ActorKind.TITLE).code());
    }

    /**
     * A role word right before a lower-case noun is its modifier ("the official result", "the military
     * demarcation line", "the government building"), not an actor: the next word is no verb, preposition,
     * conjunction or adverb, and has no verb ending.
     */
    private static boolean modifiesNoun(Sentence s, int next) {
        if (next >= s.size() || !s.token(next).isWord()) {
            return false;
        }
        String w = s.token(next).text();
        return w.length() > 2 && Character.isLowerCase(w.charAt(0)) && !NOT_NOUNS.contains(w)
                && !w.endsWith("ed") && !w.endsWith("s") && !w.endsWith("ly") && !w.endsWith("ing");
    }

    private static final WordSet CROWDS = WordSet.of("thousands", "hundreds", "dozens", "millions", "scores");

    /**
     * "thousands of Lebanese", "hundreds of Sudanese": a demonym alone after a crowd's count is its people, though
     * it has no plural ending ("-ese" demonyms are the same word as their adjective). Only before a verb-like word:
     * "dozens of Iranian cities", "dozens of Chinese, Russian and Guatemalan officials" count things of the state.
     */
    private static boolean crowdOf(Sentence s, int start) {
        if (start < 2 || !s.lower(start - 1).equals("of") || !CROWDS.contains(s.token(start - 2)) || start + 1 >= s.size()) {
            return false;
        }
        String next = s.token(start + 1).text();
        return next.length() > 2 && Character.isLowerCase(next.charAt(0)) && !next.endsWith("s");
    }

    /** "Georgians", "Israelis", "Americans": a capitalised demonym used as a plural noun. */
    private static boolean pluralDemonym(String word) {
        return word.length() > 4 && Character.isUpperCase(word.charAt(0)) && word.endsWith("s") && !word.endsWith("ss")
                && !word.endsWith("ese");
    }

    /**
     * "Ukrainian Infrastructure Minister", "Russia's Emergencies Ministry": up to four capitalised words the dictionary
     * does not know before a bare minister, secretary or ministry name a department of the state's government, as the
     * listed ones do ("Energy Minister").
     */
    private static boolean departmentGap(Sentence s, Match holder, int from, Match x) {
        if (holder == null || holder.first(ActorKind.COUNTRY) == null && holder.first(ActorKind.ADJECTIVE) == null
                && holder.first(ActorKind.METONYM) == null) {
            return false;
        }
        int first = from < s.size() && s.lower(from).equals("'s") ? from + 1 : from;
        int gap = x.start() - first;
        if (gap < 1 || gap > 4 || x.end() != x.start() + 1 || !DEPARTMENT_HEADS.contains(s.token(x.start()).text())) {
            return false;
        }
        for (int i = first; i < x.start(); i++) {
            // "Health and Human Services Secretary": "and" joins two of the department's words
            boolean joint = s.lower(i).equals("and") && i > first && i + 1 < x.start();
            if (!joint && (!s.token(i).isWord() || !s.token(i).isCapitalized() || NOT_NOUNS.contains(s.lower(i)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Japan Warns Minister Of China", "Russia Says Foreign Minister Will Visit": a Title Case headline's verb in the third
     * person ("Warns", "Says") is no department word, so the state before it is its subject, not the minister's holder.
     */
    private boolean headlineVerbIn(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = s.lower(i);
            if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && verbForm.test(w)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DEPARTMENT_HEADS = Set.of("Minister", "Ministry", "Secretary");

    /**
     * "Lithuania's deputy transport minister", "Deputy Agriculture Minister": up to three words the dictionary does not
     * know between "deputy" and a minister or secretary name the department, so the deputy is the government's, not a
     * legislator ("Ukrainian deputies" alone).
     */
    private static boolean deputyDepartmentGap(Sentence s, List<Match> roles, int from, Match x) {
        if (roles.size() != 1 || !deputyWord(s, roles.get(0)) || x.end() != x.start() + 1
                || !DEPUTY_HEADS.contains(s.token(x.start()))) {
            return false;
        }
        int gap = x.start() - from;
        if (gap < 1 || gap > 3) {
            return false;
        }
        for (int i = from; i < x.start(); i++) {
            if (!s.token(i).isWord() || NOT_NOUNS.contains(s.lower(i))) {
                return false;
            }
        }
        return true;
    }

    private static final WordSet DEPUTY_HEADS = WordSet.of("minister", "secretary");

    private static boolean deputyWord(Sentence s, Match role) {
        return role.end() == role.start() + 1 && DEPUTIES.contains(s.token(role.start()));
    }

    /**
     * One or two lower-case modifiers or model names between a demonym and its role word: "US reconnaissance
     * aircraft", "Turkish F-16 jets".
     */
    private static boolean modifierGap(Sentence s, int from, int to) {
        if (to - from < 1 || to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String w = s.token(i).text();
            if (!modelName(w) && (!s.token(i).isWord() || !Character.isLowerCase(w.charAt(0)) || w.endsWith("ed")
                    || NOT_NOUNS.contains(w))) {
                return false;
            }
        }
        return true;
    }

    /** A weapon's designation: letters and digits joined ("F-16", "Su-24", "MQ-9"). */
    private static boolean modelName(String w) {
        int dash = w.indexOf('-');
        return dash > 0 && dash < w.length() - 1 && Character.isLetter(w.charAt(0)) && Character.isDigit(w.charAt(dash + 1));
    }

    /** "former president", "ex-minister": an office word that says its holder has left it. */
    private static boolean formerOffice(Match r) {
        ActorForm f = r.first(ActorKind.AGENT, ActorKind.TITLE);
        String first = f == null ? "" : f.tokens().get(0).toLowerCase(Locale.ROOT);
        return first.equals("former") || first.startsWith("ex-");
    }

    /** Singular office words name one person: "president", "minister", "spokesman". */
    private boolean singularOfficial(Match r) {
        ActorForm f = r.first(ActorKind.TITLE, ActorKind.AGENT);
        if (f == null) {
            return false;
        }
        String last = f.tokens().get(f.tokens().size() - 1).toLowerCase(Locale.ROOT);
        // "president", "agent" are people; "government", "parliament", "department" are bodies
        return f.kind() == ActorKind.TITLE || last.endsWith("ent") && !last.endsWith("ment") || last.endsWith("er") || last.endsWith("or")
                || last.endsWith("man") || last.endsWith("woman") || last.endsWith("person") || last.equals("premier")
                || last.equals("chancellor") || last.equals("king") || last.equals("queen") || last.equals("emir");
    }

    /** Country + sector ("RUS" + "MIL"); NGO codes put the country after; IGOs and institutions keep their code. */
    private static String holderCode(ActorForm holder, String sector) {
        String code = holder.code();
        if (holder.kind() == ActorKind.INSTITUTION || holder.kind() == ActorKind.ORGANIZATION
                || holder.kind() == ActorKind.ORGANIZATION_ROLE || !Coreference.isCountryCode(code)) {
            return code;
        }
        String country = code.substring(0, 3);
        if ("NGO".equals(sector)) {
            return "NGO" + country;
        }
        return country + sector;
    }
}
