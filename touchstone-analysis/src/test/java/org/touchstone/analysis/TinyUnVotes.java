package org.touchstone.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The worked example of docs/methods/affinity.md as UN votes files: US, RU and GB on six roll
 * calls in 1990 (one more where RU was absent) and two in 1991; roll calls 2 and 3 are about
 * human rights.
 */
final class TinyUnVotes {
    private TinyUnVotes() {
    }

    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("un_countries.csv"), """
                country_code,country
                US,United States
                RU,Russia
                GB,United Kingdom
                CN,China
                """);
        Files.writeString(dir.resolve("un_roll_calls.csv"), """
                rcid,session,importantvote,date,unres,amend,para,short,descr
                1,45,0,1990-10-01,R/45/1,0,0,one,one
                2,45,0,1990-10-02,R/45/2,0,0,two,two
                3,45,0,1990-10-03,R/45/3,0,0,three,three
                4,45,0,1990-10-04,R/45/4,0,0,four,four
                5,45,0,1990-10-05,R/45/5,0,0,five,five
                6,45,0,1990-10-06,R/45/6,0,0,six,six
                7,45,0,1990-10-07,R/45/7,0,0,seven,seven
                8,46,0,1991-10-01,R/46/1,0,0,eight,eight
                9,46,0,1991-10-02,R/46/2,0,0,nine,nine
                """);
        Files.writeString(dir.resolve("un_roll_call_issues.csv"), """
                rcid,short_name,issue
                2,hr,Human rights
                3,hr,Human rights
                3,co,Colonialism
                """);
        Files.writeString(dir.resolve("un_votes.csv"), """
                rcid,year,country_code,vote
                1,1990,US,yes
                1,1990,RU,yes
                1,1990,GB,yes
                2,1990,US,yes
                2,1990,RU,no
                2,1990,GB,yes
                3,1990,US,no
                3,1990,RU,abstain
                3,1990,GB,no
                4,1990,US,abstain
                4,1990,RU,abstain
                4,1990,GB,abstain
                5,1990,US,yes
                5,1990,RU,yes
                5,1990,GB,yes
                6,1990,US,no
                6,1990,RU,yes
                6,1990,GB,no
                7,1990,US,yes
                7,1990,GB,yes
                8,1991,US,yes
                8,1991,RU,yes
                9,1991,US,yes
                9,1991,RU,yes
                """);
        return dir;
    }
}
