package io.patchbay.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.patchbay.core.CredentialVault;
import io.patchbay.core.PatchbayHome;
import io.patchbay.demo.DemoEstate;
import io.patchbay.simulator.estate.EstateSimulation;

/**
 * The desktop console {@code io.patchbay.ui.app}. {@code -estate FILE} names the estate to open; without it, the demo
 * estate is installed into the operator's Patchbay folder, its device twins are started on this machine
 * ({@link EstateSimulation}) and the copy that points at them is opened, so everything can be tried without hardware.
 * The twins stop with the console. Other arguments belong to whoever started the application (the launcher, a test
 * harness) and are ignored.
 */
public final class ConsoleApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Object given = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = given instanceof String[] array ? Arrays.asList(array) : List.of();
        int named = args.indexOf("-estate");
        EstateSimulation simulation = null;
        EstateSession session;
        String title;
        if (named >= 0 && named + 1 < args.size()) {
            session = EstateSession.open(Path.of(args.get(named + 1)).toAbsolutePath());
            title = "Patchbay \u2014 " + session.file().getFileName();
        } else {
            Path demo = DemoEstate.installInto(PatchbayHome.folder().resolve("demo"));
            String problem = null;
            try {
                simulation = startTwins(demo);
            } catch (IOException | RuntimeException e) {
                problem = "The demo's device twins did not start (" + e.getMessage() + "); the demo estate is open"
                        + " without them.";
            }
            if (simulation != null) {
                FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(EstateSimulation.class, simulation, null);
                session = EstateSession.open(simulation.simulatedEstate(), simulation.twins().size()
                        + " device twins run on this machine for the demo estate; changes go to this copy, "
                        + simulation.simulatedEstate().getFileName());
                title = "Patchbay \u2014 " + demo.getFileName() + ", simulated (" + simulation.twins().size()
                        + " twins)";
            } else {
                session = EstateSession.open(demo.toAbsolutePath(), problem);
                title = "Patchbay \u2014 " + demo.getFileName();
            }
        }
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new ConsoleWorkbenchAdvisor(session, title));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            session.dispose();
            display.dispose();
            if (simulation != null) {
                simulation.close();
            }
        }
    }

    private static EstateSimulation startTwins(Path demo) throws IOException {
        BundleContext context = FrameworkUtil.getBundle(ConsoleApplication.class).getBundleContext();
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

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
