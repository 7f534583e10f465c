package org.touchstone.coder.statement;

import java.util.List;
import org.touchstone.core.Audience;

/** A statement found in one sentence, before it is dated and numbered. Token span [fromToken, toToken). */
public record StatementDraft(String speaker, List<String> targets, boolean named, String code, Audience audience,
                             String quote, int fromToken, int toToken, List<String> entries) {
}
