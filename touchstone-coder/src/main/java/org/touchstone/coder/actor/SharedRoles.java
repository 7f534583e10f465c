package org.touchstone.coder.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BinaryOperator;
import org.touchstone.coder.text.Sentence;

/**
 * Roles that reach beyond their own mention: a descriptor before a name, people placed in a country,
 * and countries coordinated after a plural role "of" a country ("the foreign ministers of Russia and
 * China"). Coordinated demonyms before one role word ("Armenian and Azerbaijani troops") are joined
 * where the dictionary knows the demonyms, in {@link ActorRecognizer}. A state's forces named by role alone
 * ("government forces", "security forces") are those of the one state the sentence names. Stateless.
 */
public final class SharedRoles {
    private static final java.util.Set<String> PLACED_SECTORS = java.util.Set.of("CVL", "OPP", "LAB", "REF");

    /** The sector of a role word found alone ("protesters" -> CVL), from its agents.txt entry. */
    private static String agentSector(ActorMention a) {
        for (String e : a.entries()) {
            if (e.startsWith("actors:agents.txt:")) {
                String rest = e.substring("actors:agents.txt:".length());
                String sector = rest.indexOf(' ') < 0 ? rest : rest.substring(0, rest.indexOf(' '));
                return PLACED_SECTORS.contains(sector) ? sector : null;
            }
        }
        return null;
    }

    public List<ActorMention> resolve(Sentence s, List<ActorMention> mentions) {
        // "the paramilitary Rapid Support Forces", "Hezbollah leader Hassan Nasrallah": a descriptor
        // right before a name is part of the named actor
        mentions = joinPairs(mentions, (a, b) -> a.end() == b.start()
                && (a.kind() == ActorMention.Kind.COREFERENCE || a.kind() == ActorMention.Kind.AGENT_ONLY)
                && (b.kind() == ActorMention.Kind.NAMED || b.kind() == ActorMention.Kind.PERSON) && b.isResolved()
                && !a.possessive()
                ? new ActorMention(a.start(), b.end(), b.codes(), b.kind(), b.individual(), a.locative() || b.locative(),
                        b.placeCode(), b.possessive(), b.entries())
                : null);
        // "Vietnam's Communist Party chief Nguyen Phu Trong": a state's possessive before a title the dictionaries do not
        // know and a person of that state is one actor, not a conjunct of its own
        mentions = joinPairs(mentions, (a, b) -> a.possessive() && a.kind() == ActorMention.Kind.NAMED && a.codes().size() == 1
                && a.code().length() == 3 && b.kind() == ActorMention.Kind.PERSON && b.code() != null
                && b.code().startsWith(a.code()) && titleBetween(s, a.end() + 1, b.start())
                ? new ActorMention(a.start(), b.end(), b.codes(), b.kind(), b.individual(), b.locative(), b.placeCode(),
                        b.possessive(), b.entries())
                : null);
        List<ActorMention> out = null;
        // "protesters in Dhaka", "residents in Gaza": a role word for people alone, placed in a country, is
        // that country's (GOLD-SET.md: a demonym or place with a role noun takes the role)
        for (int i = 0; i + 1 < mentions.size(); i++) {
            List<ActorMention> current = out == null ? mentions : out;
            ActorMention a = current.get(i);
            ActorMention b = current.get(i + 1);
            // people placed in a country are mostly its own (forces and officials there often are not)
            String sector = a.isResolved() || !(a.start() == 0 || Character.isLowerCase(s.token(a.end() - 1).text().charAt(0)))
                    ? null : agentSector(a);
            if (sector == null || b.start() != a.end() + 1 || !s.lower(a.end()).equals("in") || !b.locative()
                    || b.placeCode() == null || b.placeCode().length() != 3 || !Coreference.isCountryCode(b.placeCode())) {
                continue;
            }
            List<ActorMention> next = new ArrayList<>(current);
            List<String> entries = new ArrayList<>(a.entries());
            entries.addAll(b.entries());
            next.set(i, new ActorMention(a.start(), a.end(), List.of(b.placeCode() + sector), ActorMention.Kind.COMPOSED,
                    a.individual(), false, b.placeCode(), a.possessive(), entries));
            out = next;
        }
        return forcesOfSoleState(s, rolesOfCountries(s, groupOfCountry(s, personOfCountry(s,
                countryAcrossRoles(s, possessorsOfOneRole(s, out == null ? mentions : out))))));
    }

    /**
     * "Russia's and Belarus's leaders", "China's, Russia's and Iran's navies": a role word after coordinated
     * possessive states belongs to each of them, not only to the last ("Russia's and" is no actor on its own).
     */
    private static List<ActorMention> possessorsOfOneRole(Sentence s, List<ActorMention> mentions) {
        List<ActorMention> out = null;
        for (int i = mentions.size() - 1; i > 0; i--) {
            List<ActorMention> current = out == null ? mentions : out;
            ActorMention role = current.get(i);
            if (role.kind() != ActorMention.Kind.COMPOSED || role.codes().size() != 1 || role.code().length() <= 3
                    || !Coreference.isCountryCode(role.code()) || role.start() + 1 >= role.end()
                    || !s.lower(role.start() + 1).equals("'s")) {
                continue;
            }
            String sector = role.code().substring(3);
            int next = role.start();
            for (int j = i - 1; j >= 0; j--) {
                ActorMention a = current.get(j);
                if (a.kind() != ActorMention.Kind.NAMED || a.codes().size() != 1 || a.code().length() != 3
                        || !Coreference.isCountryCode(a.code()) || !a.possessive() || a.locative()
                        || next != a.end() + 2 || !(s.lower(a.end() + 1).equals("and") || s.lower(a.end() + 1).equals(","))) {
                    break;
                }
                List<String> entries = new ArrayList<>(a.entries());
                entries.add("composition:possessors-of-one-role " + sector);
                out = out == null ? new ArrayList<>(mentions) : out;
                // the mention takes its "'s" in, as "Belarus's leaders" does, so that "and" joins the two
                out.set(j, new ActorMention(a.start(), a.end() + 1, List.of(a.code() + sector), ActorMention.Kind.COMPOSED,
                        role.individual(), false, a.code(), false, entries));
                next = a.start();
            }
        }
        return out == null ? mentions : out;
    }

    /** A state's own armed and police forces named by role alone, with no state of their own. */
    private static final Set<String> STATE_FORCES = Set.of("government forces", "government troops",
            "government soldiers", "regime forces", "regime troops", "security forces", "riot police", "riot officers");

    /**
     * "A UN commission said government forces had killed 1,400 people in Syria's coastal region", "security forces
     * fired on demonstrators" after "Iran's morality police": a state's forces named by role alone are those of the one
     * state the sentence names, as actor or place; with two states or none they stay unresolved (which state's forces
     * "government forces" between Russia and Syria are is for the grammar, not this step).
     */
    private static List<ActorMention> forcesOfSoleState(Sentence s, List<ActorMention> mentions) {
        List<ActorMention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            ActorMention a = mentions.get(i);
            if (a.kind() != ActorMention.Kind.AGENT_ONLY || a.sector() == null
                    || !STATE_FORCES.contains(s.lowerText(a.start(), a.end()))) {
                continue;
            }
            String state = soleState(mentions, a);
            if (state == null) {
                continue;
            }
            out = out == null ? new ArrayList<>(mentions) : out;
            out.set(i, a.withCodes(List.of(state + a.sector()), ActorMention.Kind.COMPOSED, List.of("composition:sole-state " + state)));
        }
        return out == null ? mentions : out;
    }

    /** The one state the resolved mentions but {@code role} belong to, as actor or place; null for none or several. */
    private static String soleState(List<ActorMention> mentions, ActorMention role) {
        String state = null;
        for (ActorMention m : mentions) {
            String c = m == role ? null : m.locative() && m.placeCode() != null ? m.placeCode() : m.code();
            if (c == null || c.length() < 3 || !Coreference.isCountryCode(c)) {
                continue; // "a UN commission said": a body of no state has no government forces
            }
            if (state != null && !state.equals(c.substring(0, 3))) {
                return null;
            }
            state = c.substring(0, 3);
        }
        return state;
    }

    /**
     * "Yemen's Houthis", "Lebanon's Hezbollah": a country in the possessive right before a group of its own named by
     * name is one actor, the group ("detained by Yemen's Houthis" is the Houthis' act, not Yemen's).
     */
    private static List<ActorMention> groupOfCountry(Sentence s, List<ActorMention> mentions) {
        return joinPairs(mentions, (a, b) -> {
            if (a.kind() != ActorMention.Kind.NAMED || a.codes().size() != 1 || a.code().length() != 3
                    || !Coreference.isCountryCode(a.code()) || b.kind() != ActorMention.Kind.NAMED || b.codes().size() != 1
                    || b.code().length() <= 3 || !b.code().startsWith(a.code()) || b.start() != a.end() + 1
                    || !s.lower(a.end()).equals("'s")) {
                return null;
            }
            List<String> entries = new ArrayList<>(a.entries());
            entries.addAll(b.entries());
            return new ActorMention(a.start(), b.end(), b.codes(), b.kind(), b.individual(), b.locative(), b.placeCode(),
                    b.possessive(), entries);
        });
    }

    /**
     * "Turkish police and prosecutors searched ...", "Iranian officials and diplomats": a country's role word
     * coordinated with a second role word alone shares its country, unless the second has its own ("prosecutors of
     * the ICC") or is placed elsewhere.
     */
    private static List<ActorMention> countryAcrossRoles(Sentence s, List<ActorMention> mentions) {
        List<ActorMention> out = null;
        for (int i = 0; i + 1 < mentions.size(); i++) {
            List<ActorMention> current = out == null ? mentions : out;
            ActorMention a = current.get(i);
            ActorMention b = current.get(i + 1);
            if (a.kind() != ActorMention.Kind.COMPOSED || a.codes().size() != 1 || a.code().length() != 6
                    || !Coreference.isCountryCode(a.code()) || a.possessive() || a.locative()
                    || !Character.isLowerCase(s.token(a.end() - 1).text().charAt(0))
                    || !(s.lower(a.end() - 1).endsWith("s") || s.lower(a.end() - 1).equals("police")) // a plural role,
                    // not an adjective ("Moroccan civilian and military aircraft")
                    || b.kind() != ActorMention.Kind.AGENT_ONLY || b.sector() == null || b.start() != a.end() + 1
                    || !s.lower(a.end()).equals("and") || b.end() < s.size() && (s.lower(b.end()).equals("of")
                    || s.lower(b.end()).equals("in") || s.lower(b.end()).equals("from") || s.lower(b.end()).equals("at"))) {
                continue;
            }
            List<String> entries = new ArrayList<>(b.entries());
            entries.add("composition:shared-country " + a.code().substring(0, 3));
            List<ActorMention> next = new ArrayList<>(current);
            next.set(i + 1, new ActorMention(b.start(), b.end(), List.of(a.code().substring(0, 3) + b.sector()),
                    ActorMention.Kind.COMPOSED, b.individual(), false, a.code().substring(0, 3), b.possessive(), entries));
            out = next;
        }
        return out == null ? mentions : out;
    }

    /** One to four words of a title between a possessive and a name: no punctuation, no conjunction. */
    private static boolean titleBetween(Sentence s, int from, int to) {
        if (from < 1 || !s.lower(from - 1).equals("'s") || to - from < 1 || to - from > 4) {
            return false;
        }
        for (int t = from; t < to; t++) {
            String w = s.lower(t);
            if (!Character.isLetter(w.charAt(0)) || w.equals("and") || w.equals("or") || w.equals("of") || w.equals("that")) {
                return false;
            }
        }
        return TITLE_HEADS.contains(s.lower(to - 1));
    }

    /** The last word of a descriptive title: "Communist Party chief", "top diplomat", "junta leader". */
    private static final java.util.Set<String> TITLE_HEADS = java.util.Set.of("chief", "leader", "head", "boss", "strongman",
            "diplomat", "chairman", "chairwoman", "secretary", "commander", "ruler", "envoy");

    /**
     * "Presidents Nicolas Maduro of Venezuela and Irfaan Ali of Guyana met": a known person followed by "of" and
     * the country of his role is one actor, so the country is no conjunct of its own.
     */
    private static List<ActorMention> personOfCountry(Sentence s, List<ActorMention> mentions) {
        return joinPairs(mentions, (a, b) -> a.kind() != ActorMention.Kind.PERSON || !a.isResolved() || a.code() == null
                || a.code().length() < 3 || b.kind() != ActorMention.Kind.NAMED || b.codes().size() != 1
                || b.start() != a.end() + 1 || !s.lower(a.end()).equals("of") || !a.code().substring(0, 3).equals(b.code())
                || b.possessive()
                ? null
                : new ActorMention(a.start(), b.end(), a.codes(), a.kind(), a.individual(), a.locative(), a.placeCode(),
                        a.possessive(), a.entries()));
    }

    /**
     * Each pair of neighbouring mentions that {@code join} makes one (it returns the joined mention, or null), right
     * to left, so that a joined mention may join the one before it.
     */
    private static List<ActorMention> joinPairs(List<ActorMention> mentions, BinaryOperator<ActorMention> join) {
        List<ActorMention> out = mentions;
        for (int i = mentions.size() - 2; i >= 0; i--) {
            ActorMention joined = join.apply(out.get(i), out.get(i + 1));
            if (joined != null) {
                out = new ArrayList<>(out);
                out.remove(i + 1);
                out.set(i, joined);
            }
        }
        return out;
    }

    /**
     * "The foreign ministers of Russia and China", "the leaders of Egypt, Jordan and France": a plural role
     * "of" a country extends to the countries coordinated after it.
     */
    private static List<ActorMention> rolesOfCountries(Sentence s, List<ActorMention> mentions) {
        List<ActorMention> out = null;
        for (int i = 0; i + 1 < mentions.size(); i++) {
            List<ActorMention> current = out == null ? mentions : out;
            ActorMention a = current.get(i);
            int of = ofBefore(s, a);
            // "the juntas in Mali, Burkina Faso and Niger": soldiers who rule where they are rule each place named
            int in = of < 0 ? rulersIn(s, a) : -1;
            boolean placed = in > 0;
            of = placed ? in : of;
            if (a.kind() != ActorMention.Kind.COMPOSED || a.codes().size() != 1 || a.code().length() <= 3
                    || of < 0 || !s.lower(a.start()).endsWith("s") && !s.lower(of - 1).endsWith("s")
                    || !Coreference.isCountryCode(a.code())) {
                continue;
            }
            String role = a.code().substring(3);
            int previousEnd = a.end();
            for (int j = i + 1; j < current.size(); j++) {
                ActorMention b = current.get(j);
                // "..., Japan and the United States": a conjunction, and an article before a country's name
                int gap = b.start() - previousEnd;
                String between = gap == 1 || gap == 2 && s.lower(b.start() - 1).equals("the") ? s.lower(previousEnd) : "";
                if (!(between.equals("and") || between.equals(",")) || b.kind() != ActorMention.Kind.NAMED
                        || b.codes().size() != 1 || b.code().length() != 3 || b.possessive() || b.locative() && !placed) {
                    break;
                }
                List<String> entries = new ArrayList<>(b.entries());
                entries.add("composition:shared-role " + role);
                List<ActorMention> next = new ArrayList<>(out == null ? mentions : out);
                next.set(j, new ActorMention(b.start(), b.end(), List.of(b.code() + role), ActorMention.Kind.COMPOSED,
                        a.individual(), false, b.placeCode(), false, entries));
                out = next;
                previousEnd = b.end();
            }
        }
        return out == null ? mentions : out;
    }

    /** The "in" after plural rulers that places a composed role ("the juntas in Mali"), or -1. */
    private static int rulersIn(Sentence s, ActorMention a) {
        for (int k = a.end() - 2; k > a.start(); k--) {
            if (s.lower(k).equals("in")) {
                int from = s.lower(a.start()).equals("the") ? a.start() + 1 : a.start();
                return ActorRecognizer.rulers(s.lowerText(from, k)) ? k : -1;
            }
        }
        return -1;
    }

    /** The "of" before the country that ends a composed role ("ministers of France", "coast guards of the Philippines"), or -1. */
    private static int ofBefore(Sentence s, ActorMention a) {
        for (int k = a.end() - 2; k >= Math.max(a.start() + 1, a.end() - 4); k--) {
            if (s.lower(k).equals("of")) {
                return k;
            }
        }
        return -1;
    }
}
