package org.w3id.armscontrol.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The run-time target is judged on the run as a whole: it has a row in the Targets table but no
 * section of its own in the report.
 */
class RunTimeTargetTest {
    private static BenchReport report(List<SectionResult> sections) {
        return new BenchReport("./kg bench", Instant.parse("2026-11-29T00:00:00Z"), new Machine("abc1234", 2, "AMD", "23 GiB", "Java 17"),
                Duration.ofSeconds(362), sections, List.of());
    }

    @Test
    void aWholeRunsTimeIsATargetRowWithoutASection() {
        SectionResult startup = new SectionResult("Start-up", "how", new Table(List.of("server", "ms"), List.of(List.of("kg", "1"))), List.of());
        BenchReport r = report(List.of(startup, SectionResult.targetsOnly(List.of(
                new TargetResult(Target.RUN_TIME, false, "362 s for the whole run")))));

        TargetResult runTime = r.targets().get(Target.RUN_TIME).orElseThrow();
        assertFalse(runTime.met());
        String md = r.markdown();
        String row = md.lines().filter(l -> l.startsWith("| " + Target.RUN_TIME.statement + " | ")).findFirst().orElseThrow();
        assertEquals("| " + Target.RUN_TIME.statement + " | 362 s for the whole run | MISSED | " + Target.RUN_TIME.ifMissed + " |", row);
        assertTrue(md.contains("\n## Start-up\n"), md);
        assertFalse(md.contains("## null") || r.text().contains("null"), md);
    }

    @Test
    void aRunWithoutItLeavesItNotMeasured() {
        BenchReport r = report(List.of());
        assertTrue(r.targets().get(Target.RUN_TIME).isEmpty());
        assertTrue(r.markdown().contains("| " + Target.RUN_TIME.statement + " | not run: "), r.markdown());
    }
}
