package org.touchstone.coder.actor;

import java.util.ArrayList;
import java.util.List;
import org.touchstone.coder.text.Sentence;

/**
 * Coordinated country adjectives share the role noun that follows the last of them: "Armenian
 * and Azerbaijani troops" are ARMMIL and AZEMIL, "Qatari and Egyptian mediators" QATGOV and
 * EGYGOV. A bare country mention (one token, three-letter code) joined by "and" or a comma to a
 * composed mention of another country with a role takes that role, and so do countries coordinated
 * after a plural role "of" a country ("the foreign ministers of Russia and China"). Stateless.
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

    /** Country adjectives the endings below miss, and acronyms used as adjectives ("U.S. and Philippine troops"). */
    private static final java.util.Set<String> OTHER_ADJECTIVES = java.util.Set.of("philippine", "greek", "swiss", "cypriot",
            "lao", "uzbek", "tajik", "kazakh", "kyrgyz", "u.s.", "us", "uk", "u.k.");

    private static boolean adjective(String word) {
        return word.endsWith("n") || word.endsWith("i") || word.endsWith("ese") || word.endsWith("ish")
                || word.endsWith("ch") || word.endsWith("ic") || OTHER_ADJECTIVES.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    public List<ActorMention> resolve(Sentence s, List<ActorMention> mentions) {
        List<ActorMention> out = null;
        // "the paramilitary Rapid Support Forces", "Hezbollah leader Hassan Nasrallah": a descriptor
        // right before a name is part of the named actor
        for (int i = mentions.size() - 2; i >= 0; i--) {
            List<ActorMention> current = out == null ? mentions : out;
            ActorMention a = current.get(i);
            ActorMention b = current.get(i + 1);
            if (a.end() == b.start() && (a.kind() == ActorMention.Kind.COREFERENCE || a.kind() == ActorMention.Kind.AGENT_ONLY)
                    && (b.kind() == ActorMention.Kind.NAMED || b.kind() == ActorMention.Kind.PERSON) && b.isResolved()
                    && !a.possessive()) {
                List<ActorMention> next = new ArrayList<>(current);
                next.remove(i);
                next.set(i, new ActorMention(a.start(), b.end(), b.codes(), b.kind(), b.individual(), a.locative() || b.locative(),
                        b.placeCode(), b.possessive(), b.entries()));
                out = next;
            }
        }
        mentions = out == null ? mentions : out;
        out = null;
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
        mentions = out == null ? mentions : out;
        out = null;
        for (int i = mentions.size() - 2; i >= 0; i--) {
            List<ActorMention> current = out == null ? mentions : out;
            ActorMention a = current.get(i);
            ActorMention b = current.get(i + 1);
            if (a.end() - a.start() != 1 || a.codes().size() != 1 || a.code().length() != 3 || a.possessive()
                    || a.locative() || b.codes().size() != 1 || b.code().length() <= 3 || b.kind() != ActorMention.Kind.COMPOSED
                    || !Coreference.isCountryCode(a.code()) || !Coreference.isCountryCode(b.code())
                    || b.code().startsWith(a.code()) || b.start() != a.end() + 1) {
                continue;
            }
            String between = s.lower(a.end());
            boolean adjective = adjective(s.token(a.start()).text()) && adjective(s.token(b.start()).text());
            // the role word must follow the second adjective directly: "Azerbaijani troops"
            // ("Chinese, Russian and Guatemalan officials": the middle one has just taken the role from the last)
            boolean shared = b.end() - b.start() == 1 && b.entries().stream().anyMatch(e -> e.startsWith("composition:shared-role"));
            // "Turkish and Syrian defence ministers": the role may be several words after the adjective
            if (!(between.equals("and") || between.equals(",")) || !adjective || b.end() - b.start() < 2 && !shared) {
                continue;
            }
            String role = b.code().substring(3);
            List<String> entries = new ArrayList<>(a.entries());
            entries.add("composition:shared-role " + role);
            List<ActorMention> next = new ArrayList<>(current);
            next.set(i, new ActorMention(a.start(), a.end(), List.of(a.code() + role), ActorMention.Kind.COMPOSED,
                    a.individual(), false, a.placeCode(), false, entries));
            out = next;
        }
        return rolesOfCountries(s, personOfCountry(s, out == null ? mentions : out));
    }

    /**
     * "Presidents Nicolas Maduro of Venezuela and Irfaan Ali of Guyana met": a known person followed by "of" and
     * the country of his role is one actor, so the country is no conjunct of its own.
     */
    private static List<ActorMention> personOfCountry(Sentence s, List<ActorMention> mentions) {
        List<ActorMention> out = null;
        for (int i = mentions.size() - 2; i >= 0; i--) {
            List<ActorMention> current = out == null ? mentions : out;
            ActorMention a = current.get(i);
            ActorMention b = current.get(i + 1);
            if (a.kind() != ActorMention.Kind.PERSON || !a.isResolved() || a.code() == null || a.code().length() < 3
                    || b.kind() != ActorMention.Kind.NAMED || b.codes().size() != 1 || b.start() != a.end() + 1
                    || !s.lower(a.end()).equals("of") || !a.code().substring(0, 3).equals(b.code()) || b.possessive()) {
                continue;
            }
            List<ActorMention> next = new ArrayList<>(current);
            next.remove(i + 1);
            next.set(i, new ActorMention(a.start(), b.end(), a.codes(), a.kind(), a.individual(), a.locative(), a.placeCode(),
                    a.possessive(), a.entries()));
            out = next;
        }
        return out == null ? mentions : out;
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
            if (a.kind() != ActorMention.Kind.COMPOSED || a.codes().size() != 1 || a.code().length() <= 3
                    || a.end() - a.start() < 3 || !s.lower(a.end() - 2).equals("of") || !s.lower(a.start()).endsWith("s")
                    && !s.lower(a.end() - 3).endsWith("s") || !Coreference.isCountryCode(a.code())) {
                continue;
            }
            String role = a.code().substring(3);
            int previousEnd = a.end();
            for (int j = i + 1; j < current.size(); j++) {
                ActorMention b = current.get(j);
                String between = b.start() == previousEnd + 1 ? s.lower(previousEnd) : "";
                if (!(between.equals("and") || between.equals(",")) || b.kind() != ActorMention.Kind.NAMED
                        || b.codes().size() != 1 || b.code().length() != 3 || b.possessive() || b.locative()) {
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
}
