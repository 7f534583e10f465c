package org.touchstone.coder.statement;

import org.touchstone.coder.text.PhraseIndex;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;

/**
 * News outlets by name and the country each is from, which decides whether an interview was given
 * to foreign media or at home. Names are matched only when capitalized ("Dawn", "Time", "Sky" are
 * words too). An outlet of no one country (Euronews) is foreign to every speaker.
 */
final class Outlets {
    /** An outlet named in a sentence: its token span and country (INTERNATIONAL for none). */
    record Outlet(int start, int end, String country) {
    }

    static final String INTERNATIONAL = "";

    private static final PhraseIndex<String> INDEX = new PhraseIndex<>();

    static {
        add("USA", "cnn", "fox news", "fox", "nbc", "nbc news", "cbs", "cbs news", "abc news", "msnbc", "pbs", "npr",
                "new york times", "washington post", "wall street journal", "los angeles times", "usa today",
                "associated press", "ap", "bloomberg", "foreign affairs", "foreign policy", "politico", "axios", "newsweek", "time magazine", "60 minutes",
                "face the nation", "meet the press", "the new yorker", "tucker carlson", "voice of america", "military times",
                "defense news");
        add("GBR", "bbc", "reuters", "financial times", "the times", "the guardian", "the telegraph",
                "daily telegraph", "the economist", "economist", "sky news", "itv", "channel 4");
        add("FRA", "afp", "agence france-presse", "agence france presse", "le monde", "le figaro", "figaro", "france 24",
                "tf1", "rfi", "radio france", "les echos", "l'express", "france 2", "france inter", "bfmtv", "bfm tv");
        add("DEU", "der spiegel", "spiegel", "bild", "die zeit", "zeit", "frankfurter allgemeine", "faz", "zdf", "ard",
                "deutsche welle", "dw", "sueddeutsche zeitung", "handelsblatt", "die welt", "tagesspiegel", "der tagesspiegel");
        add("ITA", "corriere della sera", "corriere", "la repubblica", "rai", "la stampa");
        add("BRA", "o globo", "folha de s.paulo", "folha", "globo");
        add("ESP", "el pais", "el país", "el mundo");
        add("AUT", "orf", "die presse", "der standard");
        add("CHE", "neue zuercher zeitung", "neue zürcher zeitung", "nzz");
        add("QAT", "al jazeera", "al-jazeera");
        add("SAU", "al arabiya", "al-arabiya", "asharq al-awsat");
        add("ARE", "sky news arabia");
        add("RUS", "rt", "russia today", "tass", "ria novosti", "ria", "interfax", "kommersant", "izvestia", "rossiya",
                "channel one", "sputnik", "rossiya 1");
        add("CHN", "xinhua", "cctv", "cgtn", "global times", "china daily", "people's daily");
        add("HKG", "south china morning post");
        add("JPN", "nhk", "kyodo", "nikkei", "asahi", "asahi shimbun", "yomiuri", "yomiuri shimbun", "mainichi");
        add("KOR", "yonhap", "kbs", "chosun ilbo", "joongang ilbo");
        add("PRK", "kcna", "rodong sinmun");
        add("IND", "ndtv", "the hindu", "hindustan times", "times of india", "the times of india", "india today", "press trust of india");
        add("PAK", "dawn", "geo news");
        add("ISR", "haaretz", "times of israel", "the times of israel", "jerusalem post", "channel 12", "channel 2", "yedioth ahronoth");
        add("TUR", "anadolu", "trt", "hurriyet", "hürriyet", "daily sabah");
        add("IRN", "irna", "press tv", "tasnim", "fars");
        add("EGY", "al-ahram", "al ahram");
        add("SGP", "straits times");
        add("AUS", "the australian", "sydney morning herald", "australian financial review");
        add("CAN", "cbc", "globe and mail");
        add("UKR", "ukrainska pravda", "kyiv independent", "ukrinform");
        add(INTERNATIONAL, "euronews");
    }

    private static final WordSet NAME_TAILS = WordSet.of("news", "agency", "international", "sunday",
            "radio", "television", "tv", "online");

    private static void add(String country, String... names) {
        for (String n : names) {
            INDEX.add(n, country);
        }
    }

    private Outlets() {
    }

    /** The outlet named at token i, or null. */
    static Outlet at(Sentence s, int i) {
        PhraseIndex.Hit<String> hit = INDEX.at(s, i);
        if (hit == null) {
            return null;
        }
        // "the Times", "The Guardian", "60 Minutes": the article may be lower case, the name may not
        int name = i;
        while (name < i + hit.length() - 1 && (s.lower(name).equals("the") || !Character.isLetter(s.lower(name).charAt(0)))) {
            name++;
        }
        int after = i + hit.length();
        // part of a longer name ("the Guardian Council", "Sputnik V"), unless the outlet's own ("Fox News Sunday")
        boolean longer = after < s.size() && s.token(after).isCapitalized() && !NAME_TAILS.contains(s.token(after));
        return s.token(name).isCapitalized() && !longer ? new Outlet(i, after, hit.value()) : null;
    }
}
