package org.touchstone.coder.petrarch.mapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.touchstone.coder.dict.ActorDictionary;
import org.touchstone.coder.dict.ActorForm;
import org.touchstone.coder.dict.ActorKind;
import org.touchstone.coder.dict.DatedRole;
import org.touchstone.coder.dict.DiscardPhrase;
import org.touchstone.coder.dict.Person;
import org.touchstone.coder.petrarch.ActorCode;
import org.touchstone.coder.petrarch.ActorEntry;
import org.touchstone.coder.petrarch.AgentDictionary;
import org.touchstone.coder.petrarch.AgentEntry;
import org.touchstone.coder.petrarch.DateRestriction;
import org.touchstone.coder.petrarch.DiscardEntry;
import org.touchstone.coder.petrarch.DiscardList;
import org.touchstone.coder.text.Token;
import org.touchstone.coder.text.Tokenizer;

/**
 * Turns parsed PETRARCH/TABARI actor, agent and discard files into the coder's actor model.
 *
 * <ul>
 *   <li>Every phrase of an actor (root and {@code +} synonyms; '_' read as a blank, TABARI's final
 *       '_' dropped) becomes an {@link ActorForm} of kind {@link ActorKind#COUNTRY} with the entry's
 *       code, matched without regard to case. Codes are kept as written: {@code ---} (no actor),
 *       alternatives {@code FRO/BIL/SAM} (one actor each), {@code ###}, lower-case {@code pse}.</li>
 *   <li>An actor with date restrictions becomes a {@link Person} of kind {@link ActorKind#PERSON}
 *       whose {@link DatedRole}s are the restricted codes in file order ({@code <D}: up to and
 *       including D; {@code >D}: from D on; {@code D1-D2}: both included), followed by the
 *       unrestricted code as an open role from the earliest date: the first role held on the
 *       sentence date gives the code, as in PETRARCH. Without an unrestricted code and outside every
 *       restriction the actor has no code.</li>
 *   <li>Agents become forms of kind {@link ActorKind#AGENT} whose code keeps PETRARCH's
 *       placement mark: {@code ~GOV} goes after the actor's code, {@code NGO~} before it. Each
 *       agent has its singular, its plural (regular: +S, Y to IES, S to ES; or as written in braces;
 *       none for {@code {}}), and one form per value of a substitution marker
 *       ({@code CONGRESS!PERSON!}: congressman, congressmen, ...; no plurals).</li>
 *   <li>Discards become {@link DiscardPhrase}s.</li>
 * </ul>
 */
public final class ActorMapping {
    /**
     * The token that stands for the gap a blank allows between two words of an actor or agent
     * phrase ("ITHILEN TELEVISION" also matches "Ithilen state-run television"; "_" joins words
     * without a gap). It never occurs in text, so only a reader that knows it (the PETRARCH reading)
     * uses those forms.
     */
    public static final String GAP = "\u2026";

    private final Tokenizer tokenizer = new Tokenizer();

    /** Adds the forms of an actor file to the builder. */
    public void addActors(org.touchstone.coder.petrarch.ActorDictionary raw, ActorDictionary.Builder builder) {
        String file = VerbMapping.fileName(raw.file());
        for (ActorEntry e : raw.entries()) {
            String entry = "actors:" + file + ":" + e.line() + " " + e.name();
            List<String> phrases = new ArrayList<>();
            phrases.add(e.name());
            e.synonyms().forEach(s -> phrases.add(s.phrase()));
            List<DatedRole> restricted = new ArrayList<>();
            String plain = null;
            for (ActorCode c : e.codes()) {
                DateRestriction r = c.restriction();
                if (r == null) {
                    if (plain == null) {
                        plain = c.code();
                    }
                } else {
                    restricted.add(role(c.code(), r));
                }
            }
            Person person = null;
            if (!restricted.isEmpty()) {
                List<DatedRole> roles = new ArrayList<>(restricted);
                if (plain != null) {
                    roles.add(new DatedRole(plain, LocalDate.MIN, null, null));
                }
                person = new Person(e.name(), roles);
            }
            for (String phrase : phrases) {
                for (List<String> tokens : List.of(tokens(phrase), gapped(phrase))) {
                    if (tokens.isEmpty()) {
                        continue;
                    }
                    builder.addForm(person != null
                            ? new ActorForm(tokens, ActorKind.PERSON, null, false, false, person, entry)
                            : new ActorForm(tokens, ActorKind.COUNTRY, plain, false, false, null, entry));
                }
            }
        }
    }

    private static DatedRole role(String code, DateRestriction r) {
        return switch (r.kind()) {
            case BEFORE -> new DatedRole(code, LocalDate.MIN, r.to(), null);
            case AFTER -> new DatedRole(code, r.from(), null, null);
            case BETWEEN -> new DatedRole(code, r.from(), r.to(), null);
        };
    }

    /** Adds the forms of an agent file to the builder. */
    public void addAgents(AgentDictionary raw, ActorDictionary.Builder builder) {
        String file = VerbMapping.fileName(raw.file());
        for (AgentEntry a : raw.entries()) {
            String code = a.placement() == AgentEntry.Placement.AFTER_ACTOR_CODE ? "~" + a.code() : a.code() + "~";
            String entry = "actors:" + file + ":" + a.line() + " " + a.phrase();
            for (String phrase : agentPhrases(a, raw.substitutions())) {
                for (List<String> tokens : List.of(tokens(phrase), gapped(phrase))) {
                    if (!tokens.isEmpty()) {
                        builder.addForm(new ActorForm(tokens, ActorKind.AGENT, code, false, false, null, entry));
                    }
                }
            }
        }
    }

    /** The singular and plural phrases of an agent, markers substituted. */
    static List<String> agentPhrases(AgentEntry a, List<AgentDictionary.SubstitutionSet> sets) {
        Set<String> out = new LinkedHashSet<>();
        String phrase = a.phrase();
        int open = phrase.indexOf('!');
        int close = open < 0 ? -1 : phrase.indexOf('!', open + 1);
        if (open >= 0 && close > open) {
            String marker = phrase.substring(open + 1, close);
            for (AgentDictionary.SubstitutionSet set : sets) {
                if (set.marker().equals(marker)) {
                    for (String v : set.values()) {
                        out.add(phrase.substring(0, open) + v + phrase.substring(close + 1));
                    }
                }
            }
            return new ArrayList<>(out);
        }
        out.add(phrase);
        if (a.plural() == null) {
            String p = phrase.replaceAll("_+$", "");
            int cut = Math.max(p.lastIndexOf('_'), p.lastIndexOf(' '));
            String last = p.substring(cut + 1).toLowerCase(Locale.ROOT);
            out.add(p.substring(0, cut + 1) + VerbMapping.plural(last));
        } else if (!a.plural().isBlank()) {
            out.add(a.plural());
        }
        return new ArrayList<>(out);
    }

    /** The discard phrases of a discard file. */
    public List<DiscardPhrase> discards(DiscardList raw) {
        String file = VerbMapping.fileName(raw.file());
        List<DiscardPhrase> out = new ArrayList<>();
        for (DiscardEntry d : raw.entries()) {
            List<String> tokens = tokens(d.phrase());
            if (!tokens.isEmpty()) {
                out.add(new DiscardPhrase(tokens, d.wholeStory(), d.wholeWord(),
                        "discards:" + file + ":" + d.line() + " " + d.phrase()));
            }
        }
        return out;
    }

    /** The phrase with {@link #GAP} where it has a blank between two words; empty when it has none. */
    List<String> gapped(String phrase) {
        String p = phrase.strip().replaceAll("_+$", "");
        if (!p.contains(" ")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        String[] parts = p.split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.add(GAP);
            }
            out.addAll(tokens(parts[i]));
        }
        return out;
    }

    /** A dictionary phrase as lower-case tokens: '_' is a blank, a final '_' (TABARI's whole-word mark) is dropped. */
    List<String> tokens(String phrase) {
        String p = phrase.strip().replace('_', ' ').strip();
        List<String> out = new ArrayList<>();
        for (Token t : tokenizer.tokenize(p)) {
            out.add(t.lower());
        }
        return out;
    }
}
