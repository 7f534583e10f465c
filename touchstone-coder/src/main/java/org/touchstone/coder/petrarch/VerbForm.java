package org.touchstone.coder.petrarch;

import java.util.List;

/**
 * A verb of a block as written on its line.
 *
 * @param word  the verb ("RUSH"), or a multi-word verb whose '+' marks the word the parser tags as
 *              the verb and whose '_' joins consecutive words ("+CALL_OFF", "WIRE_+TAP", "RE_+ARREST")
 * @param forms the irregular forms given in braces ("SPEED {SPEEDING SPEEDS SPED}"); null when no
 *              braces are written, meaning the coder forms the regular -S/-ED/-ING forms; empty for
 *              {@code {}} (no other forms)
 * @param code  the verb's own code; null when it takes the block's code
 * @param line  1-based line in the file
 */
public record VerbForm(String word, List<String> forms, VerbCode code, int line) {

    public VerbForm {
        forms = forms == null ? null : List.copyOf(forms);
    }

    public boolean isMultiWord() {
        return word.contains("_");
    }
}
