package org.w3id.armscontrol.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.armscontrol.store.GraphExport;

/**
 * The download files of one server: the whole graph in each {@link GraphExport.Format}, named
 * after the build. The graph never changes while a server runs, so each file is written once,
 * on first demand, to a temporary file with its size and SHA-256, and served from there.
 */
final class Downloads {
    /** One written file. */
    record File(String name, GraphExport.Format format, Path path, long size, String sha256) {}

    private final DatasetGraph dataset;
    private final String buildTag;
    private final Map<GraphExport.Format, File> made = new EnumMap<>(GraphExport.Format.class);

    Downloads(DatasetGraph dataset, String buildTag) {
        this.dataset = dataset;
        this.buildTag = buildTag.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    String name(GraphExport.Format format) {
        return "arms-control-" + buildTag + "." + format.extension;
    }

    /** The format a file name stands for, if it is one of this server's. */
    Optional<GraphExport.Format> formatOf(String name) {
        for (GraphExport.Format f : GraphExport.Format.values()) if (name(f).equals(name)) return Optional.of(f);
        return Optional.empty();
    }

    /** The file of {@code format}, written now if it is the first time it is asked for. */
    synchronized File file(GraphExport.Format format) {
        return made.computeIfAbsent(format, f -> {
            try {
                Path tmp = Files.createTempFile("arms-control-download-", "." + f.extension);
                tmp.toFile().deleteOnExit();
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
                    GraphExport.write(dataset, f, out);
                }
                return new File(name(f), f, tmp, Files.size(tmp), java.util.HexFormat.of().formatHex(sha.digest()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
