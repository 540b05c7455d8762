package org.w3id.armscontrol.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./kg ARGS} as a child process: the same java and classpath as this process (the
 * {@code kg.jar} when run by {@code ./kg}), so the child is the current build of the code.
 */
public record KgCommand(Path java, String classpath) {
    public static final String MAIN = "org.w3id.armscontrol.cli.Kg";
    /** The heap {@code ./kg} gives the JVM unless KG_JAVA_OPTS sets one. */
    public static final String LAUNCHER_HEAP = "-Xmx2g";

    public static KgCommand ofThisProcess() {
        return new KgCommand(Path.of(System.getProperty("java.home"), "bin", "java"), System.getProperty("java.class.path"));
    }

    public List<String> command(List<String> jvmOptions, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(MAIN);
        cmd.addAll(args);
        return cmd;
    }
}
