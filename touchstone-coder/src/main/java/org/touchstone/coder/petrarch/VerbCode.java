package org.touchstone.coder.petrarch;

/**
 * An event code of a verb or pattern as written in brackets.
 *
 * <ul>
 *   <li>{@code [042]}: the event source to target;</li>
 *   <li>{@code [042:043]}: an event and its mirror (target to source), e.g. visit / host a visit;</li>
 *   <li>{@code [:173]}: only the mirror event;</li>
 *   <li>{@code [---]}: the null code: the verb or pattern produces no event.</li>
 * </ul>
 * Codes outside CAMEO occur and are kept as written: the test codes of the validation dictionary
 * (9xx, 174K, [def], [+++]), the TABARI {@code [###]}, and a stray {@code [080!]} in CAMEO.2.0.
 *
 * @param raw     the text inside the brackets, trimmed
 * @param primary the code before ':', or the whole code; null when empty or "---"
 * @param mirror  the code after ':'; null when there is none
 */
public record VerbCode(String raw, String primary, String mirror) {

    public static VerbCode parse(String inside) {
        String raw = inside.strip();
        int colon = raw.indexOf(':');
        String first = colon < 0 ? raw : raw.substring(0, colon).strip();
        String second = colon < 0 ? null : raw.substring(colon + 1).strip();
        return new VerbCode(raw, first.isEmpty() || first.equals("---") ? null : first,
                second == null || second.isEmpty() || second.equals("---") ? null : second);
    }

    /** Whether the code produces no event at all. */
    public boolean isNull() {
        return primary == null && mirror == null;
    }
}
