package org.touchstone.coder.statement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.AllusionDetector;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.event.CodedAct;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.text.PhraseIndex;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.VerbMatch;
import org.touchstone.coder.verb.VerbPatternMatcher;

/**
 * Whom the words are about: the actors named in them, less the speaker's own side and the places and
 * victims that only locate an act; pairs and lists; countries as destinations.
 */
final class SpokenAbout {
    private SpokenAbout() {
    }

    /**
     * The actors a speech act with no target of its own speaks about: those named in its clause after
     * it ("warned that Russia would use a nuclear weapon if Ukraine's ..."), other than the speaker's side.
     */
    static List<String> spokenAbout(Sentence s, List<ActorMention> mentions, String speaker, int from) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> home = new LinkedHashSet<>();
        for (ActorMention m : mentions) {
            if (m.start() >= from && opensNextClause(s, m)) {
                break;
            }
            if (m.start() < from || !m.isResolved() || m.locative() || ownSide(speaker, m.codes()) || partOfThing(s, m)
                    || alongside(s, m) || interviewOutlet(s, m)) {
                continue;
            }
            boolean clause = true;
            for (int i = from; i < m.start() && clause; i++) {
                clause = !s.lower(i).equals(";") && !(s.lower(i).equals(",") && i > from + 1);
            }
            if (clause) {
                (home(speaker, m.codes()) ? home : out).addAll(m.codes());
            }
        }
        return new ArrayList<>(out.isEmpty() ? home : out);
    }

    /** Words after a subject that are not yet its verb: auxiliaries and adverbs. */
    private static final WordSet BEFORE_VERB = WordSet.of("has", "have", "had", "was", "were", "is", "are", "will", "would",
            "could", "also", "later", "then", "soon", "again", "still", "reportedly", "allegedly");

    /**
     * An actor that opens a clause of its own after "and" / "but" ("China condemned the visit and a US warship sailed
     * through the strait", "Iran condemned the strike, but Hezbollah fired rockets"): right before a past tense (its
     * head noun, auxiliaries and adverbs between; not a participle with "by"), it is that clause's subject, and the
     * words before it are not about it or anyone after it.
     */
    static boolean opensNextClause(Sentence s, ActorMention m) {
        // "and a US warship", "and two Chinese vessels then entered", "and later 30 Russian jets": up to three words
        int b = VerbPatternMatcher.subjectLeadStart(s, m.start(), m.start() - 4) - 1;
        if (b < 1 || !s.lower(b).equals("and") && !s.lower(b).equals("but")) {
            return false;
        }
        int t = m.end();
        if (t + 1 < s.size() && s.token(t).isWord() && Character.isLowerCase(s.token(t).text().charAt(0))
                && !s.lower(t).endsWith("ed") && !BEFORE_VERB.contains(s.token(t)) && !s.lower(t).endsWith("ly")) {
            t++; // its head noun ("a US warship")
        }
        while (t < s.size() && (BEFORE_VERB.contains(s.token(t)) || s.lower(t).endsWith("ly"))) {
            t++;
        }
        return t + 1 < s.size() && s.token(t).isWord() && Character.isLowerCase(s.token(t).text().charAt(0))
                && (s.lower(t).endsWith("ed") || PAST_FORMS.contains(s.token(t))) && !s.lower(t + 1).equals("by");
    }

    /** Irregular past tenses of acts that open a clause ("and Hezbollah fired", "and Russia struck back"). */
    private static final WordSet PAST_FORMS = WordSet.of("struck", "sent", "shot", "held", "met", "made", "took", "gave",
            "began", "fought", "told", "said", "won", "led", "hit", "cut", "left", "flew", "sought", "threw", "brought");

    /**
     * "accused the RSF of genocide in an interview with a Saudi television channel", "in an interview with France 24":
     * the outlet the words were given to is where they were spoken (the audience), not whom they are about.
     */
    static boolean interviewOutlet(Sentence s, ActorMention m) {
        if (m.codes().stream().noneMatch(c -> c.endsWith("MED"))) {
            return false;
        }
        for (int i = m.start() - 1; i > 0 && i >= m.start() - 4; i--) {
            String w = s.lower(i);
            if ((w.equals("with") || w.equals("to")) && s.lower(i - 1).startsWith("interview")) {
                return true;
            }
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "denied that its troops were fighting alongside M23 rebels": those fought alongside are the speaker's side's
     * partners in the act, not whom the words are about.
     */
    static boolean alongside(Sentence s, ActorMention m) {
        int before = m.start() > 0 && s.lower(m.start() - 1).equals("the") ? m.start() - 2 : m.start() - 1;
        return before >= 0 && s.lower(before).equals("alongside");
    }

    /**
     * The places a claimed act of force struck: those named after the claim, else those named before
     * it ("Gunmen stormed a concert hall near Moscow ..., and Islamic State claimed the attack").
     */
    static List<String> placesOf(List<ActorMention> mentions, String speaker, int from) {
        Set<String> after = new LinkedHashSet<>();
        Set<String> before = new LinkedHashSet<>();
        for (ActorMention m : mentions) {
            String place = m.placeOrCode();
            if (m.locative() && place != null && !ownSide(speaker, List.of(place))) {
                (m.start() >= from ? after : before).add(place);
            }
        }
        return new ArrayList<>(after.isEmpty() ? before : after);
    }

    /** Sectors a claim of responsibility names by their country (S7-11): state organs, companies and people. */
    private static final Set<String> STRUCK_FOR_COUNTRY = Set.of("GOV", "MIL", "COP", "SPY", "LEG", "JUD", "BUS", "CVL");

    /**
     * The stance of a phrase of responsibility in reported words ("was behind", "was responsible for"): a charge (112)
     * when another is named as the doer, but a claim of responsibility (015) when the speaker's own side is ("Al-Shabaab
     * said it was behind the bombing of a police station in Mogadishu", "the group said its fighters were responsible for
     * the attack"). The claim is aimed, as S7-11 has it, at the country of the first place named after the phrase, else at
     * the country of the state organ or company hit ({@code targets} is changed in place).
     */
    static String claimedBy(Sentence s, List<ActorMention> mentions, String speaker, PhraseIndex.Hit<String> phrase, int to,
                            List<String> targets) {
        if (phrase.value().equals("052")) {
            // a charge said not to hold of the speaker's own side denies it: "'Myanmar is not committing genocide'"
            ActorMention subject = null;
            for (ActorMention m : mentions) {
                if (m.end() <= phrase.start() && m.end() >= phrase.start() - 4 && m.isResolved()) {
                    subject = m; // the last actor before the phrase: "Armenia said Azerbaijan was not ..." is Azerbaijan
                }
            }
            return subject != null && SpeechActs.claims(speaker, subject.code()) ? "016" : "052";
        }
        if (!phrase.value().equals("112")) {
            return phrase.value();
        }
        ActorMention doer = null;
        for (ActorMention m : mentions) {
            if (m.end() == phrase.start() && m.isResolved() && SpeechActs.claims(speaker, m.code())) {
                doer = m;
            }
        }
        if (doer == null) {
            return "112";
        }
        List<String> claimed = new ArrayList<>();
        for (ActorMention m : mentions) {
            String place = m.placeOrCode();
            if (claimed.isEmpty() && m.locative() && m.start() >= phrase.start() && m.start() < to && place != null
                    && Coreference.isCountryCode(place)) {
                claimed.add(place.substring(0, 3)); // "was behind the bombing in Mogadishu": SOM
            }
        }
        for (String t : claimed.isEmpty() ? List.copyOf(targets) : List.<String>of()) {
            String c = t.length() == 6 && Coreference.isCountryCode(t) && STRUCK_FOR_COUNTRY.contains(t.substring(3)) ? t.substring(0, 3) : t;
            if (!claimed.contains(c)) {
                claimed.add(c);
            }
        }
        targets.clear();
        targets.addAll(claimed);
        return "015";
    }

    /**
     * Where the denied act starts when the actors a denial speaks about are all the subject of the clause it denies:
     * named between the denial's words and the next verb, with no comma ("Moscow denied that Ukrainian forces had
     * shelled Belgorod"); otherwise -1. They are said to have done the denied act; R8 aims the denial at whom that act
     * hit (or at a named accuser), not at them.
     */
    static int actOfDeniedDoers(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, VerbMatch denial,
                                 List<String> about) {
        if (about.isEmpty() || denial.entry().governs() != VerbEntry.Governs.DENIAL || denial.nominal()) {
            return -1;
        }
        VerbMatch denied = verbs.stream().filter(w -> !w.nominal() && w.start() >= denial.last()).findFirst().orElse(null);
        if (denied == null || denied.start() > 0 && Words.BE_FORMS.contains(s.token(denied.start() - 1))) {
            return -1; // "denied that Hamas fighters had been killed": a passive's subject is whom the act hit
        }
        for (int i = denial.last(); i < denied.start(); i++) {
            if (s.lower(i).equals(",") || s.lower(i).equals("and") || !s.token(i).isWord() && !s.lower(i).equals("'s")) {
                return -1;
            }
        }
        if (verbs.stream().anyMatch(w -> w.start() >= denial.last() && w.start() < denied.start())) {
            return -1; // "denied any role in a rocket strike on ... that killed": a denied noun, no clause
        }
        return about.stream().allMatch(code -> mentions.stream().anyMatch(m -> code.equals(m.code())
                && m.start() >= denial.last() && m.end() <= denied.start())) ? denied.start() : -1;
    }

    /**
     * R8: whom a denied act was aimed at when the denial names no accuser and no actor: the last place in
     * its clause the act went into ("denied that Tehran had supplied drones to Russia for use in Ukraine",
     * "denied sending migrants into Poland"), none when the clause names only the speaker's side or only
     * where an act took place ("denied involvement in the strike on the Golan Heights").
     */
    static List<String> placeAimedAt(Sentence s, List<ActorMention> mentions, String speaker, int from) {
        String aimed = null;
        for (ActorMention m : mentions) {
            String place = m.placeOrCode();
            if (m.start() < from || place == null || !m.isResolved() || ownSide(speaker, List.of(place))
                    || m.locative() && !wentInto(s, m)) {
                continue;
            }
            for (int i = from + 1; i < m.start(); i++) {
                if (s.lower(i).equals(",") || s.lower(i).equals(";")) {
                    return aimed == null ? List.of() : List.of(aimed); // the clause ended ("..., saying ...")
                }
            }
            aimed = place;
        }
        return aimed == null ? List.of() : List.of(aimed);
    }

    /** Whether a place is where something went: "into Poland", "to Russia", "for use in Ukraine". */
    private static boolean wentInto(Sentence s, ActorMention m) {
        int k = m.start() > 0 && s.lower(m.start() - 1).equals("the") ? m.start() - 1 : m.start();
        return k > 0 && (s.lower(k - 1).equals("into") || DIRECTIONS.contains(s.token(k - 1)) && !s.lower(k - 1).equals("from")
                || k > 1 && s.lower(k - 1).equals("in") && s.lower(k - 2).equals("use"));
    }

    /** Nouns after an organization's name that make it a modifier of a thing ("the UN Charter", "its NATO bid"). */
    private static final WordSet THINGS = WordSet.of("charter", "bid", "bids", "membership", "accession", "rules",
            "standards", "norms", "resolution", "resolutions", "mandate", "law", "laws", "flag", "budget", "funding",
            "aspirations", "application", "candidacy", "criteria", "treaty", "fund", "funds", "programme", "program",
            "mechanism", "framework", "summit", "summits", "exercises", "drills", "ministerial", "member", "members",
            "meeting", "meetings");

    /** Verbs whose organization is one to become a member of ("applications to join NATO"), like "membership". */
    private static final WordSet JOINING = WordSet.of("join", "joins", "joined", "joining", "rejoin", "rejoining");

    /**
     * An organization named only as the modifier of a document or a process, or as what someone joins ("to join
     * the bloc"): not an actor spoken about.
     */
    static boolean partOfThing(Sentence s, ActorMention m) {
        if (m.code() == null || !m.code().startsWith("IGO")) {
            return false;
        }
        int before = m.start() > 0 && s.lower(m.start() - 1).equals("the") ? m.start() - 2 : m.start() - 1;
        return m.end() < s.size() && THINGS.contains(s.token(m.end())) || before >= 0 && JOINING.contains(s.token(before));
    }

    private static final WordSet OBJECT_PRONOUNS = WordSet.of("them", "their", "its", "him", "his", "her");

    /**
     * The actor a pronoun in the words refers to ("expelled two diplomats, accusing them of spying"):
     * the nearest actor named before it; none when that is the speaker's own side ("its", "his" of
     * the speaker). "It" is left alone: it is as often a thing or no referent at all.
     */
    static List<String> referredTo(Sentence s, List<ActorMention> mentions, String speaker, int from, int to) {
        for (int p = from; p < to; p++) {
            if (!OBJECT_PRONOUNS.contains(s.token(p))) {
                continue;
            }
            ActorMention antecedent = null;
            for (ActorMention m : mentions) {
                if (m.start() == p) {
                    break; // resolved already
                }
                if (m.end() <= p && m.isResolved() && !m.locative()) {
                    antecedent = m;
                }
            }
            if (antecedent != null && antecedent.start() != p && !ownSide(speaker, antecedent.codes())) {
                return antecedent.codes();
            }
            return List.of();
        }
        return List.of();
    }

    /** Prepositions of a place that something goes to or comes from. */
    private static final WordSet DIRECTIONS = WordSet.of("to", "toward", "towards", "from");

    /**
     * A country named as where something goes or comes from: "to Russia", "from Mexico", not "in Syria",
     * nor a modifier of a thing ("from U.S. sanctions").
     */
    static boolean directional(Sentence s, ActorMention m) {
        int k = m.start() > 0 && s.lower(m.start() - 1).equals("the") ? m.start() - 1 : m.start();
        boolean modifier = m.end() < s.size() && s.token(m.end()).isWord() && !s.token(m.end()).isCapitalized()
                && !s.lower(m.end()).equals("and") && !s.lower(m.end()).equals("or");
        return k > 0 && DIRECTIONS.contains(s.token(k - 1)) && !m.possessive() && !modifier;
    }

    /**
     * How two mentions are joined: 2 by "and" or "or" (with commas and an article), 1 by a comma
     * alone, 0 not as members of one list (another word between, a possessor or an unresolved name).
     */
    static int link(Sentence s, ActorMention a, ActorMention b) {
        if (!a.isResolved() || !b.isResolved() || a.possessive() || a.end() >= b.start()) {
            return 0;
        }
        int kind = 1;
        for (int i = a.end(); i < b.start(); i++) {
            String w = s.lower(i);
            if (w.equals("and") || w.equals("or")) {
                kind = 2;
            } else if (!w.equals(",") && !w.equals("the")) {
                return 0;
            }
        }
        return kind;
    }

    /** Adds targets to the statement of a speaker, keeping its other fields. */
    static void addTargets(Map<String, StatementDraft> bySpeaker, String speaker, List<String> more) {
        StatementDraft d = bySpeaker.get(speaker);
        if (d == null || d.targets().containsAll(more)) {
            return;
        }
        List<String> targets = new ArrayList<>(d.targets());
        for (String t : more) {
            if (!aboutCountryOf(targets, t) && !ownSide(speaker, List.of(t)) && !home(speaker, List.of(t))) {
                targets.add(t);
            }
        }
        bySpeaker.put(speaker, d.withTargets(List.copyOf(targets)));
    }

    /**
     * The actor of an act before a position: the source of the last act coded before it, or, for the
     * speaker's own side's act, its target ("handed back an Indian pilot in what Khan called a gesture");
     * when no act was coded, the nearest actor named before it that is not the speaker's side.
     */
    static List<String> actorOfAct(List<ActorMention> mentions, List<CodedAct> acts, String speaker, int before) {
        CodedAct last = null;
        for (CodedAct a : acts) {
            // of a reciprocal act ("signed a pact with Haiti") the subject's coding comes first and is kept
            if (a.verb().start() < before && a.target() != null && (last == null || a.verb().start() != last.verb().start())) {
                last = a;
            }
        }
        if (last != null && !ownSide(speaker, List.of(last.source()))) {
            return List.of(last.source());
        }
        if (last != null && !ownSide(speaker, List.of(last.target()))) {
            return List.of(last.target());
        }
        return Speakers.actorBefore(mentions, speaker, before);
    }

    /** The source of the last act before a position done to the speaker's side by another, or none. */
    static List<String> actorAgainstOwnSide(List<CodedAct> acts, String speaker, int before) {
        CodedAct last = null;
        for (CodedAct a : acts) {
            if (a.verb().start() < before && a.target() != null) {
                last = a;
            }
        }
        return last != null && SpeechActs.claims(speaker, last.target()) && !SpeechActs.claims(speaker, last.source()) ? List.of(last.source()) : List.of();
    }

    /** The targets of the speaker's side's last act before a position, other than its own side. */
    static List<String> targetsOfOwnAct(List<CodedAct> acts, String speaker, int before) {
        VerbMatch last = null;
        for (CodedAct a : acts) {
            if (a.verb().start() < before && SpeechActs.claims(speaker, a.source()) && a.target() != null) {
                last = a.verb();
            }
        }
        List<String> out = new ArrayList<>();
        for (CodedAct a : acts) {
            if (a.verb() == last && SpeechActs.claims(speaker, a.source()) && !ownSide(speaker, List.of(a.target()))
                    && !out.contains(a.target())) {
                out.add(a.target());
            }
        }
        return out;
    }

    /**
     * The targets of the speaker's own acts of a code, less unnamed states: an allusion to "certain countries" leaves a
     * statement's targets empty (GOLD-SET.md, R14) though its event is aimed at {@code UIS}.
     */
    static List<String> targetsOfOwnStance(List<CodedAct> acts, String speaker, String code) {
        List<String> out = new ArrayList<>();
        for (CodedAct a : acts) {
            if (a.source().equals(speaker) && a.code().equals(code) && a.target() != null && !a.target().equals("UIS")
                    && !a.target().equals(speaker) && !out.contains(a.target())) {
                out.add(a.target());
            }
        }
        return out;
    }

    /**
     * The targets of the speaker's own acts told by a comma participle inside or right after its words (", rejecting
     * Trump's demand"), less unnamed states.
     */
    static List<String> targetsOfParticipleAfter(Sentence s, List<CodedAct> acts, String speaker, int from, int to) {
        List<String> out = new ArrayList<>();
        for (CodedAct a : acts) {
            int at = a.verb().start();
            if (a.source().equals(speaker) && a.verb().ingForm() && !a.done() && at > from && at <= to + 1
                    && s.lower(at - 1).equals(",") && a.target() != null && !a.target().equals("UIS")
                    && !ownSide(speaker, List.of(a.target())) && !out.contains(a.target())) {
                out.add(a.target());
            }
        }
        return out;
    }

    /**
     * Civilians and refugees beside an actor are the people an act was done to, not whom the words are
     * about ("claimed the bombing that killed 13 US service members and scores of Afghans" is about the
     * US troops); alone, they are ("told striking workers that ...").
     */
    static List<String> withoutPeopleBesideActors(List<String> targets) {
        List<String> actors = targets.stream().filter(t -> t.length() < 6 || !PEOPLE.contains(t.substring(3, 6))).toList();
        return actors.isEmpty() ? targets : actors;
    }

    /** Words that make the countries themselves what is spoken of: "relations between the two countries". */
    private static final WordSet COUNTRY_NOUNS = WordSet.of("countries", "nations", "democracies", "peoples", "neighbours",
            "neighbors", "allies");
    private static final WordSet PAIR_WORDS = WordSet.of("two", "both");

    static boolean countriesSpokenOf(Sentence s, int from, int to) {
        for (int i = Math.max(1, from); i < Math.min(to, s.size()); i++) {
            if (COUNTRY_NOUNS.contains(s.token(i)) && (PAIR_WORDS.contains(s.token(i - 1))
                    || i > 1 && s.lower(i - 1).equals("their") && s.lower(i - 2).equals("between"))) {
                return true; // "relations between the two countries", "ties between their countries"
            }
        }
        return false;
    }

    /** A government's targets as their countries ("RUSGOV" -> "RUS"), other actors unchanged. */
    static List<String> asCountries(List<String> targets) {
        List<String> out = new ArrayList<>();
        for (String t : targets) {
            String c = t.length() == 6 && t.endsWith("GOV") && Coreference.isCountryCode(t)
                    ? t.substring(0, 3) : t;
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Sectors of people an act of violence or abuse is done to, not by. */
    static final Set<String> PEOPLE = Set.of("CVL", "REF");

    /** Nouns of an attack whose "on" names what was struck: "the drone attacks on Saudi oil facilities". */
    private static final WordSet ATTACK_NOUNS = WordSet.of("attack", "attacks", "strike", "strikes", "assault", "assaults",
            "raid", "raids", "bombing", "bombings", "bombardment", "shelling", "aggression");

    /** Whether token k is the "on" of an attack ("attacks on", "an assault on British sovereignty"). */
    static boolean attackedOn(Sentence s, int k) {
        return k > 0 && s.lower(k).equals("on") && ATTACK_NOUNS.contains(s.token(k - 1));
    }

    /** Nouns of a measure whose preposition names what it bears on: "sanctions against Russia", "the embargo on Cuba". */
    private static final WordSet MEASURE_NOUNS = WordSet.of("sanctions", "embargo", "blockade", "tariffs", "war", "aid",
            "package", "restrictions", "measures");
    private static final WordSet MEASURE_PREPOSITIONS = WordSet.of("on", "against", "with", "for", "to");

    /** Whether token k is the preposition of a measure ("sanctions against", "sleepwalking into war with"). */
    static boolean measureOn(Sentence s, int k) {
        return k > 0 && MEASURE_PREPOSITIONS.contains(s.token(k)) && MEASURE_NOUNS.contains(s.token(k - 1));
    }

    /**
     * A country's bare code beside one of its actors is that actor's possessor or place, not a second
     * target: "Myanmar's top generals ... the army" is about MMRMIL, "Palestinian factions including Hamas" about PSEREB.
     */
    static List<String> withoutBareCountries(List<String> targets) {
        List<String> out = new ArrayList<>();
        for (String t : targets) {
            boolean specific = t.length() == 3 && targets.stream().anyMatch(o -> o.length() > 3 && sameCountry(o, t));
            if (!specific) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Whether an actor is the speaker's own side, which it speaks for rather than about: itself, its
     * country, and for a state organ its state's other organs. An opposition, rebels or civilians
     * speak about their government and forces ("the army should stop backing Maduro").
     */
    static boolean ownSide(String speaker, List<String> codes) {
        for (String c : codes) {
            if (c.equals(speaker) || c.startsWith("IGO") && c.length() >= 6 && speaker.startsWith(c)) {
                return true; // an organ speaks for its organization too ("U.N. inspectors" of the IAEA)
            }
            if (sameCountry(speaker, c) && (c.length() == 3 || isState(c) && isState(speaker)
                    || !isState(c) && !isState(speaker) && c.regionMatches(3, speaker, 3, 3))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The organs of a state speaker's own state named between two positions that are not the speaker's own organ:
     * the government for the army or parliament, the army or police for the government. A defence ministry
     * ({@code GOVMIL}) is of both the government and the military; state media speak for the state.
     */
    static List<String> otherOrgans(List<ActorMention> mentions, String speaker, int from, int to) {
        List<String> out = new ArrayList<>();
        if (!Coreference.stateOrgan(speaker)) {
            return out;
        }
        for (ActorMention m : mentions) {
            if (!m.isResolved() || m.locative() || m.start() < from || m.start() >= to) {
                continue;
            }
            for (String c : m.codes()) {
                if (otherOrgan(speaker, c) && !out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Whether a code is an organ of a state speaker's own state other than the speaker's own (state media aside). */
    private static boolean otherOrgan(String speaker, String c) {
        return c.length() >= 6 && sameCountry(speaker, c) && isState(c) && !c.endsWith("MED") && !sharesOrgan(speaker, c);
    }

    /** The one other organ of the speaker's state named in the words that is a side of an act coded in them, or none. */
    static List<String> otherOrganActing(List<ActorMention> mentions, List<CodedAct> acts, String speaker, int from, int to) {
        Set<String> sides = new LinkedHashSet<>();
        for (CodedAct a : acts) {
            if (a.verb().start() >= from && a.verb().start() < to) {
                sides.add(a.source());
                sides.add(a.target());
            }
        }
        List<String> organs = otherOrgans(mentions, speaker, from, to);
        organs.retainAll(sides);
        return organs.size() == 1 ? organs : List.of();
    }

    private static final WordSet PERSON_OBJECT_PRONOUNS = WordSet.of("him", "his", "her");

    /**
     * The other organ of a state speaker's own state that its side's last deed before the words was done to, when the
     * words take it up by a pronoun ("detained President Bazoum ... and announced that they had ended his government",
     * "the army later announced that it had removed him from power"): NERGOV for NERMIL. None when the words hold no
     * such pronoun or the deed was done to no other organ.
     */
    static List<String> organDoneToAndReferred(Sentence s, List<CodedAct> acts, String speaker, int words, int to) {
        if (!PERSON_OBJECT_PRONOUNS.anyIn(s, words, to)) {
            return List.of();
        }
        CodedAct last = null;
        for (CodedAct a : acts) {
            if (a.verb().start() < words && a.target() != null && SpeechActs.claims(speaker, a.source())) {
                last = a;
            }
        }
        return last != null && Coreference.stateOrgan(speaker) && otherOrgan(speaker, last.target()) ? List.of(last.target()) : List.of();
    }

    private static boolean sharesOrgan(String a, String b) {
        for (int i = 3; i + 3 <= a.length(); i += 3) {
            String organ = a.substring(i, i + 3);
            for (int j = 3; j + 3 <= b.length(); j += 3) {
                if (organ.equals(b.substring(j, j + 3))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Sectors that stand against their state: its opposition, rebels, insurgents, separatists, armed groups. */
    private static final Set<String> AGAINST_STATE = Set.of("OPP", "REB", "INS", "SEP", "UAF");

    static boolean againstState(String code) {
        return code.length() >= 6 && AGAINST_STATE.contains(code.substring(3, 6));
    }

    /**
     * Whether an actor is of a state speaker's home but not the state (its citizens, companies,
     * opposition): spoken about when nothing abroad is ("police warned that protesters would be
     * arrested"), and not beside a foreign target ("the US is hobbling Chinese firms" is about the US).
     */
    static boolean home(String speaker, List<String> codes) {
        for (String c : codes) {
            if (sameCountry(speaker, c) && isState(speaker) && !isState(c)) {
                return true;
            }
        }
        return false;
    }

    /** A country itself or one of its state organs (a state's media speak for it too: KCNA, Xinhua). */
    static boolean isState(String code) {
        return code.length() == 3 || STATE_ORGANS.contains(code.substring(3, 6));
    }

    private static final Set<String> STATE_ORGANS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "MED");

    /** The country of a place right after an allusion ("some politicians in the Philippines"), or null. */
    static String placeAfter(Sentence s, List<ActorMention> mentions, AllusionDetector.Allusion a) {
        // past the quote mark that closes a quoted allusion: "'some politicians' in the Philippines"
        int in = Words.pastQuoteMark(s, a.end());
        if (in >= s.size() || !s.lower(in).equals("in")) {
            return null;
        }
        for (ActorMention m : mentions) {
            if (m.start() > in && m.start() <= in + 2 && m.isResolved()) {
                return m.placeOrCode();
            }
        }
        return null;
    }

    /** Whether a target is already the actor or another of its country (its leader and its state are one target). */
    static boolean aboutCountryOf(List<String> targets, String code) {
        for (String t : targets) {
            if (t.equals(code) || sameCountry(t, code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that open an adverbial clause of time, condition, cause or contrast; not "unless", whose clause names what
     * is demanded of its subject ("would not discuss it unless Macron withdrew his insults" is about Macron), nor "as",
     * which in reported words mostly compares or names a role ("as responsible as Putin", "as well as", "seen as aimed
     * at Pakistan") and so would hide the very actors the words are about.
     */
    private static final WordSet SUBORDINATORS = Words.SUBORDINATORS.without("unless", "as");
    private static final WordSet CLAUSE_ENDS = WordSet.of(",", ";", ":");

    /**
     * The targets less the actors named only inside an adverbial clause of the words, when the words name another
     * target outside it: "said it had no interest in dealing with Seoul while it followed Washington's lead" is about
     * Seoul, "said Israel would fight until Hamas was destroyed", beside the calls it rejected, not about Hamas; "said
     * Brazil had agreed to take custody of its embassy after Venezuela expelled its diplomats" is about Brazil. The
     * clause sets the time, condition or cause of what is said; its actors are not whom the words judge or address.
     */
    static List<String> withoutClauseActors(Sentence s, List<ActorMention> mentions, List<String> targets, int from, int to) {
        List<String> out = outsideClauses(s, mentions, targets, from, to);
        return out.isEmpty() ? targets : out;
    }

    /** The targets not named only inside an adverbial clause of the words between the two positions. */
    static List<String> outsideClauses(Sentence s, List<ActorMention> mentions, List<String> targets, int from, int to) {
        List<String> out = new ArrayList<>();
        for (String t : targets) {
            if (!onlyInClause(s, mentions, t, from, to)) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean onlyInClause(Sentence s, List<ActorMention> mentions, String t, int from, int to) {
        boolean inside = false;
        for (ActorMention m : mentions) {
            if (!m.isResolved() || !(m.codes().contains(t) || t.length() == 3 && sameCountry(m.code(), t))) {
                continue;
            }
            if (m.start() < from || m.start() >= to || !inClause(s, from, m.start())) {
                if (m.locative()) {
                    continue; // a place outside the clause locates, it does not name a target: "its embassy in Caracas"
                }
                return false;
            }
            inside = true;
        }
        return inside;
    }

    private static final WordSet LAND_NOUNS = WordSet.of("land", "lands", "territory", "territories", "soil", "region",
            "regions");
    private static final WordSet SIDES = WordSet.of("eastern", "western", "northern", "southern", "central", "occupied");

    /**
     * The targets less a country named only as land: an adjective before a word for land ("return the Ukrainian land it
     * had occupied") or a part listed after one (", including Crimea") names a place, as "in Ukraine" does, not an actor
     * the words are about (gold k-022). Kept when no other target is left.
     */
    static List<String> withoutLands(Sentence s, List<ActorMention> mentions, List<String> targets) {
        List<String> out = new ArrayList<>();
        for (String t : targets) {
            if (!onlyAsLand(s, mentions, t)) {
                out.add(t);
            }
        }
        return out.isEmpty() ? targets : out;
    }

    private static boolean onlyAsLand(Sentence s, List<ActorMention> mentions, String t) {
        boolean land = false;
        for (ActorMention m : mentions) {
            if (!m.isResolved() || m.locative() || !(m.codes().contains(t) || t.length() == 3 && sameCountry(m.code(), t))) {
                continue;
            }
            if (!namesLand(s, m)) {
                return false;
            }
            land = true;
        }
        return land;
    }

    /** "the Ukrainian land", "Syrian territory", "regions of eastern Ukraine"; "the land it had occupied, including Crimea". */
    private static boolean namesLand(Sentence s, ActorMention m) {
        if (m.end() < s.size() && LAND_NOUNS.contains(s.token(m.end()))) {
            return true;
        }
        int k = m.start() > 0 && SIDES.contains(s.token(m.start() - 1)) ? m.start() - 1 : m.start();
        if (k > 1 && s.lower(k - 1).equals("of") && LAND_NOUNS.contains(s.token(k - 2))) {
            return true; // "two breakaway regions of eastern Ukraine"
        }
        if (m.start() < 1 || !s.lower(m.start() - 1).equals("including")) {
            return false;
        }
        for (int i = m.start() - 2; i >= Math.max(0, m.start() - 10); i--) {
            if (LAND_NOUNS.contains(s.token(i))) {
                return true;
            }
            if (s.lower(i).equals(";") || s.lower(i).equals("that")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the token at {@code at} lies in an adverbial clause opened after {@code from} and not closed before it. */
    static boolean inClause(Sentence s, int from, int at) {
        for (int i = at - 1; i > from; i--) {
            if (CLAUSE_ENDS.contains(s.token(i))) {
                return false;
            }
            if (SUBORDINATORS.contains(s.token(i))) {
                // "asked Wang if China would ...", "did not know when Russia would attack": a content clause, what is
                // asked or known, not its circumstance
                return !(QUESTION_WORDS.contains(s.token(i)) && (ASKING.contains(s.token(from)) || KNOWING.contains(s.token(i - 1))));
            }
        }
        return false;
    }

    private static final WordSet QUESTION_WORDS = WordSet.of("if", "when");
    private static final WordSet ASKING = WordSet.of("asked", "ask", "asks", "asking", "wondered", "questioned", "inquired",
            "enquired");
    private static final WordSet KNOWING = WordSet.of("know", "knew", "known", "knows", "unclear", "clear", "sure", "certain",
            "decide", "decided", "determine", "see", "ask", "asked", "wondered", "say", "said", "tell", "told");

    /**
     * A statement's targets in the sectors its speaker's event of the same stance gives them: the events read a target's
     * sector by GOLD-SET.md's conventions (metonyms, agent words, offices), and the statement is about the same actor
     * ("blaming Addis Ababa's intransigence" 112 toward ETHGOV; "rejected Indian accusations" 016 toward IND). A target
     * changes only when the speaker's events of the statement's code reach its country in one other sector and never in
     * its own.
     */
    static List<String> asEventsRead(List<CodedAct> acts, String speaker, String code, List<String> targets) {
        List<String> out = new ArrayList<>();
        for (String t : targets) {
            Set<String> read = new LinkedHashSet<>();
            for (CodedAct a : acts) {
                if (a.source().equals(speaker) && a.code().equals(code) && sameCountry(a.target(), t)) {
                    read.add(a.target());
                }
            }
            String as = read.size() == 1 && !read.contains(t) ? read.iterator().next() : t;
            if (targets.contains(as) || out.contains(as)) {
                as = t; // the other sector is already a target of its own: keep this one as it was
            }
            if (!out.contains(as)) {
                out.add(as);
            }
        }
        return out;
    }

    static boolean sameCountry(String a, String b) {
        return a != null && b != null && Coreference.isCountryCode(a)
                && Coreference.isCountryCode(b) && a.regionMatches(0, b, 0, 3);
    }

    static boolean targetsInsideAllusion(List<ActorMention> mentions, AllusionDetector.Allusion a, List<String> targets) {
        for (ActorMention m : mentions) {
            if (m.start() >= a.start() && m.start() <= a.end() + 3 && targets.containsAll(m.codes())) {
                return true;
            }
        }
        return false;
    }
}
