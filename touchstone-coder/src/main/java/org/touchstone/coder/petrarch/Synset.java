package org.touchstone.coder.petrarch;

import java.util.List;

/**
 * A synonym set used in patterns as {@code &NAME}: a line {@code &NAME} followed by {@code +}
 * member lines. A name ending in '_' ({@code &AUXVERB1_}) asks for no plurals of its members;
 * otherwise PETRARCH adds a plural for each member not ending in '_'.
 *
 * @param name      the name as written, with '&amp;' and any trailing '_'
 * @param noPlurals whether the name ends in '_'
 * @param members   the member phrases as written, without the '+' ("CASH_", "AUSTRIAN FLORIN",
 *                  and in the validation file even another synset, "&amp;TIETYPES")
 * @param line      1-based line of the name
 */
public record Synset(String name, boolean noPlurals, List<Member> members, int line) {

    public Synset {
        members = List.copyOf(members);
    }

    /** The name as patterns refer to it: without a trailing '_'. */
    public String referenceName() {
        return noPlurals ? name.substring(0, name.length() - 1) : name;
    }

    public record Member(String phrase, int line) {
    }
}
