package org.touchstone.coder.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.touchstone.coder.text.Sentence;

/**
 * Document-level memory of the actors named so far, for simple coreference: "he", "the
 * president" to the last named individual; "the ministry" to the last named state's government;
 * "both sides" and "the two countries" to the last pair of states. One instance per document,
 * used by one thread.
 */
public final class Coreference {
    private record Seen(String code, boolean individual, boolean metonym, int sentence) {
    }

    private final List<Seen> history = new ArrayList<>();
    /** Every actor mentioned, in order, pronouns resolved to their referent included (for a sentence's subject). */
    private final List<Seen> mentioned = new ArrayList<>();
    /** The author of the act a sentence's words on an act noun were aimed at ("Japan condemned the launches": PRK). */
    private final Map<Integer, String> actReferents = new HashMap<>();

    /** The state of the last place named as one ("in northern Iraq") and its sentence. */
    private Seen lastPlace;
    /** How many actors had been named when {@link #lastPlace} was: whether it came after a state named. */
    private int lastPlaceAt;
    /** The state whose government or state media published the document, or null (see {@link #publishedBy}). */
    private String publisher;

    /**
     * The state whose own organs the document speaks of when it names none: a government's press office or its state
     * media ({@code provider} "gov-press:CHN", "state-media:RUS" with the provider's country). "The Ministry of Foreign
     * Affairs announced ..." in a Chinese government release is China's, not the last state the release names ("...
     * informed the US Embassy. The ministry said ..."). Wire services, newspapers and broadcasters report every state
     * and publish for none.
     */
    public void publishedBy(String provider, String providerCountry) {
        boolean own = provider != null && (provider.startsWith("gov-press:") || provider.startsWith("state-media:"));
        publisher = own && providerCountry != null && providerCountry.length() == 3 ? providerCountry : null;
    }

    /** The publishing state of {@link #publishedBy}, for an organ when no state was named before it; or null. */
    public String publisher() {
        return lastCountry() == null ? publisher : null;
    }

    public void remember(ActorMention m, int sentence) {
        // "in northern Mali", and troops or a post placed there ("an army post in northern Mali"), place the sentence
        if (m.isResolved() && (m.locative() || m.entries().contains(ActorRecognizer.PLACED_TROOPS)) && isCountryCode(m.code())) {
            lastPlace = new Seen(m.code().substring(0, 3), false, false, sentence);
            lastPlaceAt = history.size();
        }
        // a body named after a place's preposition ("paused funding to UNRWA", "troops in the UN mission") is no
        // place: "the agency" or "the alliance" later in the report means it
        boolean body = m.isResolved() && m.locative() && (m.code().startsWith("IGO") || m.code().startsWith("NGO"));
        if (m.isResolved() && m.kind() != ActorMention.Kind.PAIR && (!m.locative() || body)) {
            for (String c : m.codes()) {
                Seen seen = new Seen(c, m.individual(), m.kind() == ActorMention.Kind.METONYM, sentence);
                history.add(seen);
                mentioned.add(seen);
            }
        }
    }

    /**
     * A pronoun resolved to {@code m}'s referent: it can be the subject of its sentence ("He signed a pact with Kim.
     * South Korea condemned the agreement": Putin's), but it names no one new, so the look-ups for "he", "the
     * ministry" and the pairs do not see it.
     */
    public void rememberPronoun(ActorMention m, int sentence) {
        if (m.isResolved() && !m.locative()) {
            mentioned.add(new Seen(m.code(), m.individual(), false, sentence));
        }
    }

    private final Map<Integer, Sentence> sentences = new HashMap<>();

    /** The sentence coded, for what a later one asks of its words (which acts it named). */
    public void rememberSentence(Sentence s) {
        sentences.put(s.index(), s);
    }

    /** Sentence {@code index} of the document, if coded; null otherwise. */
    public Sentence sentence(int index) {
        return sentences.get(index);
    }

    private final Map<Integer, List<String>> jointParties = new HashMap<>();

    /**
     * Sentence {@code sentence}'s subject did its act together with others ("China and Russia held joint drills",
     * "The two countries signed a pact"): all of them, its subject first.
     */
    public void rememberJointParties(int sentence, List<String> parties) {
        jointParties.put(sentence, List.copyOf(parties));
    }

    /** The parties of sentence {@code sentence}'s joint act, its subject first; empty when it reported none. */
    public List<String> jointPartiesOf(int sentence) {
        return jointParties.getOrDefault(sentence, List.of());
    }

    private final Map<Integer, List<String>> meetingParties = new HashMap<>();

    /** Sentence {@code sentence} reported a visit and its hosting ("Ruto received Museveni in Nairobi"): guest and host. */
    public void rememberMeetingParties(int sentence, List<String> parties) {
        if (!parties.isEmpty()) {
            meetingParties.put(sentence, List.copyOf(parties));
        }
    }

    /**
     * Whom "the leaders", "the two presidents" of sentence {@code sentence + 1} mean: the parties of its meeting, talks or
     * visit, else those of its joint act when all are governments ("Xi and Putin signed a pact"); empty otherwise (a
     * joint act of states, "the two countries will support each other", names no leaders).
     */
    public List<String> meetingPartiesOf(int sentence) {
        List<String> met = meetingParties.getOrDefault(sentence, List.of());
        if (!met.isEmpty()) {
            return met;
        }
        List<String> joint = jointPartiesOf(sentence);
        return joint.stream().allMatch(c -> c.startsWith("GOV", 3)) ? joint : List.of();
    }

    /**
     * The two parties of the last act of two the document reported before sentence {@code sentence} (a meeting, talks,
     * a visit or a joint act: "Xi held talks with Putin in Moscow. ... Xi said the two countries oppose ..."), of
     * states only when {@code states}, none of them {@code reporter}'s state; empty when no earlier sentence reported one.
     */
    public List<String> lastActPair(int sentence, String reporter, boolean states) {
        for (int i = sentence - 1; i >= 0; i--) {
            List<String> met = meetingParties.getOrDefault(i, List.of());
            List<String> pair = met.size() == 2 ? met : jointPartiesOf(i);
            if (pair.size() < 2) {
                continue;
            }
            if (pair.size() > 2) {
                return List.of(); // "the three leaders met": no pair of two
            }
            boolean fits = !pairKey(pair.get(0)).equals(pairKey(pair.get(1)));
            for (String c : pair) {
                fits &= !(states && !isCountryCode(c)) && !pairKey(c).equals(reporter);
            }
            return fits ? pair : List.of();
        }
        return List.of();
    }

    /** Sentence {@code sentence}'s words on an act noun were aimed at {@code author}, the act's author. */
    public void rememberActReferent(int sentence, String author) {
        actReferents.putIfAbsent(sentence, author);
    }

    /** The author of the act sentence {@code sentence} spoke of by its noun alone, or null. */
    public String actReferentOf(int sentence) {
        return actReferents.get(sentence);
    }

    /** Surnames of people the dictionaries do not know, as a role word introduced them, with that role's code. */
    private final Map<String, String> namedByRole = new HashMap<>();

    /** "Ukrainian activist Oleksandr Petrenko": later, "Petrenko" alone is the same {@code UKROPP}. */
    public void rememberSurname(String lowerSurname, String code) {
        namedByRole.put(lowerSurname, code);
    }

    /** The code of a person a role word introduced by this surname earlier in the document, or null. */
    public String surname(String lower) {
        return namedByRole.get(lower);
    }

    /**
     * The last named individual. When the most recent sentence naming individuals names several
     * states' individuals, the first of them: the subject of that sentence is the most salient
     * referent for "he" and "the president" in the next (centering).
     */
    public String lastIndividual() {
        String found = null;
        int sentence = -1;
        for (int i = history.size() - 1; i >= 0; i--) {
            Seen s = history.get(i);
            if (!s.individual()) {
                continue;
            }
            if (found == null) {
                found = s.code();
                sentence = s.sentence();
            } else if (s.sentence() == sentence) {
                found = s.code(); // earlier in the same sentence: closer to its subject
            } else {
                break;
            }
        }
        return found;
    }

    /**
     * The last named individual who is not {@code subject}: "him" never means its own clause's subject ("Modi spoke
     * with Zelensky. The Ukrainian president thanked him": Modi).
     */
    public String lastIndividualOtherThan(String subject) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Seen s = history.get(i);
            if (s.individual() && !s.code().equals(subject)) {
                return s.code();
            }
        }
        return null;
    }

    /** The first actor named in sentence {@code sentence}, its subject as a rule; null if it named none. */
    public String subjectOf(int sentence) {
        String first = null;
        // from the end: the mentions are in order, so a long report is not read from its start for each sentence
        for (int i = mentioned.size() - 1; i >= 0 && mentioned.get(i).sentence() >= sentence; i--) {
            if (mentioned.get(i).sentence() == sentence) {
                first = mentioned.get(i).code();
            }
        }
        return first;
    }

    /**
     * The country of the last state actor named (for "the ministry", "the government"); a company is no state actor
     * ("Belarus forced a Ryanair plane to land and arrested the dissident journalist": Belarus's).
     */
    public String lastCountry() {
        int i = lastCountryIndex();
        return i < 0 ? null : history.get(i).code().substring(0, 3);
    }

    /**
     * A state's body of this sector named earlier in sentence {@code sentence} ("imposed sanctions on Myanmar military
     * officials, and Biden urged the generals to ...": MMRMIL), the nearer antecedent of a role word than the last state
     * named; null when the sentence named none.
     */
    public String sameSentenceOfSector(String sector, int sentence) {
        for (int i = history.size() - 1; i >= 0 && history.get(i).sentence() == sentence; i--) {
            String c = history.get(i).code();
            if (isCountryCode(c) && !history.get(i).metonym() && c.length() == 3 + sector.length() && c.endsWith(sector)) {
                return c;
            }
        }
        return null;
    }

    /** Where in the history the last state (not a company) was named, or -1. */
    private int lastCountryIndex() {
        for (int i = history.size() - 1; i >= 0; i--) {
            String c = history.get(i).code();
            if (isCountryCode(c) && !c.endsWith("BUS")) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the document has named either Korea as an actor, so that "the North" and "the South" are its halves. */
    public boolean namedKorea() {
        return history.stream().anyMatch(h -> h.code().startsWith("KOR") || h.code().startsWith("PRK"));
    }

    /**
     * The last state named, a place included, that is not {@code own}'s ("Blinken arrived in Kenya. He visited the
     * country": Kenya, though the US is named later); null if none.
     */
    public String lastCountryOtherThan(String own) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Seen seen = history.get(i);
            String c = seen.code();
            if (isCountryCode(c) && !c.endsWith("BUS") && !sameCountry(c, own)) {
                return lastPlace != null && lastPlace.sentence() > seen.sentence() && !sameCountry(lastPlace.code(), own)
                        ? lastPlace.code() : c.substring(0, 3);
            }
        }
        return lastPlace != null && !sameCountry(lastPlace.code(), own) ? lastPlace.code() : null;
    }

    /**
     * The last state named, a place included, as in one sentence ("Blinken arrived in Kenya. The country's president
     * thanked him": Kenya, though the US was the last state named as an actor); null if none.
     */
    public String lastCountryOrPlace() {
        int i = lastCountryIndex();
        return lastPlace != null && lastPlaceAt > i ? lastPlace.code() : lastCountry();
    }

    /** States that are islands or archipelagos, which "the island" may mean. */
    private static final Set<String> ISLAND_STATES = Set.of("TWN", "JPN", "GBR", "IRL", "ISL", "CYP", "MLT", "LKA", "CUB",
            "HTI", "DOM", "JAM", "BHS", "BRB", "TTO", "MDG", "MUS", "SYC", "COM", "CPV", "STP", "MDV", "SGP", "BHR", "IDN",
            "PHL", "PNG", "SLB", "VUT", "FJI", "WSM", "TON", "KIR", "TUV", "NRU", "FSM", "MHL", "PLW", "NZL", "TLS", "HKG",
            "PRI", "GRL");
    /** Monarchies called "the kingdom", emirates and sultanates. */
    private static final Set<String> KINGDOMS = Set.of("SAU", "GBR", "JOR", "MAR", "BHR", "THA", "ESP", "NLD", "BEL",
            "SWE", "NOR", "DNK", "KHM", "BTN", "SWZ", "LSO", "TON");
    private static final Set<String> EMIRATES = Set.of("ARE", "QAT", "KWT");
    private static final Set<String> SULTANATES = Set.of("OMN", "BRN");

    /** The states "the island", "the kingdom", "the emirate" or "the sultanate" may mean; none for another noun. */
    private static Set<String> statesCalled(String noun) {
        return switch (noun) {
            case "island" -> ISLAND_STATES;
            case "kingdom" -> KINGDOMS;
            case "emirate" -> EMIRATES;
            case "sultanate" -> SULTANATES;
            default -> Set.of();
        };
    }

    /** Whether {@code code}'s state is one "the {@code noun}" may mean ("the island": Taiwan, Japan, Cuba ...). */
    public static boolean called(String noun, String code) {
        return code != null && code.length() >= 3 && statesCalled(noun).contains(code.substring(0, 3));
    }

    /**
     * The state "the island", "the kingdom", "the emirate" or "the sultanate" means: the last named state that is one
     * ("Taiwan's defence minister said China was preparing to blockade the island": Taiwan, not China, named last), else
     * the last named state; for any other noun ("the republic") the last named state.
     */
    public String lastCountryCalled(String noun) {
        Set<String> fitting = statesCalled(noun);
        // a place that is one counts ("China fired missiles near Taiwan. The island's defence ministry": Taiwan's)
        boolean placeFits = lastPlace != null && fitting.contains(lastPlace.code());
        for (int i = history.size() - 1; i >= 0 && !fitting.isEmpty(); i--) {
            String c = history.get(i).code();
            // (an outlet is no state spoken of: "told the Financial Times that the kingdom ..." is the speaker's)
            if (isCountryCode(c) && !c.endsWith("BUS") && !c.endsWith("MED") && fitting.contains(c.substring(0, 3))) {
                return placeFits && lastPlaceAt > i ? lastPlace.code() : c.substring(0, 3);
            }
        }
        return placeFits ? lastPlace.code() : lastCountry();
    }

    /**
     * The state that rulers named by their role alone ("the junta", "the military government") rule, by what sentence
     * {@code sentence} itself named: a state's military named in it ("Niger's junta ordered ..., and Paris refused to
     * recognise the junta"), else its place ("condemned the military takeover in Thailand and urged the junta to ...");
     * null if neither, for the last state named to answer.
     */
    public String ruledIn(int sentence) {
        for (int i = history.size() - 1; i >= 0 && history.get(i).sentence() == sentence; i--) {
            Seen seen = history.get(i);
            if (isCountryCode(seen.code()) && !seen.metonym() && seen.code().length() == 6 && seen.code().endsWith("MIL")) {
                return seen.code().substring(0, 3);
            }
        }
        return lastPlace != null && lastPlace.sentence() == sentence ? lastPlace.code() : null;
    }

    /**
     * The state of the place an earlier sentence named ("Islamic State militants attacked a post in northern Iraq.
     * The army said ...": Iraq's), for a role word when no state actor was named at all; null if none.
     */
    public String earlierPlaceCountry(int sentence) {
        return lastPlace != null && lastPlace.sentence() < sentence && lastCountry() == null ? lastPlace.code() : null;
    }

    private int unnamedRebels = -1;

    /** Sentence {@code sentence} named rebels by their role alone ("Rebels attacked an army post in northern Mali"). */
    public void rememberUnnamedRebels(int sentence) {
        unnamedRebels = sentence;
    }

    /**
     * The armed group an earlier sentence named, for "20 militants", "dozens of fighters" in a later one: the group
     * named last, else the rebels named by their role in the sentence that placed them in a state (its REB); else null.
     */
    public String earlierArmedGroup(int sentence) {
        String group = lastArmedGroup();
        if (group != null) {
            return group;
        }
        return unnamedRebels >= 0 && unnamedRebels < sentence && lastPlace != null && lastPlace.sentence() == unnamedRebels
                ? lastPlace.code() + "REB" : null;
    }

    /**
     * The state actor of this sector named last in an earlier sentence ("China's foreign ministry criticized Japan.
     * The ministry said Tokyo ..." : China's, though Japan was named after it), or null: when this sentence has
     * already named a state ("Ukraine said the army ...") or no earlier one named the kind, the last state decides.
     * A capital standing for its government ("Tokyo") names no ministry or organ.
     */
    public String lastOfSector(String sector, int sentence) {
        Seen found = lastSeenOfSector(sector, sentence);
        return found == null ? null : found.code();
    }

    private Seen lastSeenOfSector(String sector, int sentence) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Seen s = history.get(i);
            if (!isCountryCode(s.code())) {
                continue;
            }
            if (s.sentence() == sentence) {
                return null;
            }
            if (!s.metonym() && s.code().length() == 3 + sector.length() && s.code().endsWith(sector)) {
                return s;
            }
        }
        return null;
    }

    private final Map<String, Seen> roleWords = new HashMap<>();

    /** "the ministry" was taken to mean {@code code} in sentence {@code sentence}. */
    public void rememberRoleWord(String word, String code, int sentence) {
        roleWords.put(word, new Seen(code, false, false, sentence));
    }

    /**
     * A role word alone in a later sentence ("the ministry", "the army"): the same word used so before means the same
     * body ("The ministry said ... It lodged a protest with the German authorities. The ministry said ...": the
     * first ministry's); a government, the government of the previous sentence's subject
     * ({@link #governmentOfPreviousSubject}); else the last actor of that kind named in an earlier sentence
     * ({@link #lastOfSector}); null when this sentence has already named a state or nothing fits.
     */
    public String organ(String word, String sector, int sentence) {
        if (stateNamedIn(sentence)) {
            return null;
        }
        Seen again = roleWords.get(word);
        if (again != null && again.sentence() < sentence && again.code().endsWith(sector)) {
            return again.code();
        }
        String previous = sector.equals("GOV") ? governmentOfPreviousSubject(sentence) : null;
        return previous != null ? previous : lastOfSector(sector, sentence);
    }

    private boolean stateNamedIn(int sentence) {
        for (int i = history.size() - 1; i >= 0 && history.get(i).sentence() == sentence; i--) {
            if (isCountryCode(history.get(i).code())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the ministry", "the government" in a later sentence: the government of the state the previous sentence was
     * about, its subject, when it was a state's ("Algeria's foreign minister accused Morocco. Morocco rejected the
     * charge. The foreign ministry called it absurd": Morocco's, though Algeria's minister was the last government
     * named: every official is a government, so the last one named says little); null when this sentence has already
     * named a state or that subject was no state's.
     */
    public String governmentOfPreviousSubject(int sentence) {
        if (stateNamedIn(sentence)) {
            return null;
        }
        String subject = sentence > 0 ? subjectOf(sentence - 1) : null;
        return subject != null && isCountryCode(subject) && !subject.endsWith("BUS") && !subject.endsWith("MED")
                ? subject.substring(0, 3) + "GOV" : null;
    }

    /** The last state or body named that is not an individual (for "its leaders", "its staff"). */
    public String lastBody() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (!history.get(i).individual()) {
                return history.get(i).code();
            }
        }
        return null;
    }

    /** The last state or state body named in sentence {@code sentence} that is not {@code country}'s, or null. */
    public String lastStateBesides(String country, int sentence) {
        for (int i = history.size() - 1; i >= 0 && history.get(i).sentence() == sentence; i--) {
            Seen seen = history.get(i);
            if (!seen.individual() && isCountryCode(seen.code()) && !seen.code().startsWith(country)) {
                return seen.code();
            }
        }
        return null;
    }

    /**
     * The international or non-governmental body named last (for "the agency", "the watchdog"), when no other
     * body was named after it: a state itself ("Iran has not answered, the agency said") is what the body
     * reports on and does not count; a state's organ or an outlet ("Xinhua", "Iran's nuclear agency") is the
     * agency meant, which is not such a body, so nothing.
     */
    public String lastAgency() {
        for (int i = history.size() - 1; i >= 0; i--) {
            Seen s = history.get(i);
            if (!s.individual() && s.code().length() > 3) {
                return s.code().startsWith("IGO") || s.code().startsWith("NGO") ? s.code() : null;
            }
        }
        return null;
    }

    /** The last international organization named (for "the alliance", "the bloc"). */
    public String lastOrganization() {
        for (int i = history.size() - 1; i >= 0; i--) {
            String c = history.get(i).code();
            if (c.startsWith("IGO")) {
                return c;
            }
        }
        return null;
    }

    /** The last armed group named (for "the group", "the militants"): rebels, militias, separatists, IMG. */
    public String lastArmedGroup() {
        for (int i = history.size() - 1; i >= 0; i--) {
            String c = history.get(i).code();
            if (armedGroup(c)) {
                return c;
            }
        }
        return null;
    }

    /** An armed group's code: rebels, militias, separatists, insurgents, IMG. */
    public static boolean armedGroup(String c) {
        return c != null && (c.startsWith("IMG") || c.endsWith("REB") || c.endsWith("UAF") || c.endsWith("SEP") || c.endsWith("INS"));
    }

    /**
     * The last two different states or organizations named, most recent last, leaving out the state {@code reporter}
     * whose words name the pair (null: none).
     */
    public List<String> lastPair(String reporter) {
        return lastPair(reporter, false);
    }

    /** {@link #lastPair(String)}, of states only when {@code states} ("the two countries", not an alliance). */
    public List<String> lastPair(String reporter, boolean states) {
        Set<String> countries = new LinkedHashSet<>();
        List<String> codes = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0 && codes.size() < 2; i--) {
            String c = history.get(i).code();
            if (states && !isCountryCode(c)) {
                continue;
            }
            String key = pairKey(c);
            if (!key.equals(reporter) && countries.add(key)) {
                codes.add(0, c);
            }
        }
        return codes.size() == 2 ? codes : List.of();
    }

    /** What a pair's members must differ in, and the reporter is compared with: a state's country, else the code. */
    private static String pairKey(String c) {
        return isCountryCode(c) ? c.substring(0, 3) : c;
    }

    public static boolean sameCountry(String a, String b) {
        return a != null && b != null && a.length() >= 3 && b.length() >= 3 && a.regionMatches(0, b, 0, 3);
    }

    private static final Set<String> STATE_ORGANS = Set.of("GOV", "MIL", "COP", "SPY", "LEG", "JUD");

    /**
     * A state's organ: its government, forces, police, intelligence, legislature or courts ("INDGOV", "PAKMIL",
     * "RUSGOVMIL"), not its people, business, rebels or media (state media speak for the state but are no organ).
     */
    public static boolean stateOrgan(String code) {
        return code != null && code.length() >= 6 && isCountryCode(code) && STATE_ORGANS.contains(code.substring(3, 6));
    }

    /** A code that begins with a three-letter state (not IGO, NGO, regions written as such). */
    public static boolean isCountryCode(String c) {
        return c != null && c.length() >= 3 && !c.startsWith("IGO") && !c.startsWith("NGO") && !c.startsWith("IMG")
                && !c.startsWith("MNC") && Character.isUpperCase(c.charAt(0));
    }
}
