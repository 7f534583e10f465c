package org.touchstone.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plain-words statement of what the figures show about "multipolarity leads to chaos". Its
 * wording follows the intervals and never goes past them: a relation is called more or fewer only
 * when the 95% interval of Spearman's rho lies wholly on one side of zero, and its strength word
 * comes from the size of rho (under 0.1 negligible, under 0.3 weak, under 0.5 moderate, else strong).
 */
public final class PolarityStatement {

    private PolarityStatement() {
    }

    public static String write(List<PolarityYear> years, List<PolarityCorrelation> correlations) {
        List<String> sentences = new ArrayList<>();
        sentences.add(overall("poles", "years with more effective poles", correlations));
        sentences.add(overall("con", "years in which capability was more concentrated among the major powers (higher CON)",
                correlations));
        sentences.add(eras(correlations));
        sentences.add(verdict(correlations));
        sentences.add(caveats(years));
        sentences.removeIf(s -> s == null || s.isEmpty());
        return String.join(" ", sentences);
    }

    private static String overall(String measure, String subject, List<PolarityCorrelation> correlations) {
        List<String> described = new ArrayList<>();
        List<String> tooShort = new ArrayList<>();
        for (String conflict : PolarityCorrelations.CONFLICTS.keySet()) {
            PolarityCorrelation c = find(correlations, measure, conflict, PolarityEra.ALL.label());
            if (c == null) {
                continue;
            }
            if (c.spearman() == null) {
                tooShort.add(conflictName(conflict) + " (" + c.n() + " years)");
            } else {
                described.add(relation(c));
            }
        }
        String text = described.isEmpty() ? "" : capitalize(subject) + " saw " + joinAnd(described) + ".";
        if (!tooShort.isEmpty()) {
            text += (text.isEmpty() ? "" : " ") + "There are too few years, or too little variation, to relate "
                    + measureName(measure) + " to " + joinAnd(tooShort) + ".";
        }
        return text;
    }

    /** "more MID onsets (a weak association; Spearman r = 0.25, 95% CI 0.05 to 0.44; 1816-2014, 199 years)". */
    private static String relation(PolarityCorrelation c) {
        String counts = conflictName(c.conflict());
        String figures = figures(c);
        if (c.clearlyPositive()) {
            return "more " + counts + " (" + strength(c.spearman()) + " association; " + figures + ")";
        }
        if (c.clearlyNegative()) {
            return "fewer " + counts + " (" + strength(c.spearman()) + " association; " + figures + ")";
        }
        return "no clearly different number of " + counts + " (" + figures + ")";
    }

    private static String figures(PolarityCorrelation c) {
        String interval = c.spearmanLow() == null ? "no interval"
                : "95% CI " + number(c.spearmanLow()) + " to " + number(c.spearmanHigh());
        return "Spearman r = " + number(c.spearman()) + ", " + interval + "; " + span(c) + ", " + c.n() + " years";
    }

    private static String eras(List<PolarityCorrelation> correlations) {
        List<String> clear = new ArrayList<>();
        int withInterval = 0;
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (PolarityCorrelation c : correlations) {
            if (c.era().equals(PolarityEra.ALL.label()) || c.spearmanLow() == null) {
                continue;
            }
            withInterval++;
            shortest = Math.min(shortest, c.n());
            longest = Math.max(longest, c.n());
            if (c.clearlyPositive() || c.clearlyNegative()) {
                clear.add(measureName(c.measure()) + " and " + conflictName(c.conflict()) + " in " + span(c)
                        + " (r = " + number(c.spearman()) + ", " + number(c.spearmanLow()) + " to "
                        + number(c.spearmanHigh()) + ")");
            }
        }
        if (withInterval == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder("Within eras (1816-1899, 1900-1945, 1946-1989, 1990 on), ");
        if (clear.isEmpty()) {
            text.append("no interval excludes zero");
        } else {
            text.append("intervals exclude zero only for ").append(joinAnd(clear)).append(", ")
                    .append(clear.size()).append(" of ").append(withInterval).append(" era correlations");
        }
        text.append("; eras of ").append(shortest).append(" to ").append(longest).append(" years give wide intervals.");
        String signs = signChanges(correlations, "poles", "mid_onsets");
        if (!signs.isEmpty()) {
            text.append(' ').append(signs);
        }
        return text.toString();
    }

    /** Says so when the point estimates of one pair change sign between eras. */
    private static String signChanges(List<PolarityCorrelation> correlations, String measure, String conflict) {
        List<String> estimates = new ArrayList<>();
        boolean positive = false;
        boolean negative = false;
        boolean anyClear = false;
        for (PolarityEra era : PolarityEra.STANDARD) {
            PolarityCorrelation c = find(correlations, measure, conflict, era.label());
            if (c == null || c.spearman() == null) {
                continue;
            }
            estimates.add(span(c) + " " + number(c.spearman()));
            positive |= c.spearman() > 0;
            negative |= c.spearman() < 0;
            anyClear |= c.clearlyPositive() || c.clearlyNegative();
        }
        if (!(positive && negative)) {
            return "";
        }
        return "The point estimates for " + measureName(measure) + " and " + conflictName(conflict)
                + " change sign between eras (" + String.join(", ", estimates) + ")"
                + (anyClear ? ", so the relation may differ by era."
                        : ", but no era's interval excludes zero, so the data cannot tell whether the relation "
                        + "really differs by era.");
    }

    /**
     * The claim predicts more conflict with more poles and with less concentration. Each overall
     * correlation whose interval excludes zero either goes that way or the other way.
     */
    private static String verdict(List<PolarityCorrelation> correlations) {
        List<String> supporting = new ArrayList<>();
        List<String> contrary = new ArrayList<>();
        int overall = 0;
        for (PolarityCorrelation c : correlations) {
            if (!c.era().equals(PolarityEra.ALL.label()) || c.spearmanLow() == null) {
                continue;
            }
            overall++;
            if (!c.clearlyPositive() && !c.clearlyNegative()) {
                continue;
            }
            boolean morePolesMoreConflict = c.measure().equals("poles") == c.clearlyPositive();
            String finding = (c.measure().equals("poles") ? "more poles" : "more concentration") + " went with "
                    + (c.clearlyPositive() ? "more " : "fewer ") + conflictName(c.conflict());
            (morePolesMoreConflict ? supporting : contrary).add(finding);
        }
        if (overall == 0) {
            return "There are too few years to say what these data show about the claim that multipolarity leads to chaos.";
        }
        String about = "As to the claim that multipolarity leads to chaos: ";
        int clear = supporting.size() + contrary.size();
        // with several comparisons at the 95% level, one clear result can come about by chance alone
        String share = " (" + clear + " of " + overall + " overall comparisons"
                + (clear == 1 && overall > 1 ? "; one clear result among " + overall + " could be chance" : "") + ")";
        if (supporting.isEmpty() && contrary.isEmpty()) {
            return about + "these data do not show it. Over the whole period no conflict count rises or falls clearly "
                    + "with the number of poles or with concentration; the evidence is weak either way.";
        }
        if (contrary.isEmpty()) {
            return about + "these data give it at most limited support: " + joinAnd(supporting) + share
                    + "; the other counts show no clear relation, and an association like this can also come from "
                    + "trends both series share.";
        }
        if (supporting.isEmpty()) {
            return about + "these data do not support it. No conflict count rises clearly with multipolarity, and "
                    + (clear == 1 ? "the one clear relation runs" : "the clear relations run") + " the other way: " + joinAnd(contrary) + share + ". That is at most weak "
                    + "evidence against the simple claim, not proof that multipolarity brings peace.";
        }
        return about + "the data point both ways (" + joinAnd(supporting) + ", but " + joinAnd(contrary)
                + "), so they do not settle it.";
    }

    private static String caveats(List<PolarityYear> years) {
        PolarityYear first = years.get(0);
        PolarityYear last = years.get(years.size() - 1);
        return "These are correlations across years, not causes. Conflict counts grow with the number of states ("
                + first.states() + " in " + first.year() + ", " + last.states() + " in " + last.year()
                + ") and with how well conflicts were recorded; the effective number of poles mixes how many major "
                + "powers there are (a judgement of the COW project) with how equal they are, while CON looks only at "
                + "inequality; and neighbouring years are not independent, which the block bootstrap allows for only "
                + "in part.";
    }

    private static PolarityCorrelation find(List<PolarityCorrelation> correlations, String measure, String conflict,
                                            String era) {
        for (PolarityCorrelation c : correlations) {
            if (c.measure().equals(measure) && c.conflict().equals(conflict) && c.era().equals(era)) {
                return c;
            }
        }
        return null;
    }

    static String conflictName(String conflict) {
        return switch (conflict) {
            case "mid_onsets" -> "MID onsets";
            case "wars" -> "MIDs that reached war";
            case "ucdp_conflicts" -> "active UCDP conflicts";
            case "ucdp_onsets" -> "UCDP conflict onsets";
            default -> conflict;
        };
    }

    static String measureName(String measure) {
        return measure.equals("con") ? "CON" : measure;
    }

    private static String strength(double r) {
        double size = Math.abs(r);
        return size < 0.1 ? "a negligible" : size < 0.3 ? "a weak" : size < 0.5 ? "a moderate" : "a strong";
    }

    private static String span(PolarityCorrelation c) {
        return c.firstYear() + "-" + c.lastYear();
    }

    /** Two decimals, never "-0.00". */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.equals("-0.00") ? "0.00" : text;
    }

    private static String joinAnd(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
