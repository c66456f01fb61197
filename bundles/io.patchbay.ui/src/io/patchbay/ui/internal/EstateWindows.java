package io.patchbay.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
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
import io.patchbay.simulator.estate.EstateSimulation;
import io.patchbay.ui.PatchbayUi;
import io.patchbay.ui.internal.preferences.ConsolePreferences;

/**
 * The estates open in the console: each workbench window owns one {@link EstateSession}, put into the window's
 * context so that its views find it with {@code getSite().getService(EstateSession.class)}. Opening an estate opens a
 * new window (or brings forward the window that already shows it); closing a window with unsaved changes asks first.
 * The demo's device twins run while a window shows the simulated demo estate. One per console, in the workbench's
 * context; UI thread only.
 */
public final class EstateWindows {

    /** What a window shows: the session, the window title without the dirty mark, whether it is the simulated demo. */
    record Shown(EstateSession session, String name, boolean simulated) {

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
    private EstateSimulation simulation;
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
            pending.add(new Shown(session, session.file().getFileName().toString(), false));
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
            if (shown.simulated() && simulation != null) { // its twins, e.g. for tests that slow their answers
                context.set(EstateSimulation.class, simulation);
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
        return openWindow(new Shown(session, absolute.getFileName().toString(), false));
    }

    /** Opens the demo estate on its device twins, or brings forward the window that shows it. */
    public Opened openDemo() {
        for (Map.Entry<IWorkbenchWindow, Shown> entry : windows.entrySet()) {
            if (entry.getValue().simulated()) {
                return bringForward(entry.getKey());
            }
        }
        return openWindow(demo());
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

    /** {@code window} has closed: its estate is let go, and the demo's twins stop when no window shows them. */
    void closed(IWorkbenchWindow window) {
        Shown shown = windows.remove(window);
        if (shown != null) {
            closed(shown);
        }
    }

    private void closed(Shown shown) {
        shown.session().dispose();
        if (shown.simulated() && windows.values().stream().noneMatch(Shown::simulated) && simulation != null) {
            simulation.close();
            simulation = null;
        }
    }

    /** The console ends: every estate is let go and the twins stop. */
    void closeAll() {
        new ArrayList<>(windows.keySet()).forEach(this::closed);
        pending.forEach(this::closed);
        pending.clear();
        if (simulation != null) {
            simulation.close();
            simulation = null;
        }
    }

    /**
     * The demo estate, installed into the operator's Patchbay folder, with its device twins started on this machine;
     * when they cannot start, the demo estate itself with the reason.
     */
    private Shown demo() {
        Path demo = DemoEstate.installInto(PatchbayHome.folder().resolve("demo"));
        String problem;
        try {
            if (simulation == null) {
                simulation = startTwins(demo);
            }
            EstateSession session = EstateSession.open(simulation.simulatedEstate(), simulation.twins().size()
                    + " device twins run on this machine for the demo estate; changes go to this copy, "
                    + simulation.simulatedEstate().getFileName());
            return new Shown(session, demo.getFileName() + ", simulated (" + simulation.twins().size() + " twins)",
                    true);
        } catch (IOException | RuntimeException e) {
            problem = "The demo's device twins did not start (" + e.getMessage() + "); the demo estate is open"
                    + " without them.";
        }
        return new Shown(EstateSession.open(demo.toAbsolutePath(), problem), demo.getFileName().toString(), false);
    }

    private static EstateSimulation startTwins(Path demo) throws IOException {
        BundleContext context = FrameworkUtil.getBundle(EstateWindows.class).getBundleContext();
        ServiceTracker<CredentialVault, CredentialVault> vaults = new ServiceTracker<>(context, CredentialVault.class,
                null);
        vaults.open();
        try {
            CredentialVault vault = vaults.waitForService(10_000);
            if (vault == null) {
                throw new IOException("no credential vault service");
            }
            return EstateSimulation.start(demo, PatchbayHome.folder().resolve("twins").resolve("demo"), vault);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the vault", e);
        } finally {
            vaults.close();
        }
    }
}
