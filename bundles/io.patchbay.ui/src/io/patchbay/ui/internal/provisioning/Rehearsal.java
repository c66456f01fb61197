package io.patchbay.ui.internal.provisioning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;

import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.DeviceResult;
import io.patchbay.core.provisioning.Journal;
import io.patchbay.core.provisioning.Outcome;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateResources;
import io.patchbay.model.ManagedDevice;
import io.patchbay.simulator.estate.EstateSimulation;

/**
 * A rehearsal of a run on device twins: the open estate as it is now (a copy, saved in a temp folder) gets its own
 * {@link EstateSimulation} for the wizard's devices and the devices related to them, and the same feature, options
 * and parallelism are applied, through the same {@link ApplyRunner}, to the twins of the wizard's devices. The rehearsal's journal goes to the temp folder, never to
 * the estate's; its twins' logins stay in a {@link RehearsalVault}; its twins stop when it ends or is closed.
 * <p>
 * What it proves: the plan can be made from the estate, every step is accepted by the device's software and reads
 * back as planned (or rolls back cleanly). What it cannot prove: that the real devices start from the same values —
 * the twins start from what the estate says, not from the devices' live state.
 */
final class Rehearsal implements AutoCloseable {

    /** The name of the estate copy in the rehearsal's folder. */
    static final String ESTATE = "rehearsal.estate";

    private final Estate copy;
    private final Path estateFile;
    private final List<String> deviceIds;
    private final Provisioner provisioner;
    private final int parallel;
    private final ProvisioningServices services;
    private volatile EstateSimulation simulation;
    private volatile RehearsalVault vault;
    private volatile boolean closed;
    private Path folder;

    /**
     * @param copy       a copy of the open estate as it is now (made on the UI thread, where the estate changes)
     * @param estateFile the open estate's file: its certificate files are copied beside the rehearsal's copy
     */
    Rehearsal(Estate copy, Path estateFile, List<String> deviceIds, Provisioner provisioner, int parallel,
            ProvisioningServices services) {
        this.copy = copy;
        this.estateFile = estateFile;
        this.deviceIds = List.copyOf(deviceIds);
        this.provisioner = provisioner;
        this.parallel = parallel;
        this.services = services;
    }

    /** The temp folder holding the estate copy, the twins' state and the rehearsal's journal, once started. */
    Path folder() {
        return folder;
    }

    /** The rehearsal's journal, in its temp folder. */
    Journal journal() {
        return Journal.besideEstate(folder.resolve(ESTATE));
    }

    /**
     * Starts the twins, applies the feature to those of the wizard's devices and stops them again. A device without
     * a twin is not touched (the rehearsal never reaches a real device) and is reported {@link Outcome#NOT_STARTED}.
     *
     * @throws IOException when the copy cannot be written or the twins cannot start
     */
    ApplyReport run(IProgressMonitor monitor, Consumer<DeviceResult> listener) throws IOException {
        try {
            folder = Files.createTempDirectory("patchbay-rehearsal-");
            Path file = folder.resolve(ESTATE);
            monitor.subTask("writing the estate as it is now to " + file);
            leaveOutUnrelatedDevices();
            EstateResources.save(copy, file);
            copyCertificates(EstateSimulation.simulatedFileFor(file));
            if (monitor.isCanceled() || closed) {
                return notStarted("the rehearsal was cancelled before its twins started");
            }
            monitor.subTask("starting the device twins");
            vault = new RehearsalVault(services.vault());
            EstateSimulation started = EstateSimulation.start(file, folder.resolve("twins"), vault);
            simulation = started;
            if (closed) {
                started.close();
                return notStarted("the rehearsal was closed before it ran");
            }
            Set<String> twinned = started.twins().stream().map(EstateSimulation.Twin::deviceId)
                    .collect(Collectors.toSet());
            Estate simulated = EstateResources.load(started.simulatedEstate());
            List<ManagedDevice> targets = new ArrayList<>();
            List<DeviceResult> untwinned = new ArrayList<>();
            for (String id : deviceIds) {
                ManagedDevice device = device(simulated, id);
                if (device != null && twinned.contains(id)) {
                    targets.add(device);
                } else {
                    DeviceResult result = new DeviceResult(id, device == null ? id : device.getName(),
                            Outcome.NOT_STARTED, null, "has no device twin, so the rehearsal cannot cover it", null);
                    untwinned.add(result);
                    listener.accept(result);
                }
            }
            ApplyReport report = ApplyRunner.builder(provisioner,
                    services.connector(started.simulatedEstate(), vault)).parallel(parallel)
                    .journal(Journal.besideEstate(file)).onResult(listener).build().apply(targets, monitor);
            List<DeviceResult> all = new ArrayList<>(report.results());
            all.addAll(untwinned);
            return new ApplyReport(report.journalId(), all);
        } finally {
            close();
        }
    }

    /**
     * Only the wizard's devices and the devices related to them (what holds them or they hold, what they refer to or
     * is referred to by them: a router's systems, a system's access router) keep their address in the copy, so only
     * those get twins: a rehearsal of one router in a large estate does not start a twin for every device.
     */
    private void leaveOutUnrelatedDevices() {
        List<ManagedDevice> all = new ArrayList<>();
        copy.eAllContents().forEachRemaining(o -> {
            if (o instanceof ManagedDevice device) {
                all.add(device);
            }
        });
        List<ManagedDevice> chosen = all.stream().filter(d -> deviceIds.contains(d.getId())).toList();
        for (ManagedDevice device : all) {
            if (!chosen.contains(device) && chosen.stream().noneMatch(c -> related(device, c))) {
                device.setHostAddress(null);
            }
        }
    }

    private static boolean related(EObject one, EObject other) {
        return org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(one, other)
                || org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(other, one)
                || one.eCrossReferences().contains(other) || other.eCrossReferences().contains(one);
    }

    private ApplyReport notStarted(String reason) {
        return new ApplyReport(null, deviceIds.stream()
                .map(id -> new DeviceResult(id, id, Outcome.NOT_STARTED, null, reason, null)).toList());
    }

    /** The open estate's certificate files ({@code NAME.certs}), beside the copy the twins' devices load from. */
    private void copyCertificates(Path simulatedFile) throws IOException {
        Path source = sibling(estateFile, ".certs");
        if (!Files.isDirectory(source)) {
            return;
        }
        Path target = sibling(simulatedFile, ".certs");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
    }

    private static Path sibling(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.toAbsolutePath().resolveSibling((dot > 0 ? name.substring(0, dot) : name) + suffix);
    }

    private static ManagedDevice device(Estate estate, String id) {
        for (var it = estate.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof ManagedDevice device && id.equals(device.getId())) {
                return device;
            }
        }
        return null;
    }

    /** Stops the twins and forgets their logins; the temp folder (copy, journal) stays for the operator to read. */
    @Override
    public void close() {
        closed = true;
        EstateSimulation running = simulation;
        if (running != null) {
            running.close();
        }
        RehearsalVault logins = vault;
        if (logins != null) {
            logins.clear();
        }
    }
}
