package org.touchstone.coder.statement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.VerbMatch;
import org.touchstone.core.Audience;

/**
 * Who speaks: the subject of a reporting verb or speech act, an inverted or trailing speaker, the
 * body a state speaks through, and the actors coordinated with a speaker.
 */
final class Speakers {
    private Speakers() {
    }

    /** Sectors of people who speak for no state or organization. */
    private static final Set<String> UNAFFILIATED = Set.of("CVL", "AGR", "LAB", "REF", "EDU");

    static boolean unaffiliated(String speaker) {
        return speaker.length() >= 6 && Coreference.isCountryCode(speaker)
                && UNAFFILIATED.contains(speaker.substring(3, 6));
    }

    /**
     * "Both sides said they had agreed to ...", "the two leaders described the talks as constructive":
     * each of the pair says it, about the other when the words name no third party ("the two sides
     * said the United States must ..." is about the United States only); said together, not to one another.
     */
    static void pairSpeaks(Sentence s, Map<String, StatementDraft> bySpeaker, List<String> pair, StatementDraft d) {
        Audience joint = d.audience() == Audience.TARGET ? Audience.UNKNOWN : d.audience();
        // R12: opposing, rejecting, condemning or demanding together is aimed at a third party ("the two countries
        // rejected interference in internal affairs"), alluded when the words name none; only "each other" turns it
        // on the pair itself ("the two sides accused each other of ...")
        boolean atOthers = !d.code().startsWith("0") && !eachOther(s, d.fromToken());
        for (String member : pair) {
            if (!member.equals(d.speaker()) && bySpeaker.containsKey(member)) {
                continue;
            }
            List<String> theirs = new ArrayList<>();
            for (String t : d.targets()) {
                if (!pair.contains(t) && !SpokenAbout.ownSide(member, List.of(t)) && !SpokenAbout.aboutCountryOf(pair, t)) {
                    theirs.add(t);
                }
            }
            boolean relations = theirs.isEmpty() && !atOthers;
            for (String t : pair) {
                // words that name no third party are about the pair's relations: each speaks of the others (all of
                // them: "the three countries said they would cooperate" is each about the other two)
                if (relations && !t.equals(member) && !SpokenAbout.ownSide(member, List.of(t))) {
                    theirs.add(t);
                }
            }
            List<String> eventTargets = !d.evaluation() || theirs.isEmpty() ? d.eventTargets()
                    : relations ? List.copyOf(theirs) : List.of(theirs.get(0));
            if (atOthers) {
                eventTargets = eventTargets.stream().filter(t -> !pair.contains(t)).toList();
            }
            StatementDraft said = d.withSpeaker(member, joint).withTargets(List.copyOf(theirs)).withEvaluation(d.evaluation(), eventTargets);
            bySpeaker.put(member, atOthers && theirs.isEmpty() ? said.withNamed(false) : said);
        }
    }

    /**
     * Whether the subject of the speech act at token {@code verb}, whose speaker is {@code inner}, stands in the words
     * {@code outer} reported ([from, to)) and is a pair or a list
     * the state of {@code outer} belongs to: "Xi said the two countries oppose hegemonism", "Putin said Russia and North
     * Korea condemned attempts to isolate them" (R3: the outer speaker tells the joint stance; the partner does not speak).
     */
    static boolean jointWith(Sentence s, List<ActorMention> mentions, String inner, String outer, int[] words, int verb) {
        ActorMention subject = null;
        ActorMention speaker = null;
        for (ActorMention m : mentions) {
            if (m.end() <= verb && m.codes().contains(inner)) {
                subject = m;
            }
            if (m.end() <= words[0] && m.codes().contains(outer)) {
                speaker = m;
            }
        }
        ActorMention first = subject;
        for (int j = subject == null ? -1 : mentions.indexOf(subject) - 1; j >= 0 && joinedBefore(s, mentions.get(j), first); j--) {
            first = mentions.get(j); // "China and Russia opposed": the group opens at China
        }
        int before = first == null ? -1 : Words.beforeArticle(s, first.start());
        // (the subject opens the words, or their "that"-clause: not "..., while the two sides expressed concern")
        boolean opens = before < words[0] || before >= 0 && s.lower(before).equals("that");
        if (subject == null || subject.start() < words[0] || verb >= words[1] || !opens
                || speaker != null && joinedWith(s, mentions, speaker, words[0]).contains(inner)) {
            return false; // "Merkel and Sarkozy told a news conference that they were of one mind": both speak
        }
        List<String> together = joinedWith(s, mentions, subject, verb);
        return together.size() >= 2 && together.stream().anyMatch(c -> !c.equals(inner) && SpokenAbout.sameCountry(c, outer));
    }

    /**
     * The codes of a mention and of the actors joined to it by "and" or commas before token {@code limit}; a list needs
     * its "and" ("Britain, France and Germany"), so a trailing attribution after a comma joins nothing.
     */
    static List<String> joinedWith(Sentence s, List<ActorMention> mentions, ActorMention subject, int limit) {
        List<String> together = new ArrayList<>(subject.codes());
        if (subject.kind() == ActorMention.Kind.PAIR) {
            return together;
        }
        int i = mentions.indexOf(subject);
        ActorMention first = subject;
        for (int j = i - 1; j >= 0 && joinedBefore(s, mentions.get(j), first); j--) {
            together.addAll(mentions.get(j).codes());
            first = mentions.get(j);
        }
        ActorMention last = subject;
        for (int j = i + 1; j < mentions.size() && mentions.get(j).end() <= limit && joinedBefore(s, last, mentions.get(j)); j++) {
            together.addAll(mentions.get(j).codes());
            last = mentions.get(j);
        }
        for (int t = first.end(); t < last.start(); t++) {
            if (s.lower(t).equals("and")) {
                return together;
            }
        }
        return new ArrayList<>(subject.codes());
    }

    /**
     * The actors coordinated with a speaker's mention ("was denounced by France and Germany", "Wang Yi said China and
     * Russia opposed ..."): they speak together and are not spoken about by one another, unless the words say "each
     * other". Empty when none is.
     */
    static Set<String> coAgents(Sentence s, List<ActorMention> mentions, String speaker, int verb) {
        Set<String> out = new LinkedHashSet<>();
        if (eachOther(s, verb)) {
            return out;
        }
        for (ActorMention m : mentions) {
            if (m.codes().stream().anyMatch(c -> SpokenAbout.sameCountry(c, speaker)) && m.kind() != ActorMention.Kind.PAIR) {
                List<String> together = joinedWith(s, mentions, m, s.size());
                if (together.size() > m.codes().size() && opensClause(s, mentions, m)) {
                    together.stream().filter(c -> !SpokenAbout.sameCountry(c, speaker)).forEach(out::add);
                }
            }
        }
        return out;
    }

    private static final WordSet CLAUSE_OPENERS = WordSet.of(",", "that", "by", "said", "says", "say", "added", "stated", "insisted");

    /**
     * Whether the group a mention is coordinated in opens a clause, as its subject or a passive's by-agent ("Wang Yi
     * said China and Russia opposed", "condemned by France and Germany"), not a verb's object ("attacked Ukraine and Moldova").
     */
    private static boolean opensClause(Sentence s, List<ActorMention> mentions, ActorMention m) {
        ActorMention first = m;
        for (int j = mentions.indexOf(m) - 1; j >= 0 && joinedBefore(s, mentions.get(j), first); j--) {
            first = mentions.get(j);
        }
        int k = Words.beforeArticle(s, first.start());
        return k < 0 || CLAUSE_OPENERS.contains(s.token(k));
    }

    /** Whether only "and" or commas stand between two mentions. */
    private static boolean joinedBefore(Sentence s, ActorMention first, ActorMention second) {
        if (first.end() >= second.start() || !first.isResolved() || first.locative() || first.possessive()) {
            return false;
        }
        for (int t = first.end(); t < second.start(); t++) {
            if (!s.lower(t).equals(",") && !s.lower(t).equals("and") && !s.lower(t).equals("the")) {
                return false;
            }
        }
        return true;
    }

    /** Whether "each other" or "one another" stands in the words from token {@code from}. */
    static boolean eachOther(Sentence s, int from) {
        for (int i = Math.max(0, from); i + 1 < s.size(); i++) {
            if (Words.reciprocalAt(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** Where the nearest mention of a speaker before its verb starts, or the verb when none is. */
    static int speakerStart(List<ActorMention> mentions, String speaker, int verb) {
        int at = verb;
        for (ActorMention m : mentions) {
            if (m.end() <= verb && m.codes().contains(speaker)) {
                at = m.start();
            }
        }
        return at;
    }

    /**
     * Where the speaker's subject begins: at the first of the actors coordinated with it ("France and Germany
     * criticized the decision": France), so that a co-speaker is never taken for the one spoken about.
     */
    static int subjectStart(Sentence s, List<ActorMention> mentions, int speakerAt) {
        for (ActorMention m : mentions) {
            if (m.start() == speakerAt) {
                List<ActorMention> joined = conjuncts(s, mentions, m);
                return joined.isEmpty() ? speakerAt : joined.get(joined.size() - 1).start();
            }
        }
        return speakerAt;
    }

    /** Units of an organization that speak for it ("Islamic State's Afghan affiliate"). */
    private static final WordSet AFFILIATES = WordSet.of("affiliate", "affiliates", "branch", "wing", "arm", "franchise",
            "offshoot", "chapter", "faction", "cell");

    /**
     * The organization a speaker speaks for when the sentence names it first: an official's organization
     * before the role and the name ("African Union mediator Olusegun Obasanjo", whom the dictionaries know
     * as a Nigerian), and the owner of a regional branch ("Islamic State's Afghan affiliate"); else the speaker.
     */
    static ActorMention affiliation(Sentence s, List<ActorMention> mentions, ActorMention speaker) {
        for (ActorMention m : mentions) {
            if (m.end() > speaker.start() || !m.isResolved() || m.locative()) {
                continue;
            }
            boolean organization = m.code().startsWith("IGO") || m.code().startsWith("NGO");
            int gap = speaker.start() - m.end();
            boolean role = organization && !m.possessive() && speaker.kind() == ActorMention.Kind.PERSON && gap >= 1 && gap <= 3
                    && lowerCaseRun(s, m.end(), speaker.start()) && !SpokenAbout.sameCountry(m.code(), speaker.code());
            boolean branch = m.possessive() && m.end() < s.size() && s.lower(m.end()).equals("'s") && m.end() + 1 == speaker.start()
                    && speaker.end() < s.size() && AFFILIATES.contains(s.token(speaker.end())) && !m.code().equals(speaker.code());
            if (role || branch) {
                return m;
            }
        }
        return speaker;
    }

    private static boolean lowerCaseRun(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            String t = s.token(i).text();
            if (t.isEmpty() || !t.chars().allMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return true;
    }

    /** The nearest actor named before a position that is not the speaker's side, or none. */
    static List<String> actorBefore(List<ActorMention> mentions, String speaker, int before) {
        List<String> out = List.of();
        for (ActorMention m : mentions) {
            if (m.end() <= before && m.isResolved() && !m.locative() && !SpokenAbout.ownSide(speaker, m.codes())) {
                out = m.codes();
            }
        }
        return out;
    }

    /**
     * The actors coordinated before a speaker that open the clause with it ("Britain, France, Germany
     * and the United States said"): the last joined by "and", the list at the start of the sentence
     * or of a clause, so that "... with Chinese officials, the State Department said" is one speaker.
     */
    static List<ActorMention> conjuncts(Sentence s, List<ActorMention> mentions, ActorMention speaker) {
        List<ActorMention> out = new ArrayList<>();
        ActorMention next = speaker;
        for (int i = mentions.indexOf(speaker) - 1; i >= 0; i--) {
            ActorMention m = mentions.get(i);
            boolean joined = m.end() < next.start() && m.isResolved() && !m.locative() && !m.possessive();
            boolean and = false;
            for (int t = m.end(); t < next.start() && joined; t++) {
                String w = s.lower(t);
                // "France and its European allies said": the owner and its allies named by region (S7-10)
                joined = w.equals(",") || w.equals("and") || (w.equals("the") || OWNERS.contains(s.token(t))
                        && Words.ALLY_NOUNS.contains(s.token(next.end() - 1))) && t == next.start() - 1;
                and |= w.equals("and");
            }
            if (!joined || out.isEmpty() && !and) {
                break;
            }
            out.add(m);
            next = m;
        }
        if (out.isEmpty()) {
            return out;
        }
        int first = next.start() > 0 && s.lower(next.start() - 1).equals("the") ? next.start() - 1 : next.start();
        boolean authors = first >= 2 && s.lower(first - 1).equals("by") && REPORTS.contains(s.token(first - 2));
        // (or closing it after a comma: "..., Stoltenberg and Medvedev told a joint news conference")
        boolean trailing = first > 0 && s.lower(first - 1).equals(",") && speaker.end() < s.size()
                && TRAILING_SAYING.contains(s.token(speaker.end()));
        // (or naming the authors of a work before it: "a joint UN and OPCW inquiry concluded")
        boolean workOf = speaker.end() < s.size() && REPORTS.contains(s.token(speaker.end())) && first > 0
                && (s.lower(first - 1).equals("joint") || Words.ARTICLES.contains(s.token(first - 1)));
        // (or after a day phrase that opens the sentence without its comma: "On Thursday Russia and Belarus said")
        return first == 0 || Words.CLAUSE_BOUNDARIES.contains(s.token(first - 1)) || authors || trailing || workOf
                || Words.openingDayBefore(s, first) ? out : List.of();
    }

    /** The owners of the allies after "and" ("France and its European allies"). */
    static final WordSet OWNERS = WordSet.of("its", "their");
    /** Reporting verbs right after a list of speakers that closes the sentence's words. */
    private static final WordSet TRAILING_SAYING = WordSet.of("said", "say", "says", "told", "tell", "tells");

    /** Works whose authors speak through them: "a joint investigation by the United Nations and the OPCW found". */
    private static final WordSet REPORTS = WordSet.of("investigation", "inquiry", "report", "study", "probe", "review",
            "statement", "assessment", "analysis");

    /** "..., said Lavrov", "\"...\" said the ministry": a reporting verb after a comma or a quote, or opening the sentence. */
    static boolean inverted(Sentence s, VerbMatch v) {
        if (v.formText().equals("according to") || v.start() == 0) {
            return true;
        }
        String w = s.lower(v.start() - 1);
        return w.equals(",") || w.equals("\"") || w.equals("'");
    }

    /**
     * State organs a report names without their state ("its interior ministry", "prosecutor", "soldiers"), its
     * opposition, and its unnamed rebels ("a local rebel group said": S30-5, placed where they fight).
     */
    private static final Set<String> ORGANS = Set.of("GOV", "LEG", "JUD", "COP", "MIL", "OPP", "REB");
    /** Organs whose state an attribution after the news leaves to the news, with its media and defence ministry. */
    private static final Set<String> REPORTING_ORGANS = Stream.concat(ORGANS.stream(), Stream.of("MED", "GOVMIL"))
            .collect(Collectors.toUnmodifiableSet());

    /**
     * The mentions with an organ that names no state given its state when the sentence does: the
     * possessor before it ("Istanbul's chief prosecutor"), the place after it ("soldiers in Niger"),
     * or the one country the sentence names ("Turnout in Iran's run-off rose ..., the interior ministry said"). An
     * organ in an attribution after the news is the state's the news opens with, even when the organ was taken for
     * the last state named ("Algeria will close its airspace to Moroccan aircraft, the presidency said").
     */
    static List<ActorMention> withOrgansPlaced(Sentence s, List<ActorMention> mentions) {
        Set<String> countries = new LinkedHashSet<>();
        for (ActorMention m : mentions) {
            if (countryOf(m) != null) {
                countries.add(countryOf(m));
            }
        }
        List<ActorMention> out = new ArrayList<>(mentions);
        ActorMention openingActor = openingActor(s, mentions);
        String opening = openingActor == null ? null : countryOf(openingActor);
        for (int i = 0; i < out.size(); i++) {
            ActorMention m = out.get(i);
            String sector = m.kind() == ActorMention.Kind.AGENT_ONLY && !m.isResolved() ? m.sector() : resolvedOrgan(m);
            // "Russian agents poisoned a defector in Salisbury, investigators said": whose probe it is the news does not
            // say, and the doers' state is the least likely (S30-1 (c) in spirit): only an owner or a place seats them
            boolean investigators = unnamedInvestigators(s, m);
            String ruled = localRuler(s, m) && sector != null && trailing(s, m) ? placeState(mentions) : null;
            if (ruled != null) {
                // "Russian artillery shelled Kherson, killing ..., the regional governor said": a governor or mayor
                // governs the place the news happened in, not the state that opens it (often the attacker)
                out.set(i, m.withCodes(List.of(ruled + "GOV"), ActorMention.Kind.COMPOSED, List.of("ruler of:" + ruled)));
                continue;
            }
            if (!investigators && opening != null && sector != null && REPORTING_ORGANS.contains(sector) && trailing(s, m)) {
                // "China's defence ministry warned ..., a spokesman told": the government body the news opens with speaks
                String code = sector.equals("GOV") && openingActor.code().startsWith(opening + "GOV") ? openingActor.code() : opening + sector;
                out.set(i, m.withCodes(List.of(code), ActorMention.Kind.COMPOSED, List.of("organ of:" + opening)));
                continue;
            }
            if (m.kind() != ActorMention.Kind.AGENT_ONLY || m.isResolved() || !ORGANS.contains(String.valueOf(m.sector()))) {
                continue;
            }
            String country = null;
            for (ActorMention o : mentions) {
                boolean owner = o.possessive() && o.end() < m.start() && m.start() - o.end() <= 3;
                boolean place = o.locative() && o.start() == m.end() + 1 && s.lower(m.end()).equals("in");
                if (countryOf(o) != null && (owner || place)) {
                    country = countryOf(o);
                }
            }
            if (country == null && countries.size() == 1 && !investigators) {
                country = countries.iterator().next();
            }
            if (country != null) {
                out.set(i, m.withCodes(List.of(country + m.sector()), ActorMention.Kind.COMPOSED, List.of("organ of:" + country)));
            }
        }
        return out;
    }

    private static final WordSet LOCAL_RULERS = WordSet.of("governor", "governors", "mayor", "mayors");

    /**
     * A governor or mayor named by the role alone, with no state of its own ("the regional governor"), or taken for
     * the last government actor named ("Ukrainian drones hit Belgorod, the governor said": not Ukraine's).
     */
    private static boolean localRuler(Sentence s, ActorMention m) {
        boolean bare = m.kind() == ActorMention.Kind.AGENT_ONLY && !m.isResolved()
                || m.kind() == ActorMention.Kind.COREFERENCE && m.end() - m.start() == 1;
        return bare && LOCAL_RULERS.contains(s.token(m.end() - 1));
    }

    /** The state of the one place the sentence names (a city or region it happens in), or null for none or several. */
    private static String placeState(List<ActorMention> mentions) {
        Set<String> states = new LinkedHashSet<>();
        for (ActorMention o : mentions) {
            if (o.locative() && countryOf(o) != null) {
                states.add(countryOf(o));
            }
        }
        return states.size() == 1 ? states.iterator().next() : null;
    }

    private static final WordSet INVESTIGATORS = WordSet.of("investigators", "investigator");

    /** A bare "investigators" reporting the news, with no state or body of its own. */
    private static boolean unnamedInvestigators(Sentence s, ActorMention m) {
        return m.kind() == ActorMention.Kind.AGENT_ONLY && !m.isResolved() && m.end() - m.start() == 1
                && INVESTIGATORS.contains(s.token(m.start()));
    }

    /** The state's actor a sentence opens with ("Algeria will close ...", "Iran's Revolutionary Guards seized ..."), or null. */
    private static ActorMention openingActor(Sentence s, List<ActorMention> mentions) {
        int clause = mainClause(s);
        for (ActorMention m : mentions) {
            if (m.start() < clause) {
                continue; // "Citing Japanese spying, Moscow expelled two diplomats": the fronted phrase's actor does not act
            }
            if (m.start() > clause + 2) {
                return null;
            }
            if (m.isResolved() && !m.locative() && countryOf(m) != null) {
                ActorMention doer = passiveDoer(s, mentions, m);
                return doer != null ? doer : m;
            }
        }
        return null;
    }

    /** Words that open a phrase fronted before a sentence's subject ("After Japanese protests, ...", "Citing ..., "). */
    private static final WordSet FRONTED = WordSet.of("after", "following", "amid", "despite", "in", "on", "at", "during",
            "before", "over", "with", "without", "as", "for", "citing", "responding", "reacting", "accusing");

    /**
     * Where a sentence's main clause begins: after a phrase fronted before its subject up to the comma ("Citing Japanese
     * spying, Moscow expelled ...": "Moscow"), else at the first word.
     */
    private static int mainClause(Sentence s) {
        if (s.size() == 0 || !FRONTED.contains(s.token(0))) {
            return 0;
        }
        for (int i = 1; i < Math.min(s.size(), 14); i++) {
            if (s.lower(i).equals(",")) {
                return i + 1;
            }
            if (CLAUSE_ENDS.contains(s.token(i))) {
                return 0;
            }
        }
        return 0;
    }

    /** Words between a passive's subject and its form of "be": "have been", "will be", "are to be", "will soon be". */
    private static final WordSet PASSIVE_AUXILIARIES = WordSet.of("has", "have", "had", "will", "would", "shall", "should",
            "could", "can", "may", "might", "must", "to", "soon", "also", "now");
    private static final WordSet CLAUSE_ENDS = Words.CLAUSE_BOUNDARIES.with(",", "who");

    /**
     * The doer of a passive news the sentence opens with, its by-agent: "Estonia's prime minister was placed on a wanted
     * list by Russia's interior ministry, state media reported" (Russia's media), "Two Japanese diplomats have been
     * expelled by Moscow, the foreign ministry said"; null when the opening actor is no passive subject.
     */
    private static ActorMention passiveDoer(Sentence s, List<ActorMention> mentions, ActorMention patient) {
        int b = -1; // the last form of "be" before the participle: "have been expelled", "will be expelled", "are to be"
        for (int i = patient.end(); i < Math.min(s.size(), patient.end() + 5); i++) {
            if (Words.BE_FORMS.contains(s.token(i))) {
                b = i;
            } else if (!PASSIVE_AUXILIARIES.contains(s.token(i))) {
                break;
            }
        }
        if (b < 0 || b + 1 >= s.size() || !s.token(b + 1).isWord() || s.token(b + 1).isCapitalized() || s.lower(b + 1).equals("to")) {
            return null;
        }
        for (int i = b + 2; i < Math.min(s.size(), b + 10); i++) {
            if (CLAUSE_ENDS.contains(s.token(i)) || Words.BE_FORMS.contains(s.token(i))) {
                return null;
            }
            if (s.lower(i).equals("by")) {
                for (ActorMention m : mentions) {
                    if (m.start() > i && m.start() <= i + 3 && m.isResolved() && !m.locative() && countryOf(m) != null) {
                        return m;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The country of a mention, or of the place it names; null for organizations and unresolved mentions. */
    private static String countryOf(ActorMention m) {
        String c = m.placeOrCode();
        return c != null && Coreference.isCountryCode(c) ? c.substring(0, 3) : null;
    }

    /** The organ of a role word resolved to the last state named ("the ministry" -> its GOV), or null. */
    private static String resolvedOrgan(ActorMention m) {
        boolean roleWord = m.kind() == ActorMention.Kind.COREFERENCE && m.isResolved()
                && m.entries().stream().anyMatch(e -> e.startsWith("coreference:") && !e.startsWith("coreference:its")
                && !e.startsWith("coreference:pronoun"));
        String c = m.code();
        return roleWord && Coreference.isCountryCode(c) && c.length() > 3 && REPORTING_ORGANS.contains(c.substring(3)) ? c.substring(3) : null;
    }

    /**
     * Whether a mention opens an attribution after a comma: "..., the army said", "..., a defence ministry spokesman
     * said", "..., state television reported", "..., Foreign Minister Alfred Mutua said"; not unaffiliated people ("..., officials said", "..., newspapers reported").
     */
    private static boolean trailing(Sentence s, ActorMention m) {
        boolean article = m.start() > 0 && Words.ARTICLES.contains(s.token(m.start() - 1));
        // "..., Foreign Minister Alfred Mutua said": a title of no state with a name the dictionaries do not know
        boolean titled = m.kind() == ActorMention.Kind.AGENT_ONLY && m.individual() && s.token(m.start()).isCapitalized()
                && m.end() - m.start() >= 2;
        int comma = article ? m.start() - 2 : m.start() - 1;
        if (!article && (titled || !s.token(m.start()).isCapitalized())) {
            comma = beforeModifiers(s, m, comma);
        }
        return (article || titled || comma < m.start() - 1 || s.lower(m.start()).equals("state")) && comma > 0
                && s.lower(comma).equals(",");
    }

    /**
     * The token before an attribution's modifiers, when {@code lead}, the token before {@code m}, is one of them: an
     * article and one or two lower-case modifiers ("..., the interim government's foreign affairs adviser said", "..., a
     * senior presidential official told"; not a name after a common noun, "..., a move New Delhi called ..."), or a
     * department's name before a title of no state ("..., Unification Minister Hyun In-taek said"); else {@code lead}.
     */
    static int beforeModifiers(Sentence s, ActorMention m, int lead) {
        if (lead < 1 || !s.token(lead).isWord()) {
            return lead;
        }
        boolean titled = s.token(m.start()).isCapitalized() && m.kind() != ActorMention.Kind.PERSON && m.individual()
                && m.end() - m.start() >= 2;
        if (titled && s.token(lead).isCapitalized() && s.lower(lead - 1).equals(",")) {
            return lead - 1;
        }
        for (int k = lead; k >= 1 && lead - k < 2 && s.token(k).isWord() && !s.token(k).isCapitalized(); k--) {
            if (Words.ARTICLES.contains(s.token(k - 1))) {
                return k - 2;
            }
        }
        return lead;
    }

    static boolean startsMention(List<ActorMention> mentions, int at) {
        for (ActorMention m : mentions) {
            if (m.start() <= at && at < m.end() && m.isResolved()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where reported words end when a contrasting clause with another reporting verb follows: "Russia began
     * strikes, saying it was targeting Islamic State, but U.S. officials said ..." -- the officials' words
     * are not Russia's.
     */
    static int beforeOtherSpeaker(Sentence s, List<VerbMatch> verbs, VerbMatch v, int from, int to) {
        for (int i = from + 1; i + 1 < to; i++) {
            if (!Words.CONTRASTS.contains(s.token(i)) || !(s.lower(i - 1).equals(",") || s.lower(i - 1).equals(";"))) {
                continue;
            }
            for (VerbMatch o : verbs) {
                if (o != v && o.start() > i && o.entry().kind() == VerbEntry.Kind.SAY && o.pattern().code() == null) {
                    return i - 1;
                }
            }
        }
        return to;
    }

    /** Prepositions whose actor is an object of something, not a speaker. */
    static final WordSet OBJECT_PREPOSITIONS = WordSet.of("with", "to", "by", "of", "on", "about", "against", "for");
    /** The same and the place prepositions. */
    static final WordSet OBJECT_OR_PLACE_PREPOSITIONS = WordSet.of("with", "to", "by", "of", "on", "about", "against",
            "for", "in", "at");

    /** The subject of a reporting verb: the nearest actor before it, not across a clause boundary or a quote. */
    static ActorMention before(Sentence s, List<ActorMention> mentions, int verb) {
        ActorMention antecedent = relativeAntecedent(s, mentions, verb);
        if (antecedent != null) {
            return antecedent; // "at the request of Kassym-Jomart Tokayev, who said ...": the relative's antecedent speaks
        }
        ActorMention described = apposed(s, mentions, verb);
        if (described != null) {
            return described; // "Poland, a NATO member, said": Poland speaks, not NATO
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention m = mentions.get(i);
            if (m.end() > verb) {
                continue;
            }
            if (verb - m.end() > 10) {
                return null;
            }
            boolean comma = false;
            for (int t = m.end(); t < verb; t++) {
                if (Words.CLAUSE_BOUNDARIES.contains(s.token(t)) || s.lower(t).equals("\"")) {
                    return null;
                }
                comma |= s.lower(t).equals(",");
            }
            // "... pushing Kyiv toward escalation, Dmitry Peskov told": an actor before a comma
            // belongs to the words, unless it opens the sentence ("Medvedev, deputy chairman ..., warned")
            if (comma && m != firstResolved(mentions) && !s.lower(verb - 1).equals(",") && !namedInApposition(s, m.end(), verb)) {
                return null;
            }
            if (m.end() == verb && unnamedInvestigators(s, m)) {
                return null; // unplaced investigators are the subject: no one earlier speaks for them
            }
            if (m.locative() || m.possessive() && !ownerOfRole(s, m, verb) || !m.isResolved()
                    || s.lower(m.start()).equals("him") || s.lower(m.start()).equals("her")) {
                continue;
            }
            String prep = m.start() > 0 ? s.lower(m.start() - 1) : "";
            boolean absolute = prep.equals("with") && m.end() == verb && m.start() > 1 && s.lower(m.start() - 2).equals(",")
                    && s.lower(verb).endsWith("ing");
            if (!absolute && !leadsFinders(s, m, verb) && (OBJECT_PREPOSITIONS.contains(prep) || gerundObject(s, m))) {
                continue; // (", with Xi telling Biden that ...": the absolute's subject speaks)
            }
            return m;
        }
        return null;
    }


    /** Those who find and conclude for the body that leads them. */
    private static final WordSet FINDERS = WordSet.of("investigators", "inspectors", "experts", "team", "panel", "mission");
    /** Words of a finders' phrase before its head: "a joint team of international investigators". */
    private static final WordSet FINDERS_LEAD = WordSet.of("a", "an", "the", "of", "joint", "international",
            "independent", "investigators", "inspectors", "experts", "team", "panel", "mission");

    /**
     * Whether {@code m} leads the finders whose verb follows it at once, in a phrase closing the sentence after a comma
     * ("..., a team of investigators led by South Korea concluded"): the leader speaks through them, though it stands
     * after "by". Not within a clause ("after the mission led by the UN concluded"), where nothing is reported.
     */
    private static boolean leadsFinders(Sentence s, ActorMention m, int verb) {
        int by = m.start() > 0 && s.lower(m.start() - 1).equals("the") ? m.start() - 2 : m.start() - 1;
        if (m.end() != verb || by < 3 || !s.lower(by).equals("by") || !s.lower(by - 1).equals("led")
                || !FINDERS.contains(s.token(by - 2))) {
            return false;
        }
        int t = by - 3;
        while (t > 0 && by - t <= 8 && FINDERS_LEAD.contains(s.token(t))) {
            t--;
        }
        return s.lower(t).equals(",");
    }

    /**
     * The antecedent of a relative pronoun that is the reporting verb's subject: ", who said", ", which said", ", who
     * also told reporters": the actor right before the comma, whatever governs it ("at the request of Tokayev, who
     * said", "a letter to the UN, which said"); or null.
     */
    static ActorMention relativeAntecedent(Sentence s, List<ActorMention> mentions, int verb) {
        int r = verb - 1;
        if (r >= 0 && !Words.RELATIVES.contains(s.token(r)) && ADVERBS_BEFORE_VERB.contains(s.token(r))) {
            r--; // "who also said", "which later said"
        }
        if (r < 2 || !Words.RELATIVES.contains(s.token(r)) || !s.lower(r - 1).equals(",")) {
            return null;
        }
        for (ActorMention m : mentions) {
            if (m.end() == r - 1 && m.isResolved() && !m.locative()) {
                return m;
            }
        }
        return null;
    }

    /** Adverbs between a relative pronoun and its verb. */
    private static final WordSet ADVERBS_BEFORE_VERB = WordSet.of("also", "later", "earlier", "then", "previously",
            "had", "has", "have", "repeatedly", "publicly", "recently");

    /**
     * ", Oliver Dowden," between an office and its verb: the office holder's name in apposition ("..., the culture
     * secretary, Oliver Dowden, told the House of Commons"), one to four capitalized words between two commas.
     */
    private static boolean namedInApposition(Sentence s, int from, int verb) {
        if (verb - from < 3 || verb - from > 6 || !s.lower(from).equals(",") || !s.lower(verb - 1).equals(",")) {
            return false;
        }
        for (int t = from + 1; t < verb - 1; t++) {
            if (!s.token(t).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    /** Prepositions that take a gerund: "on joining", "of backing", "for arming". */
    private static final WordSet GERUND_PREPOSITIONS = WordSet.of("on", "of", "for", "by", "about", "against", "after",
            "before", "without", "from", "in", "at", "over", "toward", "towards", "to", "into");

    /**
     * An actor that is the object of a gerund after a preposition ("the referendums on joining Russia announced in the
     * Donetsk republic", "his talk of arming Ukraine reported by ..."): the gerund's object, not a speaker.
     */
    private static boolean gerundObject(Sentence s, ActorMention m) {
        int g = m.start() - 1;
        if (g >= 1 && Words.ARTICLES.contains(s.token(g))) {
            g--;
        }
        return g >= 1 && s.lower(g).endsWith("ing") && s.lower(g).length() > 4 && !s.token(g).isCapitalized()
                && GERUND_PREPOSITIONS.contains(s.token(g - 1));
    }


    /**
     * The sentence's first actor when an apposition opened by "a" or "an" stands between it and the verb ("Hungary, an
     * EU member, said"), as EventAssembler finds a verb's subject, or a participle's ("Mueller's report, released on
     * Thursday, found": the report's owner, as without the apposition); or null.
     */
    private static ActorMention apposed(Sentence s, List<ActorMention> mentions, int verb) {
        if (verb < 4 || !s.lower(verb - 1).equals(",")) {
            return null;
        }
        for (int c = verb - 3; c >= Math.max(1, verb - 14); c--) {
            if (s.lower(c).equals(",")) {
                ActorMention head = firstResolved(mentions);
                if (head == null || head.locative()) {
                    return null;
                }
                String opener = s.token(c + 1).text();
                if (opener.endsWith("ed") && opener.chars().allMatch(Character::isLowerCase)) {
                    return head.end() == c && !head.possessive() || head.possessive() && ownerOfRole(s, head, c) ? head : null;
                }
                return Words.INDEFINITE_ARTICLES.contains(s.token(c + 1)) && head.end() == c && !head.possessive() ? head : null;
            }
            if (s.lower(c).equals(";") || s.lower(c).equals(":")) {
                return null;
            }
        }
        return null;
    }

    /**
     * A possessor whose official speaks: "NATO's secretary general said", "Iran's supreme leader
     * told" (a role the dictionaries do not name): up to three lower-case words between "'s" and the verb.
     */
    private static boolean ownerOfRole(Sentence s, ActorMention m, int verb) {
        int from = m.end() < s.size() && s.lower(m.end()).equals("'s") ? m.end() + 1 : m.end();
        if (verb - from < 1 || verb - from > 3) {
            return false;
        }
        for (int i = from; i < verb; i++) {
            String t = s.token(i).text();
            if (!t.chars().allMatch(Character::isLowerCase) || ROLE_STOPS.contains(t)) {
                return false;
            }
        }
        return true;
    }

    /** Nouns of a state body or official that speaks for its government ("Russia's aviation agency"). */
    private static final WordSet STATE_BODIES = WordSet.of("agency", "ministry", "office", "authority", "authorities",
            "regulator", "department", "commission", "committee", "cabinet", "presidency", "government", "embassy",
            "spokesman", "spokeswoman", "spokesperson", "official", "officials", "watchdog");

    /**
     * A country's body named by a role the dictionaries do not know ("Russia's aviation agency confirmed")
     * speaks as its government: the possessor's code with GOV.
     */
    static ActorMention bodyOfState(Sentence s, ActorMention speaker, int verb) {
        String c = speaker.code();
        if (c == null || c.length() != 3 || !speaker.possessive() || !ownerOfRole(s, speaker, verb)) {
            return speaker;
        }
        for (int i = speaker.end(); i < verb; i++) {
            if (STATE_BODIES.contains(s.token(i))) {
                return speaker.withCodes(List.of(c + "GOV"), ActorMention.Kind.COMPOSED, List.of("state body:" + s.lower(i)));
            }
        }
        return speaker;
    }

    /** Words after a possessor that make it the owner of a thing, not of an office ("Russia's war has said"). */
    private static final WordSet ROLE_STOPS = WordSet.of("of", "and", "or", "has", "have", "had", "was", "were", "is",
            "are", "also", "not", "would", "will");

    /** The sentence's subject: the first actor before the first verb, not after a preposition, a place or a possessor. */
    static ActorMention firstSubject(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, int limit) {
        int firstVerb = limit;
        for (VerbMatch v : verbs) {
            if (!v.nominal()) {
                firstVerb = Math.min(firstVerb, v.start());
                break;
            }
        }
        for (ActorMention m : mentions) {
            if (m.start() >= firstVerb) {
                return null;
            }
            String prep = m.start() > 0 ? s.lower(m.start() - 1) : "";
            if (!m.isResolved() || m.locative() || m.possessive()
                    || OBJECT_OR_PLACE_PREPOSITIONS.contains(prep)) {
                continue;
            }
            return m;
        }
        return null;
    }

    private static ActorMention firstResolved(List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            if (m.isResolved() && !m.locative()) {
                return m;
            }
        }
        return null;
    }

    private static final WordSet REFERENCE_CUES = WordSet.of("reference to", "references to", "aimed at", "directed at",
            "swipe at", "dig at", "jab at",
            "alluding to", "an allusion to", "a swipe at", "a dig at");

    /** R14: the actor an allusion is said to mean ("in an apparent reference to Pakistan"), or null. */
    static ActorMention referent(Sentence s, List<ActorMention> mentions) {
        for (int i = 0; i + 2 < s.size(); i++) {
            String two = s.lower(i) + " " + s.lower(i + 1);
            ActorMention m = REFERENCE_CUES.contains(two) ? ActorMention.startingAt(s, mentions, i + 2) : null;
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** Words that make a reference an allusion: "an apparent reference to", "a veiled swipe at". */
    private static final WordSet VEILED = WordSet.of("apparent", "veiled", "implicit", "oblique", "indirect", "thinly-veiled",
            "obvious", "clear");

    /** Participles of "language widely seen as aimed at China": how the words are taken names whom they allude to. */
    private static final WordSet READ_AS = WordSet.of("seen", "read", "viewed", "interpreted", "taken", "perceived",
            "regarded", "understood");

    /** Verbs of "without naming Pakistan, Modi said ...": the actor left unnamed in the words is their referent. */
    private static final WordSet UNNAMING = WordSet.of("naming", "mentioning", "identifying");

    /**
     * R14 without an allusion phrase: "'We will not be intimidated,' she said, in an apparent reference to China";
     * "Without naming Pakistan, Modi said ...", "without directly mentioning the United States"; "..., remarks widely
     * seen as aimed at China".
     */
    static ActorMention veiledReferent(Sentence s, List<ActorMention> mentions) {
        for (int i = 0; i + 2 < s.size(); i++) {
            int at = -1;
            if (i > 0 && VEILED.contains(s.token(i - 1)) && REFERENCE_CUES.contains(s.lower(i) + " " + s.lower(i + 1))) {
                at = i + 2;
            } else if (READ_AS.contains(s.token(i)) && s.lower(i + 1).equals("as") && i + 4 < s.size()) {
                // "remarks widely read as aimed at China", "language seen as a swipe at Beijing"
                int c = Words.INDEFINITE_ARTICLES.contains(s.token(i + 2)) ? i + 3 : i + 2;
                at = c + 2 < s.size() && REFERENCE_CUES.contains(s.lower(c) + " " + s.lower(c + 1)) ? c + 2 : -1;
            } else if (s.lower(i).equals("without")) {
                int v = s.lower(i + 1).endsWith("ly") ? i + 2 : i + 1; // "without directly naming"
                at = v < s.size() && UNNAMING.contains(s.token(v)) ? v + 1 : -1;
            }
            ActorMention m = at >= 0 && at < s.size() ? ActorMention.startingAt(s, mentions, at) : null;
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** An inverted speaker: "..., said Lavrov", "according to the ministry"; not a place ("remarks at the White House"). */
    static ActorMention after(Sentence s, List<ActorMention> mentions, int from) {
        for (ActorMention m : mentions) {
            if (m.start() >= from && m.start() <= from + 2 && m.isResolved() && !m.locative()) {
                return m;
            }
        }
        return null;
    }
}
