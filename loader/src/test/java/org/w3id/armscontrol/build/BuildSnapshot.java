package org.w3id.armscontrol.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.armscontrol.TestProject;
import org.w3id.armscontrol.store.BuildStore;

/**
 * What a good build left in a project's build folder, taken so a test can prove that a failed
 * build changed none of it: the {@code CURRENT} pointer, the dump byte for byte, the database,
 * and the files beside them (no stray build folder, no temporary pointer left behind).
 */
record BuildSnapshot(Path build, String pointer, byte[] dump, long quads, Set<String> buildFiles, Set<String> buildFolders) {

    static BuildSnapshot of(TestProject project) throws IOException {
        Path build = project.store().current().orElseThrow(() -> new AssertionError("no current build"));
        BuildSnapshot s = new BuildSnapshot(build,
                Files.readString(project.file("build/CURRENT"), StandardCharsets.UTF_8),
                Files.readAllBytes(project.store().dump(build)),
                quadCount(project.store().database(build)),
                names(project.file("build")),
                buildFolders(project));
        assertTrue(s.quads > 0, "the good build has no quads");
        return s;
    }

    void assertUntouched(TestProject project) throws IOException {
        assertEquals(pointer, Files.readString(project.file("build/CURRENT"), StandardCharsets.UTF_8), "CURRENT pointer");
        assertEquals(Optional.of(build), project.store().current());
        assertArrayEquals(dump, Files.readAllBytes(project.store().dump(build)), "dump bytes");
        assertEquals(buildFolders, buildFolders(project), "a failed build left a folder in build/builds/");
        assertEquals(buildFiles, names(project.file("build")), "a failed build left a file in build/");
        DatasetGraph db = BuildStore.openDatabase(project.store().database(build));
        try {
            Txn.executeRead(db, () -> {
                assertEquals(quads, Iter.count(db.find()), "quads in the database");
                assertTrue(QueryExec.dataset(db).query("ASK { ?treaty <https://w3id.org/arms-control/ontology#inForceFrom> ?d }").ask(),
                        "the database no longer answers");
            });
        } finally {
            TDBInternal.expel(db);
        }
    }

    static long quadCount(Path database) {
        DatasetGraph db = BuildStore.openDatabase(database);
        try {
            return Txn.calculateRead(db, () -> Iter.count(db.find()));
        } finally {
            TDBInternal.expel(db);
        }
    }

    static Set<String> buildFolders(TestProject p) throws IOException {
        return names(p.file("build/builds"));
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
