package org.touchstone.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** What one fuzz case showed: the records and rejections it produced and the promises it broke. */
public final class FuzzCheck {

    private long records;
    private long rejections;
    private final List<String> broken = new ArrayList<>();

    /** A record came out. */
    public void record() {
        records++;
    }

    /** A rejection came out; its reason must say something. */
    public void rejection(String reason) {
        rejections++;
        expect(reason != null && !reason.isBlank(), () -> "a rejection without a reason");
    }

    /** Notes a broken promise, described by {@code what}, unless {@code promise} holds. */
    public void expect(boolean promise, Supplier<String> what) {
        if (!promise) {
            broken.add(what.get());
        }
    }

    public long records() {
        return records;
    }

    public long rejections() {
        return rejections;
    }

    public List<String> broken() {
        return broken;
    }
}
