package org.w3id.armscontrol.bench;

import java.util.List;

/** What one section measured: its table, a note on how it measured, and the targets it decides. */
public record SectionResult(String title, String method, Table table, List<TargetResult> targets) {
    public SectionResult {
        targets = List.copyOf(targets);
    }

    /** Targets decided by the run as a whole (its run time), with no table of their own. */
    static SectionResult targetsOnly(List<TargetResult> targets) {
        return new SectionResult(null, null, null, targets);
    }

    boolean hasTable() {
        return table != null;
    }
}
