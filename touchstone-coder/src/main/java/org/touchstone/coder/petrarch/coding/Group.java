package org.touchstone.coder.petrarch.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * Coordinated noun phrases ("Mordor, Rohan, Fornost and Bree"; a single phrase is a group of one),
 * with the groups attached to it by prepositions ("Resumption of ties between Arnor and Gondor").
 */
final class Group {
    final List<Phrase> members;
    final int start;
    final int end;
    final String preposition;
    final List<Group> attached = new ArrayList<>();

    Group(List<Phrase> members, int end) {
        this.members = List.copyOf(members);
        this.start = members.get(0).start;
        this.end = end;
        this.preposition = members.get(0).preposition;
    }

    boolean isCoded() {
        for (Phrase p : members) {
            if (p.isCoded()) {
                return true;
            }
        }
        return false;
    }

    boolean hasActor() {
        for (Phrase p : members) {
            if (p.hasActor()) {
                return true;
            }
        }
        return false;
    }

    boolean isPronoun() {
        return members.size() == 1 && members.get(0).pronoun;
    }

    /** The coded members; all members when none is coded. */
    List<Phrase> codedMembers() {
        List<Phrase> coded = members.stream().filter(Phrase::isCoded).toList();
        return coded.isEmpty() ? members : coded;
    }

    /** The codes of the coded members, in order, without repeats. */
    List<String> codes() {
        List<String> out = new ArrayList<>();
        for (Phrase p : members) {
            for (String c : p.codes()) {
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    List<String> entries() {
        List<String> out = new ArrayList<>();
        members.forEach(m -> out.addAll(m.entries));
        return out;
    }

    @Override
    public String toString() {
        return members.toString();
    }
}
