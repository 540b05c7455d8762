package org.w3id.armscontrol.build;

import java.io.File;
import java.net.URISyntaxException;

/** Identifies the loader's own code, so a changed loader rebuilds the graph. */
final class LoaderVersion {
    private LoaderVersion() {}

    static String id() {
        try {
            File code = new File(LoaderVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.isFile() ? code.length() + ":" + code.lastModified() : "classes";
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return "unknown";
        }
    }
}
