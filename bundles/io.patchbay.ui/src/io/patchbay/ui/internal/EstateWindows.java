package io.patchbay.ui.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.patchbay.core.CredentialVault;
import io.patchbay.core.PatchbayHome;
import io.patchbay.demo.DemoEstate;
import io.patchbay.model.Estate;
import io.patchbay.simulator.estate.EstateSimulation;
import io.patchbay.ui.PatchbayUi;
import io.patchbay.ui.internal.preferences.ConsolePreferences;

/**
 * The estates open in the console: each workbench window owns one {@link EstateSession}, put into the window's
 * context so that its views find it with {@code getSite().getService(EstateSession.class)}. Opening an estate opens a
 * new window (or brings forward the window that already shows it); closing a window with unsaved changes asks first.
 * An estate can also be opened on device twins ({@link EstateSimulation}, the demo always is): the twins run while a
 * window shows their simulated copy and stop when the last such window closes, or when the console ends. One per
 * console, in the workbench's context; UI thread only.
 */
public final class EstateWindows {

    /**
     * What a window shows: the session, the window title without the dirty mark, and for a simulated copy the estate
     * file its twins were started for and the running twins (both null when the estate talks to real devices).
     */
    record Shown(EstateSession session, String name, Path original, EstateSimulation simulation) {

        boolean simulated() {
            return simulation != null;
        }

        String title() {
            return "Patchbay \u2014 " + (session.commandStack().isSaveNeeded() ? "*" : "") + name;
        }
    }

    /** The result of opening an estate: the window showing it, or why it could not be opened. */
    public record Opened(IWorkbenchWindow window, String problem) {
    }

    private final Map<IWorkbenchWindow, Shown> windows = new LinkedHashMap<>();
    private final List<Shown> pending = new ArrayList<>();
    private final ConsolePreferences preferences = new ConsolePreferences();
    private IWorkbench workbench;

    /** The estate the first window shows: {@code file}, or the simulated demo when {@code file} is null. */
    void openFirst(Path file) {
        if (file == null) {
            pending.add(demo());
        } else {
            EstateSession session = EstateSession.open(file.toAbsolutePath());
            if (session.problem().isEmpty()) {
                preferences.rememberEstate(session.file());
            }
            pending.add(new Shown(session, session.file().getFileName().toString(), null, null));
        }
    }

    void attach(IWorkbench running) {
        this.workbench = running;
    }

    /** Binds the next window being opened to the estate waiting for it (called while the workbench opens it). */
    Shown bind(IWorkbenchWindow window) {
        Shown shown = pending.isEmpty() ? null : pending.remove(0);
        if (shown != null) {
            windows.put(window, shown);
            IEclipseContext context = window.getService(IEclipseContext.class);
            context.set(EstateSession.class, shown.session());
            if (shown.simulated()) { // its twins, e.g. for tests that slow their answers
                context.set(EstateSimulation.class, shown.simulation());
            }
        }
        return shown;
    }

    /** The estate {@code window} shows, if it is one of the console's windows. */
    public Optional<EstateSession> session(IWorkbenchWindow window) {
        return Optional.ofNullable(windows.get(window)).map(Shown::session);
    }

    /** The window title {@code window} should have now: the estate's name, {@code *} when it has unsaved changes. */
    public Optional<String> title(IWorkbenchWindow window) {
        return Optional.ofNullable(windows.get(window)).map(Shown::title);
    }

    /**
     * Opens {@code file} in a new window, or brings forward the window already showing it. A file that cannot be read
     * opens nothing and is not remembered; the result names the file and what is wrong.
     */
    public Opened open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Map.Entry<IWorkbenchWindow, Shown> entry : windows.entrySet()) {
            if (entry.getValue().session().file().equals(absolute)) { // never two editing domains on one file
                if (!entry.getValue().simulated()) {
                    preferences.rememberEstate(absolute);
                }
                return bringForward(entry.getKey());
            }
        }
        if (!Files.isRegularFile(absolute)) {
            return new Opened(null, "Cannot open " + absolute + ": there is no such file. It may have been moved or"
                    + " deleted; choose the estate file again with File \u25b8 Open Estate.");
        }
        EstateSession session = EstateSession.open(absolute);
        if (session.problem().isPresent()) {
            session.dispose();
            return new Opened(null, session.problem().get() + "\nCheck that the file is a Patchbay estate (.estate,"
                    + " as patchbay import writes it); no window was closed.");
        }
        preferences.rememberEstate(absolute);
        return openWindow(new Shown(session, absolute.getFileName().toString(), null, null));
    }

    /** Opens the demo estate on its device twins, or brings forward the window that shows it. */
    public Opened openDemo() {
        Optional<IWorkbenchWindow> showing = simulatedWindowOf(demoFile());
        if (showing.isPresent()) {
            return bringForward(showing.get());
        }
        return openWindow(demo());
    }

    /**
     * Opens the estate {@code window} shows on device twins started on this machine, in a new window (or brings
     * forward the window already showing its twins). Unsaved changes are saved first when the operator agrees (Save /
     * Cancel); the twins start under a progress dialog. The result names the estate and the reason when they cannot
     * start; no window is closed then. Cancel returns neither window nor problem.
     */
    public Opened openOnTwins(IWorkbenchWindow window) {
        Shown shown = windows.get(window);
        if (shown == null) {
            return new Opened(null, "This window shows no estate; open one with File \u25b8 Open Estate first.");
        }
        if (shown.simulated()) {
            return new Opened(null, "'" + shown.name() + "' already runs on device twins. To start twins for"
                    + " another estate, open its file with File \u25b8 Open Estate and choose Open on Device Twins"
                    + " there.");
        }
        Path file = shown.session().file();
        if (shown.session().problem().isPresent()) {
            return new Opened(null, "Cannot start device twins for " + file + ": " + shown.session().problem().get());
        }
        Optional<IWorkbenchWindow> showing = simulatedWindowOf(file);
        if (showing.isPresent()) {
            return bringForward(showing.get());
        }
        if (shown.session().commandStack().isSaveNeeded()) {
            MessageDialog dialog = new MessageDialog(window.getShell(), "Save Before Starting Twins", null, "'"
                    + shown.name() + "' has unsaved changes (" + file + ").\nThe device twins are started from the"
                    + " saved file: save the changes first?", MessageDialog.QUESTION, 0, "&Save", "Cancel");
            if (dialog.open() != 0 || !shown.session().save(window.getShell())) {
                return new Opened(null, null);
            }
        }
        EstateSimulation[] started = new EstateSimulation[1];
        try {
            new ProgressMonitorDialog(window.getShell()).run(true, false, monitor -> {
                monitor.beginTask("Starting the device twins of " + file.getFileName() + "\u2026",
                        org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
                try {
                    started[0] = startTwins(file, twinFolder(file));
                } catch (IOException | RuntimeException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Opened(null, "Cannot start device twins for " + file + ": " + cause.getMessage()
                    + "\nTwins already started were stopped again; no window was closed.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Opened(null, "Starting device twins for " + file + " was interrupted; no window was closed.");
        }
        EstateSimulation simulation = started[0];
        String name = file.getFileName().toString();
        EstateSession session = EstateSession.open(simulation.simulatedEstate(), note(simulation, name));
        if (session.problem().isPresent()) {
            String problem = session.problem().get();
            session.dispose();
            simulation.close();
            return new Opened(null, "Cannot open the simulated copy of " + file + ": " + problem);
        }
        return openWindow(new Shown(session, name + ", simulated (" + simulation.twins().size() + " twins)", file,
                simulation));
    }

    /**
     * The folder where the twins of {@code estateFile} keep their state (host keys, configuration):
     * {@code twins/<name>-<hash of the absolute path>} in the Patchbay folder, so two estates of the same name do not
     * share it.
     */
    static Path twinFolder(Path estateFile) {
        Path absolute = estateFile.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(absolute.toString().getBytes(StandardCharsets.UTF_8));
            return PatchbayHome.folder().resolve("twins").resolve(stem + "-"
                    + HexFormat.of().formatHex(digest, 0, 4));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The note a simulated copy's window shows: how many twins run, where changes go, which devices have none. */
    private static String note(EstateSimulation simulation, String estate) {
        String note = simulation.twins().size() + " device twins run on this machine for " + estate
                + "; changes go to this copy, " + simulation.simulatedEstate().getFileName();
        if (!simulation.notSimulated().isEmpty()) {
            note += ". No twin stands in for " + String.join(", ", simulation.notSimulated())
                    + ": the copy keeps their real addresses.";
        }
        return note;
    }

    private Optional<IWorkbenchWindow> simulatedWindowOf(Path original) {
        Path absolute = original.toAbsolutePath().normalize();
        return windows.entrySet().stream().filter(e -> e.getValue().simulated()
                && absolute.equals(e.getValue().original().toAbsolutePath().normalize())).map(Map.Entry::getKey)
                .findFirst();
    }

    /** The recently opened estate files, most recent first. */
    public List<Path> recent() {
        return preferences.recentEstates();
    }

    private Opened bringForward(IWorkbenchWindow window) {
        window.getShell().setMinimized(false);
        window.getShell().forceActive();
        return new Opened(window, null);
    }

    private Opened openWindow(Shown shown) {
        pending.add(shown);
        try {
            return new Opened(workbench.openWorkbenchWindow(PatchbayUi.PERSPECTIVE_ID, null), null);
        } catch (WorkbenchException e) {
            pending.remove(shown);
            closed(shown);
            return new Opened(null, "Cannot open a window for " + shown.name() + ": " + e.getMessage());
        }
    }

    /**
     * Whether {@code window} may close: when its estate has unsaved changes the operator chooses Save, Don't Save or
     * Cancel. Don't Save discards the changes of this window's estate.
     */
    boolean mayClose(IWorkbenchWindow window) {
        Shown shown = windows.get(window);
        if (shown == null) {
            return true;
        }
        Decision decision = ask(window.getShell(), shown);
        if (decision == Decision.DISCARD) {
            shown.session().commandStack().flush();
        }
        return decision != Decision.CANCEL;
    }

    /** Whether the console may exit: every estate with unsaved changes is saved or discarded; Cancel keeps all open. */
    boolean mayExit() {
        List<Shown> discard = new ArrayList<>();
        for (Map.Entry<IWorkbenchWindow, Shown> entry : new ArrayList<>(windows.entrySet())) {
            Decision decision = ask(entry.getKey().getShell(), entry.getValue());
            if (decision == Decision.CANCEL) {
                return false;
            }
            if (decision == Decision.DISCARD) {
                discard.add(entry.getValue());
            }
        }
        discard.forEach(shown -> shown.session().commandStack().flush());
        return true;
    }

    private enum Decision {
        SAVED, DISCARD, CANCEL
    }

    private static Decision ask(Shell shell, Shown shown) {
        if (!shown.session().commandStack().isSaveNeeded()) {
            return Decision.SAVED;
        }
        MessageDialog dialog = new MessageDialog(shell, "Save Changes", null, "'" + shown.name()
                + "' has unsaved changes (" + shown.session().file() + ").\nSave them before closing?",
                MessageDialog.QUESTION, 0, "&Save", "Do&n't Save", "Cancel");
        return switch (dialog.open()) {
        case 0 -> shown.session().save(shell) ? Decision.SAVED : Decision.CANCEL;
        case 1 -> Decision.DISCARD;
        default -> Decision.CANCEL;
        };
    }

    /** {@code window} has closed: its estate is let go, and its twins stop when no other window shows them. */
    void closed(IWorkbenchWindow window) {
        Shown shown = windows.remove(window);
        if (shown != null) {
            closed(shown);
        }
    }

    private void closed(Shown shown) {
        shown.session().dispose();
        if (shown.simulated() && Stream.concat(windows.values().stream(), pending.stream())
                .noneMatch(other -> other.simulation() == shown.simulation())) {
            shown.simulation().close();
        }
    }

    /** The console ends: every estate is let go and the twins stop. */
    void closeAll() {
        new ArrayList<>(windows.keySet()).forEach(this::closed);
        List<Shown> waiting = new ArrayList<>(pending);
        pending.clear();
        waiting.forEach(this::closed);
    }

    /**
     * The demo estate, installed into the operator's Patchbay folder, with its device twins started on this machine;
     * when they cannot start, the demo estate itself with the reason.
     */
    private Shown demo() {
        Path demo = demoFile();
        String problem;
        try {
            EstateSimulation simulation = startTwins(demo, PatchbayHome.folder().resolve("twins").resolve("demo"));
            EstateSession session = EstateSession.open(simulation.simulatedEstate(), note(simulation,
                    "the demo estate"));
            return new Shown(session, demo.getFileName() + ", simulated (" + simulation.twins().size() + " twins)",
                    demo, simulation);
        } catch (IOException | RuntimeException e) {
            problem = "The demo's device twins did not start (" + e.getMessage() + "); the demo estate is open"
                    + " without them.";
        }
        return new Shown(EstateSession.open(demo.toAbsolutePath(), problem), demo.getFileName().toString(), null,
                null);
    }

    private static Path demoFile() {
        return DemoEstate.installInto(PatchbayHome.folder().resolve("demo")).toAbsolutePath();
    }

    /** Starts the twins of {@code estate} (any thread: waits for the credential vault service). */
    private static EstateSimulation startTwins(Path estate, Path stateFolder) throws IOException {
        BundleContext context = FrameworkUtil.getBundle(EstateWindows.class).getBundleContext();
        ServiceTracker<CredentialVault, CredentialVault> vaults = new ServiceTracker<>(context, CredentialVault.class,
                null);
        vaults.open();
        try {
            CredentialVault vault = vaults.waitForService(10_000);
            if (vault == null) {
                throw new IOException("no credential vault service");
            }
            return EstateSimulation.start(estate, stateFolder, vault);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the vault", e);
        } finally {
            vaults.close();
        }
    }
}
