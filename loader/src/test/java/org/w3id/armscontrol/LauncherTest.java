package org.w3id.armscontrol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./kg} launcher caps the heap unless told otherwise. It runs from a copy beside an
 * up-to-date stand-in jar, with a stand-in {@code java} on the PATH that prints its arguments.
 */
class LauncherTest {
    @TempDir Path tmp;
    private Path jar;

    @BeforeEach
    void copyLauncher() throws Exception {
        Path kg = Files.copy(TestProject.repository().resolve("kg"), tmp.resolve("kg"));
        FileTime old = FileTime.fromMillis(1_000_000);
        for (String f : List.of("pom.xml", "loader/pom.xml")) {
            Files.createDirectories(tmp.resolve(f).getParent());
            Files.setLastModifiedTime(Files.writeString(tmp.resolve(f), ""), old);
        }
        Files.setLastModifiedTime(Files.createDirectories(tmp.resolve("loader/src/main")), old);
        jar = Files.writeString(Files.createDirectories(tmp.resolve("loader/target")).resolve("kg.jar"), "");
        Path java = Files.writeString(Files.createDirectories(tmp.resolve("bin")).resolve("java"),
                "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertTrue(Files.isRegularFile(kg));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                           | -Xmx2g",
            "-Dkg.example=1               | -Xmx2g -Dkg.example=1",
            "-Xmx512m                     | -Xmx512m",
            "-Dkg.example=1 -Xmx6g        | -Dkg.example=1 -Xmx6g",
            "-XX:MaxRAMPercentage=50      | -XX:MaxRAMPercentage=50"})
    void theHeapIsCappedUnlessKgJavaOptsSetsACap(String kgJavaOpts, String expectedOptions) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", tmp.resolve("kg").toString(), "build", "--force").redirectErrorStream(true);
        pb.environment().put("PATH", tmp.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().put("KG_JAVA_OPTS", kgJavaOpts);
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        List<String> args = new String(p.getInputStream().readAllBytes()).lines().toList();
        assertEquals(0, p.exitValue(), String.join("\n", args));
        List<String> expected = new java.util.ArrayList<>(List.of(expectedOptions.split(" ")));
        expected.addAll(List.of("-jar", jar.toString(), "build", "--force"));
        assertEquals(expected, args);
    }
}
