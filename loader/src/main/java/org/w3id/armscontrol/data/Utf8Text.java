package org.w3id.armscontrol.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The text of an input file, decoded strictly as UTF-8 and checked for characters that have no
 * place in curated text. The first offence is reported at its line and column (counted in
 * characters, as editors and SnakeYAML count them); the file is then not read further, since
 * what follows cannot be trusted. A byte order mark at the very start is harmless and dropped.
 */
public final class Utf8Text {
    private static final int BYTE_ORDER_MARK = 0xFEFF;

    private Utf8Text() {}

    /** The decoded text, or empty after reporting why the bytes are not acceptable text. */
    public static Optional<String> decode(byte[] bytes, String file, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never yields more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        out.flip();
        if (result.isError()) {
            // The input stops at the first byte of the bad sequence; the output holds all before it.
            problems.add(positionAt(out, out.length(), file),
                    String.format("invalid UTF-8 byte 0x%02X (data files must be saved as UTF-8)", bytes[in.position()] & 0xFF));
            return Optional.empty();
        }
        String text = out.toString();
        if (text.startsWith(String.valueOf((char) BYTE_ORDER_MARK))) text = text.substring(1);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            String refusal = refusal(c);
            if (refusal != null) {
                problems.add(positionAt(text, i, file), refusal);
                return Optional.empty();
            }
            i += Character.charCount(c);
        }
        return Optional.of(text);
    }

    /** Why a character is refused, or null. Tab, line feed and carriage return are the only controls allowed. */
    private static String refusal(int c) {
        if (c == '\t' || c == '\n' || c == '\r') return null;
        String code = String.format("U+%04X", c);
        if (Character.getType(c) == Character.CONTROL) return "control character " + code + " is not allowed";
        if (c == BYTE_ORDER_MARK) return "character " + code + " (a byte order mark) is allowed only at the start of the file";
        // Editors and YAML disagree on whether these break a line, so line numbers would too.
        if (c == 0x2028 || c == 0x2029) return "character " + code + " (a Unicode line separator) is not allowed: use a new line";
        if (c == 0xFFFE || c == 0xFFFF) return "character " + code + " is not allowed (it is not a character)";
        return null;
    }

    /** Line and column of the character at {@code index}: CR LF, LF and a lone CR each end a line. */
    private static Location positionAt(CharSequence text, int index, String file) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (i == 0 && c == BYTE_ORDER_MARK) continue; // invisible, so not a column
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++; // one column per character, not per UTF-16 unit
            }
        }
        return new Location(file, line, column);
    }
}
