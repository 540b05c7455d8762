package org.w3id.armscontrol.data;

/** One thing wrong with the input, tied to where it is. */
public record Problem(Location location, String message) implements Comparable<Problem> {
    @Override
    public String toString() {
        return location + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        int c = location.file().compareTo(o.location.file());
        if (c == 0) c = Integer.compare(location.line(), o.location.line());
        if (c == 0) c = Integer.compare(location.column(), o.location.column());
        return c != 0 ? c : message.compareTo(o.message);
    }
}
