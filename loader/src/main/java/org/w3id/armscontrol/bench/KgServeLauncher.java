package org.w3id.armscontrol.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./kg serve} on a project (the bench gives it a copy of the current build), as the launcher runs it, with or without the
 * result cache. Its query timeout is raised to {@link #TIMEOUT_MILLIS}, as stock Fuseki has none:
 * on a loaded machine a slow query would otherwise be a 503 here and an answer there.
 */
record KgServeLauncher(KgCommand kg, Path root, List<String> projectArgs, List<String> jvmOptions, boolean resultCache) implements ServerLauncher {
    static final String DATASET = "/arms-control";
    static final String TIMEOUT_MILLIS = "120000";

    @Override
    public String name() {
        return "./kg serve" + (resultCache ? "" : " --no-result-cache");
    }

    @Override
    public ChildProcess start(int port, Path logs) throws IOException {
        List<String> args = new ArrayList<>(List.of("serve", "--root", root.toString(), "--port", Integer.toString(port),
                "--timeout", TIMEOUT_MILLIS));
        args.addAll(projectArgs);
        if (!resultCache) args.add("--no-result-cache");
        return ChildProcess.start("kg-serve", kg.command(jvmOptions, args), logs);
    }

    @Override
    public String sparqlUrl(int port) {
        return "http://127.0.0.1:" + port + DATASET + "/sparql";
    }

    String apiUrl(int port) {
        return "http://127.0.0.1:" + port + "/api/queries/";
    }
}
