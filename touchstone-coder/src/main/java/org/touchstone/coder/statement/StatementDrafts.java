package org.touchstone.coder.statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.AllusionDetector;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;
import org.touchstone.core.Audience;

/**
 * Builds the statement record once a rule has found its speaker, stance, words and first targets. What it decides on
 * the way is what every statement shares, whichever rule found it: the audience (AudienceDetector, read without the
 * news the speaker only reports); whether the words name their target or only allude to it (R14: "some forces", "a
 * neighbouring country", "an apparent reference to China"); and the last word on the targets: the members joined to
 * them, a charge's victims left out, the forum or outlet told the words left out, the one addressed added, people,
 * lands and actors of other clauses left out, countries for "the two countries".
 */
final class StatementDrafts {
    private final AllusionDetector allusions;
    private final AudienceDetector audiences;

    StatementDrafts(AllusionDetector allusions, AudienceDetector audiences) {
        this.allusions = allusions;
        this.audiences = audiences;
    }

    /**
     * The statement of {@code speaker} with stance {@code code}, whose words run over tokens [from, to) and which the
     * sentence tells from token {@code spanFrom} on, about {@code targets} as the rule found them, completed and pruned
     * as for every statement; {@code entries} are the dictionary entries that made it.
     */
    StatementDraft draft(Sentence s, List<ActorMention> mentions, String speaker, List<String> targets,
                         String code, int from, int to, int spanFrom, List<String> entries) {
        targets = withoutSupportersTold(s, mentions, speaker, targets);
        AllusionDetector.Allusion allusion = allusions.find(s, from, to);
        boolean named = allusion == null || !targets.isEmpty() && !targets.contains("UIS") && !SpokenAbout.targetsInsideAllusion(mentions, allusion, targets)
                && Speakers.referent(s, mentions) == null;
        if (allusion != null && targets.contains("UIS")) {
            targets = new ArrayList<>(targets);
            targets.remove("UIS");
            named = false;
        }
        ActorMention meant = Speakers.veiledReferent(s, mentions);
        if (meant != null && !SpokenAbout.ownSide(speaker, meant.codes())) {
            // "..., in an apparent reference to China": the words allude to it, named or not
            if (!targets.containsAll(meant.codes())) {
                targets = new ArrayList<>(targets);
                targets.addAll(meant.codes());
            }
            named = false;
        }
        String alluded = null;
        if (allusion != null) {
            // "some politicians in the Philippines", "the occupation": the allusion's country or region
            alluded = allusion.code() != null && !allusion.code().equals("UIS") ? allusion.code() : SpokenAbout.placeAfter(s, mentions, allusion);
            if (alluded != null && allusion.sector() != null && alluded.length() == 3 && Coreference.isCountryCode(alluded)) {
                alluded += allusion.sector(); // "the regime in Minsk": Belarus's government
            }
            if (alluded != null && !targets.contains(alluded) && !SpokenAbout.ownSide(speaker, List.of(alluded))) {
                targets = new ArrayList<>(targets);
                targets.add(alluded);
            }
        }
        targets = StatementTargets.withConjoined(s, mentions, speaker, targets, from, to);
        if (code.startsWith("11") && !targets.isEmpty()) {
            // a criticism or an allegation is about its author, not about those its act or measure bore on
            targets = StatementTargets.withoutVictims(s, mentions, targets, from, to, true);
        }
        Audience audience = audienceOf(s, mentions, speaker, targets, from, to);
        ActorMention body = AudienceDetector.addressedBody(s, mentions);
        if (body != null && !Collections.disjoint(targets, body.codes())) {
            targets = new ArrayList<>(targets);
            targets.removeAll(body.codes()); // "told the Security Council that ...": the forum heard the words
        }
        ActorMention outletCountry = MediaAudience.possessiveOutlet(s, mentions);
        if (outletCountry != null && targets.contains(outletCountry.code()) && !namedElsewhere(mentions, outletCountry)) {
            targets = new ArrayList<>(targets);
            targets.remove(outletCountry.code()); // "told Australia's ABC": the outlet's country heard the words
        }
        if (body != null && Coreference.isCountryCode(body.code()) && !SpokenAbout.ownSide(speaker, List.of(body.code()))
                && SpokenAbout.countriesSpokenOf(s, from, to) && !targets.contains(body.code().substring(0, 3))) {
            // "told a joint meeting of the US Congress that ties between the two democracies ...": its country is spoken
            // of, beside what else the words name ("told the Bundestag that both countries must lead Europe")
            targets = new ArrayList<>(targets);
            targets.add(body.code().substring(0, 3));
        }
        ActorMention addressee = audience == Audience.TARGET ? TargetAudience.addressee(s, mentions) : null;
        if (addressee != null && !SpokenAbout.ownSide(speaker, addressee.codes()) && !SpokenAbout.aboutCountryOf(targets, addressee.code())
                && !visitor(s, addressee)) {
            // words said to the target are about it too ("In a letter to Xi, Biden said ..."); a visitor only hosted
            // is the audience, and the words name their own target ("said in a joint statement issued during Xi's
            // visit to Seoul that they opposed any attempt ...")
            targets = new ArrayList<>(targets);
            targets.addAll(addressee.codes());
        }
        targets = SpokenAbout.withoutPeopleBesideActors(targets);
        targets = SpokenAbout.withoutClauseActors(s, mentions, targets, from, to);
        targets = SpokenAbout.withoutLands(s, mentions, targets);
        targets = AllusionFirst.withoutActorsAfter(s, mentions, allusion, resolvedAllusion(s, mentions, allusion, alluded, meant),
                targets, from, to);
        if (allusion != null && onlyAlluded(targets, alluded, mentions, allusion)) {
            // the forum addressed or the speaker's own people were the only others named: the words themselves only allude
            named = false;
        }
        if (SpokenAbout.countriesSpokenOf(s, from, to)) {
            targets = SpokenAbout.asCountries(targets); // "told Putin that he hoped to develop relations between the two countries"
        }
        return new StatementDraft(speaker, List.copyOf(SpokenAbout.withoutBareCountries(targets)), named, code, audience, ReportedWords.quote(s, from, to),
                Math.max(0, Math.min(spanFrom, from)), s.size(), List.copyOf(new LinkedHashSet<>(entries)));
    }

    /**
     * The targets without the speaker's own followers it told the words ("told supporters in Caracas that foreign powers
     * were behind the coup"): they heard the words, which are about others, named or not.
     */
    private static List<String> withoutSupportersTold(Sentence s, List<ActorMention> mentions, String speaker,
                                                      List<String> targets) {
        ActorMention told = speaker == null || !Coreference.isCountryCode(speaker) ? null : HomeAudience.toldSupporters(s, mentions);
        if (told == null || !told.isResolved() || !told.code().equals(speaker.substring(0, 3) + "CVL")
                || !targets.contains(told.code())) {
            return targets;
        }
        List<String> out = new ArrayList<>(targets);
        out.remove(told.code());
        return out;
    }

    /**
     * The audience of words that come before their speaker ("Fidan spoke by telephone with Blinken, the ministry said",
     * "troops fired tear gas at crowds, officials said") is read without those words: a call, a rally or a summit they
     * report is what the speaker tells of, not where it spoke; a channel after the speaker's verb stays its own.
     */
    private Audience audienceOf(Sentence s, List<ActorMention> mentions, String speaker, List<String> targets, int from, int to) {
        if (from > 0 || to <= 0 || to >= s.size() || ownWordsTold(s, mentions, speaker, to)) {
            return audiences.detect(s, speaker, mentions, targets);
        }
        boolean[] reported = new boolean[s.size()];
        Arrays.fill(reported, 0, to, true);
        return audiences.detectWithout(s, speaker, mentions, targets, reported);
    }

    /** Verbs of the speaker's own side telling words in what it reports ("Stilwell told the ambassador that ..."). */
    private static final WordSet OWN_TELLING = Words.TOLD.with("said", "says", "urged", "asked", "warned", "assured");

    /**
     * Whether the news before the speaker is its own side's words told somewhere ("Stilwell told the ambassador that ...,
     * according to a State Department official"): their channel is the speaker's, unlike a call it only reports ("Fidan
     * spoke by telephone with Blinken, the ministry said"). A teller the dictionaries do not place counts as its own.
     */
    private static boolean ownWordsTold(Sentence s, List<ActorMention> mentions, String speaker, int to) {
        for (int k = 1; k < to; k++) {
            if (!OWN_TELLING.contains(s.token(k))) {
                continue; // the telling verb first: the mention scans below are asked only at one
            }
            int verb = k;
            // the teller named right before the verb: an official the dictionaries do not place ("Assistant Secretary of
            // State David Stilwell told") is the speaker's own, whose words it relays; another state's is not
            // (a state that coreference only guesses for a new name, the last individual's, does not place it either)
            boolean named = s.token(k - 1).isCapitalized() && mentions.stream().noneMatch(m -> m.end() == verb && m.isResolved()
                    && m.kind() != ActorMention.Kind.COREFERENCE && !SpokenAbout.sameCountry(m.code(), speaker));
            boolean own = mentions.stream().anyMatch(m -> m.end() == verb && m.isResolved() && SpokenAbout.sameCountry(m.code(), speaker));
            if (named || own) {
                return true;
            }
        }
        return false;
    }

    /** Whether a mention is the possessor of a journey noun ("Xi's visit", "Scholz's trip"). */
    private static boolean visitor(Sentence s, ActorMention m) {
        return m.possessive() && m.end() + 1 < s.size() && Words.JOURNEYS.contains(s.token(m.end() + 1));
    }

    /** Whether the actor of a mention is named by another mention of the sentence too. */
    private static boolean namedElsewhere(List<ActorMention> mentions, ActorMention m) {
        for (ActorMention other : mentions) {
            if (other != m && m.codes().equals(other.codes())) {
                return true;
            }
        }
        return false;
    }

    /** What the allusion means: its code, the place it names, the referent the sentence gives it, the veiled one. */
    private static List<String> resolvedAllusion(Sentence s, List<ActorMention> mentions, AllusionDetector.Allusion allusion,
                                                 String alluded, ActorMention meant) {
        List<String> out = new ArrayList<>();
        if (allusion == null) {
            return out;
        }
        if (allusion.code() != null) {
            out.add(allusion.code());
        }
        if (alluded != null) {
            out.add(alluded);
        }
        ActorMention referent = Speakers.referent(s, mentions);
        if (referent != null) {
            out.addAll(referent.codes());
        }
        if (meant != null) {
            out.addAll(meant.codes());
        }
        return out;
    }

    /** Whether every target is the one the allusion means (none, or its code, or an actor named inside it). */
    private static boolean onlyAlluded(List<String> targets, String alluded, List<ActorMention> mentions,
                                       AllusionDetector.Allusion allusion) {
        for (String t : targets) {
            if (!t.equals(alluded) && !t.equals(allusion.code())
                    && !SpokenAbout.targetsInsideAllusion(mentions, allusion, List.of(t))) {
                return false;
            }
        }
        return true;
    }
}
