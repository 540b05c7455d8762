package org.w3id.armscontrol.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How one data file is read, at the edges the broken data corpus does not reach: a file too large
 * to read, and positions counted the same way before parsing (bad bytes and characters) as by the
 * YAML parser, whatever the line endings and however many bytes a character takes.
 */
class YamlFileTest {
    @TempDir
    Path tmp;

    @Test
    void aFileTooLargeIsRefusedBeforeItIsRead() throws IOException {
        byte[] big = new byte[YamlFile.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) '#');
        assertEquals(List.of("data/big.yaml:1:1: file too large: " + big.length + " bytes, a data file may have at most "
                + YamlFile.MAX_BYTES + ": split it"), problems("big.yaml", big));
    }

    @Test
    void aLoneCarriageReturnEndsALineForTheDecoderAsForTheParser() throws IOException {
        assertEquals(List.of("data/x.yaml:3:5: unknown field 'typ' in events"),
                problems("x.yaml", bytes("events:\r  - id: corpus-a\r    typ: Talks\r")));
        assertEquals(List.of("data/x.yaml:3:10: invalid UTF-8 byte 0xFF (data files must be saved as UTF-8)"),
                problems("x.yaml", bytes("events:\r  - id: corpus-a\r    typ: ", 0xFF, "\r")));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsOneColumnForTheDecoderAsForTheParser() throws IOException {
        // k1 :2 ␠3 😀4 ␠5 v6 :7 — the second ':' cannot start a mapping value inside a plain scalar.
        assertEquals(List.of("data/x.yaml:1:7: malformed YAML: mapping values are not allowed here"),
                problems("x.yaml", bytes("k: \uD83D\uDE00 v: w\n")));
        assertEquals(List.of("data/x.yaml:1:5: control character U+001B is not allowed"),
                problems("x.yaml", bytes("k: \uD83D\uDE00\u001B\n")));
    }

    @Test
    void aByteOrderMarkIsNotAColumn() throws IOException {
        assertEquals(List.of("data/x.yaml:1:4: invalid UTF-8 byte 0xC3 (data files must be saved as UTF-8)"),
                problems("x.yaml", bytes("\uFEFFk: ", 0xC3, "(\n")));
    }

    private List<String> problems(String name, byte[] content) throws IOException {
        Path f = tmp.resolve(name);
        Files.write(f, content);
        Problems problems = new Problems();
        YamlFile.read(f, "data/" + name, problems);
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    /** UTF-8 text and raw bytes (given as ints), in order. */
    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            else out.write((Integer) p);
        }
        return out.toByteArray();
    }
}
