package org.w3id.armscontrol.data;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found, so one run reports all of them rather than the first. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(Location where, String message) {
        list.add(new Problem(where, message));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** Sorted by file, line, column; duplicates (same place, same message) removed. */
    public List<Problem> sorted() {
        return list.stream().distinct().sorted().toList();
    }
}
