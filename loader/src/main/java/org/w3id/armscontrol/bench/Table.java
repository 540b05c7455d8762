package org.w3id.armscontrol.bench;

import java.util.ArrayList;
import java.util.List;

/** A table of text cells, printed aligned on the terminal or as Markdown. */
public record Table(List<String> header, List<List<String>> rows) {
    public Table {
        header = List.copyOf(header);
        List<List<String>> copy = new ArrayList<>();
        for (List<String> r : rows) {
            if (r.size() != header.size()) throw new IllegalArgumentException("a row of " + r.size() + " cells under " + header.size() + " columns");
            copy.add(List.copyOf(r));
        }
        rows = List.copyOf(copy);
    }

    public String markdown() {
        StringBuilder s = new StringBuilder();
        line(s, header);
        s.append('|');
        for (int i = 0; i < header.size(); i++) s.append("---|");
        s.append('\n');
        for (List<String> r : rows) line(s, r);
        return s.toString();
    }

    private static void line(StringBuilder s, List<String> cells) {
        s.append('|');
        for (String c : cells) s.append(' ').append(c.replace("|", "\\|")).append(" |");
        s.append('\n');
    }

    /** Columns padded to their widest cell, for a terminal. */
    public String text() {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) width[i] = header.get(i).length();
        for (List<String> r : rows) for (int i = 0; i < width.length; i++) width[i] = Math.max(width[i], r.get(i).length());
        StringBuilder s = new StringBuilder();
        pad(s, header, width);
        for (List<String> r : rows) pad(s, r, width);
        return s.toString();
    }

    private static void pad(StringBuilder s, List<String> cells, int[] width) {
        for (int i = 0; i < cells.size(); i++) {
            s.append(cells.get(i));
            if (i < cells.size() - 1) s.append(" ".repeat(width[i] - cells.get(i).length() + 2));
        }
        s.append('\n');
    }
}
