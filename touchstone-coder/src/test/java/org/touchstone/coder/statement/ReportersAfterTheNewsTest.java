package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Statement;

/**
 * Who reports the news from the clause after it (session 33, left33b): unnamed rebels are placed where they fight
 * (S30-5; after tune15 i-100), while bare "investigators" take no state from the news's doers (S30-1 (c) in spirit).
 * Sentences written for the test.
 */
class ReportersAfterTheNewsTest {
    private static List<String> speakers(String text) {
        return CoderTestSupport.code(text, LocalDate.of(2023, 6, 15)).statements().stream().map(Statement::speaker).toList();
    }

    @Test
    void unnamedRebelsReportingAStatesKillingsAreItsRebels() {
        assertThat(speakers("Sudanese soldiers killed more than 20 villagers in Darfur, a local rebel group said on Sunday."))
                .containsExactly("SDNREB");
        assertThat(speakers("Ethiopian troops burned three villages in Amhara, rebels said.")).containsExactly("ETHREB");
    }

    @Test
    void bareInvestigatorsAreNotTheDoersPolice() {
        assertThat(speakers("Russian agents poisoned a former spy in Salisbury, investigators said.")).isEmpty();
        assertThat(speakers("Gunmen shot dead a journalist in Honduras on Monday, investigators said.")).isEmpty();
        // an owner still seats them
        assertThat(speakers("Turkish investigators said the journalist had been killed inside the consulate."))
                .allSatisfy(c -> assertThat(c).startsWith("TUR"));
    }
}
