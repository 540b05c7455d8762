package org.w3id.armscontrol.data;

/** A place in an input file, printed the way editors and CI logs link it: {@code file:line:col}. */
public record Location(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
