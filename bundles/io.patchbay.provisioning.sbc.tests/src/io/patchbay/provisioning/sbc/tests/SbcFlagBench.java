package io.patchbay.provisioning.sbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.Outcome;
import io.patchbay.provisioning.sbc.StationMib;

/**
 * The SBC-flag change pushed to many stations across OSBiz twins, timed: run by {@code releng/bench/sbc.sh}, which
 * sets {@code patchbay.bench.stations}; skipped in the ordinary build.
 */
class SbcFlagBench {

    @TempDir
    Path folder;

    @Test
    void applyToManyStations() throws Exception {
        int stations = Integer.getInteger("patchbay.bench.stations", 0);
        int systems = Integer.getInteger("patchbay.bench.systems", 50);
        int parallel = Integer.getInteger("patchbay.bench.parallel", 16);
        Assumptions.assumeTrue(stations > 0, "a benchmark: run releng/bench/sbc.sh");
        int perSystem = Math.max(1, stations / systems);
        long startTwins = System.nanoTime();
        try (SystemTwins twins = new SystemTwins(folder, systems, perSystem, true)) {
            double twinSeconds = (System.nanoTime() - startTwins) / 1e9;
            ApplyRunner runner = ApplyRunner.builder(twins.provisioner, twins.connector).journal(twins.journal)
                    .parallel(parallel).build();
            long start = System.nanoTime();
            ApplyReport first = runner.apply(List.copyOf(twins.systems), new NullProgressMonitor());
            double applySeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            ApplyReport second = runner.apply(List.copyOf(twins.systems), new NullProgressMonitor());
            double noopSeconds = (System.nanoTime() - start) / 1e9;
            int total = perSystem * systems;
            System.out.printf(Locale.ROOT, "%n== SBC flags on %d stations across %d OSBiz twins, %d in parallel ==%n",
                    total, systems, parallel);
            System.out.printf(Locale.ROOT, "twins and vault ready  %8.2f s%n", twinSeconds);
            System.out.printf(Locale.ROOT,
                    "apply (changed %d)     %8.2f s  (%.0f stations/s; target: 5,000 in < 10 s)%n",
                    first.count(Outcome.CHANGED), applySeconds, total / applySeconds);
            System.out.printf(Locale.ROOT, "second apply (no-op %d) %8.2f s%n%n", second.count(Outcome.UNCHANGED),
                    noopSeconds);
            assertEquals(systems, first.count(Outcome.CHANGED), () -> first.results().stream()
                    .filter(r -> r.outcome() != Outcome.CHANGED).limit(3).toList().toString());
            assertEquals(systems, second.count(Outcome.UNCHANGED));
            assertEquals("1", twins.value(systems, StationMib.SBC, 200 + perSystem));
        }
        try (SystemTwins twins = new SystemTwins(folder.resolve("generated"), systems, perSystem, false)) {
            ApplyRunner runner = ApplyRunner.builder(twins.provisioner.withOptions(Set.of("generate-passwords")),
                    twins.connector).journal(twins.journal).parallel(parallel).build();
            long start = System.nanoTime();
            ApplyReport report = runner.apply(List.copyOf(twins.systems), new NullProgressMonitor());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT,
                    "apply generating every password into the vault %8.2f s  (%.0f stations/s)%n%n", seconds,
                    perSystem * systems / seconds);
            assertEquals(systems, report.count(Outcome.CHANGED), () -> report.results().stream()
                    .filter(r -> r.outcome() != Outcome.CHANGED).limit(3).toList().toString());
            assertTrue(twins.vault.contains(twins.system(systems).getStations().get(0).getPasswordRef()));
        }
    }
}
