package org.touchstone.coder.event;

import java.util.HashSet;
import java.util.Set;
import org.touchstone.coder.text.PhraseIndex;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;

/**
 * The stance of reported words that report no act: the speaker's own evaluation or
 * characterization of another actor (GOLD-SET.md R3c and R11, from the CAMEO 1.1b3 definitions
 * of 012, 013, 051, 111, 112 and 1123). Praise of a partner -> 051; optimism about relations ->
 * 013; concern or a negative assessment without blame -> 012; condemnation, derision,
 * denigration -> 111; a general allegation of wrongdoing -> 112; of aggression -> 1123; a warning of
 * harm to come ("would pay a heavy price", "playing with fire") -> 130.
 * The first evaluative phrase in the words decides; a negation just before it cancels it; a criticism of
 * allegations or accusations named before it denies them (016).
 */
public final class StanceLexicon {
    private static final PhraseIndex<String> INDEX = new PhraseIndex<>();
    /** Every phrase listed so far (declared before the lists are read). */
    private static final Set<String> LISTED = new HashSet<>();

    static {
        add("051", "friend", "friends", "friendship", "close partner", "trusted partner", "reliable partner",
                "candid", "statesman", "great relationship",
                "excellent relationship", "good relationship", "very good relationship", "great respect", "respect for",
                "grateful", "gratitude", "thank", "thanked", "thanks", "wonderful", "fantastic", "brilliant", "admire",
                "admires", "great leader", "strong leader", "ironclad", "all-weather", "no limits", "warm", "cordial",
                "important partner", "valued partner", "appreciate", "appreciated");
        // talks or a meeting called good are optimism about relations, not praise of the partner (GOLD-SET.md R11)
        add("013", "constructive", "productive", "substantive", "fruitful", "successful talks");
        add("013", "confident", "optimistic", "hopeful", "positive momentum", "on the right track", "stabilize",
                "stabilise", "back on track");
        add("012", "challenge", "concern", "concerns", "concerned", "worried", "worrying", "alarming", "alarmed",
                "deeply troubled");
        add("111", "threat to peace", "real threat", "biggest threat", "a threat", "violated", "shamelessly", "stirring up",
                "stir up", "hegemon", "hegemonic", "hegemonism", "bully", "bullying", "bullied", "dictator", "dictators",
                "took advantage", "taken advantage", "taking advantage", "ripped off", "irresponsible", "hypocrisy",
                "hypocritical", "double standards", "cold war mentality", "destabilizing", "destabilising",
                "provocative", "reckless", "lies", "lying", "unacceptable", "disgrace", "disgraceful", "shameful",
                "coercion", "coercive", "leverage over", "debt trap", "unfair", "cheated", "cheating",
                "arrogant", "arrogance", "hostile", "hostility", "secrecy", "covered up", "cover-up", "mistakes",
                "smear", "slander", "blackmail", "interference", "interfering", "meddling", "meddle");
        // "found that Russia interfered in the election": the deed told as a specific allegation (R11)
        add("112", "interfered in", "meddled in", "terrorism", "terrorist", "terrorists", "pushing", "toward escalation", "towards escalation",
                "responsible for", "to blame", "spying", "espionage", "war crimes", "genocide", "crimes",
                "orchestrated", "instigated", "fomented", "behind the unrest", "behind the attack", "provocation",
                "provocations");
        add("1123", "started the war", "unleashed the war", "aggression", "aggressor", "aggressive",
                "invaded");
        // more of the same classes, in the words news reports put in officials' mouths
        add("051", "commendable", "praiseworthy", "courageous", "heroic", "visionary", "great friend", "true friend",
                "dear friend", "good friend", "old friend", "strategic partner", "reliable", "trustworthy",
                "positive role", "constructive role", "important role", "solidarity", "brotherly", "brother",
                "partner of choice", "role model", "exemplary", "remarkable achievements", "great achievements");
        add("013", "improving", "progress", "breakthrough", "encouraging",
                "turning point", "best ever", "historic high", "strong relations", "deepening", "thaw",
                "warming", "momentum", "constructive talks", "positive signals", "positive signs");
        add("012", "deeply concerned", "seriously concerned", "gravely concerned", "grave concern",
                "serious concern", "troubling", "troubled", "uneasy", "unease", "anxious", "regrettable");
        // disappointment voiced at another's act is disapproval: the gold codes it 111 in every studied case
        add("111", "disappointed", "disappointing", "disappointment");
        add("111", "illegal", "unlawful", "illegitimate", "unilateral", "dangerous", "deplorable", "outrageous",
                "absurd", "ridiculous", "sham", "farce", "tendentious", "discriminatory", "protectionist", "protectionism",
                "extortion", "barbaric", "barbarism", "cynical", "unjustified", "unjustifiable", "undermine",
                "undermines", "undermined", "undermining", "damaging", "harmful", "wrong", "blunder", "belligerent",
                "inflammatory", "hysteria", "propaganda", "disinformation", "fake news", "politicizing", "politicising",
                "politicization", "politicisation", "weaponizing", "weaponising", "weaponization", "intimidation",
                "intimidate", "menace", "rogue", "pariah", "puppet", "vassal", "colonial", "neo-colonial",
                "neocolonial", "imperialist", "imperialism", "hegemony", "racist", "fascist", "nazi", "nazis",
                "neo-nazi", "neo-nazis", "despicable", "heinous", "abhorrent", "appalling", "shameless", "treacherous",
                "betrayal", "betrayed", "insult", "insulting", "slanderous", "defamatory", "malicious", "hostile acts",
                "unfriendly", "confrontational", "zero-sum", "militarization", "militarisation", "militarizing",
                "militarising", "expansionist", "expansionism", "bullies", "sabotage", "sabotaging",
                "economic war", "act of war", "declaration of war", "criminal", "criminals", "thugs", "gangsters",
                "regime change", "mafia", "irresponsibility", "pathetic", "shame", "terror state", "terrorist state",
                "stab in the back", "null and void", "rogue state", "evil");
        add("112", "violation", "violations", "in breach", "breached", "violating", "violates", "crimes against humanity",
                "ethnic cleansing", "atrocities", "abuses", "human rights abuses", "human rights violations",
                "repression", "persecution", "torture", "corruption", "hacking", "cyberattacks", "cyber attacks",
                "harbouring terrorists", "harboring terrorists", "sponsor of terrorism", "sponsors of terrorism",
                "supporting terrorists", "funding terrorists", "fuelling the war", "fueling the war",
                "fuelling the conflict", "fueling the conflict", "prolonging the war", "obstructing",
                "obstruction", "interference in", "meddling in", "stealing", "theft", "occupation",
                "occupiers", "invaders", "annexation", "land grab", "ceasefire violations");
        // blame in a figure of speech: an actor leading others into war or misusing a body, an election stolen,
        // a hidden hand behind events
        add("111", "sleepwalking", "drifting into", "to drag", "dragging", "into a tool", "into an instrument",
                "no strategy");
        add("112", "was behind", "were behind", "is behind", "are behind", "stolen", "stole", "rigged", "rigging");
        // a warning of harm to come with no act named: a threat (130, manual 130 and R10)
        add("130", "pay a heavy price", "pay a high price", "pay dearly",
                "will pay a price", "would pay a price", "will pay the price", "would pay the price",
                "will pay a steep price", "would pay a steep price",
                "bear the consequences", "bear all the consequences", "bear all consequences",
                "face the consequences", "face consequences", "face serious consequences", "face severe consequences",
                "regret it", "regret its", "regret their", "play with fire", "playing with fire", "get burned",
                "get burnt", "be burned", "be burnt", "will be punished", "would be punished", "crushing response",
                "decisive response", "forceful response");
        // reported comments of news English: shock, or a war not ruled out (012), nearness of a deal or the best ties
        // ever (013), rhetoric of enmity, failure and distrust (111), charges of rigged votes, a country made a
        // prison, backing of unrest or a "hybrid war" (112, 1123), a conditional threat (130)
        add("012", "shocked", "deeply shocked", "dismayed", "dismay", "powder keg",
                "could attack", "could invade", "might attack", "might invade",
                "not be ruled out", "n't be ruled out", "cannot be ruled out");
        add("013", "closer to a deal", "closer to an agreement", "closer to peace", "closer than ever",
                "never been stronger", "never been better");
        add("111", "principal enemy", "main enemy", "sworn enemy", "arch-enemy", "archenemy", "enemy of the people",
                "backfired", "backfire", "backfiring", "counterproductive", "counter-productive",
                "self-defeating", "into a powder keg", "not be trusted",
                "n't be trusted", "never be trusted", "cannot be trusted", "untrustworthy", "made no progress",
                "failed to honour", "failed to honor", "failed to implement", "failed to comply", "failed to live up",
                "failed to fulfil", "failed to fulfill", "revanchist", "revanchists", "revanchism");
        add("112", "credible allegations", "open-air prison", "open air prison", "largest prison", "biggest prison",
                "vote-rigging", "vote rigging", "electoral fraud", "election fraud", "trying to derail",
                "tried to derail", "seeking to derail", "bankrolling", "prolonging the conflict", "financed by foreign", "funded by foreign",
                "financed from abroad", "funded from abroad", "financing the protests", "funding the protests", "financing the unrest",
                "funding the unrest");
        add("1123", "hybrid war", "hybrid warfare", "waging war against", "waging a war against");
        // a person named a war criminal is charged with atrocities (R11, 1124), more than a "criminal" (111)
        add("1124", "war criminal", "war criminals");
        add("130", "pay for it", "pay for this", "if attacked", "not tolerate", "n't tolerate",
                "never tolerate", "not be tolerated");
        // blame laid on a hand behind events or shared with the one who armed it (112), pressure and enmity
        // named (111), a step said to be taken as an act of war: a warning of what would follow (130)
        add("112", "engineered", "masterminded", "been planned by", "was planned by", "were planned by",
                "share the blame", "shares the blame", "shared the blame", "bear the blame", "bears the blame",
                "bear responsibility", "bears responsibility", "bore responsibility");
        add("111", "enemies of", "enemy of", "tried to pressure", "trying to pressure", "seeking to pressure",
                "sought to pressure", "attempts to pressure", "politically motivated", "bloc confrontation",
                "camp confrontation", "into an arena");
        add("130", "be an act of war", "be considered an act of war", "be regarded as an act of war",
                "be treated as an act of war", "be seen as an act of war");
        // the charges of wire copy put in officials' mouths: treason and betrayal, promises broken (111); lies
        // spread, a pretext, unrest sown or a state destabilised, hunger made a weapon (112, 1124); a coup
        // plotted or paid for (1123); ties said to draw closer day by day or to normal (013)
        add("111", "treason", "high treason", "treasonous", "traitor", "traitors", "betray", "betrays", "betraying",
                "abandoned", "broke its promises", "broken its promises", "broke their promises", "broken their promises",
                "broken promises", "not kept its promises", "not kept their promises", "not kept its word",
                "not kept their word", "failed to keep", "reneged", "reneging", "went back on its word",
                "gone back on its word", "failed state");
        add("112", "spreading lies", "spreading false", "spreading fake", "spreading rumours", "spreading rumors",
                "false reports", "fake reports", "pretext", "destabilise", "destabilize", "sow discord", "sowing discord",
                "sow division", "sowing division", "stoking tensions", "stoke tensions", "inciting", "incitement",
                "as a weapon");
        add("1124", "starvation as a weapon", "hunger as a weapon", "starvation as a method", "collective punishment");
        add("1123", "financing the coup", "funding the coup", "backing the coup", "plotting a coup", "plotted a coup",
                "planning a coup", "planned a coup", "coup plot", "to overthrow", "to topple");
        add("013", "closer every day", "closer to normalising", "closer to normalizing", "closer to normalisation",
                "closer to normalization");
        // reported assessments of news English: a step called gravely concerning or a strategic mistake is a negative
        // assessment without blame (012, R11); a measure said to amount to economic warfare is condemned (111); people or
        // interests declared legitimate targets are threatened with force (138, R10)
        add("012", "gravely concerning", "deeply concerning", "very concerning", "extremely concerning", "highly concerning",
                "seriously concerning", "is concerning", "was concerning", "are concerning", "were concerning",
                "been a mistake", "was a mistake", "is a mistake", "be a mistake", "strategic mistake", "historic mistake",
                "historical mistake", "strategic error");
        add("111", "economic warfare", "financial warfare", "economic terrorism", "economic strangulation");
        add("138", "legitimate targets", "legitimate target", "legitimate military targets", "legitimate military target");
        // a plot or conspiracy laid at another's door is an allegation of wrongdoing (112, R11)
        add("112", "plotting to", "plotted to", "plotting against", "plotted against", "conspiring to", "conspired to",
                "conspiring against", "conspired against", "scheming to", "scheming against");
        // a territory or a principle said not to be for sale or negotiation: a refusal to yield it (124, R8)
        add("124", "not for sale", "never for sale", "never be for sale", "not up for sale", "non-negotiable",
                "not negotiable");
        // session 12, reported stances of wire copy (R11). Derision of a step or a process: untenable, a witch hunt,
        // piracy, incomprehensible, an empty gesture; looking away from another's wrong or wearing down what a state
        // holds ("turning a blind eye to", "trying to erode the island's democracy") is criticism (111)
        add("111", "untenable", "unwarranted", "unjust", "witch hunt", "witch-hunt", "witch hunts", "piracy", "act of piracy",
                "pirates", "incomprehensible", "empty gesture", "hollow gesture", "mere gesture", "blind eye",
                "erode", "eroding", "erodes", "eroded", "bullying tactics", "high-handed", "heavy-handed");
        // spoils taken from another's land (112, R11: a specific allegation of wrongdoing)
        add("112", "looting", "looted", "loots", "plundering", "plundered", "plunder", "pillaging", "pillaged",
                "exploiting its resources", "stealing its resources");
        // a threat sized by how near or grave it is, with no blame laid (012, R11 "a negative assessment without blame")
        add("012", "grave threat", "imminent threat", "growing threat", "potential threat", "increasing threat",
                "risk of escalation", "risk of war", "risk of a wider war", "could spread", "could escalate", "could spiral",
                "could spill over", "risked sliding", "risks sliding", "at risk of");
        // sympathy for people who suffered (018): the speaker's heart goes out to them
        add("018", "condolences", "condolence", "sympathy for", "sympathies", "heart ached", "heart aches",
                "heart goes out", "hearts go out", "heartfelt", "mourns with", "grieves with", "deepest sympathy");
        // a price to pay with no act named: a threat (130, R10)
        add("130", "pay a price", "pay the price", "pay a steep price", "pay a heavy toll");
        // sanctions or a firm answer foretold to the one named, with a modal (session 20: "said Russia would face tough
        // sanctions if it invaded", "would respond resolutely if Washington sold arms"): a threat of sanctions (1312) or
        // a threat (130); no bare "faces sanctions", which reports sanctions in force
        add("1312", "would face sanctions", "will face sanctions", "would face new sanctions", "will face new sanctions",
                "would face tough sanctions", "will face tough sanctions", "would face further sanctions",
                "will face further sanctions", "would face severe sanctions", "will face severe sanctions",
                "would face tougher sanctions", "would face more sanctions", "would face additional sanctions",
                "would face massive sanctions", "would face crippling sanctions");
        // harm foretold as a noun that follows from the named one's act (session 21): "there would be consequences for
        // Saudi Arabia", "there will be a response", "said its purchase could lead to sanctions" (130; sanctions 1312, R9)
        // (a quoted noun keeps its quote token: "there would be 'consequences'"); "would have dire consequences for
        // civilians" foresees a risk, not a threat, and is not listed
        add("130", "be consequences", "be ' consequences", "be \" consequences", "be serious consequences",
                "be severe consequences", "be repercussions", "be ' repercussions", "be serious repercussions",
                "be a response", "be retaliation", "be a price to pay", "face repercussions", "face retaliation");
        add("1312", "lead to sanctions", "lead to new sanctions", "lead to further sanctions", "lead to more sanctions",
                "trigger sanctions", "trigger new sanctions", "trigger further sanctions", "result in sanctions",
                "invite sanctions", "draw sanctions");
        add("130", "respond resolutely", "respond firmly", "respond forcefully", "respond decisively", "respond with force",
                "be met with force", "be met with a firm response");
        // ties said to improve or a deal said to be possible soon (013, R11 optimism about relations; not troops or
        // missiles drawing near: "within reach", "getting closer" are left out); challenges posed (012); a
        // body or a step derided as dead, toothless or a dishonour (111); a side said to have nothing to do with an act
        // denies it (016)
        add("013", "improvement", "developing well", "going well", "growing stronger", "getting stronger", "could be signed",
                "can be signed", "could be reached", "can be reached");
        add("012", "challenges", "systemic challenge", "systemic challenges");
        add("111", "brain death", "brain-dead", "brain dead", "obsolete", "toothless", "paper tiger", "fiasco", "dishonour",
                "dishonours", "dishonoured", "dishonor", "dishonors", "dishonored", "humiliating", "humiliation");
        add("016", "nothing to do", "no involvement", "no role in", "no part in", "not involved", "not behind");
        // session 13, what a speaker's words say about a target (R11). Indignation or anger at another's words or acts,
        // a deed called unforgivable, charges derided as a farce or a fantasy (111; after a charge named before them a
        // denial, 016); a side said to be responsible, with no act named (112); gloating over an enemy's defeat (111);
        // a partner praised as free or a democracy to follow (051); sorrow at a loss (018)
        add("111", "indignant", "indignation", "incensed", "infuriated", "furious", "angered", "unforgivable", "inexcusable",
                "unpardonable", "farcical", "laughable", "ludicrous", "preposterous", "nonsense", "nonsensical", "rubbish",
                "a fantasy", "pure fantasy", "science fiction", "fairy tale", "fairy tales", "irreparable defeat", "crushing defeat",
                "suffered a defeat", "suffered defeat", "suffered a strategic defeat");
        add("112", "was responsible", "were responsible", "is responsible", "are responsible", "bore the blame");
        add("051", "freest", "free society", "free and democratic", "vibrant democracy", "thriving democracy",
                "beacon of democracy", "beacon of freedom", "shining example");
        add("018", "saddened", "deeply saddened", "sadness", "grieved", "grieving with", "mourning with", "in mourning");
        add("016", "baseless", "groundless", "unfounded", "fabricated", "fabrication", "fabrications", "false claims",
                "false accusations", "slanders", "no evidence", "without evidence", "untrue", "not true");
        addKinds();
    }

    /**
     * Session 23, the wire reporter's words for what one side says of another (R10, R11), kind by kind (a method of
     * its own: the class initializer has a size limit).
     */
    private static void addKinds() {
        // session 36: a state named one's biggest enemy, a leader called two-faced, is denigrated (111); a step said
        // to be going to cross a red line, or to provoke a reaction, is warned of what would follow (130, R10)
        add("111", "biggest enemy", "greatest enemy", "worst enemy", "two-faced");
        add("130", "would cross a red line", "will cross a red line", "would cross a ' red line", "would cross a \" red line",
                "would be a red line", "will be a red line", "provoke a reaction", "provoke a response");
        // session 34: an act named an attack on, a blow to or an affront to what a state holds ("a move the State
        // Department called an attack on democracy") is derision of it (111)
        add("111", "attack on democracy", "assault on democracy", "blow to democracy", "attack on press freedom",
                "assault on press freedom", "attack on the rule of law", "assault on the rule of law", "affront to");
        // a state said to shelter another's fighters ("was giving Taliban fighters sanctuary", "provides safe havens to
        // militants") is charged with a wrong (112), as "harbouring terrorists" is
        add("112", "sanctuary", "safe haven", "safe havens");
        // blame shared or weighed against another's ("as responsible as Putin for the war"): an allegation (112)
        add("112", "as responsible as", "equally responsible", "just as responsible", "as much to blame", "equally to blame",
                "as much blame", "share responsibility", "shares responsibility", "shared responsibility for", "culpable");
        // disapproval: a vote called unfree or untrustworthy, a country called a wasteland, a leader called mad, a
        // state a corpse doomed to vanish, an order or stability said to be threatened (111); "the Great Satan" or
        // "the devil" are left out: they name the one spoken of (an allusion), and what is said of it decides
        add("111", "failed to meet", "not free and fair", "neither free nor fair", "lacked credibility", "lacks credibility",
                "no man 's land", "wasteland", "mental checks", "mental check", "mental examination", "psychiatric treatment",
                "mentally unstable", "deranged", "lunatic", "madman", "stinking corpse", "cancerous tumour", "cancerous tumor",
                "doomed to disappear", "doomed to fail", "doomed to failure",
                "threatened the rules-based order", "threatens the rules-based order", "threaten the rules-based order",
                "threat to the rules-based order", "threatened regional stability", "threatens regional stability",
                "threat to regional stability", "threatens global stability", "threat to global stability");
        // concern: a vote or a step found short of a standard (a negative assessment, R11: gold codes observers'
        // "fallen short of ... standards" 012 once and 111 once), a war said to be able to spread past its place,
        // drills said to hide an attack (012)
        add("012", "fallen short of", "fell short of", "falls short of", "could spill", "might spill", "would spill",
                "spill beyond", "spill far beyond", "spread beyond", "spread far beyond", "engulf the region", "engulf the whole region", "spiral out of control",
                "cover for an invasion", "cover for an attack", "prelude to an invasion", "prelude to an attack",
                "prelude to war");
        // a policy, a mission or sanctions said to have failed are condemned as a failure (111, R11): "said the US-led war
        // on drugs had failed", "told the Security Council that the mission had failed to protect civilians"
        add("111", "had failed", "has failed", "have failed", "had been a failure", "has been a failure", "was a failure",
                "is a failure", "complete failure", "total failure", "utter failure", "failed policy", "failed policies");
        // optimism: relations said to turn a page (013)
        add("013", "new chapter", "new era", "fresh start", "new beginning");
        // an appeal to another side to change course in the face of the facts, after a word of need (020): "needed to
        // 'face reality'"; after "must" or "has to" a demand (100, R10); with no such word no stance ("would face reality")
        add("020", "face reality", "face up to reality", "face the facts", "face up to the facts", "accept reality",
                "accept the reality", "wake up to reality", "come to its senses", "come to their senses");
        // a charge called unproven is denied (016)
        add("016", "unsubstantiated", "unproven", "far-fetched", "without foundation", "without any basis");
        // session 32: a person called a killer or a liar, a trial or a vote called a mockery or a travesty, is
        // disparaged (111; only with the article, so "the killers of the journalist" stays a description); a side
        // said to have lied is charged with a deed (112, as "stole", "rigged")
        add("111", "a killer", "a murderer", "a butcher", "a liar", "a mockery", "a travesty", "mockery of", "travesty of");
        // session 35: the other derogatory nouns a person is named by, unquoted ("called Guyana's president a coward")
        add("111", "a coward", "a clown", "a thug", "a lackey", "a gangster", "a warmonger", "a hypocrite", "an idiot",
                "a tyrant", "a usurper", "a thief", "a bandit", "a fascist", "a racist", "a bully");
        add("112", "lied to", "lied about", "had lied", "has lied", "have lied");
        // punishment or a harsh answer foretold to the named one ("said the Zionist regime would face harsh punishment",
        // "would face a befitting response"): a threat as "face consequences" is (130, R10)
        add("130", "face punishment", "face harsh punishment", "face severe punishment", "face a harsh punishment",
                "face a severe punishment", "face retribution", "face a harsh response", "face a firm response",
                "face a strong response", "face a befitting response", "face a crushing response", "face a decisive response",
                "face a tough response", "face grave consequences", "face dire consequences");
    }

    /** A phrase is listed once: with two codes, the first listed would silently win. */
    private static void add(String code, String... phrases) {
        for (String p : phrases) {
            if (!LISTED.add(p)) {
                throw new IllegalStateException("stance phrase listed twice: " + p);
            }
            INDEX.add(p, code);
        }
    }

    private StanceLexicon() {
    }


    /** The phrase that decides the stance of words in tokens [from, to), with its stance, or null. */
    public static PhraseIndex.Hit<String> evaluation(Sentence s, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, s.size()); i++) {
            PhraseIndex.Hit<String> h = INDEX.atThroughQuotes(s, i);
            if (h == null || h.value().equals("013")) {
                // "encouraging the war" is no optimism, "financing the student protests" a charge
                PhraseIndex.Hit<String> charge = fomenting(s, i, Math.min(to, s.size()));
                charge = charge != null ? charge : ABETTING.at(s, i, Math.min(to, s.size()));
                h = charge != null ? charge : h;
            }
            if (h != null && h.value().equals("020")) {
                h = needed(s, from, h);
            }
            if (h == null) {
                h = BACKING_ARMED.at(s, i, Math.min(to, s.size()));
            }
            if (h == null) {
                h = noTruce(s, i, Math.min(to, s.size()));
            }
            if (h != null && !h.value().equals("016") && inCharge(s, from, i)) {
                continue; // what a charge alleges is not the speaker's own: "accusations of cyberattacks were farcical"
            }
            if (h != null && CHARGES_OF_WRONG.contains(h.value()) && deniedCharacter(s, i, from) && !obliged(s, i + h.length())
                    && !asked(s, from, i) && !inCharge(s, from, i) && !ownSubject(s, from, negation(s, i, from))) {
                return new PhraseIndex.Hit<>(h.start(), h.length(), "052"); // "Hamas was 'not a terrorist organisation'"
            }
            if (h != null && !negatedBefore(s, i, from) && !obliged(s, i + h.length()) && !asked(s, from, i)
                    && !(h.value().equals("013") && conditioned(s, i, from, i + h.length()))) {
                return h.value().equals("111") && chargeBefore(s, from, i) ? new PhraseIndex.Hit<>(h.start(), h.length(), "016") : h;
            }
        }
        return null;
    }

    /** Words of need before an appeal phrase: an appeal (020). */
    private static final WordSet NEEDING = WordSet.of("need", "needs", "needed", "should", "ought");
    /** Words of obligation before it: a demand (100, R10). */
    private static final WordSet OBLIGING = WordSet.of("must", "has", "have", "had");

    /**
     * R10: an appeal phrase ("face reality", "come to its senses") is a stance only after a word of need or obligation
     * up to three words before it, past "to" and quote marks ("Beijing needed to 'face reality'" 020, "Washington must
     * face reality" 100); "Japan would face reality" says nothing of another's duty.
     */
    private static PhraseIndex.Hit<String> needed(Sentence s, int from, PhraseIndex.Hit<String> h) {
        for (int k = h.start() - 1; k >= Math.max(from, h.start() - 4); k--) {
            if (NEEDING.contains(s.token(k))) {
                return h;
            }
            if (OBLIGING.contains(s.token(k))) {
                return new PhraseIndex.Hit<>(h.start(), h.length(), "100");
            }
            if (s.token(k).isWord() && !s.lower(k).equals("to")) {
                return null;
            }
        }
        return null;
    }

    /** Verbs of arming, paying for or sheltering others' fighters. */
    private static final WordSet BACKING = WordSet.of("arming", "arms", "sponsoring", "sponsored", "sponsors", "sponsor",
            "backing", "backed", "backs", "funding", "funded", "funds", "financing", "financed", "finances", "supporting",
            "supported", "supports", "training", "trained", "trains", "equipping", "equipped", "supplying", "supplied",
            "harbouring", "harboring", "harboured", "harbored", "sheltering", "sheltered", "using");
    /** Fighters a state may be charged with standing behind. */
    private static final WordSet ARMED = WordSet.of("militants", "militias", "militia", "rebels", "rebel", "terrorists",
            "terrorist", "separatists", "separatist", "insurgents", "insurgent", "extremists", "jihadists", "mercenaries",
            "proxies", "proxy", "paramilitaries");

    /**
     * R11, a charge of standing behind a wrong: a verb of support with the wrong as its object at most {@code reach}
     * words after it, in its clause (no punctuation between, nor one of the {@code stops}).
     */
    private record Backing(WordSet verbs, WordSet wrongs, int reach, WordSet stops, String code) {
        PhraseIndex.Hit<String> at(Sentence s, int i, int to) {
            if (!verbs.contains(s.token(i))) {
                return null;
            }
            for (int k = i + 1; k < Math.min(to, i + reach + 1); k++) {
                if (wrongs.contains(s.token(k))) {
                    return new PhraseIndex.Hit<>(i, k + 1 - i, code);
                }
                if (!s.token(k).isWord() || stops.contains(s.token(k))) {
                    return null;
                }
            }
            return null;
        }
    }

    /**
     * R11, aggression (1123): a state said to arm, pay for, train or shelter armed groups or proxies ("a neighbouring
     * country was sponsoring militants in Balochistan", "the United States was arming Kurdish militias", "looting its
     * minerals through proxy rebels"): the backing verb with the fighters within three words after it, in its clause;
     * after "by" the fighters back someone ("funded by militants"), and "and" joins verbs ("arming and funding rebels").
     */
    private static final Backing BACKING_ARMED = new Backing(BACKING, ARMED, 3, WordSet.of("by"), "1123");

    /** Verbs of urging on, paying for or drawing out strife. */
    private static final WordSet FOMENTING = WordSet.of("encouraging", "encouraged", "encourages", "fuelling", "fueling",
            "fuelled", "fueled", "fuels", "stoking", "stoked", "stokes", "prolonging", "prolonged", "prolongs", "inflaming",
            "inflamed", "financing", "financed", "finances", "funding", "funded", "bankrolling", "bankrolled", "organising",
            "organizing", "organised", "organized", "orchestrating", "provoking", "provoked", "instigating",
            "arming", "egging", "goading", "goaded", "inciting", "incited");
    /** Strife a side may be charged with urging on. */
    private static final WordSet STRIFE = WordSet.of("war", "wars", "conflict", "conflicts", "fighting", "violence",
            "bloodshed", "hostilities", "unrest", "riots", "rioting", "protests", "insurgency", "rebellion", "uprising",
            "uprisings", "coup", "mutiny", "separatism", "terrorism", "aggression", "escalation", "killing", "killings",
            "massacre", "massacres");
    /** Nouns a strife word may modify, for help that is no charge: "the war effort", "war victims", "war widows". */
    private static final WordSet AIDED = WordSet.of("effort", "efforts", "economy", "victims", "refugees", "widows",
            "orphans", "veterans", "survivors", "reconstruction", "recovery", "relief", "memorial", "'s");
    /** Words that turn the strife after them into something to end: "encouraging both sides to end the war". */
    private static final WordSet ENDING = WordSet.of("end", "ending", "stop", "stopping", "halt", "halting", "resolve",
            "resolving", "settle", "settling", "avoid", "avoiding", "prevent", "preventing", "calm", "defuse", "after",
            "since", "before", "against", "over", "from", "rebuild", "rebuilding", "victims", "survivors", "refugees",
            "peace", "by");

    /**
     * R11, an allegation of wrongdoing (112): a verb of urging on, paying for or drawing out strife with the strife as
     * its object, up to nine words on in its clause ("the United States was encouraging the war", "Western embassies
     * were financing the student protests", "were arming Armenia and encouraging it to prepare for a new war"). Not
     * strife to be ended ("encouraging the parties to end the war"), nor "encouraging" with no strife after it, which
     * is optimism (013).
     */
    private static PhraseIndex.Hit<String> fomenting(Sentence s, int i, int to) {
        if (!FOMENTING.contains(s.token(i)) || i > 0 && s.lower(i - 1).equals("by")) {
            return null;
        }
        for (int k = i + 1; k < Math.min(to, i + 10); k++) {
            if (STRIFE.contains(s.token(k))) {
                // a participle just before the strife is its adjective: "prolonged fighting", "organised violence"; the
                // strife before a noun of help is that noun's modifier: "funding the war effort", "the war's victims"
                boolean modifier = k + 1 < s.size() && AIDED.contains(s.token(k + 1));
                return modifier || k == i + 1 && s.lower(i).endsWith("ed") ? null : new PhraseIndex.Hit<>(i, k + 1 - i, "112");
            }
            if (ENDING.contains(s.token(k)) || !s.token(k).isWord()
                    || s.lower(k).equals("and") || s.lower(k).equals("that")) {
                return null;
            }
        }
        return null;
    }

    /** Verbs of helping another to a deed. */
    private static final WordSet HELPING = WordSet.of("helping", "helped", "helps", "aiding", "aided", "assisting",
            "assisted", "enabling", "enabled", "enables");
    /** Deeds of stealth or subversion that help toward them charges the helper. */
    private static final WordSet ILLICIT = WordSet.of("disrupt", "disrupting", "sabotage", "sabotaging", "evade", "evading",
            "circumvent", "circumventing", "dodge", "dodging", "bypass", "bypassing", "skirt", "skirting", "launder",
            "laundering", "smuggle", "smuggling", "destabilise", "destabilize", "destabilising", "destabilizing", "topple",
            "toppling", "overthrow", "overthrowing", "spy", "spying", "rig", "rigging", "undermine", "undermining");

    /**
     * R11, an allegation of wrongdoing (112): another helped to a deed of stealth or subversion, the deed within six
     * words of the helping verb and after "to" or "in" ("China was helping Russia to disrupt a peace summit", "had aided
     * Moscow in evading sanctions", "helped Tehran circumvent the embargo"), not past "and" or "that". Not help to a
     * lawful end ("helping Kyiv to rebuild its grid").
     */
    private static final Backing ABETTING = new Backing(HELPING, ILLICIT, 6, WordSet.of("and", "that"), "112");

    /** A halt to fighting that a side may refuse. */
    private static final WordSet TRUCES = WordSet.of("ceasefire", "cease-fire", "ceasefires", "truce", "truces", "pause",
            "pauses", "let-up", "halt", "armistice");

    /**
     * R8, a stated refusal to de-escalate (1246): "there would be no ceasefire until ...", "there will be no truce",
     * "there can be no pause in the fighting": "be no" and a halt to fighting within two words (its adjectives:
     * "no temporary ceasefire", "no humanitarian pause"). Not "had no ceasefire" nor "no ceasefire was agreed".
     */
    private static PhraseIndex.Hit<String> noTruce(Sentence s, int i, int to) {
        if (i == 0 || !s.lower(i).equals("no") || !s.lower(i - 1).equals("be")) {
            return null;
        }
        for (int k = i + 1; k < Math.min(to, i + 4); k++) {
            if (TRUCES.contains(s.token(k))) {
                return new PhraseIndex.Hit<>(i, k + 1 - i, "1246");
            }
        }
        return null;
    }

    /** Words that make what follows a condition: "must change its constitution before a treaty could be signed". */
    private static final WordSet CONDITIONS = WordSet.of("before", "until", "unless", "if", "once", "only");

    /** Hope on a condition is not optimism: a deal that "could be signed" only "before" or "if" something is done. */
    private static boolean conditioned(Sentence s, int i, int from, int after) {
        return CONDITIONS.anyIn(s, Math.max(from, i - 6), Math.min(s.size(), after + 2));
    }

    /** "investigators were examining whether Russia was behind the fire": what is asked is not charged. */
    private static boolean asked(Sentence s, int from, int i) {
        for (int k = Math.max(0, from); k < i; k++) {
            if (s.lower(k).equals("whether")) {
                return true;
            }
        }
        return false;
    }

    /** "cyber attacks must stop", "interference should end": what is to end is asked for, not charged. */
    private static boolean obliged(Sentence s, int after) {
        return after < s.size() && (s.lower(after).equals("must") || s.lower(after).equals("should"));
    }

    /** Charges spoken of before a criticism: calling them absurd or a smear denies them ("said the allegations were absurd"). */
    private static final WordSet CHARGES = WordSet.of("allegation", "allegations", "accusation", "accusations", "charges");

    /** Words that end a charge's noun phrase and open what is said of it: "accusations of spying were baseless". */
    private static final WordSet COPULAS = WordSet.of("was", "were", "is", "are", "been", "be", "had", "has", "have");

    /**
     * Whether token i is inside the noun phrase of a charge named before it, up to six words after "allegations",
     * "accusations" or "charges" and before the verb of the words ("accusations of Russian cyberattacks on the
     * United States were ..."): the speaker reports the charge, and what the words then call it decides.
     */
    private static boolean inCharge(Sentence s, int from, int i) {
        for (int k = i - 1; k >= Math.max(from, i - 6); k--) {
            if (COPULAS.contains(s.token(k))) {
                return false;
            }
            if (CHARGES.contains(s.token(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean chargeBefore(Sentence s, int from, int i) {
        return CHARGES.anyIn(s, Math.max(0, from), i);
    }

    /**
     * Words that make what follows a problem to be dealt with, not a charge or a feeling: "help resolve the
     * North's security concerns", "join the fight on terrorism", "off-limits to cyber attacks".
     */
    private static final WordSet REMEDIES = WordSet.of("resolve", "resolving", "address", "addressing", "allay",
            "allaying", "ease", "easing", "alleviate", "tackle", "tackling", "combat", "combating", "combatting", "fight",
            "fighting", "prevent", "preventing", "counter", "countering", "curb", "curbing", "off-limits");

    /** Stances that charge another with wrong: said not to hold, they defend it (052). */
    private static final Set<String> CHARGES_OF_WRONG = Set.of("111", "112", "1121", "1122", "1123", "1124");
    /** Words that negate what follows them. */
    private static final WordSet NEGATIONS = WordSet.of("not", "n't", "never", "no", "nothing");

    /**
     * Whether the phrase at token i is a character or a blame said not to be another's: "be" and "not" before it
     * ("Hamas was 'not a terrorist organisation'", "was not responsible for"). A deed said not done ("had not violated
     * the ceasefire", "was not plotting against Serbia") and "there was nothing wrong" stay a plain remark.
     */
    private static boolean deniedCharacter(Sentence s, int i, int from) {
        int k = negation(s, i, from);
        int be = k > from && !s.token(k - 1).isWord() ? k - 2 : k - 1; // past a quote mark: was 'not a terrorist ...'
        String first = s.lower(i);
        return be >= from && Words.VERB_NEGATORS.contains(s.token(k)) && Words.BE_FORMS.contains(s.token(be))
                && !first.endsWith("ing") && !first.endsWith("ed");
    }
    /** Subjects of the speaker's own side: what they are said not to be is denied of themselves (016), no defence. */
    private static final WordSet OWN_SUBJECTS = WordSet.of("it", "we", "i", "its", "our", "he", "she", "they", "his");

    /** Where a negation stands up to three words before token i, or -1. */
    private static int negation(Sentence s, int i, int from) {
        for (int k = Math.max(from, i - 3); k < i; k++) {
            if (NEGATIONS.contains(s.token(k))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * R11 (052, defend verbally): a charge said not to hold is said of another only when its subject is no pronoun
     * that may be the speaker's own side ("said it was not interfering" denies, "said he had no role" disclaims). The pronoun
     * stands within three words before the negation.
     */
    private static boolean ownSubject(Sentence s, int from, int negation) {
        return OWN_SUBJECTS.anyIn(s, Math.max(from, negation - 3), negation);
    }

    private static boolean negatedBefore(Sentence s, int i, int from) {
        if (negation(s, i, from) >= 0) {
            return true;
        }
        for (int k = Math.max(from, i - 5); k < i; k++) {
            if (REMEDIES.contains(s.token(k))) {
                return true;
            }
        }
        return false;
    }
}
