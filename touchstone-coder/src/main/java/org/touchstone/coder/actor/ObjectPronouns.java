package org.touchstone.coder.actor;

import java.util.ArrayList;
import java.util.List;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;

/**
 * "him" and "her" as the object of a verb never mean the subject of their own clause: "Trump
 * thanked Xi, calling him a very good friend", "Putin opened his summit with Biden by thanking
 * him". Such a pronoun, left unresolved by document coreference, takes the last individual named
 * before it in the sentence other than the sentence's first actor (its subject); one the document's
 * coreference resolved to that subject is corrected the same way. Stateless.
 */
public final class ObjectPronouns {
    private static final WordSet OBJECT_PRONOUNS = WordSet.of("him", "her");

    public List<ActorMention> resolve(Sentence s, List<ActorMention> mentions) {
        List<ActorMention> out = null;
        for (int i = 0; i < s.size(); i++) {
            if (!OBJECT_PRONOUNS.contains(s.token(i)) || i + 1 < s.size() && s.lower(i + 1).equals("'s")) {
                continue;
            }
            List<ActorMention> current = out == null ? mentions : out;
            ActorMention at = null;
            ActorMention subject = null;
            ActorMention antecedent = null;
            for (ActorMention m : current) {
                if (m.start() == i) {
                    at = m;
                } else if (m.end() <= i && m.isResolved() && !m.locative()) {
                    if (subject == null) {
                        subject = m;
                    } else if (m.individual() && !sameCodes(m, subject)) {
                        antecedent = m;
                    }
                }
            }
            ActorMention clauseSubject = clauseSubject(s, current, i);
            boolean answers = clauseSubject != null && subject != null && clauseSubject != subject && subject.individual()
                    && !sameCodes(subject, clauseSubject) && (antecedent == null || sameCodes(antecedent, clauseSubject))
                    && (at == null || !at.isResolved() || sameCodes(at, clauseSubject));
            if (answers) {
                // "Blinken urged Netanyahu to ..., but the Israeli leader told him": the one the later clause's subject
                // answers is the sentence's subject, not the subject itself named again
                antecedent = subject;
            } else if (clauseSubject != null && clauseSubject != subject && at != null && at.isResolved() && !sameCodes(at, clauseSubject)) {
                continue; // "Guaido declared himself president, and Trump recognised him": Guaido, not Trump
            } else if (antecedent == null || at != null && at.isResolved() && !sameCodes(at, subject)) {
                continue; // resolved by the document's coreference, and not to its own clause's subject
            }
            List<String> entries = new ArrayList<>(antecedent.entries());
            entries.add("coreference:object-pronoun");
            ActorMention resolved = new ActorMention(i, i + 1, antecedent.codes(), ActorMention.Kind.COREFERENCE, true,
                    false, antecedent.placeCode(), false, entries);
            ActorMention replaced = at;
            out = ActorMention.placed(current.stream().filter(m -> m != replaced).toList(), resolved);
        }
        return demandedOfThem(s, them(s, out == null ? mentions : out));
    }

    /** Verbs of demanding or urging whose "that" clause names who is to act. */
    private static final WordSet DEMANDING = WordSet.of("demanded", "demands", "demanding", "demand", "insisted", "insists",
            "urged", "urges", "asked", "asks", "requested", "requests");

    /**
     * "condemned the seizure of power by soldiers in Gabon and demanded that they restore constitutional order": "they"
     * opening the clause a demand asks for is the one the demand is made of, the last group named before it in the
     * sentence (a plural head, with a role), never the sentence's first actor (the one demanding) nor a place.
     */
    private static List<ActorMention> demandedOfThem(Sentence s, List<ActorMention> mentions) {
        List<ActorMention> out = mentions;
        for (int i = 2; i < s.size(); i++) {
            if (!s.lower(i).equals("they") || !s.lower(i - 1).equals("that") || !DEMANDING.contains(s.token(i - 2))) {
                continue;
            }
            ActorMention group = null;
            for (ActorMention m : out) {
                if (m.end() <= i - 2 && m.isResolved() && !m.locative() && m != out.get(0) && m.code() != null
                        && m.code().length() > 3 && pluralHead(s, m)) {
                    group = m;
                }
            }
            int at = i;
            if (group == null || out.stream().anyMatch(m -> m.start() == at)) {
                continue;
            }
            List<String> entries = new ArrayList<>(group.entries());
            entries.add("coreference:they-demanded");
            out = ActorMention.placed(out, new ActorMention(i, i + 1, group.codes(), ActorMention.Kind.COREFERENCE, false,
                    false, group.placeCode(), false, entries));
        }
        return out;
    }

    /** "some of them", "among them": part of a group, not the group acted on. */
    private static final WordSet PARTITIVES = WordSet.of("of", "among");

    /**
     * "them" as the object of the second of two verb phrases with one subject is the plural group the first one acted on:
     * "South Korea flew 377 Afghans to Incheon and granted them residency", "Nicaragua released 222 political prisoners
     * and put them on a flight". The group is an actor with a plural head named after the sentence's subject and no more
     * than sixteen words before the "and" (a relative clause may stand between); nothing names an actor between "and" and the pronoun ("..., and Germany took
     * them in" is not resolved here), and a bare state is never the group ("Iran and Iraq ... and told them").
     */
    private static List<ActorMention> them(Sentence s, List<ActorMention> mentions) {
        List<ActorMention> out = mentions;
        for (int i = 2; i < s.size(); i++) {
            if (!s.lower(i).equals("them")) {
                continue;
            }
            int and = i - 1;
            while (and > 0 && i - and <= 4 && !s.lower(and).equals("and")) {
                and--;
            }
            if (s.lower(i - 2).equals(",") && s.lower(i - 1).endsWith("ing")) {
                and = i - 2; // "detained 49 Ivorian soldiers, calling them mercenaries": the participle's own subject
            }
            if (!(s.lower(and).equals("and") || and == i - 2 && s.lower(and).equals(",")) || PARTITIVES.contains(s.token(i - 1))) {
                continue;
            }
            ActorMention group = null;
            boolean blocked = false;
            for (ActorMention m : out) {
                blocked |= m.start() > and && m.start() <= i && m.isResolved();
                if (m.end() <= and && m.isResolved() && !m.locative() && m != out.get(0) && and - m.end() <= 16
                        && m.code() != null && m.code().length() > 3 && pluralHead(s, m)) {
                    group = m;
                }
            }
            if (blocked || group == null) {
                continue;
            }
            List<String> entries = new ArrayList<>(group.entries());
            entries.add("coreference:them");
            ActorMention resolved = new ActorMention(i, i + 1, listCodes(s, out, group, and), ActorMention.Kind.COREFERENCE, false,
                    false, group.placeCode(), false, entries);
            out = ActorMention.placed(out, resolved);
        }
        return out;
    }

    /** Words that may stand between the members of a list of groups: "three Americans, two Spaniards and a Czech". */
    private static final WordSet LIST_GAP = WordSet.of(",", "and", "a", "an", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "several");

    /** The codes of the list of groups the plural {@code group} belongs to, in order; its own codes when it stands alone. */
    private static List<String> listCodes(Sentence s, List<ActorMention> mentions, ActorMention group, int before) {
        int at = mentions.indexOf(group);
        int first = at;
        while (first > 1 && listed(s, mentions.get(first - 1), mentions.get(first))) {
            first--;
        }
        int last = at;
        while (last + 1 < mentions.size() && mentions.get(last + 1).end() <= before && listed(s, mentions.get(last), mentions.get(last + 1))) {
            last++;
        }
        List<String> codes = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            mentions.get(k).codes().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
        }
        return codes;
    }

    private static boolean listed(Sentence s, ActorMention a, ActorMention b) {
        if (!b.isResolved() || b.locative() || b.code() == null || b.code().length() <= 3 || !a.isResolved() || a.locative()
                || a.code() == null || a.code().length() <= 3 || b.start() - a.end() > 3 || b.start() == a.end()) {
            return false;
        }
        for (int t = a.end(); t < b.start(); t++) {
            if (!LIST_GAP.contains(s.token(t)) && !Character.isDigit(s.lower(t).charAt(0))) {
                return false;
            }
        }
        return s.lower(a.end()).equals(",") || s.lower(a.end()).equals("and");
    }

    private static boolean pluralHead(Sentence s, ActorMention m) {
        int last = m.end() - 1;
        for (int t = m.start() + 1; t < m.end(); t++) {
            if (s.lower(t).equals("in")) {
                last = t - 1; // "villagers in the Sagaing region": a role placed in its span ends before the place
                break;
            }
        }
        String head = s.lower(last);
        return head.length() > 3 && head.endsWith("s") && !head.endsWith("ss") && !head.equals("'s");
    }

    /** Words of a time adverbial that may open a clause before its subject. */
    private static final WordSet TIME_OPENERS = Words.WEEKDAYS.with("within", "on", "minutes", "hours", "days", "weeks", "later",
            "soon", "then", "shortly", "afterwards", "moments", "two", "three", "few", "a", "late", "early");

    /**
     * The actor opening the clause of the pronoun at {@code i} after ", and", ", but" or ";", or the actor a ", who"
     * clause holding it is about ("Biden met Xi, who warned him": Xi); or null.
     */
    static ActorMention clauseSubject(Sentence s, List<ActorMention> mentions, int i) {
        for (int t = i - 1; t > 0; t--) {
            String w = s.lower(t);
            if (w.equals("who") && s.lower(t - 1).equals(",")) {
                ActorMention about = ActorMention.endingAt(mentions, t - 1);
                return about != null && !about.locative() ? about : null;
            }
            if (w.equals(";") || (w.equals("and") || w.equals("but")) && s.lower(t - 1).equals(",")) {
                int opens = t + 1;
                while (opens < i && opens - t <= 4 && TIME_OPENERS.contains(s.token(opens))) {
                    opens++; // ", and within minutes Trump", ", and on Wednesday Trump", ", and hours later Trump"
                }
                int start = opens;
                opens = opens < s.size() && s.lower(opens).equals("the") ? opens + 1 : opens; // ", but the Israeli leader"
                for (ActorMention m : mentions) {
                    if ((m.start() == start || m.start() == opens) && m.isResolved() && !m.locative()) {
                        return m;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static boolean sameCodes(ActorMention a, ActorMention b) {
        return a.codes().equals(b.codes());
    }
}
