package org.w3id.armscontrol.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3id.armscontrol.TestProject;

/**
 * The README shows the timeline and the limits chart: the images it embeds are committed under
 * docs/img/ and are real PNGs of a screen's size. (Whether they are as fresh as the browser
 * tests' screenshots in loader/target/screenshots/ cannot be checked byte for byte; the browser
 * tests make new ones on every run, to be copied over by hand.)
 */
class ReadmeScreenshotsTest {
    static final List<String> REQUIRED = List.of("docs/img/timeline.png", "docs/img/limits.png");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

    @Test
    void readmeEmbedsTheTimelineAndLimitsScreenshots() throws IOException {
        Path root = TestProject.repository();
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        List<String> embedded = IMAGE.matcher(readme).results().map(m -> m.group(1)).toList();
        for (String image : REQUIRED) {
            assertTrue(embedded.contains(image), "README.md does not embed " + image + " (embeds " + embedded + ")");
            assertEquals(Optional.empty(), problem(root.resolve(image)), image);
        }
    }

    /** The checker itself fails on what it must refuse: a missing file, a non-PNG, a tiny image. */
    @Test
    void theCheckRefusesMissingFakeAndTinyImages(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        assertTrue(problem(tmp.resolve("absent.png")).orElse("").contains("missing"));
        Path text = Files.writeString(tmp.resolve("fake.png"), "not an image, only named like one ".repeat(1000));
        assertTrue(problem(text).orElse("").contains("not a PNG"));
        Path tiny = tmp.resolve("tiny.png");
        Files.write(tiny, png(16, 16, 20_000));
        assertTrue(problem(tiny).orElse("").contains("16x16"), problem(tiny).toString());
        Path ok = tmp.resolve("ok.png");
        Files.write(ok, png(1280, 900, 20_000));
        assertEquals(Optional.empty(), problem(ok));
    }

    /** What is wrong with {@code file} as a README screenshot, if anything. */
    static Optional<String> problem(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return Optional.of(file + " is missing");
        long size = Files.size(file);
        if (size < 10_000) return Optional.of(file + " is only " + size + " bytes");
        try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(raw)) {
            byte[] signature = in.readNBytes(8);
            if (!Arrays.equals(PNG_SIGNATURE, signature)) return Optional.of(file + " is not a PNG");
            int length = in.readInt();
            byte[] type = in.readNBytes(4);
            if (length != 13 || !"IHDR".equals(new String(type, StandardCharsets.US_ASCII))) return Optional.of(file + " is not a PNG (no IHDR)");
            int width = in.readInt(), height = in.readInt();
            if (width < 600 || height < 400 || width > 5000 || height > 5000) {
                return Optional.of(file + " is " + width + "x" + height + ", not a screenshot's size");
            }
        }
        return Optional.empty();
    }

    /** The header of a PNG of the given size, padded to {@code bytes} (enough for {@link #problem}). */
    private static byte[] png(int width, int height, int bytes) {
        byte[] b = new byte[bytes];
        System.arraycopy(PNG_SIGNATURE, 0, b, 0, 8);
        int[] header = {0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        for (int i = 0; i < 8; i++) b[8 + i] = (byte) header[i];
        for (int i = 0; i < 4; i++) {
            b[16 + i] = (byte) (width >>> (24 - 8 * i));
            b[20 + i] = (byte) (height >>> (24 - 8 * i));
        }
        return b;
    }

}
