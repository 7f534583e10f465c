package org.touchstone.coder.dict;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A person of people.txt: the canonical name and the dated roles that give the actor code. */
public record Person(String name, List<DatedRole> roles) {
    /**
     * The sector of former officials. CAMEO has ELI (manual 3.2.4); the project follows its gold set,
     * which codes out-of-office leaders OPP (docs/GOLD-SET.md, roles table) and never uses ELI.
     */
    public static final String FORMER_SECTOR = "OPP";

    public Person {
        roles = List.copyOf(roles);
    }

    /** The roles held on the date; on a handover day there may be two. */
    public List<DatedRole> rolesOn(LocalDate date) {
        return roles.stream().filter(r -> r.holdsOn(date)).toList();
    }

    /**
     * The code on the date: the role held, preferring one whose office the title names; outside
     * any role the first role's country with {@link #FORMER_SECTOR} (former officials).
     */
    public Optional<String> codeOn(LocalDate date, String titleHint) {
        List<DatedRole> held = rolesOn(date);
        if (!held.isEmpty()) {
            if (titleHint != null) {
                String hint = titleHint.toLowerCase(java.util.Locale.ROOT);
                for (DatedRole r : held) {
                    if (r.office() != null && (hint.contains(r.office()) || r.office().contains(hint))) {
                        return Optional.of(r.code());
                    }
                }
            }
            return Optional.of(held.get(0).code());
        }
        for (DatedRole r : roles) {
            String code = r.code();
            if (code.length() >= 3 && !code.startsWith("IGO") && Character.isUpperCase(code.charAt(0))) {
                return Optional.of(code.substring(0, 3) + FORMER_SECTOR);
            }
        }
        return Optional.empty();
    }
}
