package org.w3id.armscontrol.bench;

/**
 * One part of the benchmark (start-up, HTTP, build, ...). The command runs a list of them in
 * order, so another measurement is another section, not another command.
 */
public interface Section {
    /** A short name for the command line and the progress lines. */
    String name();

    SectionResult run(BenchConfig config) throws Exception;
}
