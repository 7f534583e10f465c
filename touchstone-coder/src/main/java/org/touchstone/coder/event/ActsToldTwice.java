package org.touchstone.coder.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One act told twice in a sentence is one event, as {@code oneAttackPerPair} already has it for force. The gold set
 * never codes two encounters (root 04) for one pair in one sentence, nor a protest twice (root 14), nor a participle's
 * code beside its own sub-code (087 and 0871):
 * <ul>
 *   <li>R13 gives a meeting one code: "Trump and Kim met in Singapore, the first meeting between a sitting US
 *   president and a North Korean leader", "crossed the line to meet Moon, the first such visit by a North Korean
 *   leader" are one encounter; the more specific code is kept (visit or hosting, then a third place, a call, a
 *   meeting). A visit to the state and the meeting with its leader ("a visit to Kyiv, touring Bucha with Zelensky")
 *   are one encounter too, between the sides as named with their roles.</li>
 *   <li>R5: a crowd's protest and the demand its participle voices ("marched through Minsk, demanding that
 *   Lukashenko step down", "blocked highways, demanding the resignation of the president") are one protest: the
 *   first act is kept, its kind sharpened by the aim the demand names (141 marched for a change of leader: 1411;
 *   144 blockade for it: 1441). Only a demand in an -ing participle merges: two protests of other kinds ("marched
 *   and went on strike") stay two.</li>
 * </ul>
 */
final class ActsToldTwice {
    /** Encounter codes, the most specific first. */
    private static final List<String> ENCOUNTERS = List.of("046", "045", "042", "043", "044", "041", "040");

    /** A visit and its hosting: told once whether the host is named as the state or as its leader. */
    private static final java.util.Set<String> VISITS = java.util.Set.of("042", "043");

    private ActsToldTwice() {
    }

    /** The acts with at most one encounter and one protest per ordered pair, and no code beside its own sub-code. */
    static List<CodedAct> once(List<CodedAct> acts) {
        List<CodedAct> out = new ArrayList<>(acts.size());
        for (CodedAct a : acts) {
            if (narrowedByAnother(acts, a)) {
                continue;
            }
            int kept = root(a).equals("04") || voicedDemand(a) ? indexOfSamePair(out, a) : -1;
            if (kept < 0) {
                out.add(a);
            } else {
                out.set(kept, merged(out.get(kept), a));
            }
        }
        return out;
    }

    /**
     * R5: a participle whose code is the broader code of an act of the same ordered pair ("A ceasefire between Israel
     * and Hamas took effect ..., ending eleven days of fighting": 0871 and 087) elaborates that act, and the gold set
     * never codes both; the narrower code is kept. Two verbs of their own ("must withdraw its troops and pay
     * reparations": 1056 and 105) are two acts and stay.
     */
    private static boolean narrowedByAnother(List<CodedAct> acts, CodedAct broader) {
        for (CodedAct narrower : acts) {
            if (narrowerForSamePair(narrower, broader)) {
                return true;
            }
        }
        return false;
    }

    private static boolean narrowerForSamePair(CodedAct narrower, CodedAct broader) {
        return broader.verb().ingForm() && !broader.verb().nominal()
                && narrower.code().length() > broader.code().length() && narrower.code().startsWith(broader.code())
                && narrower.source().equals(broader.source()) && Objects.equals(narrower.target(), broader.target());
    }

    /**
     * A crowd's demand in a participle ("..., demanding that X step down"): a demonstration with no kind (140) or for
     * something (1411-1414). Two protests of other kinds ("marched and went on strike") stay two.
     */
    private static boolean voicedDemand(CodedAct a) {
        return (a.code().equals("140") || a.code().length() == 4 && a.code().startsWith("141")) && a.verb().ingForm()
                && !a.verb().nominal();
    }

    /** "04" or "14" for the roots told once per pair, else "". */
    private static String root(CodedAct a) {
        return a.code().startsWith("04") ? "04" : a.code().startsWith("14") ? "14" : "";
    }

    private static int indexOfSamePair(List<CodedAct> out, CodedAct a) {
        for (int i = 0; i < out.size(); i++) {
            CodedAct b = out.get(i);
            if (root(b).equals(root(a)) && b.source().equals(a.source()) && Objects.equals(b.target(), a.target())) {
                return i;
            }
            if (VISITS.contains(a.code()) && a.code().equals(b.code()) && a.target() != null && b.target() != null
                    && sameOrItsRole(a.source(), b.source()) && sameOrItsRole(a.target(), b.target())) {
                return i; // "a visit to Kyiv, touring Bucha with Zelensky": one visit, to the state and to its leader
            }
        }
        return -1;
    }

    /** Two codes of one side: the same, or a bare state and a role of it (UKR, UKRGOV). */
    private static boolean sameOrItsRole(String a, String b) {
        return a.equals(b) || a.length() == 3 && b.length() > 3 && b.startsWith(a) || b.length() == 3 && a.length() > 3 && a.startsWith(b);
    }

    private static CodedAct merged(CodedAct first, CodedAct second) {
        if (first.code().startsWith("04")) {
            CodedAct kept = rank(second.code()) < rank(first.code()) ? second : first;
            // the sides named with their role (the leader met) rather than as the bare state (the capital visited)
            String source = first.source().length() >= second.source().length() ? first.source() : second.source();
            String target = first.target() == null || second.target() != null && second.target().length() > first.target().length()
                    ? second.target() : first.target();
            return source.equals(kept.source()) && Objects.equals(target, kept.target()) ? kept
                    : new CodedAct(source, target, kept.code(), kept.verb(), kept.fromToken(), kept.toToken(), kept.entries());
        }
        String code = protestFor(first.code(), second.code());
        return code.equals(first.code()) ? first
                : new CodedAct(first.source(), first.target(), code, first.verb(), first.fromToken(), first.toToken(), first.entries());
    }

    private static int rank(String code) {
        int i = ENCOUNTERS.indexOf(code.length() > 3 ? code.substring(0, 3) : code);
        return i < 0 ? ENCOUNTERS.size() : i;
    }

    /**
     * The protest {@code kind} for the aim {@code demand} names: a bare demonstration (140) takes the demand's code; a
     * kind of protest (141-145) takes the aim's last digit when the demand is a demonstration for something (1411-1414).
     */
    static String protestFor(String kind, String demand) {
        if (kind.equals("140")) {
            return demand;
        }
        boolean kindOfProtest = kind.length() == 3 && kind.compareTo("141") >= 0 && kind.compareTo("145") <= 0;
        return kindOfProtest && demand.length() == 4 && demand.startsWith("141") ? kind + demand.charAt(3) : kind;
    }
}
