package org.touchstone.coder.verb;

import java.util.Map;

/**
 * How CAMEO codes an act that is intended, promised or threatened rather than done (manual,
 * 030 and 130 notes: "will attack" is a threat), and an act that is refused (12x by what is
 * refused). Maps the code of the act to the code of the intent or the refusal. A threat to destroy
 * ("would totally destroy North Korea") is a threat of force (138), not of repression (137).
 */
public final class ModalityCodes {
    private ModalityCodes() {
    }

    /** Roots of words rather than deeds: statements, appeals, intents, diplomatic cooperation, demands, disapproval, rejection, threats. */
    public static boolean verbalRoot(String code) {
        String root = code.length() >= 2 ? code.substring(0, 2) : code;
        return switch (root) {
            case "01", "02", "03", "05", "10", "11", "12", "13" -> true;
            default -> false;
        };
    }

    private static final Map<String, String> INTENT = Map.ofEntries(
            Map.entry("04", "036"), Map.entry("045", "039"), Map.entry("05", "032"), Map.entry("057", "030"),
            Map.entry("06", "031"), Map.entry("061", "0311"), Map.entry("062", "0312"), Map.entry("063", "0313"),
            Map.entry("064", "0314"),
            Map.entry("07", "033"), Map.entry("071", "0331"), Map.entry("072", "0332"), Map.entry("073", "0333"),
            Map.entry("074", "0334"),
            Map.entry("08", "035"), Map.entry("081", "0351"), Map.entry("082", "0352"), Map.entry("083", "034"),
            Map.entry("0831", "0341"), Map.entry("0832", "0342"), Map.entry("0833", "0343"), Map.entry("0834", "0344"),
            Map.entry("084", "0353"), Map.entry("085", "0354"), Map.entry("086", "0355"),
            Map.entry("087", "0356"),
            // troops to be pulled out of a country: a threat to reduce relations with it, not a promise to
            // de-escalate (GOLD-SET.md S7-8: "would withdraw their troops from Mali" -> 1313)
            Map.entry("0874", "1313"),
            // military or economic cooperation to be ended ("would end a military intelligence-sharing pact with Tokyo"):
            // a threat to cut relations, as for troops pulled out
            Map.entry("121", "1313"),
            // a case to be filed at a court ("would challenge the steel tariffs at the WTO", "will take Russia to the
            // ICJ"): a threat of legal action, no sub-code of its own (GOLD-SET.md R3b, R9: 130)
            Map.entry("115", "130"),
            Map.entry("15", "138"), Map.entry("16", "131"), Map.entry("161", "1313"), Map.entry("162", "1311"),
            Map.entry("163", "1312"), Map.entry("164", "134"), Map.entry("165", "135"), Map.entry("166", "136"),
            Map.entry("17", "137"), Map.entry("1712", "138"), Map.entry("172", "132"), Map.entry("18", "138"), Map.entry("183", "1383"),
            Map.entry("19", "138"), Map.entry("191", "1381"), Map.entry("192", "1382"), Map.entry("193", "1384"),
            Map.entry("194", "1384"), Map.entry("195", "1384"), Map.entry("20", "1385"));

    private static final Map<String, String> REFUSAL = Map.ofEntries(
            Map.entry("03", "120"), Map.entry("04", "125"), Map.entry("045", "126"), Map.entry("039", "126"),
            // an act the verb already codes as an intent ("agree to a ceasefire" 0356, "offer talks" 036): the
            // refusal of what is intended, so "would not agree to a ceasefire" is a refusal to de-escalate (1246)
            Map.entry("031", "121"), Map.entry("0311", "1211"), Map.entry("0312", "1212"),
            Map.entry("033", "122"), Map.entry("0331", "1221"), Map.entry("0332", "1222"), Map.entry("0333", "1223"),
            Map.entry("0334", "1224"),
            Map.entry("034", "123"), Map.entry("0341", "1231"), Map.entry("0342", "1232"), Map.entry("0343", "1233"),
            Map.entry("0344", "1234"),
            Map.entry("035", "124"), Map.entry("0351", "1241"), Map.entry("0352", "1242"), Map.entry("0353", "1243"),
            Map.entry("0354", "1244"), Map.entry("0355", "1245"), Map.entry("0356", "1246"),
            Map.entry("036", "125"), Map.entry("037", "127"), Map.entry("038", "126"),
            Map.entry("05", "120"), Map.entry("057", "127"),
            Map.entry("06", "121"), Map.entry("061", "1211"), Map.entry("062", "1212"),
            Map.entry("07", "122"), Map.entry("071", "1221"), Map.entry("072", "1222"), Map.entry("073", "1223"),
            Map.entry("074", "1224"),
            Map.entry("08", "124"), Map.entry("081", "1241"), Map.entry("082", "1242"), Map.entry("083", "123"),
            Map.entry("0831", "1231"), Map.entry("0832", "1232"), Map.entry("0833", "1233"),
            Map.entry("0834", "1234"), Map.entry("084", "1243"), Map.entry("085", "1244"), Map.entry("086", "1245"),
            Map.entry("087", "1246"));

    private static final Map<String, String> APPEAL = Map.ofEntries(
            Map.entry("04", "026"), Map.entry("045", "028"), Map.entry("05", "022"), Map.entry("057", "027"),
            Map.entry("06", "021"), Map.entry("061", "0211"), Map.entry("062", "0212"), Map.entry("063", "0213"),
            Map.entry("064", "0214"), Map.entry("07", "023"), Map.entry("071", "0231"), Map.entry("072", "0232"),
            Map.entry("073", "0233"), Map.entry("08", "025"), Map.entry("081", "0251"), Map.entry("0841", "0253"),
            Map.entry("085", "0254"), Map.entry("086", "0255"), Map.entry("087", "0256"), Map.entry("162", "023"));

    private static final Map<String, String> DEMAND = Map.ofEntries(
            Map.entry("04", "106"), Map.entry("045", "108"), Map.entry("05", "102"), Map.entry("057", "107"),
            Map.entry("06", "101"), Map.entry("061", "1011"), Map.entry("062", "1012"), Map.entry("063", "1013"),
            Map.entry("064", "1014"), Map.entry("07", "103"), Map.entry("08", "105"), Map.entry("0831", "1041"),
            Map.entry("0841", "1053"), Map.entry("085", "1054"), Map.entry("086", "1055"), Map.entry("087", "1056"),
            // "must stop supplying weapons to Russia": a demand about the aid, as when the supplying verb alone coded it
            Map.entry("162", "103"));

    private static final Map<String, String> DEMONSTRATION = Map.ofEntries(
            Map.entry("104", "141"), Map.entry("1041", "1411"), Map.entry("1042", "1412"), Map.entry("1043", "1413"),
            Map.entry("1044", "1414"), Map.entry("105", "1413"), Map.entry("1053", "1413"));

    /** A demand voiced by a crowd is a demonstration for it (14x; 140 when nothing more specific). */
    public static String demonstrationOf(String code) {
        return lookup(DEMONSTRATION, code, "140");
    }

    /** "X should do Z" reported by a speaker: the speaker's appeal for Z (02x; 020 when nothing more specific). */
    public static String appealOf(String code) {
        return code == null ? "020" : lookup(APPEAL, code, "020");
    }

    /** "X must do Z" reported by a speaker: the speaker's demand for Z (10x; 100 when nothing more specific). */
    public static String demandOf(String code) {
        return code == null ? "100" : lookup(DEMAND, code, "100");
    }

    /** The intent code for an act ("will visit" 042 -> 036); verbal codes (01-03, 10-14) stay as they are. */
    public static String intentOf(String code) {
        return lookup(INTENT, code, code);
    }

    /**
     * The refusal code for an act refused ("refused to meet" 04x -> 125), also for an act coded as intended
     * ("would not agree to talks" 036 -> 125); 120 when nothing more specific.
     */
    public static String refusalOf(String code) {
        return code == null ? "120" : lookup(REFUSAL, code, "120");
    }

    private static String lookup(Map<String, String> table, String code, String fallback) {
        for (int n = code.length(); n >= 2; n--) {
            String v = table.get(code.substring(0, n));
            if (v != null) {
                return v;
            }
        }
        return fallback;
    }
}
