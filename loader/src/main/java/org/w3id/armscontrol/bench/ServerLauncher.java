package org.w3id.armscontrol.bench;

import java.io.IOException;
import java.nio.file.Path;

/** Starts one kind of server as a child process on a given loopback port. */
interface ServerLauncher {
    /** How the tables name it. */
    String name();

    ChildProcess start(int port, Path logs) throws IOException;

    /** Where its SPARQL endpoint is, on the port it was started on. */
    String sparqlUrl(int port);
}
