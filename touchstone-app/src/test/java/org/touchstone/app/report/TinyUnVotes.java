package org.touchstone.app.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** UN votes files small enough to check by hand: US, RU and CN on six roll calls in 1990 (docs/methods/affinity.md). */
final class TinyUnVotes {
    private TinyUnVotes() {
    }

    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("un_countries.csv"), """
                country_code,country
                US,United States
                RU,Russia
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
                """);
        Files.writeString(dir.resolve("un_votes.csv"), """
                rcid,year,country_code,vote
                1,1990,US,yes
                1,1990,RU,yes
                1,1990,CN,yes
                2,1990,US,yes
                2,1990,RU,no
                2,1990,CN,no
                3,1990,US,no
                3,1990,RU,abstain
                3,1990,CN,yes
                4,1990,US,abstain
                4,1990,RU,abstain
                4,1990,CN,yes
                5,1990,US,yes
                5,1990,RU,yes
                5,1990,CN,yes
                6,1990,US,no
                6,1990,RU,yes
                6,1990,CN,yes
                """);
        return dir;
    }
}
