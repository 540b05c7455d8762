package org.w3id.armscontrol.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/BENCHMARKS.md, one section per benchmark: writing a section replaces the one of the same
 * heading (up to the next {@code ## } heading) or appends it, so a rerun never piles up old tables.
 */
public final class BenchmarksDoc {
    private BenchmarksDoc() {}

    /** Writes {@code doc} with the section {@code heading} replaced (or appended), and the Targets table's growth rows taken from the Growth section. */
    public static void putSection(Path doc, String heading, String body) throws IOException {
        String text = Files.isRegularFile(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "# Benchmarks\n";
        write(doc, GrowthReport.carryVerdicts(withSection(text, heading, body)));
    }

    /** The {@code ## heading} section of {@code doc}, from the line before its heading up to the next {@code ## }, or null. */
    static String section(String doc, String heading) {
        int at = doc.indexOf("\n## " + heading + "\n");
        if (at < 0) return null;
        int next = doc.indexOf("\n## ", at + 1);
        return doc.substring(at, next < 0 ? doc.length() : next);
    }

    /** {@code text} with the section {@code heading} (up to the next {@code ## } heading) replaced by {@code body}, or appended. */
    static String withSection(String text, String heading, String body) {
        String title = "## " + heading + "\n";
        String section = title + "\n" + body.strip() + "\n";
        int at = text.startsWith(title) ? 0 : text.indexOf("\n" + title);
        if (at < 0) return text.stripTrailing() + "\n\n" + section;
        int start = at == 0 ? 0 : at + 1;
        int next = text.indexOf("\n## ", start + title.length());
        return text.substring(0, start) + section + (next < 0 ? "" : "\n" + text.substring(next + 1));
    }

    /** Written whole or not at all: a run that fails leaves the previous file as it was. */
    public static void write(Path doc, String text) throws IOException {
        Files.createDirectories(doc.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(doc.toAbsolutePath().getParent(), ".benchmarks-", ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, doc, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * {@code fresh} (a whole report) followed by every {@code ## } section of {@code previous} whose
     * heading {@code fresh} does not have, so a run of one benchmark keeps the others' results.
     */
    public static String keepOtherSections(String previous, String fresh) {
        StringBuilder out = new StringBuilder(fresh.stripTrailing()).append('\n');
        for (String section : previous.split("\n(?=## )")) {
            if (!section.startsWith("## ")) continue;
            String heading = section.substring(0, section.indexOf('\n') < 0 ? section.length() : section.indexOf('\n'));
            if (fresh.startsWith(heading + "\n") || fresh.contains("\n" + heading + "\n")) continue;
            out.append('\n').append(section.stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
