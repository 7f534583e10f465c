package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/**
 * A state word, then a department the dictionary does not list, then "Minister", "Secretary" or "Ministry" and maybe a
 * name ("Ukrainian Infrastructure Minister Oleksandr Kubrakov", "Russia's Emergencies Ministry") is the state's
 * government, as the listed departments are (session 29, minister29; sentences written for the test).
 */
class MinisterOfUnlistedDepartmentTest {

    private static final LocalDate DAY = LocalDate.of(2022, 7, 23);

    @Test
    void aMinisterOfAnUnlistedDepartmentIsTheGovernment() {
        assertThat(CoderTestSupport.events("Ukrainian Infrastructure Minister Oleksandr Kubrakov criticised Russia on Friday.", DAY))
                .anyMatch(e -> e.startsWith("UKRGOV>RUS:"));
    }

    @Test
    void aHealthMinisterIsTheGovernment() {
        assertThat(CoderTestSupport.events("Ukrainian Health Minister Viktor Liashko criticised Russia on Friday.", DAY))
                .anyMatch(e -> e.startsWith("UKRGOV>RUS:"));
    }

    @Test
    void aPossessedDepartmentsMinistryIsTheGovernment() {
        assertThat(CoderTestSupport.events("Russia's Emergencies Ministry accused Ukraine of shelling the plant.", DAY))
                .anyMatch(e -> e.startsWith("RUSGOV>UKR:"));
    }

    @Test
    void aSecretaryOfAJointDepartmentIsTheGovernment() {
        assertThat(CoderTestSupport.events("U.S. Health and Human Services Secretary Xavier Becerra praised Mexico on Friday.", DAY))
                .anyMatch(e -> e.startsWith("USAGOV>MEX:"));
    }

    @Test
    void anOrganizationsSecretaryTakesNoState() {
        assertThat(CoderTestSupport.events("NATO Secretary General Jens Stoltenberg criticised Russia on Friday.", DAY))
                .anyMatch(e -> e.startsWith("IGOWSTNAT>RUS:"));
    }

    @Test
    void aDefenceMinisterStaysMilitaryPolicy() {
        assertThat(CoderTestSupport.events("Russian Defence Minister Sergei Shoigu criticised Ukraine on Friday.", DAY))
                .anyMatch(e -> e.startsWith("RUSGOVMIL>UKR:"));
    }
}
